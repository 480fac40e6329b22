"""Changes a text states, in the ways reports state them, each with the words naming what changed.

Reports of any region state a change of an indicator in a few shapes (each a class, e.g. the
review part of a government work report, a plan's 发展基础, a self-evaluation's figures):

- start and end: `从A提高到B`, `由A增至B`, `从2020年的A提高到2025年的B`, any verb or none before 到/至,
  also several at once (`分别从A、B提高到C、D`);
- end and change: `B、比上年增加D`, `B，较2020年提高D个百分点`, `B、增长P%` (a rate of change),
  `B、增长N倍`, spoken `B，比去年多了D` / `少了D`;
- change and end: `新增D、总数达到B`, a year's rise then the level it aims at: `提高D个百分点，力争达到B`;
- values, then their changes in the next sentence (statistical bulletins: `…在校生B人，专任教师C人。与上年相比，
  在校生减少D人，专任教师增加E人`): each change of the value its noun names in the sentence before.

Each becomes a `StatedChange` with the quantities and their spans; figures.compute does the
arithmetic. Nothing here decides which change a question means: the answer layer matches the
`subject` against the question.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from figures.direction import FALL_AMOUNT, FALL_TO, FALL_VERBS, RISE_AMOUNT, RISE_VERBS, alternation
from figures.numbers import Quantity, find_quantities
from ingest.clauses import CLAUSE_OR_LINE_END, clause_start
from ingest.normalize import to_simplified

# `从`, `由2020年的`, `从每人每月`: no other number between the opener and the start value but a year
_FROM = re.compile(r"(?:从|由)(?:[^，,；;。从由\d]|20\d\d年){0,10}$")
# `提高到`, `增至`, `提高到2025年的`
_TO = re.compile(r"^[^，,；;。从由\d]{0,10}?(?:到|至)(?:[^，,；;。\d]|20\d\d年){0,8}$")
_LIST_SEP = re.compile(r"^\s*(?:、|和|及|与)\s*$")
_FALL = re.compile(alternation(FALL_VERBS, FALL_AMOUNT, FALL_TO))
# from an end value to its change: a separator, the base it is measured against, the verb — no other words
_DELTA_VERB = re.compile(r"^[、，,\s]*(?P<base>(?:比|较|同比|相比)(?:[^，,；;。、\d]|20\d\d年){0,10}?)?"
                         rf"(?P<verb>{alternation(RISE_VERBS, RISE_AMOUNT, FALL_VERBS, FALL_AMOUNT)})了?\s*$")
# spoken comparison (speeches, news): `B，比去年多了D` / `B、较上年少D`, only after a base (比/较) — a bare
# 多/少 is no change
_DELTA_SPOKEN = re.compile(r"^[、，,\s]*(?P<base>(?:比|较|相比)(?:[^，,；;。、\d]|20\d\d年){0,10}?)"
                           r"(?P<verb>多出|多|少)了?\s*$")
_NEW_WORD = re.compile(r"新增|净增")
_TOTAL_WORD = re.compile(r"^[^，,；;。]{0,3}[、，,]?\s*(?:总数|总量|总计|累计|共计|共|总规模)?"
                         r"(?:达到|达|为|增至|增加到)\s*$")
_DURATIONS = ("年", "月", "周", "天")  # `五年增长30%`: the span of a change, never its value
MAX_SUBJECT_CHARS = 30  # words before a change that may name its indicator


@dataclass
class StatedChange:
    """One change a text states. Values keep their spans in the scanned text."""
    subject: str  # the words naming what changed, from its clause's start (as written)
    start: int  # the statement's span, subject included
    end: int
    old: Quantity | None = None  # the value it started from
    new: Quantity | None = None  # the value it reached
    delta: Quantity | None = None  # the stated change, in the values' unit or 百分点
    rate: Quantity | None = None  # the stated change as a % of the start (`增长4.4%`)
    times: Quantity | None = None  # the stated change as a multiple (`增长1.8倍`: new = old × 2.8)
    falls: bool = False  # a fall (下降, 减少, 缩小 …)
    base: str = ""  # what an end-and-change is measured against, as written (`比上年`, `较2020年`)


def find_changes(text: str, start: int = 0, end: int | None = None) -> list[StatedChange]:
    """Every change text[start:end] states, in text order; spans are offsets into `text`."""
    end = len(text) if end is None else end
    # Traditional-script documents (`比上年減少`) are read in Simplified, whose characters stand where the
    # original's do; subjects and amounts are then given in Simplified
    simplified = to_simplified(text)
    text = simplified if len(simplified) == len(text) else text
    found = [q for q in find_quantities(text[start:end]) if q.is_measure and q.unit not in _DURATIONS]
    for q in found:
        q.start, q.end = q.start + start, q.end + start
    out = _from_to(text, found) + _end_and_change(text, found) + _change_and_end(text, found) + \
        _rise_and_level(text, found) + _changes_after_values(text, found)
    return sorted(out, key=lambda c: c.start)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` begins (after the previous comma, semicolon or full stop)."""
    return clause_start(text, at, CLAUSE_OR_LINE_END, max(0, at - MAX_SUBJECT_CHARS))


