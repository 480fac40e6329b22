"""Computed figures whose inputs a document states in different sentences or passages: each input
looked up by the words naming it (server/answer/operands.py), every one cited, the formula shown;
an input no sentence names makes the answer abstain rather than take a neighbour's figure."""
from __future__ import annotations

import pytest

from ingest.tables import row_label
from server.answer.operands import Stated, naming
from server.calc import table_change
from server.operation import asked_subject
from server.query import analyse
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a county work report of the usual shape: a year's totals in the opening summary, their changes
# and the counts of each field in the sections after it
REPORT = """2026年县政府工作报告
县人民政府
2026年1月20日
一、2025年工作回顾
2025年，全县地区生产总值增长5.2%，粮食总产量86.4万吨，一般公共预算收入15亿元，社会消费品零售总额120亿元，城镇新增就业1.2万人，全县专任教师1200人。
（一）农业稳中有进。粮食总产再创新高，增量2.4万吨，单产创历史新高。五年来累计新增耕地面积3万亩，全县耕地面积达到120万亩。
（二）教育事业加快发展。全年新建幼儿园12所，普惠性幼儿园覆盖率达到90%。
义务教育学校建设提速，新建中小学8所，改扩建校舍5万平方米。
“十四五”时期，累计新增省级示范幼儿园6所。教师队伍结构持续优化，研究生学历教师96人，县级骨干教师210人。
目前全县省级示范幼儿园达到15所。
（三）财政运行稳健。一般公共预算收入比上年增长5%，民生支出占比80%。消费市场回暖，社会消费品零售总额增长8%。
（四）民生保障有力。提高城乡低保标准，发放高龄补贴3.2亿元、残疾人两项补贴1.24亿元。
二、2026年工作安排
推进城乡学校共同体建设，实施县域高中振兴行动。
"""
REPORT_ID = "county-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "apart", {REPORT_ID: REPORT})


def _cited_apart(service: Service, r, texts: list[str]) -> None:
    assert inputs_cited(service, r, REPORT_ID)
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == sorted(texts)
    assert len({c.start for c in r.citations}) == 2  # two sentences, each cited


def test_year_before_from_a_value_and_its_change_stated_in_other_passages(service):
    r = service.ask("2024年全县粮食总产量是多少万吨？")
    assert first_figure(r) == (84.0, "万吨")
    assert "86.4万吨 − 2.4万吨" in r.figures[0].formula
    _cited_apart(service, r, ["86.4万吨", "2.4万吨"])


def test_year_before_from_a_value_and_its_rate_of_change_stated_apart(service):
    r = service.ask("2024年全县一般公共预算收入是多少亿元？")
    assert first_figure(r) == (14.29, "亿元")
    assert "15亿元 ÷ (1 + 5%)" in r.figures[0].formula
    _cited_apart(service, r, ["15亿元", "5%"])


@pytest.mark.parametrize("question", [
    "2023年全县粮食总产量是多少？",  # two years back: no change reaches it
    "2024年全县社会消费品零售总额是多少亿元？",  # `增长8%` states no base: not taken as on the year before
    "2024年全县耕地面积是多少万亩？",  # the change stated is a five-year one, not on the year before
])
def test_year_before_apart_abstains_without_a_change_on_that_year(service, question):
    r = service.ask(question)
    assert r.abstained and not r.figures


def test_sum_of_counts_stated_in_separate_sentences(service):
    r = service.ask("新建幼儿园和中小学一共多少所？")
    assert first_figure(r) == (20.0, "所")
    _cited_apart(service, r, ["12所", "8所"])


def test_sum_of_things_asked_with_a_modifier_before_的_and_near_words(service):
    # `发放的高龄补贴`: the modifier is no part of the thing's name; retrieval may read 补贴 as 补助
    r = service.ask("全县2025年发放的高龄补贴和残疾人两项补贴一共多少亿元？")
    assert first_figure(r) == (4.44, "亿元")
    assert inputs_cited(service, r, REPORT_ID)


def test_sum_apart_abstains_naming_the_thing_no_sentence_states(service):
    r = service.ask("新建幼儿园、中小学和特殊教育学校一共多少所？")
    assert r.abstained and "特殊教育学校" in r.answer and not r.figures


