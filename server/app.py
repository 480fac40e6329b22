"""The FastAPI app: thin routes over server.service and the documents, and the pages: chat at `/`,
plan indicator tables at `/figures`, the latest evaluation report at `/report`."""
from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse, HTMLResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles

from ingest.config import latest_report_path
from ingest.models import Document
from server.deps import get_index
from server.routes_figures import router as figures_router
from server.schemas import (
    AskRequest,
    AskResponse,
    DocumentOut,
    DocumentSummary,
    Health,
    OutlineEntry,
    TableCell,
    TableOut,
    TableRow,
)
from server.security import install_security
from server.service import Service, UnknownFilter, service_for

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
_DOC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
_REPORT_FILE = re.compile(r"[A-Za-z0-9_-]{1,100}\.(?:png|md|json)")  # one dot: no way out of the directory
# The page CSP forbids inline <style>: the report's own rules are swapped for the same ones in a file.
_REPORT_STYLE = re.compile(r"<style>.*?</style>", re.S)
_REPORT_CSS = '<link rel="stylesheet" href="/static/report.css">'
_REPORT_NAV = ('<body><nav class="report-nav"><a href="/">问答</a><a href="/figures">指标表</a>'
               '<a href="/report/report.md">Markdown</a><a href="/report/results.json">results.json</a></nav>')


def get_service(index: Any = Depends(get_index)) -> Service:
    return service_for(index)


def _warm_up() -> None:
    """Load the index, jieba and the embedding model before the first user waits for them (~2–20 s)."""
    try:
        service_for(get_index()).ask("巴南区学前教育毛入园率")
    except Exception as e:  # noqa: BLE001 - no index yet: the routes answer 503 and say how to build one
        log.warning("warm-up skipped: %s", e)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
    yield


def create_app() -> FastAPI:
    app = FastAPI(title="policyqa", version="0.1.0", lifespan=_lifespan,
                  description="教育政策文件问答：带出处的抽取式答案 / cited answers over education policy documents")
    install_security(app)  # first: the API key dependency covers every route registered after it
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/figures", include_in_schema=False)
    def figures_page() -> FileResponse:
        return FileResponse(STATIC / "figures.html")

    @app.get("/report", include_in_schema=False, response_model=None)
    def report_page() -> HTMLResponse | FileResponse:
        path = latest_report_path()
        if path is None:
            return FileResponse(STATIC / "report-missing.html", status_code=404)
        html = path.read_text(encoding="utf-8")
        return HTMLResponse(_REPORT_STYLE.sub(_REPORT_CSS, html, count=1).replace("<body>", _REPORT_NAV, 1))

    @app.get("/report/{name}", include_in_schema=False)
    def report_file(name: str) -> FileResponse:
        """The plots, Markdown and results.json next to the latest report."""
        path = latest_report_path()
        file = path.parent / name if path is not None and _REPORT_FILE.fullmatch(name) else None
        if file is None or not file.is_file():
            raise HTTPException(404, f"未找到报告文件 / report file not found: {name[:100]}")
        return FileResponse(file)

    @app.get("/api/health", response_model=Health)
    def health(index: Any = Depends(get_index)) -> Health:
        return Health(status="ok", build_id=str(index.build_id), documents=len(index.documents),
                      chunks=len(index.chunks), embedder=str(index.embedder_name))

    @app.get("/api/documents", response_model=list[DocumentSummary])
    def documents(index: Any = Depends(get_index)) -> list[DocumentSummary]:
        return [summary(doc) for doc in sorted(index.documents.values(), key=lambda d: d.doc_id)]

    @app.get("/api/documents/{doc_id}", response_model=DocumentOut, responses={404: {"description": "未找到文件"}})
    def document(doc_id: str, index: Any = Depends(get_index)) -> DocumentOut:
        doc = index.documents.get(doc_id) if _DOC_ID.fullmatch(doc_id) else None
        if doc is None:
            raise HTTPException(404, f"未找到文件 / document not found: {doc_id[:200]}")
        return full(doc)

    @app.post("/api/ask", response_model=AskResponse, responses={422: {"description": "问题或过滤条件无效"}})
    def ask(request: AskRequest, service: Service = Depends(get_service)) -> AskResponse:
        try:
            return service.ask(request.question, request.history, request.filters)
        except UnknownFilter as err:
            raise HTTPException(422, str(err)) from None

    @app.post("/api/ask/stream", responses={200: {
        "content": {"text/event-stream": {}},
        "description": "progress events, then `final` with the AskResponse JSON"}})
    def ask_stream(request: AskRequest, service: Service = Depends(get_service)) -> StreamingResponse:
        try:
            service.filter_scope(request.filters)  # bad filters: a plain 422 before the stream starts
        except UnknownFilter as err:
            raise HTTPException(422, str(err)) from None
        return StreamingResponse(_sse(service, request), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    app.include_router(figures_router)
    return app


def _sse(service: Service, request: AskRequest) -> Iterator[str]:
    try:
        for event, payload in service.run(request.question, request.history, request.filters):
            data = (payload.model_dump_json() if isinstance(payload, AskResponse)
                    else json.dumps(payload, ensure_ascii=False))
            yield f"event: {event}\ndata: {data}\n\n"
    except Exception:  # the stream has started: report in-band, never a stack trace
        log.exception("ask stream failed")
        yield f"event: error\ndata: {json.dumps({'detail': '内部错误 / internal error'})}\n\n"


def summary(doc: Document) -> DocumentSummary:
    m = doc.meta
    return DocumentSummary(doc_id=doc.doc_id, title=m.title, region=m.region, date=m.date, issuer=m.issuer,
                           genre=m.genre, script=m.script, chars=len(doc.text))


def full(doc: Document) -> DocumentOut:
    return DocumentOut(
        **summary(doc).model_dump(), text=doc.text,
        outline=[OutlineEntry(heading=s.heading, level=s.level, start=s.start, end=s.end) for s in doc.sections],
        tables=[TableOut(table_id=t.table_id, caption=t.caption, section=t.section, columns=t.columns,
                         start=t.start, end=t.end,
                         rows=[TableRow(index=r.index, group=r.group, start=r.start, end=r.end,
                                        cells=[TableCell(**vars(c)) for c in r.cells]) for r in t.rows])
                for t in doc.tables])


app = create_app()
