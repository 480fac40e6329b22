"""A Service over documents a test writes: one real ingest (real model, real Chroma) of the texts
given, for tests of answering on documents the code has never seen."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from ingest.index import Index
from ingest.pipeline import run_ingest
from server.schemas import AskResponse
from server.service import Service


def service_over(tmp_path_factory: pytest.TempPathFactory, name: str, documents: dict[str, str | bytes]) -> Service:
    """Ingests `documents` into a fresh data directory: document id → text (written as .txt), or
    file name → its bytes (`notice.docx`, `plan.pdf`: the document id is the name's stem)."""
    corpus = tmp_path_factory.mktemp(f"{name}-corpus")
    for key, content in documents.items():
        if isinstance(content, bytes):
            (corpus / key).write_bytes(content)
        else:
            (corpus / f"{key}.txt").write_text(content, encoding="utf-8")
    data = tmp_path_factory.mktemp(f"{name}-data")
    summary = run_ingest([corpus], None, False, data_dir=data)
    assert not summary.failed, str(summary)
    return Service(Index.open(Path(data)), generator=None)


def first_figure(response: AskResponse) -> tuple[float, str]:
    """The answer's first figure, rounded to 2 places, with its unit; the answer must not abstain."""
    assert not response.abstained, response.answer
    return round(response.figures[0].value, 2), response.figures[0].unit


def inputs_cited(service: Service, response: AskResponse, doc_id: str) -> bool:
    """The answer computes figures, and every input's span lies inside one of its citations and
    quotes the document."""
    text = service.index.documents[doc_id].text
    spans = [(c.start, c.end) for c in response.citations]
    return bool(response.figures) and all(
        any(s <= i["source"]["start"] < i["source"]["end"] <= e for s, e in spans)
        and text[i["source"]["start"]:i["source"]["end"]] == i["source"]["text"]
        for f in response.figures for i in f.inputs)


def docx_table(document: Any, rows: Sequence[Sequence[str]]) -> Any:
    """A Word table added to a python-docx `document`, one row per sequence of cell texts."""
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for cells, values in zip(table.rows, rows):
        for cell, text in zip(cells.cells, values):
            cell.text = text
    return table
