"""A sum over a table's rows that the question does not name refuses when one row opens with 其中 (a part of
the row above it, with or without a colon): adding both counts the part twice. Tables written here."""
import pytest

from figures.tablequery import TableQuery, TableQueryError, run
from ingest.models import Table
from ingest.structure import parse_sections
from ingest.tables import find_tables

MOVES = """某县学生流动情况
| 项目 | 人数（人） |
| --- | --- |
| 迁入 | 320 |
| 其中省外迁入 | 90 |
| 迁出 | 210 |
"""

KINDS = """某县幼儿园情况
| 类别 | 园数（所） |
| --- | --- |
| 公办园 | 40 |
| 民办园 | 25 |
"""


def _table(text: str) -> Table:
    return find_tables("d", text, parse_sections(text))[0]


def test_a_sum_over_rows_with_a_part_row_is_refused() -> None:
    with pytest.raises(TableQueryError):
        run(_table(MOVES), TableQuery(aggregate="sum", measure=["人数"]))


def test_a_sum_over_rows_of_their_own_is_computed() -> None:
    computation = run(_table(KINDS), TableQuery(aggregate="sum", measure=["园数"])).computation
    assert computation is not None and computation.value == 65
