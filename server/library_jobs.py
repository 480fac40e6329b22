"""The document library's jobs, run by server/worker.py under the build lock (one build at a time).

- upload: each file is compared with what the index and the library hold (same bytes → reported
  as a duplicate of that document, not stored twice; same name as an uploaded document → a new
  version of it), stored in the library (ingest/library.py) and the build is brought up to date
  (ingest.pipeline.update_build). A file that fails to parse leaves the library again (a failed
  new version gives way to the previous one) and is reported by name; the rest goes on.
- delete: a build without the document, then its stored file goes. A document of the command-line
  corpus leaves the index too; `policyqa ingest` of its folder adds it back (said in the summary).
- edit: metadata overrides (kept across re-ingest), then the build.

Every step is safe to repeat: a job interrupted anywhere (kill -9) is resumed from the start by
the next worker and reaches the same state.
"""
from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ingest.buildstore import BuildLock, BuildLockedError
from ingest.index import DOCS, builds_dir, read_current, read_jsonl, read_manifest
from ingest.library import Entry, Library, new_doc_id
from ingest.pipeline import Summary, update_build
from server.jobs import Job, JobError, JobReporter, JobStore

PREVIOUS = "previous"  # in the job directory: earlier versions of documents this job replaces


def run(job: Job, store: JobStore, report: JobReporter) -> None:
    action = job.params["action"]
    with _build_lock(store.data_dir, report):
        {"upload": _upload, "delete": _delete, "edit": _edit}[action](job, store, report)


@contextmanager
def _build_lock(data_dir: Path, report: JobReporter) -> Iterator[None]:
    try:
        lock = BuildLock(data_dir).__enter__()
    except BuildLockedError:  # a `policyqa ingest` (or an import) is running: wait for it
        report("waiting", 0, 0)
        lock = BuildLock(data_dir, wait=True).__enter__()
    try:
        yield
    finally:
        lock.__exit__(None, None, None)


# --- upload ----------------------------------------------------------------------------------------

def _upload(job: Job, store: JobStore, report: JobReporter) -> None:
    data_dir, job_dir = store.data_dir, store.dir(job.job_id)
    library = Library(data_dir)
    state = library.load()
    indexed = _indexed(data_dir)
    # what an earlier attempt of this job stored (doc_id → name) and replaced (doc_id → old entry)
    own: dict[str, str] = job.params.setdefault("stored", {})
    replaced: dict[str, dict[str, Any]] = job.params.setdefault("replaced", {})
    by_sha = {info["sha256"]: d for d, info in indexed.items() if d not in own}
    by_sha.update({e.sha256: d for d, e in state.documents.items() if d not in own})
    by_name = {e.name: d for d, e in state.documents.items()}
    taken = set(indexed) | set(state.documents)
    duplicates = []
    for n, upload in enumerate(job.params["files"]):
        report("storing", n, len(job.params["files"]))
        name, path = upload["name"], job_dir / upload["stored"]
        sha = _sha256(path)
        if sha in by_sha:
            duplicates.append({"file": name, "doc_id": by_sha[sha]})
            continue
        mine = next((d for d in own if state.documents.get(d) and state.documents[d].sha256 == sha), None)
        if mine is not None:  # stored by an earlier attempt of this job
            by_sha[sha] = mine
            continue
        doc_id = by_name.get(name) or new_doc_id(name, sha, taken)
        old = state.documents.get(doc_id)
        if old is not None and doc_id not in own:  # a new version: keep the old one until it parses
            (job_dir / PREVIOUS).mkdir(exist_ok=True)
            shutil.copyfile(library.path(old), job_dir / PREVIOUS / old.file)
            replaced[doc_id] = asdict(old)
        library.store(state, path, name, doc_id, sha)
        taken.add(doc_id)
        own[doc_id], by_sha[sha], by_name[name] = name, doc_id, doc_id
    library.save(state)
    store.save(job)  # `stored` and `replaced` are on disk before the build starts

    summary = update_build(data_dir, progress=report)
    for failure in summary.failed:
        doc_id = Path(failure.source).stem
        job.errors.append(JobError(file=own.get(doc_id, Path(failure.source).name), reason=failure.reason))
        if doc_id in replaced:  # the previous version stays, in the library as in the index
            old = Entry(**replaced[doc_id])
            library.store(state, job_dir / PREVIOUS / old.file, old.name, doc_id, old.sha256)
            state.documents[doc_id] = old
        elif doc_id in own:
            library.remove(state, doc_id)
    library.save(state)
    failed = {Path(f.source).stem for f in summary.failed}
    job.summary = _summary(summary, data_dir, {d: n for d, n in own.items() if d not in failed})
    job.summary["duplicates"] = [{**d, "title": _titles(data_dir, [d["doc_id"]]).get(d["doc_id"], "")}
                                 for d in duplicates]
    if job.files and not (set(own) - failed) and not duplicates:
        job.state = "failed"  # nothing of the upload could be used
    shutil.rmtree(job_dir / "files", ignore_errors=True)  # the library holds what was kept
    shutil.rmtree(job_dir / PREVIOUS, ignore_errors=True)


