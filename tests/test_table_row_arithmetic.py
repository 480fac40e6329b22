"""Arithmetic a table row or column leaves to the reader, on documents written here: the schools of a row short of a
standard (the row's count − the count of those meeting it, the done column's noun counted whole), two fee columns of
one kindergarten added, a column asked by its short form (保教费 of 保育教育费) ranked, a plan's 拟 column asked by its
verb, a score in points (分), the change a plan's total row makes from its present count to its last year's, each
named row's cell of one column, and a cumulative figure the prose states, not refused because an indicator table's
rows are in unlike units. Cells of words (不住宿), tables of years alone and a whole of another noun give no such
figure."""
from __future__ import annotations

import pytest

from figures.numbers import find_quantities
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a district's report: schools per stage beside those meeting the homework standard, and a rate of pupils
HOMEWORK = """某区2026年上半年作业管理情况汇报
区教育局
2026年7月
一、作业管理情况

| 学段 | 学校数 | 作业时长达标学校 | 参加托管学生 | 托管参与率 |
| --- | --- | --- | --- | --- |
| 小学 | 30 | 27 | 9000 | 90.0% |
| 初中 | 12 | 9 | 3000 | 75.0% |
| 九年一贯制 | 4 | 4 | 1200 | 80.0% |
| 合计 | 46 | 40 | 13200 | 84.6% |
"""
HOMEWORK_ID = "district-homework-2026"

# a county's kindergarten fees, one with no boarding (a cell of words)
FEES = """某县2026年秋季学期幼儿园收费标准公示
县教育局
2026年8月

| 园名 | 等级 | 保育教育费（元/生/月） | 住宿费（元/生/月） | 性质 |
| --- | --- | --- | --- | --- |
| 某县实验幼儿园 | 省级示范 | 500 | 不住宿 | 公办 |
| 某镇中心幼儿园 | 县级一类 | 300 | 100 | 公办 |
| 小海豚幼儿园 | 市级二类 | 900 | 200 | 民办 |
"""
FEES_ID = "county-kindergarten-fees-2026"

# a county's school layout plan by town: its present schools beside those it means to close and open
LAYOUT = """青石县中小学校布局专项规划（2026—2030年）
县教育局
2026年11月
一、分乡镇布局调整
各乡镇学校布局调整安排如下表：

| 乡镇 | 现有学校 | 拟撤并 | 拟新建 | 2030年学校数 |
| --- | --- | --- | --- | --- |
| 东湖镇 | 10 | 1 | 2 | 11 |
| 西岭乡 | 8 | 4 | 0 | 4 |
| 合计 | 18 | 5 | 2 | 15 |
"""
LAYOUT_ID = "county-school-layout-2026"

# a mid-term evaluation: a cumulative investment stated in prose, an indicator table of unlike units
MIDTERM = """某县教育事业发展规划中期评估报告
县教育局
2024年3月
一、总体进展
2021—2023年全县教育经费总投入累计15.8亿元，新增学位3200个。规划实施综合评价得分86.5分（满分100分）。
二、主要指标对照

| 指标 | 2020年基数 | 2025年目标 | 2023年实际 |
| --- | --- | --- | --- |
| 学前三年毛入园率（%） | 85.0 | 90.0 | 88.5 |
| 在园幼儿数（人） | 8000 | 8600 | 8700 |
| 优质均衡达标学校（所） | 10 | 20 | 18 |
"""
MIDTERM_ID = "county-midterm-evaluation-2023"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rowarithmetic", {f"{HOMEWORK_ID}.md": HOMEWORK.encode(),
                                                            f"{FEES_ID}.md": FEES.encode(),
                                                            f"{LAYOUT_ID}.md": LAYOUT.encode(),
                                                            f"{MIDTERM_ID}.md": MIDTERM.encode()})


def test_schools_short_of_a_standard_are_the_rows_schools_less_those_meeting_it(service):
    r = service.ask("某区初中作业时长没达标的有几所？")
    assert first_figure(r) == (3.0, "所"), r.answer  # 学校数 12 − the 达标 column's 9, not the 9 itself
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["12", "9"]
    assert inputs_cited(service, r, HOMEWORK_ID)


def test_two_fee_columns_of_the_row_named_are_added(service):
    r = service.ask("小海豚幼儿园保教费加住宿费每月一共多少？")
    assert first_figure(r) == (1100.0, "元/生/月"), r.answer  # 900 + 200
    assert "900 + 200" in r.figures[0].formula
    assert inputs_cited(service, r, FEES_ID)


def test_a_fee_column_of_words_in_the_row_is_no_sum(service):
    r = service.ask("某县实验幼儿园保教费加住宿费每月一共多少？")  # 不住宿: nothing to add
    assert not any("+" in (f.formula or "") for f in r.figures), r.answer


def test_a_column_asked_by_its_short_form_ranks_the_rows(service):
    r = service.ask("某县哪家幼儿园保教费最高？")
    assert r.answer.startswith("小海豚幼儿园"), r.answer
    assert any(f.value == 900 for f in r.figures), r.answer


def test_a_plans_column_of_what_it_means_to_do_is_asked_by_the_verb(service):
    r = service.ask("青石县西岭乡规划撤并几所学校？")
    assert first_figure(r)[0] == 4.0, r.answer  # 拟撤并, not its 现有学校 8


def test_the_change_from_the_present_to_the_plans_year_of_the_total_row(service):
    r = service.ask("青石县到2030年学校比现在少几所？")
    assert first_figure(r) == (3.0, "所"), r.answer  # 合计: 现有学校 18 − the 2030 column's 15
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["15", "18"]
    assert inputs_cited(service, r, LAYOUT_ID)


def test_each_row_named_gives_its_cell_of_the_column_asked(service):
    r = service.ask("某区小学、初中、九年一贯制托管参与率各多少？")
    assert not r.abstained and all(v in r.answer for v in ("90.0%", "75.0%", "80.0%")), r.answer
    assert "共3" not in r.answer, r.answer  # the rows' values, no count of rows


def test_a_cumulative_figure_the_prose_states_is_not_refused_for_the_tables_unlike_units(service):
    r = service.ask("某县2021到2023年教育经费总投入累计多少？")
    assert first_figure(r) == (15.8, "亿元"), r.answer
    assert "单位不同" not in r.answer


def test_a_score_in_points_the_prose_states(service):
    r = service.ask("某县规划实施综合评价得分多少？")
    assert first_figure(r) == (86.5, "分"), r.answer


def test_points_of_an_exam_or_an_evaluation_are_quantities():
    found = find_quantities("产出指标得分38.5分（满分40分）")
    assert [(q.value, q.unit) for q in found] == [(38.5, "分"), (40.0, "分")]
    assert [(q.value, q.unit) for q in find_quantities("统招线五百六十八分")] == [(568.0, "分")]
    # a word (十分), a part (三分之一), a scale (5分制), minutes and the minutes of a time are no points
    for text in ("十分重要", "三分之一", "5分制", "90分钟", "8时30分", "8:30分"):
        assert all(q.unit != "分" for q in find_quantities(text)), text
