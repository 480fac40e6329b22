"""ingest/settings.py: one typed Settings object from the POLICYQA_* environment, clear errors,
`policyqa config`, the README's table made from the fields, and no stray environment reads."""
from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest

import policyqa
from ingest import config
from ingest.config import REPO_ROOT
from ingest.settings import ConfigError, RateLimit, Settings, get_settings, markdown_table, parse_rate

PACKAGES = ("ingest", "figures", "server", "eval")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.upper().startswith("POLICYQA_"):
            monkeypatch.delenv(name)
    return monkeypatch


def test_defaults(clean_env):
    s = get_settings()
    assert s.data_dir == Path("data") and s.chroma_url is None and s.api_key is None
    assert s.rate_limit == RateLimit(60, 10) and s.rate_limit_storage is None
    assert (s.max_body, s.max_upload, s.max_import_bytes) == (1024 ** 2, 5 * 1024 ** 2, 20 * 1024 ** 3)
    assert s.cors_origins == [] and s.llm_base_url is None and s.llm_model == "qwen2.5-7b-instruct"
    assert (s.max_upload_batch, s.max_document, s.ocr, s.worker_nice) == (200 * 1024 ** 2, 50 * 1024 ** 2, True, 10)
    assert s.bench_embedders is False


def test_every_variable_is_read_and_typed(clean_env, tmp_path):
    values = {"DATA_DIR": str(tmp_path), "CHROMA_URL": "http://10.0.0.10:8001", "API_KEY": "k3y",
              "RATE_LIMIT": "100/1m", "RATE_LIMIT_STORAGE": "redis://127.0.0.1:6379/2", "MAX_BODY": "512KiB",
              "MAX_UPLOAD": "2MiB", "CORS_ORIGINS": "https://a.example, https://b.example",
              "MAX_IMPORT_BYTES": "1GiB", "LLM_BASE_URL": "http://10.0.0.20:8000/v1", "LLM_MODEL": "qwen3",
              "LLM_API_KEY": "sk-x", "MAX_UPLOAD_BATCH": "64MiB", "MAX_DOCUMENT": "8MiB", "OCR": "off",
              "WORKER_NICE": "0", "BENCH_EMBEDDERS": "1"}
    assert {f"POLICYQA_{k}" for k in values} == {f"POLICYQA_{n.upper()}" for n in Settings.model_fields}
    for name, value in values.items():
        clean_env.setenv(f"POLICYQA_{name}", value)
    s = get_settings()
    assert s.data_dir == tmp_path and config.data_dir() == tmp_path.resolve()
    assert s.chroma_url == config.chroma_url() == "http://10.0.0.10:8001"
    assert s.api_key is not None and s.api_key.get_secret_value() == "k3y" and "k3y" not in repr(s)
    assert s.rate_limit == RateLimit(100, 60) and s.rate_limit_storage == "redis://127.0.0.1:6379/2"
    assert (s.max_body, s.max_upload, s.max_import_bytes) == (512 * 1024, 2 * 1024 ** 2, 1024 ** 3)
    assert s.cors_origins == ["https://a.example", "https://b.example"]
    assert s.llm_model == "qwen3" and s.llm_api_key is not None and s.llm_api_key.get_secret_value() == "sk-x"
    assert (s.max_upload_batch, s.max_document, s.ocr, s.worker_nice) == (64 * 1024 ** 2, 8 * 1024 ** 2, False, 0)
    assert s.bench_embedders is True


def test_empty_variable_means_default_not_off(clean_env):
    clean_env.setenv("POLICYQA_RATE_LIMIT", "")
    clean_env.setenv("POLICYQA_API_KEY", "")
    s = get_settings()
    assert s.rate_limit == RateLimit(60, 10) and s.api_key is None


@pytest.mark.parametrize("text, expected", [("30/10s", RateLimit(30, 10)), ("100/1m", RateLimit(100, 60)),
                                            ("5/2h", RateLimit(5, 7200)), ("20/s", RateLimit(20, 1)),
                                            (" 30 / 10 s ", RateLimit(30, 10)), ("off", None), ("0", None)])
def test_parse_rate(text, expected):
    assert parse_rate(text) == expected


