"""A rate named by what its part did (达标率, 通过率, 合格率) that the report leaves to compute from its counts.

Inspection and acceptance bulletins count the units put to the check (`纳入核查的学校共N所`, `共有N所申报`) and,
in another sentence, those that passed (`达标学校M所`, `共有M所通过验收`), and state the rate itself, if at all,
only as the level to reach by a date to come (`到年底达标率达到90%以上`) — never the level reached. Asked the rate,
or whether it reaches a bar, the answer is the part ÷ the whole: the part the one count whose clause names the rate's
stem (not negated: 未达标 is the other part), the whole the one larger count in its counter whose clause names the
act of putting forward or examining (server/lexicon/counted_rates.tsv). A document stating the rate as reached is
left to the lookups; two values fitting either count give no figure.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import Computation, ComputeError, share
from figures.direction import states_change
from figures.standards import BOUNDS
from ingest.clauses import clause_end, clause_start
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.derived import defined_rates
from server.answer.draft import Draft
from server.answer.evidence import PLANNED
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.rowrate import STEM_RATE
from server.answer.text import display, flat
from server.calc import rule_bound, verdict_text
from server.lexicon import counted_rates

CANDIDATE_DOCUMENTS = 2  # leading documents whose counts are read
_NEGATION = "未没不非无"
# a lesser grade named by the stem (基本合格, 基本达标): inspection conclusions grade units as passed, passed
# in the main, or failed, and the units of the middle grade are not those that passed
_LESSER = "基本"
# a rate stated as a bound to keep or reach (`不低于90%`, `达到90%以上`, `须`): a rule, not the level reached
_PLANS = re.compile(rf"{PLANNED.pattern}|计划|拟")
_BOUND = re.compile(r"不得?(?:低于|少于|超过|高于)|以上|以下|以内|至少|须|应(?=达|不低|不少|在)")
# the level a plan sets asked (`…率的目标`, `要达到多少`): the lookups quote it; the counts give the level reached
_GOAL_ASKED = re.compile(r"目标|要达到|力争|计划达到")
# a share named by what its part did, as a 比例 (`获奖比例`, `通过的比例`): the rate of that stem
_STEM_SHARE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2})的?(?:比例|占比)")
# an amount restated in money (`折合`, `折算`): its clause names no thing, the one before it does
_CONVERTS = re.compile(r"\s*(?:折合|折算)")


class CountedRate:
    """Handler: the part's count ÷ the whole put to the check, for a rate the report states as reached nowhere
    (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.asked.change or len(query.asks) > 1 or query.operation not in ("", "share") \
                or "%" not in query.asked.units or (_GOAL_ASKED.search(query.norm) and not query.asked.compliance):
            return None
        q = flat(query.norm)
        m = STEM_RATE.search(q) or _STEM_SHARE.search(q)
        if m is None or any(r[0] in q for r in defined_rates()):
            return None  # a rate of a fixed definition (整改率 = 整改 ÷ 发现): server/answer/derived.py
        stem = m.group("stem")
        wholes = counted_rates().get(stem)
        if not wholes:
            return None
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            text = ask.reader.documents[doc_id].text
            amounts = [a for a in document_amounts(ask.reader, doc_id) if ask.reader.year_ok(query, a.hit)]
            if any(_states_reached(text, a, f"{stem}率") for a in amounts):
                return None  # the rate reached is stated: the lookups quote it
            counts = [a for a in amounts if a.quantity.unit not in ("%", "百分点")]
            # (a change in the count that passed, `…比上年增加N所`, is no count of them)
            # (nor is a count planned, `计划开放N所`: the rate asked is of the units that did, not of those to)
            parts = [a for a in counts if _names(text, a, (stem,)) and not states_change(normalize(a.lead))
                     and not _planned(text, a)]
            # the whole may be named by the stem as its condition (`具备开放条件的学校`): a count naming the stem and a
            # whole's word is the whole when another count names the stem alone
            parts = [a for a in parts if not _names(text, a, wholes)] or parts
            # of several, those naming no kind the question does not (`获奖课例共N节` beside `数学获奖课例M节`): the
            # count of all that did it, its kinds' counts parts of it
            parts = [a for a in parts if _unqualified(_clause(text, a, with_count=False), q)] or parts
            found = [(p, w) for p in parts for w in counts
                     if w not in parts and w.quantity.unit == p.quantity.unit
                     and w.quantity.value > p.quantity.value and _names(text, w, wholes)]
            if not found:
                continue
            if len({(p.quantity.value, w.quantity.value) for p, w in found}) != 1:
                return None  # two readings: computing one would be a guess
            part, whole = found[0]
            try:
                names = [_clause(text, a, with_count=False) for a in (part, whole)]
                result = share(part.operand(names[0]), whole.operand(names[1]),
                               label=f"{stem}率（{names[0]} ÷ {names[1]}）")
            except ComputeError:
                return None
            draft = draft_apart(ask.reader, ask.book, result, [part, whole], query)
            aims = [a for a in amounts if a.quantity.unit == "%" and f"{stem}率" in _clause(text, a)]
            if query.asked.compliance and not draft.abstained and len(aims) == 1:
                # judged against a bar the document sets itself as its target: that sentence quoted as the bar's;
                # a standing requirement's bound (`要求…不低于N%`, no date to come) gives the verdict too
                aim = aims[0]
                n = ask.book.cite(aim.hit, *aim.sentence)
                quote = display(text[aim.sentence[0]:aim.sentence[1]])
                verdict = _judged(result, aim, text, query.norm)
                said = "文件中的要求" if verdict else "文件设定的目标"
                draft = replace(draft, answer=f"{verdict}{draft.answer}；{said}：“{quote}”[{n}]",
                                citations=ask.book.citations)
            return draft
        return None


# the words of totalling and linking that name no kind (`共`, `合计`, `有`, `的`)
_TOTALLING = re.compile(r"共计|合计|总计|共|有|的|\s")


def _unqualified(name: str, q: str) -> bool:
    """Whether every character of a count's name, its words of totalling left out, is one the question writes."""
    return all(ch in q for ch in _TOTALLING.sub("", name))


def _judged(result: Computation, aim: Stated, text: str, question: str) -> str:
    """`达标（达到要求）：`, in the question's words, of the rate computed against the standing requirement `aim` states
    (a bound with no date to come); '' for a level a plan sets by a date, which the level now is not held to."""
    bar = aim.quantity
    bound = rule_bound(bar, text[aim.sentence[0]:bar.start])
    if bound not in BOUNDS or not bar.qualifier or PLANNED.search(text[aim.sentence[0]:aim.sentence[1]]):
        return ""
    passed = BOUNDS[bound](round(result.value, 2), bar.value)  # on the share as shown
    return f"{verdict_text(replace(result, flag='pass' if passed else 'fail'), question)}："


def _clause(text: str, a: Stated, with_count: bool = True) -> str:
    """The flat words of the amount's clause: its lead and the words after it to the clause's end (the act
    may follow the count: `共有N所通过验收`), with or without the count itself."""
    q = a.quantity
    after = text[q.end:clause_end(text, q.end, ceiling=a.sentence[1])]
    begin = clause_start(text, q.start, floor=a.sentence[0])
    lead = a.lead
    if _CONVERTS.match(text, begin) and begin > a.sentence[0]:
        # a conversion clause (`…收到图书一批，折合N万元`) names no thing of its own: the clause before names it
        lead = text[clause_start(text, begin - 1, floor=a.sentence[0]):begin] + lead
    if not with_count:  # a name: the next count listed (`M名、N名…`) is another's
        after = after.split("、")[0]
    words = flat(normalize(lead + (q.text if with_count else " ") + after))
    return words if with_count else re.sub(r"(?:共有|共计|共)$", "", words)


def _names(text: str, a: Stated, words: tuple[str, ...]) -> bool:
    """Whether the amount's own clause names one of `words`, not negated (未达标, 未通过 count the other part) nor
    graded below it (基本合格)."""
    clause = _clause(text, a)
    return any(at > 0 and clause[at - 1] not in _NEGATION and not clause[:at].endswith(_LESSER) or at == 0
               for w in words for at in _finds(clause, w))


def _planned(text: str, a: Stated) -> bool:
    """Whether the amount's sentence sets it as a plan (`计划开放N所`, `力争…`), not as done."""
    return bool(_PLANS.search(flat(normalize(text[a.sentence[0]:a.sentence[1]]))))


def _finds(clause: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), clause)]


def _states_reached(text: str, a: Stated, rate: str) -> bool:
    """A percentage whose clause names the rate and is not a level to reach (a date to come, 力争, a bound)."""
    if a.quantity.unit != "%":
        return False
    clause = _clause(text, a)
    sentence = flat(normalize(text[a.sentence[0]:a.sentence[1]]))
    return rate in clause and not PLANNED.search(sentence) and not _BOUND.search(clause)
