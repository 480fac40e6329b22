"""`install_security(app)`: the protections every deployment gets, configured by the settings
(ingest/settings.py). server/app.py installs it unconditionally, before any route: without this
module the app cannot be imported, so it never starts open.

- API key (POLICYQA_API_KEY): `require_api_key`, a FastAPI security dependency of every route, so
  /docs shows both schemes (X-API-Key header, HTTP Bearer) and its Authorize button. Every /api/*
  path but OPEN_PATHS needs the key when one is set (constant-time comparison); 401 otherwise.
- Rate limit (POLICYQA_RATE_LIMIT, POLICYQA_RATE_LIMIT_STORAGE): at most N requests per client IP
  in any T seconds over /api/* (health exempt), counted by the `limits` package in Redis when a
  storage is configured — then it holds across workers and replicas — else in this process's
  memory (per process: with W workers a client gets up to W× the rate). 429 with Retry-After.
  Behind a reverse proxy, run uvicorn with --forwarded-allow-ips so the client IP is the real one.
- Body size: POLICYQA_MAX_UPLOAD for multipart/form-data uploads (POLICYQA_MAX_UPLOAD_BATCH for those
  to the document library), POLICYQA_MAX_BODY for anything else; enforced while the body streams in
  (413 as soon as it is exceeded, the rest is never read). Other bodies are held here (JSON is
  checked before a route sees it); an upload is counted on its way to the route, which spools it to
  disk. This is the only check of a request's size: routes do not repeat it (the library checks
  each file against POLICYQA_MAX_DOCUMENT, a limit on documents, not on requests).
- Write access: `require_write`, a dependency of the routes that change data: the key when one is
  set, else a client on this machine only (403 for any other).
- POLICYQA_CORS_ORIGINS: origins allowed cross-origin; unset = no CORS headers.
- Security headers on every response (CSP with scripts from 'self' only, nosniff, DENY framing,
  no referrer) and an X-Request-ID (`<process tag>-<random>`: the tag names the worker process).
- Errors never carry a stack trace: validation errors are rephrased in Chinese and English with
  the field's name; a body that is not UTF-8 or not JSON is a 400; anything unexpected is a
  generic bilingual 500 whose request id is in the server log next to the traceback.
"""
from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import math
import time
import uuid
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from limits import RateLimitItemPerSecond
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter
from pydantic import SecretStr
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ingest.settings import ConfigError, RateLimit, Settings, get_settings

log = logging.getLogger(__name__)

OPEN_PATHS = ("/api/health",)  # no key, no rate limit: for load balancers and monitoring
# Uploads of documents to the library (server/documents.py), bounded by POLICYQA_MAX_UPLOAD_BATCH:
# a batch of scans is far larger than the data files of other uploads (POLICYQA_MAX_UPLOAD).
LIBRARY_UPLOADS = ("/api/documents",)
# Prefix of every X-Request-ID from this process: with several uvicorn workers or replicas it
# says whose log holds the request (random, so it reveals nothing about the host).
PROCESS_TAG = uuid.uuid4().hex[:6]
RATE_NAMESPACE = "policyqa"  # keys in a shared store: LIMITS:policyqa/<client>/…

# Swagger UI / ReDoc pages load their bundle from a CDN and start it with an inline script; they
# show no document text, so only they get the looser policy.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
DOCS_PATHS = ("/docs", "/redoc")
_FASTAPI_OWN_PATHS = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}

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


def install_security(app: FastAPI, settings: Settings | None = None) -> None:
    """Add the key dependency, middleware, exception handlers and documented error responses to
    `app`. Call it before registering any route: the key dependency applies to routes added later."""
    routes = [getattr(r, "path", type(r).__name__) for r in app.routes]
    early = [p for p in routes if p not in _FASTAPI_OWN_PATHS]
    if early:
        raise RuntimeError(f"install_security(app) must come before the routes; already registered: {early}")
    settings = settings or get_settings()
    limiter = RateLimiter(settings.rate_limit, settings.rate_limit_storage) if settings.rate_limit else None
    app.state.security_settings = settings
    app.router.dependencies.append(Depends(require_api_key))
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST", "PATCH", "DELETE"],
                           allow_headers=["Content-Type", "X-API-Key", "Authorization"], max_age=600)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)
    _add_index_errors(app)
    build = app.build_middleware_stack
    # Outermost, outside Starlette's ServerErrorMiddleware: even a 500 gets the headers.
    app.build_middleware_stack = lambda: SecurityMiddleware(build(), settings, limiter)  # type: ignore[method-assign]
    _document_errors(app, settings)


# --- API key -------------------------------------------------------------------------------------

_key_header = APIKeyHeader(name="X-API-Key", scheme_name="X-API-Key", auto_error=False,
                           description="POLICYQA_API_KEY, sent as the X-API-Key header")
_bearer = HTTPBearer(scheme_name="Bearer", auto_error=False,
                     description="POLICYQA_API_KEY, sent as Authorization: Bearer KEY")
