"""A small table a report sets in its prose as lines of slash-parted figures under a line of slash-parted words
(`年级：七年级／八年级／合计` then `报名人数（人）：120／98／218`): a table whose columns are the header line's
words and whose rows are the lines, each named by its label and counting in its label's unit — so a figure is
read from the column asked, not the line's first. Documents written here."""
from __future__ import annotations

import pytest

from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.service import Service
from tests.written import service_over

TEXT = """柳塘县教育局关于秋季研学旅行情况的通报
一、总体情况
本学期研学旅行分年级数据如下（每行数字按七年级、八年级、合计排列）：

年级：七年级／八年级／合计
报名人数（人）：1260／1130／2390
实际出行（人）：1214／1087／2301
带队教师（人）：86／79／165

二、下一步工作
各校要总结经验，完善安全预案。
"""


def test_slash_lines_are_a_table_of_the_header_lines_columns() -> None:
    tables = find_tables("liutang", TEXT, parse_sections(TEXT))
    assert len(tables) == 1
    table = tables[0]
    assert table.columns == ["年级", "七年级", "八年级", "合计"]
    assert [r.cells[0].text for r in table.rows] == ["报名人数（人）", "实际出行（人）", "带队教师（人）"]
    teachers = table.rows[2]
    eighth = teachers.cell("八年级")
    assert eighth is not None and (eighth.text, eighth.unit) == ("79", "人")
    assert TEXT[teachers.start:teachers.end] == "带队教师（人）：86／79／165"
    for row in table.rows:
        for cell in row.cells:
            assert TEXT[cell.start:cell.end] == cell.text


@pytest.mark.parametrize("line", ["日期：2026/10/12", "说明：详见附件1／附件2"])
def test_a_lone_slash_line_is_prose(line: str) -> None:
    text = f"柳塘县通知\n{line}\n各校遵照执行。\n"
    assert find_tables("liutang", text, parse_sections(text)) == []


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "slash-lines", {"liutang-notice": TEXT})


def test_the_column_asked_answers_not_the_lines_first_figure(service: Service) -> None:
    response = service.ask("柳塘县八年级带队教师多少人？")
    assert not response.abstained, response.answer
    values = {f.value for f in response.figures}
    assert 79 in values and 86 not in values, response.answer
