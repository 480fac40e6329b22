"""Ingest rate and memory: one corpus directory ingested from scratch into a temporary data directory
by the real pipeline (`policyqa ingest`'s run_ingest), in this process.

    .venv/bin/python scripts/bench_ingest.py corpus
    .venv/bin/python scripts/bench_ingest.py ../shared/corpus-dev [--embedder e5-small] [--tracemalloc]

Prints documents/s, chunks/s and characters/s (of the documents' cleaned text) on the wall clock and
per CPU-second of this process (the cores may be shared: the 1-minute load is printed with them), the
share of the time (wall and CPU) spent embedding (chunks, then the build's vocabulary for the word table), and
memory: resident set after loading the model, peak resident set (ru_maxrss) and, with --tracemalloc,
the peak of Python's own allocations (tracing slows the run several times; its rates are not the
plain run's). The model is loaded before the clock starts: its load time is printed apart.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ingest.pipeline as pipeline  # noqa: E402
from ingest.config import DEFAULT_EMBEDDER  # noqa: E402
from ingest.embed import load_embedder  # noqa: E402
from ingest.index import Index  # noqa: E402


def _rss_mb() -> float:
    """Resident set now (Linux /proc), MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


class _Timed:
    """Seconds and texts of the calls made through `wrap`."""

    def __init__(self) -> None:
        self.seconds, self.cpu, self.texts, self.calls = 0.0, 0.0, 0, 0

    def wrap(self, fn: Callable[..., Any], count: Callable[[tuple], int]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started, cpu = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
                self.cpu += time.process_time() - cpu
                self.calls += 1
                self.texts += count(args)
        return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--embedder", default=DEFAULT_EMBEDDER)
    parser.add_argument("--tracemalloc", action="store_true", help="also the peak of Python's allocations (slow)")
    parser.add_argument("--json", action="store_true", help="one JSON line instead of the table")
    args = parser.parse_args()

    started = time.perf_counter()
    embedder = load_embedder(args.embedder)  # the pipeline loads the same instance (one per process)
    load_s = time.perf_counter() - started
    rss_model = _rss_mb()
    passages, chunks = _Timed(), _Timed()
    embedder.embed_passages = passages.wrap(embedder.embed_passages, lambda a: len(a[0]))  # type: ignore[method-assign]
    pipeline._embed = chunks.wrap(pipeline._embed, lambda a: len(a[1]))

    if args.tracemalloc:
        tracemalloc.start()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="policyqa-bench-ingest-") as data:
        wall, cpu = time.perf_counter(), time.process_time()
        summary = pipeline.run_ingest([args.corpus], args.embedder, False, data_dir=Path(data))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        traced_peak = tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else None
        tracemalloc.stop()
        chars = sum(head.chars for head in Index.open(Path(data)).document_heads.values())
    if summary.failed:
        print(f"failed: {summary.failed}", file=sys.stderr)
    words_s, words = passages.seconds - chunks.seconds, passages.texts - chunks.texts
    figures = {
        "corpus": str(args.corpus), "embedder": embedder.name, "documents": summary.documents,
        "chunks": summary.chunks, "characters": chars, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
        "documents_per_s": float(f"{summary.documents / wall:.3g}"), "chunks_per_s": round(summary.chunks / wall, 1),
        "characters_per_s": round(chars / wall), "chunks_per_cpu_s": round(summary.chunks / cpu, 1),
        "characters_per_cpu_s": round(chars / cpu),
        "embed_share": round(passages.seconds / wall, 3), "embed_cpu_share": round(passages.cpu / cpu, 3),
        "embed_chunks_s": round(chunks.seconds, 1),
        "embed_words_s": round(words_s, 1), "words_embedded": words,
        "model_load_s": round(load_s, 1), "rss_after_model_mb": round(rss_model), "peak_rss_mb": round(_peak_rss_mb()),
        "python_peak_mb": None if traced_peak is None else round(traced_peak),
        "load": f"{load_before:.1f}→{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs",
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return
    print(f"{args.corpus}: {summary.documents} documents, {summary.chunks} chunks, {chars:,} characters, "
          f"{embedder.name} (loaded in {load_s:.1f} s)")
    print(f"  ingest   {wall:7.1f} s wall, {cpu:.1f} s CPU (1-min load {figures['load']})")
    print(f"  rate     {figures['documents_per_s']} documents/s, {figures['chunks_per_s']} chunks/s, "
          f"{figures['characters_per_s']:,} characters/s; per CPU-second {figures['chunks_per_cpu_s']} chunks, "
          f"{figures['characters_per_cpu_s']:,} characters")
    print(f"  embed    {passages.seconds:.1f} s = {figures['embed_share']:.0%} of the wall time, "
          f"{figures['embed_cpu_share']:.0%} of the CPU time "
          f"(chunks {chunks.seconds:.1f} s for {chunks.texts}, vocabulary {words_s:.1f} s for {words} words)")
    print(f"  memory   RSS after loading the model {figures['rss_after_model_mb']} MB, peak {figures['peak_rss_mb']} MB"
          + (f", Python allocations peak {figures['python_peak_mb']} MB" if traced_peak is not None else ""))


if __name__ == "__main__":
    main()
