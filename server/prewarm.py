"""Per-document work done before the questions ask for it: the amounts every prose passage of a
document states (answer/operands.py `document_amounts`), which computations, derived figures and
remainders look their inputs up in. Scanning a long report takes 50–130 ms of CPU (every
sentence's numbers and the words of their clauses), and the first question that read a document
paid it: on the corpus-dev dev half, 4 of its 11 slowest questions were plain lookups whose only
slow step was that scan. The served app's warm-up scans once it is ready (server/warmup.py), eval
before its timed questions (eval/run.py), so both time the same server.
"""
from __future__ import annotations

from typing import Any

from server.answer.operands import document_amounts

WARM_DOCUMENTS = 100  # documents scanned ahead (≈ 0.1 s each); a larger library's others on first use


def warm_documents(service: Any, limit: int = WARM_DOCUMENTS) -> int:
    """Scans the amounts of the first `limit` documents of the service's build; returns how many."""
    doc_ids = list(service.index.document_heads)[:limit]
    for doc_id in doc_ids:
        document_amounts(service.composer.reader, doc_id)
    return len(doc_ids)
