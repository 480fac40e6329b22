"""The document library over HTTP: list, read, upload, edit and delete documents, and the /library page.

Reads answer from the index build in use. Writes (require_write) never change the index in the
request: an upload is checked and written to its job's directory, a deletion or an edit is
recorded as a job, and the request answers 202 with the job id; server/worker.py does the work
(server/library_jobs.py) and `GET /api/jobs/{job_id}` follows it.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path, PurePosixPath
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse
from starlette.datastructures import UploadFile

from ingest import config
from ingest.filecheck import Rejected, check_file
from ingest.library import Library, display_name
from ingest.load import SUPPORTED
from ingest.models import Document
from ingest.records import DocHead
from ingest.settings import get_settings
from server.deps import get_index
from server.jobs import WRITE_RESPONSES, Accepted, Job, JobError, JobStore, launcher
from server.schemas import DocumentEdit, DocumentOut, DocumentSummary, OutlineEntry, TableCell, TableOut, TableRow
from server.security import require_write
from server.uploads import MIB, receive_form

STATIC = Path(__file__).resolve().parent / "static"
DOC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
MAX_FILES = 100  # per upload request
HANDLER = "server.library_jobs"  # runs the jobs queued here

router = APIRouter()


@router.get("/library", include_in_schema=False)
def library_page() -> FileResponse:
    return FileResponse(STATIC / "library.html")


@router.get("/api/documents", response_model=list[DocumentSummary])
def documents(index: Any = Depends(get_index)) -> list[DocumentSummary]:
    """Every document of the index with its metadata, counts and origin."""
    state = Library(index.data_dir).load()
    # the heads (metadata and sizes) are in memory: listing reads no document's text
    return [summary(head, index.manifest["documents"].get(head.doc_id, {}), state)
            for head in sorted(index.document_heads.values(), key=lambda h: h.doc_id)]


@router.get("/api/documents/{doc_id}", response_model=DocumentOut, responses={404: {"description": "未找到文件"}})
def document(doc_id: str, index: Any = Depends(get_index)) -> DocumentOut:
    """The cleaned text (citation offsets point into it), its outline and its tables."""
    doc = index.documents.get(doc_id) if DOC_ID.fullmatch(doc_id) else None
    if doc is None:
        raise HTTPException(404, f"未找到文件 / document not found: {doc_id[:200]}")
    return full(doc, index.manifest["documents"].get(doc_id, {}), Library(index.data_dir).load())


@router.post("/api/documents", status_code=202, response_model=Accepted, dependencies=[Depends(require_write)],
             responses={**WRITE_RESPONSES, 413: {"description": "上传过大"}, 422: {"description": "没有可用的文件"}})
async def upload(request: Request) -> Accepted | JSONResponse:
    """Multipart field `files` (one or more). Each file is checked (type, size, content against its
    extension, zip bombs); the accepted ones are ingested by a background job (202 + job id), the
    others are listed in `rejected` with the reason. Nothing is accepted: 413 or 422 with the reasons."""
    store = JobStore(config.data_dir())
    form = await receive_form(request, MAX_FILES)
    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
    if not uploads:
        raise HTTPException(422, "请在字段 files 中选择要上传的文件 / no files in the multipart field `files`")
    try:
        return await run_in_threadpool(_accept, store, uploads)
    finally:
        await form.close()


@router.delete("/api/documents/{doc_id}", status_code=202, response_model=Accepted,
               dependencies=[Depends(require_write)], responses={**WRITE_RESPONSES, 404: {"description": "未找到文件"}})
def delete(doc_id: str, index: Any = Depends(get_index)) -> Accepted:
    """Remove the document (chunks, vectors, figures, tables, and an uploaded original) in a new build."""
    _known(doc_id, index)
    return _submit(Job(job_id="", kind="documents", handler=HANDLER, files=[doc_id],
                       params={"action": "delete", "doc_id": doc_id}))


@router.patch("/api/documents/{doc_id}", status_code=202, response_model=Accepted,
              dependencies=[Depends(require_write)], responses={**WRITE_RESPONSES, 404: {"description": "未找到文件"}})
def edit(doc_id: str, fields: DocumentEdit, index: Any = Depends(get_index)) -> Accepted:
    """Set title, issuer, region, date or 文号; kept across re-ingest, applied in a new build."""
    _known(doc_id, index)
    if not fields.fields():
        raise HTTPException(422, "没有要修改的字段 / nothing to change: give title, issuer, region, date or number")
    return _submit(Job(job_id="", kind="documents", handler=HANDLER, files=[doc_id],
                       params={"action": "edit", "doc_id": doc_id, "fields": fields.fields()}))


# --- helpers ---------------------------------------------------------------------------------------

def summary(head: DocHead, counts: dict[str, Any], state: Any) -> DocumentSummary:
    m = head.meta
    entry = state.documents.get(head.doc_id)
    return DocumentSummary(
        doc_id=head.doc_id, title=m.title, region=m.region, date=m.date, issuer=m.issuer, genre=m.genre,
        script=m.script, chars=head.chars, number=m.number, chunk_count=counts.get("chunks", 0),
        table_count=head.tables, figure_count=counts.get("figures", 0), added=counts.get("added", ""),
        origin="library" if entry else "corpus", file=entry.name if entry else m.source,
        edited=sorted(state.overrides.get(head.doc_id, {})), ocr=m.ocr, ocr_confidence=m.ocr_confidence)


def full(doc: Document, counts: dict[str, Any], state: Any) -> DocumentOut:
    return DocumentOut(
        **summary(DocHead.of_document(doc), counts, state).model_dump(),
        text=doc.text, ocr_uncertain=doc.meta.ocr_uncertain,
        outline=[OutlineEntry(heading=s.heading, level=s.level, start=s.start, end=s.end) for s in doc.sections],
        tables=[TableOut(table_id=t.table_id, caption=t.caption, section=t.section, columns=t.columns,
                         start=t.start, end=t.end,
                         rows=[TableRow(index=r.index, group=r.group, start=r.start, end=r.end,
                                        cells=[TableCell(**vars(c)) for c in r.cells]) for r in t.rows])
                for t in doc.tables])


def _known(doc_id: str, index: Any) -> None:
    if not DOC_ID.fullmatch(doc_id) or doc_id not in index.documents:
        raise HTTPException(404, f"未找到文件 / document not found: {doc_id[:200]}")


def _submit(job: Job) -> Accepted:
    store = JobStore(config.data_dir())
    job.job_id, _ = store.new_dir()
    store.submit(job)
    launcher.kick()
    return Accepted(job_id=job.job_id, files=job.files)


def _accept(store: JobStore, uploads: list[UploadFile]) -> Accepted | JSONResponse:
    """Check each upload and write the good ones into a new job's directory; submit the job."""
    job_id, job_dir = store.new_dir()
    files_dir = job_dir / "files"
    files_dir.mkdir()
    max_bytes = get_settings().max_document
    accepted, rejected = [], []
    for n, upload in enumerate(uploads):
        name = display_name(upload.filename or "")
        suffix = PurePosixPath(name).suffix.lower()
        stored = f"{n:03d}{suffix if suffix in SUPPORTED else ''}"  # never the user's name on disk
        path = files_dir / stored
        try:
            _copy(upload, path, max_bytes)
            check_file(path, name, max_bytes)
        except Rejected as e:
            path.unlink(missing_ok=True)
            rejected.append(JobError(file=name, reason=e.reason))
            continue
        accepted.append({"name": name, "stored": f"files/{stored}"})
    if not accepted:
        shutil.rmtree(job_dir, ignore_errors=True)
        too_large = all("too large" in r.reason for r in rejected)
        return JSONResponse({"detail": "没有可导入的文件 / no file could be accepted: " +
                                       "；".join(f"{r.file}: {r.reason}" for r in rejected),
                             "rejected": [r.model_dump() for r in rejected]}, 413 if too_large else 422)
    job = Job(job_id=job_id, kind="documents", handler=HANDLER, files=[a["name"] for a in accepted], errors=rejected,
              params={"action": "upload", "files": accepted})
    store.submit(job)
    launcher.kick()
    return Accepted(job_id=job_id, files=job.files, rejected=rejected)


def _copy(upload: UploadFile, path: Path, max_bytes: int) -> None:
    """Copy the spooled upload to `path`, stopping as soon as it exceeds `max_bytes`."""
    source = upload.file
    source.seek(0)
    size = 0
    with path.open("wb") as out:
        while block := source.read(MIB):
            size += len(block)
            if size > max_bytes:
                raise Rejected(f"文件过大（超过 {max_bytes / MIB:g} MiB）/ "
                               f"file too large (over {max_bytes / MIB:g} MiB; POLICYQA_MAX_DOCUMENT)")
            out.write(block)
