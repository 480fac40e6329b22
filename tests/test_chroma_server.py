"""Server mode: a real `chroma run` subprocess holds the vectors (POLICYQA_CHROMA_URL)."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from ingest import index as index_module
from ingest.config import REPO_ROOT
from ingest.index import Index, builds_dir
from ingest.pipeline import run_ingest
from ingest.store import EMBEDDED_DIR, collection_name, connect

CHROMA = REPO_ROOT / ".venv" / "bin" / "chroma"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_url(tmp_path: Path):
    executable = CHROMA if CHROMA.exists() else shutil.which("chroma")
    assert executable, "the chroma CLI (chromadb) is not installed"
    port = _free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen([str(executable), "run", "--path", str(tmp_path / "chroma-server"),
                             "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (tmp_path / "chroma.log").read_text()
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "chroma server did not start within 60 s"
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _server_collections(url: str) -> set[str]:
    return {c.name for c in connect(Path("."), url).list_collections()}


def test_ingest_and_query_through_a_chroma_server(chroma_url: str, data_copy: Path, corpus_copy: Path,
                                                   index: Index, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("POLICYQA_CHROMA_URL", chroma_url)
    # moving an embedded index to the server copies its vectors; nothing is re-embedded
    moved = run_ingest([corpus_copy], None, False, data_dir=data_copy)
    assert moved.switched and moved.embedded == 0 and any("vector store changed" in n for n in moved.notes), str(moved)
    assert not (builds_dir(data_copy) / moved.build_id / EMBEDDED_DIR).exists()
    assert _server_collections(chroma_url) == {collection_name(moved.build_id)}

    served = Index.open(data_copy)
    assert served.manifest["chroma"] == {"mode": "server", "url": chroma_url,
                                         "collection": collection_name(moved.build_id)}
    assert sorted(served.vector_ids()) == sorted(c.chunk_id for c in served.chunks)
    top = served.dense_search("九年義務教育鞏固率", 3)
    assert [i for i, _ in top] == [i for i, _ in index.dense_search("九年義務教育鞏固率", 3)]
    assert served.chunks[top[0][0]].doc_id == "banan-education-plan-2021"
    only = served.dense_search("巩固率", 5, doc_ids=["rongchang-self-evaluation"])
    assert only and {served.chunks[i].doc_id for i, _ in only} == {"rongchang-self-evaluation"}
    # a library too large to rank exactly asks the server (a build this small is ranked from vectors.npy)
    with monkeypatch.context() as m:
        m.setattr(index_module, "LOCAL_DENSE_MAX", 0)
        asked = Index.open(data_copy)
        assert asked.chunks[asked.dense_search("九年義務教育鞏固率", 3)[0][0]].doc_id == "banan-education-plan-2021"
        only = asked.dense_search("巩固率", 5, doc_ids=["rongchang-self-evaluation"])
        assert only and {asked.chunks[i].doc_id for i, _ in only} == {"rongchang-self-evaluation"}

    # an update writes a new collection; the server keeps the current and the previous one only
    assert run_ingest([corpus_copy], None, False, data_dir=data_copy).switched is False
    (corpus_copy / "liangjiang-briefing-2020.txt").unlink()
    second = run_ingest([corpus_copy], None, False, data_dir=data_copy)
    assert second.removed == ["liangjiang-briefing-2020"]
    kaizhou = corpus_copy / "kaizhou-news-2020.txt"
    kaizhou.write_bytes(kaizhou.read_bytes() + "\n开州区新建智慧教室一百二十八间。\n".encode())
    third = run_ingest([corpus_copy], None, False, data_dir=data_copy)
    assert third.updated == ["kaizhou-news-2020"]
    assert _server_collections(chroma_url) == {collection_name(second.build_id), collection_name(third.build_id)}
    assert served.reload_if_changed() and served.build_id == third.build_id
    assert sorted(served.vector_ids()) == sorted(c.chunk_id for c in served.chunks)
    assert served.chunks[served.dense_search("智慧教室一百二十八间", 1)[0][0]].doc_id == "kaizhou-news-2020"
