"""A document's own requirement asked against the national one (`交流比例符合国家规定吗` of a plan that sets
`每年不低于12%` and states no value reached): whether the level reached meets the national standard cannot be
judged — the document states no level — but how its own bar stands to the national one (figures/standards.py) is
worth telling: a floor at or above the national floor (12% ≥ 10%), a lower one, a ceiling the other way round.
Plans and notices restate the national rules in their own, often stricter, terms.

Only when the question names the national bar (国家), the indicator has one national rule of any stage in the
bound's unit, and the document's bound points the same way. The answer abstains, saying so — unless the indicator's
level is what the local rule itself sets (the share of a high school's places a county allocates to junior schools,
名额分配: its 招生 notice's bound is the allocation in force): then the rule is judged against the national one.
"""
from __future__ import annotations

import re

from figures.indicators import Indicator, match_indicator
from figures.numbers import Quantity, amount_text
from figures.standards import BOUNDS, NOT_SYMBOLS, SYMBOLS, rules_for
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.casejudged import verdict
from server.answer.draft import Draft
from server.answer.text import display, region_of
from server.calc import indicator_of, rule_bound
from server.retrieve import Hit
from server.schemas import Figure

_NATIONAL = re.compile(r"国家")
# indicators whose level a local rule sets rather than reports (standards.md: quota_allocation_ratio, a share of places)
_SET_BY_RULE = frozenset({"quota_allocation_ratio"})
MIN_NAME_WORDS = 2  # of the indicator's name, the two-character words its sentence must write when it names it apart


def rule_against_standard(ask: Ask, hit: Hit, sentence: tuple[int, int], bound: Quantity) -> Draft | None:
    """The document's requirement `bound` (its offsets into the document text) judged against the national rule
    of its indicator (module doc); None when the question names no national bar or no one rule fits."""
    if not _NATIONAL.search(ask.query.norm):
        return None
    doc = ask.reader.documents[hit.chunk.doc_id]
    before = doc.text[sentence[0]:bound.start]
    # the indicator its sentence names, else the one the question names when the sentence writes its words apart
    # (`X…所占比例` of X分配比例)
    indicator = indicator_of(before + bound.text, bound.unit) or _named_apart(ask, before)
    rules = [r for r in rules_for(indicator.key) if r.unit == bound.unit and r.threshold is not None
             and not r.stage] if indicator is not None else []
    comparator = rule_bound(bound, before)
    if len(rules) != 1 or comparator not in BOUNDS or comparator[0] != rules[0].comparator[0]:
        return None
    rule = rules[0]
    assert rule.threshold is not None
    passed = BOUNDS[rule.comparator](bound.value, rule.threshold)
    relation = SYMBOLS[rule.comparator] if passed else NOT_SYMBOLS[rule.comparator]
    said = display(doc.text[sentence[0]:sentence[1]])
    if rule.key in _SET_BY_RULE:
        n = ask.book.cite(hit, *sentence)
        word = verdict(passed, ask.query.norm)
        answer = (f"{word}：{region_of(doc)}文件规定“{said}”[{n}]，{amount_text(bound.value, bound.unit)} {relation} "
                  f"国家要求的{amount_text(rule.threshold, rule.unit)}（{rule.rule}）。")
        return Draft(answer, False, ask.book.citations,
                     [Figure(label=display(before[-20:]), value=bound.value, unit=bound.unit, citation_ids=[n])])
    message = (f"文件中未找到实际达到的数值，不能判断是否达到国家要求：{region_of(doc)}文件只规定了要求"
               f"（“{said}”），其中{amount_text(bound.value, bound.unit)} {relation} "
               f"国家要求的{amount_text(rule.threshold, rule.unit)}（{rule.rule}）。")
    return ask.reader.abstain(message, [hit] + [h for h in ask.ranked if h is not hit])


def _named_apart(ask: Ask, before: str) -> Indicator | None:
    """The indicator the question names, when the words before the bound write two or more of its name's words."""
    named = match_indicator(normalize(ask.query.norm, drop_space=True))
    if named is None:
        return None
    text = normalize(before, drop_space=True)
    return named if sum(w in text for w in re.findall(r"[\u4e00-\u9fff]{2}", named.name)) >= MIN_NAME_WORDS else None
