"""Where state lives and which backends to use, from the environment."""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT / "corpus"
DEFAULT_EMBEDDER = "m3e-small"


def data_dir() -> Path:
    """All state (index builds, BM25, figure store, Chroma files) lives here."""
    return Path(os.environ.get("POLICYQA_DATA_DIR", "data")).resolve()


def chroma_url() -> str | None:
    """`http://host:port` of a Chroma server (`chroma run`); unset = embedded PersistentClient."""
    return os.environ.get("POLICYQA_CHROMA_URL") or None


def ocr_enabled() -> bool:
    """POLICYQA_OCR=off: scans and images are refused instead of recognised (RapidOCR, ingest/ocr.py)."""
    return os.environ.get("POLICYQA_OCR", "on").strip().lower() not in ("off", "0", "false", "no")


def max_document_mb() -> int:
    """POLICYQA_MAX_DOCUMENT_MB (default 50): the largest file the web app's library accepts."""
    return _positive_int("POLICYQA_MAX_DOCUMENT_MB", 50)


def max_upload_mb() -> int:
    """POLICYQA_MAX_UPLOAD_BATCH_MB (default 200): the largest upload request (all its files together)."""
    return _positive_int("POLICYQA_MAX_UPLOAD_BATCH_MB", 200)


def worker_nice() -> int:
    """POLICYQA_WORKER_NICE (default 10): CPU priority of the background ingest/evaluation worker,
    so that answering keeps its speed while a job runs (0 = same priority as the server)."""
    return _positive_int("POLICYQA_WORKER_NICE", 10, minimum=0)


def _positive_int(name: str, default: int, minimum: int = 1) -> int:
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit() or int(text) < minimum:
        raise ValueError(f"{name}={text!r}: expected a whole number ≥ {minimum}")
    return int(text)
