"""A share of a part the prose names over the whole a table's total row states (`乙类学校申报N项` of the 合计 of the
table's 申报 column).

Review and survey notices give the whole in a table closing on a total row (`学段 | 申报（项） | …`, `合计 | M`) and
single out one group in their prose (`其中乡镇学校申报N项`), never stating the share. Asked the group's share of the
whole (`…占所有申报项目的几成`), the answer is the prose amount ÷ the total row's cell of the one column the whole's
noun names, both in the column's counter. The part is the one value of the document's prose amounts outside the
table in that counter that its noun names; a bound (`不低于N%`, `不超过N项`) is a rule, never a part, and a share
stated as a percentage is no count of it. Two values, two tables or two columns leave it to the other handlers.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import Computation, ComputeError, Operand, share
from figures.tablequery import is_total, key, unit_note
from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.computed import in_tenths, share_noun, written_share_nouns
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, named
from server.answer.tablerest import prose_and_total
from server.answer.text import flat
from server.calc import cell_operand

# a scope word before the whole's noun (`所有项目`, `全体学生`): the whole of it, named by the rest
_SCOPE = re.compile(r"^(?:全部|所有|全体|总共|一共)")
_MIN_NOUN = 2  # characters of the whole's noun a column must hold


class TableTotalShare:
    """Handler: a prose part ÷ the total row's cell of the column naming the whole (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.operation != "share" or len(query.asks) > 1:
            return None
        part, whole = (share_noun(n, query) for n in written_share_nouns(query))
        whole = _SCOPE.sub("", whole)
        if len(part) < _MIN_NOUN or len(whole) < _MIN_NOUN:
            return None
        found = [f for _hit, table in ask.row_tables() if (f := _share(ask, table, part, whole)) is not None]
        if len(found) != 1:
            return None
        table, total, stated, result = found[0]
        in_tenths(query, result)
        return prose_and_total(ask, table, total, stated, result, total_first=False)


def _share(ask: Ask, table: Table, part: str, whole: str) -> tuple[Table, Row, Stated, Computation] | None:
    """The part's prose amount ÷ the total row's cell of the one column the whole names, for one table."""
    totals = [r for r in table.rows if is_total(row_label(table, r))]
    if len(totals) != 1:
        return None
    total = totals[0]
    cells = [c for c in total.cells if c.column not in key_columns(table) and whole in key(c.column)]
    if len(cells) != 1:
        return None
    whole_operand: Operand | None = cell_operand(cells[0], table, total, row_label(table, total))
    if whole_operand is not None and not whole_operand.unit:  # a bare number under a header noting its counter
        noted = normalize(unit_note(cells[0].column))
        whole_operand = replace(whole_operand, unit=noted, unit_as_written=noted)
    if whole_operand is None or not whole_operand.unit or whole_operand.unit == "%":
        return None
    amounts = [a for a in document_amounts(ask.reader, table.doc_id)
               if not table.start <= a.quantity.start < table.end and a.quantity.unit == whole_operand.unit
               and a.quantity.qualifier not in ("<=", ">=") and 0 < a.quantity.value < whole_operand.value]
    # (the 的 a question puts between the group and its noun, `乙类学校申报的项目`, documents write as one word)
    parts = named(amounts, flat(normalize(part)).replace("的", ""))
    if len({a.quantity.value for a in parts}) != 1:
        return None
    stated = parts[0]
    try:
        result = share(stated.operand(part), whole_operand, label=f"{part} 占 全部{whole} 比例")
    except ComputeError:
        return None
    return table, total, stated, result
