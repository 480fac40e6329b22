"""Background jobs of the web app: document uploads, deletions, metadata edits and evaluation runs.

A job is a directory data/jobs/<job_id>/ holding job.json (state, progress, summary, errors) and
the files it was given: an upload is written there before its request answers 202, so it is on
disk whatever happens next. The queue is the jobs in state "queued", oldest first.

Jobs run one at a time in a worker process (`python -m server.worker`, at a lower CPU priority),
never in a server process, so answering never waits on them. A job that changes the index takes
the build lock (ingest/buildstore.py): a job and a `policyqa ingest` never build at once.

Crash safety: job.json is replaced atomically. The worker holds data/jobs/worker.lock (flock,
released by the OS when it dies) while it works; a job it finds "running" was running in a worker
that died (kill -9, power loss) and is queued again — its files are still in its directory, and
the unfinished build is collected by the next one — up to MAX_ATTEMPTS times, then marked
failed. A server process starts a worker whenever work is queued and none is running: at
startup, on each submission and on each status poll.
"""
from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import re
import secrets
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, HTTPException
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from ingest import config
from ingest.buildstore import replace_json

log = logging.getLogger(__name__)

JOBS = "jobs"
JOB_FILE = "job.json"
WORKER_LOCK = "worker.lock"
WORKER_LOG = "worker.log"
MAX_ATTEMPTS = 3
KEEP_FINISHED = 200
_JOB_ID = re.compile(r"[0-9]{8}T[0-9]{6}-[0-9a-f]{6}")
State = Literal["queued", "running", "done", "failed"]
Kind = Literal["documents", "evaluation"]


class JobProgress(BaseModel):
    done: int = 0
    total: int = 0
    stage: str = "queued"


class JobError(BaseModel):
    file: str
    reason: str


class Job(BaseModel):
    job_id: str
    kind: Kind
    # The module whose `run(job, store, report)` does the work, named by the route that queues the
    # job: the worker knows no job kinds, so a later layer (eval/web.py) queues jobs that server
    # never imports. Only modules of policyqa's packages.
    handler: str = Field(pattern=r"^(ingest|figures|server|eval)(\.[a-z_][a-z0-9_]*)+$")
    state: State = "queued"
    progress: JobProgress = Field(default_factory=JobProgress)
    summary: dict[str, Any] = Field(default_factory=dict)
    errors: list[JobError] = Field(default_factory=list)
    files: list[str] = Field(default_factory=list)  # display names of the files it was given
    created: str = ""
    started: str | None = None
    finished: str | None = None
    attempts: int = 0
    params: dict[str, Any] = Field(default_factory=dict)  # for the worker: what to do


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


class JobStore:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.root = self.data_dir / JOBS

    def new_dir(self) -> tuple[str, Path]:
        """A fresh job id and its directory, for the files to be written before `submit`."""
        self.root.mkdir(parents=True, exist_ok=True)
        job_id = time.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)
        path = self.root / job_id
        path.mkdir()
        return job_id, path

    def dir(self, job_id: str) -> Path:
        return self.root / job_id

    def submit(self, job: Job) -> Job:
        """Queue `job` (its directory exists, its files are written): job.json comes last."""
        job.state, job.created = "queued", job.created or now()
        self.save(job)
        return job

    def save(self, job: Job) -> None:
        replace_json(self.dir(job.job_id) / JOB_FILE, job.model_dump())

    def get(self, job_id: str) -> Job | None:
        if not _JOB_ID.fullmatch(job_id):
            return None
        try:
            return Job.model_validate_json((self.dir(job_id) / JOB_FILE).read_bytes())
        except FileNotFoundError:
            return None

    def all(self) -> list[Job]:
        """Every job, oldest first (a directory without job.json is an upload still being received)."""
        jobs = []
        for path in sorted(self.root.glob("*/" + JOB_FILE)) if self.root.exists() else []:
            try:
                jobs.append(Job.model_validate_json(path.read_bytes()))
            except (OSError, ValueError):
                log.warning("unreadable job file %s", path)
        return jobs

    def next_queued(self) -> Job | None:
        return next((j for j in self.all() if j.state == "queued"), None)

    def prune(self, keep: int = KEEP_FINISHED) -> None:
        """Forget all but the newest `keep` finished jobs (the pages show the latest few)."""
        finished = [j for j in self.all() if j.state in ("done", "failed")]
        for job in finished[:-keep] if len(finished) > keep else []:
            shutil.rmtree(self.dir(job.job_id), ignore_errors=True)

    def recover(self) -> None:
        """Jobs left "running" by a dead worker: queued again, or failed after MAX_ATTEMPTS.
        Call only while holding the worker lock (then no live worker runs them)."""
        for job in self.all():
            if job.state != "running":
                continue
            if job.attempts >= MAX_ATTEMPTS:
                job.state, job.finished = "failed", now()
                job.errors.append(JobError(file="", reason=f"任务被中断 {job.attempts} 次，已放弃 / interrupted "
                                                          f"{job.attempts} times, given up"))
            else:
                job.state = "queued"
                job.progress = JobProgress(stage="resumed")
            self.save(job)


