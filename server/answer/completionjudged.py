"""Whether a requirement was completed, asked of the document's own report (`…轮训完成情况合格吗`, `完成率达标没有`).
Plans and reviews report how far a requirement binding on everyone was met as a completion rate (`…培训完成率为
97.2%`); the rate is the value judged, against the 完成率 the document itself requires when it sets one (`完成率达到
95%以上`), else against 100% — a requirement on each one is met only when all complete it. The question's own
figure names the requirement (`72学时培训`), never a case of it: comparing the requirement with itself judges nothing.
An indicator the question names that has a national standard is left to the standard's handlers, unless the
question qualifies the rate by a word the standard's name lacks (`整改完成率` is no `培训完成率`) and the document sets
its own bar on that rate: a rate is judged against the bar set on it, never another rate's.
Whether things meet a standard (`…达标了吗`) is read the same way from the 达标率 reported for them: below the
rate the document requires, or below 100% when it requires none, not all of them meet it.
"""
from __future__ import annotations

import re

from figures.compute import Operand, change, decimals_of
from figures.indicators import match_indicator
from figures.numbers import Quantity, find_quantities
from figures.standards import rules_for
from ingest.clauses import CLAUSE_OR_LINE_END, clause_end, clause_start
from ingest.normalize import normalize
from ingest.segment import word_offsets
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.casejudged import verdict
from server.answer.draft import Draft
from server.answer.evidence import COVER_MIN
from server.answer.sections import chunk_hit
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import reached, states_rule

CANDIDATES = 6  # leading passages searched for the reported rate
# the document's report of its completion asked, not a case the question puts (`完成情况`, `完成率`, `落实情况`)
ASKS_DONE = re.compile(r"完成(?:情况|率|得怎么样|得如何|得怎样)|落实情况")
# whether things meet a standard, asked of them (`饮水设施达标了吗`, `是否达标`), not of a rate (`达标率多少`)
_ASKS_MET = re.compile(r"达标(?:了吗|了没有?|没有|吗|情况)|是否达标|达没达标|达不达标|有没有达标")
# the rate each kind of question reads, and what its 100% means
_KINDS = (("完成", ASKS_DONE, "要求人人完成"), ("达标", _ASKS_MET, "要求全部达标"))
_RATE_VERB = r"(?:为|是|达到|达|仅为|只有|仅)?$"
ALL_DONE = 100.0  # % of those bound by a requirement on each one


def _rate(sentence: str, word: str) -> Quantity | None:
    """The rate of `word` (完成率, 达标率) `sentence` reports as reached (a rule's `完成率不低于95%` is not one)."""
    for q in find_quantities(sentence):
        if q.unit == "%" and re.search(word + "率" + _RATE_VERB, normalize(sentence[:q.start])) and \
                not states_rule(sentence[:q.end], q.value, q.unit):
            return q
    return None


def _required(text: str, word: str) -> Quantity | None:
    """The rate of `word` a document sets as a requirement (`完成率达到95%以上`, `完成率不低于95%`)."""
    for q in find_quantities(text):
        if q.unit == "%" and f"{word}率" in normalize(text[max(0, q.start - 8):q.start]) \
                and states_rule(text[:q.end], q.value, "%"):
            return q
    return None


def _qualifier(norm: str, word: str) -> str:
    """The word the question writes right before `word率` (整改 of `整改完成率达标没`), or ''."""
    at = norm.find(f"{word}率")
    before = [w for start, w in word_offsets(norm[:at]).items() if start + len(w) == at] if at > 0 else []
    return before[0] if before else ""


def _own_bar(text: str, word: str, qualifier: str) -> tuple[Quantity, str] | None:
    """The bar the document sets on the rate the question qualifies (`整改完成率不得低于95%`), else on any `word率`,
    with the rate's name as the bar writes it."""
    named = _required(text, qualifier + word) if qualifier else None
    if named is not None:
        return named, qualifier + word
    bare = _required(text, word)
    return (bare, word) if bare is not None else None


def _verdict(passed: bool, question: str) -> str:
    """The verdict in the question's word; 达标 asked, in its own terms beside it (达标没 → 没有达标，即不达标)."""
    word = verdict(passed, question)
    if not word.startswith(("达标（", "未达标（")):
        return word
    cut = word.index("（")
    return word[:cut] + (reached(passed, question) or word[cut:])


class CompletionJudged:
    """Handler: a completion asked judged (module doc); None when no leading sentence reports its rate."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        kind = next(((word, all_mean) for word, asks, all_mean in _KINDS if asks.search(query.norm)), None)
        if not query.asked.compliance or query.asked.threshold or kind is None:
            return None
        word, all_mean = kind
        indicator = match_indicator(normalize(query.norm, drop_space=True))
        qualifier = _qualifier(query.norm, word)
        national = indicator is not None and bool(rules_for(indicator.key))
        if national and (not qualifier or qualifier in indicator.name):  # type: ignore[union-attr]
            return None  # an indicator of a national standard (培训完成率) is judged by its standard's handlers
        for hit in ask.ranked[:CANDIDATES]:
            if hit.chunk.row_index is not None or not reader.year_ok(query, hit):
                continue
            doc = reader.documents[hit.chunk.doc_id]
            for s, e in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
                q = _rate(doc.text[s:e], word)
                if q is None or reader.coverage(query, flat(doc.text[s:e]))[0] < COVER_MIN:
                    continue
                own = _own_bar(doc.text, word, qualifier)
                if national and (own is None or own[1] == word):
                    return None  # another rate qualified alike: no bar of its own to judge it by
                n = ask.book.cite(hit, s, e)
                name = own[1] if own is not None else word
                bar = own[0].value if own is not None else ALL_DONE
                whose = f"文件要求{name}率{own[0].text}" if own is not None else f"{all_mean}，即{word}率100%"
                actual = Operand(label=f"{name}率", value=q.value, unit="%", decimals=q.decimals,
                                 source={"kind": "passage", "start": s + q.start, "end": s + q.end, "text": q.text})
                gap = change(actual, Operand(label=f"要求的{name}率", value=bar, unit="%", decimals=decimals_of(bar)),
                             label="与要求之差")
                passed = q.value >= bar
                gap.flag = "pass" if passed else "fail"
                outcome = f"{name}率{q.text} {'≥' if passed else '<'} {bar:g}%（{whose}）"
                if not passed:
                    outcome += f"，差{gap.formula}"
                quoted = f"“{display(doc.text[s:e])}”[{n}]"
                if own is not None and not s <= own[0].start < e:  # the bar stated apart: its clause cited too
                    rule = (clause_start(doc.text, own[0].start, CLAUSE_OR_LINE_END),
                            clause_end(doc.text, own[0].end, CLAUSE_OR_LINE_END))
                    m = ask.book.cite(chunk_hit(reader, doc, rule[0]), *rule)
                    quoted += f"；“{display(doc.text[rule[0]:rule[1]])}”[{m}]"
                return Draft(f"{_verdict(passed, query.norm)}。{outcome}。依据{region_of(doc)}文件：{quoted}", False,
                             ask.book.citations, [computed_figure(gap, n)])
        return None
