"""`policyqa eval` (test set → scores, baselines, report) and `policyqa bench` (at scale)."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from eval.bench import DEFAULT_SCALE
from eval.schema import DEFAULT_TESTSET

if TYPE_CHECKING:  # the heavy modules load only when a command needs them
    from eval.run import System
    from eval.schema import Item
    from eval.score import Scorecard
    from eval.variants import VariantResult
    from ingest.index import Index


def add_commands(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser("eval", help="evaluate answers against a test set / 评测",
                        description="Runs every question of TESTSET through the pipeline, scores it and writes "
                                    "a Markdown + HTML report (default: data/eval/<time>/ and data/eval/latest/).")
    ev.add_argument("testset", nargs="?", type=Path, default=None,
                    help="JSONL test set (default: the bundled eval/testset.jsonl, or with --split the "
                         "split's file of the corpus)")
    ev.add_argument("--corpus", type=Path, metavar="DIR",
                    help="evaluate on an index of this corpus directory (built once under "
                         "POLICYQA_DATA_DIR/eval-corpora/ and reused while the corpus and the ingest code "
                         "are unchanged; only changed documents are re-derived and re-embedded)")
    ev.add_argument("--split", metavar="NAME",
                    help="the question file NAME.jsonl of the corpus: eval/<corpus dir name>/NAME.jsonl "
                         "(eval/bundled-fresh/ for the bundled corpus), e.g. --split dev")
    ev.add_argument("--fresh", action="store_true",
                    help="with --corpus: build the index in a temporary directory and discard it afterwards")
    ev.add_argument("--embedder", help="evaluate on an index built with this embedder (m3e-small, e5-small or a "
                                       "local model directory); default: the current index")
    ev.add_argument("--out", type=Path, help="report directory (default: data/eval/<timestamp>/)")
    ev.add_argument("--baselines", action="store_true",
                    help="also run LangChain+Chroma dense, BM25-only, dense-only and the other embedder")
    ev.add_argument("--limit", type=_positive, metavar="N", help="only the first N questions")
    ev.add_argument("--variants", action="store_true",
                    help="also ask every question reworded (请问 before it, no question mark, Traditional script, "
                         "the place's short form) and report the answers that change with the wording")
    ev.add_argument("--quiet", action="store_true", help="no progress on stderr")
    ev.set_defaults(func=run_eval)

    bench = sub.add_parser("bench", help="benchmark ingest and query at scale / 规模测试",
                           description="Synthesises a corpus of perturbed copies of corpus/, ingests it into a "
                                       "temporary data directory and measures ingest and raw encode rates, index "
                                       "size, answer latency and a serving process's memory, each size in fresh "
                                       "processes. With POLICYQA_CHROMA_URL set, vectors go to that Chroma server.")
    bench.add_argument("--chunks", type=_positive, action="append", metavar="N",
                       help="a size in chunks (repeatable), e.g. 100000 with --embedder hashing")
    bench.add_argument("--scale", type=_positive, action="append", metavar="COPIES",
                       help=f"a size in copies of the corpus (repeatable; default {DEFAULT_SCALE} ≈ 3200 chunks, "
                            "a few minutes with the real model on 2 cores)")
    bench.add_argument("--queries", type=int, default=0,
                       help="timed questions per size (default 0: each test-set question without history once)")
    bench.add_argument("--embedder", help="embedder for the synthetic index (default: the configured one); "
                                          "`hashing` is a fast, meaningless one for measuring everything but the model")
    bench.add_argument("--json", action="store_true", help="one JSON line per size on stdout instead of a table")
    bench.add_argument("--replicate", type=_positive, default=1, metavar="K",
                       help="serve a build K times the ingested one (same sentences, other region names, "
                            "re-embedded; bench-only embedders): the query path beyond what one ingest holds "
                            "in memory. Ingest figures stay those of the ingested size")
    bench.add_argument("--keep", type=Path, metavar="DIR", help="keep the synthetic data under DIR")
    bench.add_argument("--dry-run", action="store_true",
                       help="only synthesise each size and report its size (checks a large size in seconds)")
    bench.set_defaults(func=run_bench)


def run_eval(args: argparse.Namespace) -> int:
    from eval.schema import InvalidTestset, load_testset

    started = time.perf_counter()
    try:
        args.testset = question_file(args.testset, args.corpus, args.split)
        items = load_testset(args.testset)
    except (InvalidTestset, FileNotFoundError, NotADirectoryError) as e:
        print(f"policyqa eval: {e}", file=sys.stderr)
        return 2
    items = items[:args.limit] if args.limit else items
    # indexes built for the evaluation (another embedder, no index yet) live here, never in data/
    with tempfile.TemporaryDirectory(prefix="policyqa-eval-") as scratch:
        return _evaluate(args, items, Path(scratch), started)


def _evaluate(args: argparse.Namespace, items: list, scratch: Path, started: float) -> int:
    import matplotlib  # noqa: F401 - the report's plots (eval extra): stop now if missing, not after every answer

    from eval.report import SystemResult, default_out_dir, publish_latest, write_report
    from eval.run import pipeline_system, run_system
    from eval.schema import quote_problems
    from eval.score import score
    from server.service import Service

    try:
        index = (_corpus_index(args.corpus, args.embedder, scratch if args.fresh else None, args.quiet)
                 if args.corpus else _open_index(args.embedder, scratch))
    except Exception as e:  # noqa: BLE001 - no index, failed ingest, unknown embedder: all told the same way
        print(f"policyqa eval: {e}", file=sys.stderr)
        return 1
    for problem in quote_problems(items, {d: doc.text for d, doc in index.documents.items()}):
        print(f"policyqa eval: warning: {problem}", file=sys.stderr)

    systems = [pipeline_system(Service(index), "pipeline",
                               f"hybrid BM25 + dense (RRF), {index.embedder_name}, build {index.build_id}")]
    if args.baselines:
        from eval.baselines import baseline_systems
        systems += baseline_systems(index, scratch)
    results = []
    for system in systems:
        load_before = os.getloadavg()[0]  # the CPU may be shared: latencies are read with the load
        outcomes = run_system(system, items, progress=not args.quiet)
        note = f"{system.note}; 1-min load {load_before:.1f}→{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        results.append(SystemResult(system.name, note, score(items, outcomes)))

    variants = _variants(systems[0], items, results[0].card, index, args.quiet) if args.variants else []

    context = {"date": datetime.now().isoformat(timespec="seconds"),
               "test set": f"{args.testset} ({len(items)} questions)",
               "index": f"{index.data_dir} build {index.build_id}", "embedder": index.embedder_name,
               "command": "policyqa eval " + " ".join(sys.argv[2:] if sys.argv[1:2] == ["eval"] else []),
               "run time": f"{time.perf_counter() - started:.0f} s (loading, index builds and every system)"}
    out_dir = args.out or default_out_dir()
    path = write_report(results, out_dir, context, variants)
    if args.out is None:
        publish_latest(out_dir)
    _print_summary(results)
    for v in variants:
        print(f"reworded {v.name}: {v.asked} asked, {v.right_before} right as written, {len(v.lost)} lost, "
              f"{v.gained} gained, {v.wrong_confident} wrong & confident")
    print(f"run time: {context['run time']}")
    print(f"report: {path}")
    return 0


def _variants(system: System, items: list[Item], card: Scorecard, index: Index, quiet: bool) -> list[VariantResult]:
    """Each rewording's answers (eval/variants.py) against the test set's wording; places are the documents'."""
    from eval.run import run_system
    from eval.score import score
    from eval.variants import compare, reworded, rewordings

    places = {region for doc in index.documents.values() for region in doc.meta.region}
    out = []
    for name, rewrite in rewordings(places).items():
        asked = reworded(items, rewrite)
        out.append(compare(name, card, score(asked, run_system(system, asked, progress=not quiet))))
    return out


