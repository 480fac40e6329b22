"""server/prewarm.py: the amounts of a build's documents are scanned ahead, once, up to a limit; what a
question then reads is what a first-use scan gives; a build with a document added or changed reads
its own amounts, never the previous build's."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

import server.answer.operands as operands
from ingest.models import Chunk, DocMeta, Document
from server.answer.evidence import Reader
from server.prewarm import warm_documents


def _build(texts: dict[str, str]) -> SimpleNamespace:
    """A service-shaped build of one-passage documents written here."""
    documents = {d: Document(d, text, DocMeta(title=d)) for d, text in texts.items()}
    chunks = [Chunk(f"{d}#c1", d, text, text, 0, len(text), "一、总体情况") for d, text in texts.items()]
    return SimpleNamespace(index=SimpleNamespace(document_heads={d: None for d in texts}),
                           composer=SimpleNamespace(reader=Reader(documents, chunks)))


TEXTS = {"a": "全市新增托位1200个，新建幼儿园15所。", "b": "全省普惠性幼儿园覆盖率达到92.5%，培训教师3000人次。",
         "c": "新增公办学位4.2万个。"}


@pytest.fixture
def scans(monkeypatch) -> list[str]:
    seen: list[str] = []
    scan = operands._scan

    def counted(reader, doc_id):
        seen.append(doc_id)
        return scan(reader, doc_id)

    monkeypatch.setattr(operands, "_scan", counted)
    return seen


def _values(build: SimpleNamespace, doc_id: str) -> list[float]:
    return [a.quantity.value for a in operands.document_amounts(build.composer.reader, doc_id)]


def test_documents_are_scanned_once_ahead_and_questions_read_the_same_amounts(scans):
    warmed, cold = _build(TEXTS), _build(TEXTS)
    assert warm_documents(warmed) == 3 and scans == ["a", "b", "c"]
    assert [_values(warmed, d) for d in TEXTS] == [[1200, 15], [92.5, 3000], [42000]]
    assert scans == ["a", "b", "c"]  # read from what the warm-up scanned
    assert [_values(cold, d) for d in TEXTS] == [_values(warmed, d) for d in TEXTS]  # as a first use gives


def test_the_limit_leaves_the_other_documents_to_their_first_use(scans):
    build = _build(TEXTS)
    assert warm_documents(build, limit=1) == 1 and scans == ["a"]
    _values(build, "c")
    assert scans == ["a", "c"]


def test_a_build_with_a_document_added_or_changed_reads_its_own_amounts(scans):
    before = _build(TEXTS)
    warm_documents(before)
    after = _build({**TEXTS, "a": "全市新增托位1500个。", "d": "改造农村薄弱学校80所。"})
    warm_documents(after)
    assert _values(after, "a") == [1500] and _values(after, "d") == [80]
    assert _values(before, "a") == [1200, 15]  # the old build, still answering, keeps its own
