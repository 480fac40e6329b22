"""The index read by offset and memory-mapped (ingest/records.py, grams.py, index.py) behaves as
the lists and dicts it replaced, on the real build and on a build written in the test."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from ingest.grams import GramIndex, compact
from ingest.index import DOCS, Index, builds_dir, read_current, read_jsonl
from ingest.models import Chunk, Document
from ingest.records import HEADS, ChunkStore, MemoryChunks, as_chunk_store, line_offsets
from server.answer.evidence import Reader, has_term
from server.answer.text import flat


def _build_dir(index: Index) -> Path:
    return builds_dir(index.data_dir) / index.build_id


def test_chunks_behave_as_the_list_they_replace(index: Index):
    listed = [Chunk(**c) for c in read_jsonl(_build_dir(index) / "chunks.jsonl")]
    assert len(index.chunks) == len(listed) and index.chunks[0] == listed[0] and index.chunks[-1] == listed[-1]
    assert index.chunks[3:6] == listed[3:6] and list(index.chunks) == listed and index.chunks == listed
    with pytest.raises(IndexError):
        index.chunks[len(listed)]
    chunk = listed[42]
    assert index.chunks.by_id(chunk.chunk_id) == chunk
    with pytest.raises(KeyError):
        index.chunks.by_id("no-such-doc#c1")


def test_a_documents_chunks_are_one_range_in_text_order(index: Index):
    for doc_id in index.document_heads:
        chunks = index.chunks.per_document[doc_id]
        assert chunks and {c.doc_id for c in chunks} == {doc_id} and chunks[0].chunk_id == f"{doc_id}#c1"
        assert [c.start for c in chunks] == sorted(c.start for c in chunks)
    assert sum(len(index.chunks.per_document[d]) for d in index.document_heads) == len(index.chunks)


def test_documents_are_read_when_asked_and_heads_hold_the_rest(index: Index):
    listed = {d["doc_id"]: Document.from_json(d) for d in read_jsonl(_build_dir(index) / DOCS)}
    assert list(index.documents) == list(listed) and len(index.documents) == len(listed)
    assert all(index.documents[d] == listed[d] for d in listed)
    assert [d.doc_id for d in index.documents.values()] == list(listed)
    assert dict(index.documents.items()).keys() == listed.keys()
    assert index.documents.get("nope") is None and "nope" not in index.documents
    for doc_id, head in index.document_heads.items():
        assert head.meta == listed[doc_id].meta and head.chars == len(listed[doc_id].text)
        assert head.tables == len(listed[doc_id].tables)


def test_figures_of_a_document_are_its_range(index: Index):
    every = list(index.figures)
    assert index.figures == every and len(every) == index.manifest["counts"]["figures"]
    for doc_id in index.document_heads:
        assert index.figures.of_documents([doc_id]) == [f for f in every if f["doc_id"] == doc_id]


def test_line_offsets_with_and_without_a_final_newline(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": "\xe4\xb8\xad"}\n')
    assert line_offsets(path).tolist() == [0, 9, 22]
    path.write_bytes(b'{"a": 1}\n{"b": 2}')
    assert line_offsets(path).tolist() == [0, 9, 17]


CHUNK_TEXTS = ["九年义务教育巩固率达到99.5%。", "义务 教育 巩固、率", "新建幼儿园3所", "学前三年毛入园率100%",
               "巩固率", "教育", "园", "", "生均公用经费标准提高到每生每年800元"]


def _chunks(texts: list[str]) -> list[Chunk]:
    return [Chunk(f"d#c{i + 1}", "d", t, t, 0, len(t), "") for i, t in enumerate(texts)]


@pytest.fixture
def gram_store(tmp_path) -> ChunkStore:
    chunks = _chunks(CHUNK_TEXTS)
    path = tmp_path / "chunks.jsonl"
    path.write_text("".join(json.dumps(c.__dict__, ensure_ascii=False) + "\n" for c in chunks), encoding="utf-8")
    grams = GramIndex.build(lambda: CHUNK_TEXTS)
    return ChunkStore(path, {"d": (0, len(chunks))}, grams)


@pytest.mark.parametrize("needles", [["巩固率"], ["义务教育"], ["教育"], ["园"], ["幼儿园", "园"], ["99.5%"],
                                     ["公用经费", "经费"], ["不存在的词"], ["毛入园率", "巩固率"]])
def test_substring_counts_equal_a_scan_of_every_chunk(gram_store, needles):
    """The bigram index only proposes candidates; verified, the count is the scan's."""
    def verify(norm: str) -> bool:
        return any(n in flat(norm) for n in needles)
    assert gram_store.count_containing(needles, verify) == sum(verify(t) for t in CHUNK_TEXTS)


def test_beyond_verify_max_the_count_is_the_candidates(gram_store, monkeypatch):
    """Many candidates are not read one by one: their number (an upper bound) is the count."""
    import ingest.records

    def verify(norm: str) -> bool:
        return "巩固率" in norm  # chunk 1 holds it only once spacing is ignored
    assert gram_store.count_containing(["巩固率"], verify) == 2
    monkeypatch.setattr(ingest.records, "VERIFY_MAX", 2)
    assert gram_store.count_containing(["巩固率"], verify) == 3
    assert gram_store.count_containing(["园"], lambda n: "园" in n) == 3  # a character's own count


def test_candidates_ignore_spacing_and_punctuation_and_include_every_match():
    grams = GramIndex.build(lambda: CHUNK_TEXTS)
    assert grams.candidates("巩固率").tolist() == [0, 1, 4]  # 1 holds it once spaces and 、 are gone
    assert grams.candidates("园") is None and grams.char_df("园") == 3
    assert grams.candidates("小学").tolist() == [] and compact("义务 教育、") == "义务教育"


