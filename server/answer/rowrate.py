"""A rate of the table row asked that its table leaves to compute, from two count columns of that row.

Work-tracking tables count, per town or per indicator, a whole beside the part of it done (`受理数 | 办结数`,
`年度目标数 | 已完成数`) and state the rate of some rows in prose only, or of none. Asked the rate of one row
(`某街道的办结率`, `某项工程全年目标完成了几成`), it is the row's part ÷ its whole: the columns a rate's
definition names (figures/lexicon/defined_rates.tsv: 办结率 = 办结 ÷ 受理), or for a completion the column of
what was done (完成) over the column of its target (指标, 目标, 计划, 任务), or asked of an amount
(`经费完成了几成`) over that amount's whole (`总经费`, `计划经费`). A table stating the rate in a
column is left to the lookups; two columns fitting either word, or a part above its whole, give no figure.
"""
from __future__ import annotations

import re

from figures.compute import Computation, ComputeError, share
from figures.tablequery import key
from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.derived import defined_rates
from server.answer.draft import Draft
from server.answer.namedcell import named_row
from server.answer.rowrest import asked_row, one_row_computed
from server.answer.text import flat
from server.calc import cell_operand
from server.operation import ASKS_COMPLETION

_TARGET_WORDS = ("指标", "目标", "计划", "任务")  # the column of a completion's whole (年度目标数, 计划数)
_DONE_WORD = "完成"
# the share of an amount done asked by its noun (`投资完成了几成`, `经费完成了多少`): done ÷ the column of
# that noun's whole (`已完成投资` ÷ `总投资`), as a project progress table sets them side by side
_NOUN_DONE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2})完成(?:了)?(?:百分之|多少|几成)")
_NOUN_WHOLES = ("总{}", "{}总额", "计划{}")
MIN_NAME_CHARS = 4  # a cell of words naming a row in a question: a name, not a one-word category
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")


class RowRate:
    """Handler: part ÷ whole of the row the question names, by the rate's definition (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.asked.compliance or len(query.asks) > 1:
            return None
        q = flat(query.norm)
        defined = next((r for r in defined_rates() if r[0] in q), None)
        parts: tuple[str, ...]
        wholes: tuple[str, ...]
        if defined is not None:
            rate, parts, wholes = defined[0], (defined[1],), (defined[2],)
        elif ASKS_COMPLETION.search(query.norm):
            rate, parts, wholes = "完成率", (_DONE_WORD,), _TARGET_WORDS
        elif (done := _NOUN_DONE.search(q)) is not None:
            noun = done.group("noun")
            rate, parts, wholes = f"{noun}完成率", (_DONE_WORD,), tuple(w.format(noun) for w in _NOUN_WHOLES)
        else:
            return None
        # naming no row, the rate of the area the table's total row counts (合计)
        return one_row_computed(ask, lambda table: named_row(table, q) or _row_by_words(table, q)
                                or asked_row(table, q),
                                lambda table, row: _row_rate(table, row, rate, parts, wholes, ask, q))


def _row_by_words(table: Table, q: str) -> Row | None:
    """The one row a cell of words names in the question, when its label is shared by other rows (a
    self-evaluation table's 一级指标 label over its 二级指标 cells `改造旱厕（座）`)."""
    named = [row for row in table.rows if any(_names(key(c.text), q) for c in row.cells)]
    return named[0] if len(named) == 1 else None


def _names(text: str, q: str) -> bool:
    return len(text) >= MIN_NAME_CHARS and not re.search(r"\d", text) and text in q


def _row_rate(table: Table, row: Row, rate: str, parts: tuple[str, ...],
              wholes: tuple[str, ...], ask: Ask, q: str) -> Computation | None:
    """The row's part ÷ whole, each the one data column naming its word (the whole's naming no part word),
    labelled by the row's name as the question writes it (its label, else its cell of words asked)."""
    if any(key(c).endswith(rate[-2:]) for c in table.columns) or _said_in_prose(ask, table, row, rate):
        return None  # the table or its prose states the rate: a lookup reads it
    keys = key_columns(table)
    label = key(row_label(table, row))
    label = label if label in q else next((text for c in row.cells if _names(text := key(c.text), q)), label)
    cells = [c for c in row.cells if c.column not in keys and cell_operand(c) is not None]  # counts, not names
    part = [c for c in cells if any(w in key(c.column) for w in parts)]
    whole = [c for c in cells if any(w in key(c.column) for w in wholes)
             and not any(w in key(c.column) for w in parts)]
    if len(part) != 1 or len(whole) != 1:
        return None
    p, w = cell_operand(part[0], table, row, label), cell_operand(whole[0], table, row, label)
    if p is None or w is None or p.unit == "%" or w.unit == "%" or w.value <= 0:
        return None
    if p.value > w.value and not rate.endswith("完成率"):  # (a completion may exceed its target; a rate's part may not)
        return None
    try:
        return share(p, w, label=f"{label} {rate}（{key(part[0].column)} ÷ {key(whole[0].column)}）")
    except ComputeError:
        return None


def _said_in_prose(ask: Ask, table: Table, row: Row, rate: str) -> bool:
    """Whether a sentence outside the table states the row's rate (`某街道办结率87.5%`)."""
    doc = ask.reader.documents[table.doc_id]
    label = key(row_label(table, row))
    prose = normalize(doc.text[:table.start] + "。" + doc.text[table.end:], drop_space=True)
    return any(label in s and re.search(rf"{rate}[^，,；;。\d]{{0,6}}\d", s) for s in _SENTENCE.findall(prose))