_KEY_REFUSED = ("需要有效的 API 密钥（X-API-Key 或 Authorization: Bearer）/ "
                "a valid API key is required (X-API-Key or Authorization: Bearer)")


def require_api_key(request: Request, key: str | None = Security(_key_header),
                    bearer: HTTPAuthorizationCredentials | None = Security(_bearer)) -> None:
    """401 unless the request carries the configured key (X-API-Key wins over a Bearer token).
    Installed on every route of the app; only /api/* paths outside OPEN_PATHS are checked.
    Routes that change data depend on `require_write` as well."""
    path: str = request.scope["path"]  # the same path the middleware sees
    if not path.startswith("/api/") or path in OPEN_PATHS:
        return
    settings = _security_settings(request, "require_api_key")
    if settings.api_key is None:
        return
    if not key_matches(_given_key(key, bearer), settings.api_key):
        raise HTTPException(401, _KEY_REFUSED, headers={"WWW-Authenticate": "Bearer"})


def key_matches(given: str | None, expected: SecretStr) -> bool:
    """Constant-time comparison of a key from a header with the configured one. On bytes: constant
    time whatever the content (str would need ASCII); header values arrive latin-1 decoded, so
    encoding them back gives the bytes that were sent."""
    return given is not None and hmac.compare_digest(given.encode("latin-1", "replace"),
                                                     expected.get_secret_value().encode("utf-8"))


_FORWARDING_HEADERS = ("forwarded", "x-forwarded-for", "x-real-ip")


def require_write(request: Request, key: str | None = Security(_key_header),
                  bearer: HTTPAuthorizationCredentials | None = Security(_bearer)) -> None:
    """Dependency of the routes that change data (uploads, deletions, edits, evaluation runs).

    With POLICYQA_API_KEY set, the key is required (as by `require_api_key`, checked again here so
    that a write route is never open whatever the path). With no key set, only a client on this
    machine (a loopback address) may write, and anyone else is told to set POLICYQA_API_KEY: reading
    an open index is one thing, letting the network change it is another. A request that carries
    proxy forwarding headers is never taken for a local one: behind a reverse proxy, set a key.
    """
    settings = _security_settings(request, "require_write")
    if settings.api_key is not None:
        if not key_matches(_given_key(key, bearer), settings.api_key):
            raise HTTPException(401, _KEY_REFUSED, headers={"WWW-Authenticate": "Bearer"})
        return
    host = request.client.host if request.client else ""
    try:
        address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    # a request relayed by a proxy on this machine arrives from loopback too: it is not a local user
    forwarded = any(h in request.headers for h in _FORWARDING_HEADERS)
    if address is None or not address.is_loopback or forwarded:
        raise HTTPException(403, "未设置 POLICYQA_API_KEY 时，只允许本机修改文件库和运行评测；请在服务器上设置 "
                                 "POLICYQA_API_KEY 后使用密钥访问 / without POLICYQA_API_KEY, only this machine "
                                 "(a loopback address) may change data: set POLICYQA_API_KEY on the server and "
                                 "send the key")


def _security_settings(request: Request, user: str) -> Settings:
    settings: Settings | None = getattr(request.app.state, "security_settings", None)
    if settings is None:  # the dependency without install_security: refuse rather than serve open
        raise RuntimeError(f"{user} used on an app without install_security(app)")
    return settings


def _given_key(key: str | None, bearer: HTTPAuthorizationCredentials | None) -> str | None:
    """The key a request carries: X-API-Key wins over a Bearer token."""
    return key if key is not None else (bearer.credentials if bearer is not None else None)


# --- rate limit ----------------------------------------------------------------------------------

class RateLimiter:
    """At most `rate.amount` requests per client in any `rate.seconds` (a moving window), counted
    in Redis when `storage_url` is given — shared by every process using the same store — else in
    this process's memory."""

    def __init__(self, rate: RateLimit, storage_url: str | None = None):
        self.item = RateLimitItemPerSecond(rate.amount, rate.seconds)
        self.shared = storage_url is not None
        try:
            storage = storage_from_string(storage_url or "memory://")
            reachable = storage.check()
        except Exception as err:  # noqa: BLE001 - bad URL, missing client library, refused connection
            raise ConfigError(f"POLICYQA_RATE_LIMIT_STORAGE={storage_url!r}: {err}") from None
        if not reachable:
            raise ConfigError(f"POLICYQA_RATE_LIMIT_STORAGE={storage_url!r}: the store cannot be reached")
        self.limiter = MovingWindowRateLimiter(storage)

    def take(self, client: str) -> float:
        """0 if the request may go ahead, else the seconds until it could (the oldest request
        in the window expires)."""
        if self.limiter.hit(self.item, RATE_NAMESPACE, client):
            return 0.0
        reset_at = self.limiter.get_window_stats(self.item, RATE_NAMESPACE, client).reset_time
        return max(reset_at - time.time(), 0.001)

    async def take_async(self, client: str) -> float:
        # a network store answers off the event loop; memory answers in microseconds, inline
        return await run_in_threadpool(self.take, client) if self.shared else self.take(client)


