"""`policyqa ingest`: files → cleaned, structured, chunked, tokenised, embedded index build.

Incremental: a document whose fingerprint (sha256 of the raw bytes + its manifest entry + the
ingest code version) is unchanged is carried over from the previous build as it is — chunks,
tokens, figures and vectors are copied, nothing is re-parsed or re-embedded. A changed document
is re-parsed, and only its chunks whose text changed are re-embedded (vectors are looked up by
the chunk's matching text in the previous build).

The build mirrors the given PATHs: a document of the previous build whose file is no longer
among them is removed. A file that fails keeps its previous version in the index, if it had
one (losing a document because of a bad edit would be worse than serving the old text), and is
reported with the reason; the run then exits 1.

The files of the document library (data/library/, uploaded through the web app: ingest/library.py)
are part of every build, and its metadata overrides win over the corpus manifest. The web app's
job worker calls `update_build`, which keeps the documents of other origins as they are.

Atomic: every run writes a new directory builds/<build_id>/ (with its own embedded Chroma, or
a new collection on the Chroma server) and switches CURRENT only when the build is complete and
checked (ingest/buildstore.py). A crash or kill -9 leaves CURRENT on the old build; the next
run deletes the unfinished one. One ingest at a time: data/ingest.lock (flock).
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from ingest import config
from ingest.buildstore import (
    SERVER_MARK,
    BuildLock,
    BuildLockedError,
    collect_garbage,
    fsync_dir,
    new_build_id,
    remove_build,
    switch_current,
    sync,
    write_json,
    write_jsonl,
)
from ingest.embed import Embedder, canonical_name, load_embedder
from ingest.index import (
    CHUNKS,
    DOCS,
    FIGURES,
    MANIFEST,
    TOKENS,
    VECTORS,
    builds_dir,
    read_current,
    read_jsonl,
    read_manifest,
)
from ingest.library import Library
from ingest.models import Document
from ingest.searchfiles import write_search_files
from ingest.segment import tokenize
from ingest.store import VectorStore, collection_name, connect
from ingest.wordvectors import write_word_table

# progress(stage, done, total): stages "reading" (documents), "embedding" (chunks), "writing"
Progress = Callable[[str, int, int], None]
EMBED_GROUP = 32  # texts per embedder call: big enough for batching, small enough for progress
# Code whose output is stored in a build: when it changes, documents are re-derived.
_CODE = ["ingest/load.py", "ingest/clean.py", "ingest/metadata.py", "ingest/structure.py", "ingest/tables.py",
         "ingest/chunk.py", "ingest/segment.py", "ingest/userdict.txt", "ingest/normalize.py", "ingest/models.py",
         "ingest/places.py", "ingest/gazetteer/*.tsv", "ingest/ocr.py", "ingest/wordvectors.py", "figures/*.py",
         "ingest/clauses.py", "ingest/numerals.py"]


class IngestError(RuntimeError):
    """A usage problem (bad path, lock held): nothing was changed."""


class IngestLockedError(IngestError):
    pass


@dataclass
class Failure:
    source: str
    reason: str
    kept_previous: bool = False


@dataclass
class Summary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    reprocessed: list[str] = field(default_factory=list)  # same content, ingest code changed
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of a searched folder that describe it
    documents: int = 0
    chunks: int = 0
    tables: int = 0
    figures: int = 0
    embedded: int = 0  # chunks embedded by this run (the rest reused)
    seconds: float = 0.0
    build_id: str | None = None
    switched: bool = False  # False: nothing changed, CURRENT stays
    embedder: str = ""
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [
            f"documents: {len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.reprocessed)} reprocessed, {len(self.unchanged)} unchanged, "
            f"{len(self.removed)} removed, {len(self.failed)} failed",
            f"index: {self.documents} documents, {self.chunks} chunks, {self.tables} tables, "
            f"{self.figures} figures; {self.embedded} chunks embedded with {self.embedder}",
            f"build: {self.build_id or '-'} ({'switched' if self.switched else 'unchanged'}); "
            f"{self.seconds:.1f} s",
        ]
        for name, ids in (("added", self.added), ("updated", self.updated), ("removed", self.removed)):
            if ids:
                lines.append(f"  {name}: {', '.join(ids)}")
        for failure in self.failed:
            kept = " (previous version kept)" if failure.kept_previous else ""
            lines.append(f"  FAILED {failure.source}: {failure.reason}{kept}")
        if self.skipped:
            lines.append(f"  skipped {len(self.skipped)} file(s) describing the folder, not documents "
                         f"(name one to ingest it): {', '.join(self.skipped)}")
        lines += [f"  note: {note}" for note in self.notes]
        return "\n".join(lines)


@dataclass
class _Entry:
    """One document of a build, in its stored (JSON) form."""
    doc_id: str
    source: str  # path of the file it was read from
    fingerprint: str
    document: dict[str, Any]
    chunks: list[dict[str, Any]]
    tokens: list[list[str]]
    figures: list[dict[str, Any]]
    added: str = field(default_factory=lambda: time.strftime("%Y-%m-%dT%H:%M:%S%z"))  # first ingested


def run_ingest(paths: list[Path] | None, embedder: str | None, rebuild: bool,
               data_dir: Path | None = None, progress: Progress | None = None) -> Summary:
    """Make the index hold exactly the documents of `paths` plus the library's (see module docstring)."""
    started = time.monotonic()
    data_dir = Path(data_dir).resolve() if data_dir else config.data_dir()
    found = discover(paths or [config.DEFAULT_CORPUS])
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        with BuildLock(data_dir):
            library = Library(data_dir)
            collect_garbage(data_dir)
            summary = _ingest(found.files + library.paths(), set(), embedder, rebuild, data_dir, progress)
            if summary.switched:
                collect_garbage(data_dir)
    except BuildLockedError as e:
        raise IngestLockedError(str(e)) from None
    summary.skipped = [str(p) for p in found.skipped]
    summary.seconds = time.monotonic() - started
    return summary


