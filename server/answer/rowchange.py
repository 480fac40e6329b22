"""A change between two columns of one table row (`到2035年小学比现在少多少所`), the row the question names or, naming
none, the table's total row: the area's own.

Plan tables set each place's present count beside what it is to be in the plan's last year (`现有学校 | … | 2035年
学校数`) and leave the change to the reader. The pair of columns is server/calc.table_change's, of a row stating the
present in a column of its own (a base and a target, the present and the one year asked, or the present and
the level planned for a year under the same noun: `X | N年计划X`); the row is cited and
the formula shown, in the counter asked when the cells write none. A second table that fits leaves it to the other
handlers."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import Computation
from ingest.models import Row, Table
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.rowrest import asked_row, one_row_computed
from server.answer.text import flat
from server.calc import BASE_COLUMN, planned_beside_present, table_change
from server.query import Query

_RATE_UNITS = ("%", "百分点")
_LAST_YEAR = re.compile(r"[比较]去年|[比较]上年|[比较]上一年")  # the year before the one asked, as the base
_RESULT = re.compile(r"= \S+ ")  # the formula's result, its unit after it


class RowChange:
    """Handler: the change between two columns of the row asked, or of the total row (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        # (a change asked by its verb, `比去年增加多少`, only between the two years it names: _years_asked)
        if query.operation not in ("difference", "change") or len(query.asks) > 1 or query.asked.compliance:
            return None
        q = flat(query.norm)
        unit = next((u for u in query.units if u not in _RATE_UNITS), "")
        return one_row_computed(ask, lambda table: asked_row(table, q),
                                lambda table, row: _change(query, table, row, unit))


def _change(query: Query, table: Table, row: Row, unit: str) -> Computation | None:
    """The row's change from its present column, in the counter asked; None when the row states no present."""
    present = query.operation == "difference" and _from_present(row)
    result = table_change(query, table, row) if present or _years_asked(query, row) else None
    return None if result is None else counted_as_asked(result, unit)


def _from_present(row: Row) -> bool:
    """The row states the present level in a column of its own (`现有学校`) beside one year's at most (`2035年学校
    数`): a change asked from now is the row's. A table of years (`2021年基期值 | 2026年目标值 | 2026年实际值`) leaves
    which two to compare to the words around it, another plan's target among them (server/answer/comparison.py)."""
    return (sum(bool(BASE_COLUMN.search(c.column)) for c in row.cells) == 1
            or planned_beside_present(row) is not None) and sum(c.column[:4].isdigit() for c in row.cells) <= 1


def _years_asked(query: Query, row: Row) -> bool:
    """The question names two years the row has a column of each (`今年较去年增加多少` of a notice's `N年人数 |
    N+1年预估`, 今年 its own year): the change between those two columns."""
    years = set(query.years)
    if len(years) == 1 and _LAST_YEAR.search(query.norm):  # compared with the year before the one asked
        years.add(str(int(next(iter(years))) - 1))
    return len({y for c in row.cells if c.column[:4].isdigit() for y in years if c.column.startswith(y)}) >= 2


def counted_as_asked(result: Computation, unit: str) -> Computation:
    """The change in the counter asked (`少几所`: 所) when the cells it is of write no unit."""
    if result.unit or not unit:
        return result
    return replace(result, unit=unit, formula=_RESULT.sub(rf"\g<0>{unit}", result.formula, count=1).rstrip())
