"""A rate of the table row asked that its table leaves to compute, from two count columns of that row.

Work-tracking tables count, per town or per indicator, a whole beside the part of it done (`受理数 | 办结数`,
`年度目标数 | 已完成数`) and state the rate of some rows in prose only, or of none. Asked the rate of one row
(`某街道的办结率`, `某项工程全年目标完成了几成`), it is the row's part ÷ its whole: the columns a rate's
definition names (figures/lexicon/defined_rates.tsv: 办结率 = 办结 ÷ 受理), or for a completion the column of
what was done (完成) over the column of its target (指标, 目标, 计划, 任务), or asked of an amount
(`经费完成了几成`) over that amount's whole (`总经费`, `计划经费`). A rate named by what its part did
(`参与率`, `达标率`) is, on a table counting each row's whole beside those who did it (`学生总数 | 参加人数`),
the row's part column (named by the rate's stem or its other word, server/lexicon/rate_parts.tsv) over its
total column (`…总数`, `合计`). A table stating the rate in a column is left to the lookups; two columns
fitting either word, or a part above its whole, give no figure. Naming no row, the total row's rate is the
area's only when the prose states no such rate, or when the question names the units the table is about
(its lead-in's `试点学校`) that the prose's rate does not: the prose's rate is then of another whole.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from figures.compute import Computation, ComputeError, share
from figures.tablequery import key
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import key_columns, row_label
from server.answer.askedcolumn import count_unit
from server.answer.base import Ask
from server.answer.derived import defined_rates
from server.answer.doneshare import asked_done_share
from server.answer.draft import Draft
from server.answer.evidence import AIM_ASKED, PLANNED
from server.answer.namedcell import named_row
from server.answer.rowrest import asked_row, one_row_found, row_computed
from server.answer.text import flat
from server.calc import cell_operand
from server.lexicon import rate_parts
from server.operation import ASKS_COMPLETION
from server.retrieve import Hit

T = TypeVar("T")

TARGET_WORDS = ("指标", "目标", "计划", "任务")  # the column of a completion's whole (年度目标数, 计划数)
_DONE_WORD = "完成"
# the share of an amount done asked by its noun (`投资完成了几成`, `经费完成了多少`): done ÷ the column of
# that noun's whole (`已完成投资` ÷ `总投资`), as a project progress table sets them side by side
_NOUN_DONE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2})完成(?:了)?(?:百分之|多少|几成)")
_NOUN_WHOLES = ("总{}", "{}总额", "计划{}")
MIN_NAME_CHARS = 4  # a cell of words naming a row in a question: a name, not a one-word category
# a rate named by what its part did (`参与率`, `达标率`): its stem, the two characters before 率
STEM_RATE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2})率")
TOTAL_WORDS = ("总数", "合计", "总计")  # a row's whole as a statistics table heads it (学生总数)
SCOPE_RUN_MIN = 3  # characters of a run the question shares with a table's lead-in to name its units (试点学校)
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")


class RowRate:
    """Handler: part ÷ whole of the row the question names, by the rate's definition (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.asked.compliance or len(query.asks) > 1:
            return None
        return row_rate(ask, row_computed)


def row_rate(ask: Ask, answer: Callable[[Ask, Hit, Table, Row, Computation], T]) -> T | None:
    """The rate the question asks of one table row (module doc), given to `answer` with the row's passage,
    its table and row; None unless exactly one table of the leading passages yields it."""
    q = flat(ask.query.norm)
    defined = next((r for r in defined_rates() if r[0] in q), None)
    stem: re.Match[str] | None = None
    parts: tuple[str, ...]
    wholes: tuple[str, ...]
    if defined is not None:
        rate, parts, wholes = defined[0], (defined[1],), (defined[2],)
    elif ASKS_COMPLETION.search(ask.query.norm):
        rate, parts, wholes = "完成率", (_DONE_WORD,), TARGET_WORDS
    elif (done := _NOUN_DONE.search(q)) is not None:
        noun = done.group("noun")
        rate, parts, wholes = f"{noun}完成率", (_DONE_WORD,), tuple(w.format(noun) for w in _NOUN_WHOLES)
    elif (stem := STEM_RATE.search(q)) is not None:
        word = stem.group("stem")
        rate, parts, wholes = f"{word}率", (word, *rate_parts().get(word, ())), TOTAL_WORDS
    elif (by_verb := asked_done_share(normalize(ask.query.search_text))) is not None:
        # the share done asked by its verb (`隐患排除了几成`): the column of the verb (已整改) over the column
        # the question's whole names (问题数), as a tally sets what was found beside what was done of it
        verb, whole_asked = by_verb
        rate, parts, wholes = f"{verb}率", (verb,), _columns_named(ask, whole_asked)
    else:
        return None
    # naming no row, the rate of the area the table's total row counts (合计)
    found = one_row_found(ask, lambda table: named_row(table, q) or _row_by_words(table, q)
                          or _total_row(ask, table, q, rate),
                          lambda table, row: rate_of_row(table, row, rate, parts, wholes, ask, q),
                          whole=stem is not None)
    return answer(ask, *found) if found is not None else None


