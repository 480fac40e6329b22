"""Shared FastAPI dependencies: the read-only index of this process, following the CURRENT build.

An ingest (possibly run by another process or host on the shared data directory) switches the
data directory's CURRENT pointer when a new build is complete. At most once per
RELOAD_CHECK_SECONDS a request reads that pointer (one small file); when it names another
build, the process opens it as a new Index object — a new object, so everything built from
the old one (server.service's per-index Service with its catalog and chunk list) is rebuilt
too, and requests already running finish on the snapshot they started with.

Tests and the CLI replace it with `app.dependency_overrides[get_index]` or `use_index(index)`.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.index import Index

log = logging.getLogger(__name__)

RELOAD_CHECK_SECONDS = 1.0

_lock = threading.Lock()
_index: Index | None = None
_checked_at = 0.0


def get_index() -> Index:
    """The current index build (from POLICYQA_DATA_DIR), reopened when an ingest switches CURRENT."""
    global _index, _checked_at
    now = time.monotonic()
    if _index is not None and now - _checked_at < RELOAD_CHECK_SECONDS:
        return _index
    with _lock:
        if _index is None:
            from ingest.index import Index
            _index = Index.open()
        elif now - _checked_at >= RELOAD_CHECK_SECONDS:
            _index = _follow_current(_index)
        _checked_at = now
        return _index


def _follow_current(index: Index) -> Index:
    from ingest.index import Index, read_current

    current = read_current(index.data_dir)
    if current is None or current == index.build_id:
        return index
    try:
        newer = Index.open(index.data_dir)
    except Exception:  # a damaged or vanished build: keep answering from the one we have
        log.exception("cannot open the new index build %s; still serving %s", current, index.build_id)
        return index
    log.info("index build switched: %s → %s", index.build_id, newer.build_id)
    return newer


def use_index(index: Index | None) -> None:
    """Make `index` the process index (None: reopen from the data directory on next use)."""
    global _index, _checked_at
    with _lock:
        _index, _checked_at = index, time.monotonic()
