"""The search files of a build: what a server needs to read it without loading it.

Derived from the build's JSONL files (streamed, so writing them does not hold the corpus):
line offsets of chunks/docs/figures, document heads, BM25 postings and character bigrams.
Written by whatever writes a build (ingest, import, the bench) before the build is switched
to; read by ingest/index.py. A module of its own because the build writers import the
index's file names, so the index cannot import them back.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ingest.bm25 import BM25
from ingest.buildstore import sync
from ingest.grams import GramIndex
from ingest.index import CHUNKS, DOCS, FIGURES, TOKENS
from ingest.records import HEADS, DocHead, line_offsets, offsets_path, stream_jsonl


def write_search_files(build_dir: Path) -> None:
    """Writes (fsynced) every search file of `build_dir` from its JSONL files."""
    for name in (CHUNKS, DOCS, FIGURES):
        save_array(offsets_path(build_dir / name), line_offsets(build_dir / name))
    with (build_dir / HEADS).open("w", encoding="utf-8") as f:
        for document in stream_jsonl(build_dir / DOCS):
            f.write(json.dumps(DocHead.of(document).to_json(), ensure_ascii=False) + "\n")
        sync(f)
    BM25.build(stream_jsonl(build_dir / TOKENS)).save(build_dir, save_array)
    GramIndex.build(lambda: (c["norm"] for c in stream_jsonl(build_dir / CHUNKS))).save(build_dir, save_array)


def save_array(path: Path, values: np.ndarray) -> None:
    """One .npy file, fsynced: the format every search file is memory-mapped from."""
    with path.open("wb") as f:
        np.save(f, np.ascontiguousarray(values))
        sync(f)

