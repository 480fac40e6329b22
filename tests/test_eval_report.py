"""Report files, the latest-report pointer, the runner's error handling and the bench corpus.

The systems here are hand-made stand-ins (perfect and empty answers to the bundled test set),
because what is under test is the reporting and the bookkeeping; `policyqa eval` runs the
real pipeline.
"""
import base64
import json
import time

import pytest

from eval.bench import REGIONS, perturb, synthesise, synthetic_name
from eval.report import SystemResult, latest_report_path, publish_latest, ratio_rows, write_report
from eval.run import System, run_system
from eval.schema import DEFAULT_TESTSET, load_testset
from eval.score import score
from ingest.normalize import normalize


@pytest.fixture(scope="module")
def items():
    return load_testset(DEFAULT_TESTSET)


def _perfect_ask(items):
    by_question = {i.question: i for i in items}

    def ask(question, history, filters):
        item = by_question[question]
        return {"answer": item.answer, "abstained": not item.answerable,
                "citations": [{"text": s.quote} for s in item.sources],
                "figures": [{"value": f.value, "unit": f.unit} for f in item.figures]}
    return ask


def test_runner_records_a_failing_question_and_goes_on(items):
    subset = items[:3]

    def ask(question, history, filters):
        if question == subset[1].question:
            raise RuntimeError("index is gone")
        return _perfect_ask(items)(question, history, filters)

    outcomes = run_system(System("flaky", ask, lambda q, h, f, k: []), subset, progress=False)
    assert [o.error for o in outcomes] == [None, "RuntimeError: index is gone", None]
    card = score(subset, outcomes)
    assert card.rows[1].failures[0] == "error: RuntimeError: index is gone"
    assert card.rows[0].metrics["citation_precision"] == 1.0


def test_runner_passes_history_and_filters(items):
    followup = next(i for i in items if i.history)
    seen = []
    run_system(System("spy", lambda q, h, f: seen.append((q, h, f)) or {"answer": ""}), [followup], progress=False)
    assert seen[-1] == (followup.question, [t.model_dump() for t in followup.history], None)


def test_runner_times_answers_after_an_untimed_warm_up(items):
    calls = []

    def cold_first(question, history, filters):  # the first call loads a model, as the real pipeline does
        calls.append(question)
        if len(calls) == 1:
            time.sleep(0.5)
        return {"answer": "", "abstained": True}

    outcomes = run_system(System("cold", cold_first), items[:2], progress=False)
    assert len(calls) == 3 and calls[0] == items[0].question
    assert all(o.latency_ms is not None and o.latency_ms < 500 for o in outcomes)


def test_report_files_tables_and_plots(items, tmp_path):
    perfect = run_system(System("pipeline", _perfect_ask(items)), items, progress=False)
    empty = run_system(System("naive", lambda q, h, f: {"answer": "", "abstained": False}), items, progress=False)
    results = [SystemResult("pipeline", "perfect stand-in", score(items, perfect)),
               SystemResult("naive", "empty stand-in", score(items, empty))]
    path = write_report(results, tmp_path / "r", {"date": "2024-01-01T00:00:00", "test set": "bundled"})

    html = path.read_text(encoding="utf-8")
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 3
    png = base64.b64decode(html.split('src="data:image/png;base64,')[1].split('"')[0])
    assert png.startswith(b"\x89PNG")
    for name in ("metrics_by_type.png", "latency.png", "baselines.png"):
        assert (tmp_path / "r" / name).read_bytes().startswith(b"\x89PNG")
        assert f"]({name})" in md
    assert "| pipeline | — | — | — | — | 1.000 | 1.000 | 1.000 |" in md
    assert "| naive | — | — | — | — | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 |" in md
    assert "failed check (0 of 153)" in md and "failed check (0 of 153)" in html
    assert ratio_rows(results)[0] == ["pipeline ÷ naive", "—", "∞", "∞", "∞", "∞"]
    saved = json.loads((tmp_path / "r" / "results.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in saved["systems"]] == ["pipeline", "naive"]
    assert len(saved["systems"][1]["rows"]) == len(items)


def test_latest_report_path_follows_publish(items, tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYQA_DATA_DIR", str(tmp_path / "data"))
    assert latest_report_path() is None
    card = score(items[:5], run_system(System("pipeline", _perfect_ask(items)), items[:5], progress=False))
    for run in ("first", "second"):
        out = tmp_path / "data" / "eval" / run
        write_report([SystemResult("pipeline", run, card)], out, {"date": run})
        publish_latest(out)
        assert latest_report_path() == tmp_path / "data" / "eval" / "latest" / "report.html"
        assert run in latest_report_path().read_text(encoding="utf-8")


def test_bench_corpus_renames_regions_and_perturbs_numbers(tmp_path):
    files = synthesise(3, tmp_path / "c")
    assert len(files) == 15
    original = (tmp_path / "c" / "banan-education-plan-2021-x00000.txt").read_text(encoding="utf-8")
    copy = (tmp_path / "c" / "banan-education-plan-2021-x00002.txt").read_text(encoding="utf-8")
    assert "巴南區" in original and "巴南" not in copy and f"{synthetic_name(2, 0)}區" in copy
    assert "公辦率54.79%" in original and "公辦率54.79%" not in copy
    assert "2025" in copy  # years are kept
    manifest = json.loads((tmp_path / "c" / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert manifest["kaizhou-news-2020-x00001.txt"]["region"] == f"{synthetic_name(1, 2)}区"
    assert len({synthetic_name(c, r) for c in range(500) for r in range(len(REGIONS))}) == 500 * len(REGIONS)
    name = synthetic_name(7, 3)
    assert normalize(perturb("兩江新區", 7, __import__("random").Random(1))) == f"{name}新区"
