"""A question asking the level a plan sets (`计划把生均公用经费提高到什么标准`, `要达到多少`) is
answered from the sentence that sets it (`…提高到每生每年8000元`), not from one stating the present
level (`…为每生每年6000元`) that shares its words: plans state the baseline in their 现状 section and
the target in their 目标 section, in sentences of near-equal key terms."""
from __future__ import annotations

import re

from figures.direction import TO_LEVEL
from figures.numbers import find_quantities
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import CANDIDATES, Evidence
from server.answer.text import TOTAL_BEFORE

# the question's own verb of a level to reach, right before its asking word (提高到什么标准, 要达到多少)
_ASKS_LEVEL = re.compile(rf"(?:{TO_LEVEL})(?:多少|什么|几|怎样|哪)")
# … asked of a plan, not of the present (`2024年入学率达到多少` asks what a report states)
_OF_PLAN = re.compile(r"计划|规划|要|将|预计|目标|力争|到20\d\d年")
LEVEL_SHARE = 0.8  # the level sentence must carry this share of the evidence sentence's key-term coverage


class LevelEvidence:
    """Moves the evidence to the sentence that sets the level asked, when the reader's first
    choice states a figure without a verb of reaching it; answers nothing itself."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not _ASKS_LEVEL.search(query.norm) or not ("target" in query.intents or _OF_PLAN.search(query.norm)) \
                or query.asked.change or len(query.asks) > 1:
            return None
        first = ask.evidence
        if first.hit.chunk.row_index is not None:
            return None
        doc = ask.reader.documents[first.hit.chunk.doc_id]
        if sets_level(doc.text, first.span):
            return None
        cover = ask.reader.cover(query)
        floor = cover(doc.text[first.span[0]:first.span[1]]) * LEVEL_SHARE
        found: list[tuple[float, int, Evidence]] = []
        for order, hit in enumerate(ask.ranked[:CANDIDATES]):
            if hit.chunk.row_index is not None:
                continue
            text = ask.reader.documents[hit.chunk.doc_id].text
            for span in split_sentences(text, hit.chunk.start, hit.chunk.end):
                value = cover(text[span[0]:span[1]])
                if value > 0 and value >= floor and sets_level(text, span):
                    found.append((value, -order, Evidence(hit, span, value, order)))
        if found:
            ask.use(max(found, key=lambda f: f[:2])[2])
        return None


def sets_level(text: str, span: tuple[int, int]) -> bool:
    """Whether a figure of the sentence text[span] follows a verb of the level reached (提高到, 达到)."""
    s, e = span
    return any(q.is_measure and TOTAL_BEFORE.search(text[s:s + q.start]) for q in find_quantities(text[s:e]))

