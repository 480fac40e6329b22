"""Which chunks may contain a string: character-bigram postings, for substring document frequencies.

The answer composer weighs a question's key terms by how rare they are among the chunks and
matches them as substrings, not as tokens, so BM25's token postings cannot count them. Scanning
every chunk for every new term grows with the corpus; here a term's candidates are the chunks
holding all of its character bigrams (every chunk containing the term is among them), which the
caller verifies when they are few. Spacing and punctuation are dropped on both sides before
taking bigrams, so a match in any flattened form of the text is still a candidate.

Files: grams.codes.npy (sorted int64 bigram codes), grams.indptr.npy, grams.rows.npy (int32
chunk rows, ascending per bigram); chars.codes.npy + chars.df.npy (in how many chunks each
character occurs: single characters have counts, not postings).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

import numpy as np

from ingest.mapped import load_mapped

CODES, INDPTR, ROWS = "grams.codes.npy", "grams.indptr.npy", "grams.rows.npy"
CHAR_CODES, CHAR_DF = "chars.codes.npy", "chars.df.npy"
BLOCK = 50_000  # chunks per vectorised step while building
_DROP = re.compile(r"[\W_]+")  # spacing and punctuation
_SHIFT = 21  # a code point fits in 21 bits


def compact(text: str) -> str:
    return _DROP.sub("", text)


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


def bigram_codes(text: str) -> np.ndarray:
    """Sorted unique bigram codes of the compacted text."""
    cp = _codepoints(compact(text))
    return np.unique((cp[:-1] << _SHIFT) | cp[1:])


class GramIndex:
    def __init__(self, codes: np.ndarray, indptr: np.ndarray, rows: np.ndarray,
                 char_codes: np.ndarray, char_df: np.ndarray):
        self.codes, self.indptr, self.rows = codes, indptr, rows
        self.char_codes, self.char_df_ = char_codes, char_df

    def _postings(self, code: int) -> np.ndarray | None:
        j = int(np.searchsorted(self.codes, code))
        if j == len(self.codes) or self.codes[j] != code:
            return None
        return np.asarray(self.rows[self.indptr[j]:self.indptr[j + 1]])

    def candidates(self, needle: str) -> np.ndarray | None:
        """Sorted rows of every chunk that may contain `needle` (all that do are among them);
        None when the compacted needle is shorter than a bigram (see `char_df`)."""
        codes = bigram_codes(needle)
        if not len(codes):
            return None
        lists = []
        for code in codes.tolist():
            found = self._postings(code)
            if found is None:
                return np.zeros(0, dtype=np.int32)
            lists.append(found)
        lists.sort(key=len)
        rows = lists[0]
        for other in lists[1:]:  # membership by binary search: cost follows the shortest list
            if not len(rows):
                break
            at = np.minimum(np.searchsorted(other, rows), len(other) - 1)
            rows = rows[other[at] == rows]
        return rows

    def char_df(self, char: str) -> int:
        """In how many chunks the (single) character occurs."""
        code = ord(char)
        j = int(np.searchsorted(self.char_codes, code))
        return int(self.char_df_[j]) if j < len(self.char_codes) and self.char_codes[j] == code else 0

    @classmethod
    def build(cls, texts: Callable[[], Iterable[str]]) -> GramIndex:
        """From the chunks' texts; `texts()` is called twice (count, then fill), so the texts are
        streamed and never all held at once."""
        code_parts, count_parts, char_parts, char_count_parts = [], [], [], []
        for _, keys, chars in _blocks(texts()):
            codes, counts = np.unique(keys >> _SHIFT, return_counts=True)
            code_parts.append(codes)
            count_parts.append(counts)
            char_codes, char_counts = np.unique(chars >> _SHIFT, return_counts=True)
            char_parts.append(char_codes)
            char_count_parts.append(char_counts)
        codes, df = _merge_counts(code_parts, count_parts)
        char_codes, char_df = _merge_counts(char_parts, char_count_parts)
        indptr = np.zeros(len(codes) + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        rows = np.empty(int(indptr[-1]), dtype=np.int32)
        filled = indptr[:-1].copy()
        for first, keys, _ in _blocks(texts()):
            ids = np.searchsorted(codes, keys >> _SHIFT)
            local = (keys & ((1 << _SHIFT) - 1)).astype(np.int32)
            starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
            sizes = np.diff(np.r_[starts, len(ids)])
            rank = np.arange(len(ids)) - np.repeat(starts, sizes)
            rows[filled[ids] + rank] = first + local
            filled[ids[starts]] += sizes
        return cls(codes, indptr, rows, char_codes, char_df)

    def save(self, directory: Path, write: Callable[[Path, np.ndarray], None]) -> None:
        for name, values in ((CODES, self.codes), (INDPTR, self.indptr), (ROWS, self.rows),
                             (CHAR_CODES, self.char_codes), (CHAR_DF, self.char_df_)):
            write(directory / name, values)

    @classmethod
    def load(cls, directory: Path) -> GramIndex:
        def mapped(name: str) -> np.ndarray:
            return load_mapped(directory / name)
        return cls(mapped(CODES), mapped(INDPTR), mapped(ROWS), mapped(CHAR_CODES), mapped(CHAR_DF))

    @staticmethod
    def exists(directory: Path) -> bool:
        return all((directory / name).exists() for name in (CODES, INDPTR, ROWS, CHAR_CODES, CHAR_DF))


def _blocks(texts: Iterable[str]) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """(first row, sorted unique bigram keys, sorted unique character keys) per block of texts;
    a key is code << 21 | row within the block."""
    it = iter(texts)
    first = 0
    while block := list(islice(it, BLOCK)):
        compacted = [compact(t) for t in block]
        cp = _codepoints("\0".join(compacted))  # NUL never occurs in text: it separates chunks
        local = np.repeat(np.arange(len(block), dtype=np.int64), [len(c) + 1 for c in compacted])[:len(cp)]
        pair = (cp[:-1] != 0) & (cp[1:] != 0)
        bigram = ((cp[:-1] << _SHIFT) | cp[1:])[pair]
        keys = np.unique((bigram << _SHIFT) | local[:-1][pair])
        chars = np.unique((cp[cp != 0] << _SHIFT) | local[cp != 0])
        yield first, keys, chars
        first += len(block)


def _merge_counts(code_parts: list[np.ndarray], count_parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    if not code_parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    codes, inverse = np.unique(np.concatenate(code_parts), return_inverse=True)
    return codes, np.bincount(inverse, weights=np.concatenate(count_parts), minlength=len(codes)).astype(np.int64)
