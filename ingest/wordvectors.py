"""The build's vocabulary and its word vectors, embedded once per build by the build's embedder.

Answering weighs a question's word against the words of a passage by the embedding model
(server/answer/nearwords.py); asking the model for a passage's words at question time cost the
first questions of every process tens of milliseconds each. The words of every chunk and heading
are embedded here instead, at ingest, and looked up when answering; the model is asked only for
words no chunk holds (the question's own). A word's vector depends on the model only, so a new
build embeds only the words the previous build of the same embedder lacked.

Files of a build: words.txt (one word a line) and words.npy (float32, one row per word).
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np

from ingest.normalize import normalize
from ingest.segment import STOPWORDS, words

WORDS = "words.txt"
WORD_VECTORS = "words.npy"
MAX_WORDS = 65536  # a library's most frequent words (2 KB each): rarer ones are embedded when asked
WITHOUT_MEANING = ("hashing",)  # benchmark embedders whose vectors place no word near another
_CONTENT = re.compile(r"[\u4e00-\u9fff]")


def content_words(text: str) -> tuple[str, ...]:
    """The distinct words of two characters or more of a (normalised) text that hold a Chinese
    character and are no function word."""
    return tuple(dict.fromkeys(w for w in words(text) if len(w) >= 2 and w not in STOPWORDS and _CONTENT.search(w)))


def vocabulary(chunks: Iterable[dict]) -> list[str]:
    """The content words of the chunks' texts and headings, the most frequent first (ties in order
    of appearance), at most MAX_WORDS."""
    counts: Counter[str] = Counter()
    for chunk in chunks:
        counts.update(content_words(chunk["norm"]))
        counts.update(content_words(normalize(chunk.get("section", ""))))
    return [w for w, _ in counts.most_common(MAX_WORDS)]


class WordTable:
    """word → vector, read from a build's files (the vectors memory-mapped)."""

    def __init__(self, words_: list[str], vectors: np.ndarray):
        self.rows = {w: i for i, w in enumerate(words_)}
        # a plain array over the same mapped pages: a memmap's per-row indexing costs ~8 µs, and
        # answering looks up thousands of words
        self.vectors = np.asarray(vectors)

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, word: str) -> np.ndarray | None:
        row = self.rows.get(word)
        return None if row is None else np.asarray(self.vectors[row], dtype=np.float32)

    @classmethod
    def read(cls, build: Path) -> WordTable | None:
        """The table of a build; None for a build made without one (older builds, hashing)."""
        if not (build / WORDS).exists() or not (build / WORD_VECTORS).exists():
            return None
        words_ = (build / WORDS).read_text(encoding="utf-8").split("\n")[:-1]
        vectors = np.load(build / WORD_VECTORS, mmap_mode="r")
        return cls(words_, vectors) if len(words_) == len(vectors) else None


def write_word_table(build: Path, chunks: list[dict], embedder_name: str,
                     embed: Callable[[list[str]], np.ndarray], previous: Path | None) -> int:
    """Writes the build's vocabulary and vectors, reusing the previous build's vectors (same
    embedder); returns how many words were embedded."""
    if embedder_name in WITHOUT_MEANING:
        return 0
    vocab = vocabulary(chunks)
    known = WordTable.read(previous) if previous is not None else None
    missing = [w for w in vocab if known is None or known.get(w) is None]
    if missing:
        print(f"embedding {len(missing)} words with {embedder_name}", file=sys.stderr, flush=True)
    found = dict(zip(missing, embed(missing))) if missing else {}
    if known is not None:
        found |= {w: v for w in vocab if w not in found and (v := known.get(w)) is not None}
    vectors = np.stack([found[w] for w in vocab]).astype(np.float32) if vocab else np.zeros((0, 0), np.float32)
    with (build / WORD_VECTORS).open("wb") as f:
        np.save(f, vectors)
        _sync(f)
    with (build / WORDS).open("w", encoding="utf-8") as f:
        f.write("".join(w + "\n" for w in vocab))
        _sync(f)
    return len(missing)


def _sync(f: Any) -> None:  # as ingest.buildstore.sync, which imports the index that reads these files
    f.flush()
    os.fsync(f.fileno())