def _columns_named(ask: Ask, whole_asked: str) -> tuple[str, ...]:
    """The headers of the leading tables' columns that the question's whole names whole (`自查问题` in
    `某校自查问题`), so the whole's column is the one the question counts, not any column of its counter."""
    columns = {key(c) for _, table in ask.row_tables() for c in table.columns}
    return tuple(c for c in columns if len(c) >= 2 and c in whole_asked)


def _total_row(ask: Ask, table: Table, q: str, rate: str) -> Row | None:
    """The total row for a question naming no row, unless the prose states the rate of a whole the table's
    rows are not all of (`全县…参与率为N%` over a table of the pilot schools) and the question does not name
    the table's own units."""
    row = asked_row(table, q)
    if row is None or key(row_label(table, row)) in q:
        return row
    doc = ask.reader.documents[table.doc_id]
    prose = normalize(doc.text[:table.start] + "。" + doc.text[table.end:], drop_space=True)
    # (a sentence setting the rate as a level to reach, `到某年底X率达到90%以上`, states no rate of a whole — but it
    # answers a question asking the aim, `哪年要达到多少`, which no row's present rate does)
    aim = bool(AIM_ASKED.search(q))
    stating = [s for s in _SENTENCE.findall(prose)
               if re.search(rf"{rate}[^，,；;。\d]{{0,6}}\d", s) and (aim or not PLANNED.search(s))]
    if not stating:
        return row
    before = [line for line in doc.text[:table.start].splitlines() if line.strip()]
    lead = normalize(before[-1], drop_space=True) if before else ""
    runs = _shared_runs(q, lead)
    return row if any(not any(r in s for s in stating) for r in runs) else None


def _shared_runs(q: str, text: str) -> list[str]:
    """The runs of at least SCOPE_RUN_MIN characters the question shares with `text`, longest at each start."""
    out = []
    for i in range(len(q)):
        n = max((k for k in range(SCOPE_RUN_MIN, len(q) - i + 1) if q[i:i + k] in text), default=0)
        if n:
            out.append(q[i:i + n])
    return out


def _row_by_words(table: Table, q: str) -> Row | None:
    """The one row a cell of words names in the question, when its label is shared by other rows (a
    self-evaluation table's 一级指标 label over its 二级指标 cells `改造旱厕（座）`)."""
    named = [row for row in table.rows if any(_names(key(c.text), q) for c in row.cells)]
    return named[0] if len(named) == 1 else None


def _names(text: str, q: str) -> bool:
    return len(text) >= MIN_NAME_CHARS and not re.search(r"\d", text) and text in q


def rate_of_row(table: Table, row: Row, rate: str, parts: tuple[str, ...],
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
    if len(part) == 1 and not whole and rate in q:  # (a rate the question names, not a done count asked)
        whole = _counted_alike(cells, part[0], parts) or _whole_by_noun(cells, part[0], parts)
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


def _counted_alike(cells: list[Cell], part: Cell, parts: tuple[str, ...]) -> list[Cell]:
    """The whole of a part column no column names by the rate's words: the column a 其中 part column follows, or
    the one column before it counting in the counter its header gives too (`问题数（个） | 已整改（个）`) — a tally
    sets what was found before what was done of it; columns of other counters (`检查园数（所）`) count other
    things. A bare count's counter is its header's (`参考人数 | 及格人数`: 人, server/answer/askedcolumn.py)."""
    unit = _counter(part)
    before = cells[:cells.index(part)]
    # a column headed 其中… breaks down the column right before it (`项目数 | 其中已验收`), as statistics
    # tables set a part beside its whole, whatever other columns of that counter precede them
    if key(part.column).startswith("其中") and before and _counter(before[-1]) == unit != "%":
        return before[-1:]
    if not unit or unit == "%":
        return []
    return [c for c in before if _counter(c) == unit and not any(w in key(c.column) for w in parts)][-1:] \
        if sum(_counter(c) == unit for c in before) == 1 else []


# how a statistics table heads the count of a whole by its noun (`X数`, `X总数`, `X个数`)
_WHOLE_OF_NOUN = ("{}", "{}数", "{}总数", "{}个数")


def _whole_by_noun(cells: list[Cell], part: Cell, parts: tuple[str, ...]) -> list[Cell]:
    """The whole of a part column headed by the rate's word and a noun (`达标实验室` of 达标率): the one column
    counting that noun itself (`实验室数`), as inspection tables set the units checked beside those that passed."""
    column = key(part.column)
    noun = next((column.replace(w, "", 1) for w in parts if w in column), "").removeprefix("其中")
    if len(noun) < 2:
        return []
    wholes = [c for c in cells if c is not part and key(c.column) in {f.format(noun) for f in _WHOLE_OF_NOUN}]
    return wholes if len(wholes) == 1 else []


def _counter(cell: Cell) -> str:
    """The unit a count cell is in: its own, else its header's (`参考人数` → 人)."""
    return normalize(cell.unit) or count_unit(cell.column)


def _said_in_prose(ask: Ask, table: Table, row: Row, rate: str) -> bool:
    """Whether a sentence outside the table states the row's rate (`某街道办结率87.5%`)."""
    doc = ask.reader.documents[table.doc_id]
    label = key(row_label(table, row))
    prose = normalize(doc.text[:table.start] + "。" + doc.text[table.end:], drop_space=True)
    return any(label in s and re.search(rf"{rate}[^，,；;。\d]{{0,6}}\d", s) for s in _SENTENCE.findall(prose))

