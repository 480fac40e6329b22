"""A document's own requirement asked against the national one (`交流比例符合国家规定吗` of a plan that sets
`每年不低于12%` and states no value reached): the question asks whether the bar the document sets meets the national
standard's (figures/standards.py) — a floor at or above the national floor does (12% ≥ 10%), a lower one does not;
a ceiling the other way round. Plans and notices restate the national rules in their own, often stricter, terms.

Only when the question names the national bar (国家), the indicator has one national rule of any stage in the
bound's unit, and the document's bound points the same way; the answer says that it judges a requirement, not a
value reached.
"""
from __future__ import annotations

import re

from figures.compute import Operand, compare
from figures.numbers import Quantity, amount_text
from figures.standards import BOUNDS, NOT_SYMBOLS, SYMBOLS, rules_for
from server.answer.base import Ask
from server.answer.casejudged import verdict
from server.answer.draft import Draft
from server.answer.text import computed_figure, display, region_of
from server.calc import indicator_of, rule_bound
from server.retrieve import Hit

_NATIONAL = re.compile(r"国家")


def rule_against_standard(ask: Ask, hit: Hit, sentence: tuple[int, int], bound: Quantity) -> Draft | None:
    """The document's requirement `bound` (its offsets into the document text) judged against the national rule
    of its indicator (module doc); None when the question names no national bar or no one rule fits."""
    if not _NATIONAL.search(ask.query.norm):
        return None
    doc = ask.reader.documents[hit.chunk.doc_id]
    before = doc.text[sentence[0]:bound.start]
    indicator = indicator_of(before + bound.text, bound.unit)
    rules = [r for r in rules_for(indicator.key) if r.unit == bound.unit and r.threshold is not None
             and not r.stage] if indicator is not None else []
    comparator = rule_bound(bound, before)
    if len(rules) != 1 or comparator not in BOUNDS or comparator[0] != rules[0].comparator[0]:
        return None
    rule = rules[0]
    assert rule.threshold is not None
    passed = BOUNDS[rule.comparator](bound.value, rule.threshold)
    own = Operand(label=f"文件的要求 {bound.text}", value=bound.value, unit=bound.unit, decimals=bound.decimals)
    national = Operand(label=f"国家要求 {rule.rule}", value=rule.threshold, unit=rule.unit)
    judged = compare(own, national, label="文件的要求与国家要求比较")
    judged.flag = "pass" if passed else "fail"
    n = ask.book.cite(hit, *sentence)
    relation = SYMBOLS[rule.comparator] if passed else NOT_SYMBOLS[rule.comparator]
    own_shown = amount_text(bound.value, bound.unit)
    answer = (f"{verdict(passed, ask.query.norm)}：文件要求{display(bound.text)}，{own_shown} "
              f"{relation} 国家要求的{amount_text(rule.threshold, rule.unit)}（{rule.rule}）；文件只规定了要求，"
              f"没有给出实际达到的数值。依据{region_of(doc)}文件：“{display(doc.text[sentence[0]:sentence[1]])}”[{n}]")
    return Draft(answer, False, ask.book.citations, [computed_figure(judged, n)])
