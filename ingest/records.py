"""A build's records read one at a time: chunks, documents and figures without loading the corpus.

chunks.jsonl, docs.jsonl and figures.jsonl stay the build's source of truth (backups, the
incremental ingest and people read them). Beside each, `<file>.offsets.npy` (int64: where every
line starts, then the file size) lets a server read record i with one `pread`; recently used
records are kept in a small LRU. Records are grouped by document in manifest order, so a
document's chunks (and figures) are one contiguous range of rows.

`index.chunks[i]`, `len(index.chunks)`, `index.documents[doc_id]` and iteration behave as the
lists and dicts they replace; iteration streams the file instead of filling the caches.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, ItemsView, Iterable, Iterator, Mapping, Sequence, ValuesView
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy as np

from ingest.grams import GramIndex, compact
from ingest.lru import LRU
from ingest.mapped import load_mapped
from ingest.models import Chunk, DocMeta, Document, chunk_from_json

T = TypeVar("T")
OFFSETS_SUFFIX = ".offsets.npy"
HEADS = "docs.heads.jsonl"
CHUNK_CACHE = 20_000  # Chunk objects (≈ 2 KB each)
DOCUMENT_CACHE = 32  # whole documents (text, outline, tables)
FIGURE_CACHE = 4096
DERIVED_CACHE = 20_000
VERIFY_MAX = 2000  # candidates of a term checked one by one; above, their count is the frequency
_READ_BLOCK = 1 << 24


def offsets_path(path: Path) -> Path:
    return path.with_name(path.name + OFFSETS_SUFFIX)


def line_offsets(path: Path) -> np.ndarray:
    """Start of every line of a JSONL file, then its size (read in blocks, never all at once)."""
    starts = [np.zeros(1, dtype=np.int64)]
    position = 0
    with path.open("rb") as f:
        while block := f.read(_READ_BLOCK):
            starts.append(np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == 10).astype(np.int64) + position + 1)
            position += len(block)
    offsets = np.concatenate(starts)
    if offsets[-1] != position:  # no newline after the last record
        offsets = np.append(offsets, position)
    return offsets


def stream_jsonl(path: Path) -> Iterator[Any]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


class Records(Sequence[T], Generic[T]):
    """Record i of a JSONL file, decoded by `decode`, through an LRU of `cache` records."""

    def __init__(self, path: Path, decode: Callable[[dict], T], cache: int, offsets: np.ndarray | None = None):
        self.path = path
        self.decode = decode
        stored = offsets_path(path)
        self.offsets = offsets if offsets is not None else (
            load_mapped(stored) if stored.exists() else line_offsets(path))
        self._file = path.open("rb")  # closed with this object
        self._cache: LRU[int, T] = LRU(self.read, cache)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = int(i)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"record {i} of {len(self)}")
        return self._cache[i]

    def read(self, i: int) -> T:
        """Record i straight from the file, bypassing the cache (for one-off scans)."""
        start, end = int(self.offsets[i]), int(self.offsets[i + 1])
        return self.decode(json.loads(os.pread(self._file.fileno(), end - start, start)))

    def rows(self, lo: int, hi: int) -> list[T]:
        return [self[i] for i in range(lo, hi)]

    def __iter__(self) -> Iterator[T]:
        return (self.decode(record) for record in stream_jsonl(self.path))

    def __eq__(self, other: object) -> bool:  # as the list it replaces: equal items in order
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]


def ranges_by_document(manifest: dict[str, Any], key: str, total: int, path: Path) -> dict[str, tuple[int, int]]:
    """doc_id → [first, last+1) row of its records, from the manifest's per-document counts
    (records are written grouped by document in manifest order), checked against the file."""
    ranges, row = {}, 0
    for doc_id, entry in manifest["documents"].items():
        ranges[doc_id] = (row, row + int(entry[key]))
        row += int(entry[key])
    if row != total:
        raise ValueError(f"{path.name} holds {total} records, the manifest counts {row}: the build is damaged")
    return ranges


class ChunkStore(Records[Chunk]):
    """The build's chunks, with per-document ranges and substring document frequencies."""

    def __init__(self, path: Path, doc_rows: dict[str, tuple[int, int]], grams: GramIndex,
                 offsets: np.ndarray | None = None):
        super().__init__(path, chunk_from_json, CHUNK_CACHE, offsets)
        self.doc_rows = doc_rows
        self.grams = grams
        self.per_document = _PerDocument(self)

    def by_id(self, chunk_id: str) -> Chunk:
        """The chunk `doc_id#cN` (ids count a document's chunks from 1 in row order)."""
        doc_id, _, n = chunk_id.rpartition("#c")
        lo, hi = self.doc_rows.get(doc_id, (0, 0))
        row = lo + int(n) - 1 if n.isdigit() else -1
        if lo <= row < hi and self[row].chunk_id == chunk_id:
            return self[row]
        found = next((c for c in self.rows(lo, hi) if c.chunk_id == chunk_id), None)
        if found is None:
            raise KeyError(chunk_id)
        return found

    def derived(self, compute: Callable[[Chunk], T], maxsize: int = DERIVED_CACHE) -> LRU[str, T]:
        """chunk_id → compute(chunk), computed when first asked and kept for the recently used."""
        return LRU(lambda chunk_id: compute(self.by_id(chunk_id)), maxsize)

    def count_containing(self, needles: Iterable[str], verify: Callable[[str], bool]) -> int:
        """In how many chunks `verify(chunk.norm)` holds, for a test that holds only where the
        norm contains one of `needles` (as a substring, spacing and punctuation aside).

        Exact while the candidates are at most VERIFY_MAX; beyond, the number of candidates
        (chunks holding every bigram of a needle — a frequency that large weighs little)."""
        found, lower, unknown = [], 0, False
        for needle in needles:
            rows = self.grams.candidates(needle)
            if rows is not None:
                found.append(rows)
                continue
            unknown = True  # a single character has a count, not postings
            key = compact(needle)
            lower = max(lower, self.grams.char_df(key) if len(key) == 1 else 0)
        if unknown and len(self) <= VERIFY_MAX:
            return sum(verify(chunk.norm) for chunk in self)
        rows = np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
        if not unknown and len(rows) <= VERIFY_MAX:
            return sum(verify(self.read(int(i)).norm) for i in rows)
        return max(len(rows), lower)


