"""Goals still to reach and yearly growth on a report written here: the gap between a goal (any
year) and the value now, both cited, abstaining when the value now is not stated; the yearly
rate a report states, quoted, else computed from a start and end over the years of the period
(a five-year plan's number gives them), with the formula. Real ingest, model and Chroma."""

import pytest

from figures.periods import growth_years, plan_number, plan_years
from server.operation import operation_of
from server.service import Service
from tests.written import service_over

REPORT = """2026年政府工作报告
一、“十四五”时期工作回顾
“十四五”期间，全市研发投入强度从2.1%提高到2.6%，区域创新能力明显增强。
全市地区生产总值从3200亿元增加到4100亿元，一般公共预算收入年均增长6.2%。
城镇累计新增就业62万人，居民收入稳步增长。
“十四五”期间新增城镇保障性住房38万套。2025年新建改扩建中小学校15所。
二、“十五五”时期主要目标
到2030年，全市研发投入强度达到3.2%左右，每千人口拥有3岁以下婴幼儿托位数达到4.5个。
三、2026年工作安排
力争研发投入强度达到2.8%，城镇新增就业12万人以上。
"""
REPORT_ID = "goals-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "goals", {REPORT_ID: REPORT})


def _cited(r, *quotes: str) -> bool:
    return all(any(q in c.text for c in r.citations) for q in quotes)


def test_plan_periods_by_their_number():
    assert plan_years(14) == (2021, 2025) and plan_years(15) == (2026, 2030) and plan_years(11) == (2006, 2010)
    assert plan_number("“十四五”期间") == 14 and plan_number("十五五时期") == 15
    assert [growth_years(t) for t in ("从2020年的10万元提高到2025年的14万元", "“十三五”以来", "三年来",
                                      "2021—2025年", "2025年")] == [5, 5, 3, 5, None]


@pytest.mark.parametrize("question, name", [
    ("“十四五”期间地区生产总值年均增长多少？", "cagr"),
    ("年均增速是百分之几？", "cagr"),
    ("城乡居民收入的年均增速比城镇高几个百分点？", ""),  # two named things: a difference
])
def test_yearly_rate_wording(question, name):
    assert operation_of(question).name == name


@pytest.mark.parametrize("question, value, goal, now", [
    ("研发投入强度距离2030年目标还差多少个百分点？", 0.6, "达到3.2%左右", "从2.1%提高到2.6%"),
    ("研发投入强度要达到今年的目标还需提高多少？", 0.2, "力争研发投入强度达到2.8%", "从2.1%提高到2.6%"),
])
def test_gap_to_a_goal_is_goal_minus_value_now_both_cited(service, question, value, goal, now):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert (round(r.figures[0].value, 2), r.figures[0].unit) == (value, "百分点"), r.answer
    assert _cited(r, goal, now), r.answer


def test_gap_to_a_goal_whose_value_now_is_not_stated_abstains(service):
    # the report states the 2030 goal of 托位数 but no value now: no figure, never the goal as the gap
    r = service.ask("每千人口托位数距离2030年目标还差多少？")
    assert r.abstained and not r.figures, r.answer


def test_yearly_growth_computed_from_start_and_end_over_the_plan_years(service):
    r = service.ask("“十四五”期间地区生产总值年均增长多少？")
    assert not r.abstained, r.answer
    f = r.figures[0]
    assert (round(f.value, 2), f.unit) == (5.08, "%") and "^(1/5)" in f.formula, f.formula
    assert "推算" in r.answer and "约5.1%" in r.answer
    assert _cited(r, "从3200亿元增加到4100亿元")


def test_yearly_growth_the_report_states_is_quoted(service):
    r = service.ask("“十四五”期间一般公共预算收入年均增长多少？")
    assert not r.abstained and "6.2%" in r.answer and "^(1/" not in r.answer, r.answer


def test_yearly_growth_without_rate_or_start_abstains(service):
    # 城镇新增就业: a cumulative count, no start and end: no rate can be computed
    r = service.ask("“十四五”期间城镇新增就业年均增长多少？")
    assert r.abstained, r.answer


def test_per_year_divides_a_period_total_by_the_plan_years(service):
    r = service.ask("“十四五”期间平均每年城镇新增就业多少人？")
    assert not r.abstained, r.answer
    assert (round(r.figures[0].value, 2), r.figures[0].unit) == (12.4, "万人/年") and "÷ 5" in r.figures[0].formula


def test_per_year_never_divides_one_years_amount(service):
    r = service.ask("“十四五”期间平均每年新增城镇保障性住房多少套？")
    assert not r.abstained and "38万套 ÷ 5年" in r.answer, r.answer
    # 15所 is 2025's amount, one year's: never divided by the years of a plan
    r = service.ask("“十四五”期间平均每年新建改扩建中小学校多少所？")
    assert "15所 ÷" not in r.answer, r.answer
