"""`/api/ask` latency while the library's ingest job runs, against the same at rest.

Starts `policyqa serve` on a copy of an index (or a fresh ingest of corpus/), asks the test-set
questions one after another at rest, then uploads synthetic documents (eval/bench.py: renamed regions,
perturbed numbers, so every chunk is new and must be embedded) through POST /api/documents and asks
the same questions while the job's worker parses and embeds them, then at rest again (on a shared
machine the load of others moves the baseline). Prints p50/p95/max of each phase and the ratio of
the p95 during the job to the p95 at rest (the goal: within 2×).

    .venv/bin/python scripts/bench_ask_during_ingest.py [--data-dir DATA] [--copies 2] [--requests 60]
                                                          [--worker-nice 10]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from eval.bench import ORIGINAL, synthesise  # noqa: E402
from eval.schema import load_testset  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path,
                        help="a data directory with an index to copy (default: ingest corpus/)")
    parser.add_argument("--copies", type=int, default=2, help="synthetic copies of corpus/ to upload (default 2)")
    parser.add_argument("--requests", type=int, default=60, help="questions asked in each phase (default 60)")
    parser.add_argument("--worker-nice", type=int, default=10, help="POLICYQA_WORKER_NICE for the job worker")
    parser.add_argument("--port", type=int, default=0, help="port for the server (default: a free one)")
    args = parser.parse_args()

    questions = [item.question for item in load_testset() if not item.history][:args.requests]
    with tempfile.TemporaryDirectory(prefix="policyqa-bench-ask-") as tmp:
        work = Path(tmp)
        data = work / "data"
        env = {**os.environ, "POLICYQA_DATA_DIR": str(data), "POLICYQA_RATE_LIMIT": "off",
               "POLICYQA_WORKER_NICE": str(args.worker_nice), "POLICYQA_MAX_DOCUMENT": "50MiB"}
        env.pop("POLICYQA_API_KEY", None)
        if args.data_dir:
            shutil.copytree(args.data_dir, data,
                            ignore=shutil.ignore_patterns("ingest.lock", "jobs", "library", "eval"))
        else:
            subprocess.run([sys.executable, "-m", "policyqa", "ingest"], cwd=REPO, env=env, check=True)
        # copy 0 is the corpus, already ingested
        files = [p for p in synthesise(args.copies + 1, work / "synthetic") if not p.stem.endswith(ORIGINAL)]
        port = args.port or _free_port()
        url = f"http://127.0.0.1:{port}"
        log = (work / "server.log").open("w")
        server = subprocess.Popen([sys.executable, "-m", "policyqa", "serve", "--port", str(port)], cwd=REPO, env=env,
                                  stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            _wait_ready(url)
            for q in questions[:5]:
                _ask(url, q)  # warm-up: model, jieba, caches
            rest = [_ask(url, q) for q in questions]

            upload = httpx.post(f"{url}/api/documents", timeout=300,
                                files=[("files", (p.name, p.read_bytes())) for p in files]).json()
            job_id = upload["job_id"]
            while _job(url, job_id)["progress"]["stage"] not in ("reading", "embedding", "writing"):
                time.sleep(0.05)
            busy, stages, i = [], [], 0
            while True:
                job = _job(url, job_id)
                if job["state"] in ("done", "failed"):
                    break
                busy.append(_ask(url, questions[i % len(questions)]))
                stages.append(job["progress"]["stage"])
                i += 1
            while (job := _job(url, job_id))["state"] not in ("done", "failed"):
                time.sleep(0.5)
            after = [_ask(url, q) for q in questions]  # at rest again: the machine may be shared
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(30)
    summary = job.get("summary", {})
    print(f"job: {job['state']}, {len(summary.get('added', []))} documents added, {summary.get('embedded')} chunks "
          f"embedded, {summary.get('seconds')} s in the build; worker nice {args.worker_nice}; "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    print(f"{'phase':<22}{'n':>5}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for name, values in (("at rest, before", rest), ("during the ingest job", busy), ("at rest, after", after)):
        print(f"{name:<22}{len(values):>5}{np.percentile(values, 50):>10.0f}{np.percentile(values, 95):>10.0f}"
              f"{max(values):>10.0f}")
    stage_counts = {s: stages.count(s) for s in dict.fromkeys(stages)}
    print(f"questions asked per job stage: {json.dumps(stage_counts)}")
    ratio = np.percentile(busy, 95) / np.percentile(rest + after, 95)
    print(f"p95 during ÷ p95 at rest (before and after together): {ratio:.2f} (goal ≤ 2)")
    return 0 if len(busy) >= 5 else 1  # too few requests during the job to measure anything


def _ask(url: str, question: str) -> float:
    started = time.perf_counter()
    response = httpx.post(f"{url}/api/ask", json={"question": question}, timeout=120)
    response.raise_for_status()
    return (time.perf_counter() - started) * 1000


def _job(url: str, job_id: str) -> dict:
    return httpx.get(f"{url}/api/jobs/{job_id}", timeout=30).json()


def _wait_ready(url: str) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise RuntimeError("server not ready")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    sys.exit(main())
