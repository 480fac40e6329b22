"""`如何/有哪些措施` questions: the measures of the best passages, each quoted with the content
that carries it out and cited."""
from __future__ import annotations

from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import Reader
from server.answer.text import display, measure_span, region_of
from server.retrieve import Hit

MEASURE_COVER_MIN = 0.5  # a further measure passage needs half of the key terms
MEASURE_CLOSE = 0.9  # … and nine tenths of what the best measure sentence covers
MAX_MEASURES = 5


class Measures:
    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader, ranked, book = ask.query, ask.reader, ask.ranked, ask.book
        if "measure" not in query.intents or query.operation:
            return None
        refusal = reader.refusal(query, ranked[0])
        if refusal:
            return reader.abstain(refusal, ranked)
        doc_ids = {ranked[0].chunk.doc_id} if query.regions else None
        passages = [(order, hit) for order, hit in enumerate(ranked)
                    if not (doc_ids and hit.chunk.doc_id not in doc_ids or hit.chunk.table_id)]
        # a year asked (`2026年…有哪些举措`): the passages that speak for it, not the review of past
        # years or the plan period's aims, when there are any
        # — and of those, the ones whose text or headings name it, before a plan period that covers it
        dated = [(order, hit) for order, hit in passages if reader.year_ok(query, hit)]
        named = [(order, hit) for order, hit in dated if reader.names_year(query, hit.chunk)]
        passages = named or dated or passages
        cover = reader.cover(query)
        # every sentence of the passages: a report's paragraph lists many measures, one a sentence,
        # and several may be on the topic asked
        candidates = sorted(((round(cover(text_of(reader, hit)[s:e]), 2), order, s, e, hit)
                             for order, hit in passages
                             for s, e in split_sentences(text_of(reader, hit), hit.chunk.start, hit.chunk.end)),
                            key=lambda c: (-c[0], c[1], c[2]))
        lines: list[str] = []
        quoted_spans: list[tuple[str, int, int]] = []
        # the measure whose own sentence carries the most key terms comes first; further ones must
        # come close to it, so a list does not fill up with passages that merely share a word
        floor = max(MEASURE_COVER_MIN, candidates[0][0] * MEASURE_CLOSE) if candidates else 0.0
        for value, _, s, e, hit in candidates:
            if len(lines) == MAX_MEASURES:
                break
            if lines and (value < floor or "measure" not in hit.chunk.labels):
                continue
            doc_id, text = hit.chunk.doc_id, text_of(reader, hit)
            if any(d == doc_id and a <= s < b for d, a, b in quoted_spans):
                continue  # already quoted as part of an item
            start, end = measure_span(text, hit.chunk.end, (s, e))
            if any(d == doc_id and start <= a < end for d, a, b in quoted_spans):
                continue
            quoted_spans.append((doc_id, start, end))
            # the measure's heading with the sentences that carry it out, cited as one span
            lines.append(f"{len(lines) + 1}. {display(text[start:end])}[{book.cite(hit, start, end)}]")
        region = region_of(reader.documents[ranked[0].chunk.doc_id])
        return Draft(f"{region}文件中的相关做法：\n" + "\n".join(lines), False, book.citations)


def text_of(reader: Reader, hit: Hit) -> str:
    return reader.documents[hit.chunk.doc_id].text
