"""The member of an exhaustive pair a document leaves uncounted: the whole less the other member it counts
(`兼职X多少人` of `N名X中专职M人`).

Inspection and assessment reports count a staff or a group and one of the two parts it splits into (专职 of
专职/兼职, 公办 of 公办/民办: server/lexicon/complements.tsv) and leave the other to the reader. Asked for the
other member, the answer is whole − the member stated: the member in a sentence after a larger amount of its
kind that the thing asked (the words after the member in the question) names, both cited and the formula shown.
A document stating the asked member's own amount leaves it to a lookup; two pairs that fit leave it to others.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, remainder
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import Reader, unit_kind
from server.answer.operands import Stated, document_amounts, draft_apart, split_next
from server.answer.text import flat
from server.lexicon import complements

CANDIDATE_DOCUMENTS = 3  # leading documents the whole and the stated member are looked up in
HEAD_CHARS = 2  # a thing's head noun (教师, 学校): the characters its name ends with
# the thing asked after the member, up to the asking word (`兼职X有多少人` → X)
_THING = r"的?(?P<thing>[\u4e00-\u9fff]{2,8}?)(?:一共|总共|共|大概|大约|约|有|是|为)*(?:多少|几)"
# the part of the member a quality negated leaves (`非普惠性民办园`): the quality, before the member
_NOT_QUALIFIED = r"非(?P<quality>[\u4e00-\u9fff]{1,4}?)"
# a member qualified or negated where a text names it (`普惠性民办园`, `非公办`): only a part of the member, or none
_QUALIFIED = "性非"


class PairRest:
    """Handler: whole − the amount of the other member of the pair the question names one of (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation or len(query.asks) > 1 or not query.units:
            return None
        q = flat(query.norm)
        asked = [(member, other, m.group("thing"), m.group("quality") or "")
                 for a, b in complements() for member, other in ((a, b), (b, a)) if member in q and other not in q
                 and (m := re.search(f"(?:{_NOT_QUALIFIED})?{re.escape(member)}{_THING}", q))
                 and (m.group("quality") or not _qualified_in(q, m.start()))]
        if len(asked) != 1:
            return None
        member, other, thing, quality = asked[0]
        stated = f"非{quality}{member}" if quality else member  # the asked part as a document would name it
        kinds = {unit_kind(u) for u in query.units}
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            amounts = [a for a in document_amounts(reader, doc_id)
                       if unit_kind(a.quantity.unit) in kinds and reader.year_ok(query, a.hit)]
            if any(_names(a.words, stated) or _names(_clause(reader, amounts, a), stated) for a in amounts):
                return None  # the document counts the asked member itself: a lookup answers
            found: list[tuple[Stated, ...]] = [(w, p) for p in amounts
                                               for w in _wholes(reader, amounts, p, thing, other)]
            if quality:  # the qualified part of the member is stated beside the other member, of the same whole
                found = [(w, p, x) for w, p in found
                         for x in _beside(reader, amounts, w, p, f"{quality}{member}")]
            if not found:
                continue
            if len({tuple(a.quantity.value for a in pair) for pair in found}) != 1:
                return None
            whole, *parts = found[0]
            try:
                labels = (f"{other}{thing}", f"{quality}{member}{thing}")
                result = remainder(whole.operand(thing), *(a.operand(label) for a, label in zip(parts, labels)),
                                   label=f"{'非' + quality if quality else ''}{member}{thing}")
            except ComputeError:
                return None
            return draft_apart(reader, ask.book, result, [whole, *parts])
        return None


def _wholes(reader: Reader, amounts: list[Stated], part: Stated, thing: str, other: str) -> list[Stated]:
    """The nearest larger amount of the part's kind before it, in its sentence or the one its `其中` sentence
    follows, the other member named between them and the thing asked there too (`N名X中专职…`) or in
    the whole's own words (`X N人，其中专职…`), by its name or its head noun."""
    head = thing[-HEAD_CHARS:]
    found = []
    for w in amounts:
        if not (w.sentence == part.sentence or split_next(w, part)) or w.quantity.end > part.quantity.start \
                or w.quantity.value <= part.quantity.value \
                or unit_kind(w.quantity.unit) != unit_kind(part.quantity.unit):
            continue
        between = flat(reader.documents[w.hit.chunk.doc_id].text[w.quantity.end:part.quantity.start])
        if _names(_clause(reader, amounts, part), other) and not _names(_clause(reader, amounts, w), other) \
                and any(n in between or n in w.words for n in (thing, head)):
            found.append(w)
    return found[-1:]


def _beside(reader: Reader, amounts: list[Stated], whole: Stated, part: Stated, named: str) -> list[Stated]:
    """The one amount of the part's kind after the whole, in the part's sentence, whose clause (from the amount
    of that kind before it) names `named`, never negated, and the whole and the part together exceed."""
    kind = unit_kind(part.quantity.unit)
    found = [a for a in amounts if a.sentence == part.sentence and unit_kind(a.quantity.unit) == kind
             and a.quantity.start > whole.quantity.end and a is not part
             and re.search(f"(?<!非){re.escape(named)}", _clause(reader, amounts, a))
             and a.quantity.value + part.quantity.value <= whole.quantity.value]
    return found if len(found) == 1 else []


def _qualified_in(question: str, at: int) -> bool:
    """Whether the member asked at `at` is qualified (`普惠性民办园`): only a part of the member is asked, which
    the whole less the other member does not give."""
    return at > 0 and question[at - 1] in _QUALIFIED


def _names(words: str, member: str) -> bool:
    """Whether the words name the member itself, not a qualified part of it nor its negation (`普惠性民办园`)."""
    return re.search(f"(?<![{_QUALIFIED}]){re.escape(member)}", words) is not None


def _clause(reader: Reader, amounts: list[Stated], a: Stated) -> str:
    """The flat words naming an amount: from the amount of its kind before it in its sentence (or the sentence's
    start) up to it (`，B类N所、在校生` of the second count of pupils in a list)."""
    kind = unit_kind(a.quantity.unit)
    start = max((b.quantity.end for b in amounts if b.sentence == a.sentence and unit_kind(b.quantity.unit) == kind
                 and b.quantity.end <= a.quantity.start), default=a.sentence[0])
    return flat(reader.documents[a.hit.chunk.doc_id].text[start:a.quantity.start])
