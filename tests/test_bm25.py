"""BM25 on the real corpus: policy terms, table rows, both scripts, filters, persistence, scale."""
from __future__ import annotations

import numpy as np

from ingest.bm25 import BM25, SortedStrings
from ingest.index import Index
from ingest.searchfiles import save_array


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
    assert [i for i, _ in bm25.search(["a"], 5, ranges=[(0, 1), (2, 3)])] == [0]
    assert bm25.df("a") == 2 and bm25.df("c") == 2 and bm25.df("z") == 0


def test_ties_at_the_cut_keep_the_lowest_chunk_indexes():
    bm25 = BM25.build([["x"], ["y"], ["x"], ["x"], ["x", "y", "y"]])
    # chunks 0, 2, 3 score the same for "x": the first two are kept, in index order
    assert [i for i, _ in bm25.search(["x"], 2)] == [0, 2]
    assert [i for i, _ in bm25.search(["x"], 2, ranges=[(1, 4)])] == [2, 3]


def test_vocabulary_is_found_by_bisection_in_byte_order():
    terms = SortedStrings.of(["巩固率", "2025", "义务教育", "a", "巩固"])
    assert list(terms) == sorted(["巩固率", "2025", "义务教育", "a", "巩固"], key=str.encode)
    assert terms[terms.find("巩固")] == "巩固" and terms.find("巩") is None and terms.find("") is None


def test_saved_files_are_memory_mapped_and_rank_the_same(index: Index, tmp_path):
    bm25 = index.bm25
    bm25.save(tmp_path, save_array)
    loaded = BM25.load(tmp_path, bm25.size)
    assert isinstance(loaded.rows.base, np.memmap) and not loaded.data.flags.owndata  # mapped, not read
    query = ["义务教育", "巩固率", "2025"]
    assert loaded.search(query, 10) == bm25.search(query, 10)


def test_100k_chunks_rank_like_a_full_sort(index: Index):
    """At 100k chunks (random chunks over the corpus's vocabulary) the top 10 are exactly those
    of scoring every chunk and sorting; timings are the bench's business, not this test's."""
    vocab = np.array(list(index.bm25.terms), dtype=object)
    lists = vocab[np.random.default_rng(0).integers(0, len(vocab), size=(100_000, 60))].tolist()
    bm25 = BM25.build(lists)
    query = ["义务教育", "巩固率", "2025", "学前教育"]
    scores = bm25.scores(query)
    expected = sorted(np.flatnonzero(scores > 0).tolist(), key=lambda i: (-scores[i], i))[:10]
    assert [i for i, _ in bm25.search(query, 10)] == expected
    assert all(lo <= i < hi for i, _ in bm25.search(query, 10, ranges=[(5000, 6000)]) for lo, hi in [(5000, 6000)])
