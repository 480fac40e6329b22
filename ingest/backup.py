"""`policyqa export OUT.tar.gz` / `policyqa import IN.tar.gz`: the current index build as one archive.

The archive holds the build CURRENT points at — documents, chunks, tokens, vectors, BM25, figure
store, build manifest and, in embedded mode, its Chroma directory — under `policyqa-backup/build/`,
the document library (uploaded originals and metadata overrides, ingest/library.py) under
`policyqa-backup/library/`, plus `policyqa-backup/BACKUP.json` with the sha256 and size of every
file. Import replaces the library with the archive's (an archive made before the library existed
leaves it as it is).

Import trusts nothing in the archive: only regular files and directories under
`policyqa-backup/` (no absolute paths, no `..`, no links or devices), every file must be listed
in BACKUP.json with the right size and checksum, nothing listed may be missing, and the total is
bounded before anything is written. The build is unpacked beside the others, checked by opening
it (documents, chunks, vectors count in Chroma), and only then does CURRENT switch to it
(atomically, under the ingest lock). A failed import leaves the data directory as it was.

Build ids are unique (time + random), so the imported build keeps its id: its embedded Chroma
collection is named after it. With POLICYQA_CHROMA_URL set, the vectors go to a new collection
on that server instead (from vectors.npy) and the build is marked as a server-mode build.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import secrets
import shutil
import sys
import tarfile
import time
from pathlib import Path, PurePosixPath
from typing import IO, Any

import numpy as np

from ingest import config
from ingest.buildstore import (
    SERVER_MARK,
    BuildLock,
    BuildLockedError,
    fsync_dir,
    remove_build,
    switch_current,
    write_json,
)
from ingest.index import CHUNKS, MANIFEST, VECTORS, builds_dir, read_current, read_jsonl, read_manifest
from ingest.library import Library
from ingest.settings import get_settings
from ingest.store import EMBEDDED_DIR, VectorStore, collection_name, connect

ROOT = "policyqa-backup"
INDEX_FILE = "BACKUP.json"
FORMAT = 1
_BLOCK = 1024 * 1024


class BackupError(RuntimeError):
    """The archive cannot be written or is not a valid, intact policyqa backup; nothing was changed."""


def export_data(data_dir: Path, out_path: Path) -> dict[str, Any]:
    """Write the current build of `data_dir` to `out_path` (a .tar.gz); returns the BACKUP.json record."""
    data_dir, out_path = Path(data_dir).resolve(), Path(out_path).resolve()
    with BuildLock(data_dir):  # no ingest may collect the build while it is being read
        build_id = read_current(data_dir)
        if build_id is None:
            raise BackupError(f"no index in {data_dir}: nothing to export (run `policyqa ingest` first)")
        build = builds_dir(data_dir) / build_id
        files = _files(build)
        library_root = Library(data_dir).root
        library = _files(library_root) if library_root.is_dir() else []
        record = {"format": FORMAT, "build_id": build_id, "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                  "manifest": read_manifest(build), "files": _listing(build, files),
                  "library": _listing(library_root, library)}
        tmp = out_path.with_name(out_path.name + f".tmp-{secrets.token_hex(3)}")
        try:
            with tarfile.open(tmp, "w:gz") as tar:
                _add_bytes(tar, f"{ROOT}/{INDEX_FILE}", json.dumps(record, ensure_ascii=False, indent=1).encode())
                for path in files:
                    tar.add(path, f"{ROOT}/build/{path.relative_to(build).as_posix()}", recursive=False)
                for path in library:
                    tar.add(path, f"{ROOT}/library/{path.relative_to(library_root).as_posix()}", recursive=False)
            os.replace(tmp, out_path)
        finally:
            tmp.unlink(missing_ok=True)
    return record


def import_data(archive: Path, data_dir: Path) -> dict[str, Any]:
    """Install the build in `archive` into `data_dir` and make it CURRENT; returns the BACKUP.json record."""
    archive, data_dir = Path(archive).resolve(), Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    builds_dir(data_dir).mkdir(exist_ok=True)
    with BuildLock(data_dir):
        staging = builds_dir(data_dir) / f"import-{secrets.token_hex(4)}"  # collected by ingest if we die
        library_staging = data_dir / f".library-import-{secrets.token_hex(4)}"
        try:
            record = _unpack(archive, staging, library_staging)
            build_id = record["build_id"]
            target = builds_dir(data_dir) / build_id
            if target.exists():
                if _sha256(target / MANIFEST) != record["files"][MANIFEST]["sha256"]:
                    raise BackupError(f"{archive}: a different build with id {build_id} already exists in {data_dir}")
                remove_build(staging)  # the same build is already here: only switch to it
            else:
                _attach_vectors(staging, build_id)
                os.rename(staging, target)  # renamed before Chroma opens it: clients are cached by path
                try:
                    _check_build(target, build_id)
                except BaseException:
                    remove_build(target)
                    raise
                fsync_dir(builds_dir(data_dir))
            switch_current(data_dir, build_id)
            if "library" in record:
                _replace_library(data_dir, library_staging)
        finally:
            if staging.exists():
                remove_build(staging)
            shutil.rmtree(library_staging, ignore_errors=True)
    return record


def _replace_library(data_dir: Path, unpacked: Path) -> None:
    root = Library(data_dir).root
    unpacked.mkdir(exist_ok=True)  # an archive with an empty library
    old = data_dir / f".library-old-{secrets.token_hex(4)}"
    if root.exists():
        os.rename(root, old)
    os.rename(unpacked, root)
    fsync_dir(data_dir)
    shutil.rmtree(old, ignore_errors=True)


# --- reading the archive -------------------------------------------------------------------------

def _unpack(archive: Path, staging: Path, library_staging: Path) -> dict[str, Any]:
    """Verify and unpack the build into `staging` and the library into `library_staging`: member names
    and types, sizes, checksums, completeness."""
    try:
        tar = tarfile.open(archive, "r:gz")
    except (OSError, tarfile.TarError, EOFError) as e:
        raise BackupError(f"{archive}: not a readable .tar.gz archive ({e})") from None
    with tar:
        try:
            members = tar.getmembers()
        except (tarfile.TarError, EOFError, OSError, ValueError) as e:
            raise BackupError(f"{archive}: damaged archive ({e})") from None
        for member in members:
            _check_member(archive, member)
        files = {m.name: m for m in members if m.isfile()}
        index_member = files.pop(f"{ROOT}/{INDEX_FILE}", None)
        if index_member is None:
            raise BackupError(f"{archive}: no {ROOT}/{INDEX_FILE}: not a policyqa backup")
        record = _read_record(archive, tar, index_member)
        parts = [(f"{ROOT}/build/", record["files"], staging), (f"{ROOT}/library/", record.get("library", {}),
                                                                  library_staging)]
        present = [{name[len(prefix):]: m for name, m in files.items() if name.startswith(prefix)}
                   for prefix, _, _ in parts]
        stray = sorted(set(files) - {prefix + p for (prefix, _, _), found in zip(parts, present) for p in found})
        extra, missing = [], []
        for (prefix, listed, _), found in zip(parts, present):
            extra += sorted(prefix + p for p in set(found) - set(listed))
            missing += sorted(prefix + p for p in set(listed) - set(found))
        if stray or extra or missing:
            raise BackupError(f"{archive}: archive does not match its {INDEX_FILE}: "
                              f"unlisted {stray + extra or '-'}, missing {missing or '-'}")
        total = sum(m.size for found in present for m in found.values())
        max_total = get_settings().max_import_bytes  # bomb guard
        if total > max_total:
            raise BackupError(f"{archive}: unpacks to {total} bytes, more than the limit {max_total} "
                              "(POLICYQA_MAX_IMPORT_BYTES)")
        for (_, listed, target), found in zip(parts, present):
            target.mkdir()
            for rel, member in sorted(found.items()):
                expected = listed[rel]
                if member.size != expected["size"]:
                    raise BackupError(f"{archive}: {rel}: size {member.size} != {expected['size']} in {INDEX_FILE}")
                dest = target.joinpath(*PurePosixPath(rel).parts)
                dest.parent.mkdir(parents=True, exist_ok=True)
                digest = _extract(tar, member, dest, archive)
                if digest != expected["sha256"]:
                    raise BackupError(f"{archive}: {rel}: checksum mismatch (damaged or altered archive)")
    return record


def _check_member(archive: Path, member: tarfile.TarInfo) -> None:
    path = PurePosixPath(member.name)
    if path.is_absolute() or ".." in path.parts or "\\" in member.name or not path.parts or path.parts[0] != ROOT:
        raise BackupError(f"{archive}: refusing member {member.name!r}: paths must stay inside {ROOT}/")
    if not (member.isfile() or member.isdir()):
        kind = "link" if member.issym() or member.islnk() else "special file"
        raise BackupError(f"{archive}: refusing member {member.name!r}: a {kind} (only files and directories)")


def _read_record(archive: Path, tar: tarfile.TarFile, member: tarfile.TarInfo) -> dict[str, Any]:
    if member.size > 64 * 1024 * 1024:
        raise BackupError(f"{archive}: {INDEX_FILE} is implausibly large ({member.size} bytes)")
    try:
        record = json.loads(_file(tar, member).read().decode("utf-8"))
        files = record["files"]
        library = record.get("library", {})
        if record.get("format") != FORMAT or not isinstance(files, dict) or MANIFEST not in files:
            raise ValueError(f"unsupported format {record.get('format')!r} or no {MANIFEST}")
        if not isinstance(library, dict):
            raise ValueError("bad library listing")
        for rel, entry in [*files.items(), *library.items()]:
            parts = PurePosixPath(rel).parts
            if rel.startswith("/") or ".." in parts or not parts or "\\" in rel:
                raise ValueError(f"bad file name {rel!r}")
            if not isinstance(entry.get("sha256"), str) or not isinstance(entry.get("size"), int):
                raise ValueError(f"bad entry for {rel!r}")
        if not isinstance(record.get("build_id"), str) or not record["build_id"].replace("-", "").isalnum():
            raise ValueError(f"bad build id {record.get('build_id')!r}")
    except (ValueError, KeyError, TypeError, AttributeError, tarfile.TarError, OSError, EOFError) as e:
        raise BackupError(f"{archive}: unreadable {INDEX_FILE}: {e}") from None
    return record


def _file(tar: tarfile.TarFile, member: tarfile.TarInfo) -> IO[bytes]:
    f = tar.extractfile(member)
    if f is None:
        raise BackupError(f"{member.name}: not a regular file")
    return f


def _extract(tar: tarfile.TarFile, member: tarfile.TarInfo, dest: Path, archive: Path) -> str:
    digest = hashlib.sha256()
    try:
        with _file(tar, member) as src, dest.open("xb") as out:
            while block := src.read(_BLOCK):
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
    except (tarfile.TarError, EOFError, OSError) as e:
        raise BackupError(f"{archive}: {member.name}: damaged archive ({e})") from None
    return digest.hexdigest()


# --- installing the build ------------------------------------------------------------------------

def _attach_vectors(build: Path, build_id: str) -> None:
    """Server mode (POLICYQA_CHROMA_URL): put the vectors in a new collection on that server."""
    url = config.chroma_url()
    if url is None:
        if not (build / EMBEDDED_DIR).is_dir():
            raise BackupError(f"build {build_id} was exported from a Chroma server and has no embedded Chroma "
                              "directory: set POLICYQA_CHROMA_URL to import it into a Chroma server")
        return
    shutil.rmtree(build / EMBEDDED_DIR, ignore_errors=True)
    write_json(build / SERVER_MARK, {"url": url})  # first: garbage collection finds the collection
    chunks = list(read_jsonl(build / CHUNKS))
    store = VectorStore(connect(build, url), collection_name(build_id), create=True)
    store.add([c["chunk_id"] for c in chunks], np.load(build / VECTORS), [c["doc_id"] for c in chunks],
              list(range(len(chunks))))
    manifest = read_manifest(build)
    manifest["chroma"] = {"mode": "server", "url": url, "collection": collection_name(build_id)}
    write_json(build / MANIFEST, manifest)


def _check_build(build: Path, build_id: str) -> None:
    """The unpacked build opens, and Chroma holds one vector per chunk."""
    from ingest.index import _Build

    manifest = read_manifest(build)
    if manifest.get("build_id") != build_id:
        raise BackupError(f"the build manifest names build {manifest.get('build_id')!r}, not {build_id!r}")
    try:
        loaded = _Build.load(build.parent.parent, build.name)
        store = VectorStore(connect(build, manifest["chroma"]["url"]), collection_name(build_id))
        vectors = store.count()
    except BackupError:
        raise
    except Exception as e:  # noqa: BLE001 - any failure to open means: do not switch to it
        raise BackupError(f"the imported build {build_id} does not open: {type(e).__name__}: {e}") from None
    if vectors != len(loaded.chunks) or len(loaded.documents) != manifest["counts"]["documents"]:
        raise BackupError(f"the imported build {build_id} is inconsistent: {len(loaded.documents)} documents, "
                          f"{len(loaded.chunks)} chunks, {vectors} vectors in Chroma")


# --- helpers -------------------------------------------------------------------------------------

def _files(root: Path) -> list[Path]:
    """Regular files under `root`, without links and without temp files (`.name.tmp` of an atomic write)."""
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and not p.name.startswith("."))


def _listing(root: Path, files: list[Path]) -> dict[str, dict[str, Any]]:
    return {p.relative_to(root).as_posix(): {"sha256": _sha256(p), "size": p.stat().st_size} for p in files}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(time.time()), 0o644
    tar.addfile(info, io.BytesIO(data))


# --- command line --------------------------------------------------------------------------------

def add_commands(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("export", help="write the current index to a .tar.gz backup / 备份索引",
                       description="Back up the current index build (documents, chunks, BM25, vectors, "
                                   "figures, manifest) of POLICYQA_DATA_DIR with checksums.")
    e.add_argument("out", type=Path, metavar="OUT.tar.gz")
    e.set_defaults(func=run_export)
    i = sub.add_parser("import", help="restore an index from a backup and switch to it / 恢复索引",
                       description="Verify a backup (checksums, safe member paths), install it as a build "
                                   "of POLICYQA_DATA_DIR and switch to it atomically.")
    i.add_argument("archive", type=Path, metavar="IN.tar.gz")
    i.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    try:
        record = export_data(config.data_dir(), args.out)
    except (BackupError, BuildLockedError, OSError) as e:
        print(f"policyqa export: {e}", file=sys.stderr)
        return 2
    counts = record["manifest"]["counts"]
    print(f"exported build {record['build_id']} ({counts['documents']} documents, {counts['chunks']} chunks, "
          f"{len(record['files'])} files) to {args.out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    try:
        record = import_data(args.archive, config.data_dir())
    except (BackupError, BuildLockedError, OSError) as e:
        print(f"policyqa import: {e}", file=sys.stderr)
        return 2
    counts = record["manifest"]["counts"]
    print(f"imported build {record['build_id']} ({counts['documents']} documents, {counts['chunks']} chunks); "
          f"it is now the current index of {config.data_dir()}")
    return 0
