"""The other member of an exhaustive pair: asked for one of two parts that make up a whole (民办, 女
教师, 农村), the answer must not be the figure of the other (公办, 男教师, 城镇).

Statistics bulletins, self-evaluation reports and plans state one member's share and leave the
other's unstated (`公办幼儿园在园幼儿占比68.5%`). A share of one member of the whole (the member
named before 占 or 占比, the whole not naming either) leaves the other member 100% minus it: that is
computed, with the formula and the stated share cited. Any other figure of the other member (a
count, a rate within it) cannot answer and is refused. The pairs are data (server/lexicon/complements.tsv).
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, remainder
from figures.numbers import find_quantities
from ingest.normalize import normalize, pauses
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.operands import Stated, draft_apart
from server.lexicon import complements, opposite_moves

_ITEMS = re.compile(pauses("、，；;：:。"))
_NOT = "非"  # 非公办: the other member by negation


class Opposite(str):
    """The reason a figure does not answer: it is the other member's (公办 stated, 民办 asked)."""
    asked: str
    stated: str

    def __new__(cls, asked: str, stated: str) -> Opposite:
        reason = super().__new__(cls, f"它说的是“{stated}”，不是“{asked}”")
        reason.asked, reason.stated = asked, stated
        return reason


def opposite(question: str, context: str) -> Opposite | None:
    """The asked member and the other member named in `context` (the figure's own clause) instead,
    when the question names one member only and the clause names only the other."""
    named = _other_named(question, context, complements())
    return Opposite(*named) if named else None


def opposite_move(question: str, context: str) -> str:
    """Why a clause naming only the opposite move (转入) does not answer the move asked (转出), or ''."""
    named = _other_named(question, context, opposite_moves())
    return f"它说的是“{named[1]}”，不是“{named[0]}”" if named else ""


def _other_named(question: str, context: str, pairs: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(asked, other) of the first pair whose one member only the question names and whose other only the
    clause names."""
    for a, b in pairs:
        for asked, other in ((a, b), (b, a), (_NOT + a, a), (_NOT + b, b)):
            if asked.startswith(_NOT):
                names_asked = asked in question
                names_other = other in question.replace(asked, "")
            else:
                names_asked = asked in question.replace(_NOT + asked, "")
                names_other = other in question
            if not names_asked or names_other:
                continue
            bare = context.replace(_NOT + other, "")
            if other in bare and (asked.startswith(_NOT) or asked not in context):
                return asked, other
    return None


# a total asked of the pair's members together (`男生和女生一共多少人`): one figure, not each member's
_TOTAL_ASKED = re.compile(r"共|合计|总|加起来|全部")
_SHARED_TAIL = r"[\u4e00-\u9fff]{0,3}?"  # the noun both members share, written after the first too (园, 学校)
_JOINED = r"[和与及跟、]"


def both_asked(question: str) -> bool:
    """Whether the question (matching form) asks one measure of both members of a pair (`男生和女生跑多远`):
    each member's figure answers it, not one member's; not when it asks their total."""
    if _TOTAL_ASKED.search(question):
        return False
    # the two joined as one coordinated phrase (`公办园和民办园`, `男生、女生`), the second unqualified: a follow-up
    # carrying one member over from the turn before (`公办幼儿园…普惠性民办园`) asks the other alone
    return any(re.search(f"(?<!{_NOT}){x}{_SHARED_TAIL}{_JOINED}{y}", question)
               for a, b in complements() for x, y in ((a, b), (b, a)))


def unsplit(question: str, document: str) -> str:
    """Why no figure of `document` answers for the member of a pair `question` asks (男生, 民办) when the
    document never divides its wholes by that pair: neither the member, a word for the same part in another
    pair (乡村 of 城镇/乡村 for 农村 of 城镇/农村), nor the other member is in it — its figures are of the
    whole (all pupils' rate, not the boys'). '' otherwise. Both texts in the matching form."""
    pairs = complements()
    for a, b in pairs:
        for asked, other in ((a, b), (b, a)):
            if asked not in question or other in question:
                continue
            others = {y for p in pairs for x, y in (p, p[::-1]) if x == asked}  # every pair's other part
            alike = {x for p in pairs for x, y in (p, p[::-1]) if y in others}  # the asked part's names
            split_by = alike | {y for p in pairs for x, y in (p, p[::-1]) if x in alike}
            if not any(word in document for word in split_by):
                return f"文件没有分“{asked}”“{other}”统计，它是不分{asked}和{other}的数"
    return ""


def complement(ask: Ask, claim: Claim, reason: Opposite) -> Draft | None:
    """The asked member's share as 100% minus the other member's share stated in the claim's sentence
    (`公办幼儿园在园幼儿占比68.5%` → 民办 100 − 68.5 = 31.5%); None when the figure is no share of a
    whole that the other member is a part of."""
    if "%" not in ask.query.units:
        return None
    doc = ask.reader.documents[claim.hit.chunk.doc_id]
    start, end = claim.span
    sentence = doc.text[start:end]
    at = 0
    for item in _ITEMS.split(sentence):
        offset = sentence.find(item, at)
        at = offset + len(item)
        norm = normalize(item, drop_space=True)
        share = norm.find("占")
        if share < 0 or reason.stated not in norm[:share] or reason.stated in norm[share:]:
            continue  # not a share, or the whole itself is the other member's (农村学校中…占)
        found = [q for q in find_quantities(item) if q.unit == "%" and q.is_measure and not q.is_range]
        if len(found) != 1 or not 0 < found[0].value < 100:
            continue
        q = found[0]
        q.start, q.end = q.start + start + offset, q.end + start + offset
        label = norm[:share].replace(reason.stated, reason.asked) + "占比"
        stated = Stated(q, claim.hit, claim.span, norm, "")
        part = Operand(label=norm[:share] + "占比", value=q.value, unit=q.unit, unit_as_written=q.unit_as_written,
                       decimals=q.decimals, source={"kind": "passage", "start": q.start, "end": q.end, "text": q.text})
        try:
            result = remainder(Operand.literal("100%", "全部"), part, label=label)
        except ComputeError:
            return None
        result.inputs = result.inputs[1:]  # the whole is 100% by definition: no figure of the document
        result.note = f"{reason.stated}与{reason.asked}合为全部，文件只写了{reason.stated}的占比"
        return draft_apart(ask.reader, ask.book, result, [stated])
    return None
