"""The chunk vectors in Chroma: one collection per index build, cosine space.

Embedded mode (default): a PersistentClient in the build's own directory, so writing a new
build can never damage the one being served. Server mode (POLICYQA_CHROMA_URL, `chroma run`):
a new collection `policyqa_<build_id>` per build on the shared server.
Vectors are always passed in explicitly and collections have no embedding function: Chroma's
default one would try to download a model.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.config import Settings
from chromadb.errors import NotFoundError

PREFIX = "policyqa_"
EMBEDDED_DIR = "chroma"  # inside the build directory


def _settings() -> Settings:
    # a fresh object per client: the chromadb constructors write host/path/api into it
    return Settings(anonymized_telemetry=False, allow_reset=False)


class StoreError(RuntimeError):
    pass


def collection_name(build_id: str) -> str:
    return PREFIX + build_id


def connect(build_dir: Path, url: str | None) -> ClientAPI:
    """The Chroma client for a build: its embedded directory, or the server at `url`."""
    if url is None:
        return chromadb.PersistentClient(path=str(build_dir / EMBEDDED_DIR), settings=_settings())
    parsed = urlparse(url if "://" in url else f"http://{url}")
    if not parsed.hostname:
        raise StoreError(f"POLICYQA_CHROMA_URL={url!r} is not of the form http://host:port")
    ssl = parsed.scheme == "https"
    try:
        return chromadb.HttpClient(host=parsed.hostname, port=parsed.port or (443 if ssl else 8000),
                                   ssl=ssl, settings=_settings())
    except Exception as e:  # noqa: BLE001 - connection errors come in many types
        raise StoreError(f"cannot reach the Chroma server at {url}: {e}") from e


class VectorStore:
    """One build's collection. Metadata per vector: doc_id (for filters) and idx (the chunk's
    position in the build's chunks.jsonl, which is what searches return)."""

    def __init__(self, client: ClientAPI, name: str, *, create: bool = False):
        self.client = client
        self.name = name
        if create:
            self.collection = client.create_collection(
                name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None)
        else:
            try:
                self.collection = client.get_collection(name, embedding_function=None)
            except NotFoundError as e:
                raise StoreError(f"Chroma collection {name} not found (was the index built against "
                                 "another Chroma server?): run `policyqa ingest`") from e
        self._count: int | None = None

    def add(self, ids: list[str], vectors: np.ndarray, doc_ids: list[str], idxs: list[int]) -> None:
        step = self.client.get_max_batch_size()
        for lo in range(0, len(ids), step):
            hi = lo + step
            self.collection.add(
                ids=ids[lo:hi], embeddings=vectors[lo:hi],
                metadatas=[{"doc_id": d, "idx": i} for d, i in zip(doc_ids[lo:hi], idxs[lo:hi])])
        self._count = None

    def count(self) -> int:
        if self._count is None:
            self._count = self.collection.count()
        return self._count

    def ids(self) -> list[str]:
        return self.collection.get(include=[])["ids"]

    def query(self, vector: np.ndarray, k: int, doc_ids: list[str] | None = None) -> list[tuple[int, float]]:
        """Top k (chunk idx, cosine similarity), best first."""
        n = min(k, self.count())
        if n <= 0 or (doc_ids is not None and not doc_ids):
            return []
        where = None if doc_ids is None else {"doc_id": {"$in": list(doc_ids)}}
        result = self.collection.query(query_embeddings=[vector], n_results=n, where=where,
                                       include=["metadatas", "distances"])
        return [(int(meta["idx"]), 1.0 - float(dist))
                for meta, dist in zip(result["metadatas"][0], result["distances"][0])]


def drop_collection(client: ClientAPI, name: str) -> None:
    """Delete a collection if it exists (garbage collection of old or unfinished builds)."""
    try:
        client.delete_collection(name)
    except NotFoundError:
        pass
