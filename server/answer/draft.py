"""What a handler returns (a Draft) and how it numbers its citations."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ingest.models import Chunk, Document, Table
from server.retrieve import Hit
from server.schemas import Citation, Figure


@dataclass
class Claim:
    """A figure an answer asserts and where it stands in the document: what the verification step
    (server/answer/verify.py) holds against the question before the answer is returned."""
    unit: str  # base unit of the value (人, 元, %, 所 …; '' when it has none)
    context: str  # the words it stands in: its clause, or its table row's label, group and column
    hit: Hit  # the passage it comes from
    span: tuple[int, int]  # its sentence or table row (offsets into Document.text)
    computed: bool = False  # computed by figures.compute rather than stated


@dataclass
class Draft:
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)  # what the answer asserts, for verification


class CitationBook:
    """Numbers citations in order of first use; the same span cited twice keeps its number."""

    def __init__(self, documents: Mapping[str, Document]):
        self.documents = documents
        self.citations: list[Citation] = []

    def cite(self, hit: Hit, start: int | None = None, end: int | None = None) -> int:
        chunk = hit.chunk
        start, end = (chunk.start, chunk.end) if start is None or end is None else (start, end)
        for c in self.citations:
            if (c.doc_id, c.start, c.end) == (chunk.doc_id, start, end):
                return c.id
        doc = self.documents[chunk.doc_id]
        section = chunk.section
        table = table_of(doc, chunk)
        if table and table.caption:
            section = f"{section} > {table.caption}" if section else table.caption
        self.citations.append(Citation(id=len(self.citations) + 1, doc_id=doc.doc_id, title=doc.meta.title,
                                       section=section, text=doc.text[start:end], start=start, end=end,
                                       score=round(hit.score, 4)))
        return len(self.citations)


def table_of(doc: Document, chunk: Chunk) -> Table | None:
    return next((t for t in doc.tables if t.table_id == chunk.table_id), None) if chunk.table_id else None


def table_name(doc: Document, table: Table) -> str:
    """How an answer names a table: its caption, else the heading it stands under, else (a notice's one table
    set under no caption nor heading) the document's title — never an empty 《》."""
    return table.caption or table.section.rsplit(">", 1)[-1].strip() or doc.meta.title
