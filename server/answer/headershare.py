"""A share asked of the whole (`总的X比例`, naming no row) or of one row the question names, whose part a table
splits under a header joined from two rows (`入选作品（件）` over `甲级 | 乙级 | 丙级`) and whose whole is the one
count column before that group in the same counter (`报送作品（件）`): the total row's (or the named row's) cells of the
group summed ÷ its cell of the whole.

Contest, award and review bulletins tabulate those taking part and those placed by grade, close on a total row and
leave the overall rate to the reader; a cap the prose sets on it (`获X人数不超过…的N%`) is a rule, never the rate
reached. The group is the one whose upper header's first two characters the question writes; a table puts its
whole before the parts it splits into. Two rows named, no one total row, a group with a subtotal column of its
own, or no one whole column leave it to the other handlers. A table of a one-row header that totals the group in
a column of its own (`报名队员（名） | 金奖 | 银奖 | 铜奖 | 获奖总数`) gives the share as that column ÷ the whole;
one with no such column (`参赛选手（人） | 一等奖（名） | 二等奖（名）`), asked the share placed (获奖比例), its
grade columns summed ÷ the whole.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import Computation, ComputeError, Operand, share, summed, total
from figures.numbers import canonical_unit
from figures.tablequery import is_total, key
from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.tables import BRACKETED_NOTE, key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.rowrest import row_computed
from server.calc import cell_operand
from server.retrieve import Hit

# a rate asked by its name (`获奖比例`, `获奖率`, `占比`, `百分之几`)
_RATE_ASKED = re.compile(r"比例|比率|占比|百分之几|百分比|率")
_SUBTOTAL = re.compile(r"小计|合计|总计|共计")
_STEM = 2  # characters of a group's upper header the question must write
_MIN_LABEL = 2  # characters of a row's label a question names it by


class HeaderGroupShare:
    """Handler: the total (or named) row's group of sub-columns summed ÷ the whole column before it (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = normalize(query.norm, drop_space=True)
        if "%" not in query.units or query.asked.compliance or query.asked.threshold or len(query.asks) > 1 \
                or query.operation not in ("", "share") or not _RATE_ASKED.search(q):
            return None
        found = [(table, f) for _hit, table in ask.row_tables() if (f := _group_share(table, q)) is not None]
        if len(found) != 1:
            return None
        table, (row, result) = found[0]
        chunk = ask.reader.row_chunk(table, row.index)
        if chunk is None:
            return None
        return row_computed(ask, Hit(-1, chunk, 0.0), table, row, result, prose=False)


def _group_share(table: Table, q: str) -> tuple[Row, Computation] | None:
    """(the row, Σ group ÷ whole) of the one group the question names, or None."""
    labels = [key(row_label(table, r)) for r in table.rows]
    named = [r for r, label in zip(table.rows, labels)
             if len(label) >= _MIN_LABEL and label in q and not is_total(label)]
    rows = named or [r for r, label in zip(table.rows, labels) if is_total(label)]
    if len(rows) != 1:
        return None
    row = rows[0]
    keys = set(key_columns(table))
    groups: dict[str, list[str]] = {}
    for column in table.columns:
        words = normalize(BRACKETED_NOTE.sub("", column)).split()
        if column not in keys and len(words) == 2:
            groups.setdefault(words[0], []).append(column)
    asked = [g for g, columns in groups.items() if len(columns) >= 2 and g[:_STEM] in q]
    if not groups:
        return _total_column_share(table, row, q, keys) or _grade_columns_share(table, row, q, keys)
    if len(asked) != 1 or any(_SUBTOTAL.search(c) for c in groups[asked[0]]):
        return None
    members = groups[asked[0]]
    cells = {c.column: c for c in row.cells}
    found = [cell_operand(cells.get(c), table, row, key(c)) for c in members]
    parts = [p for p in found if p is not None and p.unit]
    if len(parts) != len(found):
        return None
    unit = canonical_unit(parts[0].unit)
    before = table.columns[:table.columns.index(members[0])]
    wholes = [w for c in before if c not in keys and (w := cell_operand(cells.get(c), table, row)) is not None
              and canonical_unit(w.unit) == unit]
    if len(wholes) != 1:
        return None
    result = _summed_share(parts, wholes[0], f"{row_label(table, row)} {asked[0]} 占 {key(wholes[0].label)} 比例")
    return (row, result) if result is not None else None


