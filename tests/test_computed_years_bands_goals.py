"""Figures reports leave to compute, on documents written here: the year before's value from a bulletin's
changes listed after its values (`…在校生B人。与上年相比，在校生减少D人`), the age band between the oldest
and the youngest a report states (whole − both), the schools not sampled (whole − those drawn), a budget
row's money not spent (预算数 − 决算数), pupils per school across a `其中` list and a `；`, a plan's goal
for a year against the value it reports now, and a table's quotient of unitless counts of people in 人."""
from __future__ import annotations

import pytest

from figures.changes import find_changes
from figures.compute import ComputeError, Operand, remainder
from server.ages import asked_span, stated_band
from server.answer.comparison import asked_sides
from server.operation import operation_of
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a district's statistics bulletin: the year's values, then their changes on the year before
BULLETIN = """岚溪区2026年教育事业统计快报
岚溪区教育局
2026年10月
一、总体情况。全区共有各级各类学校80所，在校生40000人，专任教师3000人。与上年相比，在校生减少500人，专任教师增加40人。
二、分学段情况。小学：在校生比上年增加120人，平均班额41.0人。
"""
BULLETIN_ID = "lanxi-statistics-flash-2026"

# a county survey of its small rural schools: schools, pupils and teachers, two of the teachers' age bands
SURVEY = """青禾县乡村小规模学校办学情况调研报告
县教育局调研组
2026年10月
一、基本情况
全县现有乡村小规模学校三十所，其中村小十二所、教学点十八个；在校生1500人，专任教师200人。专任教师中50岁以上的八十人，占40.0%；35岁以下的三十人，占15.0%。
"""
SURVEY_ID = "qinghe-small-schools-survey-2026"

# a district's random inspection: the schools it drew from all of them
INSPECTION = """沅埠区2026年“双随机”督导检查情况通报
区政府教育督导室
2026年11月
一、检查安排
本次从全区40所中小学、幼儿园中随机抽取10所，抽取比例25.0%。
"""
INSPECTION_ID = "yuanbu-random-inspection-2026"

# a county bureau's final accounts: each project's budget, spending and execution rate
ACCOUNTS = """松溪县教育局2025年度部门决算说明
松溪县教育局
2026年8月
一、预算执行情况

| 项目 | 预算数（万元） | 决算数（万元） | 执行率 |
| --- | --- | --- | --- |
| 教师培训 | 300.00 | 240.00 | 80.0% |
| 学生资助 | 500.00 | 490.00 | 98.0% |
"""
ACCOUNTS_ID = "songxi-final-accounts-2025"

# a city's plan: the rate now in its 现状, the yearly goals in a table
PLAN = """榧川市普通高中特色发展实施方案（2026—2028年）
榧川市教育局
2026年3月
一、发展现状
全市现有普通高中5所，选课走班覆盖率40%。
二、发展目标

| 指标名称 | 2026年底 | 2027年底 | 2028年底 |
| --- | --- | --- | --- |
| 选课走班覆盖率（%） | 60 | 80 | 100 |
"""
PLAN_ID = "feichuan-high-school-plan-2026"

# a county's meal subsidy by town: counts with no unit in their headers
MEALS = """阳城县营养改善计划实施情况
阳城县教育局
2026年9月
一、受益情况

| 乡镇 | 学校数 | 受益学生 |
| --- | --- | --- |
| 阳城镇 | 4 | 1000 |
| 东关乡 | 5 | 1600 |
"""
MEALS_ID = "yangcheng-meals-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "yearsbands", {f"{BULLETIN_ID}.md": BULLETIN.encode(),
                                                         f"{SURVEY_ID}.md": SURVEY.encode(),
                                                         f"{INSPECTION_ID}.md": INSPECTION.encode(),
                                                         f"{ACCOUNTS_ID}.md": ACCOUNTS.encode(),
                                                         f"{PLAN_ID}.md": PLAN.encode(),
                                                         f"{MEALS_ID}.md": MEALS.encode()})


