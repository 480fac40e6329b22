"""The share of a table's rows that one of its word columns sets apart, of the table's total row.

Recruitment, enrolment and allocation tables list one row per post, class or item with word columns saying
of which kind each is (`代码 | 学段 | 学科 | 人数`, a 学段 of 小学 on several rows) and close on a total row
(`合计`). Asked for a kind's share of the whole (`初中岗位占招聘总数多少`), the answer is the sum of the rows of that
kind in the column asked ÷ the total row's cell of that column: the kind is the one cell value of one word
column the question names, on two rows or more, not on every row; the column is the one amount column the
question names (the table's one amount column when it names none). Every row added and the total row are
cited and both steps shown. A question naming two kinds, or a table without one total row, is left to others.
"""
from __future__ import annotations

from dataclasses import replace

from figures.compute import Computation, ComputeError, Operand, share, summed, total
from figures.tablequery import is_total, key
from ingest.models import Cell, Row, Table
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.rowproduct import count_operand
from server.answer.rowquotient import rows_drafted
from server.answer.tables import named_row
from server.answer.text import flat
from server.calc import overlap
from server.retrieve import Hit

MIN_VALUE_CHARS = 2  # a kind shorter than this is too likely a chance match in the question
NAME_RUN_MIN = 2  # characters a column's name and the question must share in one run
MIN_KIND_ROWS = 2  # rows a kind must hold: one row's share is an item's (server/answer/rowquotient.py)
_RATE_UNITS = ("%", "百分点")


class GroupShare:
    """Handler: the rows of the kind asked, summed in the column asked, ÷ the total row's cell (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.operation != "share" or query.asked.compliance or len(query.asks) > 1:
            return None
        q = flat(query.norm)
        answers: list[tuple[Hit, Table, list[Row], Computation]] = []
        part, whole = flat(query.asked.part or ""), flat(query.asked.whole or "")
        for hit, table in ask.row_tables():
            found = _group_share(table, q, part, whole)
            if found is not None:
                answers.append((hit, table, *found))
        if len(answers) != 1:
            return None
        return rows_drafted(ask, *answers[0])


def _kind_rows(table: Table, items: list[Row], q: str) -> tuple[str, list[Row]] | None:
    """(kind, its rows) of the one word cell value the question names, on MIN_KIND_ROWS rows but not all."""
    found: dict[tuple[str, str], list[Row]] = {}
    for row in items:
        for cell in row.cells:
            value = key(cell.text)
            if len(value) >= MIN_VALUE_CHARS and value in q and not any(ch.isdigit() for ch in value):
                found.setdefault((cell.column, value), []).append(row)
    kinds = [(value, rows) for (_, value), rows in found.items() if MIN_KIND_ROWS <= len(rows) < len(items)]
    return kinds[0] if len(kinds) == 1 else None


def _amount_column(table: Table, whole: Row, q: str) -> Cell | None:
    """The total row's cell of the one amount column the question names best (the one amount column when the
    table has no other)."""
    cells = [c for c in whole.cells if (o := count_operand(table, whole, c)) is not None
             and o.unit not in _RATE_UNITS]
    runs = [overlap(key(c.column), q) for c in cells]
    named = [c for c, run in zip(cells, runs) if run >= NAME_RUN_MIN and run == max(runs)]
    chosen = named if named else cells if len(cells) == 1 else []
    return chosen[0] if len(chosen) == 1 else None


def _group_share(table: Table, q: str, part: str = "", of: str = "") -> tuple[list[Row], Computation] | None:
    """The kind's rows summed ÷ the total row's cell; a row the `part` asked names, of the kind the whole asked
    (`of`) names, over its kind's rows."""
    totals = [r for r in table.rows if is_total(key(row_label(table, r)))]
    items = [r for r in table.rows if r not in totals]
    kind = _kind_rows(table, items, q)
    if len(totals) != 1 or kind is None:
        return None
    value, rows = kind
    whole_cell = _amount_column(table, totals[0], q)
    if whole_cell is None:
        return None
    column = whole_cell.column
    own = named_row(table, part) if part and value in of and value not in part else None
    if own is not None:
        return _of_kind(table, own, rows, value, column) if own in rows else None
    parts: list[Operand] = []
    for row in rows:
        cell = row.cell(column)
        o = count_operand(table, row, cell) if cell is not None else None
        if o is None:
            return None
        parts.append(o)
    whole = count_operand(table, totals[0], whole_cell)
    if whole is None:
        return None
    try:
        added = total(parts, label=f"{value} {key(column)}")
        result = share(summed(parts), whole, label=f"{value} {key(column)}占合计比例")
    except ComputeError:
        return None
    if not 0 < result.value < 100:
        return None
    # both steps shown, every added cell and the total cited as inputs
    result = replace(result, formula=f"{added.formula}；{result.formula}", inputs=[*added.inputs, whole.to_input()])
    return [*rows, totals[0]], result


def _of_kind(table: Table, own: Row, rows: list[Row], kind: str, column: str) -> tuple[list[Row], Computation] | None:
    """A row's share of the rows of its kind (`A校…占本学段计划的比例`: the part names the row, the whole the
    kind): its cell ÷ the kind's rows summed in the column asked, not ÷ the table's total, which holds other kinds."""
    parts = [o for row in rows if (cell := row.cell(column)) is not None
             and (o := count_operand(table, row, cell)) is not None]
    if len(parts) != len(rows):
        return None
    mine = next(o for row, o in zip(rows, parts) if row is own)
    try:
        added = total(parts, label=f"{kind} {key(column)}")
        result = share(mine, summed(parts), label=f"{key(row_label(table, own))} {key(column)}占{kind}合计比例")
    except ComputeError:
        return None
    result = replace(result, formula=f"{added.formula}；{result.formula}", inputs=[*added.inputs])
    return [own, *(r for r in rows if r is not own)], result