def _between(text: str, a: Quantity, b: Quantity) -> str:
    return text[a.end:b.start]


def _from_to(text: str, found: list[Quantity]) -> list[StatedChange]:
    """`从A、B提高到C、D` (one or more starts, as many ends)."""
    out = []
    i = 0
    while i < len(found):
        first = found[i]
        lead = text[max(0, first.start - 12):first.start]
        opener = _FROM.search(lead)
        if opener is None:
            i += 1
            continue
        starts = [first]
        j = i + 1
        while j < len(found) and _LIST_SEP.match(_between(text, found[j - 1], found[j])):
            starts.append(found[j])
            j += 1
        ends = found[j:j + len(starts)]
        if len(ends) < len(starts) or not _TO.match(_between(text, starts[-1], ends[0])) or \
                any(not _LIST_SEP.match(_between(text, a, b)) for a, b in zip(ends, ends[1:])):
            i += 1
            continue
        verb = _between(text, starts[-1], ends[0])
        at = max(0, first.start - 12) + opener.start()
        head = _clause_start(text, at)
        for old, new in zip(starts, ends):
            if not old.unit and new.unit and new.unit_as_written == new.unit:  # `由3.2提高至3.5人`: one unit for both
                old.unit, old.unit_as_written = new.unit, new.unit_as_written
            if _family(old.unit) != _family(new.unit):
                continue
            out.append(StatedChange(subject=text[head:at], start=head, end=ends[-1].end, old=old, new=new,
                                    falls=bool(_FALL.search(verb))))
        i = j + len(starts)
    return out


def _end_and_change(text: str, found: list[Quantity]) -> list[StatedChange]:
    """`B、比上年增加D` / `B、提高D个百分点` / `B、增长P%` / `B、增长N倍`; also `B，分属N个乡镇，较上年少D`
    (an aside of another unit between the value and its change, see _aside_skipped)."""
    out = []
    for i, change in enumerate(found[1:], 1):
        value = _aside_skipped(text, found, i) or found[i - 1]
        gap = _between(text, found[i - 1], change)
        counter = _bare_counter(text, value, change) if value is found[i - 1] else ""
        if value is not found[i - 1]:
            gap = re.sub(r"^[^，,]*", "", gap)  # the aside's noun (`29所学校`) left out
        gap = gap[len(counter):]
        verb = _DELTA_VERB.match(gap) or _DELTA_SPOKEN.match(gap)
        if verb is None or _FROM.search(text[max(0, value.start - 12):value.start]):
            continue
        if value.unit in ("倍", "百分点"):
            continue
        kind = "delta" if counter else _delta_kind(value, change)
        if kind is None:
            continue
        if counter:  # both counted in the counter written after them, which the answer states too
            value, change = (replace(q, unit=counter, unit_as_written=counter) for q in (value, change))
        head = _clause_start(text, value.start)
        stated = StatedChange(subject=text[head:value.start], start=head, end=change.end, new=value,
                              falls=bool(_FALL.search(verb.group("verb"))) or verb.group("verb") == "少",
                              base=verb.group("base") or "")
        setattr(stated, kind, change)
        out.append(stated)
    return out


def _aside_skipped(text: str, found: list[Quantity], i: int) -> Quantity | None:
    """The value two amounts before the change `found[i]` when the one between is an aside of its own
    clause in another unit (`收到来信27件，分属9个乡镇，较上年多5件`: the 5件 is of the 27件): a
    change in the value's own unit, within one sentence, never a rate or a multiple, which could be of
    either."""
    if i < 2:
        return None
    value, aside, change = found[i - 2], found[i - 1], found[i]
    if change.unit in ("%", "百分点", "倍", "") or change.unit != value.unit or _family(aside.unit) == change.unit:
        return None
    if not re.match(r"^\s*[，,][^，,；;。]{0,8}$", _between(text, value, aside)) or \
            not re.match(r"^[^，,；;。\d]{0,6}[，,]", _between(text, aside, change)):
        return None
    return value


def _change_and_end(text: str, found: list[Quantity]) -> list[StatedChange]:
    """`新增D、总数达到B`: the change first, the value it brought about after it."""
    out = []
    for change, value in zip(found, found[1:]):
        lead = text[_clause_start(text, change.start):change.start]
        if not _NEW_WORD.search(lead) or change.unit != value.unit or value.value <= change.value:
            continue
        gap = _between(text, change, value)
        if not _TOTAL_WORD.match(gap) and not re.match(r"^[^，,；;。]{0,3}[、，,]\s*(?:总数|总量|累计)", gap):
            continue
        head = _clause_start(text, change.start)
        out.append(StatedChange(subject=lead + gap, start=head, end=value.end, new=value, delta=change))
    return out


