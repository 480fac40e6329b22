"""The current index build, read-only: documents, chunks, figures, BM25 and dense search.

Layout of the data directory (written by ingest/pipeline.py):
    CURRENT                 the id of the complete build in use (switched atomically)
    ingest.lock             held by a running ingest
    builds/<build_id>/      manifest.json (written last), docs.jsonl, chunks.jsonl, tokens.jsonl,
                            vectors.npy, figures.jsonl, words.txt + words.npy (the vocabulary's
                            vectors, ingest/wordvectors.py), chroma/ (embedded Chroma; absent in server
                            mode), and the search files (ingest/searchfiles.py): line offsets of
                            the JSONL files, document heads, BM25 postings, character bigrams

A build is never modified after CURRENT points at it, so any number of threads and processes
(uvicorn workers) can read it at once. `reload_if_changed()` lets a long-running server move
to a newer build; each search works on one build snapshot from start to end.

Nothing here grows with the corpus in memory: chunks, documents and figures are read by
offset when asked (records.py), BM25 and the bigram postings are memory-mapped, and the
vectors live in Chroma (a search over at most LOCAL_DENSE_MAX chunks — a small library, or a few
documents of a large one — reads them from vectors.npy instead: exact and deterministic).
"""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from ingest import config
from ingest.bm25 import BM25
from ingest.embed import Embedder, canonical_name, load_embedder
from ingest.grams import GramIndex
from ingest.lru import LRU
from ingest.mapped import load_mapped
from ingest.normalize import normalize
from ingest.records import (
    HEADS,
    ChunkStore,
    DocHead,
    DocumentStore,
    FigureStore,
    line_offsets,
    offsets_path,
    ranges_by_document,
    read_heads,
    stream_jsonl,
)
from ingest.segment import tokenize
from ingest.store import VectorStore, collection_name, connect
from ingest.wordvectors import WordTable

CURRENT = "CURRENT"
BUILDS = "builds"
MANIFEST = "manifest.json"
DOCS = "docs.jsonl"
CHUNKS = "chunks.jsonl"
TOKENS = "tokens.jsonl"
VECTORS = "vectors.npy"
FIGURES = "figures.jsonl"
SEARCH_CACHE = 4096  # searches per build kept for repeated questions
LOCAL_DENSE_MAX = 8192  # a search over at most this many chunks reads their vectors instead of asking Chroma


class NoIndexError(RuntimeError):
    pass


class EmbedderMismatchError(RuntimeError):
    pass


def builds_dir(data_dir: Path) -> Path:
    return data_dir / BUILDS


def read_current(data_dir: Path) -> str | None:
    try:
        return (data_dir / CURRENT).read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def read_jsonl(path: Path) -> Iterator[Any]:
    return stream_jsonl(path)


def read_manifest(build_dir: Path) -> dict[str, Any]:
    return json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class _Build:
    build_id: str
    path: Path
    manifest: dict[str, Any]
    documents: DocumentStore
    chunks: ChunkStore
    figures: FigureStore
    bm25: BM25

    @cached_property
    def word_table(self) -> WordTable | None:
        return WordTable.read(self.path)

    @classmethod
    def load(cls, data_dir: Path, build_id: str) -> _Build:
        """Opens the build's files (a build made before the search files existed gets them
        derived in memory)."""
        path = builds_dir(data_dir) / build_id
        manifest = read_manifest(path)
        heads = read_heads(path / HEADS) if (path / HEADS).exists() else {
            d["doc_id"]: DocHead.of(d) for d in stream_jsonl(path / DOCS)}
        if list(heads) != list(manifest["documents"]):
            raise NoIndexError(f"index build {build_id}: documents and manifest disagree: "
                               "run `policyqa ingest --rebuild`")
        chunk_offsets = _offsets(path / CHUNKS)
        n = len(chunk_offsets) - 1
        grams = GramIndex.load(path) if GramIndex.exists(path) else GramIndex.build(
            lambda: (c["norm"] for c in stream_jsonl(path / CHUNKS)))
        chunks = ChunkStore(path / CHUNKS, ranges_by_document(manifest, "chunks", n, path / CHUNKS), grams,
                            chunk_offsets)
        figure_offsets = _offsets(path / FIGURES)
        figures = FigureStore(path / FIGURES, ranges_by_document(manifest, "figures", len(figure_offsets) - 1,
                                                                 path / FIGURES), figure_offsets)
        bm25 = BM25.load(path, n) if BM25.exists(path) else BM25.build(stream_jsonl(path / TOKENS))
        return cls(build_id, path, manifest, DocumentStore(path / DOCS, heads, _offsets(path / DOCS)), chunks,
                   figures, bm25)

    def ranges(self, doc_ids: list[str] | None) -> list[tuple[int, int]] | None:
        """The chunk rows of `doc_ids`, as [lo, hi) ranges in row order (None: all)."""
        if doc_ids is None:
            return None
        return sorted(self.chunks.doc_rows[d] for d in set(doc_ids) if d in self.chunks.doc_rows)


