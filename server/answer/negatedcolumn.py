"""A table cell whose column counts those who did an act (`参训人数`, `参加学生数`) for a question asking those who
did not (`多少人未参训`): the column's act negated in the question asks its complement, which the cell is not."""
from __future__ import annotations

import re

from figures.tablequery import key

# the words closing a count column's header after the act it counts (参考人数 → 参考)
_COUNT_END = re.compile(r"(?:人数|人次|学生数|学生|数量|数|人)$")
_NEGATION = r"(?:没有|没|未|不)"
MIN_ACT_CHARS = 2


def negated_act(column: str, q: str) -> str:
    """The act of the count column (`参考` of `参考人数（人）`) when the question (normalised) negates it, else ''."""
    act = _COUNT_END.sub("", key(column))
    if len(act) < MIN_ACT_CHARS or act == key(column):
        return ""
    return act if re.search(_NEGATION + re.escape(act), q) else ""
