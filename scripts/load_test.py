"""Load test: N concurrent clients for T seconds against `policyqa serve`, loopback only.

    .venv/bin/python scripts/load_test.py                      # 16 clients × 60 s, starts its own server
    .venv/bin/python scripts/load_test.py --clients 32 --seconds 120 --workers 2
    .venv/bin/python scripts/load_test.py --url http://127.0.0.1:8000   # a running server (loopback only)

Each client keeps one HTTP connection and sends, in a loop until the time is up, the real
questions of eval/testset.jsonl (every 8th request a document page instead). Reported: request
count, errors (any non-200 or transport failure), latency p50/p95/p99, throughput, and the
server's resident memory (the process and its uvicorn workers) after start, after warm-up and
at the end. Exit status 1 on any error or when RSS grows by more than --max-rss-growth-mb
(default 200 MB per worker: each fills its own caches) between warm-up and end; 0 otherwise.
Warm-up is a few questions, then one concurrent burst (reworded questions, so nothing timed is
cached by it): the thread pool and the model's buffers grow once, before the memory is read.

The server this script starts gets POLICYQA_RATE_LIMIT=off (or --rate-limit): the per-client
rate limit of server/security.py would otherwise answer most of these requests, all from one
IP, with 429. A server given by --url keeps its own limit; its 429s count as errors.
Tests reuse `serve()`, `wait_ready()` and `rss_bytes()` (tests/test_scaleout.py, tests/test_load_short.py).
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
TESTSET = REPO_ROOT / "eval" / "testset.jsonl"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


# --- a `policyqa serve` subprocess -----------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path


@contextmanager
def serve(env: dict[str, str], log: Path, workers: int = 1, timeout: float = 120,
          port: int | None = None) -> Iterator[Server]:
    """`policyqa serve` on loopback (`port`, or a free one) with `env` added to this environment;
    stopped on exit."""
    port = port or free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "policyqa", "serve", "--host", "127.0.0.1", "--port", str(port),
             "--workers", str(workers)],
            cwd=REPO_ROOT, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        wait_ready(server, timeout)
        yield server
    finally:
        process.terminate()  # uvicorn stops its workers on SIGTERM
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_ready(server: Server, timeout: float) -> None:
    """Until /api/health answers 200 (the index is open), or fail with the server's log."""
    deadline = time.monotonic() + timeout
    while True:
        if server.process.poll() is not None:
            raise RuntimeError(f"policyqa serve exited with {server.process.returncode}:\n{server.log.read_text()}")
        try:
            if httpx.get(f"{server.url}/api/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"policyqa serve not ready after {timeout:.0f} s:\n{server.log.read_text()}")
        time.sleep(0.3)


def rss_bytes(pid: int) -> int:
    """Resident memory of `pid` and all its descendants (uvicorn workers), from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


# --- the load ---------------------------------------------------------------------------------

def real_questions() -> list[str]:
    return [json.loads(line)["question"] for line in TESTSET.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Result:
    clients: int
    seconds: float
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests
    errors: list[str] = field(default_factory=list)
    rss_mb: dict[str, float] = field(default_factory=dict)  # start / warm / end

    @property
    def requests(self) -> int:
        return len(self.latencies) + len(self.errors)

    def percentile(self, p: float) -> float:
        """Latency percentile in ms (nearest rank)."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))] * 1000

    def summary(self) -> dict[str, object]:
        return {"clients": self.clients, "seconds": round(self.seconds, 1), "requests": self.requests,
                "errors": len(self.errors), "throughput_rps": round(self.requests / self.seconds, 2),
                "p50_ms": round(self.percentile(50), 1), "p95_ms": round(self.percentile(95), 1),
                "p99_ms": round(self.percentile(99), 1),
                "mean_ms": round(statistics.fmean(self.latencies) * 1000, 1) if self.latencies else None,
                "rss_mb": self.rss_mb, "first_errors": self.errors[:5]}


def run_load(url: str, clients: int, seconds: float, headers: dict[str, str] | None = None) -> Result:
    """`clients` threads, one connection each, asking real questions until `seconds` have passed."""
    questions = real_questions()
    doc_ids = [d["doc_id"] for d in httpx.get(f"{url}/api/documents", headers=headers, timeout=30).json()]
    result = Result(clients, seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        with httpx.Client(base_url=url, headers=headers, timeout=120) as http:
            i = number * 7  # clients start at different questions
            while time.monotonic() < deadline:
                i += 1
                t0 = time.perf_counter()
                try:
                    if i % 8 == 0:
                        r = http.get(f"/api/documents/{doc_ids[i % len(doc_ids)]}")
                    else:
                        r = http.post("/api/ask", json={"question": questions[i % len(questions)]})
                    error = None if r.status_code == 200 else f"{r.status_code} {r.request.url.path}: {r.text[:200]}"
                except httpx.HTTPError as err:
                    error = f"{type(err).__name__}: {err}"
                elapsed = time.perf_counter() - t0
                with lock:
                    if error:
                        result.errors.append(error)
                    else:
                        result.latencies.append(elapsed)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.seconds = time.monotonic() - started  # includes the requests still running at the deadline
    return result


def warm_up(url: str, clients: int, headers: dict[str, str] | None = None) -> None:
    """A few questions one by one (the embedding model loads on the first), then one concurrent
    burst of `clients` questions: the server's thread pool and the model's batch buffers grow
    to their working size once, and the memory bound then measures growth under load, not that."""
    questions = real_questions()
    for question in questions[:3]:
        httpx.post(f"{url}/api/ask", json={"question": question}, headers=headers, timeout=300).raise_for_status()

    def ask(question: str) -> None:
        httpx.post(f"{url}/api/ask", json={"question": question}, headers=headers, timeout=300).raise_for_status()
    # reworded, so that the timed run does not find these questions cached
    burst = [threading.Thread(target=ask, args=(f"请问：{q}",)) for q in questions[-clients:]]
    for t in burst:
        t.start()
    for t in burst:
        t.join()


def measure(url: str, pid: int | None, clients: int, seconds: float,
            headers: dict[str, str] | None = None) -> Result:
    mb = (lambda: round(rss_bytes(pid) / 2**20, 1)) if pid else (lambda: float("nan"))
    start = mb()
    warm_up(url, clients, headers)
    warm = mb()
    result = run_load(url, clients, seconds, headers)
    result.rss_mb = {"start": start, "warm": warm, "end": mb()}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--url", help="a running server on this machine (default: start one)")
    parser.add_argument("--pid", type=int, help="with --url: the server's pid, for its memory")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers of the server started")
    parser.add_argument("--port", type=int, help="port of the server started (default: a free one)")
    parser.add_argument("--data-dir", type=Path, help="POLICYQA_DATA_DIR of the server started (default: as set)")
    parser.add_argument("--rate-limit", default="off", help="POLICYQA_RATE_LIMIT of the server started")
    parser.add_argument("--max-rss-growth-mb", type=float, default=200,
                        help="per worker of the server started (each fills its own caches); for --url, in all")
    parser.add_argument("--log", type=Path, default=Path("load_test_server.log"))
    args = parser.parse_args(argv)
    if args.clients < 1 or args.seconds <= 0:
        parser.error("--clients and --seconds must be positive")
    headers = {"X-API-Key": os.environ["POLICYQA_API_KEY"]} if os.environ.get("POLICYQA_API_KEY") else None

    if args.url:
        if urlparse(args.url).hostname not in LOOPBACK:
            parser.error("--url must be a loopback address: this load is for your own machine only")
        result = measure(args.url.rstrip("/"), args.pid, args.clients, args.seconds, headers)
    else:
        env = {"POLICYQA_RATE_LIMIT": args.rate_limit}
        if args.data_dir:
            env["POLICYQA_DATA_DIR"] = str(args.data_dir.resolve())
        with serve(env, args.log, args.workers, port=args.port) as server:
            result = measure(server.url, server.process.pid, args.clients, args.seconds, headers)

    report = result.summary()
    growth = report["rss_mb"]["end"] - report["rss_mb"]["warm"]  # type: ignore[index]
    report["rss_growth_mb"] = round(growth, 1) if growth == growth else None
    bound = args.max_rss_growth_mb * (1 if args.url else args.workers)
    report["max_rss_growth_mb"] = bound
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if result.errors:
        print(f"FAIL: {len(result.errors)} errors", file=sys.stderr)
        return 1
    if growth > bound:
        print(f"FAIL: server RSS grew by {growth:.0f} MB (bound {bound:.0f} MB)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
