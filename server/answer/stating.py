"""Sentence pickers for an asking form the evidence sentence does not answer: the sentence of the evidence's
document that states what the form asks — a level by the verb that reaches it (`扩大到几个`), the day of the item a
stage leads (`X赛哪天`), a day of the week (`星期几`)."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.direction import FALL_VERBS, RISE_VERBS, alternation
from figures.numbers import Quantity, find_quantities
from ingest.normalize import normalize
from ingest.structure import LEVEL1_MARK, LEVEL2_MARK, split_sentences
from server.answer.base import Ask
from server.answer.evidence import CANDIDATES, COVER_MIN, STATES_MIN
from server.answer.sections import chunk_hit
from server.intent import STATES_WEEKDAY
from server.query import Query
from server.retrieve import Hit

# a level asked by the verb that reaches it (`要扩大到几个`, `提高到几`, `要扩到几所`): a target sentence writes a
# verb of the same direction right before its figure with 到 or 至 (`…增加到N名`, `增至N所`), where a report's
# sentence stating the present level of the same thing does not (the verbs: figures/direction.py, with their
# one-character and 扩 forms)
_RISING = (*RISE_VERBS, "扩大", "扩充", "扩", "增")
_FALLING = (*FALL_VERBS, "降", "减")
_AIM_ASKED = re.compile(rf"({alternation(_RISING, _FALLING, ('控制',))})到(?:多少|几)")


def aim_verb(query: Query) -> re.Pattern[str] | None:
    """What the words before a target's figure end with for the level asked (`增至`, `扩大到` of `要扩到几所`), or
    None when the question asks no level so."""
    asked = _AIM_ASKED.search(query.norm)
    if asked is None:
        return None
    verbs = next((group for group in (_RISING, _FALLING) if asked.group(1) in group), (asked.group(1),))
    return re.compile(rf"(?:{alternation(verbs)})[到至]$")


def aim_stating(ask: Ask) -> tuple[Hit, tuple[int, int], Quantity] | None:
    """The sentence of the leading passages of the evidence's document whose figure follows the verb of the level
    asked (`增加到N名`), in the unit asked, carrying the question's key terms as the verifier's window must; else
    None."""
    query, reader = ask.query, ask.reader
    verb = aim_verb(query)
    if verb is None:
        return None
    cover = reader.cover(query)
    doc_id = ask.evidence.hit.chunk.doc_id
    for best in [h for h in ask.ranked[:CANDIDATES] if h.chunk.row_index is None and h.chunk.doc_id == doc_id]:
        text = reader.documents[doc_id].text
        for span in split_sentences(text, best.chunk.start, best.chunk.end):
            aimed = [q for q in find_quantities(text[slice(*span)]) if q.is_measure
                     and (not query.units or q.unit in query.units)
                     and verb.search(normalize(text[span[0]:span[0] + q.start], drop_space=True))]
            if aimed and cover(text[slice(*span)]) >= STATES_MIN:
                q = aimed[0]
                return best, span, replace(q, start=q.start + span[0], end=q.end + span[0])
    return None


# a day asked (`哪天`, `几月几号`, `什么时候`) of one stage of an event a notice sets item by item, each item led by
# its stage's name (`（二）X赛。M月D日…举行`): the day stated in the item the stage leads, not in a later stage's item
# that names the stage only as where its entrants come from
DAY_ASKED = re.compile(r"哪一?天|几月几[日号]?|几号|什么时候|何时")
# an item led by a short heading sentence (`（二）X赛。`) at a line's start, marked as the outline's second level
_ITEM_LEAD = re.compile(rf"^[ \t　]*(?:{LEVEL2_MARK.pattern})([^。；;\n]{{1,12}})。", re.MULTILINE)
_STATES_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
_SECTION_HEAD = re.compile(rf"^[ \t　]*(?:{LEVEL1_MARK.pattern})", re.MULTILINE)  # an outline section `一、`


def item_dated(ask: Ask) -> tuple[Hit, tuple[int, int]] | None:
    """The first sentence stating a day in the item of the evidence's list (its items between the section headings
    `一、` around it) whose lead names a key term of the question, when the evidence sentence's own item's lead names
    none; else None."""
    query, reader = ask.query, ask.reader
    doc = reader.documents[ask.evidence.hit.chunk.doc_id]
    text, at = doc.text, ask.evidence.span[0]
    opened = [m.end() for m in _SECTION_HEAD.finditer(text, 0, at)]
    closed = _SECTION_HEAD.search(text, at)
    lo, hi = (opened[-1] if opened else 0), (closed.start() if closed else len(text))
    leads = list(_ITEM_LEAD.finditer(text, lo, hi))
    own = [m for m in leads if m.start() <= at]
    if not own or "\n" in text[own[-1].end():at] or any(t in normalize(own[-1].group(1)) for t in query.terms):
        return None  # (the evidence no item's sentence, or its item's lead names the thing asked)
    for m in leads:
        if not any(t in normalize(m.group(1)) for t in query.terms):
            continue
        line_end = text.find("\n", m.end(), hi)
        for span in split_sentences(text, m.end(), line_end if line_end >= 0 else hi):
            if _STATES_DAY.search(text, *span):
                return chunk_hit(reader, doc, span[0]), span
    return None


def weekday_stating(ask: Ask) -> tuple[Hit, tuple[int, int]] | None:
    """The first sentence naming a day of the week in the leading passages of the evidence's document that carry the
    question's key terms (a passage's sentence setting the day need not repeat the activity's name); else None."""
    reader, doc_id = ask.reader, ask.evidence.hit.chunk.doc_id
    for best in ask.ranked[:CANDIDATES]:
        if best.chunk.row_index is not None or best.chunk.doc_id != doc_id \
                or reader.coverage(ask.query, reader.flat[best.chunk.chunk_id])[0] < COVER_MIN:
            continue
        text = reader.documents[doc_id].text
        for span in split_sentences(text, best.chunk.start, best.chunk.end):
            if STATES_WEEKDAY.search(text, *span):
                return best, span
    return None


# a rule stated for the rule's usual case (`原则上不得…`, `一般不…`) and the exception its next clause makes after `；`
# (`确需…的，经…批准后…`): whether one may is answered by both, never by the prohibition alone
_USUAL_CASE = re.compile(r"原则上|一般(?:情况下)?不")
_EXCEPTION = re.compile(r"\s*(?:确有|确需|如确需|如有特殊|特殊情况|因特殊)")


def with_exception(text: str, sentence: tuple[int, int], limit: int) -> tuple[int, int]:
    """A sentence stating a rule for its usual case, closed by `；`, with the next sentence (up to `limit`) when that
    one opens on the exception; any other sentence as it is."""
    start, end = sentence
    if not _USUAL_CASE.search(text, start, end) or not text[start:end].rstrip().endswith(("；", ";")):
        return sentence
    after = split_sentences(text, end, limit)
    return (start, after[0][1]) if after and _EXCEPTION.match(text, after[0][0]) else sentence