def update_build(data_dir: Path, drop: Collection[str] = (), progress: Progress | None = None) -> Summary:
    """The current build brought up to date with the library (the web app's job worker; the caller
    holds the BuildLock): the library's files are mirrored — new and changed ones processed, those
    no longer in it dropped — and documents from elsewhere (`policyqa ingest` PATHs) are kept,
    re-derived from their file only when it or its metadata overrides changed; `drop` is removed."""
    started = time.monotonic()
    data_dir = Path(data_dir).resolve()
    library = Library(data_dir)
    state = library.load()
    collect_garbage(data_dir)
    current = _Previous.load(data_dir)
    files, keep = [p for p in library.paths(state) if p.stem not in drop], set()
    indexed = current.manifest["documents"] if current else {}
    for doc_id in current.doc_ids if current else []:
        if doc_id in drop or doc_id in state.documents:
            continue
        source = Path(indexed[doc_id]["source"])
        if source.is_file():
            files.append(source)
        else:
            keep.add(doc_id)  # its file moved away: the indexed version stays
    summary = _ingest(files, keep, None, False, data_dir, progress)
    if summary.switched:
        collect_garbage(data_dir)
    summary.seconds = time.monotonic() - started
    return summary


# A folder's own documentation — what it holds, where it comes from, its licence — describes the
# documents and is none of them (software and data collections name these files by convention).
# Only files found by searching a directory are left out; a file named on the command line is
# ingested like any other. 通知 (NOTICE) is deliberately absent: bureau notices are documents.
FOLDER_FILES = re.compile(r"(?:readme|sources|license|licence|copying|changelog|authors|contributing)"
                          r"(?:[._-][a-z]{2}(?:[-_][a-z]{2,4})?)?\.[a-z0-9]+", re.I)  # README.zh-CN.md


@dataclass
class Found:
    files: list[Path]
    skipped: list[Path]  # a searched directory's README / SOURCES / LICENSE …


def discover(paths: list[Path]) -> Found:
    """The files to ingest: named files as they are, directories searched for supported files
    (hidden ones and the folder's own documentation left out)."""
    from ingest.load import SUPPORTED

    found = Found([], [])
    for path in map(Path, paths):
        if not path.exists():
            raise IngestError(f"no such file or directory: {path}")
        if not path.is_dir():
            found.files.append(path.resolve())
            continue
        inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED
                        and not any(part.startswith(".") for part in p.relative_to(path).parts))
        skipped = [p for p in inside if FOLDER_FILES.fullmatch(p.name)]
        files = [p for p in inside if p not in skipped]
        if not files:
            only = f"; only {', '.join(p.name for p in skipped)}, which describe the folder: name a file " \
                   "to ingest it" if skipped else ""
            raise IngestError(f"no supported files in {path} (supported: {', '.join(sorted(SUPPORTED))}){only}")
        found.files += [p.resolve() for p in files]
        found.skipped += [p.resolve() for p in skipped]
    found.skipped = [p for p in found.skipped if p not in found.files]  # also named: it is wanted
    return found


