"""Where things are: the repository's own files, and shorthands for the settings most modules need.

Configuration itself is ingest/settings.py (one Settings object from POLICYQA_* variables).
"""
from __future__ import annotations

from pathlib import Path

from ingest.settings import get_settings

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT / "corpus"
DEFAULT_EMBEDDER = "m3e-small"
REPORT_HTML = "report.html"


def data_dir() -> Path:
    """All state (index builds, BM25, figure store, Chroma files, eval reports) lives here."""
    return get_settings().data_dir.resolve()


def chroma_url() -> str | None:
    """`http://host:port` of a Chroma server (`chroma run`); None = embedded PersistentClient."""
    return get_settings().chroma_url


def eval_dir() -> Path:
    """Evaluation reports: one directory per run, and `latest/` (the one the web page shows)."""
    return data_dir() / "eval"


def latest_report_path() -> Path | None:
    """The HTML report of the latest `policyqa eval` run, or None if there is none yet."""
    path = eval_dir() / "latest" / REPORT_HTML
    return path if path.is_file() else None
