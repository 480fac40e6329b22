"""Eval against the real pipeline: the session's ingest of corpus/ (conftest `index`)."""
import pytest

from eval.baselines import EmbedderEmbeddings, fusion_system, langchain_chroma_system, raw_corpus, split_fixed
from eval.run import pipeline_system, run_system
from eval.schema import DEFAULT_TESTSET, load_testset
from eval.score import contains, score
from server.schemas import AskResponse
from server.service import Service


@pytest.fixture(scope="module")
def items():
    return load_testset(DEFAULT_TESTSET)


def test_every_gold_quote_lies_whole_in_one_chunk(index, items):
    """Strict containment is reachable: recall 1.0 is possible for our chunker."""
    by_doc = {}
    for chunk in index.chunks:
        by_doc.setdefault(chunk.doc_id, []).append(chunk.text)
    missing = [(i.id, s.quote) for i in items for s in i.sources
               if not any(contains(text, s.quote) for text in by_doc[s.doc])]
    assert missing == []


def test_every_gold_quote_lies_whole_in_one_fixed_size_window(index, items):
    """…and for the naive baseline's windows over the raw files (pinyin notes and all)."""
    windows = {d: [w for _, w in split_fixed(t)] for d, t in raw_corpus(index).items()}
    missing = [(i.id, s.quote) for i in items for s in i.sources
               if not any(contains(w, s.quote) for w in windows[s.doc])]
    assert missing == []


def test_split_fixed_covers_the_text_with_overlap():
    text = "".join(chr(0x4E00 + n % 500) for n in range(1234))
    windows = split_fixed(text, 500, 150)
    assert [s for s, _ in windows] == [0, 350, 700, 1050]  # 700 + 500 < 1234
    assert windows[-1][0] + len(windows[-1][1]) == len(text)
    assert all(text[s:s + len(w)] == w for s, w in windows)
    with pytest.raises(ValueError):
        split_fixed(text, 100, 100)


def test_pipeline_runs_a_sample_of_each_type(index, items):
    sample = [next(i for i in items if i.type == t) for t in dict.fromkeys(i.type for i in items)]
    system = pipeline_system(Service(index), "pipeline")
    outcomes = run_system(system, sample, progress=False)
    chunk_texts = {c.text for c in index.chunks}
    for outcome in outcomes:
        assert outcome.error is None
        AskResponse.model_validate(outcome.response)  # the issue 3 contract
        assert outcome.passages is not None and len(outcome.passages) <= 10
        assert set(outcome.passages) <= chunk_texts
        assert outcome.latency_ms > 0
    card = score(sample, outcomes)
    assert card.overall["recall@10"] >= 0.5
    assert card.by_type["unanswerable"]["abstention_accuracy"] == 1.0  # 江北区 is not in the corpus


def test_bm25_only_baseline_searches_our_chunks(index, items):
    item = next(i for i in items if i.id == "lk-16")  # 汉中市 累计投入创建资金72.49亿元
    system = fusion_system(index, "bm25")
    passages = system.retrieve(item.question, [], None, 10)
    assert len(passages) == 10 and any(contains(p, item.sources[0].quote) for p in passages)
    assert "汉中" in passages[0] and system.name == "bm25-only"


def test_langchain_chroma_baseline_on_one_document(index, embedder, items):
    """One document keeps the embedding time of this test small."""
    texts = {"liangjiang-briefing-2020": raw_corpus(index)["liangjiang-briefing-2020"]}
    system = langchain_chroma_system(texts, embedder)
    item = next(i for i in items if i.id == "lk-04")  # 现有在校中小学生65518人
    response = system.ask(item.question, [], None)
    assert response["abstained"] is False and len(response["citations"]) == 3
    assert response["answer"] == response["citations"][0]["text"]
    passages = system.retrieve(item.question, [], None, 10)
    assert any(contains(p, item.sources[0].quote) for p in passages)
    assert len(EmbedderEmbeddings(embedder).embed_query("巴南区")) == embedder.dim