# --- middleware ----------------------------------------------------------------------------------

class SecurityMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings, limiter: RateLimiter | None):
        self.app = app
        self.settings = settings
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = f"{PROCESS_TAG}-{uuid.uuid4().hex[:12]}"
        scope.setdefault("state", {})["request_id"] = request_id
        path: str = scope["path"]
        send = _with_headers(send, request_id, DOCS_CSP if path.startswith(DOCS_PATHS) else PAGE_CSP)
        if path.startswith("/api/") and path not in OPEN_PATHS and scope["method"] != "OPTIONS":
            refusal = await self._rate_limited(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        if scope["method"] in ("POST", "PUT", "PATCH") and _is_upload(scope):
            # an upload streams on to its route (to disk, not memory), counted on the way
            refusal, receive = _counted(scope, receive, self._upload_limit(path))
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        elif scope["method"] in ("POST", "PUT", "PATCH"):
            body, refusal = await _read_body(scope, receive, self.settings.max_body)
            if refusal is None and _is_json(scope):
                refusal = _json_problem(body)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send)

    def _upload_limit(self, path: str) -> int:
        return self.settings.max_upload_batch if path in LIBRARY_UPLOADS else self.settings.max_upload

    async def _rate_limited(self, scope: Scope) -> JSONResponse | None:
        if self.limiter is None:
            return None
        client = scope.get("client")
        try:
            wait = await self.limiter.take_async(client[0] if client else "unknown")
        except Exception:  # the shared store is down: refuse (fail closed) and say so in the log
            log.exception("rate-limit store unavailable")
            return JSONResponse({"detail": "服务暂不可用，请稍后再试 / service temporarily unavailable"}, 503,
                                headers={"Retry-After": "5"})
        if wait <= 0:
            return None
        seconds = max(1, math.ceil(wait))
        return JSONResponse({"detail": f"请求过于频繁，请 {seconds} 秒后再试 / too many requests, "
                                       f"retry after {seconds} s"}, 429, headers={"Retry-After": str(seconds)})


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
    too_large = JSONResponse({"detail": _too_large(limit)}, 413)
    if _declared_over(scope, limit):
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


def _counted(scope: Scope, receive: Receive, limit: int) -> tuple[JSONResponse | None, Receive]:
    """An upload is not held here: its route reads it (Starlette spools the files to disk), through a
    `receive` that counts the bytes and raises a 413 inside the app once `limit` is passed, so the
    route stops reading. A declared Content-Length over `limit` is refused before anything is read."""
    if _declared_over(scope, limit):
        return JSONResponse({"detail": _too_large(limit)}, 413), receive
    received = 0

    async def counting() -> Message:
        nonlocal received
        message = await receive()
        received += len(message.get("body", b""))
        if received > limit:
            raise StarletteHTTPException(413, _too_large(limit))
        return message

    return None, counting


def _declared_over(scope: Scope, limit: int) -> bool:
    declared = dict(scope["headers"]).get(b"content-length")
    return declared is not None and declared.isdigit() and int(declared) > limit


def _too_large(limit: int) -> str:
    return f"请求体过大（上限 {_human(limit)}）/ request body larger than {_human(limit)}"


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: wait for the disconnect, as the server would

    return replay


def _content_type(scope: Scope) -> bytes:
    return dict(scope["headers"]).get(b"content-type", b"").split(b";")[0].strip().lower()


def _is_json(scope: Scope) -> bool:
    content_type = _content_type(scope)
    return content_type == b"application/json" or content_type.endswith(b"+json")


def _is_upload(scope: Scope) -> bool:
    return _content_type(scope) == b"multipart/form-data"


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
        where = f"line {err.lineno}, column {err.colno}: {err.msg}"
        return JSONResponse({"detail": f"请求体不是有效的 JSON（第 {err.lineno} 行第 {err.colno} 列：{err.msg}）/ "
                                       f"request body is not valid JSON ({where})"}, 400)
    except RecursionError:
        return JSONResponse({"detail": "请求体 JSON 嵌套过深 / request body JSON is nested too deeply"}, 400)
    return None


def _human(size: int) -> str:
    return f"{size / 1024 / 1024:g} MiB" if size >= 1024 * 1024 else f"{size / 1024:g} KiB"


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
    if settings.rate_limit:
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
                if path in OPEN_PATHS:
                    operation["security"] = []  # explicitly open (the key dependency is app-wide)
                for status, description in responses.items():
                    if path in OPEN_PATHS and status in ("401", "429"):
                        continue
                    operation.setdefault("responses", {}).setdefault(status, {
                        "description": description,
                        "content": {"application/json": {"schema": error_schema}}})
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
