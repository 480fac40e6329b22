"""Embedders (real models, offline) and dense search over the real index."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ingest import config
from ingest.config import DEFAULT_EMBEDDER, REPO_ROOT
from ingest.embed import ALLOW_BENCH_ENV, BenchOnlyEmbedderError, Embedder, EmbedderError, load_embedder
from ingest.index import EmbedderMismatchError, Index
from ingest.normalize import normalize

PASSAGES = ["九年义务教育巩固率达到99.5%", "新建幼儿园运动场和食堂", "学前三年毛入园率", "区管校聘改革"]


def test_m3e_vectors_are_unit_float32(embedder: Embedder):
    vectors = embedder.embed_passages(["九年义务教育巩固率达到99.5%", "学前三年毛入园率"])
    assert embedder.name == DEFAULT_EMBEDDER == "m3e-small" and embedder.dim == 512
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
    # the torch and the int8 ONNX model give close but different vectors: two embedders
    with pytest.raises(EmbedderMismatchError, match="--embedder m3e-small-int8"):
        Index.open(built_index_dir, embedder="m3e-small-int8")
    assert Index.open(built_index_dir, embedder=DEFAULT_EMBEDDER).embedder_name == DEFAULT_EMBEDDER


def test_int8_onnx_model_is_close_to_torch_and_cached_in_the_data_dir(embedder: Embedder):
    try:
        int8 = load_embedder("m3e-small-int8")
    except EmbedderError as e:
        # an export that computes another function (some torch/transformers releases) is refused, never cached
        assert "differs from the model itself" in str(e) and "m3e-small (torch)" in str(e)
        assert not list((config.data_dir() / "models").glob("m3e-small-int8-*/model.onnx"))
        return
    a, b = embedder.embed_passages(PASSAGES), int8.embed_passages(PASSAGES)
    cosines = (a * b).sum(axis=1)
    assert int8.dim == 512 and cosines.min() > 0.99 and not np.allclose(a, b)  # quantised, not the same model
    # same ranking of passages for a query
    assert np.argmax(a @ embedder.embed_query("巩固率")) == np.argmax(b @ int8.embed_query("巩固率")) == 0
    model = Path(int8.source)  # made offline from the wheel's files, once, under the data dir
    assert model.name == "model.onnx" and model.parent.name.startswith("m3e-small-int8-")
    assert model.parent.parent.name == "models" and model.is_file()


def test_a_repeated_query_is_served_from_the_cache(embedder: Embedder):
    first = embedder.embed_query("义务教育巩固率是多少")
    again = embedder.embed_query("义务教育巩固率是多少")
    assert again is first and not first.flags.writeable  # shared, so nobody may change it


def test_hashing_embedder_is_deterministic_unit_and_512_dim(monkeypatch):
    monkeypatch.setenv(ALLOW_BENCH_ENV, "1")
    hashing = load_embedder("hashing")
    vectors = hashing.embed_passages(PASSAGES)
    assert vectors.shape == (4, 512) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors, hashing.embed_passages(PASSAGES))
    # shared characters make similar vectors: enough for an index to have realistic neighbours
    assert np.argmax(vectors @ hashing.embed_query("巩固率达到")) == 0


def test_hashing_embedder_is_refused_for_a_user_index(tmp_path):
    with pytest.raises(BenchOnlyEmbedderError, match="policyqa bench"):
        load_embedder("hashing")
    result = subprocess.run([sys.executable, "-m", "policyqa", "ingest", "--embedder", "hashing"],
                            cwd=REPO_ROOT, env={**{k: v for k, v in os.environ.items() if k != ALLOW_BENCH_ENV},
                                                "POLICYQA_DATA_DIR": str(tmp_path)},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and "for `policyqa bench` only" in result.stderr
    assert not (tmp_path / "CURRENT").exists()


def test_concurrent_new_queries_share_model_calls():
    """Questions arriving while the model is busy are encoded together in its next call."""
    import threading
    import time

    calls: list[int] = []

    def slow_encode(texts: list[str], is_query: bool) -> np.ndarray:
        calls.append(len(texts))
        time.sleep(0.05)
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)

    model = Embedder("slow", 3, slow_encode)
    texts = [f"问题{'一' * n}" for n in range(12)]
    results: dict[str, np.ndarray] = {}
    threads = [threading.Thread(target=lambda t=t: results.__setitem__(t, model.embed_query(t))) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(calls) == 12 and len(calls) < 12 and model.query_batches == len(calls)
    for text in texts:  # every caller got its own vector
        expected = np.array([len(text), 1.0, 0.0]) / np.linalg.norm([len(text), 1.0, 0.0])
        assert np.allclose(results[text], expected)


def test_a_query_encoded_in_a_batch_equals_it_encoded_alone(embedder: Embedder):
    alone = embedder._encode(["义务教育巩固率"], True)[0]
    batched = embedder._encode(["学前三年毛入园率是多少", "义务教育巩固率", "区管校聘"], True)[1]
    assert np.allclose(alone / np.linalg.norm(alone), batched / np.linalg.norm(batched), atol=1e-5)


def _counting_embedder() -> tuple[Embedder, list[list[str]]]:
    calls: list[list[str]] = []

    def encode(texts: list[str], is_query: bool) -> np.ndarray:
        calls.append(list(texts))
        return np.array([[len(t), 1.0, float(sum(map(ord, t)) % 7)] for t in texts], dtype=np.float32)

    return Embedder("counting", 3, encode), calls


def test_the_queries_of_one_question_are_encoded_in_one_call():
    model, calls = _counting_embedder()
    alone, _ = _counting_embedder()
    texts = ["小学新增学位", "初中新增学位", "小学新增学位", "高中新增学位"]
    vectors = model.embed_queries(texts)
    assert calls == [["小学新增学位", "初中新增学位", "高中新增学位"]]  # once each, one call
    for text, vector in zip(texts, vectors):
        assert np.allclose(vector, alone.embed_query(text))  # as if encoded alone
    assert model.embed_query("初中新增学位") is vectors[1] and len(calls) == 1  # kept: no second call
    model.embed_queries(["初中新增学位", "幼儿园新增学位"])  # only the new one is encoded
    assert calls[1:] == [["幼儿园新增学位"]]


def test_a_cached_query_vector_is_not_changed_by_a_caller():
    model, calls = _counting_embedder()
    single = model.embed_query("专任教师人数")
    batched = model.embed_queries(["生均公用经费", "专任教师人数", "教师培训经费"])[0]
    for vector in (single, batched):
        expected = vector.copy()
        with pytest.raises(ValueError, match="read-only"):
            vector *= 2  # in place: refused
        mine = vector.copy()  # what a caller that needs to change it does
        mine[0] = 99.0
        assert np.array_equal(vector, expected)
    assert np.array_equal(model.embed_query("生均公用经费"), batched)
    assert len(calls) == 2


def test_a_search_is_kept_under_its_normalised_form(index: Index, monkeypatch):
    computed: list[str] = []
    dense = index._dense
    monkeypatch.setattr(index, "_dense", lambda build, norm, k, doc_ids: computed.append(norm) or dense(
        build, norm, k, doc_ids))
    simplified = index.dense_search("巴南区义务教育巩固率的目标值", 5)
    traditional = index.dense_search("巴南區義務教育鞏固率的目標值", 5)  # the same question in the other script
    assert traditional == simplified and computed == ["巴南区义务教育巩固率的目标值"]
    assert index.bm25_search("巴南區義務教育鞏固率的目標值", 5) == index.bm25_search("巴南区义务教育巩固率的目标值", 5)