# --- one run -------------------------------------------------------------------------------------

def _ingest(files: list[Path], keep: set[str], embedder_arg: str | None, rebuild: bool, data_dir: Path,
            progress: Progress | None) -> Summary:
    """A new build of `files`, plus the documents `keep` of the current build as they are."""
    current = _Previous.load(data_dir)
    embedder_name = canonical_name(embedder_arg or (current.embedder if current else config.DEFAULT_EMBEDDER))
    summary = Summary(embedder=embedder_name)
    version = code_version()
    overrides = Library(data_dir).load().overrides
    entries: dict[str, _Entry] = {}
    manifests: dict[Path, dict[str, dict]] = {}
    for n, path in enumerate(tqdm(files, desc="documents", unit="doc", file=sys.stderr,
                                  disable=not sys.stderr.isatty())):
        if progress:
            progress("reading", n, len(files))
        doc_id = path.stem
        if doc_id in entries:
            taken = f"document id {doc_id!r} already taken by {entries[doc_id].source}"
            summary.failed.append(Failure(str(path), taken))
            continue
        old = current.entry(doc_id) if current else None
        try:
            manual = {**_manifest_for(path, manifests), **overrides.get(doc_id, {})}
            raw = path.read_bytes()
            fingerprint = _fingerprint(raw, manual, version)
            if old is not None and old.fingerprint == fingerprint and not rebuild:
                entries[doc_id] = replace(old, source=str(path))
                summary.unchanged.append(doc_id)
                continue
            entries[doc_id] = process_file(path, doc_id, raw, manual, fingerprint)
        except Exception as e:  # noqa: BLE001 - one bad file must not stop the batch
            summary.failed.append(Failure(str(path), _reason(e), kept_previous=old is not None))
            if old is not None:
                entries[doc_id] = old
            continue
        if old is None:
            summary.added.append(doc_id)
        else:
            entries[doc_id].added = old.added
            if _content(old.fingerprint) != _content(fingerprint):
                summary.updated.append(doc_id)
            else:
                summary.reprocessed.append(doc_id)
    for doc_id in sorted(keep - set(entries)):
        old = current.entry(doc_id) if current else None
        if old is not None:
            entries[doc_id] = old
            summary.unchanged.append(doc_id)
    if progress:
        progress("reading", len(files), len(files))
    if current:
        summary.removed = sorted(set(current.doc_ids) - set(entries))
    if summary.reprocessed:
        summary.notes.append("--rebuild: documents re-derived and re-embedded" if rebuild else
                             "the ingest code changed since the last build: documents re-derived")

    same_embedder = current is not None and current.embedder == embedder_name
    same_store = current is not None and current.chroma_url == config.chroma_url()
    if current is not None and same_embedder and same_store and not (
            rebuild or summary.added or summary.updated or summary.reprocessed or summary.removed):
        _fill_counts(summary, entries.values(), current.build_id)
        return summary  # nothing to do: CURRENT stays where it is
    if current and not same_store:
        summary.notes.append(f"vector store changed from {current.chroma_url or 'embedded'} to "
                             f"{config.chroma_url() or 'embedded'}: vectors copied over")
    if current and not same_embedder:
        summary.notes.append(f"embedder changed from {current.embedder} to {embedder_name}: all chunks re-embedded")
    if not entries:
        summary.notes.append("no document could be ingested: the index was not changed")
        return summary
    reuse = current if same_embedder and not rebuild else None
    _write_build(data_dir, [entries[d] for d in sorted(entries)], embedder_name, reuse, version, summary, progress)
    return summary


