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
