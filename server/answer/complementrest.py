"""The part of a whole a question names by a quality whose complement the document counts (`合格的学校查出多少个
问题` of `共发现问题120个…不合格学校共发现问题30个`).

Inspection notices and bulletins state the whole and the part that failed (不合格, 未达标, 非…), rarely the part
that passed. Asked for the part named by the quality itself, the answer is whole − the complement's amount: both in
the unit asked, in one document, each naming the thing asked; the complement names the quality negated, the whole
no negation and is larger (a total, by 共/合计/总, when several are). A document that states the quality's own amount
in that unit leaves it to a lookup; two complements or wholes leave it to other handlers.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, remainder
from server.answer.askedcolumn import asked_noun
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat

CANDIDATE_DOCUMENTS = 3  # leading documents the whole and its complement are looked up in
NEGATION = "不未非"
_NEGATED = re.compile(rf"[{NEGATION}]([\u4e00-\u9fff]{{2}})")
_TOTAL = re.compile(r"共|合计|总")


class ComplementRest:
    """Handler: whole − the amount of the complement of the quality the question names (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation not in ("", "sum") or len(query.asks) > 1 or not query.units:
            return None
        q = flat(query.norm)
        noun = asked_noun(q)
        if len(noun) < 2:
            return None
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            amounts = [a for a in document_amounts(reader, doc_id)
                       if a.quantity.unit in query.units and noun in a.words and reader.year_ok(query, a.hit)]
            complements = [(a, m.group(1)) for a in amounts for m in _NEGATED.finditer(a.words)
                           if _named_plain(q, m.group(1))]
            if not complements:
                continue
            if len(complements) != 1:
                return None
            part, quality = complements[0]
            if any(_named_plain(a.words, quality) for a in amounts):
                return None  # the document counts the quality's own part: a lookup answers
            whole = _whole(amounts, part)
            if whole is None:
                return None
            try:
                result = remainder(whole.operand(whole.words), part.operand(part.words),
                                   label=f"{quality}{_holder(part.words, quality, noun)}的{noun}")
            except ComputeError:
                return None
            return draft_apart(reader, ask.book, result, [whole, part])
        return None


def _named_plain(words: str, quality: str) -> bool:
    """Whether `words` name the quality, and never negated (合格, not 不合格)."""
    at = [m.start() for m in re.finditer(re.escape(quality), words)]
    return bool(at) and all(i == 0 or words[i - 1] not in NEGATION for i in at)


def _whole(amounts: list[Stated], part: Stated) -> Stated | None:
    """The one larger amount naming no negation the part is of; of several, the one total (共, 合计, 总)."""
    larger = [a for a in amounts if a is not part and a.quantity.value > part.quantity.value
              and not re.search(f"[{NEGATION}]", a.words)]
    totals = [a for a in larger if _TOTAL.search(a.words)]
    found = larger if len(larger) == 1 else totals
    return found[0] if len(found) == 1 else None


def _holder(words: str, quality: str, noun: str) -> str:
    """What the quality is of, after it in the complement's words (`5所不合格学校共发现问题` → 学校), or ''."""
    m = re.search(rf"[{NEGATION}]{re.escape(quality)}([\u4e00-\u9fff]{{1,6}}?)(?:共|的|合计|总|{re.escape(noun)}|$)",
                  words)
    return m.group(1) if m else ""
