"""Figures a question defines from amounts a document states but never combines, on documents written
here: a yearly rate between a plan table's base and target columns (never their difference); a stage's
生师比 from a statistics table's rows when the prose states other stages' ratios only; the multiple asked
beside a difference; a yearly average over a span the question states (`2021年至2025年`); what is done
but not finished (已开工 − 已竣工); a survey's or exam's rate from the counts its definition names; an item's share
of the count its `其中` list splits; and no figure when an input is not found by its own words."""
from __future__ import annotations

import pytest

from figures.tablequery import run
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.derived import defined_rates
from server.answer.tables import _each_change, _mentions, _names, parse
from server.calc import _period_length
from server.operation import asks_multiple
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a county's statistics bulletin: stage counts in prose and in tables, some stages' 生师比 stated
BULLETIN = """某县2024年教育事业统计公报
县教育局
2025年3月
一、学生情况
2024年，全县小学在校生30000人，初中在校生15000人，中等职业学校在校生6000人。
2024年，全县教育经费支出按学段分列如下：学前教育5000万元；义务教育54000万元；普通高中教育9000万元。

| 指标 | 2023年 | 2024年 |
| --- | --- | --- |
| 小学在校生（人） | 29500 | 30000 |
| 中职在校生（人） | 5800 | 6000 |
| 小学专任教师（人） | 1980 | 2000 |
| 中职专任教师（人） | 290 | 300 |

全县小学生师比为15:1。
二、经费情况
2024年，全县小学、初中生均公用经费分别为1200元、1500元。
营养改善计划受益学生1.2万人，其中小学生0.9万人、初中生0.3万人。
三、项目建设
全县确定重点建设项目20个，已开工15个，已竣工9个，未开工5个。
2021年至2025年，全县累计新建学校12所，新增学位3.6万个。
四、督导评估
评估组发放家长问卷2000份，回收有效问卷1900份。
五、考试招生
2024年全县中考报名4800人，实际参考4764人，缺考36人。
"""
BULLETIN_ID = "county-bulletin-2024"

# a vocational plan's indicator table: a 2024 base and a 2027 target per row
PLAN = """某市职业教育提质培优行动计划（2025—2027年）
市教育局
2025年2月
一、主要目标

| 指标 | 2024年基数 | 2027年目标 | 属性 |
| --- | --- | --- | --- |
| 中职生均财政拨款水平（元） | 10000 | 13310 | 约束性 |
| 省级高水平专业群（个） | 8 | 12 | 预期性 |
"""
PLAN_ID = "city-vocational-plan-2025"


# a plan's mid-term review: an indicator table with base, target and the value reached, and the share of
# the way to the target covered (完成率) stated in the prose
MIDTERM = """某区教育事业发展“十四五”规划中期评估报告
区教育局
2023年6月
一、主要指标完成情况

| 指标 | 2020年基数 | 2025年目标 | 2022年实际 | 完成情况 |
| --- | --- | --- | --- | --- |
| 普惠性幼儿园覆盖率（%） | 80.0 | 90.0 | 83.0 | 进度滞后 |

二、总体评价
按目标完成率测算，普惠性幼儿园覆盖率完成率仅为30.0%，落后于时间进度。
"""
MIDTERM_ID = "district-midterm-2023"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "derived", {f"{BULLETIN_ID}.md": BULLETIN.encode(),
                                                      f"{PLAN_ID}.md": PLAN.encode(),
                                                      f"{MIDTERM_ID}.md": MIDTERM.encode()})


def test_period_length_of_a_span_written_with_its_years():
    assert _period_length("2021年至2025年平均每年新增多少学位") == 5
    assert _period_length("2021—2025年年均新增多少") == 5


def test_multiple_asked_beside_a_difference():
    assert asks_multiple("初中比小学高多少元是小学的多少倍")
    assert not asks_multiple("初中比小学高多少元")
    assert not asks_multiple("翻了几番")


def test_defined_rates_are_read_longest_first():
    rates = [r[0] for r in defined_rates()]
    assert rates.index("有效回收率") < rates.index("回收率")


def test_largest_growth_of_rows_in_unlike_units_is_by_growth_rate():
    text = PLAN.replace("某市", "某县")
    table = find_tables("plan", text, parse_sections(text))[0]
    query = parse(table, normalize("按2024年基数算，哪个指标到2027年的增幅最大？", drop_space=True))
    assert query is not None and query.rate
    result = run(table, query)  # 元 beside 个: growth % is unit-free (33.1% against 50%)
    assert result.computation is not None and result.computation.unit == "%"
    assert round(result.computation.value, 1) == 50.0 and "省级高水平专业群" in result.computation.label


# a bulletin's two tables by stage, of schools and of full-time teachers, both with two year columns
STAGE_TABLES = """某县教育统计公报
一、学校情况
| 学校类别 | 2023年 | 2024年 |
| --- | --- | --- |
| 幼儿园（所） | 160 | 150 |
| 小学（所） | 100 | 98 |
| 初中（所） | 30 | 31 |
二、教师情况
| 学段 | 2023年 | 2024年 |
| --- | --- | --- |
| 幼儿园专任教师（人） | 1700 | 1660 |
| 小学专任教师（人） | 4500 | 4480 |
| 初中专任教师（人） | 2800 | 2900 |
"""


