"""The current index build, read-only: documents, chunks, figures, BM25 and dense search.

Layout of the data directory (written by ingest/pipeline.py):
    CURRENT                 the id of the complete build in use (switched atomically)
    ingest.lock             held by a running ingest
    builds/<build_id>/      manifest.json (written last), docs.jsonl, chunks.jsonl, tokens.jsonl,
                            vectors.npy, bm25.npz + bm25_vocab.json, figures.jsonl,
                            chroma/ (embedded Chroma; absent in server mode)

A build is never modified after CURRENT points at it, so any number of threads and processes
(uvicorn workers) can read it at once. `reload_if_changed()` lets a long-running server move
to a newer build; each search works on one build snapshot from start to end.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ingest import config
from ingest.bm25 import BM25
from ingest.embed import Embedder, canonical_name, load_embedder
from ingest.models import Chunk, Document, chunk_from_json
from ingest.normalize import normalize
from ingest.segment import tokenize
from ingest.store import VectorStore, collection_name, connect

CURRENT = "CURRENT"
BUILDS = "builds"
MANIFEST = "manifest.json"
DOCS = "docs.jsonl"
CHUNKS = "chunks.jsonl"
TOKENS = "tokens.jsonl"
VECTORS = "vectors.npy"
FIGURES = "figures.jsonl"


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
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def read_manifest(build_dir: Path) -> dict[str, Any]:
    return json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class _Build:
    build_id: str
    path: Path
    manifest: dict[str, Any]
    documents: dict[str, Document]
    chunks: list[Chunk]
    figures: list[dict[str, Any]]
    bm25: BM25
    doc_rows: dict[str, tuple[int, int]]  # doc_id → [first, last+1) chunk index

    @classmethod
    def load(cls, data_dir: Path, build_id: str) -> _Build:
        path = builds_dir(data_dir) / build_id
        manifest = read_manifest(path)
        documents = {d["doc_id"]: Document.from_json(d) for d in read_jsonl(path / DOCS)}
        chunks = [chunk_from_json(c) for c in read_jsonl(path / CHUNKS)]
        doc_rows: dict[str, tuple[int, int]] = {}
        for i, chunk in enumerate(chunks):  # chunks are grouped by document
            lo, _ = doc_rows.get(chunk.doc_id, (i, i))
            doc_rows[chunk.doc_id] = (lo, i + 1)
        return cls(build_id, path, manifest, documents, chunks, list(read_jsonl(path / FIGURES)),
                   BM25.load(path), doc_rows)

    def allowed(self, doc_ids: list[str] | None) -> np.ndarray | None:
        if doc_ids is None:
            return None
        mask = np.zeros(len(self.chunks), dtype=bool)
        for doc_id in doc_ids:
            lo, hi = self.doc_rows.get(doc_id, (0, 0))
            mask[lo:hi] = True
        return mask


class Index:
    def __init__(self, data_dir: Path, build: _Build, embedder: str | None = None):
        self.data_dir = data_dir
        self._build = build
        self._requested_embedder = embedder
        self._lock = threading.Lock()
        self._stores: dict[str, VectorStore] = {}
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
    def documents(self) -> dict[str, Document]:
        return self._build.documents

    @property
    def chunks(self) -> list[Chunk]:
        return self._build.chunks

    @property
    def figures(self) -> list[dict[str, Any]]:
        return self._build.figures

    @property
    def bm25(self) -> BM25:
        return self._build.bm25

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
    def bm25_search(self, query: str, k: int, doc_ids: list[str] | None = None) -> list[tuple[int, float]]:
        """Top k (chunk index, BM25 score) for a raw query in either script."""
        build = self._build
        return build.bm25.search(tokenize(normalize(query)), k, build.allowed(doc_ids))

    def dense_search(self, query: str, k: int, doc_ids: list[str] | None = None) -> list[tuple[int, float]]:
        """Top k (chunk index, cosine similarity) for a raw query in either script."""
        build = self._build
        vector = self.embedder.embed_query(normalize(query))
        return self._store(build).query(vector, k, doc_ids)

    def vector_ids(self) -> list[str]:
        """The chunk ids that have a vector in Chroma (== chunk ids of the build: no orphans)."""
        return self._store(self._build).ids()

    @property
    def embedder(self) -> Embedder:
        """The build's embedder, loaded on first use (a model takes seconds to load)."""
        return load_embedder(self.embedder_name)

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
