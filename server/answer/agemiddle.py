"""The age band between the two a report states (`40至55岁的教职工有几人`).

Staff statistics count people by age band (教育部 教育事业统计, 专任教师年龄结构), and reports of every kind
often state only the oldest and the youngest band beside the whole (`专任教师312人……专任教师中50岁以上的
129人；35岁以下的58人`). Asked for the band between them, the answer is whole − oldest − youngest when the
question's bounds are the two bands' own (its upper age the oldest band's 以上, its lower the youngest's
以下), the whole being what the bands are of (the noun before their 中) stated before them in the same
paragraph. All three are cited and the formula shown; a document stating the asked band itself leaves it
to a lookup.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, remainder
from server.ages import asked_span, stated_band
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat

CANDIDATE_DOCUMENTS = 3  # leading documents the bands are looked up in
# the whole a band is of, named before it: `专任教师中50岁以上的`
_OF_WHOLE = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,10}?)(?:中|里|当中)[，,]?\d")


class AgeBandBetween:
    """Handler: whole − the band above the asked span − the band below it (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        span = asked_span(ask.query.norm)
        if span is None or not ask.query.asks_number:
            return None
        lo, hi = span
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            people = [a for a in document_amounts(ask.reader, doc_id) if a.quantity.unit == "人"]
            if any(asked_span(a.lead) == span for a in people):
                return None  # the band is stated: a lookup quotes it
            older = [a for a in people if stated_band(a.lead) == (hi, "以上")]
            younger = [a for a in people if stated_band(a.lead) == (lo, "以下")]
            if len(older) != 1 or len(younger) != 1:
                continue
            found = _whole(ask, doc_id, people, older[0], younger[0])
            if found is None:
                continue
            noun, whole = found
            try:
                result = remainder(whole.operand(noun), older[0].operand(f"{hi}岁以上"),
                                   younger[0].operand(f"{lo}岁以下"), label=f"{noun}中{lo}至{hi}岁之间")
            except ComputeError:
                return None
            return draft_apart(ask.reader, ask.book, result, [whole, older[0], younger[0]])
        return None


def _whole(ask: Ask, doc_id: str, people: list[Stated], *bands: Stated) -> tuple[str, Stated] | None:
    """(noun, amount) of the whole the bands are of: the noun before their 中, its count the last one stated
    before them in their paragraph."""
    named = {m.group("whole") for b in bands if (m := _OF_WHOLE.search(b.lead))}
    if len(named) != 1:
        return None
    noun = flat(named.pop())
    first = min(b.quantity.start for b in bands)
    text = ask.reader.documents[doc_id].text
    before = [a for a in people if a.quantity.start < first and a.words.endswith(noun)
              and "\n" not in text[a.quantity.end:first]]
    return (noun, before[-1]) if before else None
