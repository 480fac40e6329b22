"""A plan's target set as a change on the present level (`到Y年底X率再下降D个百分点以上`), asked as the level to
reach (`Y年底X率要降到多少以下`): the present level the document states apart (`上年X率为P%`) ∓ the change
→ 51.1%, its bound turned with it (falling by at least 0.5 points leaves the rate at most 51.1%).

Work points and plans state the year's result in their opening and the next year's target as a change on it; the
question asks the level. The rate is the one named right before the change verb and in the question; its present
level is the one amount of the document in % its words name, stated without a deadline (not another target) and
dated before the target's deadline when dated. Several present levels of that rate (stages, years): no answer.
"""
from __future__ import annotations

import re

from figures.compute import Computation, Operand
from figures.direction import FALL_VERBS, RISE_VERBS
from figures.numbers import Quantity
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.levels import DEADLINE
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat

CANDIDATE_DOCUMENTS = 2  # leading documents the target and the present level are looked for in
# the question's own verb of a level to reach by a fall or a rise (`要降到多少`, `提高到多少`)
_FALL_TO = "|".join((*FALL_VERBS, "降", "减"))
_RISE_TO = "|".join((*RISE_VERBS, "升", "增"))
_ASKS_LEVEL = re.compile(rf"(?:(?P<fall>{_FALL_TO})|(?P<rise>{_RISE_TO}))(?:到|至)(?:多少|几)")
# the change verb right before the figure, as a target writes it (`再下降`, `提高`, `降低了`)
_CHANGE_LEAD = re.compile(rf"(?:再|继续|进一步)?(?:(?P<fall>{'|'.join(FALL_VERBS)})|(?P<rise>{'|'.join(RISE_VERBS)}))"
                          r"了?(?:约|近)?$")
_RATE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:率|比例)")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


class TargetByChange:
    """Handler: the level a target set as a change reaches, from the present level stated apart (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        asked = _ASKS_LEVEL.search(query.norm)
        if "target" not in query.intents or asked is None or query.asked.change or query.asked.compliance \
                or len(query.asks) > 1:
            return None
        question = flat(query.norm)
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            text = ask.reader.documents[doc_id].text
            amounts = document_amounts(ask.reader, doc_id)
            targets = [t for a in amounts if (t := _target(text, a, question)) is not None]
            if len(targets) != 1:
                continue
            change, rate, fall, deadline = targets[0]
            if bool(asked.group("fall")) != fall:
                return None  # asked to fall, set to rise (or the reverse): not this target
            present = [a for a in amounts if _present(text, a, rate, deadline)]
            if len({a.quantity.value for a in present}) != 1:
                return None
            return draft_apart(ask.reader, ask.book, _level(present[0], change, rate, fall, deadline),
                               [present[0], change])
        return None


def _target(text: str, a: Stated, question: str) -> tuple[Stated, str, bool, str] | None:
    """(the change, the rate it is of, whether it falls, its deadline) when `a` is a change in points a target
    sets by a deadline on a rate the question names; None otherwise."""
    q = a.quantity
    head = normalize(text[a.sentence[0]:q.start], drop_space=True)
    lead = _CHANGE_LEAD.search(head)
    if q.unit != "百分点" or lead is None:
        return None
    before = head[:lead.start()]
    deadline = list(DEADLINE.finditer(before))
    if not deadline:
        return None
    clause = before[deadline[-1].end():]
    rates = [m.group() for m in _RATE.finditer(clause)]
    rate = next((r[i:] for r in rates for i in range(len(r) - 1) if r[i:] in question), "")
    if len(rate) < 2:
        return None
    return a, rate, bool(lead.group("fall")), deadline[-1].group()


def _present(text: str, a: Stated, rate: str, deadline: str) -> bool:
    """Whether `a` states the present level of `rate` in %: named by it right before, in a sentence setting no
    deadline, dated (when dated) before the deadline's year."""
    q = a.quantity
    if q.unit != "%":
        return False
    before = normalize(text[a.sentence[0]:q.start], drop_space=True)
    if not re.search(rf"{re.escape(rate)}(?:为|是|达到|达)?约?$", before) or DEADLINE.search(before):
        return False
    years = [int(y) for y in _YEAR.findall(before)]
    due = _YEAR.search(deadline)
    return not years or due is None or max(years) < int(due.group(1))


def _level(present: Stated, change: Stated, rate: str, fall: bool, deadline: str) -> Computation:
    """present ∓ change, with the bound the change's own bound turns into (再下降…以上 → …以下)."""
    p, c = present.quantity, change.quantity
    value = p.value - c.value if fall else p.value + c.value
    decimals = max(p.decimals, c.decimals)
    bound = _bound(c, fall)
    shown = f"{value:.{decimals}f}%"
    sign = "−" if fall else "+"
    when = deadline.lstrip("到至于力争取确保 ")
    inputs = [Operand(label=f"现在的{rate}", value=p.value, unit="%", decimals=p.decimals,
                      source={"kind": "passage", "start": p.start, "end": p.end, "text": p.text}).to_input(),
              Operand(label=f"{rate}目标变化", value=c.value, unit="百分点", decimals=c.decimals,
                      source={"kind": "passage", "start": c.start, "end": c.end, "text": c.text}).to_input()]
    return Computation(label=f"{when}{rate}目标", value=value, unit="%",
                       formula=f"{p.text} {sign} {c.text} = {shown}{bound}", inputs=inputs)


def _bound(change: Quantity, fall: bool) -> str:
    """A change by at least so much (`…以上`) leaves the level on the far side of the result: 以下 for a fall."""
    if change.qualifier in (">=", ">") or change.text.endswith("以上"):
        return "以下" if fall else "以上"
    if change.qualifier in ("<=", "<") or change.text.endswith("以内"):
        return "以上" if fall else "以下"
    return ""
