"""Abstentions decided before any answer is composed: a place the documents do not cover, no
passage at all, or evidence that lacks the question's year or key terms."""
from __future__ import annotations

from server.answer.base import Ask
from server.answer.draft import Draft


class OutsideCorpus:
    """The question names only places no document is about."""

    def __init__(self, regions: list[str]):
        self.regions = regions

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.unknown_regions or query.regions:
            return None
        places = "、".join(query.unknown_regions)
        return Draft(f"文件中未找到关于{places}的内容。现有文件只涉及：{'、'.join(self.regions)}。", True)


class NoPassages:
    def try_answer(self, ask: Ask) -> Draft | None:
        return None if ask.hits else Draft("文件中未找到相关内容。", True)


class EvidenceGate:
    """The best evidence lacks the year asked or too many of the question's key terms."""

    def try_answer(self, ask: Ask) -> Draft | None:
        refusal = ask.reader.refusal(ask.query, ask.evidence.hit)
        return ask.reader.abstain(refusal, ask.ranked) if refusal else None
