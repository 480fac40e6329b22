"""A compliance question whose best sentence is the document's requirement (`比例不低于10%`), not the value
reached: reports and plans state the bar in one place (a plan's target, a rectification demand) and the
value reached in another (the problems found, the situation). The value is the same indicator's figure of
another sentence among the leading passages of that document — most of the key terms, the rule's unit, not
itself a requirement — judged against the rule's bound, both cited. None when no such sentence is found:
the caller then says the document states only the requirement.

A report may state both in one sentence (`要求每周不少于3次，…实际每周开展4次`): a compliance asked of that sentence
(`达没达到要求`) judges its value reached against its rule of the same unit (RuleBesideReached). A bar set per one
unit (`X每年应不少于N场`) whose value is stated as the total of a count of those units (`M所X共开展T场`) is judged on
the total ÷ the count, never on the total; a figure a clause allots per one unit to a group of people the bar's
clause does not count (`每间A不得超过N人，每间A配B类人员M名`) is no value reached of that bar.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import replace

from figures.compute import Operand, compare, ratio
from figures.direction import states_change
from figures.numbers import Quantity, amount_text, find_quantities
from figures.standards import BOUNDS, NOT_SYMBOLS, SYMBOLS
from ingest.clauses import clause_end, clause_start
from ingest.normalize import normalize
from ingest.structure import split_paragraphs, split_sentences
from server.answer.base import Ask
from server.answer.draft import CitationBook, Draft
from server.answer.evidence import COVER_MIN
from server.answer.levels import set_by_deadline
from server.answer.peoplegroups import group_of
from server.answer.statedverdict import ASKS_CONTENT
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import rule_bound, states_rule, verdict_text
from server.lexicon import stages_named
from server.retrieve import Hit
from server.schemas import Figure

REACHED_COVER = 0.75  # of the key terms, the sentence stating the value reached must hold
LEADING = 8  # passages looked through for it


_Found = tuple[Hit, tuple[int, int], Quantity]
# reaching a target asked (`达到年度目标了吗`, `完成目标没有`)
_ASKS_AIM = re.compile(r"目标")


# the rule asked by its name (`符合X规定`, `达到X要求`)
_RULE_ASKED = re.compile(r"规定|要求")
# a rule set on every unit of a kind (`每所学校…`, `各校…`, `全区学校…一律`), or on every unit meeting a condition
# its sentence opens with (`凡…`, `开设X的，…不得低于N%`): it holds for the one unit a value names
_EVERY_UNIT = re.compile(r"每(?:所|个|间|位|名|次)|各(?:校|学校|园|单位)|所有|全体|一律|^凡|^[^，。；]{2,16}的，")


def _sentences(ask: Ask, doc_id: str, skip: tuple[int, int], unit: str, rule: bool,
               unit_named: Collection[str] = ()) -> Iterator[_Found]:
    """Sentences of the leading passages holding most of the key terms and one figure in `unit` that is a
    requirement's bound (`rule`) or a value reached (not). Another document only within the place the
    question named (its scope): a place's report states what its plan or a speech requires. The key terms
    `unit_named` (the one unit a value is stated of) count as held by a rule set on every unit."""
    reader, query = ask.reader, ask.query
    aims = _ASKS_AIM.search(query.norm)  # a target asked: a level set by a deadline is its bar
    # the words qualifying the target asked (年度 of 年度目标) describe the bar, not the indicator
    given = [t for t in query.terms if aims and query.norm[:aims.start()].endswith(t)]
    # … and so do the words naming whose rule is asked (区里 of `合乎区里的规定吗`, 县里 of `县里的要求`)
    given += [t for m in _RULE_ASKED.finditer(query.norm) for t in query.terms
              if query.norm[:m.start()].endswith((t, f"{t}的")) and t not in given]
    # a rule set on a school stage's pupils (`初中生午休不少于30分钟`) holds for each school of that stage the value is
    # stated of (`第二初级中学`)
    stage = _unit_stage(unit_named)
    for hit in ask.ranked[:LEADING]:
        if hit.chunk.row_index is not None or hit.chunk.doc_id != doc_id and ask.scope is None:
            continue
        doc = reader.documents[hit.chunk.doc_id]
        for start, end in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
            sentence = doc.text[start:end]
            every = [*given, *unit_named] if rule and unit_named and (
                _EVERY_UNIT.search(sentence) or stage and _clause_of_stage(sentence, stage) is not None) else given
            # a sentence right beside the other one (the rule, or the value reached) in its paragraph names the
            # indicator with it: `…到场不得超过30分钟。某校演练时到场用了41分钟。`
            beside = doc.text[skip[0]:skip[1]] if hit.chunk.doc_id == doc_id and _adjacent(doc.text, skip,
                                                                                          (start, end)) else ""
            covered = reader.coverage(query, flat(normalize(beside + sentence)), given=every)[0]
            if (start, end) == skip or covered < REACHED_COVER:
                continue
            found = [q for q in find_quantities(sentence) if q.unit == unit
                     and ((q.qualifier in BOUNDS if rule else not q.qualifier)
                          and states_rule(sentence, q.value, q.unit) == rule
                          # a level the document says must be reached (`要提高到X%`): a floor with no bound word
                          or rule and not q.qualifier and states_rule(sentence, q.value, q.unit)
                          # a target asked: a level set by a deadline (`N年内…达到X%以上`) is its bar
                          or rule and bool(aims) and q.qualifier in ("", ">=") and set_by_deadline(sentence, q))]
            if len(found) > 1 and stage:  # a bar per stage (`小学生…40分钟，初中生…30分钟`): the unit's stage's
                found = [q for q in found if _clause_of_stage(sentence, stage, q) is not None] or found
            if len(found) > 1:
                found = _of_best_clause(ask, sentence, found, given)
            if len(found) == 1:  # none, or several of the kind: which one is the indicator's is not told
                q = found[0]
                yield hit, (start, end), replace(q, start=start + q.start, end=start + q.end)


def _unit_stage(unit_named: Collection[str]) -> str:
    """The one school stage the words naming a unit give it (初中 of 第二初级中学), or ''."""
    stages = {stage for word in unit_named for _, stage in stages_named(word)}
    return stages.pop() if len(stages) == 1 else ""


def _clause_of_stage(sentence: str, stage: str, q: Quantity | None = None) -> str | None:
    """The clause of `sentence` (the one holding `q`, else any) naming `stage` and no other stage, or None."""
    spans = [(clause_start(sentence, q.start), clause_end(sentence, q.end))] if q is not None else \
        [(m.start(), m.end()) for m in re.finditer(r"[^，,；;。]+", sentence)]
    for a, b in spans:
        clause = sentence[a:b]
        if {named for _, named in stages_named(normalize(clause))} == {stage}:
            return clause
    return None


def _adjacent(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two sentences follow each other in one paragraph (nothing but spaces between, no line break)."""
    gap = text[one[1]:other[0]] if other[0] >= one[1] else text[other[1]:one[0]]
    return not gap.strip() and "\n" not in gap


