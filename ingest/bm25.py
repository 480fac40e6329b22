"""Okapi BM25 over token lists, precomputed at build time and memory-mapped by the server.

Every (chunk, term) weight idf·tf·(k1+1)/(tf + k1·(1−b+b·len/avglen)) is computed once into
column-major postings (one column per term, chunk rows ascending), saved as .npy arrays that a
server memory-maps (ingest/mapped.py): a query reads only the postings of its own terms,
and every worker on a host shares the same pages of the page cache instead of holding its own
copy of the matrix. idf is the non-negative Lucene form log(1 + (N − df + 0.5)/(df + 0.5)).

The vocabulary is stored sorted (UTF-8 byte order) and searched by bisection, so no process
holds a dict of every term: with every number in a corpus a term of its own, the vocabulary
grows with the corpus.
"""
from __future__ import annotations

import bisect
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

from ingest.lru import LRU
from ingest.mapped import load_mapped

K1 = 1.5
B = 0.75
DATA, ROWS, INDPTR = "bm25.data.npy", "bm25.rows.npy", "bm25.indptr.npy"
TERMS, TERM_OFFSETS = "bm25.terms.npy", "bm25.term_offsets.npy"
COLUMN_CACHE = 65_536  # query terms recently looked up


class SortedStrings(Sequence[str]):
    """Strings sorted by their UTF-8 bytes, stored as one byte array plus offsets: `find` is a
    binary search over (possibly memory-mapped) arrays."""

    def __init__(self, blob: np.ndarray, offsets: np.ndarray):
        self.blob = blob  # uint8
        self.offsets = offsets  # int64, len + 1

    @classmethod
    def of(cls, strings: Iterable[str]) -> SortedStrings:
        encoded = sorted({s.encode() for s in strings})
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in encoded], out=offsets[1:])
        return cls(np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def _bytes(self, i: int) -> bytes:
        return self.blob[self.offsets[i]:self.offsets[i + 1]].tobytes()

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._bytes(i).decode()

    def find(self, s: str) -> int | None:
        """Position of `s`, or None."""
        key = s.encode()
        i = bisect.bisect_left(_BytesView(self), key)
        return i if i < len(self) and self._bytes(i) == key else None


class _BytesView:
    def __init__(self, strings: SortedStrings):
        self.strings = strings

    def __len__(self) -> int:
        return len(self.strings)

    def __getitem__(self, i: int) -> bytes:
        return self.strings._bytes(i)


class BM25:
    def __init__(self, data: np.ndarray, rows: np.ndarray, indptr: np.ndarray, terms: SortedStrings, size: int):
        self.data = data  # float32 weights, column by column
        self.rows = rows  # int32 chunk index of each weight, ascending within a column
        self.indptr = indptr  # int64: column j is [indptr[j], indptr[j+1])
        self.terms = terms  # column j is terms[j]
        self.size = size  # chunks
        self._columns: LRU[str, int | None] = LRU(terms.find, COLUMN_CACHE)  # a bisection costs ~20 slices

    @classmethod
    def build(cls, token_lists: Iterable[Sequence[str]], k1: float = K1, b: float = B) -> BM25:
        """From one token list per chunk, streamed (typed arrays, not Python lists of ints)."""
        ids: dict[str, int] = {}
        rows, cols, tfs, lengths = array("i"), array("i"), array("f"), array("i")
        for row, tokens in enumerate(token_lists):
            lengths.append(len(tokens))
            for term, tf in Counter(tokens).items():
                rows.append(row)
                cols.append(ids.setdefault(term, len(ids)))
                tfs.append(tf)
        n = len(lengths)
        terms = SortedStrings.of(ids)
        to_sorted = np.empty(len(ids), dtype=np.int32)  # insertion id → sorted column
        to_sorted[[ids[t] for t in terms]] = np.arange(len(ids), dtype=np.int32)
        del ids
        col = to_sorted[np.frombuffer(cols, dtype=np.int32)]
        del cols, to_sorted
        row_of = np.frombuffer(rows, dtype=np.int32)
        tf_of = np.frombuffer(tfs, dtype=np.float32)
        length = np.frombuffer(lengths, dtype=np.int32).astype(np.float32)
        df = np.bincount(col, minlength=len(terms))
        idf = np.log1p((n - df + 0.5) / (df + 0.5)).astype(np.float32)
        avg = float(length.mean()) if n and length.sum() else 1.0
        weight = idf[col] * tf_of * (k1 + 1) / (tf_of + k1 * (1 - b + b * length[row_of] / avg))
        order = np.argsort(col, kind="stable")  # rows stay ascending within a column
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        return cls(weight[order].astype(np.float32), row_of[order], indptr, terms, n)

    def column(self, term: str) -> int | None:
        return self._columns[term]

    def df(self, term: str) -> int:
        j = self.column(term)
        return 0 if j is None else int(self.indptr[j + 1] - self.indptr[j])

    def _postings(self, tokens: Iterable[str], ranges: Sequence[tuple[int, int]] | None
                  ) -> tuple[np.ndarray, np.ndarray]:
        """(rows, weight × query count) of the query's terms, limited to row `ranges`."""
        all_rows, all_weights = [], []
        for term, count in Counter(tokens).items():
            j = self.column(term)
            if j is None:
                continue
            lo, hi = int(self.indptr[j]), int(self.indptr[j + 1])
            rows = self.rows[lo:hi]
            spans = [(lo, hi)] if ranges is None else [
                (lo + int(np.searchsorted(rows, a)), lo + int(np.searchsorted(rows, b))) for a, b in ranges]
            for a, b in spans:
                if b > a:
                    all_rows.append(np.asarray(self.rows[a:b]))
                    all_weights.append(np.asarray(self.data[a:b], dtype=np.float64) * count)
        if not all_rows:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        return np.concatenate(all_rows), np.concatenate(all_weights)

    def scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every chunk (a repeated query term counts once per repetition)."""
        rows, weights = self._postings(tokens, None)
        return np.bincount(rows, weights=weights, minlength=self.size).astype(np.float32)

    def search(self, tokens: list[str], k: int, ranges: Sequence[tuple[int, int]] | None = None
               ) -> list[tuple[int, float]]:
        """Top k (chunk index, score), best first, no zero scores; only rows in `ranges`
        ([lo, hi) pairs, e.g. the chunks of the documents in scope) when given."""
        if k <= 0:
            return []
        rows, weights = self._postings(tokens, ranges)
        if not len(rows):
            return []
        if len(rows) > self.size // 8:  # many postings: one dense pass beats sorting them
            scores = np.bincount(rows, weights=weights, minlength=self.size).astype(np.float32)
            candidates = np.arange(self.size)
        else:
            candidates, inverse = np.unique(rows, return_inverse=True)
            scores = np.bincount(inverse, weights=weights).astype(np.float32)
        keep = np.flatnonzero(scores > 0)
        if len(keep) > k:  # the k best; of equal scores at the cut, the lowest chunk indexes
            kth = np.partition(scores[keep], len(keep) - k)[len(keep) - k]
            tied = keep[scores[keep] == kth]
            better = keep[scores[keep] > kth]
            keep = np.concatenate([better, tied[:k - len(better)]])
        # ties broken by chunk index, so results are reproducible
        order = sorted(keep.tolist(), key=lambda i: (-scores[i], candidates[i]))
        return [(int(candidates[i]), float(scores[i])) for i in order]

    def save(self, directory: Path, write: Callable[[Path, np.ndarray], None]) -> None:
        for name, values in ((DATA, self.data), (ROWS, self.rows), (INDPTR, self.indptr),
                             (TERMS, self.terms.blob), (TERM_OFFSETS, self.terms.offsets)):
            write(directory / name, values)

    @staticmethod
    def exists(directory: Path) -> bool:
        return all((directory / name).exists() for name in (DATA, ROWS, INDPTR, TERMS, TERM_OFFSETS))

    @classmethod
    def load(cls, directory: Path, size: int) -> BM25:
        """Memory-mapped from a build directory (`size`: its number of chunks)."""
        def mapped(name: str) -> np.ndarray:
            return load_mapped(directory / name)
        return cls(mapped(DATA), mapped(ROWS), mapped(INDPTR), SortedStrings(mapped(TERMS), mapped(TERM_OFFSETS)),
                   size)
