"""Amounts a text states with the name of the item each belongs to, in the ways reports list them.

Reports of any kind state several figures in one clause, and the name of each is not the words
just before it:

- a respective list: `A、B分别达到X、Y`, `A、B和C分别增长X%、Y%和Z%` — values to items by order;
- a list after a coordinate abbreviation: `城乡居民人均收入年均增长5.3%、7.7%` (城乡 → 城镇, 农村;
  figures/lexicon/coordinate_abbreviations.tsv), with or without 分别;
- item-count pairs: `新建幼儿园12所、中小学8所` — each value after its own item.

`named_amounts(text, start, end)` returns every amount of text[start:end] with its item's name,
the words of the whole statement (what a question's other words are checked against) and the
list it belongs to. Nothing here decides which amount a question means.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from figures.numbers import Quantity, find_quantities, parse_number
from ingest.clauses import CLAUSE_OR_LINE_END, clause_start
from ingest.normalize import normalize

_DATA = Path(__file__).parent / "lexicon" / "coordinate_abbreviations.tsv"
_ITEM_SEP = re.compile(r"、|以及|和|及|与")
_VALUE_SEP = re.compile(r"^\s*(?:、|和|及|与|以及)\s*$")
_RESPECTIVELY = "分别"
_DURATIONS = ("年", "月", "周", "天")
# list markers and leading words that name no item (`一是`, `其中`, `全省`)
_LEAD = re.compile(r"^(?:[一二三四五六七八九十]是|其中|全省|全市|全区|全县|全国|共|累计|新增|新建)+")
# words between an item and its value (`达到`, `为`, `增至`): not part of the item's name
_TAIL = re.compile(r"(?:分别)?(?:达到|达|为|是|有|增至|增加到|提高到|提升到|突破|超过|稳定在|增长|增加|提高|"
                   r"提升|下降|降低|减少|实现|完成|新增|累计|共计|共)+$")
MAX_ITEM_CHARS = 24  # words before a value that may name its item


@dataclass
class NamedAmount:
    item: str  # the item's own words, normalised (`概念验证中心`, `城镇`)
    alternatives: tuple[str, ...]  # other ways to write the item (`城市` for 城镇), may be empty
    quantity: Quantity  # spans are offsets into the scanned text
    statement: str  # the words of the whole statement, normalised (its clause up to the last value)
    group: int  # amounts stated in one list share a group number
    index: int  # position in its list
    size: int  # how many amounts the list holds
    shares_tail: bool = False  # the last item of `A、B…分别`, carrying the noun the bare items before it share
    own: str = ""  # the statement as read for this item alone (`城乡居民收入…` → 农村居民收入…)

    def names(self) -> tuple[str, ...]:
        return (self.item, *self.alternatives)


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, list[tuple[str, ...]]]:
    """Coordinate abbreviation → its items in order, each with its alternative forms."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        head, *items = line.split("\t")
        out[head] = [tuple(i.split("|")) for i in items]
    return out


def named_amounts(text: str, start: int = 0, end: int | None = None) -> list[NamedAmount]:
    """Every amount of text[start:end] that a list names (respective lists, lists after a coordinate
    abbreviation) or that follows its own item in a list of item-count pairs, in text order."""
    end = len(text) if end is None else end
    found = [q for q in find_quantities(text[start:end]) if q.is_measure and q.unit not in _DURATIONS]
    for q in found:
        q.start, q.end = q.start + start, q.end + start
    out: list[NamedAmount] = []
    used: set[int] = set()
    group = 0
    for run in _runs(text, found):
        if any(q.start in used for q in run):
            continue
        named = _listed(text, run, group) or _pairs(text, run, group)
        if named:
            out.extend(named)
            used.update(n.quantity.start for n in named)
            group += 1
    return sorted(out, key=lambda n: n.quantity.start)


def _runs(text: str, found: list[Quantity]) -> list[list[Quantity]]:
    """Maximal runs of values separated only by list separators (`X、Y和Z`), and the stretches of
    item-count pairs (`A 12所、B 8所`) — every run of two or more."""
    runs, run = [], found[:1]
    for a, b in zip(found, found[1:]):
        gap = text[a.end:b.start]
        if _VALUE_SEP.match(gap) or (gap.startswith("、") and not CLAUSE_OR_LINE_END.search(gap)
                                     and len(gap) <= MAX_ITEM_CHARS):
            run.append(b)
            continue
        if len(run) > 1:
            runs.append(run)
        run = [b]
    if len(run) > 1:
        runs.append(run)
    return runs


