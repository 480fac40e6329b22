"""Per-document work done before the questions ask for it: the amounts every prose passage of a
document states (answer/operands.py `document_amounts`), which computations, derived figures and
remainders look their inputs up in. Scanning a long report takes 50–130 ms of CPU (every
sentence's numbers and the words of their clauses), and the first question that read a document
paid it: on the corpus-dev dev half, 4 of its 11 slowest questions were plain lookups whose only
slow step was that scan. The served app's warm-up scans once it is ready (server/warmup.py), eval
before its timed questions (eval/run.py), so both time the same server.

The same holds for what the evidence reader keeps per passage whatever the question (answer/evidence.py):
the years a passage speaks for (its headings, 今年/去年, years in Chinese digits: a scan of its numbers),
the spans it speaks for, its flattened text and its sentences with the units they state. A question
read them on first touch (on the corpus-dev dev half about a tenth of the CPU outside the model); the
warm-up reads them for the same documents. They live on the build's reader, so a new build (a document
added) starts from its own.

And the words the gates weigh for closeness in meaning that the build's word table lacks (ingest/wordvectors.py
segments a chunk's text as stored; the reader segments it flattened, `、` and spaces dropped, and adds the
document's head and its region's own words: 本省, 全省各地): a question met them one model call at a time
(on the three corpus-dev dev halves 15 of 50 passage-model calls, ≈ 15–25 ms of CPU each). The warm-up
embeds them in batches of LEARN_BATCH words (answer/nearwords.py: 141 words, one batch, for the 22 corpus-dev
documents), so a large library's words do not hold the model from a question for long.
"""
from __future__ import annotations

from typing import Any

from ingest.wordvectors import content_words
from server.answer.evidence import SENTENCE_CACHE
from server.answer.operands import document_amounts

WARM_DOCUMENTS = 100  # documents scanned ahead (≈ 0.1 s each); a larger library's others on first use
# passages read ahead: half of what the reader keeps, so the questions' own passages still find room
WARM_PASSAGES = SENTENCE_CACHE // 2


def warm_documents(service: Any, limit: int = WARM_DOCUMENTS) -> int:
    """Scans the amounts of the first `limit` documents of the service's build, reads their
    passages (up to WARM_PASSAGES) as evidence and embeds the words of those passages and of their
    documents' heads that the build's word table lacks; returns how many documents."""
    reader = service.composer.reader
    doc_ids = list(service.index.document_heads)[:limit]
    for doc_id in doc_ids:
        document_amounts(reader, doc_id)
    _read_passages(reader, doc_ids)
    return len(doc_ids)


def _read_passages(reader: Any, doc_ids: list[str]) -> None:
    texts = []
    passages = 0
    for doc_id in doc_ids:
        texts.append(reader.supplied(doc_id))
        for chunk in reader.chunks_of.get(doc_id, ()):
            if passages >= WARM_PASSAGES:
                break
            passages += 1
            for derived in (reader.years, reader.spans, reader.flat):
                derived[chunk.chunk_id]  # computed now and kept
            texts.append(reader.flat[chunk.chunk_id])
            if chunk.row_index is None:
                reader.sentences(chunk)
    if reader.near is not None:
        reader.near.learn([w for text in texts for w in content_words(text)])