# `提高2个百分点，力争达到68%`: the verb right before the change, the level right after it
_VERB_BEFORE = re.compile(rf"(?P<verb>{alternation(RISE_VERBS, FALL_VERBS)})了?\s*$")
_LEVEL_AFTER = re.compile(r"^[、，,]\s*(?:力争|争取|确保|预计)?(?:达到|达|提高到|提升到|增至|降至|降到|下降到)\s*$")
_BASE_END = re.compile(r"(?:比|较|同比|相比)(?:[^，,；;。、\d]|20\d\d年){0,10}$")


def _rise_and_level(text: str, found: list[Quantity]) -> list[StatedChange]:
    """`X提高D个百分点，力争达到B` (a year's 工作要点 sets the rise, then the level it brings): the change
    first, the level after it; what it is measured against is written before the verb, or nowhere."""
    out = []
    for change, value in zip(found, found[1:]):
        head = _clause_start(text, change.start)
        lead = text[head:change.start]
        verb = _VERB_BEFORE.search(lead)
        kind = _delta_kind(value, change)
        if verb is None or kind not in ("delta", "rate") or not _LEVEL_AFTER.match(_between(text, change, value)):
            continue
        subject = lead[:verb.start()]
        base = _BASE_END.search(subject)
        stated = StatedChange(subject=subject[:base.start()] if base else subject, start=head, end=value.end,
                              new=value, falls=bool(_FALL.search(verb.group("verb"))),
                              base=base.group() if base else "")
        setattr(stated, kind, change)
        out.append(stated)
    return out


# a sentence opening on its base alone (`与上年相比，`, `同比，`), then clauses each a noun, a verb and a change
_BASE_CLAUSE = re.compile(r"(?:与|和|同)?(?:上年|去年|上一年|20\d\d年)(?:同期)?相比|同比")
_NOUN_VERB = re.compile(rf"(?P<noun>[\u4e00-\u9fff]{{2,10}}?)(?P<verb>{alternation(RISE_VERBS, FALL_VERBS)})了?")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _changes_after_values(text: str, found: list[Quantity]) -> list[StatedChange]:
    """`…在校生B人，专任教师C人。与上年相比，在校生减少D人，专任教师增加E人。`: a sentence opening on its base
    alone whose clauses are each a noun, a verb and a change, the value of each the sentence before states
    once as that noun and a figure in the change's unit (`在校生B人`). Only a base of the year before (or
    a year named): the value's own year is the sentence's, the change counts from the year before."""
    out = []
    for change in found:
        head = _clause_start(text, change.start)
        clause = _NOUN_VERB.fullmatch(text[head:change.start].strip())
        opened = max((m.end() for m in _SENTENCE_END.finditer(text, 0, change.start)), default=0)
        leads = [c.strip() for c in re.split(r"[，,]", text[opened:head])][:-1]
        if clause is None or change.unit in ("%", "百分点", "倍", "") or not leads or \
                not _BASE_CLAUSE.fullmatch(leads[0]) or \
                any(not _NOUN_VERB.match(c) for c in leads[1:]):
            continue
        if opened == 0 or text[opened - 1] == "\n":
            continue  # the values' sentence is in the same paragraph, right before
        began = max((m.end() for m in _SENTENCE_END.finditer(text, 0, opened - 1)), default=0)
        noun = clause.group("noun")
        values = [q for q in found if began <= q.start < opened and q.unit == change.unit
                  and text[_clause_start(text, q.start):q.start].strip().endswith(noun)]
        if len(values) != 1:
            continue
        # the span from the value to its change: both are quoted
        out.append(StatedChange(subject=noun, start=_clause_start(text, values[0].start), end=change.end,
                                new=values[0], delta=change,
                                falls=bool(_FALL.search(clause.group("verb"))), base=leads[0]))
    return out


def _bare_counter(text: str, value: Quantity, change: Quantity) -> str:
    """The counter two bare numbers share (`人均阅读2.6本，比上年多0.5本`: the number reader leaves some counters
    bare, 本 of 本科), written right after each: a change counted as its value is, or ''."""
    after = text[value.end:value.end + 1]
    return after if not value.unit and not change.unit and re.fullmatch(r"[\u4e00-\u9fff]", after or "x") \
        and text[change.end:change.end + 1] == after else ""


def _delta_kind(value: Quantity, change: Quantity) -> str | None:
    """How a change relates to the value before it: `delta` (same unit, or 百分点 of a rate),
    `rate` (% of a non-rate), `times` (倍); None when the units do not fit."""
    if change.unit == "倍":
        return "times"
    if change.unit == "%" and value.unit != "%":
        return "rate"
    if change.unit == "百分点" and value.unit == "%":
        return "delta"
    if change.unit == value.unit and change.unit not in ("%", ""):
        return "delta"
    return None


def _family(unit: str) -> str:
    return "%" if unit in ("%", "百分点") else unit
