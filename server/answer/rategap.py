"""How many more it takes to reach the rate a document sets as its target, from the counts its rate is made of.

Notices and plans state where a rate stands with the counts it is the quotient of (`应覆盖的40所，已覆盖26所，
覆盖率为65.0%`) and, apart, the level it is to reach (`到年底覆盖率达到85%以上`). Asked how many more it takes to
meet that target (`要实现覆盖率目标，还需再覆盖几所`), the answer is whole × target − part, which the document
leaves to the reader. The part and the whole are the two counts of the rate's own sentence whose quotient, rounded
as the rate is written, is the rate; the target is the one larger level of the same rate the document sets with a
verb of reaching. Every input is cited and the formula shown; two candidates of any leave it to other handlers.
"""
from __future__ import annotations

import re

from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import document_amounts, draft_apart
from server.answer.rowrest import is_quotient, shortfall
from server.answer.shortage import ASKS_SHORT
from server.answer.text import flat

CANDIDATE_DOCUMENTS = 2  # leading documents the rate and its target are looked for in
# the rate the question asks to reach, by its name (`开放率目标`, `参与率的目标`)
_RATE_ASKED = re.compile(r"(?P<rate>[\u4e00-\u9fff]{2}率)的?目标")
_REACHING = re.compile(r"达到|提高到|提升到|不低于")  # the verbs a target level is set with


class RateTargetGap:
    """Handler: whole × the document's target rate − part, of the counts its stated rate is made of (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = flat(query.norm)
        asked = _RATE_ASKED.search(q)
        if asked is None or not ASKS_SHORT.search(q) or "%" in q or len(query.asks) > 1:
            return None
        name = asked.group("rate")
        found = []
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            amounts = document_amounts(ask.reader, doc_id)
            rates = [a for a in amounts if a.quantity.unit == "%" and name in a.words]
            stands = [(r, p, w) for r in rates for p in amounts for w in amounts
                      if p.sentence == w.sentence == r.sentence and p.quantity.unit == w.quantity.unit != "%"
                      and is_quotient(p.quantity.value, w.quantity.value, r.operand(name))]
            if len(stands) != 1:
                continue
            rate, part, whole = stands[0]
            targets = [a for a in rates if a.sentence != rate.sentence and _REACHING.search(normalize(a.lead))
                       and rate.quantity.value < a.quantity.value <= 100]
            if len({a.quantity.value for a in targets}) == 1:
                found.append((part, whole, targets[0]))
        if len(found) != 1:
            return None
        part, whole, target = found[0]
        result = shortfall(whole.operand(whole.words), part.operand(part.words), target.operand(target.words),
                           f"{name}达到{target.quantity.text}还差（{whole.words} × {target.quantity.text} − "
                           f"{part.words}）")
        return None if result is None else draft_apart(ask.reader, ask.book, result, [whole, part, target])
