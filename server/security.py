"""`install_security(app)`: the protections every deployment gets, configured by env vars.

- POLICYQA_API_KEY: when set, every /api/* route except /api/health needs `X-API-Key: KEY` or
  `Authorization: Bearer KEY` (constant-time comparison); 401 otherwise.
- POLICYQA_RATE_LIMIT: token bucket per client IP over /api/* (health exempt), `N/Ts` = bursts of
  N requests, refilled at N per T seconds (`30/10s`, `100/1m`; `off` disables); default 60/10s.
  429 with Retry-After. Per process: with W uvicorn workers a client gets up to W× the rate.
  Behind a reverse proxy, run uvicorn with --forwarded-allow-ips so the client IP is the real one.
- POLICYQA_MAX_BODY (default 1MiB) for JSON APIs, POLICYQA_MAX_UPLOAD (default 5MiB) for
  /api/compliance/schools: enforced while the body streams in (413 as soon as it is exceeded,
  the rest is never read).
- POLICYQA_CORS_ORIGINS: comma-separated origins allowed cross-origin; unset = no CORS headers.
- Security headers on every response (CSP with scripts from 'self' only, nosniff, DENY framing,
  no referrer) and an X-Request-ID (`<process tag>-<random>`: the tag names the worker process).
- Errors never carry a stack trace: validation errors are rephrased in Chinese and English with
  the field's name; a body that is not UTF-8 or not JSON is a 400; anything unexpected is a
  generic bilingual 500 whose request id is in the server log next to the traceback.
"""
from __future__ import annotations

import hmac
import json
import logging
import math
import os
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

DEFAULT_RATE = "60/10s"
DEFAULT_MAX_BODY = 1024 * 1024
DEFAULT_MAX_UPLOAD = 5 * 1024 * 1024
UPLOAD_PATHS = ("/api/compliance/schools",)
# Multipart uploads of the library and evaluation pages: not buffered here; their routes stream
# them to disk under their own limits (ingest/config.py: POLICYQA_MAX_UPLOAD_BATCH_MB).
STREAMED_UPLOADS = {("POST", "/api/documents"), ("POST", "/api/reports")}
OPEN_PATHS = ("/api/health",)  # no key, no rate limit: for load balancers and monitoring
MAX_TRACKED_CLIENTS = 10_000
# Prefix of every X-Request-ID from this process: with several uvicorn workers or replicas it
# says whose log holds the request (random, so it reveals nothing about the host).
PROCESS_TAG = uuid.uuid4().hex[:6]

# Swagger UI / ReDoc pages load their bundle from a CDN and start it with an inline script; they
# show no document text, so only they get the looser policy.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
DOCS_PATHS = ("/docs", "/redoc")

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*\.?\d*)\s*(s|sec|m|min|h)?\s*$")
_SIZE = re.compile(r"^\s*(\d+)\s*(b|k|kb|kib|m|mb|mib)?\s*$", re.I)
_UNITS = {None: 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024 ** 2, "mb": 1024 ** 2, "mib": 1024 ** 2}

# Chinese for pydantic's error types; anything else keeps pydantic's English message.
_ZH = {
    "missing": "缺少必填字段", "extra_forbidden": "不允许的字段", "string_type": "应为字符串",
    "int_type": "应为整数", "int_parsing": "应为整数", "float_type": "应为数字", "float_parsing": "应为数字",
    "bool_type": "应为布尔值", "bool_parsing": "应为布尔值", "list_type": "应为数组", "dict_type": "应为对象",
    "model_type": "应为对象", "model_attributes_type": "应为对象", "string_too_long": "过长",
    "string_too_short": "过短", "too_long": "条目过多", "too_short": "条目过少", "literal_error": "取值无效",
    "enum": "取值无效", "greater_than_equal": "数值过小", "less_than_equal": "数值过大",
    "greater_than": "数值过小", "less_than": "数值过大", "string_unicode": "应为有效的 Unicode 字符串",
    "json_type": "应为 JSON",
}


class ConfigError(ValueError):
    """A POLICYQA_* security variable that cannot be understood (raised at startup, not per request)."""


