"""The one interface every answer strategy implements, and the input they share.

A handler looks at an `Ask` (the analysed question, the retrieved passages and the evidence the
reader found among them) and either returns a Draft or None ("not mine"). The composer tries
the handlers in a declared order (server/answer/compose.py); the first Draft wins.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from ingest.models import Table
from server.answer.draft import CitationBook, Draft, table_of
from server.answer.evidence import Evidence, Reader
from server.query import Query
from server.retrieve import Hit


class Search(Protocol):
    """Re-queries the index, restricted to some documents (None: all), for cross-document
    questions and one ask of several; `k` passages at most."""

    def __call__(self, query: Query, doc_ids: list[str] | None, k: int = ...) -> list[Hit]: ...


@dataclass
class Ask:
    query: Query
    hits: list[Hit]
    reader: Reader
    search: Search
    scope: list[str] | None  # documents the question may be answered from (None: all)
    book: CitationBook  # the answer's citations, numbered in order of use
    given: Evidence | None = None  # evidence chosen by the caller (one document of a cross-document answer)

    @cached_property
    def ranked(self) -> list[Hit]:
        """The passages by support: retrieval score × key-term coverage × year."""
        return self.reader.rank(self.query, self.hits)

    def ranked_docs(self, passages: int | None = None) -> list[str]:
        """The documents of the leading `passages` ranked passages (all when None), best first, each
        once and within the scope."""
        return list(dict.fromkeys(h.chunk.doc_id for h in self.ranked[:passages]
                                  if self.scope is None or h.chunk.doc_id in self.scope))

    def row_tables(self, passages: int = 8, whole: bool = False) -> Iterator[tuple[Hit, Table]]:
        """Each table one of the leading `passages` ranked passages is a row of, once, with the first such
        passage: the tables a handler computing over a table's rows reads (`whole`: or the table's own
        passage, a table short enough to be indexed whole as well as by rows)."""
        read: set[str] = set()
        for hit in self.ranked[:passages]:
            table = table_of(self.reader.documents[hit.chunk.doc_id], hit.chunk)
            if table is None or (hit.chunk.row_index is None and not whole) or table.table_id in read:
                continue
            read.add(table.table_id)
            yield hit, table

    @cached_property
    def evidence(self) -> Evidence:
        """The best sentence or table row among the leading passages."""
        return self.given or self.reader.evidence(self.query, self.ranked)

    def use(self, evidence: Evidence) -> None:
        """Answer from `evidence` instead of the reader's first choice (a gate found better)."""
        self.given = evidence
        self.__dict__.pop("evidence", None)


class Handler(Protocol):
    def try_answer(self, ask: Ask) -> Draft | None:
        """The answer, or None when this strategy does not apply to the question or its evidence."""
        ...


def first_answer(handlers: tuple[Handler, ...], ask: Ask) -> Draft | None:
    """The Draft of the first handler that gives one."""
    for handler in handlers:
        draft = handler.try_answer(ask)
        if draft is not None:
            return draft
    return None
