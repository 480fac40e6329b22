"""A sum of cells of one table row, each named by its column (`某园保教费加伙食费一共多少`).

Fee, budget and staffing tables give a row's parts in columns of one unit side by side (保育教育费 | 住宿费, 基本支出 |
项目支出) and leave their sum to the reader when they state no total column. Asked for two or more of them added
(`A加B一共`, `A和B合计`), the answer is the sum of the row's cells of the columns named, every one cited and the
formula shown; the row is the one the question names, or the table's total row when it names none (the columns'
totals added: `A和B加起来多少个` of a table closing with 合计). Columns of unlike units, a second row or table that
fits, or a named column that is the row's own total leave it to the other handlers."""
from __future__ import annotations

from figures.compute import Computation, ComputeError, total
from figures.tablequery import key, total_column
from ingest.models import Row, Table
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.namedcell import named_row, total_row_asked
from server.answer.rowrest import one_row_computed
from server.answer.tables import most_named
from server.answer.text import flat
from server.calc import cell_operand

MIN_PARTS = 2


class RowSum:
    """Handler: Σ of the cells of the columns the question names, of the one row it names (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.operation != "sum" or len(query.asks) > 1:
            return None
        q = flat(query.norm)
        # (no row named: the columns' totals, the total row's cells — `A和B加起来` of a table's whole)
        return one_row_computed(ask, lambda table: named_row(table, q) or total_row_asked(table, q),
                                lambda table, row: row_sum(table, row, q))


def row_sum(table: Table, row: Row, q: str) -> Computation | None:
    """The sum of the row's cells whose columns the question names (two or more, none the table's total
    column), all of one unit; None otherwise."""
    whole = total_column(table)
    cells = [c for c in row.cells if c.column not in key_columns(table) and c.column != whole]
    named = set(most_named([key(c.column) for c in cells], q))
    label = key(row_label(table, row))
    operands = [o for c in cells if key(c.column) in named and (o := cell_operand(c, table, row, label)) is not None]
    if len(operands) < MIN_PARTS or len(operands) < len(named):
        return None  # (a column named holds no number in this row: `不住宿`)
    try:
        return total(operands, label=f"{label} {' + '.join(key(c.column) for c in cells if key(c.column) in named)}")
    except ComputeError:
        return None
