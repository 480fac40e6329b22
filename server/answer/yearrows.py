"""A change over a span of years read from a table with one row per year (`从2023年到2026年一共压减多少种`).

Reports and notices set an indicator's recent years one row a year (`年度 | 学生数 | 品种 | …`, a plan's year
marked `2026年（计划）`) and leave the change over the span to the reader. Asked how much it fell (rose) from
one year to another, however the question adds `一共`, the answer is the first year's cell − the last year's
(the last's − the first's for a rise) of the one column the question names, in its unit: the stock at the
span's two ends, never their sum (a sum of two years of a stock counts nothing; a sum of a yearly flow would take
every year between). Both rows are cited and the formula shown. No single row for either year, no one column
named, a change the other way than asked, or a second table that fits leaves it to the other handlers.
Asked against one year only (`比2023年增加了几个`), that year is the base and the table's latest year row the
present a report closes its years with, unless that row is marked (a plan's `（计划）`): the present is not planned."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import Computation
from figures.direction import ASKS_FALL
from figures.tablequery import is_total, key
from ingest.models import Row, Table
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.rowchange import counted_as_asked
from server.answer.rowquotient import rows_drafted
from server.answer.rowsgap import column_gap
from server.answer.text import flat
from server.calc import YEAR_ROW

# the one year named as the base of a change asked (`比2023年增加了几个`, `较2022年少了多少`)
_BASE_YEAR = re.compile(r"[比较]\s*(20\d\d)\s*年?度?[^，,？?]{0,12}?"
                        r"(?:增加|减少|增长|下降|多|少|提高|降低)了?(?:多少|几)")


class YearRowsChange:
    """Handler: one column's cell of the span's first year row against its last year row's (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = flat(query.norm)
        base = _BASE_YEAR.search(q) if len(set(query.years)) == 1 else None
        if (query.operation != "change" and base is None) or len(query.asks) > 1 or query.asked.compliance \
                or len(set(query.years)) != 2 and base is None:
            return None
        first, last = sorted(set(query.years)) if base is None else (base.group(1), "")
        falls = bool(ASKS_FALL.search(q))
        answers = []
        for hit, table in ask.row_tables():
            start, end = _year_row(table, first), _year_row(table, last) if last else _latest_row(table)
            if start is None or end is None or start is end:
                continue
            # the later row against the earlier: how much less (more) it has is the fall (rise) over the span
            found = column_gap(table, end, start, q, query.units, falls)
            if found is not None:
                answers.append((hit, table, [start, end], _over_span(found, query.units)))
        if len(answers) != 1:
            return None
        return rows_drafted(ask, *answers[0])


def _over_span(result: Computation, units: tuple[str, ...]) -> Computation:
    """The change in the counter asked when the cells write none, without the later year's ratio to the earlier
    that a comparison of two things adds (its sign is the other way round than a fall over time)."""
    unit = next((u for u in units if u not in ("%", "百分点")), "")
    counted = counted_as_asked(result, unit)
    return replace(counted, formula=counted.formula.split("（")[0].rstrip(), related=[])


def _latest_row(table: Table) -> Row | None:
    """The row of the table's latest year when its label is the bare year (`2025年`, not `2026年（计划）`)."""
    years = [(m.group(1), row) for row in table.rows if (m := YEAR_ROW.match(label := key(row_label(table, row))))
             and not is_total(label)]
    if not years:
        return None
    year, row = max(years, key=lambda pair: pair[0])
    return row if re.fullmatch(r"20\d\d\s*年?度?", row_label(table, row).strip()) else None


def _year_row(table: Table, year: str) -> Row | None:
    """The one row (not a total) whose label opens with the year (`2026年（计划）`)."""
    rows = [row for row in table.rows if (m := YEAR_ROW.match(label := key(row_label(table, row))))
            and m.group(1) == year and not is_total(label)]
    return rows[0] if len(rows) == 1 else None
