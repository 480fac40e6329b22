"""The build store: how index builds are written, switched and collected in the data directory.

Everything that changes the data directory's index goes through here — `policyqa ingest`
(ingest/pipeline.py), `policyqa import` (ingest/backup.py) and the web app's job worker
(server/worker.py):

- `BuildLock`: data/ingest.lock, an flock held for the whole change. The OS releases it when
  its holder dies (kill -9 included), so a crash never leaves a stale lock.
- `write_json`, `write_jsonl`, `fsync_dir`: files are fsynced before a build is switched to.
- `switch_current`: CURRENT is replaced atomically (temp file + os.replace + directory fsync);
  readers see the old build or the new one, never a mix.
- `collect_garbage`, `remove_build`: every build but the current one and its predecessor goes
  (the predecessor stays for readers still finishing on it), unfinished builds included; a
  server-mode build's Chroma collection is dropped with it.
"""
from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ingest.index import CURRENT, builds_dir, read_current, read_manifest
from ingest.store import collection_name, connect, drop_collection

LOCK = "ingest.lock"
SERVER_MARK = "chroma_server.json"  # in a server-mode build dir: where its collection lives


class BuildLockedError(RuntimeError):
    """Another process is changing the index (its pid is in the message)."""


class BuildLock:
    """data/ingest.lock, held with flock while the index is being changed.

    `wait=False` refuses at once when another holder has it (the command line: say so and exit);
    `wait=True` blocks until it is free (the job worker: a queued job waits its turn).
    """

    def __init__(self, data_dir: Path, wait: bool = False):
        self.path = Path(data_dir) / LOCK
        self.wait = wait
        self.fd = -1

    def __enter__(self) -> BuildLock:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | (0 if self.wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.read(self.fd, 64).decode(errors="replace").strip() or "unknown"
            os.close(self.fd)
            raise BuildLockedError(
                f"another ingest is running (pid {holder}, lock {self.path}); wait for it to finish") from None
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"{os.getpid()}\n".encode(), 0)
        return self

    def __exit__(self, *exc: object) -> None:
        os.ftruncate(self.fd, 0)
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)


def new_build_id() -> str:
    """Time-ordered and unique: an imported build keeps its id beside locally made ones."""
    return time.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)


# --- durable files ---------------------------------------------------------------------------------

def write_jsonl(path: Path, records: Iterable[Any]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
        sync(f)


def write_json(path: Path, record: Any) -> None:
    with path.open("w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False, indent=1)
        sync(f)


def replace_json(path: Path, record: Any) -> None:
    """Write `path` whole or not at all (temp file in the same directory + os.replace)."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(3)}.tmp")
    try:
        write_json(tmp, record)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    fsync_dir(path.parent)


def sync(f: Any) -> None:
    f.flush()
    os.fsync(f.fileno())


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- switching and collecting builds -------------------------------------------------------------

def switch_current(data_dir: Path, build_id: str) -> None:
    tmp = data_dir / f"{CURRENT}.tmp"
    with tmp.open("w", encoding="utf-8") as f:
        f.write(build_id + "\n")
        sync(f)
    os.replace(tmp, data_dir / CURRENT)
    fsync_dir(data_dir)


def collect_garbage(data_dir: Path) -> None:
    """Delete every build but the current one and the one before it (unfinished builds included)."""
    current = read_current(data_dir)
    keep = {current}
    if current:
        try:
            keep.add(read_manifest(builds_dir(data_dir) / current).get("previous_build"))
        except FileNotFoundError:
            pass
    root = builds_dir(data_dir)
    for path in sorted(root.iterdir()) if root.exists() else []:
        if path.name not in keep:
            remove_build(path)


def remove_build(path: Path) -> None:
    mark = path / SERVER_MARK
    if mark.exists():
        url = json.loads(mark.read_text(encoding="utf-8"))["url"]
        try:
            drop_collection(connect(path, url), collection_name(path.name))
        except Exception as e:  # noqa: BLE001 - keep the dir so that the next run retries
            print(f"warning: could not delete collection {collection_name(path.name)} on {url}: {e}",
                  file=sys.stderr)
            return
    shutil.rmtree(path, ignore_errors=True)
