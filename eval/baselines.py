"""The systems our pipeline is compared with, on the same questions and corpus.

- `langchain-chroma`: a typical naive RAG — the corpus files as they are, fixed-size chunks
  (500 characters, 150 overlap), a LangChain `Chroma` store with a LangChain `Embeddings`
  wrapper around our embedder, dense search only. It has no answer composer, so it answers
  with its best passage, cites its top 3 passages and never abstains.
- `bm25-only` / `dense-only`: our pipeline (chunks, routing, composer, abstention) with one
  retriever instead of the RRF fusion of both.
- `pipeline[<embedder>]`: our full pipeline on an index built with another offered embedder.
"""
from __future__ import annotations

import time
import uuid
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings

from eval.run import System, pipeline_system
from ingest import config

if TYPE_CHECKING:
    from ingest.embed import Embedder
    from ingest.index import Index

OFFERED_EMBEDDERS = ("m3e-small", "m3e-small-int8", "e5-small")
CHUNK_SIZE = 500
# longer than any gold quote as the raw file writes it (≤ 60 characters plus Kaizhou's pinyin
# notes), so every quote lies whole inside some chunk and strict containment stays fair
CHUNK_OVERLAP = 150
NAIVE_CITED = 3


class EmbedderEmbeddings(Embeddings):
    """Our embedder behind LangChain's Embeddings interface (what a LangChain app plugs in)."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_passages(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()


def split_fixed(text: str, size: int = CHUNK_SIZE, overlap: int = CHUNK_OVERLAP) -> list[tuple[int, str]]:
    """(start, text) windows of `size` characters, each starting `size - overlap` after the last."""
    if not 0 <= overlap < size:
        raise ValueError("overlap must be in [0, size)")
    step = size - overlap
    return [(start, text[start:start + size]) for start in range(0, max(len(text) - overlap, 1), step)]


def raw_corpus(index: Index, corpus_dir: Path = config.DEFAULT_CORPUS) -> dict[str, str]:
    """doc_id → the file as published (what a naive setup loads); the cleaned text if the file is gone."""
    texts = {}
    for doc_id, doc in index.documents.items():
        path = corpus_dir / doc.meta.source if doc.meta.source else None
        texts[doc_id] = path.read_text(encoding="utf-8") if path and path.is_file() else doc.text
    return texts


def langchain_chroma_system(texts: dict[str, str], embedder: Embedder) -> System:
    import chromadb
    from chromadb.config import Settings
    from langchain_chroma import Chroma

    documents = [LCDocument(page_content=chunk, metadata={"doc_id": doc_id, "start": start})
                 for doc_id, text in texts.items() for start, chunk in split_fixed(text)]
    client = chromadb.EphemeralClient(settings=Settings(anonymized_telemetry=False))
    store = Chroma(collection_name=f"naive_{uuid.uuid4().hex[:8]}", embedding_function=EmbedderEmbeddings(embedder),
                   client=client, collection_metadata={"hnsw:space": "cosine"})
    started = time.perf_counter()
    store.add_documents(documents)
    build_s = time.perf_counter() - started

    @lru_cache(maxsize=256)
    def search(question: str, k: int) -> tuple[LCDocument, ...]:
        return tuple(store.similarity_search(question, k=k))

    def ask(question: str, history: list[dict], filters: dict | None) -> dict[str, Any]:
        hits = search(question, 10)
        citations = [{"id": n, "doc_id": d.metadata["doc_id"], "title": "", "section": "", "text": d.page_content,
                      "start": d.metadata["start"], "end": d.metadata["start"] + len(d.page_content), "score": 0.0}
                     for n, d in enumerate(hits[:NAIVE_CITED], start=1)]
        return {"question": question, "answer": hits[0].page_content if hits else "", "abstained": False,
                "citations": citations, "figures": [], "timings_ms": {}}

    def retrieve(question: str, history: list[dict], filters: dict | None, k: int) -> list[str]:
        return [d.page_content for d in search(question, max(k, 10))[:k]]

    note = (f"LangChain Chroma, {embedder.name}, raw files in {CHUNK_SIZE}-char chunks ({CHUNK_OVERLAP} overlap); "
            f"answers with its top passage, cites top {NAIVE_CITED}, never abstains; {len(documents)} chunks "
            f"embedded in {build_s:.1f} s")
    return System("langchain-chroma", ask, retrieve, note)


def fusion_system(index: Index, fusion: str) -> System:
    from server.service import Service

    return pipeline_system(Service(index, fusion=fusion), f"{fusion}-only",
                           f"our pipeline with {fusion} retrieval only ({index.embedder_name})")


def index_with_embedder(embedder: str, data_dir: Path,
                        corpus_dir: Path = config.DEFAULT_CORPUS) -> tuple[Index, float]:
    """An index of `corpus_dir` built with `embedder` in `data_dir` (a scratch directory: the
    evaluation never writes into the service's data), and the wall time of the build in seconds,
    so the report can state what another embedder costs."""
    from ingest.index import Index
    from ingest.pipeline import run_ingest

    summary = run_ingest([corpus_dir], embedder, False, data_dir=data_dir)
    if summary.failed:
        raise RuntimeError(f"ingest for embedder {embedder} failed: {summary}")
    return Index.open(data_dir), summary.seconds


def baseline_systems(index: Index, workdir: Path, embedders: tuple[str, ...] = OFFERED_EMBEDDERS) -> list[System]:
    """Every baseline for a main pipeline running on `index`; indexes for the other embedders
    are built under `workdir`."""
    from server.service import Service

    systems = [langchain_chroma_system(raw_corpus(index), index.embedder),
               fusion_system(index, "bm25"), fusion_system(index, "dense")]
    for name in embedders:
        if name != index.embedder_name:
            other, seconds = index_with_embedder(name, workdir / _safe_name(name))
            systems.append(pipeline_system(
                Service(other), f"pipeline[{name}]",
                f"our pipeline, index of {len(other.chunks)} chunks built with {name} in {seconds:.1f} s"))
    return systems


def _safe_name(embedder: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in embedder)