def process_file(path: Path, doc_id: str, raw: bytes, manual: dict, fingerprint: str) -> _Entry:
    """Load → clean → metadata → structure → tables → chunks → figures → tokens of one file."""
    from ingest.chunk import make_chunks
    from ingest.clean import clean
    from ingest.load import load_file
    from ingest.metadata import extract_meta
    from ingest.structure import parse_sections
    from ingest.tables import find_tables

    loaded = load_file(path)
    text = clean(loaded.text)
    meta = extract_meta(loaded.text, path.name, manual, loaded.declared)  # raw: the 文号 index block is cleaned away
    meta.source, meta.sha256, meta.encoding = path.name, hashlib.sha256(raw).hexdigest(), loaded.encoding
    if loaded.ocr is not None:
        meta.ocr, meta.ocr_confidence, meta.ocr_uncertain = True, loaded.ocr.confidence, loaded.ocr.uncertain
    sections = parse_sections(text, loaded.outline)
    document = Document(doc_id, text, meta, sections, find_tables(doc_id, text, sections))
    chunks = make_chunks(document)
    extract = _figure_extractor()
    figures = [f.to_json() for f in extract(document)] if extract else []
    return _Entry(doc_id, str(path), fingerprint, document.to_json(), [asdict(c) for c in chunks],
                  [tokenize(c.norm) for c in chunks], figures)


def _figure_extractor() -> Callable[[Document], list] | None:
    try:
        from figures.extract import extract_figures
    except ModuleNotFoundError as e:
        if e.name not in ("figures", "figures.extract"):
            raise  # a missing dependency of the figures module is a real error
        print("warning: figures.extract not available; no figure records stored", file=sys.stderr)
        return None
    return extract_figures


def _manifest_for(path: Path, cache: dict[Path, dict[str, dict]]) -> dict:
    from ingest.metadata import load_manifest

    if path.parent not in cache:
        cache[path.parent] = load_manifest(path.parent)
    return cache[path.parent].get(path.name, {})