def test_changes_listed_after_their_values_are_of_those_values():
    found = find_changes(BULLETIN)
    pairs = {(c.subject, c.new.value, c.delta.value, c.falls) for c in found if c.new and c.delta}
    assert ("在校生", 40000.0, 500.0, True) in pairs
    assert ("专任教师", 3000.0, 40.0, False) in pairs
    # a change whose sentence opens on no base, or whose values are a paragraph away, is of no value before it
    assert not [c for c in find_changes("在校生40000人。在校生减少500人。") if c.new]
    assert not [c for c in find_changes("在校生40000人。\n与上年相比，在校生减少500人。") if c.new]


def test_the_year_before_asked_as_the_values_time_is_a_previous_value():
    assert operation_of("上年在校生是多少人").name == "previous"
    assert operation_of("在校生比上年减少了多少人").name != "previous"


def test_the_year_befores_value_from_the_bulletins_change(service):
    r = service.ask("岚溪区上年在校生是多少人？")
    assert first_figure(r) == (40500.0, "人"), r.answer  # 40000 + 500, never this year's 40000
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["40000人", "500人"]
    assert inputs_cited(service, r, BULLETIN_ID)


def test_a_middle_age_band_is_the_whole_less_the_two_stated():
    assert asked_span("35到50岁之间的老师有多少") == (35, 50)
    assert asked_span("三十五至五十岁的教师") == (35, 50)
    assert asked_span("50岁以上的教师有多少") is None
    assert stated_band("专任教师中50岁以上的") == (50, "以上")
    rest = remainder(Operand.literal("200人"), Operand.literal("80人"), Operand.literal("30人"))
    assert (rest.value, rest.formula) == (90.0, "200 − 80 − 30 = 90 人")
    with pytest.raises(ComputeError):
        remainder(Operand.literal("100人"), Operand.literal("80人"), Operand.literal("30人"))


def test_the_teachers_between_two_stated_bands(service):
    r = service.ask("青禾县小规模学校35到50岁之间的老师有多少？")
    assert first_figure(r) == (90.0, "人"), r.answer  # 200 − 80 − 30, never all 200
    assert inputs_cited(service, r, SURVEY_ID)


def test_bounds_not_the_stated_bands_give_no_middle(service):
    r = service.ask("青禾县小规模学校30到50岁之间的老师有多少？")
    assert not any(f.value == 90.0 for f in r.figures), r.answer


def test_pupils_per_school_across_the_schools_kinds_and_a_semicolon(service):
    r = service.ask("青禾县小规模学校平均一所有多少学生？")
    assert first_figure(r) == (50.0, "人/所"), r.answer  # 1500 ÷ 30, the 其中 list only names their kinds


def test_the_schools_not_drawn_are_all_less_those_drawn(service):
    r = service.ask("沅埠区这次没被抽到的学校有多少所？")
    assert first_figure(r) == (30.0, "所"), r.answer  # 40 − 10
    assert inputs_cited(service, r, INSPECTION_ID)


def test_money_not_spent_is_the_budget_less_the_spending(service):
    r = service.ask("松溪县教师培训经费还有多少没花出去？")
    assert first_figure(r) == (60.0, "万元"), r.answer  # 300.00 − 240.00 of the 教师培训 row
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["240.00", "300.00"]


def test_a_goal_against_now_compares_the_goal_with_the_value_reported():
    assert asked_sides("2026年选课走班覆盖率目标比现在高多少") == \
        ("2026年选课走班覆盖率目标", "选课走班覆盖率", False, True)


def test_a_years_goal_over_the_rate_now(service):
    r = service.ask("榧川市2026年选课走班覆盖率目标比现在高多少？")
    assert first_figure(r) == (20.0, "百分点"), r.answer  # 60 − 40, never another year's goal (80 − 60)
    assert r.figures[0].formula.startswith("60 − 40"), r.figures[0].formula
    assert {c.doc_id for c in r.citations} == {PLAN_ID}


def test_a_quotient_of_unitless_counts_of_people_is_in_people(service):
    r = service.ask("阳城镇平均每所学校多少受益学生？")
    assert first_figure(r) == (250.0, "人"), r.answer  # 1000 ÷ 4
