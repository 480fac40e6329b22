"""A change between two years of a table that sets one row per year (`年份 | 在校（人）| …`), in the column
the question names (server/calc.py year_rows_change, server/answer/lookup.py): the later row's cell − the
earlier row's, both rows cited; nothing computed when a year has no row or the question names no column.
Documents written here (a plain-text summary with a `|` table, a Word report),
real ingest, Service.ask."""

import io

import docx
import pytest

from server.service import Service
from tests.written import docx_table, first_figure, service_over

SUMMARY = """蓟湾县融合教育五年工作总结
蓟湾县教育局
2025年12月5日
一、总体情况
五年来融合教育稳步推进，资源教室逐年增加。
表1 随班就读学生情况
| 年份 | 随班就读学生（人） | 资源教室（个） | 巡回指导教师（名） |
| --- | --- | --- | --- |
| 2021年（基数） | 318 | 7 | 12 |
| 2022年 | 335 | 9 | 14 |
| 2023年 | 352 | 12 | 15 |
| 2024年 | 371 | 15 | 18 |
| 2025年 | 389 | 19 | 21 |
二、下一步打算
继续扩大资源教室覆盖面。
"""


def _report() -> bytes:
    document = docx.Document()
    document.add_paragraph("苒溪区学生营养餐补助发放情况报告")
    document.add_paragraph("苒溪区教育局")
    document.add_paragraph("2026年1月8日")
    document.add_paragraph("一、实施情况")
    document.add_paragraph("全区乡村中小学均已纳入营养餐补助范围，受益面逐年扩大。")
    document.add_paragraph("表2 历年受助学生和补助金额")
    docx_table(document, [["年度", "受助学生（人）", "补助金额（万元）"],
                          ["2022年", "9650", "1930"],
                          ["2023年", "9820", "1964"],
                          ["2024年", "10130", "2026"],
                          ["2025年", "10410", "2082"]])
    document.add_paragraph("二、存在问题")
    document.add_paragraph("部分学校食堂设施老化。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "year-rows", {
        "jiwan-inclusion-summary-2025": SUMMARY, "ranxi-nutrition-report-2026.docx": _report()})


@pytest.mark.parametrize("question, value, unit", [
    ("从2021年到2025年，蓟湾县随班就读学生增加了几人？", 71, "人"),
    ("蓟湾县资源教室2024年比2022年多了几个？", 6, "个"),
    ("苒溪区受助学生2025年比2023年增加了多少？", 590, "人"),
    ("苒溪区补助金额2024年比2022年高出多少万元？", 96, "万元"),
])
def test_the_change_between_two_year_rows_of_the_column_named(service, question, value, unit):
    answer = service.ask(question)
    assert first_figure(answer) == (value, unit), answer.answer
    assert len(answer.citations) >= 2, answer.answer  # both years' rows


@pytest.mark.parametrize("question", [
    "从2019年到2025年，蓟湾县随班就读学生增加了几人？",  # 2019 has no row
    "从2021年到2025年，蓟湾县特教教师增加了几人？",  # no column of 特教教师
])
def test_no_row_or_no_column_no_change_computed(service, question):
    answer = service.ask(question)
    assert answer.abstained or 71 not in [f.value for f in answer.figures], answer.answer



@pytest.mark.parametrize("question, value, unit", [
    ("蓟湾县资源教室比2022年增加了几个？", 10, "个"),  # the latest year row, 2025, against the base named
    ("苒溪区受助学生比2023年多了多少人？", 590, "人"),
])
def test_a_change_against_one_year_named_runs_to_the_latest_year_row(service, question, value, unit):
    answer = service.ask(question)
    assert first_figure(answer) == (value, unit), answer.answer
    assert len(answer.citations) >= 2, answer.answer


PLANNED = SUMMARY.replace("| 2025年 | 389 | 19 | 21 |", "| 2025年（计划） | 389 | 19 | 21 |")


def test_a_planned_latest_row_is_not_the_present(tmp_path_factory):
    service = service_over(tmp_path_factory, "year-rows-planned", {"jiwan-inclusion-plan-2025": PLANNED})
    answer = service.ask("蓟湾县资源教室比2022年增加了几个？")
    assert 10 not in [f.value for f in answer.figures], answer.answer
