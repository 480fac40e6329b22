"""The clauses of the leading prose passages: what handlers judging a sentence clause by clause (a bar it sets,
the counts it states) walk. Table rows are skipped: a row states values, not a sentence's clauses."""
from __future__ import annotations

import re

from ingest.structure import split_sentences
from server.answer.base import Ask
from server.retrieve import Hit


def prose_clauses(ask: Ask, passages: int,
                  pause: re.Pattern[str]) -> list[tuple[Hit, tuple[int, int], tuple[int, int]]]:
    """(hit, sentence span, clause span) of each non-empty clause of the sentences of the first `passages` prose
    hits; a clause runs up to and including the `pause` that closes it."""
    out = []
    for hit in ask.ranked[:passages]:
        if hit.chunk.row_index is not None:
            continue
        text = ask.reader.documents[hit.chunk.doc_id].text
        for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
            cuts = [start, *(m.end() for m in pause.finditer(text, start, end)), end]
            out += [(hit, (start, end), (a, b)) for a, b in zip(cuts, cuts[1:]) if b > a]
    return out
