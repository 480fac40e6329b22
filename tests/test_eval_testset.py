"""The bundled test set: well-formed, every quote verbatim in its document, every reference
answer stating its own figures and facts, and the coverage issue 5 asks for."""
import json
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from eval.schema import DEFAULT_TESTSET, KNOWN_TYPES, QUOTE_MAX, QUOTE_MIN, InvalidTestset, load_testset, quote_problems
from eval.score import Outcome, score
from ingest.config import DEFAULT_CORPUS
from ingest.load import SUPPORTED, load_file
from ingest.normalize import normalize, strip_pinyin


@pytest.fixture(scope="module")
def items():
    return load_testset(DEFAULT_TESTSET)


@pytest.fixture(scope="module")
def raw_docs():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(DEFAULT_CORPUS.glob("*.txt"))}


def test_coverage_of_types_and_size(items):
    counts = Counter(i.type for i in items)
    assert len(items) >= 110
    assert set(counts) == set(KNOWN_TYPES)
    assert counts["unanswerable"] >= 18
    assert all(counts[t] >= 8 for t in KNOWN_TYPES), counts
    assert {s.doc for i in items for s in i.sources} == {p.stem for p in DEFAULT_CORPUS.glob("*.txt")}


def test_every_quote_is_verbatim_in_its_document(items, raw_docs):
    assert quote_problems(items, raw_docs) == []
    for item in items:
        for source in item.sources:
            doc = raw_docs[source.doc]
            # as published: in the file, or in it with the pinyin notes (學(xué)位) dropped
            assert source.quote in doc or source.quote in strip_pinyin(doc), (item.id, source.quote)
            assert QUOTE_MIN <= len(source.quote) <= QUOTE_MAX


def test_every_quote_points_at_one_place(items, raw_docs):
    normalized = {d: normalize(t, drop_space=True) for d, t in raw_docs.items()}
    for item in items:
        for source in item.sources:
            assert normalized[source.doc].count(normalize(source.quote, drop_space=True)) == 1, (item.id, source.quote)


def test_reference_answers_state_their_figures_and_facts(items):
    """The reference answer alone (no figures array) must pass the scorer's figure and fact checks."""
    outcomes = [Outcome(i.id, {"answer": i.answer, "abstained": not i.answerable, "citations": [], "figures": []})
                for i in items]
    card = score(items, outcomes)
    bad = [(r.item_id, r.failures) for r in card.rows
           if r.metrics["figure_accuracy"] not in (None, 1.0) or r.metrics["fact_recall"] not in (None, 1.0)]
    assert bad == []


def test_unanswerable_items_are_empty_and_followups_have_history(items):
    for item in items:
        if item.type == "unanswerable":
            assert (item.answer, item.sources, item.figures) == ("", [], [])
        if item.type == "followup":
            assert item.history and item.history[-1].role == "assistant"


def test_quotes_are_found_in_a_real_document_text_after_normalisation(raw_docs):
    """The Kaizhou quotes are written without the pinyin notes the file carries."""
    doc = raw_docs["kaizhou-news-2020"]
    assert "實現1.2萬名教師全員輪訓" not in doc
    assert normalize("實現1.2萬名教師全員輪訓", drop_space=True) in normalize(doc, drop_space=True)


@pytest.mark.parametrize("line, message", [
    ("{not json", "not valid JSON"),
    ('["a list"]', "expected a JSON object, got list"),
    ('{"id": "x", "type": "lookup", "question": "q?", "answer": "a"}', "an answerable item needs at least one source"),
    ('{"id": "x", "type": "unanswerable", "question": "q?", "answer": "yes"}', "an unanswerable item has answer"),
    ('{"id": "x", "type": "lookup", "question": "q?", "answer": "a", "sources": [{"doc": "d", "quote": "short"}]}',
     "sources.0.quote: String should have at least 8 characters"),
    ('{"id": "x", "type": "unanswerable", "question": "q?", "answer": "", "colour": 1}',
     "colour: Extra inputs are not permitted"),
    ('{"id": "a", "type": "unanswerable", "question": "again?", "answer": ""}', "duplicate id 'a' (first on line 1)"),
    ('{"id": "x", "type": "lookup", "answer": "a"}', "question: Field required"),
    ('{"id": "x", "type": "lookup", "question": "q?", "answer": "a",'
     ' "sources": [{"doc": "d", "quote": "巴南区公办率54.79%"}], "figures": [{"value": "lots", "unit": "%"}]}',
     "figures.0.value: Input should be a valid number"),
    ('{"id": "x", "type": "lookup", "question": "q?", "answer": "a",'
     ' "sources": [{"doc": "d", "quote": "巴南区公办率54.79%"}],'
     ' "figures": [{"value": 54.79, "unit": "%", "tol": -1}]}',
     "figures.0.tol: Input should be greater than or equal to 0"),
    ('{"id": "x", "type": "Lookup", "question": "q?", "answer": ""}', "type: String should match pattern"),
    ('{"id": "x", "type": "followup", "question": "那汉中呢？", "answer": "a",'
     ' "sources": [{"doc": "d", "quote": "巴南区公办率54.79%"}]}', "a followup item needs a history"),
])
def test_loader_names_the_line_and_the_problem(tmp_path, line, message):
    path = tmp_path / "mine.jsonl"
    first = {"id": "a", "type": "unanswerable", "question": "江北区呢？", "answer": ""}
    path.write_text(json.dumps(first, ensure_ascii=False) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InvalidTestset) as error:
        load_testset(path)
    assert str(error.value).startswith(f"{path}:2: ")
    assert message in str(error.value)