def _offsets(path: Path) -> np.ndarray:
    stored = offsets_path(path)
    return load_mapped(stored) if stored.exists() else line_offsets(path)


class Index:
    def __init__(self, data_dir: Path, build: _Build, embedder: str | None = None):
        self.data_dir = data_dir
        self._build = build
        self._requested_embedder = embedder
        self._lock = threading.Lock()
        self._stores: dict[str, VectorStore] = {}
        self._vectors: dict[str, _VectorFile] = {}
        # repeated questions (and a cross-document question's per-document searches) are served
        # from here; keys carry the build id, so entries of a previous build just age out
        self._searches: LRU[tuple, list[tuple[int, float]]] = LRU(None, SEARCH_CACHE)
        self._tokens: LRU[str, list[str]] = LRU(tokenize, SEARCH_CACHE)  # of normalised queries
        self._check_embedder(build)

    @classmethod
    def open(cls, data_dir: Path | None = None, embedder: str | None = None) -> Index:
        """The current build of `data_dir` (default: POLICYQA_DATA_DIR). `embedder`, if given,
        must be the one the build was made with."""
        data_dir = Path(data_dir).resolve() if data_dir else config.data_dir()
        return cls(data_dir, _load_current(data_dir), embedder)

    # --- the current snapshot ----------------------------------------------------------------
    @property
    def build_id(self) -> str:
        return self._build.build_id

    @property
    def manifest(self) -> dict[str, Any]:
        return self._build.manifest

    @property
    def embedder_name(self) -> str:
        return self._build.manifest["embedder"]["name"]

    @property
    def documents(self) -> DocumentStore:
        """doc_id → Document, read on demand (a Mapping, as the dict it replaces)."""
        return self._build.documents

    @property
    def document_heads(self) -> dict[str, DocHead]:
        """doc_id → metadata and size of every document, without the texts."""
        return self._build.documents.heads

    @property
    def chunks(self) -> ChunkStore:
        """Chunk i, read on demand (a Sequence, as the list it replaces)."""
        return self._build.chunks

    @property
    def figures(self) -> FigureStore:
        return self._build.figures

    @property
    def bm25(self) -> BM25:
        return self._build.bm25

    @property
    def word_table(self) -> WordTable | None:
        """The build's words and their vectors (ingest/wordvectors.py), read on first use."""
        return self._build.word_table

    def reload_if_changed(self) -> bool:
        """Switch to a newer build if an ingest has completed since; True if it did."""
        current = read_current(self.data_dir)
        if current is None or current == self.build_id:
            return False
        with self._lock:
            if current != self.build_id:
                build = _load_current(self.data_dir)
                self._check_embedder(build)
                self._build = build
        return True

    # --- search ------------------------------------------------------------------------------
    # Both searches read a query in its matching form only (normalize: either script, either width),
    # so their results are kept under that form: a question asked again in the other script is a hit.
    def bm25_search(self, query: str, k: int, doc_ids: list[str] | None = None) -> list[tuple[int, float]]:
        """Top k (chunk index, BM25 score) for a raw query in either script."""
        build, norm = self._build, normalize(query)
        key = ("bm25", build.build_id, norm, k, _scope_key(doc_ids))
        return list(self._searches.get(key, lambda _: build.bm25.search(self._tokens[norm], k, build.ranges(doc_ids))))

    def dense_search(self, query: str, k: int, doc_ids: list[str] | None = None) -> list[tuple[int, float]]:
        """Top k (chunk index, cosine similarity) for a raw query in either script."""
        build, norm = self._build, normalize(query)
        key = ("dense", build.build_id, norm, k, _scope_key(doc_ids))
        return list(self._searches.get(key, lambda _: self._dense(build, norm, k, doc_ids)))

    def prefetch_queries(self, queries: list[str]) -> None:
        """Embeds the raw queries a question will search next in one model call (see
        Embedder.embed_queries); their searches then find the vectors cached."""
        self.embedder.embed_queries([normalize(q) for q in queries])

    def _dense(self, build: _Build, norm: str, k: int, doc_ids: list[str] | None) -> list[tuple[int, float]]:
        vector = self.embedder.embed_query(norm)
        ranges = [(0, len(build.chunks))] if doc_ids is None else build.ranges(doc_ids) or []
        if sum(hi - lo for lo, hi in ranges) <= LOCAL_DENSE_MAX:
            # Up to a few thousand chunks, exact cosines from the build's vectors cost less than a
            # Chroma query, and they are exact: Chroma's HNSW graph is built by parallel inserts in
            # no fixed order, so two builds of the same vectors disagree on a third of the dev
            # questions' top-40 and sometimes miss the best chunk outright (scripts/hnsw_recall.py).
            return self._dense_local(build, vector, k, ranges)
        return self._store(build).query(vector, k, doc_ids)

    def _dense_local(self, build: _Build, vector: np.ndarray, k: int,
                     ranges: list[tuple[int, int]]) -> list[tuple[int, float]]:
        vectors = self._vectors_of(build)
        rows = np.concatenate([np.arange(lo, hi) for lo, hi in ranges]) if ranges else np.zeros(0, dtype=np.int64)
        if not len(rows) or k <= 0:
            return []
        scores = np.concatenate([vectors.rows(lo, hi) @ vector for lo, hi in ranges])
        top = np.argsort(-scores, kind="stable")[:k]
        return [(int(rows[i]), float(scores[i])) for i in top]

    def vector_ids(self) -> list[str]:
        """The chunk ids that have a vector in Chroma (== chunk ids of the build: no orphans)."""
        return self._store(self._build).ids()

    @property
    def embedder(self) -> Embedder:
        """The build's embedder, loaded on first use (a model takes seconds to load)."""
        return load_embedder(self.embedder_name)

    def _vectors_of(self, build: _Build) -> _VectorFile:
        with self._lock:
            if build.build_id not in self._vectors:
                self._vectors = {build.build_id: _VectorFile(build.path / VECTORS)}
            return self._vectors[build.build_id]

    def _store(self, build: _Build) -> VectorStore:
        with self._lock:
            store = self._stores.get(build.build_id)
            if store is None:
                chroma = build.manifest["chroma"]
                # a server build: POLICYQA_CHROMA_URL wins (the server may have another name here)
                url = (config.chroma_url() or chroma["url"]) if chroma["mode"] == "server" else None
                store = VectorStore(connect(build.path, url), collection_name(build.build_id))
                self._stores = {build.build_id: store}  # an older build's client is not needed any more
            return store

    def _check_embedder(self, build: _Build) -> None:
        built_with = build.manifest["embedder"]["name"]
        if self._requested_embedder and canonical_name(self._requested_embedder) != built_with:
            raise EmbedderMismatchError(
                f"the index in {self.data_dir} was built with embedder {built_with!r}, not "
                f"{self._requested_embedder!r}: re-ingest with `policyqa ingest --embedder "
                f"{self._requested_embedder}` to switch")


