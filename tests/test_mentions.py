"""The alternatives a thing asked about is named by, for `哪些文件提到了X` (server/mentions.py)."""
from server.mentions import MENTION, MENTIONED, alternatives


def test_a_thing_named_two_ways_gives_both_names() -> None:
    assert alternatives("学前教育免费或免保教费政策") == ["学前教育免费", "免保教费政策"]
    assert alternatives("振兴县域普通高中（县中振兴）") == ["振兴县域普通高中", "县中振兴"]
    assert alternatives("课后服务或者托管") == ["课后服务", "托管"]


def test_a_hedge_or_a_bracketed_unit_or_year_is_no_alternative() -> None:
    assert alternatives("或许会新建学校") == ["或许会新建学校"]
    assert alternatives("新增学位（个）") == ["新增学位（个）"]  # a unit: one character
    assert alternatives("改扩建学校（2025年）") == ["改扩建学校（2025年）"]  # digits: a year, not a name


def test_what_a_question_of_mentioning_asks_about() -> None:
    assert MENTIONED.search("哪些文件提到了“县管校聘”？").group(1) == "县管校聘"
    assert MENTIONED.search("哪些地区部署了课后服务的内容？").group(1) == "课后服务"
    assert MENTION.search("哪些报告涉及春秋假") and not MENTION.search("春秋假放几天")
