"""`policyqa bench` on a tiny synthetic corpus: the real ingest pipeline, model and service.

×2 keeps the embedding time of this test to a few seconds; the default ×50 and the flag-only
sizes run the same code (`measure`) in a fresh process each.
"""
import pytest

from eval.bench import COLUMNS, dry_run, growth, measure, table


@pytest.fixture(scope="module")
def two_copies(tmp_path_factory, index):
    return measure(2, 6, None, tmp_path_factory.mktemp("bench"))


def test_measure_ingests_the_copies_and_times_real_queries(two_copies, index):
    row = two_copies
    assert row["documents"] == 2 * len(index.documents)
    # copy 1 has other names and numbers, so its chunking may differ by a few chunks, not more
    assert 1.8 * len(index.chunks) <= row["chunks"] <= 2.2 * len(index.chunks)
    assert row["index_mb"] > 0.5  # Chroma files, BM25 and the figure store are on disk
    assert 0 < row["retrieve_p50_ms"] <= row["ask_p50_ms"] <= row["ask_p95_ms"]
    assert row["chunks_per_s"] > 0 and row["peak_rss_mb"] > 100  # torch and the model are resident
    assert 0 < row["embedded"] <= row["chunks"]  # a text shared by both copies is embedded once
    assert 0 < row["ingest_cpu_s"] <= row["cpu_s"]
    line = table([dict(row, wall_s=1.0)]).splitlines()[-1]
    assert line.startswith("| 2 | 10 |") and line.count("|") == len(COLUMNS) + 1


def test_growth_states_the_latency_ratio(two_copies):
    bigger = dict(two_copies, scale=20, chunks=two_copies["chunks"] * 10,
                  retrieve_p50_ms=two_copies["retrieve_p50_ms"] * 2)
    assert growth([two_copies, bigger]).startswith("×20 vs ×2: 10.0× the chunks, retrieve p50 2.00×")


def test_dry_run_synthesises_without_ingesting(tmp_path):
    rows = dry_run([3, 1], tmp_path)
    assert [(r["scale"], r["documents"]) for r in rows] == [(1, 5), (3, 15)]
    assert 2.5 * rows[0]["chars"] < rows[1]["chars"] < 3.5 * rows[0]["chars"]
    assert list(tmp_path.iterdir()) == []  # nothing left behind


def test_bench_command_dry_run_flag_path(capsys):
    from policyqa import main

    assert main(["bench", "--scale", "2", "--scale", "1", "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("| × | docs |") and out[2].startswith("| 1 | 5 |") and out[3].startswith("| 2 | 10 |")
