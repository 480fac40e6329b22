"""People per unit asked of a table row (`平均每期培训几人`, `平均每车坐多少人`, `平均一个营地住多少人`): the row's
people ÷ its units — the row the question names, else the table's total row.

Notices and plans tabulate per group or per site the people and the units they come in (`片区 | 参演团（个） |
演员（人） | 带队老师（人）`, `赛场 | 选手（人） | 比赛天数`, `学段 | 学员 | 期数`) and leave the mean to the reader.
The unit is the noun after 每/一 (团, 天, 期); its count the one column whose header names it (as
server/answer/eachunit.py finds a unit's column); the people a column counting people (in 人, or a group of
server/lexicon/people_groups.tsv) other than the unit's: of several, the one sharing the longest run of words with
the question (演员 of 每团演多少人; not a verb the unit's header shares, nor 人员/人数), ties going to the first
(a table counts those the event is for before its staff). Never the table's row count as divisor and never a column
shown bare: both cells are cited, the formula shown. Things asked per unit (`平均一所学校开几个班`) are read alike:
the one column counting the thing (`班级（个）`) ÷ the unit's column, in 个.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import ComputeError, Operand, ratio
from figures.numbers import parse_number
from figures.tablequery import is_total, key
from ingest.models import Table
from ingest.segment import word_cuts
from ingest.tables import BRACKETED_NOTE, key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.eachunit import unit_column
from server.answer.namedcell import named_row
from server.answer.peoplegroups import group_of
from server.answer.rowclasssize import count_operand
from server.answer.rowrest import asked_row, row_computed
from server.answer.text import flat
from server.intent import COUNTERS
from server.retrieve import Hit

CANDIDATE_DOCUMENTS = 2  # leading documents whose tables are read
# 平均, 每 or 一(个), the unit's one-character noun, a verb of up to three characters, then people counted
_ASKS_MEAN = re.compile(r"平均(?:每|一)个?(?P<unit>[\u4e00-\u9fff])[\u4e00-\u9fff]{0,3}?(?:有|是)?"
                        r"(?:多少|几)(?:个|名|位)?(?P<people>人|学生)")
_PEOPLE_NOTE = re.compile(r"[（(]人[)）]|人数")
# … or things counted per unit (`平均一所学校开几个班`): the thing's one-character noun after 几个/多少个
_ASKS_THINGS = re.compile(r"平均(?:每|一)个?(?P<unit>[\u4e00-\u9fff])[\u4e00-\u9fff]{0,3}?(?:多少|几)个"
                          r"(?P<thing>[\u4e00-\u9fff])")


# the counters a unit is counted in itself (`平均每所`): not events (场, 次) nor periods (天, 期)
_OWN_COUNTERS = "".join(c for c in COUNTERS if c not in "场次")


# the counters of events one after another (场, 次, 期, 轮): a timetable's rows, each one of them
_EVENT_COUNTERS = "场次期轮"


def _rows_counted(table: Table, unit: str) -> str:
    """A timetable's column whose total row counts its rows as events (`日期` | `5次` over five dated rows), when
    the unit asked is an event: each row is one, and the total row's cell is their count; ''."""
    if unit not in _EVENT_COUNTERS:
        return ""
    rows = [r for r in table.rows if not is_total(row_label(table, r))]
    totals = [r for r in table.rows if is_total(row_label(table, r))]
    if len(totals) != 1:
        return ""
    counted = [c.column for c in totals[0].cells if (n := parse_number(c.text)) is not None
               and n.unit and n.unit in _EVENT_COUNTERS and n.value == len(rows)]
    return counted[0] if len(counted) == 1 else ""


def _people_columns(table: Table, skip: str) -> list[str]:
    """The columns counting people, in the table's order, but the unit's and the label's."""
    keys = set(key_columns(table)) | {skip}
    return [c for c in table.columns if c not in keys
            and (table.units.get(c) == "人" or _PEOPLE_NOTE.search(c) or group_of(key(c)))]


# a people column's generic end (`测试人员`, `参加人数`): it says people are counted, not which
_GENERIC_PEOPLE = re.compile(r"(?:人员|人数|人)$")


