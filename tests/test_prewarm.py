"""server/prewarm.py: the amounts of a build's documents are scanned ahead, and their passages read as
evidence, once, up to a limit; what a question then reads is what a first use gives; a build with a
document added or changed reads its own, never the previous build's."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

import server.answer.operands as operands
import server.prewarm as prewarm
from ingest.index import Index
from ingest.models import Chunk, DocMeta, Document
from ingest.pipeline import run_ingest
from ingest.wordvectors import content_words
from server.answer.evidence import Reader, Sentences
from server.answer.nearwords import LEARN_BATCH, NearWords
from server.prewarm import warm_documents
from server.service import service_for


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


def test_passages_are_read_ahead_once_and_as_a_first_use_reads_them(monkeypatch):
    reads: list[tuple[int, int]] = []
    read = Sentences.read

    def counted(text: str, start: int, end: int) -> Sentences:
        reads.append((start, end))
        return read(text, start, end)

    monkeypatch.setattr(Sentences, "read", staticmethod(counted))
    warmed, cold = _build(TEXTS), _build(TEXTS)
    warm_documents(warmed)
    assert len(reads) == len(TEXTS)  # every passage read ahead, once
    chunks = [c for d in TEXTS for c in warmed.composer.reader.chunks_of[d]]
    assert [warmed.composer.reader.sentences(c) for c in chunks] == [cold.composer.reader.sentences(c) for c in chunks]
    assert len(reads) == 2 * len(TEXTS)  # the warmed reader read none again; the cold one read each once
    assert [warmed.composer.reader.years[c.chunk_id] for c in chunks] == \
        [cold.composer.reader.years[c.chunk_id] for c in chunks]


def test_passages_read_ahead_stop_at_the_limit(monkeypatch):
    monkeypatch.setattr(prewarm, "WARM_PASSAGES", 2)
    build = _build(TEXTS)
    seen: list[str] = []
    monkeypatch.setattr(build.composer.reader, "sentences", lambda chunk: seen.append(chunk.doc_id))
    warm_documents(build)
    assert seen == ["a", "b"]


def test_the_words_of_warmed_passages_and_heads_are_embedded_in_one_call():
    calls: list[list[str]] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.array([[1.0, len(t), sum(map(ord, t)) % 5] for t in texts], dtype=np.float32)

    build = _build(TEXTS)
    reader = build.composer.reader
    reader.documents["a"] = Document("a", TEXTS["a"], DocMeta(title="青石市托育服务发展报告"))
    reader.near = NearWords(embed)
    warm_documents(build)
    assert len(calls) == 1 and {"托位", "幼儿园", "覆盖率", "学位"} <= set(calls[0])
    assert "报告" in calls[0] and set(content_words(reader.supplied("a"))) <= set(calls[0])  # the head's title
    reader.near.near("托儿", reader.flat["a#c1"])
    assert calls[1:] == [["托儿"]]  # only the question's own word is left to embed


def test_many_words_are_embedded_in_slices_so_the_model_is_free_between_them():
    """A large library's missing words go to the model LEARN_BATCH at a time, each once."""
    calls: list[list[str]] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.ones((len(texts), 3), dtype=np.float32)

    near = NearWords(embed)
    words = [f"词{k}" for k in range(2 * LEARN_BATCH + 5)]
    assert near.learn(words + words[:7]) == len(words)
    assert [len(c) for c in calls] == [LEARN_BATCH, LEARN_BATCH, 5]
    assert [w for c in calls for w in c] == words
    assert near.learn(words) == 0 and len(calls) == 3  # all kept: none embedded again


REPORT = "{place}教育事业发展情况\n2025年6月\n一、学校建设\n全县新建幼儿园{n}所，新增学位{seats}个。\n"


def test_a_document_added_is_answered_by_the_new_build_and_not_by_the_old(tmp_path):
    """What the warm-up keeps lives on a build's reader: after an ingest adds a document, the new build
    (a new Index, so a new service) answers from it, warmed or not, and the old build keeps its own."""
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    corpus.mkdir()
    (corpus / "qinghe-2025.txt").write_text(REPORT.format(place="清河县", n=6, seats=3200), encoding="utf-8")
    assert not run_ingest([corpus], None, False, data_dir=data).failed
    before = service_for(Index.open(data))
    warm_documents(before)
    question = "柳林县新建幼儿园多少所？"
    assert before.ask(question).abstained
    (corpus / "liulin-2025.txt").write_text(REPORT.format(place="柳林县", n=9, seats=2700), encoding="utf-8")
    assert not run_ingest([corpus], None, False, data_dir=data).failed
    after = service_for(Index.open(data))
    assert after is not before
    warm_documents(after)
    answer = after.ask(question)
    assert not answer.abstained and answer.figures[0].value == 9, answer.answer
    assert {c.doc_id for c in answer.citations} == {"liulin-2025"}
    assert before.ask(question).abstained  # the old build, still answering, knows nothing of it
    assert before.ask("清河县新建幼儿园多少所？").figures[0].value == 6
