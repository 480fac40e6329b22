"""Abstentions decided before any answer is composed: a place the documents do not cover, no
passage at all, or evidence that lacks the question's year or key terms. An abstention on an
indicator the documents do not state names the closest indicator they do state, never giving its
value as the answer (普惠率 asked where a report gives only 毛入园率)."""
from __future__ import annotations

from figures.indicators import Indicator, match_indicator
from figures.numbers import find_quantities
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import CANDIDATES, COVER_MIN
from server.answer.text import clause, display
from server.retrieve import Hit


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
        if not refusal:
            reworded = ask.reader.reworded(ask.query, ask.evidence)
            if reworded is not None:  # accepted for words near in meaning, which another sentence holds
                ask.use(reworded)
            return None
        reader, hit = ask.reader, ask.evidence.hit
        worded = reader.near_evidence(ask.query, ask.ranked)
        if worded is not None:  # another leading passage says it in other words
            ask.use(worded)
            return None
        # refused for lacking key terms (not the year) of which one names an indicator
        cover, lacking = reader.gate_coverage(ask.query, hit)
        asked = [(t, i) for t in lacking if (i := match_indicator(t)) is not None] \
            if cover < COVER_MIN and reader.year_ok(ask.query, hit) else []
        nearest = closest_indicator(ask, asked[0][1]) if asked else None
        if nearest is None:
            return reader.abstain(refusal, ask.ranked)
        indicator, near, quote = nearest
        message = (f"{refusal}文件写的最接近的指标是“{indicator.name}”（“{quote}”[1]），"
                   f"它与“{asked[0][0]}”不是同一指标，不能代替。")
        return reader.abstain(message, [near] + [h for h in ask.ranked if h is not near])


def closest_indicator(ask: Ask, asked: Indicator) -> tuple[Indicator, Hit, str] | None:
    """Another indicator of the same kind (a rate for a rate) that a leading passage states with a
    figure: the one whose clause carries most of the question's other words, with that clause; a
    count or an amount whose clause carries none of them is no neighbour (新增学位 for 在园幼儿)."""
    reader = ask.reader
    cover = reader.cover(ask.query)
    best: tuple[float, int, Indicator, Hit, str] | None = None
    for order, hit in enumerate(ask.ranked[:CANDIDATES]):
        text = reader.documents[hit.chunk.doc_id].text
        for span in split_sentences(text, hit.chunk.start, hit.chunk.end) or [(hit.chunk.start, hit.chunk.end)]:
            for q in find_quantities(text[span[0]:span[1]]):
                stated = match_indicator(normalize(text[span[0]:span[0] + q.start]), q.unit) if q.is_measure else None
                if stated is None or stated.key == asked.key or stated.kind != asked.kind:
                    continue
                q.start, q.end = q.start + span[0], q.end + span[0]
                quote = display(clause(text, span, q))
                rank = (cover(quote), -order)
                # a count or an amount is close only when its clause shares a word with the question
                if (rank[0] > 0 or stated.is_rate) and (best is None or rank > best[:2]):
                    best = (*rank, stated, hit, quote)
    return best[2:] if best else None
