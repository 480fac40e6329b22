"""policyqa's retrieval as a LangChain retriever, for users who build their own chains.

    from server.langchain_retriever import PolicyQARetriever, format_passages
    retriever = PolicyQARetriever(k=5)  # the current index build of POLICYQA_DATA_DIR
    chain = {"context": retriever | format_passages, "question": RunnablePassthrough()} | prompt | llm

Each question goes the way `policyqa ask` sends it: query analysis (intent, region, year), the
region and document filters, hybrid BM25 + dense retrieval fused by rank, intent routing. Each
passage comes back as a `Document` whose text is the passage as published and whose metadata
says where it is (doc_id, chunk_id, title, section, start/end offsets into the document text
served by `GET /api/documents/{doc_id}`) and how it ranked (score).
"""
from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from ingest.index import Index
from server.deps import get_index
from server.query import analyse
from server.retrieve import Hit
from server.schemas import Filters
from server.service import TOP_K, Service, service_for


class PolicyQARetriever(BaseRetriever):
    """Hybrid retrieval over a policyqa index. Without `index`, the process's current build
    (POLICYQA_DATA_DIR), followed when an ingest switches to a new one. Unknown `regions` or
    `doc_ids` raise `server.service.UnknownFilter` (a ValueError naming the known ones)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Index | None = Field(None, description="a fixed index build; None = the current one")
    k: int = Field(5, ge=1, le=TOP_K, description="passages returned")
    regions: list[str] = Field(default_factory=list, description="only documents about these regions")
    doc_ids: list[str] = Field(default_factory=list, description="only these documents")

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        service = service_for(self.index if self.index is not None else get_index())
        allowed = service.filter_scope(Filters(regions=self.regions, doc_ids=self.doc_ids))
        analysed = analyse(query.strip(), service.catalog)
        scope = service.scope(analysed, allowed)  # the regions the question names narrow it further
        if scope == []:
            return []
        return [_document(hit, service) for hit in service.search(analysed, scope)[: self.k]]


def _document(hit: Hit, service: Service) -> LCDocument:
    chunk = hit.chunk
    doc = service.index.documents[chunk.doc_id]
    metadata: dict[str, Any] = {
        "doc_id": chunk.doc_id, "chunk_id": chunk.chunk_id, "title": doc.meta.title, "region": doc.meta.region,
        "section": chunk.section, "start": chunk.start, "end": chunk.end, "score": round(hit.score, 6),
        "labels": list(chunk.labels),
    }
    table = next((t for t in doc.tables if t.table_id == chunk.table_id), None)
    if table is not None and chunk.row_index is not None:
        # a table row's text is its cells alone: say which column each one is
        row = next(r for r in table.rows if r.index == chunk.row_index)
        metadata["table_caption"] = table.caption
        metadata["table_row"] = "; ".join(f"{c.column}: {c.text}" for c in row.cells)
    return LCDocument(id=chunk.chunk_id, page_content=chunk.text, metadata=metadata)


def format_passages(documents: list[LCDocument]) -> str:
    """Numbered passages with their source, for a prompt: `[1] 标题 > 章节` and the passage (a table
    row as `column: cell; …`). Ask the model to cite the numbers, then map them back through the
    documents' metadata."""
    return "\n\n".join(f"[{n}] {d.metadata['title']} > {d.metadata['section']}\n"
                       f"{d.metadata.get('table_row') or d.page_content}" for n, d in enumerate(documents, start=1))
