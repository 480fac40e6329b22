"""Every setting of policyqa, in one place: the POLICYQA_* environment variables as typed fields.

`get_settings()` parses and validates them once; a bad value is a `ConfigError` that names the
variable, raised where a command or the server starts. The parsed object is kept per POLICYQA_*
environment: a running server never sees it change, while a test that sets a variable
(`monkeypatch.setenv`) gets a freshly parsed object on its next call, with no cache to clear.

New configuration is a field here (with a description: `policyqa config` and the README's table
are made from the fields), never a read of `os.environ` elsewhere.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BeforeValidator, ByteSize, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ENV_PREFIX = "POLICYQA_"
_RATE = re.compile(r"^(\d+)/(\d*)(s|sec|m|min|h)?$")
_PERIOD_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600}


class ConfigError(ValueError):
    """A POLICYQA_* variable that cannot be understood; the message names it and what is expected."""


@dataclass(frozen=True)
class RateLimit:
    """At most `amount` requests per client in any `seconds`-long window."""

    amount: int
    seconds: int

    def __str__(self) -> str:
        return f"{self.amount}/{self.seconds}s"


def parse_rate(value: Any) -> RateLimit | None:
    """`30/10s` → RateLimit(30, 10); `100/1m` → (100, 60); `20/s` → (20, 1); `off`/`0` → None."""
    if value is None or isinstance(value, RateLimit):
        return value
    text = re.sub(r"\s+", "", str(value)).lower()
    if text in ("off", "none", "0"):
        return None
    m = _RATE.match(text)
    if not m or int(m.group(1)) <= 0 or not (m.group(2) or m.group(3)) or m.group(2) == "0":
        raise ValueError("expected N/T such as 30/10s, 100/1m or 1000/1h (whole seconds, minutes or hours), or off")
    return RateLimit(int(m.group(1)), int(m.group(2) or 1) * _PERIOD_SECONDS[m.group(3) or "s"])


def _comma_list(value: Any) -> Any:
    return [part.strip() for part in value.split(",") if part.strip()] if isinstance(value, str) else value


Size = Annotated[ByteSize, Field(gt=0)]


class Settings(BaseSettings):
    """policyqa's configuration. Each field is the environment variable POLICYQA_<FIELD NAME>."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_ignore_empty=True, extra="ignore",
                                      validate_default=True, frozen=True)

    data_dir: Path = Field(Path("data"), description=(
        "all state: index builds, `CURRENT`, BM25, figure store, embedded Chroma, eval reports; "
        "shared by all replicas in scale-out; relative paths are taken from the working directory"))
    chroma_url: str | None = Field(None, description=(
        "`http://host:port` of a `chroma run` server, the same on every replica and every ingest; "
        "unset = embedded Chroma inside each build"))
    api_key: SecretStr | None = Field(None, description=(
        "every `/api/*` route but `/api/health` needs `X-API-Key: KEY` or `Authorization: Bearer KEY` "
        "(401 otherwise); unset = open"))
    rate_limit: Annotated[RateLimit | None, BeforeValidator(parse_rate)] = Field(RateLimit(60, 10), description=(
        "per client address: at most N requests in any T (`N/Ts`, `N/Tm`, `N/Th`; `off` disables); "
        "429 with `Retry-After`"))
    rate_limit_storage: str | None = Field(None, description=(
        "`redis://host:port[/db]` (or `rediss://`): the rate limit is counted there, shared by all "
        "workers and replicas; unset = in each process's memory, so with W workers a client gets W× the rate"))
    max_body: Size = Field(ByteSize(1024 ** 2), description=(
        "largest request body that is not an upload, e.g. JSON (413 beyond); `512KiB`, `1MiB`, bytes"))
    max_upload: Size = Field(ByteSize(5 * 1024 ** 2), description=(
        "largest upload (a `multipart/form-data` request such as the CSV of `/api/compliance/schools` or a "
        "test set for `/api/reports`; the document library's is `POLICYQA_MAX_UPLOAD_BATCH`); 413 beyond, "
        "checked while the body streams in"))
    max_upload_batch: Size = Field(ByteSize(200 * 1024 ** 2), description=(
        "largest upload to the document library (`POST /api/documents`, all its files together); it takes "
        "the place of `POLICYQA_MAX_UPLOAD` there; 413 beyond, checked while the body streams to disk"))
    max_document: Size = Field(ByteSize(50 * 1024 ** 2), description=(
        "largest single file the document library accepts; a larger one is refused by name, the rest of "
        "its upload goes on"))
    ocr: bool = Field(True, description=(
        "recognise the text of images and of PDFs without a text layer (RapidOCR, models inside its wheel); "
        "`off` (or `false`, `0`): such files are refused with the reason"))
    worker_nice: int = Field(10, ge=0, le=19, description=(
        "CPU priority (nice) of the background job worker (uploads, web evaluation runs); above 0 it also "
        "embeds on one thread, so that answering keeps its speed; 0 = as the server, all cores"))
    cors_origins: Annotated[list[str], NoDecode, BeforeValidator(_comma_list)] = Field([], description=(
        "comma-separated origins allowed to call the API from a browser; unset = no CORS headers"))
    max_import_bytes: Size = Field(ByteSize(20 * 1024 ** 3), description=(
        "`policyqa import`: refuse an archive that unpacks to more"))
    bench_embedders: bool = Field(False, description=(
        "allow the benchmark-only embedder `hashing` (vectors without meaning, for `policyqa bench` at "
        "10⁵–10⁶ chunks); the bench sets it for its own processes; never set it for a real index"))
    llm_base_url: str | None = Field(None, description=(
        "OpenAI-compatible endpoint (vLLM, Ollama …) of the optional generative mode; unset = extractive only"))
    llm_model: str = Field("qwen2.5-7b-instruct", description="model name sent to `POLICYQA_LLM_BASE_URL`")
    llm_api_key: SecretStr | None = Field(None, description="API key of `POLICYQA_LLM_BASE_URL`, if it needs one")

    @field_validator("chroma_url", "llm_base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not urlsplit(value if "://" in value else f"http://{value}").hostname:
            raise ValueError("expected a URL such as http://host:port")
        if value is not None and "://" in value and urlsplit(value).scheme not in ("http", "https"):
            raise ValueError("expected an http:// or https:// URL")
        return value

    @field_validator("rate_limit_storage")
    @classmethod
    def _storage_url(cls, value: str | None) -> str | None:
        if value is not None and (urlsplit(value).scheme not in ("redis", "rediss") or not urlsplit(value).hostname):
            raise ValueError("expected redis://host:port[/db] or rediss://host:port[/db]")
        return value


def env_name(field: str) -> str:
    return f"{ENV_PREFIX}{field.upper()}"


def get_settings() -> Settings:
    """The settings of this process (ConfigError if a variable is invalid)."""
    return _parse(tuple(sorted((k.upper(), v) for k, v in os.environ.items() if k.upper().startswith(ENV_PREFIX))))


@lru_cache(maxsize=8)
def _parse(environment: tuple[tuple[str, str], ...]) -> Settings:
    # `environment` is only the cache key: pydantic-settings reads the same variables itself
    try:
        return Settings()
    except ValidationError as err:
        given = dict(environment)
        problems = []
        for e in err.errors():
            name = env_name(str(e["loc"][0])) if e["loc"] else ENV_PREFIX + "*"
            shown = "<hidden>" if name in _SECRET_VARS else repr(given.get(name, ""))
            problems.append(f"{name}={shown}: {str(e['msg']).removeprefix('Value error, ')}")
        raise ConfigError("; ".join(problems)) from None


_SECRET_VARS = {env_name(n) for n, f in Settings.model_fields.items() if "SecretStr" in str(f.annotation)}


# --- showing the configuration -------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    variable: str
    value: str  # as it takes effect, secrets masked
    source: Literal["env", "default"]
    default: str
    description: str


def describe(settings: Settings | None = None) -> list[Entry]:
    """One entry per setting: its effective value (keys masked) and whether the environment set it."""
    settings = settings or get_settings()
    present = {k.upper() for k, v in os.environ.items() if v}
    return [Entry(env_name(name), _shown(getattr(settings, name), effective=True),
                  "env" if env_name(name) in present else "default", _shown(field.default),
                  field.description or "")
            for name, field in Settings.model_fields.items()]


def markdown_table() -> str:
    """The README's configuration table (tests/test_settings.py checks that the README has it)."""
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        default = _shown(field.default)
        default = default if default == "unset" else f"`{default}`"
        lines.append(f"| `{env_name(name)}` | {default} | {field.description} |")
    return "\n".join(lines)


def _shown(value: Any, effective: bool = False) -> str:
    if value is None:
        return "unset"
    if isinstance(value, SecretStr):
        return "****" if value.get_secret_value() else "unset"
    if isinstance(value, Path) and effective:
        return str(value.resolve())
    if isinstance(value, ByteSize):
        return re.sub(r"\.0(?=[A-Za-z])", "", value.human_readable(decimal=False))  # 1.0MiB → 1MiB
    if isinstance(value, list):
        return ",".join(value) or "unset"
    if isinstance(value, str) and "://" in value:
        return _without_password(value)
    return str(value)


def _without_password(url: str) -> str:
    """`redis://:secret@host:6379` → `redis://:****@host:6379`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:****@{parts.hostname}" + (f":{parts.port}" if parts.port else "")))
