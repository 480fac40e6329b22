"""The FastAPI app: thin routes over server.service, and the pages: chat at `/`, plan indicator tables
at `/figures`; the document library (`/library`, /api/documents, server/documents.py), background
jobs (/api/jobs, server/jobs.py) and the figures API (server/routes_figures.py) are routers.

`app` is server's own app. The app `policyqa serve` runs (policyqa.create_app) adds eval's
evaluation pages (`/report`, /api/reports, eval/web.py): imports point server → eval, never back."""
from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles

from server.deps import get_index
from server.documents import router as documents_router
from server.jobs import launcher
from server.jobs import router as jobs_router
from server.routes_figures import router as figures_router
from server.schemas import AskRequest, AskResponse, Health
from server.security import install_security
from server.service import Service, UnknownFilter, service_for
from server.warmup import WarmUp

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"


def get_service(request: Request, index: Any = Depends(get_index)) -> Service:
    request.app.state.warm_up.wait()  # a question arriving while the model loads waits for that load
    return service_for(index)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.warm_up.start(app.dependency_overrides.get(get_index, get_index))
    try:
        launcher.kick()  # jobs queued, or interrupted, before this start
    except OSError as e:
        log.error("cannot start the job worker: %s", e)
    yield


def create_app(routers: Sequence[APIRouter] = ()) -> FastAPI:
    """The app with server's routes, then `routers` (routes of a later layer, given by the composition
    root: policyqa.py adds eval's evaluation pages). All of them come after install_security."""
    app = FastAPI(title="policyqa", version="0.1.0", lifespan=_lifespan,
                  description="教育政策文件问答：带出处的抽取式答案 / cited answers over education policy documents")
    install_security(app)  # first: the API key dependency covers every route registered after it
    app.state.warm_up = WarmUp()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/figures", include_in_schema=False)
    def figures_page() -> FileResponse:
        return FileResponse(STATIC / "figures.html")

    @app.get("/api/health", response_model=Health)
    def health(index: Any = Depends(get_index)) -> Health:
        return Health(status="ok", build_id=str(index.build_id), documents=len(index.documents),
                      chunks=len(index.chunks), embedder=str(index.embedder_name), ready=app.state.warm_up.ready)

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

    app.include_router(documents_router)
    app.include_router(jobs_router)
    app.include_router(figures_router)
    for router in routers:
        app.include_router(router)
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


app = create_app()
