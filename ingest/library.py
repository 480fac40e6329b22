"""The document library: the original files uploaded through the web app, kept in the data directory.

Layout of data/library/:
    files/<doc_id><ext>   the bytes as uploaded, under a safe stored name
    library.json          {"documents": {doc_id: {"file", "name", "sha256", "size", "added"}},
                           "overrides": {doc_id: {field: value}}}

Every build includes the library's files (`policyqa ingest` adds them to its PATHs), so a rebuild
with another embedder needs no re-upload, and `policyqa export` carries them. `overrides` are the
metadata fields edited in the web app (title, issuer, region, date, 文号); they apply to the
document whatever its origin (an upload or a corpus file), win over the corpus manifest and are
kept across re-ingest. The library is changed only under the build lock (ingest/buildstore.py).

The stored name never comes from the user's name as it is: a name like `../../x.pdf`, `CON.txt`,
one with control characters or in Chinese becomes an ASCII doc id (`x`, `CON-doc`, `doc-3f2a…`);
the original name is kept for display.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ingest.buildstore import fsync_dir, replace_json

LIBRARY = "library"
FILES = "files"
STATE = "library.json"
MAX_DISPLAY_NAME = 200
MAX_ID_STEM = 60
# Device names Windows refuses as file names whatever the extension: a copied library stays usable there.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass
class Entry:
    file: str  # stored name inside files/
    name: str  # the name it was uploaded under (for display)
    sha256: str
    size: int
    added: str  # ISO time of the upload


@dataclass
class State:
    documents: dict[str, Entry] = field(default_factory=dict)
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)


class Library:
    def __init__(self, data_dir: Path):
        self.root = Path(data_dir) / LIBRARY
        self.files_dir = self.root / FILES

    def load(self) -> State:
        path = self.root / STATE
        if not path.is_file():
            return State()
        raw = json.loads(path.read_text(encoding="utf-8"))
        return State({d: Entry(**e) for d, e in raw.get("documents", {}).items()}, raw.get("overrides", {}))

    def save(self, state: State) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        replace_json(self.root / STATE, {"documents": {d: asdict(e) for d, e in sorted(state.documents.items())},
                                         "overrides": dict(sorted(state.overrides.items()))})

    def path(self, entry: Entry) -> Path:
        return self.files_dir / entry.file

    def paths(self, state: State | None = None) -> list[Path]:
        """The stored files of the library's documents (those present on disk)."""
        state = state or self.load()
        return sorted(p for p in (self.path(e) for e in state.documents.values()) if p.is_file())

    def store(self, state: State, source: Path, display_name: str, doc_id: str, sha256: str) -> Path:
        """Copy `source` into the library as `doc_id` (replacing an earlier version); `state` is updated,
        not saved."""
        self.files_dir.mkdir(parents=True, exist_ok=True)
        suffix = PurePosixPath(display_name).suffix.lower()
        old = state.documents.get(doc_id)
        target = self.files_dir / f"{doc_id}{suffix}"
        tmp = self.files_dir / f".{doc_id}.{secrets.token_hex(3)}.tmp"
        shutil.copyfile(source, tmp)
        with tmp.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
        fsync_dir(self.files_dir)
        if old is not None and old.file != target.name:  # a new version with another extension
            (self.files_dir / old.file).unlink(missing_ok=True)
        state.documents[doc_id] = Entry(target.name, display_name, sha256, target.stat().st_size,
                                        time.strftime("%Y-%m-%dT%H:%M:%S%z"))
        return target

    def remove(self, state: State, doc_id: str) -> None:
        """Forget `doc_id` and delete its stored file; `state` is updated, not saved."""
        entry = state.documents.pop(doc_id, None)
        state.overrides.pop(doc_id, None)
        if entry is not None:
            self.path(entry).unlink(missing_ok=True)


def display_name(name: str) -> str:
    """The uploaded name fit for display: its last path part, NFC, without control characters."""
    base = PurePosixPath(name.replace("\\", "/")).name
    base = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C")
    return base.strip()[:MAX_DISPLAY_NAME] or "unnamed"


def new_doc_id(name: str, sha256: str, taken: set[str]) -> str:
    """An ASCII doc id for an uploaded file: its name where that is plain ASCII, else `doc-<hash>`;
    never a Windows device name, never one in `taken`."""
    stem = PurePosixPath(display_name(name)).stem
    slug = _UNSAFE.sub("-", stem).strip("-_")[:MAX_ID_STEM] if stem.isascii() else ""
    if not any(ch.isalnum() for ch in slug):
        slug = f"doc-{sha256[:10]}"
    if slug.lower() in _RESERVED:
        slug += "-doc"
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate
