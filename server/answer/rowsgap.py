"""The difference between two rows of one table in the column the question names (`A镇教师比B镇多几人`).

Tables of a plan's or a report's present state list one row per stage, school or town under the same columns
(`乡镇 | 学校数 | 教师数 | 达标率`) and leave the gap between two rows to the reader. Asked how much more one
row has than another (`A比B多多少`, `A比B少几所`), the answer is A's cell − B's (B's − A's asked as 少) of the one
amount column the question's words name best, in the unit asked; both rows are cited and the formula shown.
A question naming no two rows of one table, no one best column, or a second table that fits leaves it to the
other handlers (server/answer/comparison.py: figures stated apart in prose)."""
from __future__ import annotations

import re

from figures.compute import Computation, ComputeError, Operand, compare
from figures.tablequery import is_total, key
from ingest.models import Row, Table
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.comparison import asked_sides
from server.answer.draft import Draft
from server.answer.rowproduct import count_operand
from server.answer.rowquotient import rows_drafted
from server.answer.tables import MIN_LABEL_CHARS
from server.answer.text import flat
from server.calc import in_written_counter, overlap
from server.retrieve import Hit

NAME_RUN_MIN = 2  # characters a column's name and the question must share in one run
# two rows asked apart by 和 with no direction (`A和B的X差多少`, `A与B相差几个百分点`)
_PAIR_GAP = re.compile(r"(?P<a>[^，,。？?和与跟同]{2,})(?:和|与|跟|同)(?P<b>[^，,。？?和与跟同的]{2,})的?[^，,。？?]*?"
                       r"(?:相差|差距|差)(?:是|有)?(?:多少|几)")
_RATE_UNITS = ("%", "百分点")


class RowsGap:
    """Handler: one column's cell of one named row − the same column's cell of another (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        # (`A和B相差几个百分点` is read as no operation: its 差 asks the gap all the same)
        sides = asked_sides(flat(query.norm))
        paired = _PAIR_GAP.search(flat(query.norm)) if sides is None else None
        if query.operation not in ("difference", "" if paired else "difference") or len(query.asks) > 1 \
                or query.asked.compliance:
            return None
        if paired is not None:  # no direction asked: the larger less the smaller
            sides = (paired.group("a"), paired.group("b"), False, False)
        if sides is None or sides[3]:
            return None
        a_side, b_side, falls = sides[0], sides[1], sides[2]
        answers: list[tuple[Hit, Table, list[Row], Computation]] = []
        for hit, table in ask.row_tables():
            rows = [side_row(table, a_side), side_row(table, b_side)]
            if rows[0] is None or rows[1] is None or rows[0] is rows[1]:
                continue
            found = column_gap(table, rows[0], rows[1], flat(query.norm), query.units, falls)
            if found is None and paired is not None:
                found = column_gap(table, rows[0], rows[1], flat(query.norm), query.units, True)
            if found is not None:
                answers.append((hit, table, [rows[0], rows[1]], found))
        if len(answers) != 1:
            return None
        return rows_drafted(ask, *answers[0])


def side_row(table: Table, side: str) -> Row | None:
    """The one row (not a total) whose label the side of the question names; of labels one within another
    (`高中`, `普通高中`), the longest."""
    named = [(len(label), row) for row in table.rows
             if len(label := key(row_label(table, row))) >= MIN_LABEL_CHARS and label in side
             and not is_total(label)]
    longest = [row for n, row in named if n == max((n for n, _ in named), default=0)]
    return longest[0] if len(longest) == 1 else None


def column_gap(table: Table, a: Row, b: Row, q: str, units: tuple[str, ...], falls: bool) -> Computation | None:
    """A's cell − B's (B's − A's when the question asks how much less) of the one column the question names
    best among those holding an amount in the unit asked (a rate asked in 百分点: the rate columns)."""
    rate = "百分点" in units and "%" in units and not any(u for u in units if u not in _RATE_UNITS)
    pairs: list[tuple[int, str, Operand, Operand]] = []
    for column in table.columns:
        if column in key_columns(table):
            continue
        # (a bare count in a column naming what it counts, `达标人数`, in the unit its header gives: 人)
        x, y = (count_operand(table, r, cell) if (cell := r.cell(column)) is not None else None for r in (a, b))
        if x is None or y is None or x.unit != y.unit or (x.unit in _RATE_UNITS) != rate:
            continue
        if units and not rate and x.unit and x.unit not in units:
            continue
        if (run := overlap(key(column), q)) >= NAME_RUN_MIN:
            pairs.append((run, column, x, y))
    best = [p for p in pairs if p[0] == max((p[0] for p in pairs), default=0)]
    if len(best) != 1:
        return None
    _, column, x, y = best[0]
    first, second = (y, x) if falls else (x, y)
    try:
        result = in_written_counter(compare(first, second, label=f"{x.label} 比 {y.label}{'少' if falls else '多'}"),
                                    first, second)
    except ComputeError:
        return None
    return result if result.value > 0 else None  # the other way round than asked: not this handler's to say