def test_rows_that_fell_are_listed_from_the_table_of_the_count_asked_with_each_fall():
    q = normalize("2024年哪个学段的专任教师比2023年减少了？各减少多少人？", drop_space=True)
    schools, teachers = find_tables("stages", STAGE_TABLES, parse_sections(STAGE_TABLES))
    assert _mentions(teachers, q) > _mentions(schools, q)  # every row of it counts 专任教师
    query = parse(teachers, q)
    assert query is not None and query.aggregate == "list"
    result = run(teachers, query)
    shown = _each_change(teachers, result, _names(result), q)
    assert "1700 − 1660 = 40" in shown and "4500 − 4480 = 20" in shown and "2900" not in shown


def test_yearly_rate_between_base_and_target_columns(service):
    r = service.ask("某市中职生均财政拨款从2024年到2027年年均增长率是多少？")
    value, unit = first_figure(r)
    assert unit == "%" and value == pytest.approx(10.0, abs=0.01), r.answer  # (13310 ÷ 10000)^(1/3) − 1
    assert "^(1/3)" in r.figures[0].formula


def test_student_teacher_ratio_from_table_rows_when_another_stage_is_stated(service):
    r = service.ask("按2024年数据，某县中等职业学校的生师比是多少？")
    assert first_figure(r) == (20.0, ""), r.answer  # 6000 ÷ 300, the 2024 column
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["300", "6000"]


def test_multiple_beside_difference_of_two_list_items(service):
    r = service.ask("某县2024年初中生均公用经费比小学高多少元？是小学的多少倍？")
    assert first_figure(r) == (300.0, "元"), r.answer
    assert any(f.unit == "倍" and round(f.value, 2) == 1.25 for f in r.figures), r.answer
    assert inputs_cited(service, r, BULLETIN_ID)


def test_yearly_average_over_a_span_the_question_states(service):
    r = service.ask("某县2021年至2025年平均每年新增多少学位？")
    assert first_figure(r) == (0.72, "万个/年"), r.answer  # 3.6万个 ÷ 5年, not 12所 ÷ 5
    assert [i["source"].get("text") for i in r.figures[0].inputs][0] == "3.6万个"


def test_done_but_not_finished_is_the_difference_of_the_two_stages(service):
    r = service.ask("某县重点建设项目中，已经开工但还没竣工的有几个？")
    assert first_figure(r) == (6.0, "个"), r.answer  # 15 − 9; never the 未开工 5
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["15个", "9个"]
    assert inputs_cited(service, r, BULLETIN_ID)


@pytest.mark.parametrize("question", ["某县督导评估的问卷有效回收率是多少？",
                                      "某县家长问卷回收有效率多少",  # the rate's words in the other order
                                      "某县满意度问卷的回收有效率有多高"])
def test_survey_rate_from_the_counts_its_definition_names(service, question):
    r = service.ask(question)
    assert first_figure(r) == (95.0, "%"), r.answer  # 1900 ÷ 2000
    assert inputs_cited(service, r, BULLETIN_ID)


def test_rate_of_counts_a_sentence_lists_after_naming_the_thing_once(service):
    r = service.ask("某县2024年中考缺考率是多少？")
    assert first_figure(r)[1] == "%" and first_figure(r)[0] == pytest.approx(0.75), r.answer  # 36 ÷ 4800
    assert "0.75%" in r.answer, r.answer  # two places: one would show a rate below 1% as 0.8%
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["36人", "4800人"]


def test_rate_whose_counts_are_not_stated_is_not_computed(service):
    r = service.ask("某县督导评估的问题整改率是多少？")
    assert r.abstained or all(f.unit != "%" for f in r.figures), r.answer


def test_share_of_an_item_of_a_list_in_the_count_it_splits(service):
    r = service.ask("某县营养改善计划受益学生中小学生占比多少？")
    assert first_figure(r) == (75.0, "%"), r.answer  # 0.9万 ÷ 1.2万
    assert inputs_cited(service, r, BULLETIN_ID)


def test_gap_to_a_target_is_from_the_value_reached_never_a_completion_rate(service):
    r = service.ask("某区普惠性幼儿园覆盖率离2025年目标还差多少个百分点？")
    assert r.abstained or first_figure(r) == (7.0, "百分点"), r.answer  # 90.0 − 83.0, never 90.0 − 30.0
    assert all(round(f.value, 1) != 60.0 for f in r.figures)


def test_per_student_amount_of_a_level_is_over_the_pupils_of_its_stages(service):
    r = service.ask("某县2024年义务教育生均教育经费支出是多少？")
    value, unit = first_figure(r)
    assert value == 12000.0 and unit.startswith("元"), r.answer  # 54000万元 ÷ (30000 + 15000)人
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["15000人", "30000人", "54000万元"]
    assert inputs_cited(service, r, BULLETIN_ID)