class JobReporter:
    """Progress of a running job, saved at most every `interval` seconds (and at each new stage)."""

    def __init__(self, store: JobStore, job: Job, interval: float = 0.5):
        self.store, self.job, self.interval = store, job, interval
        self._saved_at = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        changed = stage != self.job.progress.stage
        self.job.progress = JobProgress(done=done, total=total, stage=stage)
        if changed or time.monotonic() - self._saved_at >= self.interval or done >= total:
            self.store.save(self.job)
            self._saved_at = time.monotonic()


# --- starting the worker ---------------------------------------------------------------------------

def worker_running(data_dir: Path) -> bool:
    path = Path(data_dir) / JOBS / WORKER_LOCK
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing releases a lock we took
    return False


class Launcher:
    """Starts `python -m server.worker` (with this process's settings, hence its data directory)
    when work is queued and no worker runs (in any process)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._procs: list[subprocess.Popen] = []

    def kick(self) -> None:
        data_dir = config.data_dir()
        store = JobStore(data_dir)
        with self._lock:
            self._procs = [p for p in self._procs if p.poll() is None]  # reap finished workers
            if self._procs:
                return  # ours is running (or still starting up, before it takes the worker lock)
            if store.next_queued() is None and not any(j.state == "running" for j in store.all()):
                return
            if worker_running(data_dir):
                return
            store.root.mkdir(parents=True, exist_ok=True)
            with (store.root / WORKER_LOG).open("ab") as log_file:
                self._procs.append(subprocess.Popen(
                    [sys.executable, "-m", "server.worker"], stdout=log_file, stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL))


launcher = Launcher()


# --- HTTP ------------------------------------------------------------------------------------------

class JobOut(BaseModel):
    job_id: str
    kind: Kind
    state: State
    progress: JobProgress
    summary: dict[str, Any]
    errors: list[JobError]
    files: list[str]
    created: str
    started: str | None
    finished: str | None


class Accepted(BaseModel):
    job_id: str
    files: list[str] = Field(default_factory=list)
    rejected: list[JobError] = Field(default_factory=list)


# What every write route (require_write) may answer besides its own responses.
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"description": "需要 API 密钥 / API key required (POLICYQA_API_KEY is set)"},
    403: {"description": "未设置 POLICYQA_API_KEY 时只允许本机写入 / without POLICYQA_API_KEY only a loopback "
                         "client may write"},
}


def out(job: Job) -> JobOut:
    return JobOut(**job.model_dump(exclude={"params", "attempts", "handler"}))


router = APIRouter()


def _job_or_404(job_id: str) -> Job:
    job = JobStore(config.data_dir()).get(job_id)
    if job is None:
        raise HTTPException(404, f"未找到任务 / job not found: {job_id[:64]}")
    return job


@router.get("/api/jobs", response_model=list[JobOut])
def list_jobs(kind: Kind | None = None, limit: int = 20) -> list[JobOut]:
    """The latest jobs, newest first (the pages show those still running after a reload)."""
    jobs = [j for j in JobStore(config.data_dir()).all() if kind is None or j.kind == kind]
    if any(j.state in ("queued", "running") for j in jobs):
        launcher.kick()
    return [out(j) for j in reversed(jobs[-max(1, min(limit, 200)):])]


@router.get("/api/jobs/{job_id}", response_model=JobOut, responses={404: {"description": "未找到任务"}})
def get_job(job_id: str) -> JobOut:
    job = _job_or_404(job_id)
    if job.state in ("queued", "running"):
        launcher.kick()  # a worker that died, or a queue left behind by a restart
    return out(job)


@router.get("/api/jobs/{job_id}/events", responses={
    200: {"content": {"text/event-stream": {}}, "description": "`job` events with the JobOut JSON until it ends"},
    404: {"description": "未找到任务"}})
def job_events(job_id: str) -> StreamingResponse:
    _job_or_404(job_id)
    return StreamingResponse(_events(job_id, JobStore(config.data_dir()).get), media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


async def _events(job_id: str, read: Callable[[str], Job | None], poll: float = 0.4,
                  keepalive: float = 15.0) -> AsyncIterator[str]:
    last, quiet = "", 0.0
    while True:
        job = read(job_id)
        if job is None:
            yield f"event: error\ndata: {json.dumps({'detail': '任务已不存在 / job vanished'})}\n\n"
            return
        data = out(job).model_dump_json()
        if data != last:
            yield f"event: job\ndata: {data}\n\n"
            last, quiet = data, 0.0
        if job.state in ("done", "failed"):
            return
        if quiet >= keepalive:
            yield ": keep-alive\n\n"
            quiet = 0.0
            launcher.kick()
        await asyncio.sleep(poll)
        quiet += poll
