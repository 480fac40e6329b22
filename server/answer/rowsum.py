"""A sum of cells of one table row, each named by its column (`某园保教费加伙食费一共多少`).

Fee, budget and staffing tables give a row's parts in columns of one unit side by side (保育教育费 | 住宿费, 基本支出 |
项目支出) and leave their sum to the reader when they state no total column. Asked for two or more of them added
(`A加B一共`, `A和B合计`), the answer is the sum of the row's cells of the columns named, every one cited and the
formula shown; the row is the one the question names. Columns of unlike units, a second row or table that fits, or
a named column that is the row's own total leave it to the other handlers."""
from __future__ import annotations

from figures.compute import Computation, ComputeError, total
from figures.tablequery import key, total_column
from ingest.models import Row, Table
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Draft, table_of
from server.answer.namedcell import named_row
from server.answer.rowrest import row_computed
from server.answer.tables import most_named
from server.answer.text import flat
from server.calc import cell_operand
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose tables are read
MIN_PARTS = 2


class RowSum:
    """Handler: Σ of the cells of the columns the question names, of the one row it names (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.operation != "sum" or len(query.asks) > 1:
            return None
        q = flat(query.norm)
        read: set[str] = set()
        answers: list[tuple[Hit, Table, Row, Computation]] = []
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            table = table_of(ask.reader.documents[hit.chunk.doc_id], hit.chunk)
            if table is None or hit.chunk.row_index is None or table.table_id in read:
                continue
            read.add(table.table_id)
            row = named_row(table, q)
            chunk = None if row is None else ask.reader.row_chunk(table, row.index)
            result = None if row is None or chunk is None else row_sum(table, row, q)
            if row is not None and chunk is not None and result is not None:
                answers.append((Hit(-1, chunk, hit.score), table, row, result))
        if len(answers) != 1:
            return None
        return row_computed(ask, *answers[0])


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