def test_share_with_part_and_whole_in_different_passages_picked_by_their_nouns(service):
    r = service.ask("研究生学历教师占专任教师的比例是多少？")
    assert first_figure(r) == (8.0, "%")
    assert "96 ÷ 1200" in r.figures[0].formula
    _cited_apart(service, r, ["96人", "1200人"])


def test_share_of_a_whole_no_sentence_names_abstains_not_a_neighbour(service):
    # the sentence of the part also counts 县级骨干教师: sharing `教师` does not make it the whole asked
    r = service.ask("研究生学历教师占本科学历教师的比例是多少？")
    assert r.abstained and not r.figures


def test_value_before_a_span_from_todays_value_and_the_spans_change_stated_apart(service):
    r = service.ask("“十四五”开始前全县有多少所省级示范幼儿园？")
    assert first_figure(r) == (9.0, "所")
    _cited_apart(service, r, ["15所", "6所"])


def test_value_before_a_span_with_no_change_stated_abstains_not_todays_value(service):
    r = service.ask("“十四五”开始前全县县级骨干教师有多少人？")
    assert r.abstained and not r.figures


@pytest.mark.parametrize("question, subject", [
    ("“十四五”开始前全县有多少所省级示范幼儿园?", "省级示范幼儿园"),  # named after the ask
    ("按报告的数据推算，“十四五”开始时常住人口城镇化率是多少?", "常住人口城镇化率"),
    ("“十四五”开始前全县耕地面积是多少万亩?", "耕地面积"),  # a unit after the ask names nothing
])
def test_asked_subject_named_after_the_time_or_the_ask(question, subject):
    assert asked_subject(question) == subject


def test_naming_is_the_share_of_the_noun_in_one_run_of_the_words():
    from figures.numbers import find_quantities
    q = find_quantities("增量2.4万吨")[0]
    stated = Stated(q, None, (0, 0), "粮食总产再创新高", "增量")  # type: ignore[arg-type]
    assert naming(stated, "粮食总产量") == pytest.approx(0.8)
    assert naming(stated, "耕地面积") == 0.0


# a county plan's indicator table with a `其中:` sub-row under its whole
PLAN = """县“十四五”教育事业发展规划
县人民政府
2021年9月10日
一、主要指标
表1 主要指标
| 指标 | 2020年 | 2025年 | 属性 |
| 义务教育阶段在校生(万人) | 10.36 | 11.80 | 预期性 |
| 其中:普通小学在校生(万人) | 7.12 | 7.90 | 预期性 |
| 学前三年毛入园率(%) | 88.5 | 92 | 预期性 |
二、主要任务
优化学校布局，扩大优质教育资源供给。
"""
PLAN_ID = "county-plan-2021"


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "apart-plan", {PLAN_ID: PLAN})


@pytest.mark.parametrize("question, value, inputs", [
    ("义务教育阶段在校生2025年预期比2020年增长百分之几？", 13.9, ["10.36", "11.80"]),  # the whole, not its sub-row
    ("普通小学在校生2025年预期比2020年增长百分之几？", 10.96, ["7.12", "7.90"]),
])
def test_table_change_of_the_row_the_question_names_whole_or_part(plan, question, value, inputs):
    r = plan.ask(question)
    assert first_figure(r) == (value, "%")
    assert inputs_cited(plan, r, PLAN_ID)
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == inputs


@pytest.mark.parametrize("question, label", [
    ("义务教育阶段在校生2025年预期比2020年增长百分之几？", "义务教育阶段在校生"),  # found the sub-row: its whole
    ("普通小学在校生2025年预期比2020年增长百分之几？", "普通小学"),  # named: the sub-row itself
])
def test_table_change_from_a_sub_row_goes_to_its_whole_unless_named(plan, question, label):
    table = plan.index.documents[PLAN_ID].tables[0]
    sub = next(r for r in table.rows if "普通小学" in row_label(table, r))
    found = table_change(analyse(question, plan.catalog), table, sub)
    assert found is not None and label in found.label
    assert ("普通小学" in found.label) == (label == "普通小学")
