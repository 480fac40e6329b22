"""A total of money a sentence leaves to compute: the count of things × the amount it sets for each one.

Plans and programme notices state how many of a thing are to be built or funded and, in the same sentence, what
each one gets (`新增X 13个，每个X补助建设资金8万元`, `建设Y 5所，每所奖补20万元`), never the product. Asked the
total in money (`X的奖补经费总共多少`), the answer is count × amount per one: the count named by the thing the
question names, the amount led by 每 and the thing's counter or its noun, both of that one sentence, both cited
and the formula shown. A question asking the amount per one is the lookup's; only a total asked is answered.

Selection and award notices set the amount in a sentence of its own (`入选单位每校给予N万元`) and count the units
awarded in another (`M所…获评…称号`). With no count in the amount's sentence, the count is the one of the
document in the counter of the 每 clause (每校 and 每园 count in 所) whose clause names the most words the question
asks by that the amount's sentence leaves out (the award's name), stated as done — not a target of a year to
come, not a change; one value, else no answer (a count of the units that entered names no award).
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, times
from figures.direction import states_change
from ingest.clauses import clause_end
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import PLANNED
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.perone import asks_per_one
from server.answer.text import flat
from server.operation import SUM_ASKED

CANDIDATE_DOCUMENTS = 3  # leading documents whose sentences are read
NOUN_CHARS = 2  # characters of the counted noun (its end) the question and the amount's 每 clause must both hold
# `每个资源教室补助…`, `每所奖补`, `每校奖励`: 每, an optional counter (or the one-character noun 校, 园), then the
# rest of the clause up to the amount
_EACH = re.compile(r"每(?P<counter>[个所间座处项家台套辆校园])?(?P<rest>[^，,；;。]*)$")
_COUNTED_IN = {"校": "所", "园": "所"}  # a school and a kindergarten are counted in 所


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
            eaches = [(each, m) for each in amounts if each.quantity.unit.endswith("元")
                      and (m := _EACH.search(normalize(each.lead).strip())) is not None]
            found += [(count, each) for each, m in eaches for count in amounts if _counts_for(count, each, m, q)]
            if not found:
                text = reader.documents[doc_id].text
                named = [(n, count, each) for each, m in eaches for count in amounts
                         if (n := _counted_apart(text, count, each, m, query.terms))]
                found += [(count, each) for n, count, each in named if n == max(x[0] for x in named)]
            if found:
                break
        if len(found) != 1:
            return None  # none, or several: which programme is asked is not for this to choose
        count, each = found[0]
        # (a count stated apart is named by the units the amount's clause gives to, `入选单位每校…`: its own
        # sentence's opening names the occasion)
        lead = flat(normalize(each.lead)).split("每")[0]
        noun = flat(count.words) if count.sentence == each.sentence or len(lead) < NOUN_CHARS else lead
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
    counter = _COUNTED_IN.get(m.group("counter") or "", m.group("counter"))
    written = normalize(count.quantity.unit_as_written or count.quantity.unit)
    return (bool(counter) and written.endswith(counter)) or tail in m.group("rest")


def _counted_apart(text: str, count: Stated, each: Stated, m: re.Match[str], terms: list[str]) -> int:
    """How many terms of the question the amount's sentence leaves out the clause of `count` names, when `count`,
    in another sentence, can be the number of the units `each` is set per (module doc): in the counter the 每
    clause names, stated as done; else 0. The count naming the most is the one of the units awarded."""
    counter = _COUNTED_IN.get(m.group("counter") or "", m.group("counter"))
    written = normalize(count.quantity.unit_as_written or count.quantity.unit)
    if not counter or counter == "个" or not written.endswith(counter) or count.sentence == each.sentence:
        return 0
    own = flat(normalize(text[slice(*each.sentence)]))
    # (its own clause: a sentence may count the units that entered before those awarded, `参评N所，M所被评为…`)
    q = count.quantity
    clause = flat(normalize(count.lead + q.text + text[q.end:clause_end(text, q.end, ceiling=count.sentence[1])]))
    if PLANNED.search(flat(normalize(text[slice(*count.sentence)]))) or states_change(normalize(count.lead)):
        return 0
    return sum(t in clause for t in terms if t not in own)
