"""Shared, session-scoped fixtures: one real ingest of corpus/ (real model, real Chroma).

- `built_index_dir`: a data directory holding a complete build of corpus/; POLICYQA_DATA_DIR
  points at it for the session (so `Index.open()` and `get_index()` find it). Read-only: a test
  that changes data must work on `data_copy` instead.
- `index`: `Index.open(built_index_dir)`.
- `embedder`: the default embedder (m3e-small), loaded once.
- `corpus_copy`: a private copy of corpus/ (files + manifest.json) to modify.
- `data_copy`: a private copy of `built_index_dir`, so incremental ingests start from a real
  previous build without re-embedding the corpus.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ingest.config import DEFAULT_CORPUS, DEFAULT_EMBEDDER
from ingest.embed import Embedder, load_embedder
from ingest.index import Index
from ingest.pipeline import run_ingest


@pytest.fixture(scope="session", autouse=True)
def _session_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory for the session before any test asks for one: an embedder loaded
    first caches its ONNX model there, never in the repository's ./data."""
    before = os.environ.get("POLICYQA_DATA_DIR")
    if before is None:
        os.environ["POLICYQA_DATA_DIR"] = str(tmp_path_factory.mktemp("session-data"))
    yield Path(os.environ["POLICYQA_DATA_DIR"])
    if before is None:
        os.environ.pop("POLICYQA_DATA_DIR", None)


@pytest.fixture(scope="session")
def built_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    before = os.environ.get("POLICYQA_DATA_DIR")
    os.environ["POLICYQA_DATA_DIR"] = str(data)
    summary = run_ingest([DEFAULT_CORPUS], None, False, data_dir=data)
    assert not summary.failed, str(summary)
    yield data
    if before is None:
        os.environ.pop("POLICYQA_DATA_DIR", None)
    else:
        os.environ["POLICYQA_DATA_DIR"] = before


@pytest.fixture(scope="session")
def index(built_index_dir: Path) -> Index:
    return Index.open(built_index_dir)


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return load_embedder(DEFAULT_EMBEDDER)


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(DEFAULT_CORPUS, tmp_path / "corpus"))


@pytest.fixture
def data_copy(built_index_dir: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(built_index_dir, tmp_path / "data", ignore=shutil.ignore_patterns("ingest.lock")))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--runslow", action="store_true", help="also run tests marked slow (the full load test)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