def _fingerprint(raw: bytes, manual: dict, version: str) -> str:
    manual_hash = hashlib.sha256(json.dumps(manual, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return f"{hashlib.sha256(raw).hexdigest()}:{manual_hash[:16]}:{version}"


def _content(fingerprint: str) -> str:
    """The part of a fingerprint that is the document itself (raw bytes + manifest entry)."""
    return fingerprint.rsplit(":", 1)[0]


def code_version() -> str:
    """Hash of the code whose output a build stores (see _CODE)."""
    digest = hashlib.sha256()
    for pattern in _CODE:
        for path in sorted(config.REPO_ROOT.glob(pattern)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _reason(e: Exception) -> str:
    reason = getattr(e, "reason", None)  # LoadError(path, reason)
    return str(reason) if reason else f"{type(e).__name__}: {e}"


# --- the previous build --------------------------------------------------------------------------

class _Previous:
    """The build CURRENT points at, read lazily: most runs need only a few of its documents."""

    def __init__(self, data_dir: Path, build_id: str):
        self.build_id = build_id
        self.path = builds_dir(data_dir) / build_id
        self.manifest = read_manifest(self.path)
        self.embedder: str = self.manifest["embedder"]["name"]
        self.chroma_url: str | None = self.manifest["chroma"]["url"]
        self.doc_ids: list[str] = list(self.manifest["documents"])
        self._entries: dict[str, _Entry] | None = None

    @classmethod
    def load(cls, data_dir: Path) -> _Previous | None:
        build_id = read_current(data_dir)
        return cls(data_dir, build_id) if build_id else None

    def entry(self, doc_id: str) -> _Entry | None:
        if self._entries is None:
            self._entries = self._read_entries()
        return self._entries.get(doc_id)

    def vectors_by_text(self) -> dict[str, np.ndarray]:
        """Previous vectors keyed by chunk matching text: what a re-chunked document can reuse."""
        vectors = np.load(self.path / VECTORS, mmap_mode="r")
        return {chunk["norm"]: vectors[i] for i, chunk in enumerate(read_jsonl(self.path / CHUNKS))}

    def _read_entries(self) -> dict[str, _Entry]:
        docs = self.manifest["documents"]
        entries = {d["doc_id"]: _Entry(d["doc_id"], docs[d["doc_id"]]["source"], docs[d["doc_id"]]["fingerprint"],
                                       d, [], [], [], docs[d["doc_id"]].get("added", self.manifest["created"]))
                   for d in read_jsonl(self.path / DOCS)}
        for chunk, tokens in zip(read_jsonl(self.path / CHUNKS), read_jsonl(self.path / TOKENS)):
            entries[chunk["doc_id"]].chunks.append(chunk)
            entries[chunk["doc_id"]].tokens.append(tokens)
        for figure in read_jsonl(self.path / FIGURES):
            entries[figure["doc_id"]].figures.append(figure)
        return entries


# --- writing a build -----------------------------------------------------------------------------

def _write_build(data_dir: Path, entries: list[_Entry], embedder_name: str, reuse: _Previous | None,
                 version: str, summary: Summary, progress: Progress | None) -> None:
    build_id = new_build_id()
    path = builds_dir(data_dir) / build_id
    path.mkdir(parents=True)
    url = config.chroma_url()
    completed = False
    try:
        if url:  # recorded first, so garbage collection finds the collection of an unfinished build
            write_json(path / SERVER_MARK, {"url": url})
        chunks = [c for e in entries for c in e.chunks]
        vectors, embedder_dim = _vectors(chunks, embedder_name, reuse, summary, progress)
        if progress:
            progress("writing", 0, 1)
        write_jsonl(path / DOCS, (e.document for e in entries))
        write_jsonl(path / CHUNKS, chunks)
        write_jsonl(path / TOKENS, (t for e in entries for t in e.tokens))
        write_jsonl(path / FIGURES, (f for e in entries for f in e.figures))
        with (path / VECTORS).open("wb") as f:
            np.save(f, vectors)
            sync(f)
        write_search_files(path)
        write_word_table(path, chunks, embedder_name, lambda words: load_embedder(embedder_name).embed_passages(words),
                         reuse.path if reuse else None)
        store = VectorStore(connect(path, url), collection_name(build_id), create=True)
        store.add([c["chunk_id"] for c in chunks], vectors, [c["doc_id"] for c in chunks], list(range(len(chunks))))
        if store.count() != len(chunks):
            raise RuntimeError(f"Chroma holds {store.count()} vectors for {len(chunks)} chunks")
        _fill_counts(summary, entries, build_id)
        write_json(path / MANIFEST, {
            "build_id": build_id,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "previous_build": read_current(data_dir),
            "embedder": {"name": embedder_name, "dim": embedder_dim},
            "code_version": version,
            "chroma": {"mode": "server" if url else "embedded", "url": url, "collection": collection_name(build_id)},
            "counts": {"documents": summary.documents, "chunks": summary.chunks, "tables": summary.tables,
                       "figures": summary.figures},
            "documents": {e.doc_id: {"source": e.source, "sha256": e.document["meta"]["sha256"],
                                     "fingerprint": e.fingerprint, "chunks": len(e.chunks),
                                     "tables": len(e.document["tables"]), "figures": len(e.figures),
                                     "added": e.added}
                          for e in entries},
        })
        fsync_dir(path)
        switch_current(data_dir, build_id)
        completed = True
        summary.switched = True
    finally:
        if not completed:  # Ctrl-C or an error: the unfinished build goes (kill -9: the next run)
            remove_build(path)


def _vectors(chunks: list[dict], embedder_name: str, reuse: _Previous | None,
             summary: Summary, progress: Progress | None) -> tuple[np.ndarray, int]:
    cache = reuse.vectors_by_text() if reuse else {}
    missing = sorted({c["norm"] for c in chunks if c["norm"] not in cache}, key=len)
    if missing:
        embedder = load_embedder(embedder_name)
        cache.update(zip(missing, _embed(embedder, missing, progress)))
        dim = embedder.dim
    else:
        dim = reuse.manifest["embedder"]["dim"] if reuse else 0
    summary.embedded = len(missing)
    vectors = (np.stack([cache[c["norm"]] for c in chunks]).astype(np.float32) if chunks
               else np.zeros((0, dim), np.float32))
    return vectors, dim


def _embed(embedder: Embedder, texts: list[str], progress: Progress | None) -> np.ndarray:
    # One line always (a marker for logs and tests), a progress bar only on a terminal.
    print(f"embedding {len(texts)} chunks with {embedder.name}", file=sys.stderr, flush=True)
    out = []
    with tqdm(total=len(texts), desc="embedding", unit="chunk", file=sys.stderr,
              disable=not sys.stderr.isatty()) as bar:
        for lo in range(0, len(texts), EMBED_GROUP):
            if progress:
                progress("embedding", lo, len(texts))
            out.append(embedder.embed_passages(texts[lo:lo + EMBED_GROUP]))
            bar.update(len(out[-1]))
    return np.concatenate(out)


def _fill_counts(summary: Summary, entries: Any, build_id: str) -> None:
    entries = list(entries)
    summary.build_id = build_id
    summary.documents = len(entries)
    summary.chunks = sum(len(e.chunks) for e in entries)
    summary.tables = sum(len(e.document["tables"]) for e in entries)
    summary.figures = sum(len(e.figures) for e in entries)
