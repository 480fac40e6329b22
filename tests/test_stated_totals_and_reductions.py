"""Totals a table sums that its prose states too, and what a reduction leaves, on documents written here: a
total over every row that a sentence outside the table states in the same unit is answered by that sentence, in
the counter it writes (辆, 万元), not by the rows; a total no sentence states is the rows' sum; what is left after a
reduction (`压减以后还剩多少家`) is the total row's whole − its reduced count, in the counter asked (家 of 机构, not
the 所 of schools); a mean over every row of a table with its own total row is that total ÷ the rows, citing it."""
from __future__ import annotations

import pytest

from server.intent import wanted_units
from server.service import Service
from tests.written import first_figure, service_over

# a county's school buses by town: the prose states the total, the table sums to it
BUSES = """某县教育局关于校车运营情况的通报
县教育局
2026年10月
一、运营情况
全县4个乡镇共运营校车30辆，每日接送学生1200人。各乡镇情况如下：

| 乡镇 | 校车数（辆） | 乘车学生数（人） |
| --- | --- | --- |
| 某甲镇 | 12 | 500 |
| 某乙镇 | 8 | 300 |
| 某丙乡 | 6 | 250 |
| 某丁乡 | 4 | 150 |
| 合计 | 30 | 1200 |
"""
BUSES_ID = "county-school-bus-2026"

# a district's repair funds by school: no sentence states their total
REPAIRS = """某区2026年校舍维修项目安排
区教育局
2026年3月
一、项目安排

| 学校 | 维修面积（平方米） | 维修资金（万元） |
| --- | --- | --- |
| 某区实验小学 | 1200 | 85.0 |
| 某区第二中学 | 900 | 64.5 |
"""
REPAIRS_ID = "district-repairs-2026"

# a district's tutoring institutions before and after the reduction, with the prose restating the total row
TUTORING = """某区教育局
某区教育局关于校外培训机构治理情况的通报
今年以来，全区原有校外培训机构200家，累计压减80家，总体压减率40.0%。
一、压减情况

| 机构类型 | 原有数 | 压减数 | 压减率 |
| --- | --- | --- | --- |
| 学科类 | 120 | 60 | 50.0% |
| 非学科类 | 80 | 20 | 25.0% |
| 合计 | 200 | 80 | 40.0% |
"""
TUTORING_ID = "district-tutoring-governance-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "statedtotals", {f"{BUSES_ID}.md": BUSES.encode(),
                                                           f"{REPAIRS_ID}.md": REPAIRS.encode(),
                                                           f"{TUTORING_ID}.md": TUTORING.encode()})


def test_a_total_the_prose_states_is_answered_by_its_sentence(service):
    r = service.ask("某县一共有多少辆校车？")
    assert first_figure(r) == (30.0, "辆"), r.answer
    assert r.answer.startswith("30辆"), r.answer
    assert [c.text for c in r.citations] == ["全县4个乡镇共运营校车30辆，每日接送学生1200人。"], r.answer


def test_a_total_no_sentence_states_is_the_rows_sum(service):
    r = service.ask("某区校舍维修资金一共多少万元？")
    assert first_figure(r) == (149.5, "万元"), r.answer  # 85.0 + 64.5
    assert "+" in r.figures[0].formula and len(r.citations) == 2, r.answer


def test_what_a_reduction_leaves_is_the_total_rows_whole_less_the_reduced(service):
    r = service.ask("某区压减以后还剩多少家校外培训机构？")
    assert first_figure(r) == (120.0, "家"), r.answer  # 200 − 80 of the 合计 row
    assert "200 − 80 = 120" in r.figures[0].formula, r.figures[0].formula
    # cited by the sentence stating both inputs, the 合计 row named beside it
    stating = "今年以来，全区原有校外培训机构200家，累计压减80家，总体压减率40.0%。"
    assert [c.text for c in r.citations] == [stating], r.answer
    assert "“合计”一行同" in r.answer, r.answer


def test_institutions_asked_in_jia_are_not_counted_as_schools():
    assert wanted_units("还剩多少家校外培训机构") == ("家",)
    assert wanted_units("全区有几家幼儿园") == ("所", "家")
    assert wanted_units("有多少家学校参加了") == ("所", "家")


def test_a_mean_over_a_table_with_its_total_row_divides_that_total(service):
    r = service.ask("某县平均每个乡镇有多少名乘车学生？")
    assert first_figure(r)[0] == 300.0, r.answer  # 1200 ÷ 4 of the 合计 row
    assert r.figures[0].formula.startswith("1200 ÷ 4 = 300"), r.figures[0].formula
    assert [c.text for c in r.citations] == ["合计 | 30 | 1200"], r.answer