def _listed(text: str, run: list[Quantity], group: int) -> list[NamedAmount]:
    """A list of bare values (`X、Y`) after the items they belong to, in order."""
    values = [run[0]]
    for a, b in zip(run, run[1:]):
        if not _VALUE_SEP.match(text[a.end:b.start]):
            break
        values.append(b)
    if len(values) < 2:
        return []
    head = _clause_start(text, values[0].start)
    lead = text[head:values[0].start]
    _unit_of_last(values)
    if len({_family(v.unit) for v in values}) > 1:
        return []
    statement = normalize(text[head:values[-1].end])
    cut = lead.rfind(_RESPECTIVELY)
    words = normalize(lead[:cut] if cut >= 0 else lead)
    items = [_bare(i) for i in _ITEM_SEP.split(words) if _bare(i)]
    after = lead[cut:] if cut >= 0 else ""
    if re.search(r"\d|从|由", after):  # `分别从A、B提高到C、D`: a change, figures.changes reads it
        return []
    if len(items) == len(values):
        named: list[tuple[str, tuple[str, ...]]] = [(i, ()) for i in items]
        owns = [f"{i}{statement}" for i in items]
    else:
        expanded = _expanded(words, len(values))
        if expanded is None:
            return []
        abbreviation, named = expanded
        owns = [statement.replace(abbreviation, item, 1) for item, _ in named]
    tail = len(items) == len(values) and all(2 * len(i) <= len(items[-1]) for i in items[:-1])
    return [NamedAmount(item, alts, v, statement, group, k, len(values), tail and k == len(values) - 1, own)
            for k, ((item, alts), v, own) in enumerate(zip(named, values, owns))]


def _pairs(text: str, run: list[Quantity], group: int) -> list[NamedAmount]:
    """`A 12所、B 8所`: each value after its own item, one unit for all."""
    if len({_family(q.unit) for q in run}) > 1 or not run[0].unit:
        return []
    head = _clause_start(text, run[0].start)
    bounds = [head] + [a.end for a in run[:-1]]
    items = [_bare(normalize(text[b:q.start]).lstrip("、")) for b, q in zip(bounds, run)]
    if any(not i for i in items):
        return []
    statement = normalize(text[head:run[-1].end])
    return [NamedAmount(i, (), q, statement, group, k, len(run), own=statement)
            for k, (i, q) in enumerate(zip(items, run))]


def _expanded(words: str, count: int) -> tuple[str, list[tuple[str, tuple[str, ...]]]] | None:
    """The coordinate abbreviation in `words` and the items it stands for, when it stands for
    `count` of them (the longest abbreviation found wins: 中小学生 before 中小学)."""
    for head in sorted(abbreviations(), key=len, reverse=True):
        items = abbreviations()[head]
        if head in words and len(items) == count:
            return head, [(forms[0], tuple(forms[1:])) for forms in items]
    return None


def _unit_of_last(values: list[Quantity]) -> None:
    """`1409万、1305万人次`: values written without their unit take the last value's."""
    last = values[-1]
    for v in values[:-1]:
        if v.unit or not last.unit:
            continue
        again = parse_number(v.text + last.unit_as_written.lstrip("万亿千百")) if last.unit_as_written else None
        if again is not None and again.unit == last.unit:
            v.value, v.unit, v.unit_as_written = again.value, again.unit, again.unit_as_written


def _bare(words: str) -> str:
    words = re.sub(r"20\d\d年(?:底|末)?|[\s“”\"'‘’（）()]", "", words)
    words = _TAIL.sub("", _LEAD.sub("", words))
    return words[-MAX_ITEM_CHARS:]


def _clause_start(text: str, at: int) -> int:
    return clause_start(text, at, CLAUSE_OR_LINE_END, max(0, at - 2 * MAX_ITEM_CHARS))


def _family(unit: str) -> str:
    return "%" if unit in ("%", "百分点") else unit


def match_length(amount: NamedAmount, words: str) -> int:
    """How much of the item's name `words` (normalised, flat) hold: the whole name or an alternative
    form; for the last item of a list whose other items are bare qualifiers (`城镇、农村居民收入`:
    the last carries the noun all share) its leading words of two characters or more. 0: not named."""
    whole = max((len(n) for n in amount.names() if n and n in words), default=0)
    if whole or not amount.shares_tail:
        return whole
    return max((k for k in range(2, len(amount.item)) if amount.item[:k] in words), default=0)
