"""A results table's failing column named by the question's negated passing word (`有几所没通过验收` names
不合格 / 未通过): the question asks the rows' failing count, not the count that applied beside it. The words are
in server/lexicon/failed_outcomes.tsv."""
from __future__ import annotations

import re
from functools import lru_cache

from server.lexicon import failed_outcomes

# the negations that turn a passing word into its failure (没通过, 没有达标, 未合格, 不达标)
_NEGATION = r"(?:没有|没|未|不)"


@lru_cache(maxsize=1)
def _asked() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    return tuple((re.compile(_NEGATION + re.escape(word)), frozenset(headers))
                 for word, headers in failed_outcomes().items())


def failure_named(column: str, q: str) -> bool:
    """The column is a failing count's header the question asks by negating its passing word."""
    return any(column in headers and pattern.search(q) for pattern, headers in _asked())