def test_composer_idf_equals_the_full_scan_on_the_real_corpus(index: Index):
    from server.query import key_terms

    stored, scanned = Reader(index.documents, index.chunks), Reader(index.documents, list(index.chunks))
    assert isinstance(as_chunk_store(list(index.chunks)), MemoryChunks)
    questions = ("巴南区2025年学前三年毛入园率目标是多少", "两江新区小学生均公用经费标准", "荣昌区教师交流轮岗比例",
                 "孩子们上幼儿园要花多少钱", "汉中市组建了多少个教育集团")
    terms = {t for q in questions for t in key_terms(q)}
    terms |= {"幼儿园", "钱", "教育", "学前教育|义务教育", "从未出现的说法"}
    for term in terms:
        assert stored.idf(term) == pytest.approx(scanned.idf(term), abs=1e-12), term
    assert stored.idf("从未出现的说法") == 0.0


def test_an_old_build_without_search_files_still_opens(data_copy: Path):
    """Builds made before the search files (or restored from an old backup) get them derived in memory."""
    build = builds_dir(data_copy) / read_current(data_copy)
    before = Index.open(data_copy)
    expected = (before.bm25_search("义务教育巩固率", 5), len(before.chunks), before.documents["kaizhou-news-2020"].text)
    for path in list(build.glob("*.npy")) + [build / HEADS]:
        if path.name != "vectors.npy":
            path.unlink()
    old = Index.open(data_copy)
    assert (old.bm25_search("义务教育巩固率", 5), len(old.chunks), old.documents["kaizhou-news-2020"].text) == expected
    assert old.chunks.per_document["kaizhou-news-2020"] == before.chunks.per_document["kaizhou-news-2020"]


def test_a_manifest_that_disagrees_with_the_records_is_refused(data_copy: Path):
    from ingest.index import NoIndexError

    build = builds_dir(data_copy) / read_current(data_copy)
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    first = next(iter(manifest["documents"]))
    manifest["documents"][first]["chunks"] += 1
    (build / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    with pytest.raises((NoIndexError, ValueError), match="damaged|disagree"):
        Index.open(data_copy)


def test_doc_scoped_dense_search_reads_the_builds_vectors(index: Index, embedder):
    hits = index.dense_search("学前教育普惠率", 5, doc_ids=["rongchang-self-evaluation"])
    vectors = np.load(_build_dir(index) / "vectors.npy")
    lo, hi = index.chunks.doc_rows["rongchang-self-evaluation"]
    scores = vectors[lo:hi] @ embedder.embed_query("学前教育普惠率")
    assert [i for i, _ in hits] == [lo + int(i) for i in np.argsort(-scores, kind="stable")[:5]]
    assert index.dense_search("学前教育普惠率", 5, doc_ids=[]) == []


def test_repeated_searches_are_served_from_the_cache(index: Index, monkeypatch):
    index.bm25_search("区管校聘", 5)
    index.dense_search("区管校聘", 5)
    monkeypatch.setattr(index._build.bm25, "search", lambda *a, **k: pytest.fail("BM25 searched again"))
    monkeypatch.setattr(index.embedder, "_encode", lambda *a, **k: pytest.fail("query embedded again"))
    assert index.bm25_search("区管校聘", 5) and index.dense_search("区管校聘", 5)


def test_copied_build_with_all_files_round_trips(index: Index, tmp_path):
    """Every search file is derived from the JSONL files: deriving again gives identical arrays."""
    from ingest.searchfiles import write_search_files

    copy = Path(shutil.copytree(_build_dir(index), tmp_path / "b", ignore=shutil.ignore_patterns("chroma")))
    before = {p.name: np.load(p) for p in copy.glob("*.npy") if p.name != "vectors.npy"}
    write_search_files(copy)
    assert all(np.array_equal(np.load(copy / name), values) for name, values in before.items())


def test_composer_accepts_a_plain_list_of_chunks():
    from server.answer import Composer

    chunks = _chunks(["巩固率达到99%", "新建幼儿园"])
    reader = Composer({}, chunks, []).reader
    assert reader.idf("巩固率") > 0 and reader.idf("不存在") == 0.0
    assert reader.flat["d#c1"] == "巩固率达到99%" and reader.chunks_of["d"] == chunks
    assert has_term("幼儿园", "新建幼儿园") and flat("巩固率 达到、99%") == "巩固率达到99%"


def test_a_repeated_question_reuses_its_analysis_as_a_copy(index: Index):
    from server.service import Service

    service = Service(index, generator=None)
    first = service.analyse("巴南区2025年在园幼儿数目标是多少？")
    first.terms.append("改动")  # a caller changing its copy changes nothing cached
    again = service.analyse("巴南区2025年在园幼儿数目标是多少？")
    assert "改动" not in again.terms and again.regions == ["巴南区"] and again is not first


def test_the_library_list_reads_no_document(tmp_path):
    """/api/documents is answered from the documents' heads: a library of thousands lists in memory."""
    from types import SimpleNamespace

    from ingest.models import DocMeta
    from ingest.records import DocHead
    from server.documents import documents

    class Unread(dict):
        def __getitem__(self, key):
            raise AssertionError("a document was read to list the library")

        def values(self):
            raise AssertionError("every document was read to list the library")

    heads = {d: DocHead(d, DocMeta(title=f"文件{d}"), 1000, 2) for d in ("b", "a")}
    index = SimpleNamespace(document_heads=heads, documents=Unread(), data_dir=tmp_path,
                            manifest={"documents": {"a": {"chunks": 5}}})
    listed = documents(index)
    assert [(s.doc_id, s.title, s.chars, s.table_count, s.chunk_count) for s in listed] == \
        [("a", "文件a", 1000, 2, 5), ("b", "文件b", 1000, 2, 0)]