@pytest.mark.parametrize("name, value", [
    ("RATE_LIMIT", "lots"), ("RATE_LIMIT", "10/"), ("RATE_LIMIT", "-1/10s"), ("RATE_LIMIT", "10/0s"),
    ("RATE_LIMIT", "1/0.5s"), ("RATE_LIMIT", "1/10parsecs"), ("MAX_BODY", "huge"), ("MAX_BODY", "0"),
    ("MAX_UPLOAD", "-5MiB"), ("MAX_IMPORT_BYTES", "many"), ("CHROMA_URL", "ftp://host:1"),
    ("RATE_LIMIT_STORAGE", "memcached://127.0.0.1:11211"), ("RATE_LIMIT_STORAGE", "redis://"),
    ("LLM_BASE_URL", "http://"), ("MAX_DOCUMENT", "0"), ("OCR", "maybe"), ("WORKER_NICE", "-1"),
    ("WORKER_NICE", "20"),
])
def test_bad_value_is_an_error_naming_the_variable(clean_env, name, value):
    clean_env.setenv(f"POLICYQA_{name}", value)
    with pytest.raises(ConfigError, match=f"^POLICYQA_{name}={re.escape(repr(value))}: "):
        get_settings()


def test_parsed_once_per_environment(clean_env, tmp_path):
    first = get_settings()
    assert get_settings() is first  # read once: the same object while the environment stays
    clean_env.setenv("POLICYQA_DATA_DIR", str(tmp_path))  # a test's override needs no cache clearing
    assert get_settings() is not first and config.data_dir() == tmp_path.resolve()


def test_config_command_shows_values_sources_and_masks_keys(clean_env, capsys, tmp_path):
    clean_env.setenv("POLICYQA_DATA_DIR", str(tmp_path))
    clean_env.setenv("POLICYQA_API_KEY", "super-secret-key")
    clean_env.setenv("POLICYQA_RATE_LIMIT_STORAGE", "redis://:hunter2@127.0.0.1:6379/0")
    assert policyqa.main(["config"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()}
    assert set(rows) == {f"POLICYQA_{n.upper()}" for n in Settings.model_fields}
    assert rows["POLICYQA_DATA_DIR"] == ["env", str(tmp_path.resolve())]
    assert rows["POLICYQA_API_KEY"] == ["env", "****"]
    assert rows["POLICYQA_RATE_LIMIT"] == ["default", "60/10s"]
    assert rows["POLICYQA_LLM_API_KEY"] == ["default", "unset"]
    assert rows["POLICYQA_RATE_LIMIT_STORAGE"] == ["env", "redis://:****@127.0.0.1:6379/0"]
    assert "super-secret-key" not in out and "hunter2" not in out


def test_bad_setting_stops_any_command_with_exit_2(clean_env, capsys):
    clean_env.setenv("POLICYQA_MAX_BODY", "a lot")
    assert policyqa.main(["docs"]) == 2
    assert "POLICYQA_MAX_BODY='a lot'" in capsys.readouterr().err


def test_readme_table_is_made_from_the_fields():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- settings table: policyqa config --markdown -->\n(.*?)\n<!-- end of settings table -->",
                      readme, re.S)
    assert block is not None, "README.md lost its settings table markers"
    assert block.group(1) == markdown_table(), "README settings table is stale: paste `policyqa config --markdown`"
    for name, field in Settings.model_fields.items():
        assert field.description, f"Settings.{name} needs a description: it is the documentation"


def _environment_reads(path: Path) -> list[str]:
    """`os.environ[...]`, `os.environ.get(...)`, `os.getenv(...)` naming a POLICYQA_ variable."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        target = node.value if isinstance(node, ast.Subscript) else node.func if isinstance(node, ast.Call) else None
        if target is None or "environ" not in ast.unparse(target) and "getenv" not in ast.unparse(target):
            continue
        if any(isinstance(c, ast.Constant) and str(c.value).startswith("POLICYQA_") for c in ast.walk(node)):
            found.append(f"{path.relative_to(REPO_ROOT)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_settings_are_read_nowhere_else():
    """New configuration is a Settings field: no package reads POLICYQA_* from the environment itself."""
    files = [REPO_ROOT / "policyqa.py", *(p for pkg in PACKAGES for p in (REPO_ROOT / pkg).rglob("*.py"))]
    reads = [r for f in files if f.name != "settings.py" for r in _environment_reads(f)]
    assert reads == []


def test_the_check_finds_a_stray_read(tmp_path, monkeypatch):
    monkeypatch.setattr("tests.test_settings.REPO_ROOT", tmp_path)
    bad = tmp_path / "bad.py"
    bad.write_text('import os\nA = os.environ.get("POLICYQA_X", "1")\nB = os.getenv("POLICYQA_Y")\n'
                   'C = os.environ["POLICYQA_Z"]\nD = os.environ.get("HOME")\n', encoding="utf-8")
    assert [r.split(":")[1] for r in _environment_reads(bad)] == ["2", "3", "4"]