@dataclass
class Settings:
    api_key: str | None = None
    rate: tuple[int, float] | None = (60, 10.0)  # (burst, seconds to refill it); None = off
    max_body: int = DEFAULT_MAX_BODY
    max_upload: int = DEFAULT_MAX_UPLOAD
    cors_origins: list[str] = field(default_factory=list)

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ
        return cls(api_key=env.get("POLICYQA_API_KEY") or None,
                   rate=parse_rate(env.get("POLICYQA_RATE_LIMIT", DEFAULT_RATE)),
                   max_body=parse_size(env.get("POLICYQA_MAX_BODY"), DEFAULT_MAX_BODY, "POLICYQA_MAX_BODY"),
                   max_upload=parse_size(env.get("POLICYQA_MAX_UPLOAD"), DEFAULT_MAX_UPLOAD, "POLICYQA_MAX_UPLOAD"),
                   cors_origins=[o.strip() for o in env.get("POLICYQA_CORS_ORIGINS", "").split(",") if o.strip()])


def parse_rate(text: str) -> tuple[int, float] | None:
    """`30/10s` → (30, 10.0); `100/1m` → (100, 60.0); `off`/`0` → None."""
    if text.strip().lower() in ("", "off", "none", "0"):
        return None
    m = _RATE.match(text.lower())
    if not m or int(m.group(1)) <= 0 or not (m.group(2) or m.group(3)):
        raise ConfigError(f"POLICYQA_RATE_LIMIT={text!r}: expected N/Ts such as 30/10s or 100/1m, or off")
    amount = float(m.group(2) or 1)
    seconds = amount * {"m": 60, "min": 60, "h": 3600}.get(m.group(3) or "s", 1)
    if seconds <= 0:
        raise ConfigError(f"POLICYQA_RATE_LIMIT={text!r}: the period must be positive")
    return int(m.group(1)), seconds


def parse_size(text: str | None, default: int, name: str) -> int:
    """`1048576`, `512KiB`, `5MiB` → bytes."""
    if not text:
        return default
    m = _SIZE.match(text)
    if not m or int(m.group(1)) <= 0:
        raise ConfigError(f"{name}={text!r}: expected a size such as 1048576, 512KiB or 5MiB")
    return int(m.group(1)) * _UNITS[(m.group(2) or "b").lower()]


def install_security(app: FastAPI, settings: Settings | None = None) -> None:
    """Add the middleware, exception handlers and documented error responses to `app`
    (before it serves its first request)."""
    settings = settings or Settings.from_env()
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "X-API-Key", "Authorization"], max_age=600)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)
    _add_index_errors(app)
    build = app.build_middleware_stack
    # Outermost, outside Starlette's ServerErrorMiddleware: even a 500 gets the headers.
    app.build_middleware_stack = lambda: SecurityMiddleware(build(), settings)  # type: ignore[method-assign]
    _document_errors(app, settings)


# --- middleware ----------------------------------------------------------------------------------

class SecurityMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings):
        self.app = app
        self.settings = settings
        self.limiter = RateLimiter(*settings.rate) if settings.rate else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = f"{PROCESS_TAG}-{uuid.uuid4().hex[:12]}"
        scope.setdefault("state", {})["request_id"] = request_id
        path: str = scope["path"]
        send = _with_headers(send, request_id, DOCS_CSP if path.startswith(DOCS_PATHS) else PAGE_CSP)
        if path.startswith("/api/") and scope["method"] != "OPTIONS":  # CORS preflights carry no key
            refusal = self._refuse(scope, path)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        if scope["method"] in ("POST", "PUT", "PATCH") and (scope["method"], path) not in STREAMED_UPLOADS:
            limit = self.settings.max_upload if path.startswith(UPLOAD_PATHS) else self.settings.max_body
            body, refusal = await _read_body(scope, receive, limit)
            if refusal is None and _is_json(scope):
                refusal = _json_problem(body)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send)

    def _refuse(self, scope: Scope, path: str) -> JSONResponse | None:
        if path in OPEN_PATHS:
            return None
        key = self.settings.api_key
        if key is not None and not _key_matches(scope, key):
            return JSONResponse({"detail": "需要有效的 API 密钥（X-API-Key 或 Authorization: Bearer）/ "
                                           "a valid API key is required (X-API-Key or Authorization: Bearer)"},
                                401, headers={"WWW-Authenticate": "Bearer"})
        if self.limiter is not None:
            client = scope.get("client")
            wait = self.limiter.take(client[0] if client else "unknown")
            if wait > 0:
                seconds = max(1, math.ceil(wait))
                return JSONResponse({"detail": f"请求过于频繁，请 {seconds} 秒后再试 / too many requests, "
                                               f"retry after {seconds} s"}, 429,
                                    headers={"Retry-After": str(seconds)})
        return None


