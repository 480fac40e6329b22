"""A count asked of one noun in a counter that reports put on several nouns alike (`多少处隐患` of a report writing
`巡检记下风险点N处`): the figure's own noun before its counter (or right after it) is read, and any noun the counter
counts alike (server/lexicon/counted_alike.tsv) names the thing asked. Other counters, and a figure in another
counter (`N所`), are never so read."""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from server.lexicon import counted_alike

NOUN_REACH = 6  # characters between a noun and its figure in one item (`风险点共计63处`)
_ITEM_END = re.compile(r"[，,、；;。：:（(]")


def counted_alike_noun(unit: str, noun: str, context: str) -> bool:
    """Whether `noun` asked in `unit` is one of the nouns `unit` counts alike and `context` states a figure in
    `unit` whose own item names one of them right before the figure or right after its counter."""
    nouns = counted_alike().get(unit, ())
    if not any(noun.endswith(n) for n in nouns):
        return False
    for q in find_quantities(context):
        if q.unit != unit or not q.is_measure:
            continue
        before = _ITEM_END.split(context[max(0, q.start - NOUN_REACH - max(map(len, nouns))):q.start])[-1]
        after = _ITEM_END.split(context[q.end:q.end + max(map(len, nouns))])[0]
        if any(n in before or after.startswith(n) for n in nouns):
            return True
    return False
