"""The member of an exhaustive pair a document leaves uncounted: the whole less the other member it counts
(`兼职…多少人` of `N名…中专职人员M人`).

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
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat
from server.lexicon import complements

CANDIDATE_DOCUMENTS = 3  # leading documents the whole and the stated member are looked up in
HEAD_CHARS = 2  # a thing's head noun (教师, 学校): the characters its name ends with
# the thing asked after the member, up to the asking word (`兼职辅导教师有多少人` → 辅导教师)
_THING = r"的?(?P<thing>[\u4e00-\u9fff]{2,8}?)(?:一共|总共|共|大概|大约|约|有|是|为)*(?:多少|几)"


class PairRest:
    """Handler: whole − the amount of the other member of the pair the question names one of (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation or len(query.asks) > 1 or not query.units:
            return None
        q = flat(query.norm)
        asked = [(member, other, m.group("thing")) for a, b in complements() for member, other in ((a, b), (b, a))
                 if member in q and other not in q and (m := re.search(re.escape(member) + _THING, q))]
        if len(asked) != 1:
            return None
        member, other, thing = asked[0]
        kinds = {unit_kind(u) for u in query.units}
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            amounts = [a for a in document_amounts(reader, doc_id)
                       if unit_kind(a.quantity.unit) in kinds and reader.year_ok(query, a.hit)]
            if any(member in a.words for a in amounts):
                return None  # the document counts the asked member itself: a lookup answers
            pairs = [(w, p) for p in amounts for w in _wholes(reader, amounts, p, thing, other)]
            if not pairs:
                continue
            if len({(w.quantity.value, p.quantity.value) for w, p in pairs}) != 1:
                return None
            whole, part = pairs[0]
            try:
                result = remainder(whole.operand(thing), part.operand(f"{other}{thing}"), label=f"{member}{thing}")
            except ComputeError:
                return None
            return draft_apart(reader, ask.book, result, [whole, part])
        return None


def _wholes(reader: Reader, amounts: list[Stated], part: Stated, thing: str, other: str) -> list[Stated]:
    """The nearest larger amount of the part's kind before it in its sentence, the other member named between
    them and the thing asked there too (`240名辅导教师中专职…`) or in the whole's own words (`辅导教师240人，其中
    专职…`), by its name or its head noun."""
    head = thing[-HEAD_CHARS:]
    found = []
    for w in amounts:
        if w.sentence != part.sentence or w.quantity.end > part.quantity.start \
                or w.quantity.value <= part.quantity.value \
                or unit_kind(w.quantity.unit) != unit_kind(part.quantity.unit):
            continue
        between = flat(reader.documents[w.hit.chunk.doc_id].text[w.quantity.end:part.quantity.start])
        if other in between and any(n in between or n in w.words for n in (thing, head)):
            found.append(w)
    return found[-1:]
