"""Embedders (real models, offline) and dense search over the real index."""
from __future__ import annotations

import numpy as np
import pytest

from ingest.embed import Embedder, EmbedderError, load_embedder
from ingest.index import EmbedderMismatchError, Index
from ingest.normalize import normalize


def test_m3e_vectors_are_unit_float32(embedder: Embedder):
    vectors = embedder.embed_passages(["九年义务教育巩固率达到99.5%", "学前三年毛入园率"])
    assert embedder.name == "m3e-small" and embedder.dim == 512
    assert vectors.shape == (2, 512) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    query = embedder.embed_query("巩固率")
    assert query.shape == (512,) and np.isclose(np.linalg.norm(query), 1.0, atol=1e-5)
    assert embedder.embed_passages([]).shape == (0, 512)


def test_m3e_ranks_the_related_passage_higher(embedder: Embedder):
    passages = embedder.embed_passages(["九年义务教育巩固率达到99.5%", "新建幼儿园运动场和食堂"])
    scores = passages @ embedder.embed_query("义务教育巩固率是多少")
    assert scores[0] > scores[1]


def test_e5_small_adds_its_query_and_passage_prefixes():
    e5 = load_embedder("e5-small")
    assert e5.name == "e5-small" and e5.dim == 384
    query, passage = e5.embed_query("巩固率"), e5.embed_passages(["巩固率"])[0]
    assert np.isclose(np.linalg.norm(query), 1.0, atol=1e-5)
    assert not np.allclose(query, passage)  # "query: " vs "passage: "


def test_unknown_embedder_is_a_clear_error(tmp_path):
    with pytest.raises(EmbedderError, match="cannot load embedder"):
        load_embedder(str(tmp_path / "no-such-model"))


def test_dense_search_works_across_scripts(index: Index):
    # Simplified question → a passage of the Traditional 巴南 plan, and the other way round
    hit = index.chunks[index.dense_search("九年义务教育巩固率", 1)[0][0]]
    assert "鞏固率" in hit.text and hit.doc_id == "banan-education-plan-2021"
    hit = index.chunks[index.dense_search("漢中市全面發展促均衡聚力提升創優質", 1)[0][0]]
    assert hit.doc_id == "hanzhong-lueyang-meeting-2023"


def test_dense_scores_are_cosines_and_doc_filter_applies(index: Index, embedder: Embedder):
    hits = index.dense_search("学前教育普惠率", 5, doc_ids=["rongchang-self-evaluation", "kaizhou-news-2020"])
    assert len(hits) == 5
    assert {index.chunks[i].doc_id for i, _ in hits} <= {"rongchang-self-evaluation", "kaizhou-news-2020"}
    i, score = hits[0]
    query = embedder.embed_query(normalize("学前教育普惠率"))
    expected = float(embedder.embed_passages([index.chunks[i].norm])[0] @ query)
    assert score == pytest.approx(expected, abs=1e-3)
    assert index.dense_search("巩固率", 5, doc_ids=[]) == []


def test_index_refuses_another_embedder(built_index_dir):
    with pytest.raises(EmbedderMismatchError, match="--embedder e5-small"):
        Index.open(built_index_dir, embedder="e5-small")
    assert Index.open(built_index_dir, embedder="m3e-small").embedder_name == "m3e-small"
