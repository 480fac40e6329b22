"""Okapi BM25 over token lists, as a precomputed sparse weight matrix.

Every (chunk, term) weight idf·tf·(k1+1)/(tf + k1·(1−b+b·len/avglen)) is computed once at
build time into a CSC matrix (chunks × vocabulary), so a query is a column slice and a sum:
milliseconds even for 100k chunks. idf is the non-negative Lucene form
log(1 + (N − df + 0.5)/(df + 0.5)).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse

K1 = 1.5
B = 0.75
MATRIX_FILE = "bm25.npz"
VOCAB_FILE = "bm25_vocab.json"


class BM25:
    def __init__(self, weights: sparse.csc_matrix, vocab: dict[str, int]):
        self.weights = weights  # chunks × terms
        self.vocab = vocab

    @property
    def size(self) -> int:
        return self.weights.shape[0]

    @classmethod
    def build(cls, token_lists: list[list[str]], k1: float = K1, b: float = B) -> BM25:
        vocab: dict[str, int] = {}
        rows, cols, tfs = [], [], []
        lengths = np.array([len(tokens) for tokens in token_lists], dtype=np.float64)
        for row, tokens in enumerate(token_lists):
            for term, tf in Counter(tokens).items():
                rows.append(row)
                cols.append(vocab.setdefault(term, len(vocab)))
                tfs.append(tf)
        n = len(token_lists)
        rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
        tf_a = np.array(tfs, dtype=np.float64)
        df = np.bincount(cols_a, minlength=len(vocab))
        idf = np.log1p((n - df + 0.5) / (df + 0.5))
        avg = lengths.mean() if n and lengths.sum() else 1.0
        norm = k1 * (1 - b + b * lengths[rows_a] / avg)
        data = idf[cols_a] * tf_a * (k1 + 1) / (tf_a + norm)
        weights = sparse.csc_matrix((data.astype(np.float32), (rows_a, cols_a)), shape=(n, len(vocab)))
        return cls(weights, vocab)

    def scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every chunk (a repeated query term counts once per repetition)."""
        counts = Counter(t for t in tokens if t in self.vocab)
        if not counts:
            return np.zeros(self.size, dtype=np.float32)
        cols = [self.vocab[t] for t in counts]
        return np.asarray(self.weights[:, cols] @ np.array(list(counts.values()), dtype=np.float32)).ravel()

    def search(self, tokens: list[str], k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top k (chunk index, score), best first; only chunks where `allowed` is True; no zero scores."""
        if k <= 0:
            return []
        scores = self.scores(tokens)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        candidates = np.flatnonzero(scores > 0)
        if len(candidates) > k:
            candidates = candidates[np.argpartition(-scores[candidates], k - 1)[:k]]
        # ties broken by chunk index, so results are reproducible
        order = sorted(candidates.tolist(), key=lambda i: (-scores[i], i))
        return [(i, float(scores[i])) for i in order]

    def save(self, directory: Path) -> None:
        sparse.save_npz(directory / MATRIX_FILE, self.weights)
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        (directory / VOCAB_FILE).write_text(json.dumps(terms, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> BM25:
        weights = sparse.load_npz(directory / MATRIX_FILE).tocsc()
        terms = json.loads((directory / VOCAB_FILE).read_text(encoding="utf-8"))
        return cls(weights, {term: i for i, term in enumerate(terms)})