def _summed_share(parts: list[Operand], whole: Operand, label: str) -> Computation | None:
    """Σ parts ÷ whole, its formula showing each part summed."""
    try:
        result = share(summed(parts), whole, label=label)
    except ComputeError:
        return None
    terms = total(parts).formula.split(" = ")[0]
    result.formula = f"({terms}) ÷ {result.formula.split(' ÷ ', 1)[1]}"
    result.inputs = [p.to_input() for p in parts] + [whole.to_input()]
    return result


# a one-row header's column totalling the group (`获奖总数`, `入选人数`) after its grades (`金奖 | 银奖 | 铜奖`)
_GROUP_TOTAL = re.compile(r"(?:合计|总计|小计|人数|总数)$")


def _total_column_share(table: Table, row: Row, q: str, keys: set[str]) -> tuple[Row, Computation] | None:
    """(the row, its group's total column ÷ the one count column in a unit before it) of a table with a one-row
    header that totals the group the question names in a column of its own (`报名队员（名） | 金奖 | … | 获奖总数`):
    the group's cells before it are bare grades, its whole the counted column; None unless one of each."""
    totals = [c for c in table.columns if c not in keys and len(k := key(c)) > _STEM and k[:_STEM] in q
              and _GROUP_TOTAL.search(k)]
    if len(totals) != 1:
        return None
    cells = {c.column: c for c in row.cells}
    part = cell_operand(cells.get(totals[0]), table, row, key(totals[0]))
    before = table.columns[:table.columns.index(totals[0])]
    wholes = [w for c in before if c not in keys and (w := cell_operand(cells.get(c), table, row)) is not None
              and w.unit]
    if part is None or len(wholes) != 1 or part.unit and canonical_unit(part.unit) != canonical_unit(wholes[0].unit):
        return None
    # (the grades it totals stand between the whole and it, two at least: a count column right after the whole,
    # `筛查人数 | 近视人数`, is a part of the whole, no total of grades)
    whole_at = max(i for i, c in enumerate(before) if c not in keys and (w := cell_operand(cells.get(c), table, row))
                   is not None and w.unit)
    if len(before) - whole_at - 1 < 2:
        return None
    try:  # (a bare total counts what its whole counts: those placed are some of those taking part)
        result = share(replace(part, unit=part.unit or wholes[0].unit), wholes[0],
                       label=f"{row_label(table, row)} {key(totals[0])} 占 {key(wholes[0].label)} 比例")
    except ComputeError:
        return None
    return row, result


# a grade of award written as a column of its own (`一等奖（名）`, `特等奖`), and placing asked (获奖比例, 得奖率)
_GRADE = re.compile(r"^[特一二三四五六]等奖$")
_PLACED_ASKED = re.compile(r"获奖|得奖")


def _grade_columns_share(table: Table, row: Row, q: str, keys: set[str]) -> tuple[Row, Computation] | None:
    """(the row, its grade columns summed ÷ the one count column before them) of a one-row header splitting those
    placed by grade and totalling them nowhere, asked the share placed; None unless two grades at least, side by
    side, in the whole's counter, and one whole."""
    if not _PLACED_ASKED.search(q):
        return None
    columns = [c for c in table.columns if c not in keys]
    grades = [i for i, c in enumerate(columns) if _GRADE.match(key(c))]
    if len(grades) < 2 or grades != list(range(grades[0], grades[-1] + 1)):
        return None
    cells = {c.column: c for c in row.cells}
    parts = [cell_operand(cells.get(columns[i]), table, row, key(columns[i])) for i in grades]
    wholes = [w for c in columns[:grades[0]] if (w := cell_operand(cells.get(c), table, row)) is not None and w.unit]
    if len(wholes) != 1 or any(p is None or canonical_unit(p.unit) != canonical_unit(wholes[0].unit) for p in parts):
        return None
    placed = [p for p in parts if p is not None]
    result = _summed_share(placed, wholes[0], f"{row_label(table, row)} 获奖 占 {key(wholes[0].label)} 比例")
    return (row, result) if result is not None else None