# --- delete and edit -------------------------------------------------------------------------------

def _delete(job: Job, store: JobStore, report: JobReporter) -> None:
    doc_id = job.params["doc_id"]
    data_dir = store.data_dir
    library = Library(data_dir)
    state = library.load()
    indexed = _indexed(data_dir)
    if doc_id not in indexed and doc_id not in state.documents:
        return _fail(job, doc_id, "未找到文件（可能已删除）/ no such document (deleted already?)")
    if not set(indexed) - {doc_id}:
        return _fail(job, doc_id, "不能删除索引中的最后一个文件，请先上传其他文件 / the last document of the index "
                                  "cannot be deleted: upload another one first")
    summary = update_build(data_dir, drop={doc_id}, progress=report)
    if doc_id in _indexed(data_dir):
        return _fail(job, doc_id, "新索引未能生成 / the new index could not be built")
    origin = state.documents.get(doc_id)
    library.remove(state, doc_id)
    library.save(state)
    job.summary = _summary(summary, data_dir, {})
    job.summary["removed"] = [doc_id]
    if origin is None and doc_id in indexed:
        job.summary["notes"].append(
            f"该文件来自命令行导入的目录（{indexed[doc_id]['source']}），再次运行 policyqa ingest 该目录会重新加入 / "
            f"this document came from a command-line corpus folder; `policyqa ingest` of it adds it back")


def _edit(job: Job, store: JobStore, report: JobReporter) -> None:
    doc_id, fields = job.params["doc_id"], job.params["fields"]
    data_dir = store.data_dir
    library = Library(data_dir)
    state = library.load()
    indexed = _indexed(data_dir)
    if doc_id not in indexed:
        return _fail(job, doc_id, "未找到文件（可能已删除）/ no such document (deleted already?)")
    before = state.overrides.get(doc_id)
    state.overrides[doc_id] = {**(before or {}), **fields}
    library.save(state)
    summary = update_build(data_dir, progress=report)
    changed = doc_id in summary.updated or doc_id in summary.reprocessed
    if not changed and state.overrides[doc_id] != before:
        if before is None:
            state.overrides.pop(doc_id)
        else:
            state.overrides[doc_id] = before
        library.save(state)
        failure = next((f.reason for f in summary.failed if Path(f.source).stem == doc_id), None)
        return _fail(job, doc_id, failure or f"文件原件已不在 {indexed[doc_id]['source']}，无法重新处理 / the "
                                             f"document's file is no longer at {indexed[doc_id]['source']}")
    job.summary = _summary(summary, data_dir, {})
    job.summary["edited"] = {"doc_id": doc_id, "fields": fields}


# --- helpers ---------------------------------------------------------------------------------------

def _fail(job: Job, file: str, reason: str) -> None:
    job.errors.append(JobError(file=file, reason=reason))
    job.state = "failed"


def _indexed(data_dir: Path) -> dict[str, dict[str, Any]]:
    """doc_id → its entry in the current build's manifest (source, sha256, chunks …)."""
    build_id = read_current(data_dir)
    return read_manifest(builds_dir(data_dir) / build_id)["documents"] if build_id else {}


def _titles(data_dir: Path, doc_ids: list[str]) -> dict[str, str]:
    build_id = read_current(data_dir)
    if not build_id or not doc_ids:
        return {}
    wanted = set(doc_ids)
    return {d["doc_id"]: d["meta"]["title"] for d in read_jsonl(builds_dir(data_dir) / build_id / DOCS)
            if d["doc_id"] in wanted}


def _summary(summary: Summary, data_dir: Path, names: dict[str, str]) -> dict[str, Any]:
    """What the page shows: per uploaded file its document, then the index as it now is."""
    titles = _titles(data_dir, list(names))

    def docs(ids: list[str]) -> list[dict[str, str]]:
        return [{"doc_id": d, "file": names[d], "title": titles.get(d, "")} for d in ids if d in names]

    return {"added": docs(summary.added), "updated": docs(summary.updated + summary.reprocessed),
            "unchanged": [d for d in summary.unchanged if d in names], "removed": summary.removed,
            "documents": summary.documents, "chunks": summary.chunks, "tables": summary.tables,
            "figures": summary.figures, "embedded": summary.embedded, "build_id": summary.build_id,
            "switched": summary.switched, "seconds": round(summary.seconds, 1), "notes": list(summary.notes)}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
