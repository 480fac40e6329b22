"""server/security.py on the real app over the real corpus index: API key, rate limit, body size
limits (also over a real socket, to show the limit holds while the body is still streaming in),
CORS, security headers, and error responses without stack traces."""
from __future__ import annotations

import contextlib
import hmac
import logging
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from server import security
from server.app import create_app
from server.deps import get_index
from server.security import ConfigError, RateLimiter, Settings, install_security, parse_rate, parse_size

QUESTION = {"question": "巴南区2025年在园幼儿数目标是多少？"}
HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy")


def make_app(index, monkeypatch, **env: str) -> FastAPI:
    for name in ("POLICYQA_API_KEY", "POLICYQA_RATE_LIMIT", "POLICYQA_MAX_BODY", "POLICYQA_MAX_UPLOAD",
                 "POLICYQA_CORS_ORIGINS"):
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
    assert r.status_code == 429 and 1 <= int(r.headers["retry-after"]) <= 12
    assert "请求过于频繁" in r.json()["detail"] and "too many requests" in r.json()["detail"]
    other = TestClient(app, client=("10.0.0.2", 50000))  # another client has its own bucket
    assert other.get("/api/documents").status_code == 200
    assert first.get("/api/health").status_code == 200  # health stays reachable for monitoring


def test_default_rate_limit_is_on(index, monkeypatch):
    monkeypatch.delenv("POLICYQA_RATE_LIMIT", raising=False)
    assert Settings.from_env().rate == (60, 10.0)


def test_token_bucket_refills_at_the_stated_rate():
    now = [0.0]
    limiter = RateLimiter(3, 6.0, clock=lambda: now[0])  # 3 at once, one more every 2 s
    assert [limiter.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.take("a") == pytest.approx(2.0)
    now[0] = 1.0
    assert limiter.take("a") == pytest.approx(1.0)
    now[0] = 2.0
    assert limiter.take("a") == 0.0
    assert limiter.take("b") == 0.0


def test_rate_limiter_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(security, "MAX_TRACKED_CLIENTS", 100)
    now = [0.0]
    limiter = RateLimiter(2, 1.0, clock=lambda: now[0])
    for i in range(1000):
        now[0] += 1.0  # every earlier client's bucket has refilled by now
        limiter.take(f"client-{i}")
    assert len(limiter.buckets) <= 100


@pytest.mark.parametrize("text, expected", [("30/10s", (30, 10.0)), ("100/1m", (100, 60.0)), ("5/2h", (5, 7200.0)),
                                            ("20/s", (20, 1.0)), ("off", None), ("0", None)])
def test_parse_rate(text, expected):
    assert parse_rate(text) == expected


@pytest.mark.parametrize("text", ["lots", "10/", "-1/10s", "10/0s", "1/10parsecs"])
def test_bad_rate_setting_is_a_clear_startup_error(text):
    with pytest.raises(ConfigError, match="POLICYQA_RATE_LIMIT"):
        parse_rate(text)


def test_parse_size():
    assert parse_size("512KiB", 1, "X") == 512 * 1024
    assert parse_size("5MiB", 1, "X") == 5 * 1024 * 1024
    assert parse_size(None, 7, "X") == 7
    with pytest.raises(ConfigError, match="POLICYQA_MAX_BODY"):
        parse_size("huge", 1, "POLICYQA_MAX_BODY")


# --- body size -----------------------------------------------------------------------------------

def test_json_body_over_the_limit_is_413(index, monkeypatch):
    client = TestClient(make_app(index, monkeypatch))
    big = {"question": "巴南区" * 10, "history": [{"role": "user", "content": "x" * 1000}] * 1100}
    r = client.post("/api/ask", json=big)
    assert r.status_code == 413
    assert "1 MiB" in r.json()["detail"] and "请求体过大" in r.json()["detail"]


def test_upload_route_has_its_own_larger_limit(index, monkeypatch):
    client = TestClient(make_app(index, monkeypatch, POLICYQA_MAX_BODY="64KiB", POLICYQA_MAX_UPLOAD="256KiB"))
    csv = b"name,stage\n" + b"x" * 100_000  # over the JSON limit, under the upload limit
    r = client.post("/api/compliance/schools", files={"file": ("s.csv", csv, "text/csv")})
    assert r.status_code == 422  # reached the route, which names the bad CSV
    r = client.post("/api/compliance/schools", files={"file": ("s.csv", csv * 3, "text/csv")})
    assert r.status_code == 413 and "256 KiB" in r.json()["detail"]
    assert client.post("/api/ask", content=b'{"question": "' + b"a" * 70_000 + b'"}',
                       headers={"content-type": "application/json"}).status_code == 413


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

    @app.get("/api/ping")
    def ping() -> dict:
        return {"ok": True}

    install_security(app, Settings(api_key="k", rate=None))
    client = TestClient(app)
    assert client.get("/api/ping").status_code == 401
    assert client.get("/api/ping", headers={"X-API-Key": "k"}).json() == {"ok": True}
    schema = client.get("/openapi.json").json()
    assert {"401", "413", "500"} <= set(schema["paths"]["/api/ping"]["get"]["responses"])
