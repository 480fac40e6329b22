"""Evaluation from the browser: upload a test set, run it as a background job, read and compare reports.

Routes (joined to server's app by the composition root, policyqa.create_app: server never imports
eval) and the job handler (`run`, called by server/worker.py, which the job names):

- `POST /api/reports` (write access): multipart field `file`, a JSONL test set or a .xlsx/.csv
  with the columns 问题, 参考答案, 出处 (eval/schema.py), within POLICYQA_MAX_UPLOAD. The file is
  checked completely in the request (a bad row is a 422 naming it); the run is a job (202 + job id).
  Writing a report needs the eval extra (its plots); without it the pages still show past runs.
- `GET /api/reports`: past runs (web and `policyqa eval`), newest first, with their scores.
- `GET /api/reports/{run_id}`: per question the reference, the answer and its citations, right or
  wrong with why; per type; the metrics. `GET /api/reports/{run_id}/report.xlsx`: as a workbook.
- `/report`: the page; `/report/latest` the latest full HTML report, `/report/runs/{run_id}` any.
"""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
from pathlib import Path, PurePosixPath
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.datastructures import UploadFile

from eval.report import (
    REPORT_HTML,
    RESPONSES,
    TESTSET,
    SystemResult,
    eval_root,
    latest_report_path,
    list_runs,
    load_run,
    publish_latest,
    write_report,
    xlsx_report,
)
from eval.schema import SPREADSHEETS, InvalidTestset, load_testset, quote_problems
from ingest import config
from server.jobs import WRITE_RESPONSES, Accepted, Job, JobReporter, JobStore, launcher, now
from server.security import require_write
from server.uploads import receive_form

STATIC = Path(__file__).resolve().parent.parent / "server" / "static"
HANDLER = "eval.web"  # this module runs the evaluation jobs it queues (`run` below)
_EXTRA_MISSING = ("评测需要安装 eval 扩展（pip install 'policyqa[eval]'）/ evaluation runs need the eval extra "
                  "(pip install 'policyqa[eval]'): this server-only installation can show reports, not make them")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SUFFIXES = (".jsonl", *SPREADSHEETS)
_REPORT_FILE = re.compile(r"[A-Za-z0-9_-]{1,100}\.(?:png|md|json)")  # one dot: no way out of the directory
# The page CSP forbids inline <style>: a report's own rules are swapped for the same ones in a file.
_REPORT_STYLE = re.compile(r"<style>.*?</style>", re.S)
_REPORT_CSS = '<link rel="stylesheet" href="/static/report.css">'
_REPORT_NAV = ('<body><nav class="report-nav"><a href="/">问答</a><a href="/library">文件库</a>'
               '<a href="/figures">指标表</a><a href="/report">评测</a></nav>')

router = APIRouter()


@router.get("/report", include_in_schema=False)
def report_page() -> FileResponse:
    return FileResponse(STATIC / "report.html")


@router.get("/report/latest", include_in_schema=False, response_model=None)
def latest_report() -> HTMLResponse | FileResponse:
    path = latest_report_path()
    if path is None:
        return FileResponse(STATIC / "report-missing.html", status_code=404)
    return _report_html(path)


@router.get("/report/runs/{run_id}", include_in_schema=False)
def run_report(run_id: str) -> HTMLResponse:
    if load_run(run_id) is None or not (eval_root() / run_id / REPORT_HTML).is_file():
        raise HTTPException(404, f"未找到评测报告 / report not found: {run_id[:100]}")
    return _report_html(eval_root() / run_id / REPORT_HTML)


@router.get("/report/{name}", include_in_schema=False)
def report_file(name: str) -> FileResponse:
    """The plots, Markdown and results.json next to the latest report."""
    path = latest_report_path()
    file = path.parent / name if path is not None and _REPORT_FILE.fullmatch(name) else None
    if file is None or not file.is_file():
        raise HTTPException(404, f"未找到报告文件 / report file not found: {name[:100]}")
    return FileResponse(file)


@router.get("/api/reports")
def runs() -> list[dict[str, Any]]:
    """Past evaluation runs, newest first: id, context (date, test set, index), scores, right answers."""
    return list_runs()


@router.get("/api/reports/{run_id}", responses={404: {"description": "未找到评测"}})
def run_detail(run_id: str) -> dict[str, Any]:
    run = load_run(run_id)
    if run is None:
        raise HTTPException(404, f"未找到评测报告 / report not found: {run_id[:100]}")
    return run


@router.get("/api/reports/{run_id}/report.xlsx", response_class=Response, responses={
    200: {"content": {XLSX: {}}, "description": "the run as a workbook"}, 404: {"description": "未找到评测"}})
def run_xlsx(run_id: str) -> Response:
    run = load_run(run_id)
    if run is None:
        raise HTTPException(404, f"未找到评测报告 / report not found: {run_id[:100]}")
    return Response(xlsx_report(run), media_type=XLSX,
                    headers={"Content-Disposition": f'attachment; filename="policyqa-report-{run_id}.xlsx"'})


