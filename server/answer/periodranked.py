"""Which period of a table's row has the most or the least (`哪个季度X最多`, `哪个月Y最少`): the row the question names,
ranked across its columns of periods.

Bulletins tabulate what they counted by indicator row and period column (`事项 | 1月 | 2月 | … | 合计`); a
ranking over rows finds no rows to rank, the periods being the columns. The row is the one the question names
(server/answer/tables.py named_row); its columns naming the period word asked (季度, 月, 学期), the total column left
out, are ranked by their values; a tie for the first place gives no answer here. The period is answered with its
figure and the row's counter (`（起）`), the row cited.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.tablequery import is_total, key
from ingest.models import Cell, Row, Table
from ingest.tables import row_label, unit_of
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.lookup import table_answer
from server.answer.tables import named_row
from server.answer.text import flat
from server.calc import cell_operand
from server.retrieve import Hit

# `哪个季度…最多`, `哪一个月份…最少`: the period word asked, then the superlative
_WHICH_PERIOD = re.compile(r"哪一?个?(?P<period>季度|月份?|学期|年度?)[^，,。？?]{0,16}?"
                           r"(?P<dir>最多|最高|最大|最少|最低|最小)")
_MOST = ("最多", "最高", "最大")
MIN_PERIODS = 2  # period columns a row must have to be ranked
# a row label's closing note of one counter (`隐患（处）`, `事故（起）`): what its cells count in
_COUNTER_NOTE = re.compile(r"[（(]([\u4e00-\u9fff])[)）]\s*$")


class PeriodRanked:
    """Handler: the period column of the named row holding the greatest (or least) value (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        q = flat(ask.query.norm)
        m = _WHICH_PERIOD.search(q)
        if m is None or len(ask.query.asks) > 1:
            return None
        found = [(hit, table, row, cells) for hit, table in ask.row_tables()
                 if (row := named_row(table, q)) is not None
                 and len(cells := _period_cells(row, m.group("period"))) >= MIN_PERIODS]
        if len(found) != 1:
            return None
        _, table, row, cells = found[0]
        values = [(o.value, c) for c in cells if (o := cell_operand(c)) is not None]
        best = (max if m.group("dir") in _MOST else min)(v for v, _ in values)
        first = [c for v, c in values if v == best]
        chunk = ask.reader.row_chunk(table, row.index)
        if len(first) != 1 or len(values) != len(cells) or chunk is None:
            return None
        return _drafted(ask, Hit(-1, chunk, 0.0), table, row, first[0], m.group("dir"))


def _period_cells(row: Row, period: str) -> list[Cell]:
    """The row's cells under a column naming the period word (`一季度`, `3月`), the total column left out."""
    return [c for c in row.cells if period[:1] in key(c.column) and not is_total(key(c.column))
            and any(ch.isdigit() for ch in c.text)]


def _drafted(ask: Ask, hit: Hit, table: Table, row: Row, cell: Cell, superlative: str) -> Draft:
    """The period with its figure in the row's counter, then the row cited with that cell."""
    asked = replace(row, cells=[c for c in row.cells if c is cell or not any(ch.isdigit() for ch in c.text)])
    draft = table_answer(ask.reader, ask.query, hit, table, asked, ask.book, shown=row)
    note = _COUNTER_NOTE.search(row_label(table, row))
    counter = cell.unit or unit_of(row_label(table, row)) or (note.group(1) if note else "")
    return replace(draft, answer=f"{key(cell.column)}{superlative}，{cell.text.strip()}{counter}。{draft.answer}")
