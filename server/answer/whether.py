"""A question whether there is money for something (`有没有额外的钱拿`, `是否有补助`) is answered only by a
passage that speaks of money: a sentence counting the people who do the thing (`参与课后服务的有2654人`) says
nothing of whether they are paid, and quoted as the answer it reads as a yes. Called by the verification step
(server/answer/verify.py) for answers that quote a passage without asserting a figure."""
from __future__ import annotations

import re
from functools import lru_cache

from figures.numbers import find_quantities
from ingest.normalize import normalize
from server.answer.draft import Draft
from server.answer.evidence import unit_kind
from server.lexicon import synonyms, unit_nouns
from server.query import Query

# an ask whether a thing is so or exists (not `是多少`)
_WHETHER = re.compile(r"有没有|有无|是否|能不能|可不可以|会不会|能否|吗[?？。]?$")


@lru_cache(maxsize=1)
def _money_words() -> tuple[str, ...]:
    """The nouns stated in money (server/lexicon/unit_nouns.tsv) and the words documents write for them."""
    nouns = [n for n, kind in unit_nouns().items() if kind == "money"]
    return tuple(dict.fromkeys(w for n in nouns for w in (n, *synonyms().get(n, ()))))


def money_unsaid(query: Query, draft: Draft) -> str:
    """The money noun a whether-question asks about, when the passages the answer quotes name no money (no
    money noun, no amount in 元); '' otherwise."""
    if draft.claims or not draft.citations or not _WHETHER.search(query.norm):
        return ""
    asked = next((w for w in _money_words() if w in query.norm), "")
    if not asked:
        return ""
    quoted = normalize("".join(c.text for c in draft.citations), drop_space=True)
    if any(w in quoted for w in _money_words()) or any(unit_kind(q.unit) == "money" for q in find_quantities(quoted)):
        return ""
    return asked