def run_bench(args: argparse.Namespace) -> int:
    from eval.bench import run_bench as bench
    from ingest.embed import BENCH_ONLY

    if args.queries < 0:
        print("policyqa bench: --queries must be 0 or more", file=sys.stderr)
        return 2
    try:
        if args.replicate > 1 and args.embedder not in BENCH_ONLY:
            print("policyqa bench: --replicate re-embeds every replica: use it with --embedder hashing",
                  file=sys.stderr)
            return 2
        return bench(args.scale or [], args.chunks or [], args.queries, args.embedder, args.keep, args.dry_run,
                     args.json, args.replicate)
    except Exception as e:  # noqa: BLE001 - e.g. an unknown embedder or an unreachable Chroma server
        print(f"policyqa bench: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


def question_file(testset: Path | None, corpus: Path | None, split: str | None) -> Path:
    """The question file: given, or the split of the corpus's question sets, or the bundled default."""
    from ingest import config

    if corpus is not None and not Path(corpus).is_dir():
        raise NotADirectoryError(f"--corpus {corpus}: no such directory")
    if testset is not None:
        if split:
            raise FileNotFoundError("give either a test set file or --split, not both")
        return testset
    if not split:
        return DEFAULT_TESTSET
    corpus = Path(corpus or config.DEFAULT_CORPUS).resolve()
    name = "bundled-fresh" if corpus == config.DEFAULT_CORPUS.resolve() else corpus.name
    path = Path(__file__).resolve().parent / name / f"{split}.jsonl"
    if not path.is_file():
        known = sorted(p.stem for p in path.parent.glob("*.jsonl")) if path.parent.is_dir() else []
        raise FileNotFoundError(f"no split {split!r} for corpus {corpus.name}: {path} does not exist"
                                + (f" (splits: {', '.join(known)})" if known else ""))
    return path


def corpus_cache_dir(corpus: Path) -> Path:
    """Where the evaluation keeps the index of a corpus directory between runs."""
    import hashlib

    from ingest import config

    resolved = Path(corpus).resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:10]
    return config.data_dir() / "eval-corpora" / f"{resolved.name}-{digest}"


