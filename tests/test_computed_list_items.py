"""Computations over a list whose items each state a count and an amount (`学前教育资助4000人次、200万元，
义务教育资助20000人次、800万元…`): the item the question names gives both operands, never the first
count and the first amount of the sentence; no item named, or several fitting, computes nothing. On
passages written here, through server.calc.prose_compute with the question's own analysis."""

import pytest

from server.calc import prose_compute, stages_named
from server.query import analyse
from server.regions import RegionCatalog

AID = ("2024年，全市累计资助学生5万人次，发放资助资金9000万元。其中，学前教育资助4000人次、200万元，义务教育资助"
       "20000人次、800万元，普通高中资助12000人次、2400万元，中职资助14000人次、5600万元。")
ALLOWANCE = "全县发放生活补助：小学1200人、360万元；初中800人、320万元。"


def _computed(question: str, text: str, focus_from: str = "") -> list[tuple[float, str, list[str]]]:
    query = analyse(question, RegionCatalog({}))
    start = text.index(focus_from) if focus_from else 0
    found = prose_compute(query, text, (0, len(text)), (start, len(text)))
    return [(round(c.value, 2), c.unit, [str(i["text"]) for i in c.inputs]) for c in found]


@pytest.mark.parametrize("question, text, value, unit, inputs", [
    # a stage under another of its names than the document's (中等职业教育 asked, 中职 written)
    ("去年中等职业教育资助平均每人次多少钱", AID, 4000, "元/人次", ["5600万元", "14000人次"]),
    ("普通高中学生资助平均每人次多少元", AID, 2000, "元/人次", ["2400万元", "12000人次"]),
    ("学前平均每人次资助多少元", AID, 500, "元/人次", ["200万元", "4000人次"]),
    ("义务教育阶段平均每人次资助多少钱", AID, 400, "元/人次", ["800万元", "20000人次"]),
    # items split by ；, counted in 人
    ("初中生活补助平均每人多少元", ALLOWANCE, 4000, "元/人", ["320万元", "800人"]),
    ("小学平均每人补助多少元", ALLOWANCE, 3000, "元/人", ["360万元", "1200人"]),
])
def test_amount_per_count_of_the_item_the_question_names(question, text, value, unit, inputs):
    focus = "其中" if text is AID else ""
    assert _computed(question, text, focus) == [(value, unit, inputs)]


def test_no_item_named_computes_nothing_rather_than_the_first_pair():
    assert _computed("平均每人次资助多少元", AID, "其中") == []
    # a stage the list does not hold
    assert _computed("特殊教育资助平均每人次多少元", AID, "其中") == []


def test_one_count_and_one_amount_in_separate_clauses_still_divide():
    text = "五年来累计投入资助资金4200万元，资助家庭经济困难学生3.2万人次。"
    assert _computed("五年来平均每人次资助多少元", text) == [(1312.5, "元/人次", ["4200万元", "3.2万人次"])]


def test_stages_are_named_under_any_of_their_names():
    assert stages_named("中职资助") == stages_named("中等职业教育资助") == {"中等职业教育"}
    assert stages_named("普通高中资助") == {"普通高中"} == stages_named("高中学生")
    assert stages_named("高中阶段教育") == {"高中阶段"}


# --- a share of one item's amount --------------------------------------------------------------


@pytest.mark.parametrize("question, value, inputs", [
    # the item's amount, not its count beside it, when the question's nouns name money (资金, 金额, 钱)
    ("义务教育资助资金占全部资助资金的比例", 8.89, ["800万元", "9000万元"]),
    ("中职资助资金占资助资金的几成", 62.22, ["5600万元", "9000万元"]),
    ("学前教育资助的钱占全部资助资金的比例是多少", 2.22, ["200万元", "9000万元"]),
])
def test_share_of_an_items_amount_of_the_stated_total(question, value, inputs):
    found = _computed(question, AID)
    assert [(v, u) for v, u, _ in found] == [(value, "%")], found
    assert sorted(found[0][2]) == sorted(inputs)


def test_share_of_an_item_naming_neither_kind_computes_nothing():
    # `资助` names neither the count nor the amount of the item: which one is unclear
    assert _computed("义务教育资助占全部资助的比例", AID) == []


@pytest.mark.parametrize("question, value", [
    ("义务教育阶段学生占全部在校学生的比例", 69.59),
    ("在园幼儿占所有在校学生的比例是多少", 11.75),
])
def test_share_of_a_whole_asked_with_all(question, value):
    text = ("2020年，全县共有学校120所，在校学生83950人，其中在园幼儿9860人、义务教育阶段学生58420人、"
            "高中阶段学生15670人。")
    assert [(v, u) for v, u, _ in _computed(question, text)] == [(value, "%")]


REPAIRS = ("2025年全区学校维修情况：下达维修经费3000万元，其中小学维修经费1200万元、初中维修经费1500万元、"
           "高中维修经费300万元。")


@pytest.mark.parametrize("question, text, sibling", [
    ("高中的资助金额占全部资助的比例", AID, 42.86),  # 2400 ÷ 5600: the next item, not the whole
    ("小学维修经费占全部维修经费的比例", REPAIRS, 80.0),  # 1200 ÷ 1500
])
def test_an_item_of_the_same_list_is_never_the_whole(question, text, sibling):
    assert not any(v == sibling for v, _, _ in _computed(question, text, "其中"))


@pytest.mark.parametrize("question, text, value", [
    ("高中的资助金额占全部资助的比例", AID, 26.67),
    ("小学维修经费占全部维修经费的比例", REPAIRS, 40.0),
])
def test_the_whole_the_list_splits_is(question, text, value):
    assert [v for v, _, _ in _computed(question, text)] == [value]