def _of_best_clause(ask: Ask, sentence: str, found: list[Quantity], given: list[str]) -> list[Quantity]:
    """Several figures of the kind in one sentence, one per clause (a level per stage or per kind listed
    together): the one whose clause holds the most of the key terms, when one clause alone does."""
    def cover(q: Quantity) -> float:
        clause = sentence[clause_start(sentence, q.start):clause_end(sentence, q.end)]
        return ask.reader.coverage(ask.query, flat(normalize(clause)), given=given)[0]
    scored = [(cover(q), q) for q in found]
    best = max(score for score, _ in scored)
    top = [q for score, q in scored if score == best]
    return top if len(top) == 1 else found


def reached_against_rule(ask: Ask, rule_hit: Hit, rule_span: tuple[int, int], rule: Quantity,
                         same_people: bool = False) -> Draft | None:
    """The value reached, judged against `rule` (a bound: `不低于10%` → ≥ 10%) the document sets, or against
    the question's own bar (module doc). A value of other people than the rule's is never it; with
    `same_people`, one naming no people is not either."""
    documents = ask.reader.documents
    counted = _people(documents[rule_hit.chunk.doc_id].text, rule, rule_span[0])
    for hit, span, value in _sentences(ask, rule_hit.chunk.doc_id, rule_span, rule.unit, rule=False):
        people = _people(documents[hit.chunk.doc_id].text, value, span[0])
        if value.value != rule.value and not _apart(counted, people) and (people or not same_people or not counted):
            return judged(ask, (hit, span, value), (rule_hit, rule_span, rule))
    return None


def _people(text: str, q: Quantity, floor: int) -> str:
    """The group of people (pupils, staff) its sentence (opening at `floor`) names last before the figure q
    (offsets into text), or ''."""
    return group_of(text[floor:q.start])


def _apart(group: str, other: str) -> bool:
    """Whether two figures count different groups of people (在校生 and 交流教师): one never measures the other."""
    return bool(group and other and group != other)


