"""A deadline asked of two places, each of its own act (`A的X和B的Y的最后期限各在哪天`, `A何时验收X，B的Y哪一天
办完`): the deadline noun and asking word after the last place are every place's, a place's words asking a time
themselves are asked by them, and a deadline asked by its noun alone (`…的截止日期`, no asking word) is every
place's too; each place answered by the date of its own act. Documents written here."""
from __future__ import annotations

import pytest

from server.answer.crossdoc import place_asks
from server.query import analyse
from server.service import Service
from tests.written import service_over

INSPECTION = """沁水县教室通风检查通报
沁水县教育局
2026年11月20日
这次查看学校18所。7所学校通风记录不全，最迟12月8日补齐通风记录。
教室通风达标比例应不低于90%。
"""

SCHEDULE = """安化县冬令课表启用通知
安化县教育局
2026年11月15日
（一）最迟12月11日，各校换用冬令课表，小学上午第一节不早于8:35。
（二）12月下旬县里派人抽看。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "crossdoc-deadlines", {"qinshui-air": INSPECTION, "anhua-schedule": SCHEDULE})


def test_a_deadline_asked_after_the_last_place_is_each_places(service: Service) -> None:
    asked = analyse("沁水县补齐通风记录和安化县换用冬令课表的最后期限各在哪天", service.catalog)
    assert sorted(place_asks(asked).values()) == ["换用冬令课表的最后期限在哪天", "补齐通风记录的最后期限在哪天"]
    answer = service.ask("沁水县补齐通风记录和安化县换用冬令课表的最后期限各在哪天")
    assert "12月8日" in answer.answer and "12月11日" in answer.answer, answer.answer
    assert "90%" not in answer.answer, answer.answer


def test_a_deadline_asked_by_its_noun_alone_is_each_places(service: Service) -> None:
    asked = analyse("沁水县补齐通风记录和安化县换用冬令课表的截止日期", service.catalog)
    assert sorted(place_asks(asked).values()) == ["换用冬令课表的截止日期", "补齐通风记录的截止日期"]
    answer = service.ask("沁水县补齐通风记录和安化县换用冬令课表的截止日期")
    assert not answer.abstained and "12月8日" in answer.answer and "12月11日" in answer.answer, answer.answer


def test_a_place_asking_a_time_itself_is_asked_by_its_own_words(service: Service) -> None:
    own = place_asks(analyse("沁水县何时验收通风，安化县冬令课表哪一天换好", service.catalog))
    assert own == {"沁水县": "何时验收通风", "安化县": "冬令课表哪天换好"}, own


LUNCH = """柳垭县午餐时间调整安排
柳垭县教育局
2026年2月26日
各学校：
为减轻学生午间排队，从4月20日起各校午餐时间统一提前十分钟，到7月10日止。
一、具体安排
（一）小学午餐时间为11:40至12:20。
（二）初中午餐时间为11:50至12:30。
二、其他事项
5月下旬由县教育局组织抽查，重点查看排队时长和饭菜温度，发现问题当场反馈。
"""


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "crossdoc-opened", {"liuya-lunch": LUNCH, "anhua-schedule": SCHEDULE})


def test_a_part_whose_best_sentence_lacks_its_act_is_answered_as_asked_alone(opened: Service) -> None:
    # the notice's opening sentence names the subject and a date but not the act asked (抽查): the part is
    # answered by the passage naming it, as the same ask alone is, never refused
    alone = opened.ask("柳垭县什么时候抽查午餐")
    assert "5月下旬" in alone.answer, alone.answer
    answer = opened.ask("柳垭县什么时候抽查午餐，安化县冬令课表最迟哪天换好")
    assert "5月下旬" in answer.answer and "12月11日" in answer.answer, answer.answer


DRILL = """榉川区2026年下半年校园安全小结
榉川区教育局
2026年12月2日
　　本学期全区各校均组织了疏散演练，总体秩序良好。
三、存在的不足
　　按区里的标准，食堂疏散应在两分钟内完成。区桃源中学食堂仅设一个出口，出口宽度不足一米，九月份那次演练花了两分四十秒，没能达标；个别学校的演练流程过于简单。
四、下一步工作
　　一要常态化开展不打招呼的演练；二要在2027年前为各校食堂配齐应急照明；三是区桃源中学在暑假期间加开一个食堂出口。
五、报送要求
　　各校须于十一月二十六日前把本校演练小结交到区教育局。
"""


@pytest.fixture(scope="module")
def calendar(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "crossdoc-calendar", {"juchuan-drill": DRILL, "anhua-schedule": SCHEDULE})


def test_a_time_the_school_calendar_names_answers_when(calendar: Service) -> None:
    # the problem's sentence names the school and the thing too, with a month of its own (九月份): the act's
    # sentence dated by the calendar (暑假) answers when it is done
    alone = calendar.ask("榉川区桃源中学何时加出口")
    assert "暑假" in alone.answer, alone.answer
    answer = calendar.ask("榉川区桃源中学何时加出口，安化县冬令课表最迟哪天换好")
    assert "暑假" in answer.answer and "12月11日" in answer.answer, answer.answer


def test_a_day_written_in_words_is_given_in_digits_too(calendar: Service) -> None:
    answer = calendar.ask("榉川区交演练小结的截止日期")
    assert not answer.abstained and "十一月二十六日" in answer.answer and "11月26日" in answer.answer, answer.answer
