"""Scale-out with real processes: a `chroma run` server, two `policyqa serve` replicas, CLI ingests.

The deployment this tests (README.md, "Deployment"): vectors live in the Chroma server; the rest of a
build (documents, chunks, BM25, figures, the CURRENT pointer) lives in one data directory that
every replica mounts from a shared filesystem, read-only for them. Replicas hold no state of
their own: each follows CURRENT (server/deps.py), so an ingest run from any one host is seen by
all of them within a second.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from ingest.config import DEFAULT_CORPUS, REPO_ROOT
from ingest.index import read_current
from ingest.pipeline import run_ingest
from scripts.load_test import Server, serve
from server import deps
from server.service import service_for
from tests.test_chroma_server import chroma_url  # noqa: F401  (the `chroma run` fixture)

CORPUS_IDS = sorted(p.stem for p in DEFAULT_CORPUS.glob("*.txt"))
GOOD = "巴南区2025年在园幼儿数目标是多少？"
NEW_SENTENCE = "开州区今年新建智慧教室一百二十八间，实现城乡学校全覆盖。"


def _ingest(corpus: Path, env: dict[str, str]) -> str:
    """`policyqa ingest CORPUS` as an operator runs it; its output."""
    done = subprocess.run([sys.executable, "-m", "policyqa", "ingest", str(corpus)], cwd=REPO_ROOT,
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def _docs(server: Server) -> list[str]:
    return [d["doc_id"] for d in httpx.get(f"{server.url}/api/documents", timeout=30).json()]


def _ask(server: Server, question: str) -> dict:
    r = httpx.post(f"{server.url}/api/ask", json={"question": question}, timeout=120)
    assert r.status_code == 200, r.text
    return r.json()


def _wait_for_build(server: Server, build_id: str, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while (seen := httpx.get(f"{server.url}/api/health", timeout=10).json()["build_id"]) != build_id:
        assert time.monotonic() < deadline, f"{server.url} still on {seen}, not {build_id}"
        time.sleep(0.2)


def test_two_replicas_on_a_chroma_server_see_the_same_index_and_follow_an_ingest(
        chroma_url: str, data_copy: Path, corpus_copy: Path, tmp_path: Path):  # noqa: F811
    env = {"POLICYQA_DATA_DIR": str(data_copy), "POLICYQA_CHROMA_URL": chroma_url, "POLICYQA_RATE_LIMIT": "off"}
    assert "vector store changed" in _ingest(corpus_copy, env)  # into the Chroma server
    first = read_current(data_copy)

    with serve(env, tmp_path / "a.log") as a, serve(env, tmp_path / "b.log") as b:
        for server in (a, b):
            assert httpx.get(f"{server.url}/api/health", timeout=10).json()["build_id"] == first
            assert _docs(server) == CORPUS_IDS
        answers = [_ask(server, GOOD) for server in (a, b)]
        assert "4.85" in answers[0]["answer"] and answers[0]["answer"] == answers[1]["answer"]
        assert [c["doc_id"] for c in answers[0]["citations"]] == [c["doc_id"] for c in answers[1]["citations"]]

        # an operator changes the corpus and ingests from one host; both replicas move over
        kaizhou = corpus_copy / "kaizhou-news-2020.txt"
        kaizhou.write_bytes(kaizhou.read_bytes() + f"\n{NEW_SENTENCE}\n".encode())
        (corpus_copy / "liangjiang-briefing-2020.txt").unlink()
        _ingest(corpus_copy, env)
        second = read_current(data_copy)
        assert second != first
        for server in (a, b):
            _wait_for_build(server, second)
            assert _docs(server) == [d for d in CORPUS_IDS if d != "liangjiang-briefing-2020"]
            cited = _ask(server, "开州区新建智慧教室多少间？")["citations"]
            assert any(c["doc_id"] == "kaizhou-news-2020" and "一百二十八间" in c["text"] for c in cited), cited
            r = httpx.get(f"{server.url}/api/documents/liangjiang-briefing-2020", timeout=10)
            assert r.status_code == 404


def test_two_uvicorn_workers_share_one_index(built_index_dir: Path, tmp_path: Path):
    """`policyqa serve --workers 2`: both worker processes answer, from the same build.
    The worker is told by the X-Request-ID prefix (a random tag per process, server/security.py)."""
    env = {"POLICYQA_DATA_DIR": str(built_index_dir), "POLICYQA_RATE_LIMIT": "off"}
    with serve(env, tmp_path / "server.log", workers=2) as server:
        by_worker: dict[str, list[str]] = {}
        failures: list[str] = []
        lock = threading.Lock()
        # the clients stop once both workers have answered twice; the long bound only matters on a loaded machine,
        # where the second worker may still be loading the model when the first has answered many times
        deadline = time.monotonic() + 300

        def client() -> None:
            while time.monotonic() < deadline:
                with lock:
                    if len(by_worker) >= 2 and all(len(v) >= 2 for v in by_worker.values()):
                        return
                # a new connection each time: the kernel hands connections to the workers
                r = httpx.post(f"{server.url}/api/ask", json={"question": GOOD}, timeout=120,
                               headers={"Connection": "close"})
                with lock:
                    if r.status_code != 200:
                        failures.append(f"{r.status_code}: {r.text[:200]}")
                        return
                    by_worker.setdefault(r.headers["x-request-id"].split("-")[0], []).append(r.json()["answer"])

        threads = [threading.Thread(target=client) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not failures, failures
        assert len(by_worker) == 2, f"only {len(by_worker)} worker answered"
        answers = {answer for answers in by_worker.values() for answer in answers}
        assert len(answers) == 1 and "4.85" in answers.pop()


def test_get_index_follows_current_and_keeps_serving_through_a_damaged_switch(
        data_copy: Path, corpus_copy: Path, monkeypatch: pytest.MonkeyPatch):
    """In-process view of what the replicas above rely on (server/deps.py)."""
    monkeypatch.setenv("POLICYQA_DATA_DIR", str(data_copy))
    monkeypatch.setattr(deps, "RELOAD_CHECK_SECONDS", 0.0)
    deps.use_index(None)
    try:
        before = deps.get_index()
        assert deps.get_index() is before  # no ingest: the same object, nothing reloaded
        (corpus_copy / "liangjiang-briefing-2020.txt").unlink()
        switched = run_ingest([corpus_copy], None, False, data_dir=data_copy).build_id
        after = deps.get_index()
        assert after is not before and after.build_id == switched
        assert "liangjiang-briefing-2020" not in after.documents
        assert "liangjiang-briefing-2020" in before.documents  # a request on the old build finishes on it
        assert service_for(after) is not service_for(before)  # no Service built on the old chunk list

        (data_copy / "CURRENT").write_text("20990101T000000-gone00", encoding="utf-8")  # damaged switch
        assert deps.get_index() is after  # keeps answering from the build it has
    finally:
        deps.use_index(None)