@router.post("/api/reports", status_code=202, response_model=Accepted, dependencies=[Depends(require_write)],
             responses={**WRITE_RESPONSES, 413: {"description": "文件过大"},
                        422: {"description": "测试集无效（指出行号）"},
                        503: {"description": "未安装 eval 扩展 / the eval extra is not installed"}})
async def start_run(request: Request) -> Accepted:
    """Multipart field `file`: a test set (.jsonl, .xlsx, .csv). Checked now, evaluated by a job."""
    if importlib.util.find_spec("matplotlib") is None:  # the report's plots: see _EXTRA_MISSING
        raise HTTPException(503, _EXTRA_MISSING)
    form = await receive_form(request, 1)
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise HTTPException(422, "请在字段 file 中选择测试集文件 / no test-set file in the multipart field `file`")
        return await run_in_threadpool(_submit, upload)
    finally:
        await form.close()


def _submit(upload: UploadFile) -> Accepted:
    from ingest.library import display_name

    name = display_name(upload.filename or "testset")
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise HTTPException(422, f"测试集应为 .jsonl、.xlsx 或 .csv 文件 / a test set is a .jsonl, .xlsx or .csv file, "
                                 f"not {suffix or '(no extension)'}")
    store = JobStore(config.data_dir())
    job_id, job_dir = store.new_dir()
    try:
        source = job_dir / f"upload{suffix}"
        upload.file.seek(0)
        with source.open("wb") as out:
            shutil.copyfileobj(upload.file, out)
        try:
            items = load_testset(source)
        except InvalidTestset as e:
            where = f"第 {e.line} 行 / line {e.line}: " if e.line else ""
            raise HTTPException(422, f"测试集 {name} 无效 / invalid test set {name}: {where}{e.reason}") from None
        with (job_dir / TESTSET).open("w", encoding="utf-8") as f:
            for item in items:
                f.write(item.model_dump_json() + "\n")
    except BaseException:
        shutil.rmtree(job_dir, ignore_errors=True)
        raise
    job = store.submit(Job(job_id=job_id, kind="evaluation", handler=HANDLER, files=[name],
                           params={"name": name, "questions": len(items)}))
    launcher.kick()
    return Accepted(job_id=job.job_id, files=job.files)


def _report_html(path: Path) -> HTMLResponse:
    html = path.read_text(encoding="utf-8")
    return HTMLResponse(_REPORT_STYLE.sub(_REPORT_CSS, html, count=1).replace("<body>", _REPORT_NAV, 1))


# --- the job ---------------------------------------------------------------------------------------

def run(job: Job, store: JobStore, report: JobReporter) -> None:
    """Answer every question with the current index, score, and write the run under data/eval/<job id>/."""
    from eval.run import pipeline_system, run_system
    from eval.score import score
    from ingest.index import Index
    from server.service import Service

    job_dir = store.dir(job.job_id)
    items = load_testset(job_dir / TESTSET)
    index = Index.open(store.data_dir)
    warnings = quote_problems(items, {d: doc.text for d, doc in index.documents.items()})
    note = f"hybrid BM25 + dense (RRF), {index.embedder_name}, build {index.build_id}"
    report("answering", 0, len(items))
    service = Service(index)
    service.ask(items[0].question)  # loads the embedding model: the latencies are then the answers' own
    outcomes = run_system(pipeline_system(service, "pipeline", note), items, progress=False,
                          on_item=lambda done, total: report("answering", done, total))
    report("writing", 0, 1)
    card = score(items, outcomes)
    context = {"date": now(), "test set": f"{job.params['name']} ({len(items)} questions)",
               "index": f"build {index.build_id} ({len(index.documents)} documents)",
               "embedder": index.embedder_name, "started from": "web app / 网页"}
    out_dir = eval_root() / job.job_id
    tmp_dir = eval_root() / f".{job.job_id}"  # written aside, renamed when complete: never listed half-done
    shutil.rmtree(tmp_dir, ignore_errors=True)
    write_report([SystemResult("pipeline", note, card)], tmp_dir, context)
    (tmp_dir / RESPONSES).write_text(json.dumps({o.item_id: o.response for o in outcomes}, ensure_ascii=False),
                                     encoding="utf-8")
    shutil.copyfile(job_dir / TESTSET, tmp_dir / TESTSET)
    shutil.rmtree(out_dir, ignore_errors=True)  # a resumed job writes its run again
    tmp_dir.rename(out_dir)
    publish_latest(out_dir)
    run_record = load_run(job.job_id)
    assert run_record is not None
    job.summary = {"run_id": job.job_id, "questions": len(items), "right": run_record["right"],
                   "overall": run_record["overall"], "warnings": warnings[:50]}