def corpus_documents(corpus: Path) -> list[Path]:
    """The documents of a corpus directory (its README/SOURCES/LICENSE files describe them: see
    ingest.pipeline.discover)."""
    from ingest.pipeline import discover

    return discover([corpus]).files


def _corpus_index(corpus: Path, embedder: str | None, scratch: Path | None, quiet: bool) -> Index:
    """An index of `corpus`: incremental ingest into its cache directory (a no-op when nothing
    changed), or a fresh one under `scratch`."""
    from ingest.index import Index
    from ingest.pipeline import run_ingest

    data_dir = scratch / "corpus" if scratch is not None else corpus_cache_dir(corpus)
    summary = run_ingest(corpus_documents(Path(corpus)), embedder, False, data_dir=data_dir)
    if summary.failed:
        raise RuntimeError(f"ingest of {corpus} failed:\n{summary}")
    if not quiet:
        print(f"policyqa eval: index of {corpus} in {data_dir}: {summary.documents} documents, "
              f"{summary.embedded} chunks embedded, {summary.seconds:.1f} s", file=sys.stderr)
    return Index.open(data_dir)


def _open_index(embedder: str | None, scratch: Path) -> Index:
    """The current index if it matches `embedder`; otherwise one built under `scratch` for the evaluation."""
    from eval.baselines import index_with_embedder
    from ingest import config
    from ingest.index import EmbedderMismatchError, Index, NoIndexError

    try:
        return Index.open(embedder=embedder)
    except (NoIndexError, EmbedderMismatchError) as e:
        name = embedder or config.DEFAULT_EMBEDDER
        print(f"policyqa eval: {e}; building an index of corpus/ with {name} for the evaluation", file=sys.stderr)
        index, seconds = index_with_embedder(name, scratch / "main")
        print(f"policyqa eval: index built in {seconds:.1f} s", file=sys.stderr)
        return index


def _print_summary(results) -> None:
    from eval.report import COLUMNS, LABELS, comparison_rows

    header = ["system", *(LABELS[m] for m in COLUMNS)]
    rows = [header, *comparison_rows(results)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)))


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