class MemoryChunks(Sequence[Chunk]):
    """A list of chunks with the accessors of ChunkStore (a composer or retriever built on
    chunks that are not a stored build, e.g. in tests); small lists only: counts scan them."""

    def __init__(self, chunks: Sequence[Chunk]):
        self._chunks = list(chunks)
        self._by_id = {c.chunk_id: c for c in self._chunks}
        self.per_document: dict[str, list[Chunk]] = {}
        for c in self._chunks:
            self.per_document.setdefault(c.doc_id, []).append(c)

    def __len__(self) -> int:
        return len(self._chunks)

    def __getitem__(self, i):
        return self._chunks[i]

    def by_id(self, chunk_id: str) -> Chunk:
        return self._by_id[chunk_id]

    def derived(self, compute: Callable[[Chunk], T], maxsize: int = DERIVED_CACHE) -> LRU[str, T]:
        return LRU(lambda chunk_id: compute(self.by_id(chunk_id)), maxsize)

    def count_containing(self, needles: Iterable[str], verify: Callable[[str], bool]) -> int:
        return sum(verify(c.norm) for c in self._chunks)


def as_chunk_store(chunks: Sequence[Chunk]) -> ChunkStore | MemoryChunks:
    return chunks if isinstance(chunks, (ChunkStore, MemoryChunks)) else MemoryChunks(chunks)


class _PerDocument(Mapping[str, list[Chunk]]):
    """doc_id → its chunks in text order."""

    def __init__(self, store: ChunkStore):
        self.store = store

    def __getitem__(self, doc_id: str) -> list[Chunk]:
        return self.store.rows(*self.store.doc_rows[doc_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self.store.doc_rows)

    def __len__(self) -> int:
        return len(self.store.doc_rows)


@dataclass(frozen=True)
class DocHead:
    """What lists and filters need of a document, without its text."""
    doc_id: str
    meta: DocMeta
    chars: int
    tables: int

    @classmethod
    def of(cls, document: dict[str, Any]) -> DocHead:
        return cls(document["doc_id"], DocMeta(**document["meta"]), len(document["text"]), len(document["tables"]))

    @classmethod
    def of_document(cls, document: Document) -> DocHead:
        return cls(document.doc_id, document.meta, len(document.text), len(document.tables))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DocHead:
        return cls(d["doc_id"], DocMeta(**d["meta"]), d["chars"], d["tables"])


class DocumentStore(Mapping[str, Document]):
    """doc_id → Document, read when asked (the LRU keeps a few); `heads` holds every
    document's metadata for listings, filters and the region catalog."""

    def __init__(self, path: Path, heads: dict[str, DocHead], offsets: np.ndarray | None = None):
        self.heads = heads
        self._records = Records(path, Document.from_json, 1, offsets)
        self._row = {doc_id: i for i, doc_id in enumerate(heads)}
        self._cache: LRU[str, Document] = LRU(lambda doc_id: self._records.read(self._row[doc_id]), DOCUMENT_CACHE)

    def __getitem__(self, doc_id: str) -> Document:
        if doc_id not in self._row:
            raise KeyError(doc_id)
        return self._cache[doc_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.heads)

    def __len__(self) -> int:
        return len(self.heads)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._row

    def values(self) -> ValuesView[Document]:
        return _StreamedValues(self)

    def items(self) -> ItemsView[str, Document]:
        return _StreamedItems(self)


class _StreamedValues(ValuesView):
    def __iter__(self) -> Iterator[Document]:
        return iter(self._mapping._records)  # type: ignore[attr-defined]


class _StreamedItems(ItemsView):
    def __iter__(self) -> Iterator[tuple[str, Document]]:
        return ((d.doc_id, d) for d in self._mapping._records)  # type: ignore[attr-defined]


def read_heads(path: Path) -> dict[str, DocHead]:
    return {h.doc_id: h for h in map(DocHead.from_json, stream_jsonl(path))}


class FigureStore(Records[dict[str, Any]]):
    """The build's figure records; `of_documents` reads only the documents asked about."""

    def __init__(self, path: Path, doc_rows: dict[str, tuple[int, int]], offsets: np.ndarray | None = None):
        super().__init__(path, dict, FIGURE_CACHE, offsets)
        self.doc_rows = doc_rows

    def of_documents(self, doc_ids: Iterable[str]) -> list[dict[str, Any]]:
        return [self.read(i) for doc_id in doc_ids for i in range(*self.doc_rows.get(doc_id, (0, 0)))]
