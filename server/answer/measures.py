"""`如何/有哪些措施` questions: the measures of the best passages, each quoted with the content
that carries it out and cited."""
from __future__ import annotations

from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.text import display, measure_span, region_of

MEASURE_COVER_MIN = 0.5  # a further measure passage needs half of the key terms
MEASURE_CLOSE = 0.9  # … and nine tenths of what the best measure sentence covers
MAX_MEASURES = 4


class Measures:
    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader, ranked, book = ask.query, ask.reader, ask.ranked, ask.book
        if "measure" not in query.intents or query.operation:
            return None
        refusal = reader.refusal(query, ranked[0])
        if refusal:
            return reader.abstain(refusal, ranked)
        doc_ids = {ranked[0].chunk.doc_id} if query.regions else None
        lines: list[str] = []
        seen: set[str] = set()
        # the measure whose own sentence carries the most key terms comes first; further ones must
        # come close to it, so a list does not fill up with passages that merely share a word
        candidates = sorted(((*reader.best_sentence(query, hit), order, hit) for order, hit in enumerate(ranked)
                             if not (doc_ids and hit.chunk.doc_id not in doc_ids or hit.chunk.table_id)),
                            key=lambda c: (-round(c[1], 2), c[2]))
        floor = max(MEASURE_COVER_MIN, candidates[0][1] * MEASURE_CLOSE) if candidates else 0.0
        for sentence, value, _, hit in candidates:
            if len(lines) == MAX_MEASURES:
                break
            if lines and (value < floor or "measure" not in hit.chunk.labels):
                continue
            text = reader.documents[hit.chunk.doc_id].text
            start, end = measure_span(text, hit.chunk.end, sentence)
            quoted = text[start:end]
            if quoted in seen or any(quoted in s or s in quoted for s in seen):
                continue
            seen.add(quoted)
            # the measure's heading with the sentences that carry it out, cited as one span
            lines.append(f"{len(lines) + 1}. {display(quoted)}[{book.cite(hit, start, end)}]")
        region = region_of(reader.documents[ranked[0].chunk.doc_id])
        return Draft(f"{region}文件中的相关做法：\n" + "\n".join(lines), False, book.citations)
