"""Shared FastAPI dependencies: the one read-only index of this process.

Tests and the CLI replace it with `app.dependency_overrides[get_index]` or `use_index(index)`.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.index import Index

_lock = threading.Lock()
_index: "Index | None" = None


def get_index() -> "Index":
    """The current index build, opened once per process (from POLICYQA_DATA_DIR)."""
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                from ingest.index import Index
                _index = Index.open()
    return _index


def use_index(index: "Index | None") -> None:
    """Make `index` the process index (None: reopen from the data directory on next use)."""
    global _index
    _index = index