def test_loader_rejects_missing_empty_and_non_utf8_files(tmp_path):
    with pytest.raises(InvalidTestset, match="file not found"):
        load_testset(tmp_path / "absent.jsonl")
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    with pytest.raises(InvalidTestset, match="no items"):
        load_testset(tmp_path / "empty.jsonl")
    (tmp_path / "gbk.jsonl").write_bytes('{"question": "巴南区"}'.encode("gbk"))
    with pytest.raises(InvalidTestset, match="not UTF-8"):
        load_testset(tmp_path / "gbk.jsonl")


def test_quote_problems_reports_unknown_docs_and_missing_quotes(items, raw_docs):
    item = next(i for i in items if i.id == "lk-01").model_copy(deep=True)
    item.sources[0].quote = "财政局5年来累计投入50亿元"
    item.sources.append(item.sources[0].model_copy(update={"doc": "jiangbei-plan"}))
    problems = quote_problems([item], raw_docs)
    assert problems == ["lk-01 source 1: quote not in liangjiang-briefing-2020: '财政局5年来累计投入50亿元'",
                        "lk-01 source 2: unknown doc 'jiangbei-plan'"]


def test_policyqa_eval_stops_on_a_bad_file_naming_line_and_field(tmp_path, capsys):
    """What a user sees: exit code 2 and one line with file:line: field: problem, before any index is opened."""
    from policyqa import main

    path = tmp_path / "mine.jsonl"
    good = {"id": "a", "type": "unanswerable", "question": "江北区呢？", "answer": ""}
    bad = dict(good, id="b", type="lookup", answer="54.79%", sources=[{"doc": "d", "quote": "巴南区公办率54.79%"}],
               figures=[{"value": "百分之五十", "unit": "%"}])
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in (good, bad)) + "\n", encoding="utf-8")
    assert main(["eval", str(path), "--out", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert f"{path}:2: figures.0.value: Input should be a valid number" in err
    assert not (tmp_path / "r").exists()


EVAL = Path(__file__).resolve().parents[1] / "eval"
SPLITS = {EVAL / "bundled-fresh": DEFAULT_CORPUS,
          EVAL / "corpus-dev": Path(__file__).resolve().parents[2] / "shared" / "corpus-dev",
          EVAL / "corpus-written": EVAL / "documents" / "corpus-written",
          EVAL / "corpus-written2": EVAL / "documents" / "corpus-written2",
          EVAL / "corpus-written3": EVAL / "documents" / "corpus-written3",
          EVAL / "corpus-written4": EVAL / "documents" / "corpus-written4",
          EVAL / "corpus-written5": EVAL / "documents" / "corpus-written5",
          EVAL / "corpus-written6": EVAL / "documents" / "corpus-written6",
          EVAL / "corpus-written7": EVAL / "documents" / "corpus-written7",
          EVAL / "corpus-written8": EVAL / "documents" / "corpus-written8",
          EVAL / "corpus-written9": EVAL / "documents" / "corpus-written9",
          EVAL / "corpus-written10": EVAL / "documents" / "corpus-written10",
          EVAL / "corpus-written11": EVAL / "documents" / "corpus-written11",
          EVAL / "corpus-written12": EVAL / "documents" / "corpus-written12",
          EVAL / "corpus-written13": EVAL / "documents" / "corpus-written13"}


@pytest.mark.parametrize("split", sorted(p for d in SPLITS for p in d.glob("*.jsonl")),
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_split_s_quotes_stand_in_its_corpus(split):
    corpus = SPLITS[split.parent]
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not on this machine")
    # the text users see: what the loader makes of each format (Markdown, HTML, DOCX as well as text)
    docs = {p.stem: load_file(p).text for p in corpus.iterdir() if p.suffix.lower() in SUPPORTED}
    items = load_testset(split)
    assert quote_problems(items, docs) == []
    assert len({i.id for i in items}) == len(items)


@pytest.mark.parametrize("folder", sorted(SPLITS), ids=lambda p: p.name)
def test_no_question_of_a_test_split_is_asked_again_in_a_dev_split(folder):
    """Tuning on a dev split must not tune on a test split's questions: none asked again about the same
    passage in like words (the same wording about another place, or another question on one passage, is fine)."""
    def load(kind: str) -> list:
        return [i for p in sorted(folder.glob(f"*{kind}.jsonl")) for i in load_testset(p)]

    def quotes(item) -> set[str]:
        return {normalize(s.quote) for s in item.sources}

    tests = load("test")
    for item in load("dev"):
        for other in tests:
            alike = SequenceMatcher(None, normalize(item.question), normalize(other.question)).ratio()
            same_passage = any(a in b or b in a for a in quotes(item) for b in quotes(other))
            assert alike < 0.8 or not same_passage, (item.id, other.id)
            assert normalize(item.question) != normalize(other.question), (item.id, other.id)
