"""`policyqa bench`: the scaling path end to end at a small size (CI's short version of the
100,000- and 1,000,000-chunk runs): synthetic corpus, the real pipeline, the hashing embedder,
the memory-mapped index, a fresh serving process. Figures are checked for sense, not speed."""
import json

import pytest

from eval.bench import (
    COLUMNS,
    REGIONS,
    copies_for,
    dry_run,
    growth,
    measure,
    perturb,
    synthesise,
    synthetic_name,
    table,
)
from ingest.config import DEFAULT_CORPUS


@pytest.fixture(scope="module")
def three_copies(tmp_path_factory):
    return measure(3, 12, "hashing", tmp_path_factory.mktemp("bench"))


def test_measure_ingests_the_copies_and_times_real_questions(three_copies, index):
    row = three_copies
    assert row["documents"] == 3 * len(index.documents) and row["copies"] == 3
    assert row["chunks"] == 3 * len(index.chunks)
    assert row["embedder"] == "hashing" and row["chroma"] == "embedded"
    assert row["index_mb"] > 1 and row["queries"] == 12
    assert 0 < row["retrieve_p50_ms"] <= row["ask_p50_ms"] <= row["ask_p95_ms"] <= row["ask_max_ms"]
    assert 0 < row["ingest_chunks_per_s"] and 0 < row["encode_chunks_per_s"]
    ratio = row["ingest_chunks_per_s"] / row["encode_chunks_per_s"]
    assert row["ingest_encode_ratio"] == pytest.approx(ratio, rel=0.05)
    # the serving process holds no model and no copy of the corpus: well under torch's footprint
    assert 50 < row["serve_rss_mb"] <= row["serve_peak_rss_mb"] < 600
    assert 0 < row["embedded"] < row["chunks"]  # texts shared by the copies are embedded once
    line = table([row]).splitlines()[-1]
    assert line.startswith(f"| {row['chunks']} | 15 | hashing |") and line.count("|") == len(COLUMNS) + 1


def test_synthetic_copies_keep_the_sentences_and_vary_names_and_numbers(tmp_path):
    files = synthesise(2, tmp_path)
    original = (DEFAULT_CORPUS / "banan-education-plan-2021.txt").read_text(encoding="utf-8")
    copy = next(f for f in files if f.name == "banan-education-plan-2021-x00001.txt").read_text(encoding="utf-8")
    assert "巴南" in original and "巴南" not in copy and synthetic_name(1, 0) in copy
    assert "2025" in copy  # years are kept
    assert len(copy) == pytest.approx(len(original), rel=0.02) and copy != original
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert synthetic_name(1, 0) in json.dumps(manifest["banan-education-plan-2021-x00001.txt"], ensure_ascii=False)
    # every copy and region gets its own name, for a million chunks and more
    names = {synthetic_name(c, r) for c in range(7000) for r in range(len(REGIONS))}
    assert len(names) == 7000 * len(REGIONS)
    assert perturb("2025年达到99.5%，投入3.94亿元", 1, __import__("random").Random(1)).startswith("2025年达到")


def test_synthetic_copies_keep_every_table(tmp_path):
    """Perturbed figures, same structure: a copy's tables and chunks are found as in the original."""
    from ingest.pipeline import process_file

    files = synthesise(2, tmp_path)
    for original, copy in zip(files[:len(files) // 2], files[len(files) // 2:]):
        shapes = []
        for f in (original, copy):
            entry = process_file(f, f.stem, f.read_bytes(), {}, "")
            shapes.append(([len(t["rows"]) for t in entry.document["tables"]], len(entry.chunks)))
        assert shapes[0] == shapes[1], f"{copy.name}: (table rows, chunks) {shapes[1]}, the original {shapes[0]}"
    assert perturb("第3条 | 01 | 12 | 8 |", 1, __import__("random").Random(1)) == "第3条 | 01 | 12 | 8 |"


def test_sizes_in_chunks_become_copies():
    assert copies_for(100_000, 162) == 618 and copies_for(10, 162) == 1


def test_growth_states_the_ratios(three_copies):
    bigger = dict(three_copies, chunks=three_copies["chunks"] * 10, ask_p50_ms=three_copies["ask_p50_ms"] * 2)
    assert growth([three_copies, bigger]).startswith(f"{bigger['chunks']} vs {three_copies['chunks']} chunks (10.0×): "
                                                     "ask p50 2.00×")


def test_dry_run_synthesises_without_ingesting(tmp_path):
    rows = dry_run([3, 1], tmp_path)
    assert [(r["copies"], r["documents"]) for r in rows] == [(1, 5), (3, 15)]
    assert 2.5 * rows[0]["chars"] < rows[1]["chars"] < 3.5 * rows[0]["chars"]
    assert list(tmp_path.iterdir()) == []  # nothing left behind


def test_bench_command_json_lines(capsys):
    from policyqa import main

    assert main(["bench", "--chunks", "300", "--embedder", "hashing", "--queries", "3", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1 and rows[0]["chunks"] >= 300 and rows[0]["queries"] == 3
    assert {"chunks", "ingest_chunks_per_s", "index_mb", "ask_p50_ms", "ask_p95_ms", "serve_rss_mb",
            "encode_chunks_per_s", "ingest_encode_ratio"} <= rows[0].keys()


def test_bench_command_dry_run_flag_path(capsys):
    from policyqa import main

    assert main(["bench", "--scale", "2", "--scale", "1", "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("| copies | docs |") and out[2].startswith("| 1 | 5 |") and out[3].startswith("| 2 | 10 |")
