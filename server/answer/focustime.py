"""A length of time asked of a thing (`公示几天`, `报名期多长`) whose best sentence states none: the sentence of the
same document's leading passages whose own clause names the thing with a time, the time counted with 个 as
notices write it (`公示期为5个工作日`, `3个月内`: the counter the number parser keeps as the unit)."""
from __future__ import annotations

from dataclasses import replace

from figures.numbers import Quantity
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.evidence import CANDIDATES
from server.answer.text import clause, pick_quantity
from server.intent import UNIT_AFTER_GE
from server.retrieve import Hit

# the units of a length of time a question asks by its wording (多久, 几天): at least one of these asked
_TIME_UNITS = {"小时", "天", "日", "分钟", "周", "月", "年"}
# a sentence with half the evidence's support: its own clause names the thing asked, with a time of the kind asked
TIME_CLOSE = 0.5
_WORD_CHARS = 3  # the longest time word counted with 个 (工作日)


def as_time(query_units: tuple[str, ...], text: str, q: Quantity) -> Quantity | None:
    """`q` when it is a time of a unit the question asks; one counted with 个 (`5个工作日`, `6个月`) with its time
    word, so the answer says what it counts; None for any other figure."""
    if q.unit in query_units or q.unit.startswith("个") and UNIT_AFTER_GE.fullmatch(q.unit[1:]):
        return q
    # (read in the matching form, either script: 小時; the time words convert character for character)
    word = UNIT_AFTER_GE.match(normalize(text[q.end:q.end + _WORD_CHARS]))
    if q.unit != "个" or word is None:
        return None
    return replace(q, text=text[q.start:q.end + word.end()], end=q.end + word.end(), unit=f"个{word.group()}",
                   unit_as_written=f"个{word.group()}")


def asks_time(units: tuple[str, ...]) -> bool:
    """Whether the units asked are those of a length of time."""
    return bool(_TIME_UNITS & set(units))


def time_stating(ask: Ask) -> tuple[Hit, tuple[int, int], Quantity] | None:
    """The sentence of the evidence's document, among the leading passages and about as well supported as the
    evidence, whose figure is a time of the kind asked and whose own clause names the thing the question asks the
    time of (its focus); None when the question asks no time of a thing or no such sentence is found."""
    query, reader = ask.query, ask.reader
    if not query.focus or not asks_time(query.units):
        return None
    floor = ask.evidence.value * TIME_CLOSE
    doc_id = ask.evidence.hit.chunk.doc_id
    for hit in ask.ranked[:CANDIDATES]:
        if hit.chunk.row_index is not None or hit.chunk.doc_id != doc_id:
            continue
        span, value, _ = reader.stating_sentence(query, hit)
        if value < floor or span == ask.evidence.span:
            continue
        text = reader.documents[doc_id].text
        quantity = pick_quantity(query, text, span, reader.cover(query))
        timed = as_time(query.units, text, quantity) if quantity is not None else None
        if timed is not None and query.focus in normalize(clause(text, span, timed), drop_space=True):
            return hit, span, timed
    return None
