"""The document library's API against a real server process and its real job worker (server/jobs.py,
server/worker.py) on a copy of the corpus index: uploads checked and ingested in the background, the
index answering from them, metadata edits, deletion, and every kind of bad input — a file over the
size limit, a zip bomb, an executable renamed .pdf, hostile names, empty and corrupt files, the same
file twice, 20 files at once, two uploads at once, a build lock held by `policyqa ingest`, and
kill -9 of the server and its worker in the middle of a job."""
from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import docx
import httpx
import pytest
from fastapi.testclient import TestClient

from ingest.buildstore import BuildLock
from ingest.config import REPO_ROOT
from ingest.index import read_current
from server.jobs import JobStore

MIB = 1024 * 1024
JOB_TIMEOUT = 300  # a job on a busy 2-core machine: model load + embedding


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    data: Path


@contextmanager
def serve(data: Path, log: Path, **env: str) -> Iterator[Server]:
    """`policyqa serve` in a session of its own (so that the test can kill it and its job worker together)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = {"POLICYQA_DATA_DIR": str(data), "POLICYQA_RATE_LIMIT": "off", "POLICYQA_MAX_DOCUMENT": "1MiB",
                "POLICYQA_MAX_UPLOAD_BATCH": "8MiB", **env}
    environment = {k: v for k, v in os.environ.items() if k != "POLICYQA_API_KEY"} | settings
    with log.open("a") as out:
        process = subprocess.Popen([sys.executable, "-m", "policyqa", "serve", "--host", "127.0.0.1", "--port",
                                    str(port)], cwd=REPO_ROOT, env=environment, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    server = Server(f"http://127.0.0.1:{port}", process, data)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if httpx.get(f"{server.url}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.3)
        yield server
    finally:
        stop(server, signal.SIGTERM)


def stop(server: Server, sig: int) -> None:
    """Signal the server's whole session (server and job worker) and wait for them."""
    try:
        os.killpg(server.process.pid, sig)
    except ProcessLookupError:
        return
    server.process.wait(30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # the worker, a child of the server, ends with its job
        try:
            os.killpg(server.process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)


@pytest.fixture(scope="module")
def server(built_index_dir: Path, tmp_path_factory) -> Iterator[Server]:
    import shutil

    data = tmp_path_factory.mktemp("library-api") / "data"
    shutil.copytree(built_index_dir, data, ignore=shutil.ignore_patterns("ingest.lock"))
    with serve(data, data.parent / "server.log") as s:
        yield s


# --- helpers ---------------------------------------------------------------------------------------

def post_files(server: Server, files: list[tuple[str, bytes]]) -> httpx.Response:
    """A multipart upload with the names exactly as given (raw bytes: a hostile client escapes nothing)."""
    boundary = "policyqa-test-boundary"
    body = b"".join(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                    f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n" for name, data in files)
    return httpx.post(f"{server.url}/api/documents", content=body + f"--{boundary}--\r\n".encode(), timeout=120,
                      headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})


def wait_job(server: Server, job_id: str, timeout: float = JOB_TIMEOUT) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        job = httpx.get(f"{server.url}/api/jobs/{job_id}", timeout=30).json()
        if job["state"] in ("done", "failed"):
            return job
        assert time.monotonic() < deadline, job
        time.sleep(0.5)


def upload(server: Server, files: list[tuple[str, bytes]]) -> dict:
    response = post_files(server, files)
    assert response.status_code == 202, response.text
    job = wait_job(server, response.json()["job_id"])
    wait_build(server, job["summary"].get("build_id"))
    return job


def wait_build(server: Server, build_id: str | None) -> None:
    deadline = time.monotonic() + 15
    while build_id and httpx.get(f"{server.url}/api/health", timeout=10).json()["build_id"] != build_id:
        assert time.monotonic() < deadline
        time.sleep(0.2)


def ask(server: Server, question: str) -> dict:
    response = httpx.post(f"{server.url}/api/ask", json={"question": question}, timeout=120)
    assert response.status_code == 200, response.text
    return response.json()


def documents(server: Server) -> dict[str, dict]:
    return {d["doc_id"]: d for d in httpx.get(f"{server.url}/api/documents", timeout=30).json()}


def notice(county: str, schools: int, seats: int) -> bytes:
    return (f"{county}教育委员会关于2026年学校建设的通知\n一、建设目标\n"
            f"2026年，{county}新建义务教育学校{schools}所，新增学位{seats}个。\n").encode()


def word(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


def english_pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


# --- the round trip --------------------------------------------------------------------------------

def test_upload_answer_edit_delete(server: Server):
    before = set(documents(server))
    job = upload(server, [("忠县2026年教育工作要点.docx", word(
        ["忠县2026年教育工作要点", "一、主要目标", "到2026年底，忠县学前教育毛入园率达到96.5%。"],
        [["指标", "2025年", "2026年目标"], ["义务教育巩固率(%)", "98.2", "99.1"]]))])
    assert job["state"] == "done" and not job["errors"], job
    (added,) = job["summary"]["added"]
    assert added["file"] == "忠县2026年教育工作要点.docx" and added["title"] == "忠县2026年教育工作要点"
    doc = documents(server)[added["doc_id"]]
    assert doc["origin"] == "library" and doc["file"] == "忠县2026年教育工作要点.docx"
    assert doc["table_count"] == 1 and doc["chunk_count"] >= 2 and doc["region"] == ["忠县"] and doc["added"]

    answer = ask(server, "忠县2026年学前教育毛入园率目标是多少？")
    assert not answer["abstained"] and "96.5" in answer["answer"]
    assert answer["citations"][0]["doc_id"] == added["doc_id"]
    full = httpx.get(f"{server.url}/api/documents/{added['doc_id']}", timeout=30).json()
    cited = answer["citations"][0]
    assert full["text"][cited["start"]:cited["end"]] == cited["text"]

    edit = httpx.patch(f"{server.url}/api/documents/{added['doc_id']}", timeout=30,
                       json={"number": "忠教发〔2026〕5号", "date": "2026-03-01", "issuer": "忠县教育委员会"})
    assert edit.status_code == 202, edit.text
    edited = wait_job(server, edit.json()["job_id"])
    wait_build(server, edited["summary"]["build_id"])
    doc = documents(server)[added["doc_id"]]
    assert (doc["number"], doc["date"], doc["issuer"]) == ("忠教发〔2026〕5号", "2026-03-01", "忠县教育委员会")
    assert doc["edited"] == ["date", "issuer", "number"]
    for bad in ({"date": "2026-02-30"}, {"title": "a\nb"}, {"nope": 1}, {}):
        assert httpx.patch(f"{server.url}/api/documents/{added['doc_id']}", json=bad, timeout=30).status_code == 422

    removal = httpx.delete(f"{server.url}/api/documents/{added['doc_id']}", timeout=30)
    assert removal.status_code == 202
    removed = wait_job(server, removal.json()["job_id"])
    wait_build(server, removed["summary"]["build_id"])
    assert removed["summary"]["removed"] == [added["doc_id"]] and set(documents(server)) == before
    assert ask(server, "忠县2026年学前教育毛入园率目标是多少？")["abstained"]
    assert not list((server.data / "library" / "files").glob(f"{added['doc_id']}.*"))
    assert httpx.delete(f"{server.url}/api/documents/{added['doc_id']}", timeout=30).status_code == 404


# --- bad input -------------------------------------------------------------------------------------

def test_bad_files_are_refused_or_reported_by_name_and_the_rest_goes_on(server: Server):
    bomb = zipped({"word/document.xml": b"\x00" * (40 * MIB), "[Content_Types].xml": b"<Types/>"})
    corrupt_docx = zipped({"word/document.xml": b"<w:document>not xml", "[Content_Types].xml": b"<Types/>"})
    response = post_files(server, [
        ("big.txt", "大".encode() * (MIB // 3 + 10)),  # over POLICYQA_MAX_DOCUMENT=1MiB
        ("bomb.docx", bomb),
        ("invoice.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + os.urandom(2000)),  # an executable renamed .pdf
        ("empty.txt", b""),
        ("tool.exe", b"MZ\x90\x00"),
        ("../../escape-notice.pdf", english_pdf("Education notice 2026: the county builds 4 new schools.")),
        ("CON.txt", notice("垫江县", 5, 3100)),
        ("bad\x01\x1bname.txt", notice("城口县", 2, 900)),
        ("damaged.docx", corrupt_docx),
        ("damaged.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage"),
    ])
    assert response.status_code == 202, response.text
    body = response.json()
    rejected = {r["file"]: r["reason"] for r in body["rejected"]}
    assert set(rejected) == {"big.txt", "bomb.docx", "invoice.pdf", "empty.txt", "tool.exe"}
    assert "too large" in rejected["big.txt"] and "zip bomb" in rejected["bomb.docx"]
    assert "Windows executable" in rejected["invoice.pdf"] and "空文件" in rejected["empty.txt"]
    assert "unsupported file type .exe" in rejected["tool.exe"]
    assert body["files"] == ["escape-notice.pdf", "CON.txt", "badname.txt", "damaged.docx", "damaged.pdf"]

    job = wait_job(server, body["job_id"])
    wait_build(server, job["summary"]["build_id"])
    assert job["state"] == "done"
    errors = {e["file"]: e["reason"] for e in job["errors"]}
    assert set(errors) == set(rejected) | {"damaged.docx", "damaged.pdf"}
    assert "DOCX" in errors["damaged.docx"] and "PDF" in errors["damaged.pdf"]
    added = {a["file"]: a["doc_id"] for a in job["summary"]["added"]}
    assert added == {"escape-notice.pdf": "escape-notice", "CON.txt": "CON-doc", "badname.txt": "badname"}
    stored = sorted(p.name for p in (server.data / "library" / "files").iterdir())
    assert {"escape-notice.pdf", "CON-doc.txt", "badname.txt"} <= set(stored)
    assert not any("damaged" in name for name in stored)  # what failed to parse did not stay
    assert not (server.data.parent / "escape-notice.pdf").exists() and not (server.data / "escape-notice.pdf").exists()
    assert "5" in ask(server, "垫江县2026年新建义务教育学校多少所？")["answer"]


def test_uploads_with_nothing_usable_or_too_large_are_refused_whole(server: Server):
    response = post_files(server, [("a.exe", b"MZ"), ("b.txt", b"")])
    assert response.status_code == 422
    assert {r["file"] for r in response.json()["rejected"]} == {"a.exe", "b.txt"}
    assert response.status_code == 422 and "no file could be accepted" in response.json()["detail"]
    assert post_files(server, [("big.txt", b"x" * (2 * MIB))]).status_code == 413
    assert httpx.post(f"{server.url}/api/documents", files={"other": ("a.txt", b"x")}, timeout=30).status_code == 422
    assert httpx.post(f"{server.url}/api/documents", content=b"not multipart", timeout=30,
                      headers={"Content-Type": "application/json"}).status_code in (400, 422)
    # a body announcing more than POLICYQA_MAX_UPLOAD_BATCH (8 MiB) is refused before it is read
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(b"POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                     b"Content-Length: 524288000\r\n\r\n--b\r\n")
        assert sock.recv(100).startswith(b"HTTP/1.1 413")
    # and one that streams past it is cut off (no Content-Length: chunked)
    def chunks():
        yield b"--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"x.txt\"\r\n\r\n"
        for _ in range(10):
            yield b"x" * MIB
    streamed = httpx.post(f"{server.url}/api/documents", content=chunks(), timeout=60,
                          headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert streamed.status_code == 413 and "8 MiB" in streamed.json()["detail"]
    assert not [d for d in (server.data / "jobs").iterdir() if d.is_dir() and not (d / "job.json").exists()]


def test_the_same_file_twice_is_one_document(server: Server):
    data = notice("巫溪县", 6, 4200)
    first = upload(server, [("巫溪.txt", data), ("巫溪-副本.txt", data)])
    (added,) = first["summary"]["added"]
    assert first["summary"]["duplicates"] == [{"file": "巫溪-副本.txt", "doc_id": added["doc_id"],
                                               "title": added["title"]}]
    build = read_current(server.data)
    again = upload(server, [("巫溪（重新上传）.txt", data)])
    assert again["state"] == "done" and not again["summary"]["added"]
    assert again["summary"]["duplicates"][0]["doc_id"] == added["doc_id"]
    assert read_current(server.data) == build  # nothing to build
    # a corpus document uploaded again is a duplicate of it too
    corpus = (REPO_ROOT / "corpus" / "kaizhou-news-2020.txt").read_bytes()
    assert upload(server, [("开州.txt", corpus)])["summary"]["duplicates"][0]["doc_id"] == "kaizhou-news-2020"


def test_a_new_version_under_the_same_name_replaces_the_old_and_a_broken_one_keeps_it(server: Server):
    first = upload(server, [("秀山通知.txt", notice("秀山土家族苗族自治县", 3, 1000))])
    doc_id = first["summary"]["added"][0]["doc_id"]
    second = upload(server, [("秀山通知.txt", notice("秀山土家族苗族自治县", 4, 1500))])
    assert [u["doc_id"] for u in second["summary"]["updated"]] == [doc_id]
    assert "1500" in ask(server, "秀山土家族苗族自治县2026年新增学位多少个？")["answer"]
    broken = upload(server, [("秀山通知.txt", b"\x00\x01\x02 binary junk \x00")])
    assert broken["errors"] and broken["errors"][0]["file"] == "秀山通知.txt" and broken["state"] == "failed"
    stored = (server.data / "library" / "files" / f"{doc_id}.txt").read_bytes()
    assert stored == notice("秀山土家族苗族自治县", 4, 1500)  # the previous version stays, in the library too


def test_twenty_files_at_once(server: Server):
    counties = ["城固县", "洋县", "西乡县", "勉县", "宁强县", "镇巴县", "留坝县", "佛坪县", "南郑区", "汉台区",
                "云阳县", "奉节县", "巫山县", "石柱土家族自治县", "酉阳土家族苗族自治县", "彭水苗族土家族自治县",
                "武隆区", "梁平区", "潼南区", "铜梁区"]
    job = upload(server, [(f"通知{n:02d}.txt", notice(c, n + 1, 100 * (n + 1))) for n, c in enumerate(counties)])
    assert job["state"] == "done" and len(job["summary"]["added"]) == 20 and not job["errors"]
    listed = documents(server)
    assert {a["doc_id"] for a in job["summary"]["added"]} <= set(listed)


def test_two_uploads_at_once_are_queued_never_built_together(server: Server):
    responses: list[httpx.Response] = []
    threads = [threading.Thread(target=lambda d=d: responses.append(post_files(server, [(f"{d}.txt",
                                                                                         notice(d, 7, 700))])))
               for d in ("大足区", "璧山区")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status_code for r in responses] == [202, 202]
    jobs = sorted((wait_job(server, r.json()["job_id"]) for r in responses), key=lambda j: j["started"])
    assert all(j["state"] == "done" and len(j["summary"]["added"]) == 1 for j in jobs)
    assert jobs[0]["finished"] <= jobs[1]["started"]  # one after the other
    assert jobs[1]["summary"]["documents"] == jobs[0]["summary"]["documents"] + 1


def test_a_job_waits_for_a_running_cli_ingest(server: Server):
    with BuildLock(server.data):  # what `policyqa ingest` holds while it runs
        response = post_files(server, [("荣昌补充.txt", notice("荣昌区", 9, 900))])
        deadline = time.monotonic() + 60
        while (job := httpx.get(f"{server.url}/api/jobs/{response.json()['job_id']}", timeout=10).json()
               )["progress"]["stage"] != "waiting":
            assert time.monotonic() < deadline and job["state"] in ("queued", "running"), job
            time.sleep(0.3)
    assert wait_job(server, response.json()["job_id"])["state"] == "done"


def test_unknown_jobs_and_documents_are_404(server: Server):
    assert httpx.get(f"{server.url}/api/jobs/20990101T000000-abcdef", timeout=10).status_code == 404
    assert httpx.get(f"{server.url}/api/jobs/..%2F..%2FCURRENT", timeout=10).status_code == 404
    assert httpx.patch(f"{server.url}/api/documents/nope", json={"title": "x"}, timeout=10).status_code == 404
    assert httpx.get(f"{server.url}/api/documents/..%2Fjobs", timeout=10).status_code == 404


def test_job_progress_streams_as_server_sent_events(server: Server):
    response = post_files(server, [("北碚.txt", notice("北碚区", 2, 400))])
    events = []
    with httpx.stream("GET", f"{server.url}/api/jobs/{response.json()['job_id']}/events", timeout=JOB_TIMEOUT) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line.startswith("data: "):
                events.append(json.loads(line[6:]))
    assert events[-1]["state"] == "done" and len(events) >= 2
    assert {e["state"] for e in events} >= {"running", "done"}


# --- write access ----------------------------------------------------------------------------------

def test_writes_need_the_key_when_set_and_a_loopback_client_when_not(index, monkeypatch):
    from policyqa import create_app
    from server.deps import get_index

    monkeypatch.setenv("POLICYQA_RATE_LIMIT", "off")
    monkeypatch.delenv("POLICYQA_API_KEY", raising=False)
    app = create_app()
    app.dependency_overrides[get_index] = lambda: index
    remote = TestClient(app, client=("203.0.113.9", 5000))
    refused = remote.delete("/api/documents/no-such-doc")
    assert refused.status_code == 403 and "POLICYQA_API_KEY" in refused.json()["detail"]
    assert remote.post("/api/documents", files={"files": ("a.txt", b"x")}).status_code == 403
    assert remote.post("/api/reports", files={"file": ("a.csv", b"x")}).status_code == 403
    assert remote.get("/api/documents").status_code == 200  # reading stays open
    for client in (("127.0.0.1", 5000), ("::1", 5000), ("::ffff:127.0.0.1", 5000)):
        assert TestClient(app, client=client).delete("/api/documents/no-such-doc").status_code == 404  # allowed
    # a proxy on this machine relays remote clients from loopback: without a key they may not write
    local = TestClient(app, client=("127.0.0.1", 5000))
    for header in ({"X-Forwarded-For": "203.0.113.9"}, {"Forwarded": "for=203.0.113.9"}, {"X-Real-IP": "203.0.113.9"}):
        assert local.delete("/api/documents/no-such-doc", headers=header).status_code == 403

    monkeypatch.setenv("POLICYQA_API_KEY", "s3cret-key")
    keyed = create_app()
    keyed.dependency_overrides[get_index] = lambda: index
    local = TestClient(keyed, client=("127.0.0.1", 5000))
    assert local.delete("/api/documents/no-such-doc").status_code == 401
    assert local.delete("/api/documents/no-such-doc", headers={"X-API-Key": "wrong"}).status_code == 401
    assert TestClient(keyed, client=("203.0.113.9", 5000)).delete(
        "/api/documents/no-such-doc", headers={"Authorization": "Bearer s3cret-key"}).status_code == 404


# --- kill -9 ---------------------------------------------------------------------------------------

def test_kill_9_during_a_job_keeps_the_index_and_the_upload_and_the_job_resumes(built_index_dir, tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(built_index_dir, data, ignore=shutil.ignore_patterns("ingest.lock"))
    before = read_current(data)
    # enough distinct sections that embedding takes a while on a busy machine
    long_report = "\n".join(f"（{n}）第{n}项工作：2026年，合川区第{n}批次新建教学用房{n * 37}平方米，"
                            f"配置实验设备{n * 11}套，培训教师{n * 13}人次，覆盖学校{n + 4}所。"
                            for n in range(1, 301))
    text = f"合川区2026年教育项目清单\n一、项目\n{long_report}\n".encode()
    with serve(data, tmp_path / "server.log") as first:
        response = post_files(first, [("合川项目清单.txt", text)])
        job_id = response.json()["job_id"]
        deadline = time.monotonic() + JOB_TIMEOUT
        while (job := httpx.get(f"{first.url}/api/jobs/{job_id}", timeout=10).json())["progress"]["stage"] \
                != "embedding":
            assert job["state"] in ("queued", "running") and time.monotonic() < deadline, job
            time.sleep(0.1)
        stop(first, signal.SIGKILL)  # the server and its worker, mid-build

    assert read_current(data) == before  # the previous index is still the current one
    record = JobStore(data).get(job_id)
    assert record is not None and record.state == "running"
    assert (data / "jobs" / job_id / record.params["files"][0]["stored"]).read_bytes() == text  # the upload is there

    with serve(data, tmp_path / "server.log") as second:
        assert httpx.get(f"{second.url}/api/health", timeout=10).json()["build_id"] in (before, read_current(data))
        assert not ask(second, "巴南区2025年在园幼儿数目标是多少？")["abstained"]  # answering meanwhile
        job = wait_job(second, job_id)
        assert job["state"] == "done", job
        assert JobStore(data).get(job_id).attempts == 2  # resumed by the new worker
        wait_build(second, job["summary"]["build_id"])
        (added,) = job["summary"]["added"]
        assert added["doc_id"] in documents(second)
        assert "37" in ask(second, "合川区2026年第1批次新建教学用房多少平方米？")["answer"]
