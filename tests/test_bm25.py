"""BM25 on the real corpus: policy terms, table rows, both scripts, filters, persistence, scale."""
from __future__ import annotations

import time

import numpy as np

from ingest.bm25 import BM25
from ingest.index import Index


def _top(index: Index, query: str, k: int = 3, doc_ids: list[str] | None = None):
    return [index.chunks[i] for i, _ in index.bm25_search(query, k, doc_ids)]


def test_gonggulv_finds_the_banan_main_indicator_table(index: Index):
    top = _top(index, "巩固率", k=2)
    tables = {t.table_id: t for t in index.documents["banan-education-plan-2021"].tables}
    assert all(c.table_id in tables and "主要指標" in tables[c.table_id].caption for c in top)
    assert all("鞏固率" in c.text for c in top)


def test_both_scripts_match_both_ways(index: Index):
    # Simplified question → Traditional document (巴南 is published in Traditional)
    assert "鞏固率" in _top(index, "九年义务教育巩固率", 1)[0].text
    # Traditional question → Simplified document (汉中 is published in Simplified)
    hit = _top(index, "教育面前無難事", 1)[0]
    assert hit.doc_id == "hanzhong-lueyang-meeting-2023" and "教育面前无难事" in hit.text


def test_doc_filter_restricts_results(index: Index):
    hits = _top(index, "巩固率", k=10, doc_ids=["rongchang-self-evaluation"])
    assert hits and {c.doc_id for c in hits} == {"rongchang-self-evaluation"}
    assert index.bm25_search("巩固率", 10, doc_ids=["no-such-doc"]) == []
    assert index.bm25_search("巩固率", 10, doc_ids=[]) == []


def test_scores_descending_positive_and_k_respected(index: Index):
    hits = index.bm25_search("学前教育 毛入园率 2025", 5)
    assert len(hits) == 5
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True) and scores[-1] > 0
    assert index.bm25_search("", 5) == [] and index.bm25_search("。，！", 5) == []
    assert index.bm25_search("巩固率", 0) == []


def test_okapi_formula_on_a_tiny_collection():
    bm25 = BM25.build([["a", "b"], ["a", "a", "c"], ["c"]])
    n, avg = 3, 2.0
    idf_a = np.log1p((n - 2 + 0.5) / (2 + 0.5))
    expected = idf_a * 2 * 2.5 / (2 + 1.5 * (0.25 + 0.75 * 3 / avg))
    assert np.isclose(bm25.scores(["a"])[1], expected)
    assert [i for i, _ in bm25.search(["a"], 5, allowed=np.array([True, False, True]))] == [0]


def test_save_and_load_give_the_same_ranking(index: Index, tmp_path):
    bm25 = index.bm25
    bm25.save(tmp_path)
    loaded = BM25.load(tmp_path)
    query = ["义务教育", "巩固率", "2025"]
    assert loaded.search(query, 10) == bm25.search(query, 10)


def test_100k_chunks_search_in_milliseconds(index: Index):
    vocab = np.array(list(index.bm25.vocab), dtype=object)  # random chunks over the corpus's vocabulary
    lists = vocab[np.random.default_rng(0).integers(0, len(vocab), size=(100_000, 60))].tolist()
    bm25 = BM25.build(lists)
    bm25.search(["巩固率"], 10)
    started = time.perf_counter()
    for _ in range(5):
        hits = bm25.search(["义务教育", "巩固率", "2025", "学前教育"], 10)
    per_query = (time.perf_counter() - started) / 5
    assert len(hits) == 10
    assert per_query < 0.05, f"{per_query * 1000:.1f} ms per query over 100k chunks"
