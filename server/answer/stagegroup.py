"""A division a school stage names with 组 (初中组, 小学组: a contest's or an award list's) asked, and an answer
quoting passages each of which names only other stages' divisions: a bulletin states each division's results apart,
so the quote is another division's and answers nothing asked. Quote-only answers are read here; a figure's own
clause is judged by the stage checks of server/answer/verify.py."""
from __future__ import annotations

from collections.abc import Sequence

from ingest.normalize import normalize
from server.lexicon import stages_named
from server.schemas import Citation


def stage_groups(text: str) -> dict[str, str]:
    """The divisions `text` names by a stage and 组, as {the stage's name written: the stage} (初中组 → 初中)."""
    norm = normalize(text)
    return {name: stage for name, stage in stages_named(norm) if f"{name}组" in norm}


def other_stage_group(question: str, citations: Sequence[Citation]) -> tuple[str, str]:
    """(the division asked, the divisions the citations name instead) when every citation names some stage's
    division and none the one asked, else ('', '')."""
    asked = stage_groups(question)
    if not asked or not citations:
        return "", ""
    others: list[str] = []
    for citation in citations:
        named = stage_groups(citation.text)
        if not named or set(asked.values()) & set(named.values()):
            return "", ""
        others += [f"{name}组" for name in named]
    return "、".join(f"{name}组" for name in asked), "、".join(dict.fromkeys(others))