def _shared_run(words: str, q: str, unit_words: str) -> int:
    """The longest run of `words` the question writes that the unit's header does not: the verb a question
    shares with both (`测试` of `测试天数` and `测试人员`) names the event, not whom it counts."""
    return max((j - i for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                if words[i:j] in q and words[i:j] not in unit_words), default=0)


def people_asked(table: Table, skip: str, q: str, bare: bool = False) -> str:
    """The people column the question asks of: the one there is, else the first sharing most with it; when it
    shares nothing, the first if the question asks people bare (`多少人`, the table counting those the event is for
    before its staff), else '' (`多少学生` of a table counting none)."""
    columns = _people_columns(table, skip)
    if len(columns) <= 1:
        return columns[0] if columns else ""
    unit_words = key(BRACKETED_NOTE.sub("", skip))
    runs = [_shared_run(_GENERIC_PEOPLE.sub("", key(BRACKETED_NOTE.sub("", c))), q, unit_words) for c in columns]
    return columns[runs.index(max(runs))] if max(runs) > 0 or bare else ""


def _things_asked(q: str) -> re.Match[str] | None:
    """The things-per-unit ask of `q` when its thing is a word of one character (几个班), never the first character
    of a longer noun (多少个学位: places, not a count of 学)."""
    m = _ASKS_THINGS.search(q)
    return m if m is not None and m.end("thing") in word_cuts(q) else None


def _thing_column(table: Table, thing: str, units: str) -> str:
    """The one column counting `thing` (`班级（个）` for 班) other than the unit's, or ''."""
    column = unit_column(table, thing)
    return column if column != units else ""


class RowMean:
    """Handler: the people ÷ the units of the row asked, or of the total row (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = flat(query.norm)
        m = _ASKS_MEAN.search(q) or _things_asked(q)
        if m is None or query.asked.threshold or query.asked.compliance or len(query.asks) > 1:
            return None
        thing = m.groupdict().get("thing") or ""
        found = []
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            for table in ask.reader.documents[doc_id].tables:
                units = unit_column(table, m.group("unit")) or _rows_counted(table, m.group("unit"))
                if not units:
                    continue
                # (things per unit: the one other column counting the thing, never people)
                people = _thing_column(table, thing, units) if thing \
                    else people_asked(table, units, q, m.group("people") == "人")
                row = asked_row(table, q) if people else None
                chunk = None if row is None else ask.reader.row_chunk(table, row.index)
                if row is not None and chunk is not None:
                    named = named_row(table, q) is not None
                    found.append((named, doc_id, Hit(-1, chunk, 0.0), table, row, people, units))
        # a row the question names outweighs another document's total row taken for want of one; total rows
        # alone, the leading document's is the area's
        found = [f for f in found if f[0]] or [f for f in found if f[1] == found[0][1]]
        if len(found) != 1:
            return None
        _, _, hit, table, row, people, units = found[0]
        cells = {c.column: c for c in row.cells}
        label = flat(key(row_label(table, row)))
        operands: list[Operand | None] = [
            count_operand(cells[column], key(column), unit) if column in cells else None
            for column, unit in ((people, "个" if thing else "人"), (units, ""))]
        if operands[1] is None and units in cells and (n := parse_number(cells[units].text)) is not None:
            # the rows counted by the total row's cell in an event's counter (`5次`)
            c = cells[units]
            operands[1] = Operand(label=f"{key(units)}（{n.unit}）", value=n.value, unit="", decimals=0,
                                  source={"kind": "cell", "start": c.start, "end": c.end, "text": c.text})
        if operands[0] is None or operands[1] is None:
            return None
        if not operands[1].unit and m.group("unit") in _OWN_COUNTERS:
            # a count of places or things in its counter (所, 辆): the mean in their ratio (人/所) and rounded,
            # as readers write it
            operands[1] = replace(operands[1], unit=m.group("unit"))
        try:
            result = ratio(operands[0], operands[1], label=f"{label}平均每{m.group('unit')}{thing or '人'}数",
                           decimals=2)
        except ComputeError:
            return None
        # (the row is cited, not a sentence restating its inputs: the unit's column is the table's, the prose may
        # count the units otherwise)
        return row_computed(ask, hit, table, row, result, prose=False)
