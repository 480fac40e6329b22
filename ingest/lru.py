"""A bounded, thread-safe memo: what the server keeps per build instead of per-corpus copies.

Caches hold what requests touch (recent chunks, documents, query vectors, searches), never
everything, so a process's memory does not grow with the corpus or with the questions asked.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """`cache[key]` computes `compute(key)` once and keeps the `maxsize` most recently used
    (`cache.get(key, compute)` names the computation at the call instead).

    `compute` runs outside the lock: two threads missing the same key may both compute it
    (the result is the same), but a slow computation never blocks readers of other keys."""

    def __init__(self, compute: Callable[[K], V] | None, maxsize: int):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.compute: Callable[[K], V] = compute if compute is not None else self._missing
        self.maxsize = maxsize
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def __getitem__(self, key: K) -> V:
        return self.get(key, self.compute)

    def get(self, key: K, compute: Callable[[K], V]) -> V:
        """The cached value of `key`, else `compute(key)` (kept)."""
        with self._lock:
            try:
                self._items.move_to_end(key)
                return self._items[key]
            except KeyError:
                pass
        value = compute(key)
        self.put(key, value)
        return value

    def put(self, key: K, value: V) -> None:
        """Keeps `value` as `key`'s (computed elsewhere, e.g. in a batch)."""
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.maxsize:
                self._items.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._items

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    @staticmethod
    def _missing(key: K) -> V:
        raise KeyError(key)
