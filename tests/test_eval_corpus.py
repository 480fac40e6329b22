"""`policyqa eval --corpus DIR --split NAME`: the split's questions on an index of DIR, the index
kept in a cache directory and reused while nothing changed."""
import json
from pathlib import Path

import pytest

from eval.commands import corpus_cache_dir, corpus_documents, question_file
from eval.schema import DEFAULT_TESTSET
from ingest.config import DEFAULT_CORPUS

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus-dev"
EVAL = Path(__file__).resolve().parents[1] / "eval"


def test_split_of_the_development_corpus_and_of_the_bundled_one(tmp_path):
    assert question_file(None, DEV if DEV.is_dir() else None, None) == DEFAULT_TESTSET
    if DEV.is_dir():
        assert question_file(None, DEV, "dev") == EVAL / "corpus-dev" / "dev.jsonl"
    assert question_file(None, DEFAULT_CORPUS, "dev") == EVAL / "bundled-fresh" / "dev.jsonl"
    assert question_file(None, None, "dev") == EVAL / "bundled-fresh" / "dev.jsonl"
    given = tmp_path / "mine.jsonl"
    assert question_file(given, None, None) == given


def test_unknown_split_or_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no split 'tset'.*splits: dev, test"):
        question_file(None, DEFAULT_CORPUS, "tset")
    with pytest.raises(NotADirectoryError, match="no such directory"):
        question_file(None, tmp_path / "missing", "dev")
    with pytest.raises(FileNotFoundError, match="not both"):
        question_file(tmp_path / "q.jsonl", None, "dev")


def test_a_corpus_directory_s_own_documentation_is_no_document(tmp_path):
    for name in ("a.txt", "b.md", "SOURCES.md", "README.md", "LICENSE.txt"):
        (tmp_path / name).write_text("内容", encoding="utf-8")
    assert [p.name for p in corpus_documents(tmp_path)] == ["a.txt", "b.md"]


def test_cache_directory_is_per_corpus_and_stable(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYQA_DATA_DIR", str(tmp_path))
    a, b = tmp_path / "x" / "corpus", tmp_path / "y" / "corpus"
    assert corpus_cache_dir(a) == corpus_cache_dir(a) != corpus_cache_dir(b)
    assert corpus_cache_dir(a).parent == tmp_path / "eval-corpora" and corpus_cache_dir(a).name.startswith("corpus-")


def test_eval_on_a_corpus_directory_builds_once_and_reuses(tmp_path, monkeypatch, capsys):
    import policyqa

    corpus = tmp_path / "mini"
    corpus.mkdir()
    (corpus / "gansu-huining-notice.txt").write_text(
        "会宁县教育局关于2025年义务教育工作的通知\n一、目标\n全县义务教育巩固率达到98.6%。\n会宁县教育局\n2025年3月1日\n",
        encoding="utf-8")
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({
        "id": "q1", "type": "lookup", "question": "甘肃省义务教育巩固率目标是多少？", "answer": "98.6%",
        "figures": [{"value": 98.6, "unit": "%"}],
        "sources": [{"doc": "gansu-huining-notice", "quote": "巩固率达到98.6%"}],
        "facts": ["98.6%"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setenv("POLICYQA_DATA_DIR", str(tmp_path / "data"))
    for run in (1, 2):
        code = policyqa.main(["eval", str(questions), "--corpus", str(corpus), "--out", str(tmp_path / f"report{run}")])
        assert code == 0
        err = capsys.readouterr().err
        assert ("0 chunks embedded" in err) == (run == 2), err  # the second run reuses the index
    results = json.loads((tmp_path / "report2" / "results.json").read_text(encoding="utf-8"))
    row = results["systems"][0]["rows"][0]
    assert not row["abstained"] and row["metrics"]["figure_accuracy"] == 1.0
    assert (corpus_cache_dir(corpus) / "CURRENT").exists()
