"""Rows chosen by a threshold on a column (`…超过了1.5`, `…达到了95%`): the comparator may take 了 before
the number, and a column the question names by its parts on both sides of other words (`乡村学校…标准差`
for 乡村学校标准差) is the one filtered — never a crash of the column-pair reading; and a handler that
fails on an odd question leaves the others to answer, so an answer is never empty."""
from __future__ import annotations

import pytest

from figures.tablequery import key, run
from ingest.models import Table
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import parse

# a monitoring report's table of two school kinds, each with a mean and a spread, as `|` rows
REPORT = """某县义务教育办学条件监测报告
二、监测结果
各项指标城镇、乡村学校均值和标准差见下表。

指标 | 城镇学校均值 | 城镇学校标准差 | 乡村学校均值 | 乡村学校标准差
生均图书（册） | 38.2 | 1.21 | 31.5 | 1.63
生均校舍面积（平方米） | 7.4 | 0.92 | 9.8 | 1.88
百名学生计算机数（台） | 16.3 | 1.47 | 12.1 | 1.35
体育器材达标率（%） | 96.0 | 0.40 | 91.5 | 1.52

三、下一步工作
补齐乡村学校短板。
"""


def _table() -> Table:
    (table,) = find_tables("doc", REPORT, parse_sections(REPORT))
    return table


@pytest.mark.parametrize("question, column, rows", [
    ("乡村学校有哪些指标的标准差超过了1.5？", "乡村学校标准差", ["生均图书", "生均校舍面积", "体育器材达标率"]),
    ("城镇学校标准差超过了1.2的有哪几项指标", "城镇学校标准差", ["生均图书", "百名学生计算机数"]),
    ("城镇学校哪些指标的均值达到了16", "城镇学校均值", ["生均图书", "百名学生计算机数", "体育器材达标率"]),
])
def test_rows_over_a_threshold_written_with_le(question: str, column: str, rows: list[str]):
    table = _table()
    query = parse(table, normalize(question, drop_space=True))
    assert query is not None and query.measure == [column] and query.condition is not None
    result = run(table, query)
    assert [key(c.label).split("（")[0] for c in result.cells] == rows
    assert all(c.column == column for c in result.cells)  # every input cell, each cited by its row
