"""The share of those that did not reach a quality, from the rate of those that did: 100% − the rate.

Inspection results, bulletins and reports state a pass rate (`年检合格率为91.7%`, `达标率96%`) and seldom the
share that fell short. Asked for that share (`没评为优秀的机构占几成`, `未达标的比例`), the answer is 100% − the
rate the document reports for the thing asked: the rate's name is the quality asked + 率, its words name the
question's thing (the noun the question ends its part with), it is a value reported (not one a plan sets:
`到2026年底…达到90%以上`), and one value fits. A rate of the negated quality stated itself (`不合格率`) is the
lookup's.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, remainder
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.comparison import sets_goal
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat

CANDIDATE_DOCUMENTS = 3  # leading documents the rate is looked up in
THING_CHARS = 2  # characters of the thing asked (its end: 学校 of 民办学校) the rate's words must hold
# a quality not reached (`没拿到合格`, `未达标`, `不合格`): the negation, a verb of obtaining, the quality (two
# characters)
_NOT_REACHED = re.compile(r"(?:没有?|未|不)(?:拿到|达到|取得|获得|评为|被评为|通过)?(?P<quality>[\u4e00-\u9fff]{2})的?"
                          r"(?P<thing>[\u4e00-\u9fff]*)$")


class ComplementShare:
    """Handler: 100% − the stated rate of the quality the question's part negates (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.operation != "share" or query.asked.whole or len(query.asks) > 1:
            return None
        short = not_reached(flat(normalize(query.asked.part)))
        if short is None:
            return None
        quality, things = short
        rate_name, thing = f"{quality}率", things[-THING_CHARS:]
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            text = reader.documents[doc_id].text
            rates = [a for a in document_amounts(reader, doc_id)
                     if a.quantity.unit == "%" and _names(a, rate_name, thing) and reader.year_ok(query, a.hit)]
            if any(f"不{rate_name}" in a.words or f"未{rate_name}" in a.words for a in rates):
                return None  # the complement's own rate is stated: a lookup answers
            reported = [a for a in rates if not a.quantity.qualifier
                        and not sets_goal(text, a.sentence[0], a.quantity.start)]
            if not reported:
                continue
            if len({a.quantity.value for a in reported}) != 1:
                return None
            rate = reported[0]
            label = f"未{quality}的{things}占比"
            try:
                result = remainder(Operand.literal("100%", label="全部"), rate.operand(rate.words), label=label)
            except ComputeError:
                return None
            return draft_apart(reader, ask.book, result, [rate])
        return None


def not_reached(part: str) -> tuple[str, str] | None:
    """(the quality, the thing) of a part named as things short of a quality (`没评为优秀的托育机构` →
    (优秀, 托育机构)), else None."""
    m = _NOT_REACHED.search(part)
    return (m.group("quality"), m.group("thing")) if m and len(m.group("thing")) >= THING_CHARS else None


def _names(a: Stated, rate_name: str, thing: str) -> bool:
    """The amount's words name the rate (ending with it) of the thing asked."""
    return a.words.endswith(rate_name) and thing in a.words