def rule_for_reached(ask: Ask, hit: Hit, span: tuple[int, int], value: Quantity,
                     unit_named: Collection[str] = ()) -> Draft | None:
    """A value reached, with no bar in the question nor a national standard for it, judged against the
    requirement the document (or the place's other documents) sets for the same indicator; `unit_named`, the
    key terms naming the one unit the value is stated of, which a rule set on every unit need not name."""
    if ask.query.asked.threshold:
        return None
    text = ask.reader.documents[hit.chunk.doc_id].text
    if _ASKS_AIM.search(ask.query.norm) and not value.qualifier \
            and set_by_deadline(text[span[0]:span[1]], replace(value, start=value.start - span[0])):
        # the figure found is the target asked itself (`年底前…达到100%`): the bar the value reached is judged by
        return reached_against_rule(ask, hit, span, value)
    for rule_hit, rule_span, rule in _sentences(ask, hit.chunk.doc_id, span, value.unit, rule=True,
                                                unit_named=unit_named):
        if _apart(_people(text, value, span[0]),
                  _people(ask.reader.documents[rule_hit.chunk.doc_id].text, rule, rule_span[0])):
            # a bar on other people (a cap on a school's 在校生, the figure found its 交流教师): judged on the value
            # stated of the bar's own people, in another sentence, or not at all (the figure found is not cited)
            ask.book = CitationBook(ask.reader.documents)
            return reached_against_rule(ask, rule_hit, rule_span, rule, same_people=True)
        return judged(ask, (hit, span, value), (rule_hit, rule_span, rule))
    return None


def judged(ask: Ask, reached: _Found, required: _Found, units: Quantity | None = None) -> Draft | None:
    """The value reached (a passage's span and its quantity) judged against the requirement's bound, both cited;
    with `units` (the count of units the value totals, the bar being per one), the total ÷ that count."""
    reader, query, book = ask.reader, ask.query, ask.book
    (hit, (start, end), value), (rule_hit, rule_span, rule) = reached, required
    asked = find_quantities(query.asked.threshold) if query.asked.threshold else []
    # the question's own bar (`满足不低于10%的要求吗`) rules over the document's
    rule_doc = reader.documents[rule_hit.chunk.doc_id]
    bar, bound, whose = (asked[0], query.asked.bound, "问题中的标准") if asked and asked[0].unit == rule.unit \
        else (rule, rule_bound(rule, rule_doc.text[rule_span[0]:rule.start]), "文件中的要求")
    if bound not in BOUNDS:
        return None
    doc = reader.documents[hit.chunk.doc_id]
    sentence = doc.text[start:end]
    actual = Operand(label=normalize(doc.text[start:value.start])[-20:], value=value.value, unit=value.unit,
                     decimals=value.decimals)
    split = ""
    if units is not None:  # the bar is per one unit: the total shared out over the units it totals
        count = Operand(label=normalize(units.text), value=units.value, unit=units.unit, decimals=0)
        each = ratio(actual, count, label=f"{actual.label}÷{count.label}")
        actual = Operand(label=each.label, value=each.value, unit=value.unit,
                         decimals=0 if float(each.value).is_integer() else 2)
        split = f"{each.formula}；"
    target = Operand(label=f"{whose} {bar.text}", value=bar.value, unit=bar.unit, decimals=bar.decimals)
    judged = compare(actual, target, label=f"与{whose}比较")
    passed = BOUNDS[bound](actual.value, bar.value)
    judged.flag = "pass" if passed else "fail"
    relation = SYMBOLS[bound] if passed else NOT_SYMBOLS[bound]
    n = book.cite(hit, start, end)
    # the document's requirement quoted when it is the bar, unless it is the sentence just quoted (the question's
    # own bar leaves it no part in the verdict)
    m = n if bar is not rule else book.cite(rule_hit, *rule_span)
    shown = amount_text(actual.value, _counter(value))
    said = "" if m == n else f"：“{display(rule_doc.text[rule_span[0]:rule_span[1]])}”[{m}]"
    answer = (f"{verdict_text(judged, query.norm)}：{shown}。依据{region_of(doc)}文件："
              f"“{display(sentence)}”[{n}]。{split}{shown} {relation} {amount_text(bar.value, _counter(bar))}"
              f"（{whose}{said}）：{judged.formula}")
    stated = Figure(label=actual.label, value=actual.value, unit=value.unit, citation_ids=[n])
    return Draft(answer, False, book.citations, [stated, computed_figure(judged, n)])


def _counter(q: Quantity) -> str:
    """The unit a count of people is shown in: the document's own counter (`一百三十六名教师` → 136名), which the
    reader finds written so; any other amount in its unit."""
    written = normalize(q.unit_as_written)
    return written if q.unit == "人" and len(written) == 1 else q.unit


