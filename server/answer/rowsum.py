"""A sum of cells of one table row, each named by its column (`某园保教费加伙食费一共多少`).

Fee, budget and staffing tables give a row's parts in columns of one unit side by side (保育教育费 | 住宿费, 基本支出 |
项目支出) and leave their sum to the reader when they state no total column. Asked for two or more of them added
(`A加B一共`, `A和B合计`), the answer is the sum of the row's cells of the columns named, every one cited and the
formula shown; the row is the one the question names, or the table's total row when it names none (the columns'
totals added: `A和B加起来多少个` of a table closing with 合计). A total asked naming no column (`总共多少个`) of a
table whose count columns in the counter asked are groups of one thing (`甲组（个） | 乙组（个）`: names, not counts of
different nouns — 学校数, 班级数 — ending alike) is the total row's cells of those columns added. Columns of unlike
units, a second row or table that fits, or a named column that is the row's own total leave it to the other handlers;
so does a question asking each one's total (`A、B一共各多少`). What a row spent in all (`总共花掉多少`) of an account
table (收入 | expense columns | 结余) is its expense columns added — never its income — when income − balance is
their sum."""
from __future__ import annotations

import re

from figures.compute import Computation, ComputeError, total
from figures.tablequery import is_total, key, total_column
from ingest.models import Row, Table
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.namedcell import named_row, total_row_asked
from server.answer.rowrest import one_row_computed
from server.answer.tables import most_named
from server.answer.text import flat
from server.calc import cell_operand
from server.lexicon import asks_spent

MIN_PARTS = 2
# each asked (`A、B、C合计各有几名`): every column's own total, not the columns added
_EACH_ASKED = re.compile(r"(?:各|分别)(?:是|有|为)?(?:多少|几)")


class RowSum:
    """Handler: Σ of the cells of the columns the question names, of the one row it names (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = flat(query.norm)
        if query.operation != "sum" or len(query.asks) > 1 or _EACH_ASKED.search(q):
            return None
        # (no row named: the columns' totals, the total row's cells — `A和B加起来` of a table's whole)
        return one_row_computed(ask, lambda table: named_row(table, q) or total_row_asked(table, q),
                                lambda table, row: row_sum(table, row, q) or outlay_sum(table, row, q)
                                or groups_sum(table, row, q, query.units))


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


_INCOME = re.compile(r"收入|收款|收取")
_BALANCE = re.compile(r"结余|余额|节余|结存")
CENT = 0.005  # an account's cells to the cent of their unit: income − balance meets the expenses' sum


def outlay_sum(table: Table, row: Row, q: str) -> Computation | None:
    """The row's expense cells added: its money columns besides the one income and the one balance column,
    when income − balance equals their sum (the table's account holds); None otherwise."""
    if not asks_spent(q):  # money paid out (server/lexicon/spending_verbs.tsv), not received
        return None
    label = key(row_label(table, row))
    money = [(c, o) for c in row.cells if c.column not in key_columns(table)
             and (o := cell_operand(c, table, row, label)) is not None and o.unit.endswith("元")]
    income = [(c, o) for c, o in money if _INCOME.search(key(c.column))]
    balance = [(c, o) for c, o in money if _BALANCE.search(key(c.column))]
    spent = [(c, o) for c, o in money if (c, o) not in income + balance]
    if len(income) != 1 or len(balance) != 1 or not spent or any(is_total(key(c.column)) for c, _ in spent):
        return None
    try:
        result = total([o for _, o in spent], label=f"{label} {' + '.join(key(c.column) for c, _ in spent)}")
    except ComputeError:
        return None
    left = (income[0][1].value - balance[0][1].value) / income[0][1].scale
    return result if abs(left - result.value) < CENT else None


_COUNT_NAME = ("数", "量", "额", "率", "比")  # a header naming what it counts, not a group counted


def groups_sum(table: Table, row: Row, q: str, units: tuple[str, ...]) -> Computation | None:
    """The total row's cells of every column in the counter asked, the question naming none of them, when those
    columns name groups of one thing (module doc); None otherwise."""
    label = key(row_label(table, row))
    cells = [c for c in row.cells if c.column not in key_columns(table) and table.units.get(c.column) in units]
    keys = [key(c.column) for c in cells]
    if not is_total(label) or len(cells) < MIN_PARTS or any(k in q for k in keys) or total_column(table) \
            or any(k.endswith(_COUNT_NAME) for k in keys) or len({k[-1:] for k in keys}) != 1:
        return None
    operands = [o for c in cells if (o := cell_operand(c, table, row, label)) is not None]
    if len(operands) < len(cells):
        return None
    try:
        return total(operands, label=f"{label} {' + '.join(keys)}")
    except ComputeError:
        return None
