"""server/security.py on the real app over the real corpus index: the app refuses to start without
its security layer, API key (a FastAPI security dependency shown in /docs), rate limit (in memory,
and shared by several apps through a real Redis server), body size limits (also over a real
socket, to show the limit holds while the body is still streaming in), CORS, security headers,
and error responses without stack traces."""
from __future__ import annotations

import contextlib
import hmac
import logging
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from ingest.config import REPO_ROOT
from ingest.settings import ConfigError, RateLimit, Settings
from server import security
from server.app import create_app
from server.deps import get_index
from server.security import RateLimiter, install_security

QUESTION = {"question": "巴南区2025年在园幼儿数目标是多少？"}
HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy")


def make_app(index, monkeypatch, **env: str) -> FastAPI:
    for name in ("POLICYQA_API_KEY", "POLICYQA_RATE_LIMIT", "POLICYQA_RATE_LIMIT_STORAGE", "POLICYQA_MAX_BODY",
                 "POLICYQA_MAX_UPLOAD", "POLICYQA_CORS_ORIGINS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("POLICYQA_RATE_LIMIT", "off")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    app = create_app()
    app.dependency_overrides[get_index] = lambda: index
    return app


# --- API key -------------------------------------------------------------------------------------

def test_api_key_required_on_every_api_route_but_health(index, monkeypatch):
    client = TestClient(make_app(index, monkeypatch, POLICYQA_API_KEY="s3cret-key"))
    for method, path, body in [("GET", "/api/documents", None), ("POST", "/api/ask", QUESTION),
                               ("GET", "/api/documents/banan-education-plan-2021", None),
                               ("GET", "/api/figures", None), ("POST", "/api/ask/stream", QUESTION)]:
        r = client.request(method, path, json=body)
        assert r.status_code == 401, (path, r.text)
        assert "API" in r.json()["detail"] and "密钥" in r.json()["detail"]
        r = client.request(method, path, json=body, headers={"X-API-Key": "wrong-key!"})
        assert r.status_code == 401, path
    assert client.get("/api/health").status_code == 200
    assert client.get("/").status_code == 200  # the page itself is public; its API calls are not


def test_api_key_accepted_as_header_or_bearer(index, monkeypatch):
    client = TestClient(make_app(index, monkeypatch, POLICYQA_API_KEY="s3cret-key"))
    r = client.post("/api/ask", json=QUESTION, headers={"X-API-Key": "s3cret-key"})
    assert r.status_code == 200 and "4.85" in r.json()["answer"]
    r = client.get("/api/documents", headers={"Authorization": "Bearer s3cret-key"})
    assert r.status_code == 200 and len(r.json()) == 5
    assert client.get("/api/documents", headers={"Authorization": "Basic s3cret-key"}).status_code == 401
    assert client.get("/api/documents", headers={"X-API-Key": "s3cret-key "}).status_code == 401
    assert client.get("/api/documents", headers={"X-API-Key": "s3cret-ke"}).status_code == 401


def test_api_key_compared_in_constant_time(index, monkeypatch):
    calls = []
    compare = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return compare(a, b)

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    client = TestClient(make_app(index, monkeypatch, POLICYQA_API_KEY="s3cret-key"))
    assert client.get("/api/documents", headers={"X-API-Key": "guess"}).status_code == 401
    assert calls == [(b"guess", b"s3cret-key")]


def test_no_key_configured_means_open(index, monkeypatch):
    client = TestClient(make_app(index, monkeypatch))
    assert client.get("/api/documents").status_code == 200


# --- rate limit ----------------------------------------------------------------------------------

def test_rate_limit_per_client_with_retry_after(index, monkeypatch):
    app = make_app(index, monkeypatch, POLICYQA_RATE_LIMIT="5/60s")
    first = TestClient(app, client=("10.0.0.1", 50000))
    codes = [first.get("/api/documents").status_code for _ in range(7)]
    assert codes == [200] * 5 + [429] * 2
    r = first.get("/api/documents")
    assert r.status_code == 429 and 55 <= int(r.headers["retry-after"]) <= 60  # the oldest request expires
    assert "请求过于频繁" in r.json()["detail"] and "too many requests" in r.json()["detail"]
    other = TestClient(app, client=("10.0.0.2", 50000))  # another client has its own window
    assert other.get("/api/documents").status_code == 200
    assert first.get("/api/health").status_code == 200  # health stays reachable for monitoring


def test_moving_window_lets_requests_through_again_when_they_expire():
    limiter = RateLimiter(RateLimit(2, 1))
    assert [limiter.take("a"), limiter.take("a")] == [0.0, 0.0]
    wait = limiter.take("a")
    assert 0 < wait <= 1.0
    assert limiter.take("b") == 0.0  # per client
    time.sleep(wait + 0.05)
    assert limiter.take("a") == 0.0


def test_in_memory_limit_is_per_process(index, monkeypatch):
    """Without a shared store each app (= worker process) counts on its own: what the README says."""
    one, two = (TestClient(make_app(index, monkeypatch, POLICYQA_RATE_LIMIT="3/60s")) for _ in range(2))
    assert [one.get("/api/documents").status_code for _ in range(4)] == [200, 200, 200, 429]
    assert two.get("/api/documents").status_code == 200


def _free_port() -> int:
    """A free port in the range this project's tests may use for servers (8500–8599)."""
    for port in range(8500, 8600):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 8500-8599")


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """A real Redis on loopback (Debian's redis-server, installed by `make test`), no persistence."""
    binary = shutil.which("redis-server")
    assert binary, "redis-server is not installed: `make test` installs it (apt-get install redis-server)"
    port = _free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            assert time.monotonic() < deadline and proc.poll() is None, "redis-server did not start"
            time.sleep(0.05)
    try:
        yield f"redis://127.0.0.1:{port}/0", proc
    finally:
        proc.terminate()
        proc.wait(10)


def test_shared_store_limits_a_client_across_workers_and_replicas(index, monkeypatch, redis_server):
    """Two apps (two workers, or two replicas) over one Redis: the client's budget is shared."""
    url, _ = redis_server
    apps = [make_app(index, monkeypatch, POLICYQA_RATE_LIMIT="4/60s", POLICYQA_RATE_LIMIT_STORAGE=url)
            for _ in range(2)]
    one, two = (TestClient(app, client=("10.0.0.7", 50000)) for app in apps)
    codes = [client.get("/api/documents").status_code for client in (one, two, one, two, one, two)]
    assert codes == [200, 200, 200, 200, 429, 429]
    r = two.get("/api/documents")
    assert 55 <= int(r.headers["retry-after"]) <= 60
    assert TestClient(apps[1], client=("10.0.0.8", 50000)).get("/api/documents").status_code == 200


def test_shared_store_down_refuses_rather_than_opens(index, monkeypatch, redis_server):
    url, proc = redis_server
    client = TestClient(make_app(index, monkeypatch, POLICYQA_RATE_LIMIT="100/60s", POLICYQA_RATE_LIMIT_STORAGE=url))
    assert client.get("/api/documents").status_code == 200
    proc.terminate()
    proc.wait(10)
    r = client.get("/api/documents")
    assert r.status_code == 503 and "service temporarily unavailable" in r.json()["detail"]
    assert client.get("/api/health").status_code == 200  # monitoring still sees the process


def test_unreachable_store_stops_the_app_at_start(index, monkeypatch):
    with pytest.raises(ConfigError, match="POLICYQA_RATE_LIMIT_STORAGE"):
        make_app(index, monkeypatch, POLICYQA_RATE_LIMIT="10/1s",
                 POLICYQA_RATE_LIMIT_STORAGE=f"redis://127.0.0.1:{_free_port()}/0")


# --- body size -----------------------------------------------------------------------------------

def test_json_body_over_the_limit_is_413(index, monkeypatch):
    client = TestClient(make_app(index, monkeypatch))
    big = {"question": "巴南区" * 10, "history": [{"role": "user", "content": "x" * 1000}] * 1100}
    r = client.post("/api/ask", json=big)
    assert r.status_code == 413
    assert "1 MiB" in r.json()["detail"] and "请求体过大" in r.json()["detail"]


def test_uploads_have_their_own_larger_limit(index, monkeypatch):
    client = TestClient(make_app(index, monkeypatch, POLICYQA_MAX_BODY="64KiB", POLICYQA_MAX_UPLOAD="256KiB"))
    csv = b"name,stage\n" + b"x" * 100_000  # over the JSON limit, under the upload limit
    r = client.post("/api/compliance/schools", files={"file": ("s.csv", csv, "text/csv")})
    assert r.status_code == 422  # reached the route, which names the bad CSV
    r = client.post("/api/compliance/schools", files={"file": ("s.csv", csv * 3, "text/csv")})
    assert r.status_code == 413 and "256 KiB" in r.json()["detail"]
    assert client.post("/api/ask", content=b'{"question": "' + b"a" * 70_000 + b'"}',
                       headers={"content-type": "application/json"}).status_code == 413
    # the same CSV bytes sent as a raw (non-multipart) body get the JSON limit
    r = client.post("/api/compliance/schools", content=csv, headers={"content-type": "text/csv"})
    assert r.status_code == 413


def test_upload_limit_is_the_one_setting(index, monkeypatch):
    """POLICYQA_MAX_UPLOAD alone bounds the CSV: a 3 MiB file (over the route's former 2 MiB cap) is
    read and judged by the route; lowering the setting refuses it while it streams in."""
    example = (REPO_ROOT / "figures" / "fixtures" / "schools_example.csv").read_bytes()
    header, row = example.splitlines(keepends=True)[:2]
    csv = header + row * (3 * 1024 ** 2 // len(row) + 1)
    assert 3 * 1024 ** 2 < len(csv) < 5 * 1024 ** 2
    client = TestClient(make_app(index, monkeypatch))  # default 5MiB
    r = client.post("/api/compliance/schools", files={"file": ("s.csv", csv, "text/csv")})
    assert r.status_code == 422 and "more than 10000 schools" in r.json()["detail"]["message"]
    client = TestClient(make_app(index, monkeypatch, POLICYQA_MAX_UPLOAD="2MiB"))
    r = client.post("/api/compliance/schools", files={"file": ("s.csv", csv, "text/csv")})
    assert r.status_code == 413 and "2 MiB" in r.json()["detail"]


@contextlib.contextmanager
def live_server(app: FastAPI) -> Iterator[int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(10)


def _status_line(sock: socket.socket) -> str:
    sock.settimeout(5)
    data = b""
    while b"\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.split(b"\r\n", 1)[0].decode()


def test_size_limit_enforced_while_the_body_streams(index, monkeypatch):
    """A chunked body that never ends gets its 413 once the limit is passed: the server does not
    wait for (or buffer) the rest. A declared Content-Length over the limit is refused at once."""
    app = make_app(index, monkeypatch, POLICYQA_MAX_BODY="256KiB")
    with live_server(app) as port:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(b"POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                         b"Transfer-Encoding: chunked\r\n\r\n")
            piece = b"a" * 32768
            for _ in range(10):  # 320 KiB sent, no final chunk: the body is still "streaming"
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            assert _status_line(sock) == "HTTP/1.1 413 Request Entity Too Large"
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(b"POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 524288000\r\n\r\n{")  # claims 500 MB, sends one byte
            assert _status_line(sock) == "HTTP/1.1 413 Request Entity Too Large"


# --- CORS, headers, errors -----------------------------------------------------------------------

def test_cors_off_by_default_and_on_for_listed_origins(index, monkeypatch):
    client = TestClient(make_app(index, monkeypatch))
    r = client.get("/api/documents", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    r = client.options("/api/ask", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers

    client = TestClient(make_app(index, monkeypatch, POLICYQA_CORS_ORIGINS="https://intranet.example"))
    r = client.get("/api/documents", headers={"Origin": "https://intranet.example"})
    assert r.headers["access-control-allow-origin"] == "https://intranet.example"
    r = client.get("/api/documents", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_security_headers_on_every_response(index, monkeypatch):
    client = TestClient(make_app(index, monkeypatch))
    for r in [client.get("/"), client.get("/static/app.js"), client.get("/api/health"), client.get("/no/such/page"),
              client.post("/api/ask", json={"question": ""}), client.get("/openapi.json")]:
        for name in HEADERS:
            assert name in r.headers, (r.url, name)
        assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp


def test_page_has_no_inline_script_the_csp_would_block():
    from server.app import STATIC

    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html and " on" not in html.replace("<option", "")  # no handlers like onclick=


def test_500_is_generic_bilingual_with_request_id_in_the_log(index, monkeypatch, caplog):
    app = make_app(index, monkeypatch)

    class Broken:
        def __getattr__(self, name):
            raise RuntimeError("secret internal detail /srv/policyqa/x.py")

    app.dependency_overrides[get_index] = lambda: Broken()
    client = TestClient(app, raise_server_exceptions=False)
    with caplog.at_level(logging.ERROR, logger="server.security"):
        r = client.get("/api/documents")
    assert r.status_code == 500
    body = r.json()
    assert "内部错误" in body["detail"] and "internal error" in body["detail"]
    assert "secret" not in r.text and "Traceback" not in r.text and "RuntimeError" not in r.text
    for name in HEADERS:
        assert name in r.headers
    assert body["request_id"] == r.headers["x-request-id"]
    assert any(body["request_id"] in rec.getMessage() and rec.exc_info for rec in caplog.records)


def test_missing_index_is_503_naming_the_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYQA_RATE_LIMIT", "off")
    from ingest.index import Index

    app = create_app()
    app.dependency_overrides[get_index] = lambda: Index.open(tmp_path)
    r = TestClient(app, raise_server_exceptions=False).get("/api/documents")
    assert r.status_code == 503 and "policyqa ingest" in r.json()["detail"]


def test_install_security_works_on_a_bare_app():
    app = FastAPI()
    install_security(app, Settings(api_key="k", rate_limit="off"))

    @app.get("/api/ping")
    def ping() -> dict:
        return {"ok": True}

    client = TestClient(app)
    assert client.get("/api/ping").status_code == 401
    assert client.get("/api/ping", headers={"X-API-Key": "k"}).json() == {"ok": True}
    schema = client.get("/openapi.json").json()
    assert {"401", "413", "500"} <= set(schema["paths"]["/api/ping"]["get"]["responses"])


# --- fails closed --------------------------------------------------------------------------------

_WITHOUT_SECURITY = """
import sys
sys.modules["server.security"] = None  # as if the module were missing from the installation
"""


def test_app_refuses_to_start_without_its_security_layer(built_index_dir):
    """Without server/security.py the app cannot even be imported, and uvicorn exits instead of
    serving: it never starts open (it used to skip the layer when the module was missing)."""
    env = {"PYTHONPATH": str(REPO_ROOT), "POLICYQA_DATA_DIR": str(built_index_dir), "PATH": "/usr/bin:/bin"}
    r = subprocess.run([sys.executable, "-c", _WITHOUT_SECURITY + "import server.app"], cwd=REPO_ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and "server.security" in r.stderr, r.stderr[-2000:]
    port = _free_port()
    serve = _WITHOUT_SECURITY + f"import uvicorn; uvicorn.run('server.app:app', host='127.0.0.1', port={port})"
    r = subprocess.run([sys.executable, "-c", serve], cwd=REPO_ROOT, env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode != 0 and "server.security" in r.stderr, r.stderr[-2000:]
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    # the same command with the module present does start (so the failure above is the module's absence)
    with subprocess.Popen([sys.executable, "-c", serve.replace(_WITHOUT_SECURITY, "")], cwd=REPO_ROOT, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as proc:
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    assert proc.poll() is None and time.monotonic() < deadline, "the app did not start"
                    time.sleep(0.2)
        finally:
            proc.terminate()


def test_bad_security_setting_stops_the_app_rather_than_dropping_the_protection(index, monkeypatch):
    for name, value in [("POLICYQA_RATE_LIMIT", "lots"), ("POLICYQA_MAX_BODY", "big")]:
        with pytest.raises(ConfigError, match=name):
            make_app(index, monkeypatch, **{name: value})


def test_routes_registered_before_the_security_layer_are_refused():
    app = FastAPI()

    @app.get("/api/early")
    def early() -> dict:
        return {}

    with pytest.raises(RuntimeError, match="/api/early"):
        install_security(app, Settings(api_key="k"))


def test_key_dependency_without_the_layer_refuses(index):
    """require_api_key on an app that never got install_security: 500, not an open route."""
    from fastapi import Depends

    app = FastAPI(dependencies=[Depends(security.require_api_key)])

    @app.get("/api/x")
    def x() -> dict:
        return {"ok": True}

    assert TestClient(app, raise_server_exceptions=False).get("/api/x").status_code == 500


def test_docs_show_both_key_schemes_and_health_is_open(index, monkeypatch):
    client = TestClient(make_app(index, monkeypatch, POLICYQA_API_KEY="s3cret-key"))
    schema = client.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"] == {
        "X-API-Key": {"type": "apiKey", "in": "header", "name": "X-API-Key",
                      "description": "POLICYQA_API_KEY, sent as the X-API-Key header"},
        "Bearer": {"type": "http", "scheme": "bearer",
                   "description": "POLICYQA_API_KEY, sent as Authorization: Bearer KEY"}}
    either = [{"X-API-Key": []}, {"Bearer": []}]  # a list of requirements: any one of them will do
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            expected = [] if path == "/api/health" else either
            assert operation.get("security") == expected, (method, path)
            assert ("401" in operation["responses"]) == (path != "/api/health"), (method, path)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger-ui" in docs.text  # Swagger UI draws Authorize from securitySchemes
