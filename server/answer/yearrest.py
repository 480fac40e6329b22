"""What an amount set for several years leaves once one year's share is taken out (`X资金除去第一年，其余年份还剩多少`
of `三年安排X资金N万元，其中第一年M万元`).

Multi-year plans and budgets state the whole for their span and split out the first year (or one year) after
其中, leaving the other years' part unstated. Asked for the whole less a year the question names (除去/除了/扣除/
去掉 + the year), the answer is whole − that year's amount: the whole named by the thing the question names
before the year (its name or its head noun) and the year's amount the same sentence splits off after it, both
cited and the formula shown. Two pairs that fit leave it to other handlers.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, remainder
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import Reader
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat

CANDIDATE_DOCUMENTS = 3  # leading documents the whole and its year's part are looked up in
HEAD_CHARS = 2  # a thing's head noun (资金, 经费): the characters its name ends with
# the thing, the words taking a year out of it and the year, then an ask of what is left
_ASKED = re.compile(r"(?P<thing>[\u4e00-\u9fff]{2,16}?)(?:中|里)?[，,]?(?:除去|除了|扣除|去掉|减去|刨去|不算)"
                    r"(?P<year>(?:19|20)\d\d)年(?:的|安排的)?(?:以外|之外|外)?[，,]?"
                    r"[^。？?]{0,12}?(?:剩|其余|其他|余下|另外|后)[^。？?]{0,8}?(?:多少|几)")
# the words after the whole splitting the named year off it (`，其中YYYY年`, `（其中YYYY年安排`)
_YEAR_SPLIT = r"[^。；;]{{0,12}}?其中{year}年(?:度)?(?:安排|投入|下达)?$"


class YearRest:
    """Handler: a multi-year whole less the year the question takes out of it (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        m = _ASKED.search(flat(query.norm))
        if m is None or len(query.asks) > 1:
            return None
        thing, year = m.group("thing"), m.group("year")
        for place in query.regions:  # the place names the documents asked, not the thing
            thing = thing.replace(place, "")
        if len(thing) < HEAD_CHARS:
            return None
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            amounts = [a for a in document_amounts(reader, doc_id) if a.quantity.unit not in ("%", "百分点")]
            pairs = [(w, p) for p in amounts for w in _whole(reader, amounts, p, thing, year)]
            if not pairs:
                continue
            if len({(w.quantity.value, p.quantity.value) for w, p in pairs}) != 1:
                return None
            whole, part = pairs[0]
            try:
                result = remainder(whole.operand(thing), part.operand(f"{year}年"), label=f"{thing}除{year}年外")
            except ComputeError:
                return None
            return draft_apart(reader, ask.book, result, [whole, part])
        return None


def _whole(reader: Reader, amounts: list[Stated], part: Stated, thing: str, year: str) -> list[Stated]:
    """The larger amount of the part's unit just before it in its sentence that the words between split the year
    off (`…N万元，其中YYYY年M万元`), named by the thing (or its head noun) in its words."""
    text = reader.documents[part.hit.chunk.doc_id].text
    split = re.compile(_YEAR_SPLIT.format(year=year))
    before = [w for w in amounts if w.sentence == part.sentence and w.quantity.end <= part.quantity.start
              and w.quantity.unit == part.quantity.unit]
    if not before:
        return []
    w = before[-1]
    named = any(n in w.words for n in (thing, thing[-HEAD_CHARS:]))
    if w.quantity.value <= part.quantity.value or not named \
            or not split.search(flat(text[w.quantity.end:part.quantity.start])):
        return []
    return [w]
