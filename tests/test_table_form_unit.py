"""A statistics form whose `单位：万元` line sits among its field lines, above a `填报单位：…` line: the
table takes the form's title and the unit, wherever among the field lines the form sets it. The form is
invented here (places and figures)."""
from __future__ import annotations

from ingest.clean import clean
from ingest.structure import parse_sections
from ingest.tables import find_tables

FORM = """某县2025年农村义务教育营养改善计划资金分配明细表
单位：万元
填报单位：某县教育局
序号 乡镇 学生数 补助资金
1 甲坪镇 1200 96.5
2 乙溪乡 800 64.2
合计 2000 160.7
"""


def _table(doc: str):
    text = clean(doc)
    (table,) = find_tables("doc", text, parse_sections(text))
    return text, table


def test_the_unit_line_among_the_field_lines_gives_the_table_its_unit():
    text, table = _table(FORM)
    assert table.caption == "某县2025年农村义务教育营养改善计划资金分配明细表"
    cell = next(c for c in table.rows[0].cells if c.column == "补助资金")
    assert (text[cell.start:cell.end], cell.unit) == ("96.5", "万元")


def test_a_unit_line_under_no_form_title_is_no_unit_of_the_table():
    _, table = _table(FORM.replace("某县2025年农村义务教育营养改善计划资金分配明细表", "各乡镇补助资金列示如下"))
    assert table.caption == ""
    cell = next(c for c in table.rows[0].cells if c.column == "补助资金")
    assert cell.unit == ""
