"""Per one or in total: the one reader of a rate asked and a rate stated (server/answer/perone.py)."""
from server.answer.perone import PER_COUNTED, RATE_LEAD, asks_per_one, states_per_one


def test_a_rate_asked_as_people_say_it():
    assert asks_per_one("一辆校车合多少钱") and asks_per_one("石湾镇每户补多少") and asks_per_one("人均花了多少")
    assert not asks_per_one("每年投入多少") and not asks_per_one("第一所学校投资多少")


def test_a_rate_stated_and_a_total_stated():
    assert states_per_one("寄宿生每生每年补助600元") and states_per_one("标准为0.6万元") and states_per_one("元/生")
    assert not states_per_one("共投入资金450万元")
    assert RATE_LEAD.search("校车每辆") and not RATE_LEAD.search("购置校车15辆，共投入")


def test_a_count_per_time_or_member():
    assert PER_COUNTED.search("每月督导学校不少于1次") and PER_COUNTED.search("每所学校")
    assert not PER_COUNTED.search("一共督导多少次")