class _VectorFile:
    """Rows of vectors.npy read with pread: a cross-document question reads every document's
    vectors once, and mapped pages would stay resident (and counted) in every worker."""

    def __init__(self, path: Path):
        header = np.load(path, mmap_mode="r")  # only to learn where the data starts, never read
        self.dim, self.offset, self.dtype = header.shape[1], header.offset, header.dtype
        self._file = path.open("rb")

    def rows(self, lo: int, hi: int) -> np.ndarray:
        row_bytes = self.dim * self.dtype.itemsize
        data = os.pread(self._file.fileno(), (hi - lo) * row_bytes, self.offset + lo * row_bytes)
        return np.frombuffer(data, dtype=self.dtype).reshape(hi - lo, self.dim)


def _scope_key(doc_ids: list[str] | None) -> tuple[str, ...] | None:
    return None if doc_ids is None else tuple(sorted(set(doc_ids)))


def _load_current(data_dir: Path) -> _Build:
    # An ingest may switch CURRENT and collect the old build between our two reads: retry.
    for _ in range(3):
        build_id = read_current(data_dir)
        if build_id is None:
            raise NoIndexError(f"no index in {data_dir}: run `policyqa ingest` first")
        try:
            return _Build.load(data_dir, build_id)
        except FileNotFoundError:
            if read_current(data_dir) == build_id:
                raise NoIndexError(f"index build {build_id} in {data_dir} is incomplete or damaged: "
                                   "run `policyqa ingest --rebuild`") from None
    raise NoIndexError(f"the index in {data_dir} keeps changing; try again")
