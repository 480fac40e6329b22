"""`python -m server.worker`: runs the queued jobs of server/jobs.py one at a time, then exits.

Started by a server process (server.jobs.Launcher), whose environment, hence settings and data
directory, it inherits. Each job names the module that runs it (Job.handler). It lowers its own
CPU priority first (POLICYQA_WORKER_NICE) and then embeds on one thread, so that answering keeps
its speed while it ingests or evaluates (scripts/bench_ask_during_ingest.py measures it). A second
worker started at the same time finds the worker lock taken and exits at once. SIGTERM (a service
stop) puts the running job back in the queue and ends the worker; the job resumes with the next one.
"""
from __future__ import annotations

import fcntl
import importlib
import logging
import os
import signal
import sys
import traceback
from types import FrameType

from ingest import config
from ingest.settings import get_settings
from server.jobs import WORKER_LOCK, Job, JobError, JobProgress, JobReporter, JobStore, now

log = logging.getLogger("policyqa.worker")


class Interrupted(BaseException):
    """SIGTERM: stop now, leave the job to be resumed."""


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s worker %(process)d %(message)s")
    if argv:
        print("usage: python -m server.worker (the data directory is POLICYQA_DATA_DIR's)", file=sys.stderr)
        return 2
    nice = get_settings().worker_nice
    if nice:
        os.nice(nice)
    signal.signal(signal.SIGTERM, _on_term)
    store = JobStore(config.data_dir())
    store.root.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(store.root / WORKER_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return 0  # another worker has the queue
        try:
            if nice:
                _torch_threads(1)  # embedding on one core: the other stays free for answering
            store.recover()
            while (job := store.next_queued()) is not None:
                run(store, job)
            store.prune()
        except Interrupted:
            return 1
        finally:
            os.close(fd)
        if store.next_queued() is None:  # a job queued while we were letting go of the lock: go on
            return 0


def run(store: JobStore, job: Job) -> None:
    job.state, job.started, job.attempts = "running", now(), job.attempts + 1
    job.progress = JobProgress(stage="starting")
    store.save(job)
    log.info("job %s (%s) started, attempt %d", job.job_id, job.kind, job.attempts)
    try:
        handler = importlib.import_module(job.handler)
        handler.run(job, store, JobReporter(store, job))
    except Interrupted:
        job.state, job.progress = "queued", JobProgress(stage="interrupted")
        store.save(job)
        log.info("job %s interrupted; it resumes with the next worker", job.job_id)
        raise
    except Exception as e:  # noqa: BLE001 - the job fails, the worker goes on with the next one
        log.error("job %s failed:\n%s", job.job_id, traceback.format_exc())
        job.state = "failed"
        job.errors.append(JobError(file="", reason=f"内部错误 / internal error: {type(e).__name__}: {e}"))
    else:
        if job.state == "running":
            job.state = "done"
        job.progress = JobProgress(done=1, total=1, stage="done")
    job.finished = now()
    store.save(job)
    log.info("job %s %s", job.job_id, job.state)


def _torch_threads(n: int) -> None:
    import torch

    torch.set_num_threads(n)


def _on_term(signum: int, frame: FrameType | None) -> None:
    raise Interrupted()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