class RuleBesideReached:
    """Handler: a compliance asked with no bar of its own, whose best sentence states a requirement's bound
    and the value reached in one unit, one of each (module doc); None otherwise."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.asked.compliance or query.asked.threshold or not ask.hits or ASKS_CONTENT.search(query.norm):
            return None
        hit, (at, _) = ask.evidence.hit, ask.evidence.span
        if hit.chunk.row_index is not None or ask.reader.refusal(query, hit):
            return None
        text = ask.reader.documents[hit.chunk.doc_id].text
        # the best sentence's paragraph: an item's heading (`三是…。`) leads the sentence stating both, in its
        # paragraph or, a heading on a line of its own, in the paragraph after it
        paragraphs = split_paragraphs(text, hit.chunk.start, hit.chunk.end)
        first = next((n for n, (a, b) in enumerate(paragraphs) if a <= at < b), len(paragraphs))
        heading = first < len(paragraphs) and len(split_sentences(text, *paragraphs[first])) == 1
        # a sentence naming what is asked: another indicator's rule and value beside it judge nothing asked
        pairs = [(span, pair) for a, b in paragraphs[first:first + 1 + heading] for span in split_sentences(text, a, b)
                 if ask.reader.coverage(query, flat(normalize(text[span[0]:span[1]])))[0] >= COVER_MIN
                 for pair in _rule_and_value(text[span[0]:span[1]])]
        if len(pairs) != 1:  # none, or several indicators judged: which one is asked is not told
            return None
        (start, end), (value, rule, units) = pairs[0]
        value, rule = (replace(q, start=start + q.start, end=start + q.end) for q in (value, rule))
        return judged(ask, (hit, (start, end), value), (hit, (start, end), rule), units)


# the word making a clause's figure the total of the units it counts (`十二所X共开展…`)
_TOTALLED = re.compile(r"^([\u4e00-\u9fff]{2,12}?)(?:共计|合计|累计|总共|一共|共)")
# a bar on all the units together (`全市X每年不少于…`), not on each
_WHOLE = re.compile(r"全|共|合计|总")


def _units_totalled(sentence: str, value: Quantity, rule: Quantity) -> Quantity | None:
    """The count of units (`十二所`) the value's clause totals (`M所X共…T场`) when the bar's clause sets the bar on
    each of those units (its subject is X, not all of them), else None."""
    at = clause_start(sentence, value.start)
    counts = [q for q in find_quantities(sentence[at:value.start]) if q.unit != value.unit and not q.qualifier]
    if not counts:
        return None
    count = counts[-1]
    named = _TOTALLED.match(sentence[at + count.end:value.start])
    before = sentence[clause_start(sentence, rule.start):rule.start]
    if not named or named.group(1) not in before or _WHOLE.search(before[:before.index(named.group(1))]):
        return None
    return count


def _counts_others(sentence: str, value: Quantity, rule: Quantity) -> bool:
    """Whether the value's clause allots a figure per one unit (`每个A安排B2名`) to a group of people the bar's
    clause does not name: a second allotment beside the bar, not the value the bar is judged on."""
    clause = sentence[clause_start(sentence, value.start):value.start]
    group = group_of(clause)
    return "每" in clause and bool(group) and group != group_of(sentence[clause_start(sentence, rule.start):rule.start])


def _rule_and_value(sentence: str) -> list[tuple[Quantity, Quantity, Quantity | None]]:
    """Per unit of `sentence` that has exactly one requirement's bound and one value reached, the value, the
    bound and the count of units the value totals when the bound is per one (`_units_totalled`); a change
    (`比上年增加1.3平方米`) is no value reached, nor a figure allotted to other people (`_counts_others`)."""
    found = [q for q in find_quantities(sentence) if q.is_measure]
    pairs = []
    for unit in dict.fromkeys(q.unit for q in found):
        rules = [q for q in found if q.unit == unit and q.qualifier in BOUNDS
                 and states_rule(sentence[:q.end], q.value, unit)]
        # (nor is the base a rate is per, `每200名学生配备1名`: 200 counts no one reached)
        values = [q for q in found if q.unit == unit and not q.qualifier and not sentence[:q.start].endswith("每")
                  and not states_rule(sentence[:q.end], q.value, unit) and not states_change(sentence[:q.start])]
        if len(rules) == 1 and len(values) > 1:
            values = _listed_worst(sentence, values, rules[0])
        if len(rules) == 1 and len(values) == 1 and not _counts_others(sentence, values[0], rules[0]):
            pairs.append((values[0], rules[0], _units_totalled(sentence, values[0], rules[0])))
    return pairs


def _listed_worst(sentence: str, values: list[Quantity], rule: Quantity) -> list[Quantity]:
    """Values listed together in one clause (`时长分别只有16小时和18小时`) against one bar: the one farthest on the
    wrong side of it (the least for a floor, the most for a ceiling) — all meet the bar only when it does; values
    not so listed are left as they are (which one is asked is not told)."""
    at = clause_start(sentence, values[0].start)
    if "分别" not in sentence[at:values[0].start] or clause_end(sentence, values[0].start) < values[-1].end:
        return values
    floor = rule.qualifier in (">=", ">")
    return [min(values, key=lambda q: q.value) if floor else max(values, key=lambda q: q.value)]
