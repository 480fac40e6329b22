"""A share the national standard defines by its whole (交流轮岗教师 of 符合交流条件的教师: figures.standards Rule.of)
asked against that standard, of a document that never states the share but counts the whole and the part in one
sentence (`…符合交流条件教师共N人，已有M人交流轮岗…`): the part ÷ the whole, judged against the rule, the sentence
cited. Plans and rotation notices count the eligible teachers and those moved so; a document stating the share
itself is left to the lookups."""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, share
from figures.indicators import match_indicator
from figures.numbers import Quantity, find_quantities
from figures.standards import Rule, StandardError, check, rules_for
from ingest.clauses import clause_start
from ingest.models import Document
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.sections import chunk_hit
from server.answer.text import ITEM_HEAD, computed_figure, display, flat, region_of
from server.calc import verdict_text

CANDIDATE_DOCUMENTS = 2  # leading documents whose sentences are read
_RATIO = "比例"
_COUNTED = re.compile(r"(?:共有|共计|共)$")  # the verb counting a clause's figure, no part of its name


class StandardShare:
    """Handler: the part's count ÷ the whole's count of a share rule asked against the national standard
    (module doc); None unless one sentence counts both, and no clause of the document states the share."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.asked.compliance or query.asked.threshold or len(query.asks) > 1:
            return None
        indicator = match_indicator(query.norm, "%")
        rules = [r for r in rules_for(indicator.key) if r.of] if indicator else []
        # the part as the indicator's names write it before 比例 (交流 of 交流比例)
        stems = [s.removesuffix(_RATIO) for s in (indicator.synonyms if indicator else ()) if s.endswith(_RATIO)]
        if len(rules) != 1 or not stems:
            return None
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            doc = ask.reader.documents[doc_id]
            counted = _counted(doc, rules[0], stems)
            if counted is not None:
                return _judged(ask, doc, rules[0], *counted)
        return None


def _clause(sentence: str, q: Quantity) -> str:
    return flat(normalize(sentence[clause_start(sentence, q.start):q.start]))


def _label(clause: str) -> str:
    """A figure's clause as its operand's name: without the item's number (`（四）`), the 其中 splitting a part off
    and the verb counting it."""
    head = ITEM_HEAD.match(clause)
    return _COUNTED.sub("", clause[head.end() if head else 0:].removeprefix("其中"))


def _counted(doc: Document, rule: Rule, stems: list[str]) -> tuple[tuple[int, int], Quantity, Quantity] | None:
    """The one sentence counting the rule's whole and, after it, one part its stem names (in the whole's unit,
    smaller); None when the document states the share (a percentage after a stem, no bound) or several sentences
    fit."""
    found = []
    for start, end in split_sentences(doc.text, 0, len(doc.text)):
        sentence = doc.text[start:end]
        quantities = find_quantities(sentence)
        if any(q.unit == "%" and not q.qualifier and any(s in _clause(sentence, q) for s in stems)
               for q in quantities):
            return None  # the share is stated as reached (not a bound to reach): quoted by the lookups
        counts = [q for q in quantities if q.unit and q.unit != "%" and not q.qualifier]
        wholes = [q for q in counts if any(w in _clause(sentence, q) for w in rule.of)]
        for whole in wholes[:1]:
            parts = [q for q in counts if q.start > whole.end and q.unit == whole.unit and q.value < whole.value
                     and any(s in (c := _clause(sentence, q)) for s in stems) and not any(w in c for w in rule.of)]
            if len(parts) == 1:
                found.append(((start, end), parts[0], whole))
    return found[0] if len(found) == 1 else None


def _judged(ask: Ask, doc: Document, rule: Rule, span: tuple[int, int], part: Quantity,
            whole: Quantity) -> Draft | None:
    sentence = doc.text[span[0]:span[1]]
    counts = [Operand(label=_label(_clause(sentence, q)), value=q.value, unit=q.unit, decimals=q.decimals,
                      source={"kind": "passage", "start": span[0] + q.start, "end": span[0] + q.end, "text": q.text})
              for q in (part, whole)]
    try:
        result = share(counts[0], counts[1], label=f"{counts[0].label} ÷ {counts[1].label}")
        shown = round(result.value, 2)  # judged as shown
        outcome = check(rule.key, shown, operand=Operand(label=result.label, value=shown, unit="%", decimals=2))
    except (ComputeError, StandardError):
        return None
    gap = outcome.gap
    gap.flag = outcome.verdict
    n = ask.book.cite(chunk_hit(ask.reader, doc, span[0]), *span)
    answer = (f"{verdict_text(gap, ask.query.norm)}：{result.label}：{result.formula}[{n}]；{outcome.summary()}。"
              f"依据{region_of(doc)}文件：“{display(sentence)}”[{n}]")
    hit = chunk_hit(ask.reader, doc, span[0])
    return Draft(answer, False, ask.book.citations, [computed_figure(result, n), computed_figure(gap, n)],
                 [Claim("%", result.label, hit, span, True)])
