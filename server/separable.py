"""Verb–object words that speech splits around the count it asks (取了多少份样 → 取样多少份): joined, so the
question names the thing as one word, as documents write it (server/lexicon/separable_words.tsv)."""
from __future__ import annotations

import re

from server.intent import COUNTERS
from server.lexicon import separable_words

# verb, an aspect particle, the asking word and its counter, then the object closing a word: not a longer noun
# starting with it (`取了多少份样本` already names the thing)
_SPLIT = re.compile(rf"(?P<verb>{'|'.join(map(re.escape, sorted({v for v, _ in separable_words()})))})[了过]?"
                    rf"(?P<count>(?:多少|几)[{COUNTERS}份])(?P<object>[\u4e00-\u9fff])(?![本品])")
_PAIRS = frozenset(separable_words())


def joined(norm: str) -> str:
    """`norm` with each split verb–object word joined before the count it asks (取了多少份样 → 取样多少份)."""
    return _SPLIT.sub(lambda m: f"{m['verb']}{m['object']}{m['count']}"
                      if (m["verb"], m["object"]) in _PAIRS else m.group(0), norm)
