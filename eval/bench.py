"""`policyqa bench`: ingest and query at scale on a synthetic corpus.

The synthetic corpus is SCALE copies of corpus/: copy 0 is the real corpus, every other copy
renames the regions (巴南 → 山水石 …, in both scripts) and multiplies each number by a random
factor in [0.7, 1.3] at its written precision (years are kept), so chunks, tokens and vectors
differ from copy to copy. Each size runs in a fresh process (spawn) so that its peak RSS is its
own: ingest into a temporary data directory with the real pipeline, then timed `ask` calls with
the test-set questions.
"""
from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import numpy as np

from ingest import config

# short region names as the documents write them (simplified, traditional)
REGIONS = (("巴南",), ("荣昌", "榮昌"), ("开州", "開州"), ("两江", "兩江"), ("汉中", "漢中"), ("略阳", "略陽"))
# characters written the same in both scripts, so a synthetic name normalises to itself
_NAME_CHARS = "山水石田木林江河川竹松梅桃花青白金玉安平和永泰吉昌盛明德文武天星月光清高西南北中上下大小"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def synthetic_name(copy: int, region: int) -> str:
    n = copy * len(REGIONS) + region
    base = len(_NAME_CHARS)
    return "".join(_NAME_CHARS[(n // base ** p) % base] for p in (2, 1, 0))


def perturb(text: str, copy: int, rng: random.Random) -> str:
    """One synthetic copy of a document: regions renamed, numbers scaled at their precision."""
    for r, spellings in enumerate(REGIONS):
        for spelling in spellings:
            text = text.replace(spelling, synthetic_name(copy, r))

    def scale(m: re.Match) -> str:
        token = m.group()
        if _YEAR.fullmatch(token):
            return token
        decimals = len(token.split(".")[1]) if "." in token else 0
        value = float(token) * rng.uniform(0.7, 1.3)
        return f"{value:.{decimals}f}"
    return _NUMBER.sub(scale, text)


def synthesise(scale: int, out_dir: Path, corpus_dir: Path = config.DEFAULT_CORPUS, seed: int = 7) -> list[Path]:
    """Writes `scale` copies of corpus_dir (copy 0 unchanged) and their manifest; returns the files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = json.loads((corpus_dir / "manifest.json").read_text(encoding="utf-8"))["documents"]
    entries: dict[str, dict] = {}
    files = []
    rng = random.Random(seed)
    for copy in range(scale):
        for path in sorted(corpus_dir.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            entry = dict(manifest.get(path.name, {}))
            if copy:
                text = perturb(text, copy, rng)
                entry = {k: perturb(v, copy, random.Random(0)) if k in ("title", "region", "issuer")
                         and isinstance(v, str) else v for k, v in entry.items()}
            name = f"{path.stem}-x{copy:04d}.txt"
            (out_dir / name).write_text(text, encoding="utf-8")
            entries[name] = entry
            files.append(out_dir / name)
    (out_dir / "manifest.json").write_text(json.dumps({"documents": entries}, ensure_ascii=False), encoding="utf-8")
    return files


def disk_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure(scale: int, queries: int, embedder: str | None, workdir: Path) -> dict[str, Any]:
    """Runs in its own process: synthesise, ingest, query; returns the measurements."""
    from ingest.pipeline import run_ingest

    load_before = os.getloadavg()[0]  # the CPU is shared: the table says how busy it was
    corpus, data = workdir / f"corpus-x{scale}", workdir / f"data-x{scale}"
    files = synthesise(scale, corpus)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    started, cpu_started = time.perf_counter(), time.process_time()
    summary = run_ingest([corpus], embedder, True, data_dir=data)
    ingest_s, ingest_cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    if summary.failed:
        raise RuntimeError(f"ingest failed at scale {scale}: {summary}")

    latency = time_queries(data, queries)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "scale": scale, "documents": summary.documents, "chunks": summary.chunks, "embedded": summary.embedded,
        "chars": chars,
        "ingest_s": ingest_s, "chunks_per_s": summary.chunks / ingest_s, "chars_per_s": chars / ingest_s,
        "index_mb": disk_bytes(data) / 2**20, **latency,
        "peak_rss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
        # CPU seconds of the process: unlike wall time, barely affected by other users of the CPU
        "cpu_s": usage.ru_utime + usage.ru_stime, "ingest_cpu_s": ingest_cpu_s,
        "load": f"{load_before:.1f}→{os.getloadavg()[0]:.1f}",
    }


def time_queries(data: Path, queries: int) -> dict[str, float]:
    """p50/p95 of `service.ask` (what /api/ask runs) and of its retrieval stage, over the
    test-set questions without history, on the index in `data`."""
    from eval.schema import load_testset
    from ingest.index import Index
    from server.service import Service

    service = Service(Index.open(data))
    questions = [i for i in load_testset() if not i.history]
    service.ask(questions[0].question)  # load the model and warm caches outside the timing
    total, retrieve = [], []
    for n in range(queries):
        item = questions[n % len(questions)]
        t0 = time.perf_counter()
        response = service.ask(item.question)
        total.append((time.perf_counter() - t0) * 1000)
        retrieve.append(response.timings_ms.get("retrieve", float("nan")))
    return {"queries": queries,
            "ask_p50_ms": float(np.percentile(total, 50)), "ask_p95_ms": float(np.percentile(total, 95)),
            "retrieve_p50_ms": float(np.nanpercentile(retrieve, 50)),
            "retrieve_p95_ms": float(np.nanpercentile(retrieve, 95))}


def dry_run(scales: list[int], workdir: Path) -> list[dict[str, Any]]:
    """Only synthesises each size (no model, no ingest): checks a large size's corpus before
    spending its ingest time, and says how big it is."""
    rows = []
    for scale in sorted(set(scales)):
        started = time.perf_counter()
        files = synthesise(scale, workdir / f"corpus-x{scale}")
        rows.append({"scale": scale, "documents": len(files),
                     "chars": sum(len(p.read_text(encoding="utf-8")) for p in files),
                     "corpus_mb": disk_bytes(workdir / f"corpus-x{scale}") / 2**20,
                     "synth_s": time.perf_counter() - started})
        shutil.rmtree(workdir / f"corpus-x{scale}", ignore_errors=True)
    return rows


COLUMNS = (("scale", "×", "{:d}"), ("documents", "docs", "{:d}"), ("chunks", "chunks", "{:d}"),
           ("embedded", "distinct embedded", "{:d}"),
           ("ingest_s", "ingest s", "{:.1f}"), ("ingest_cpu_s", "ingest CPU s", "{:.1f}"),
           ("chunks_per_s", "chunks/s", "{:.0f}"),
           ("index_mb", "index MB", "{:.1f}"), ("ask_p50_ms", "ask p50 ms", "{:.1f}"),
           ("ask_p95_ms", "ask p95 ms", "{:.1f}"), ("retrieve_p50_ms", "retrieve p50 ms", "{:.1f}"),
           ("retrieve_p95_ms", "retrieve p95 ms", "{:.1f}"), ("peak_rss_mb", "peak RSS MB", "{:.0f}"),
           ("wall_s", "wall s", "{:.0f}"), ("cpu_s", "CPU s", "{:.0f}"), ("load", "load 1-min", "{}"))
DRY_COLUMNS = (("scale", "×", "{:d}"), ("documents", "docs", "{:d}"), ("chars", "chars", "{:d}"),
               ("corpus_mb", "corpus MB", "{:.1f}"), ("synth_s", "synthesis s", "{:.1f}"))


def table(rows: list[dict[str, Any]], columns: tuple = COLUMNS) -> str:
    lines = ["| " + " | ".join(h for _, h, _ in columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(f.format(r[k]) for k, _, f in columns) + " |" for r in rows]
    return "\n".join(lines)


def run_bench(scales: list[int], queries: int, embedder: str | None, keep: Path | None,
              dry: bool = False) -> int:
    workdir = keep or Path(tempfile.mkdtemp(prefix="policyqa-bench-"))
    rows = []
    started = time.perf_counter()
    try:
        if dry:
            print(table(dry_run(scales, workdir), DRY_COLUMNS))
            return 0
        for scale in sorted(set(scales)):
            print(f"bench: ×{scale} …", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
                row = pool.submit(measure, scale, queries, embedder, workdir).result()
            rows.append(dict(row, wall_s=time.perf_counter() - t0))
            print(table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    finally:
        if keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(table(rows))
    print(f"\ntotal {time.perf_counter() - started:.0f} s on {os.cpu_count()} CPUs")
    if len(rows) > 1:
        print(growth(rows))
    if keep:
        (keep / "bench.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


def growth(rows: list[dict[str, Any]]) -> str:
    """How query latency grows with the corpus, smallest size → largest."""
    first, last = rows[0], rows[-1]
    return (f"×{last['scale']} vs ×{first['scale']}: {last['chunks'] / first['chunks']:.1f}× the chunks, "
            f"retrieve p50 {last['retrieve_p50_ms'] / first['retrieve_p50_ms']:.2f}×, "
            f"p95 {last['retrieve_p95_ms'] / first['retrieve_p95_ms']:.2f}×; "
            f"ask p50 {last['ask_p50_ms'] / first['ask_p50_ms']:.2f}×, "
            f"p95 {last['ask_p95_ms'] / first['ask_p95_ms']:.2f}×")
