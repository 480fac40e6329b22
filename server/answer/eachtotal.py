"""A total of money a sentence leaves to compute: the count of things × the amount it sets for each one.

Plans and programme notices state how many of a thing are to be built or funded and, in the same sentence, what
each one gets (`新增X 13个，每个X补助建设资金8万元`, `建设Y 5所，每所奖补20万元`), never the product. Asked the
total in money (`X的奖补经费总共多少`), the answer is count × amount per one: the count named by the thing the
question names, the amount led by 每 and the thing's counter or its noun, both of that one sentence, both cited
and the formula shown. A question asking the amount per one is the lookup's; only a total asked is answered.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, times
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.perone import asks_per_one
from server.answer.text import flat
from server.operation import SUM_ASKED

CANDIDATE_DOCUMENTS = 3  # leading documents whose sentences are read
NOUN_CHARS = 2  # characters of the counted noun (its end) the question and the amount's 每 clause must both hold
# `每个资源教室补助…`, `每所奖补`: 每, an optional counter, then the rest of the clause up to the amount
_EACH = re.compile(r"每(?P<counter>[个所间座处项家台套辆])?(?P<rest>[^，,；;。]*)$")


class EachTimesCount:
    """Handler: count × the amount per each one of it, stated in one sentence (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        q = flat(query.norm)
        if not any(u.endswith("元") for u in query.units) or not any(w in q for w in SUM_ASKED) \
                or asks_per_one(q) or query.operation not in ("", "sum") or len(query.asks) > 1:
            return None
        found: list[tuple[Stated, Stated]] = []
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            amounts = [a for a in document_amounts(reader, doc_id) if reader.year_ok(query, a.hit)]
            found += [(count, each) for each in amounts if each.quantity.unit.endswith("元")
                      and (m := _EACH.search(normalize(each.lead).strip())) is not None
                      for count in amounts if _counts_for(count, each, m, q)]
            if found:
                break
        if len(found) != 1:
            return None  # none, or several: which programme is asked is not for this to choose
        count, each = found[0]
        noun = flat(count.words)
        try:
            result = times(each.operand(f"每个{noun[-4:]}"), count.operand(noun),
                           label=f"{noun} 合计（数量 × 每个金额）")
        except ComputeError:
            return None
        return draft_apart(reader, ask.book, result, [each, count])


def _counts_for(count: Stated, each: Stated, m: re.Match[str], q: str) -> bool:
    """Whether `count` is the number of the things `each` is set per: before it in its sentence, counted in the
    counter the 每 clause names (or a noun they share), its noun's end named by the question too."""
    if count.sentence != each.sentence or count.quantity.end > each.quantity.start \
            or count.quantity.unit.endswith("元"):
        return False
    noun = flat(count.words)
    tail = noun[-NOUN_CHARS:]
    if len(noun) < NOUN_CHARS or tail not in q:
        return False
    counter = m.group("counter")
    written = normalize(count.quantity.unit_as_written or count.quantity.unit)
    return (bool(counter) and written.endswith(counter)) or tail in m.group("rest")
