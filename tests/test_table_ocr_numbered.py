"""A scanned statistics table as OCR reads it: one row a line, cells apart by spaces, a 序号 column first
and a 合计 row whose name spans 序号 and the label column. The header's word cells must keep their gaps
through ingest.clean (its line-wrap repair closes gaps between ideographs), and the rows must read under
the label column after the row number. The table is invented here (places and figures)."""
from __future__ import annotations

from ingest.clean import clean
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import _mentions
from tests.tablequestions import ask, labels

SCAN = """某县2025年秋季学期寄宿生生活补助发放统计表
填报单位：某县学生资助中心
序号 乡镇 小学（人） 初中（人） 合计（人） 金额（万元）
1 甲坪镇 210 190 400 22.38
2 乙溪乡 305 260 565 31.50
３ 丙口镇 120 98 218 12.13
4 丁水乡 88 0 88 4.40
合计 723 548 1271 70.41
说明：本表补助对象为家庭经济困难寄宿生。
制表人：某某 审核人：某某
"""


def _table():
    text = clean(SCAN)
    (table,) = find_tables("doc", text, parse_sections(text))
    return text, table


def test_the_header_keeps_its_cells_and_prose_gaps_still_close():
    text = clean(SCAN)
    assert "序号 乡镇 小学（人） 初中（人）" in text
    assert "制表人：某某审核人：某某" in text  # a gap between ideographs outside a table is line-wrap residue


def test_rows_read_under_the_label_after_the_row_number():
    text, table = _table()
    assert table.columns == ["序号", "乡镇", "小学（人）", "初中（人）", "合计（人）", "金额（万元）"]
    assert table.label_column == "乡镇"
    assert [r.cells[1].text if r.cells[0].column == "序号" else r.cells[0].text for r in table.rows] == \
        ["甲坪镇", "乙溪乡", "丙口镇", "丁水乡", "合计"]
    total = table.rows[-1]
    assert {c.column: c.text for c in total.cells} == {
        "乡镇": "合计", "小学（人）": "723", "初中（人）": "548", "合计（人）": "1271", "金额（万元）": "70.41"}
    cell = table.rows[1].cells[5]
    assert (text[cell.start:cell.end], cell.unit) == ("31.50", "万元")


def test_a_table_without_a_caption_takes_the_form_title_over_its_field_lines():
    _, table = _table()
    assert table.caption == "某县2025年秋季学期寄宿生生活补助发放统计表"


def test_a_title_above_prose_is_no_caption():
    text = clean(SCAN.replace("填报单位：某县学生资助中心", "全县各乡镇按学期发放补助，现将情况列示如下"))
    (table,) = find_tables("doc", text, parse_sections(text))
    assert table.caption == ""


def test_a_threshold_counts_the_places_never_the_total_row():
    _, table = _table()
    result = ask(table, "合计人数高于300的乡镇一共有多少个")
    assert sorted(labels(result)) == ["乙溪乡", "甲坪镇"]


def test_a_count_of_rows_by_the_kind_its_label_column_names_names_the_table():
    _, table = _table()
    assert _mentions(table, normalize("寄宿生多于300人的乡镇共有多少个", drop_space=True)) >= 1
    assert _mentions(table, normalize("寄宿生多于300人的学校共有多少所", drop_space=True)) == 0


def test_spaced_prose_over_numbers_is_not_a_table():
    text = clean("一、概况\n全县 学校 86所 在校生 24600人\n今年 新增 学位 1500个\n二、其他\n")
    assert "全县学校 86所" in text
    assert find_tables("doc", text, parse_sections(text)) == []
