"""The unit of a table's bare count columns that break another column's count into parts.

Statistics tables put a row's count first, its unit in the header (`参评人数`, `申报数（所）`), and then its
parts side by side with no unit at all (`优秀 | 合格 | 不合格`, `校内 | 跨校 | 调剂`): each part counts the same
things as the whole, so it is read in the whole's unit (人, 所). A column is a part only when a run of adjacent
bare columns including it adds up to the whole in every row of the table — a column merely next to a count
(an average score, a rank) never sums with its neighbours, and keeps no unit. Parts that leave some of the whole
unplaced (`应到人数 | 甲方式 | 乙方式 | 丙方式 | 到位率`) add up to less, but the table states their
share of the whole in every row: a run (one column too: `申报人数 | 评审通过 | 通过率`) whose sum over the whole
is the row's rate cell (to the rate's written precision) is a part of that whole too. A header opening with 其中
(`评定人数 | 其中女性`) says itself that it counts a part of the column before it: read in that column's unit.
"""
from __future__ import annotations

import re

from figures.numbers import canonical_unit
from figures.tablequery import key
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from server.answer.askedcolumn import count_unit, header_unit
from server.calc import cell_operand

PART_OF = "其中"  # a header opening so counts a part of the column before it
TOLERANCE = 1e-9  # whole counts add up exactly; floats only round
MIN_ROWS = 2  # one row adding up may be chance; every row of two or more is a breakdown


def whole_of_part(table: Table, column: str) -> str:
    """The column a 其中 column is a part of (the one before it: `托育机构 | 其中已取得资质`), else ''."""
    at = table.columns.index(column) if column in table.columns else 0
    return table.columns[at - 1] if at > 0 and key(column).startswith(PART_OF) else ""


def row_numbers(row: Row) -> dict[str, float]:
    """The row's numeric cells by column."""
    return {c.column: o.value for c in row.cells if (o := cell_operand(c)) is not None}


def _row_rates(row: Row) -> list[tuple[float, float]]:
    """The row's percentage cells as (value, half a unit of their last written decimal): the precision a sum's
    share must meet to be the rate written."""
    rates = []
    for c in row.cells:
        o = cell_operand(c)
        if o is not None and o.unit == "%":
            written = normalize(c.text).strip().rstrip("%")
            places = len(written.split(".")[1]) if "." in written else 0
            rates.append((o.value, 0.5 * 10 ** -places + TOLERANCE))
    return rates


def _sums_to(n: dict[str, float], run: list[str], whole: str, rates: list[tuple[float, float]], bare: bool) -> bool:
    """The run adds up to the whole, or, a run of bare columns, to the part of it whose share a rate cell of the
    row states (a column with a unit of its own, 万元 or %, beside the part would pass any rate's rounding)."""
    total = sum(n[c] for c in run)
    if len(run) >= 2 and abs(total - n[whole]) <= TOLERANCE:
        return True  # (one column equal to another in every row is no breakdown of it)
    return bare and n[whole] > 0 and any(abs(total / n[whole] * 100 - rate) <= half for rate, half in rates)


def wholes_of(table: Table, part: str, rows: list[Row] | None = None) -> list[str]:
    """The columns that a run of adjacent columns including `part` (two or more) adds up to, or whose share a
    rate cell states (one or more), in every row of `rows` (all the table's rows by default) holding numbers in
    each of them."""
    chosen = [r for r in (table.rows if rows is None else rows) if part in row_numbers(r)]
    numbers = [row_numbers(r) for r in chosen]
    rates = [_row_rates(r) for r in chosen]
    if len(numbers) < MIN_ROWS:
        return []
    numeric = [c for c in table.columns if all(c in n for n in numbers)]
    wholes = []
    for whole in numeric:
        others = [c for c in numeric if c != whole]
        if part not in others:
            continue
        at = others.index(part)
        runs = [others[i:j] for i in range(at + 1) for j in range(max(at + 1, i + 1), len(others) + 1)]
        if any(all(_sums_to(n, run, whole, r, not any(map(header_unit, run))) for n, r in zip(numbers, rates))
               for run in runs):
            wholes.append(whole)
    return wholes


# a header naming a score (`平均得分`, `总分`, `考核分数`): its bare numbers are points; not a rate of it (`得分率`)
_SCORE_HEADER = re.compile(r"(?:得分|总分|平均分|分数|评分|分值)$")


def score_header_unit(header: str) -> str:
    """分 for a column whose header names a score, shown as points (`93.6分`); '' for any other column."""
    return "分" if _SCORE_HEADER.search(key(header)) else ""


def _own_unit(cell: Cell) -> str:
    """A cell's unit as written or as its header counts it: 人 of `参评人数`, and of `受检学生数` the counter of the
    noun it counts, people in 人 (the canonical counter, as the question asks 多少人)."""
    return normalize(cell.unit) or header_unit(cell.column) or canonical_unit(count_unit(cell.column))


def part_unit(table: Table, cell: Cell) -> str:
    """The unit of a bare whole number in a column that is part of another column's count (module doc): the unit
    of that column's cell in the cell's own row (a row's own unit note may give it alone one), when it is the
    only such whole; '' otherwise."""
    q = cell_operand(cell)
    if q is None or q.unit or _own_unit(cell) or q.value != int(q.value) or "." in cell.text:
        return ""
    row = next((r for r in table.rows if any(c.start == cell.start and c.column == cell.column for c in r.cells)),
               None)
    if row is None:
        return ""
    if key(cell.column).startswith(PART_OF) and cell.column in table.columns \
            and (at := table.columns.index(cell.column)) > 0:
        # a 其中 column (`评定人数 | 其中女校长`) says by its header that it counts a part of the column before it:
        # that column's unit, as the header states (no sum of a run need show it)
        return next((_own_unit(c) for c in row.cells if c.column == table.columns[at - 1]), "")
    wholes = wholes_of(table, cell.column)
    if len(wholes) != 1:
        return ""
    return next((_own_unit(c) for c in row.cells if c.column == wholes[0]), "")
