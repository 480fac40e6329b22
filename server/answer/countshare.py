"""The share a count's sentence gives right after it (`…建成N所，覆盖率为P%`, `…N间，占全县学校的P%`):
reports state a count of units and, in the next clause, the share of all units it makes. A count asked is
answered with that share shown beside it — the clause is the count's own, so the quote keeps it."""
from __future__ import annotations

import re

from figures.numbers import Quantity, find_quantities
from ingest.clauses import clause_end

# the clause after the count's: a comma, then its share by a rate's noun (覆盖率, 占比, 比例) or by 占 (占全县的)
_SHARE_OPEN = re.compile(r"[，,]\s*(?:[\u4e00-\u9fff]{0,4}(?:率|占比|比例|比重)(?:为|是|达|达到)?|占)")


def share_after(text: str, span: tuple[int, int], quoted: str, count: Quantity) -> str:
    """The clause after `quoted` (a count's clause, in text[span]) when it states that count's share and nothing
    else — one figure, in % —; '' otherwise, or when the count is itself a share. Shown with the count, never
    part of the claim the verifier reads."""
    if count.unit in ("%", "‰", "百分点"):
        return ""
    at = text.find(quoted, *span)
    right = at + len(quoted) if at >= 0 else -1
    if right < 0 or not _SHARE_OPEN.match(text, right):
        return ""
    end = clause_end(text, right + 1, ceiling=span[1])
    found = [q for q in find_quantities(text[right + 1:end]) if q.is_measure]
    return text[right:end] if len(found) == 1 and found[0].unit == "%" else ""