def _key_matches(scope: Scope, key: str) -> bool:
    headers = {k.decode("latin-1").lower(): v for k, v in scope["headers"]}
    given = headers.get("x-api-key")
    if given is None:
        auth = headers.get("authorization", b"")
        given = auth[7:].strip() if auth[:7].lower() == b"bearer " else None
    # compare_digest on bytes: constant time whatever the content (str would need ASCII)
    return given is not None and hmac.compare_digest(given, key.encode("utf-8"))


def _with_headers(send: Send, request_id: str, csp: str) -> Send:
    extra = [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
             (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer"),
             (b"x-request-id", request_id.encode())]
    names = {name for name, _ in extra}

    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
            message = {**message, "headers": headers + extra}
        await send(message)

    return send_with_headers


async def _read_body(scope: Scope, receive: Receive, limit: int) -> tuple[bytes, JSONResponse | None]:
    """The whole body, or a 413 as soon as it is known to exceed `limit` (declared or streamed)."""
    too_large = JSONResponse({"detail": f"请求体过大（上限 {_human(limit)}）/ request body larger than {_human(limit)}"}, 413)
    declared = dict(scope["headers"]).get(b"content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return b"", too_large
    parts, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", too_large
        parts.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(parts), None


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: wait for the disconnect, as the server would

    return replay


def _is_json(scope: Scope) -> bool:
    content_type = dict(scope["headers"]).get(b"content-type", b"").split(b";")[0].strip().lower()
    return content_type == b"application/json" or content_type.endswith(b"+json")


def _json_problem(body: bytes) -> JSONResponse | None:
    if not body:
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        return JSONResponse({"detail": f"请求体不是有效的 UTF-8 编码（第 {err.start} 字节）/ "
                                       f"request body is not valid UTF-8 (byte {err.start})"}, 400)
    try:
        json.loads(text)
    except json.JSONDecodeError as err:
        return JSONResponse({"detail": f"请求体不是有效的 JSON（第 {err.lineno} 行第 {err.colno} 列：{err.msg}）/ "
                                       f"request body is not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"},
                            400)
    except RecursionError:
        return JSONResponse({"detail": "请求体 JSON 嵌套过深 / request body JSON is nested too deeply"}, 400)
    return None


def _human(size: int) -> str:
    return f"{size / 1024 / 1024:g} MiB" if size >= 1024 * 1024 else f"{size / 1024:g} KiB"


class RateLimiter:
    """Token buckets per client: `burst` requests at once, refilled at burst/period per second."""

    def __init__(self, burst: int, period: float, clock: Any = time.monotonic):
        self.burst = burst
        self.rate = burst / period
        self.clock = clock
        self.buckets: dict[str, tuple[float, float]] = {}  # client → (tokens, at)

    def take(self, client: str) -> float:
        """0 if the request may go ahead, else the seconds until it could."""
        now = self.clock()
        tokens, at = self.buckets.get(client, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - at) * self.rate)
        if tokens < 1:
            self.buckets[client] = (tokens, now)
            return (1 - tokens) / self.rate
        if client not in self.buckets and len(self.buckets) >= MAX_TRACKED_CLIENTS:
            self._forget_full(now)
        self.buckets[client] = (tokens - 1, now)
        return 0.0

    def _forget_full(self, now: float) -> None:
        """Drop clients whose bucket has refilled (they are indistinguishable from new ones)."""
        self.buckets = {c: (t, at) for c, (t, at) in self.buckets.items()
                        if t + (now - at) * self.rate < self.burst}


# --- exception handlers --------------------------------------------------------------------------

def _field(loc: Any) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    if any(e.get("type") == "json_invalid" for e in errors):  # only when no content-type said JSON
        return JSONResponse({"detail": "请求体不是有效的 JSON / request body is not valid JSON"}, 400)
    detail = []
    for e in errors:
        name, kind = _field(e.get("loc", ())), e.get("type", "")
        msg = str(e.get("msg", "")).removeprefix("Value error, ")
        if kind in _ZH:
            msg = f"字段 {name}：{_ZH[kind]} / field {name}: {msg}"
        elif " / " in msg:  # our own validators already speak both languages: "中文 / English"
            zh, en = msg.split(" / ", 1)
            msg = f"字段 {name}：{zh} / field {name}: {en}"
        else:
            msg = f"字段 {name} 无效 / field {name}: {msg}"
        detail.append({"loc": list(e.get("loc", ())), "msg": msg, "type": kind})
    # the shape FastAPI documents for 422 (detail: [{loc, msg, type}]), without the echoed input
    return JSONResponse({"detail": detail}, 422)


# Starlette's own English-only details, in both languages.
_PLAIN = {"Not Found": "未找到 / not found", "Method Not Allowed": "不支持的请求方法 / method not allowed",
          "There was an error parsing the body": "无法解析请求体 / the request body could not be parsed"}


def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = _PLAIN.get(exc.detail, exc.detail) if isinstance(exc.detail, str) else exc.detail
    return JSONResponse({"detail": detail}, exc.status_code, headers=exc.headers)


def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    request_id = request.scope.get("state", {}).get("request_id", "-")
    log.error("request %s %s %s failed", request_id, request.method, request.url.path, exc_info=exc)
    return JSONResponse({"detail": f"内部错误，请稍后再试（请求编号 {request_id}）/ internal error, "
                                   f"please try again (request id {request_id})", "request_id": request_id}, 500)


def _add_index_errors(app: FastAPI) -> None:
    """No index yet (or a damaged one) is the operator's to fix: 503 with what to run."""
    from ingest.index import NoIndexError

    def no_index(request: Request, exc: Exception) -> JSONResponse:
        log.error("no usable index: %s", exc)
        return JSONResponse({"detail": f"索引不可用，请先运行 policyqa ingest / index not available: {exc}"}, 503)

    app.add_exception_handler(NoIndexError, no_index)


# --- OpenAPI -------------------------------------------------------------------------------------

def _document_errors(app: FastAPI, settings: Settings) -> None:
    """Add the responses this module can give to every /api operation of the OpenAPI schema."""
    original = app.openapi
    error_schema = {"type": "object", "properties": {"detail": {"type": "string"}}, "required": ["detail"]}
    responses = {"400": "请求体不是有效的 UTF-8 或 JSON / body is not UTF-8 or not JSON",
                 "413": "请求体过大 / request body too large",
                 "500": "内部错误 / internal error", "503": "索引不可用 / index not available"}
    if settings.rate:
        responses["429"] = "请求过于频繁 / rate limit exceeded"
    if settings.api_key:
        responses["401"] = "需要 API 密钥 / API key required"

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = original()
        for path, operations in schema.get("paths", {}).items():
            if not path.startswith("/api/"):
                continue
            for operation in operations.values():
                for status, description in responses.items():
                    if path in OPEN_PATHS and status in ("401", "429"):
                        continue
                    operation.setdefault("responses", {}).setdefault(status, {
                        "description": description,
                        "content": {"application/json": {"schema": error_schema}}})
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


# --- write access ----------------------------------------------------------------------------------

def require_write(request: Request) -> None:
    """Dependency of the routes that change data (uploads, deletions, edits, evaluation runs).

    With POLICYQA_API_KEY set, the key is required. With no key set, only a client on this machine
    (a loopback address) may write, and anyone else is told to set POLICYQA_API_KEY: reading an
    open index is one thing, letting the network change it is another. Behind a reverse proxy the
    client address is the proxy's forwarded one (uvicorn --forwarded-allow-ips).
    """
    import ipaddress  # imports kept here: this function is a self-contained unit of this module

    from fastapi import HTTPException

    key = os.environ.get("POLICYQA_API_KEY") or None
    if key is not None:
        if not _key_matches(request.scope, key):
            raise HTTPException(401, "需要有效的 API 密钥（X-API-Key 或 Authorization: Bearer）/ "
                                     "a valid API key is required (X-API-Key or Authorization: Bearer)",
                                headers={"WWW-Authenticate": "Bearer"})
        return
    host = request.client.host if request.client else ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address is None or not address.is_loopback:
        raise HTTPException(403, "未设置 POLICYQA_API_KEY 时，只允许本机修改文件库和运行评测；请在服务器上设置 "
                                 "POLICYQA_API_KEY 后使用密钥访问 / without POLICYQA_API_KEY, only this machine "
                                 "(a loopback address) may change data: set POLICYQA_API_KEY on the server and "
                                 "send the key")
