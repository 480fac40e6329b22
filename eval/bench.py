"""`policyqa bench`: ingest and answer at the sizes users have, on a synthetic corpus.

The synthetic corpus is copies of corpus/: copy 0 is the real corpus, every other copy renames
the regions (巴南 → 山水石 …, in both scripts) and multiplies each number by a random factor in
[0.7, 1.3] at its written precision (years are kept), so chunks, tokens and vectors differ from
copy to copy while every sentence stays a real policy sentence: BM25, the bigram index and the
composer see the corpus's vocabulary and its number-heavy tail, and region-scoped questions
find one copy's documents among thousands. `--chunks N` takes as many copies as reach N chunks.

Each size runs in two fresh processes (spawn), so that each figure is its own:
- ingest: synthesise, run the real pipeline into a temporary data directory, then encode a
  sample of the same chunks with the embedder alone (raw encode rate; ingest/encode ratio);
- serve: open the index as `policyqa serve` would, answer every test-set question without
  history once (`Service.ask`, what /api/ask runs), then read the process's resident memory.

`--embedder hashing` (bench only, see ingest/embed.py) takes the model out, so 10⁵–10⁶ chunks
measure the index, the query path and memory; the real model's rates are the default ×20 run.
With POLICYQA_CHROMA_URL set, vectors go to that Chroma server (index_mb then excludes them).
"""
from __future__ import annotations

import json
import math
import os
import random
import re
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
DEFAULT_SCALE = 20  # ≈ 3200 chunks: a few minutes with the real model on 2 cores
ENCODE_SAMPLE = 1000  # chunks re-encoded for the raw encode rate
WARM_UP = "学前教育毛入园率"  # not a test-set question: the timed ones all start cold


def copy_suffix(copy: int) -> str:
    """The suffix of a synthetic copy's file and document id (copy 0 is the corpus unchanged)."""
    return f"-x{copy:05d}"


ORIGINAL = copy_suffix(0)


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
        # years, and whole numbers of one or two digits: those are mostly a document's own
        # structure (a table's column and serial numbers 1…8, 01…20, 第3条, list markers), and
        # varying them breaks the structure, not the figures
        if _YEAR.fullmatch(token) or (token.isdigit() and len(token) <= 2):
            return token
        decimals = len(token.split(".")[1]) if "." in token else 0
        value = float(token) * rng.uniform(0.7, 1.3)
        return f"{value:.{decimals}f}"
    return _NUMBER.sub(scale, text)


def synthesise(copies: int, out_dir: Path, corpus_dir: Path = config.DEFAULT_CORPUS, seed: int = 7) -> list[Path]:
    """Writes `copies` copies of corpus_dir (copy 0 unchanged) and their manifest; returns the files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = json.loads((corpus_dir / "manifest.json").read_text(encoding="utf-8"))["documents"]
    sources = [(p, p.read_text(encoding="utf-8")) for p in sorted(corpus_dir.glob("*.txt"))]
    entries: dict[str, dict] = {}
    files = []
    rng = random.Random(seed)
    for copy in range(copies):
        for path, original in sources:
            text, entry = original, dict(manifest.get(path.name, {}))
            if copy:
                text = perturb(original, copy, rng)
                entry = {k: perturb(v, copy, random.Random(0)) if k in ("title", "region", "issuer")
                         and isinstance(v, str) else v for k, v in entry.items()}
            name = f"{path.stem}{copy_suffix(copy)}.txt"
            (out_dir / name).write_text(text, encoding="utf-8")
            entries[name] = entry
            files.append(out_dir / name)
    (out_dir / "manifest.json").write_text(json.dumps({"documents": entries}, ensure_ascii=False), encoding="utf-8")
    return files


def chunks_per_copy(corpus_dir: Path = config.DEFAULT_CORPUS) -> int:
    """Chunks of one synthetic copy (copy 1, whose numbers are perturbed)."""
    from ingest.pipeline import process_file

    with tempfile.TemporaryDirectory(prefix="policyqa-bench-") as tmp:
        files = synthesise(2, Path(tmp), corpus_dir)
        return sum(len(process_file(f, f.stem, f.read_bytes(), {}, "").chunks) for f in files[len(files) // 2:])


def copies_for(chunks: int, per_copy: int) -> int:
    return max(1, math.ceil(chunks / per_copy))


def disk_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # kB
    return float("nan")


def rss_mb() -> float:
    return _status_mb("VmRSS")


def peak_rss_mb() -> float:
    # VmHWM, not getrusage's ru_maxrss: that one survives fork + exec, so a spawned child would
    # report its parent's peak
    return _status_mb("VmHWM")


def replicate_build(data: Path, times: int, copies: int) -> int:
    """The current build of `data` × `times`, as a new build: every synthetic document again
    under other region names (same length, so every offset holds) and a new id, its chunks
    re-embedded with the (bench-only) embedder. For the serving side beyond what one ingest can
    hold in memory; the sentences are the ingested ones. Returns the new number of chunks."""
    from ingest.buildstore import SERVER_MARK, new_build_id, switch_current, write_json
    from ingest.embed import load_embedder
    from ingest.index import CHUNKS, DOCS, FIGURES, MANIFEST, TOKENS, VECTORS, builds_dir, read_current, read_manifest
    from ingest.searchfiles import write_search_files
    from ingest.store import VectorStore, collection_name, connect

    current = read_current(data)
    if current is None:
        raise RuntimeError(f"nothing to replicate: {data} has no index build")
    source = builds_dir(data) / current
    manifest = read_manifest(source)
    embedder = load_embedder(manifest["embedder"]["name"])
    build_id = new_build_id()
    target = builds_dir(data) / build_id
    target.mkdir()
    url = config.chroma_url()
    if url:
        write_json(target / SERVER_MARK, {"url": url})
    # copy 0 is the real corpus (two-character names): its replicas would shift offsets, so it stays single
    synthetic = [d for d in manifest["documents"] if not d.endswith(ORIGINAL)]

    def renamings(doc_id: str, r: int) -> list[tuple[str, str]]:
        copy = int(doc_id.rsplit("-x", 1)[1])
        return [(doc_id, f"{doc_id}-r{r}")] + [(synthetic_name(copy, i), synthetic_name(copy + r * copies, i))
                                               for i in range(len(REGIONS))]

    def replicas(name: str) -> None:
        with (source / name).open(encoding="utf-8") as f, (target / name).open("w", encoding="utf-8") as out:
            lines_by_doc: dict[str, list[str]] = {}
            for line in f:
                doc_id = json.loads(line)["doc_id"] if name != TOKENS else None
                out.write(line)
                if doc_id is not None and doc_id in synthetic_set:
                    lines_by_doc.setdefault(doc_id, []).append(line)
            for r in range(1, times):
                for doc_id in synthetic:
                    for line in lines_by_doc.get(doc_id, []):
                        for old, new in renamings(doc_id, r):
                            line = line.replace(old, new)
                        out.write(line)
    synthetic_set = set(synthetic)
    for name in (DOCS, CHUNKS, FIGURES):
        replicas(name)
    # tokens.jsonl has no doc_id: its lines follow chunks.jsonl, document by document
    rows = ranges_of(manifest)
    with (source / TOKENS).open(encoding="utf-8") as f:
        token_lines = f.readlines()
    with (target / TOKENS).open("w", encoding="utf-8") as out:
        out.writelines(token_lines)
        for r in range(1, times):
            for doc_id in synthetic:
                lo, hi = rows[doc_id]
                for line in token_lines[lo:hi]:
                    for old, new in renamings(doc_id, r)[1:]:
                        line = line.replace(old, new)
                    out.write(line)
    del token_lines
    base = np.load(source / VECTORS, mmap_mode="r")
    n = base.shape[0] + (times - 1) * sum(rows[d][1] - rows[d][0] for d in synthetic)
    vectors = np.lib.format.open_memmap(target / VECTORS, mode="w+", dtype=np.float32, shape=(n, base.shape[1]))
    vectors[:base.shape[0]] = base
    chunk_lines = (json.loads(line) for line in (target / CHUNKS).open(encoding="utf-8"))
    row = 0
    store = VectorStore(connect(target, url), collection_name(build_id), create=True)
    block: list[dict] = []

    def flush() -> None:
        nonlocal row
        norms = [c["norm"] for c in block]
        fresh = embedder.embed_passages(norms) if row >= base.shape[0] else np.asarray(vectors[row:row + len(block)])
        vectors[row:row + len(block)] = fresh
        store.add([c["chunk_id"] for c in block], fresh, [c["doc_id"] for c in block],
                  list(range(row, row + len(block))))
        row += len(block)
        block.clear()
    for chunk in chunk_lines:
        block.append(chunk)
        if len(block) == 5000 or row + len(block) == base.shape[0]:
            flush()
    if block:
        flush()
    vectors.flush()
    documents = dict(manifest["documents"])
    for r in range(1, times):
        for doc_id in synthetic:
            entry = dict(manifest["documents"][doc_id])
            entry["source"] = entry["source"].replace(doc_id, f"{doc_id}-r{r}")
            documents[f"{doc_id}-r{r}"] = entry
    write_search_files(target)
    counts = {key: sum(e[key] for e in documents.values()) for key in ("chunks", "tables", "figures")}
    write_json(target / MANIFEST, {**manifest, "build_id": build_id, "previous_build": source.name,
                                    "chroma": {**manifest["chroma"], "collection": collection_name(build_id)},
                                    "counts": {"documents": len(documents), **counts}, "documents": documents,
                                    "replicated": {"from": source.name, "times": times}})
    switch_current(data, build_id)
    return row


def ranges_of(manifest: dict[str, Any]) -> dict[str, tuple[int, int]]:
    rows, row = {}, 0
    for doc_id, entry in manifest["documents"].items():
        rows[doc_id] = (row, row + entry["chunks"])
        row += entry["chunks"]
    return rows


# --- the two processes of a size -----------------------------------------------------------------

def ingest_size(copies: int, embedder: str | None, workdir: Path, replicate: int = 1) -> dict[str, Any]:
    """Synthesise, ingest with the real pipeline, re-encode a sample: ingest figures (then, with
    `replicate` > 1, multiply the build for the serving side)."""
    from ingest.embed import load_embedder
    from ingest.index import Index
    from ingest.pipeline import run_ingest

    corpus, data = workdir / f"corpus-{copies}", workdir / f"data-{copies}"
    synthesise(copies, corpus)
    started = time.perf_counter()
    summary = run_ingest([corpus], embedder, True, data_dir=data)
    ingest_s = time.perf_counter() - started
    if summary.failed:
        raise RuntimeError(f"ingest failed at {copies} copies: {summary}")
    ingest_peak = peak_rss_mb()
    index = Index.open(data)
    rows = np.random.default_rng(0).choice(len(index.chunks), min(ENCODE_SAMPLE, len(index.chunks)), replace=False)
    sample = sorted({index.chunks[int(i)].norm for i in rows}, key=len)  # the pipeline embeds distinct texts, by length
    model = load_embedder(summary.embedder)
    started = time.perf_counter()
    for lo in range(0, len(sample), 128):
        model.embed_passages(sample[lo:lo + 128])
    encode_rate = len(sample) / (time.perf_counter() - started)
    ingest_rate = summary.chunks / ingest_s
    shutil.rmtree(corpus, ignore_errors=True)
    served = {"chunks": summary.chunks, "documents": summary.documents}
    if replicate > 1:
        started = time.perf_counter()
        replicate_build(data, replicate, copies)
        replicated = Index.open(data)
        served = {"chunks": len(replicated.chunks), "documents": len(replicated.documents),
                  "ingested_chunks": summary.chunks, "replicated": replicate,
                  "replicate_s": round(time.perf_counter() - started)}
    return {**served, "copies": copies,
            "embedder": summary.embedder, "chroma": "server" if config.chroma_url() else "embedded",
            "ingest_s": round(ingest_s, 1), "ingest_chunks_per_s": round(ingest_rate, 1),
            "encode_chunks_per_s": round(encode_rate, 1), "ingest_encode_ratio": round(ingest_rate / encode_rate, 4),
            "embedded": summary.embedded, "index_mb": round(disk_mb(data), 1),
            "ingest_peak_rss_mb": round(ingest_peak), "data_dir": str(data)}


def serve_size(data: Path, queries: int) -> dict[str, Any]:
    """Open the index as a server process does and answer the test-set questions: latency, memory."""
    from eval.schema import load_testset
    from ingest.index import Index
    from server.service import Service

    started = time.perf_counter()
    service = Service(Index.open(data), generator=None)
    service.ask(WARM_UP)  # jieba, the model, the first Chroma query
    open_s = time.perf_counter() - started
    questions = [i.question for i in load_testset() if not i.history]
    count = queries or len(questions)  # default: each question once, all cold
    total, retrieve = [], []
    for n in range(count):
        t0 = time.perf_counter()
        response = service.ask(questions[n % len(questions)])
        total.append((time.perf_counter() - t0) * 1000)
        retrieve.append(response.timings_ms.get("retrieve", float("nan")))
    return {"queries": count, "ask_p50_ms": round(float(np.percentile(total, 50)), 1),
            "ask_p95_ms": round(float(np.percentile(total, 95)), 1), "ask_max_ms": round(max(total), 1),
            "retrieve_p50_ms": round(float(np.nanpercentile(retrieve, 50)), 1),
            "retrieve_p95_ms": round(float(np.nanpercentile(retrieve, 95)), 1),
            "serve_open_s": round(open_s, 1), "serve_rss_mb": round(rss_mb()),
            "serve_peak_rss_mb": round(peak_rss_mb()),
            # of the resident memory, pages of the build's files (shared by workers, evictable) and the heap
            "serve_rss_file_mb": round(_status_mb("RssFile")), "serve_rss_anon_mb": round(_status_mb("RssAnon"))}


def measure(copies: int, queries: int, embedder: str | None, workdir: Path, replicate: int = 1) -> dict[str, Any]:
    """One size, each half in a fresh process."""
    from ingest.embed import ALLOW_BENCH_ENV

    os.environ[ALLOW_BENCH_ENV] = "1"  # the bench may use its hashing embedder; its children inherit this
    load_before = os.getloadavg()[0]  # the CPU is shared: each row says how busy it was
    started = time.perf_counter()
    context = get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        row = pool.submit(ingest_size, copies, embedder, workdir, replicate).result()
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        row.update(pool.submit(serve_size, Path(row.pop("data_dir")), queries).result())
    row["wall_s"] = round(time.perf_counter() - started)
    row["load"] = f"{load_before:.1f}→{os.getloadavg()[0]:.1f}"
    return row


def dry_run(sizes: list[int], workdir: Path) -> list[dict[str, Any]]:
    """Only synthesises each size (no model, no ingest): checks a large size's corpus before
    spending its ingest time, and says how big it is."""
    rows = []
    for copies in sorted(set(sizes)):
        started = time.perf_counter()
        files = synthesise(copies, workdir / f"corpus-{copies}")
        rows.append({"copies": copies, "documents": len(files),
                     "chars": sum(len(p.read_text(encoding="utf-8")) for p in files),
                     "corpus_mb": round(disk_mb(workdir / f"corpus-{copies}"), 1),
                     "synth_s": round(time.perf_counter() - started, 1)})
        shutil.rmtree(workdir / f"corpus-{copies}", ignore_errors=True)
    return rows


COLUMNS = (("chunks", "chunks", "{:d}"), ("documents", "docs", "{:d}"), ("embedder", "embedder", "{}"),
           ("chroma", "Chroma", "{}"), ("ingest_s", "ingest s", "{:.0f}"),
           ("ingest_chunks_per_s", "ingest chunks/s", "{:.1f}"), ("encode_chunks_per_s", "encode chunks/s", "{:.1f}"),
           ("ingest_encode_ratio", "ingest/encode", "{:.2f}"), ("index_mb", "index MB", "{:.0f}"),
           ("ask_p50_ms", "ask p50 ms", "{:.0f}"), ("ask_p95_ms", "ask p95 ms", "{:.0f}"),
           ("retrieve_p95_ms", "retrieve p95 ms", "{:.0f}"), ("serve_rss_mb", "serve RSS MB", "{:.0f}"),
           ("ingest_peak_rss_mb", "ingest peak RSS MB", "{:.0f}"), ("wall_s", "wall s", "{:.0f}"),
           ("load", "load 1-min", "{}"))
DRY_COLUMNS = (("copies", "copies", "{:d}"), ("documents", "docs", "{:d}"), ("chars", "chars", "{:d}"),
               ("corpus_mb", "corpus MB", "{:.1f}"), ("synth_s", "synthesis s", "{:.1f}"))


def table(rows: list[dict[str, Any]], columns: tuple = COLUMNS) -> str:
    lines = ["| " + " | ".join(h for _, h, _ in columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(f.format(r[k]) for k, _, f in columns) + " |" for r in rows]
    return "\n".join(lines)


def run_bench(scales: list[int], chunks: list[int], queries: int, embedder: str | None, keep: Path | None,
              dry: bool = False, as_json: bool = False, replicate: int = 1) -> int:
    workdir = keep or Path(tempfile.mkdtemp(prefix="policyqa-bench-"))
    if chunks:
        per_copy = chunks_per_copy()
        scales = scales + [copies_for(n, per_copy) for n in chunks]
    sizes = sorted(set(scales or [DEFAULT_SCALE]))
    rows = []
    try:
        if dry:
            print(table(dry_run(sizes, workdir), DRY_COLUMNS))
            return 0
        for copies in sizes:
            print(f"bench: {copies} copies …", file=sys.stderr, flush=True)
            rows.append(measure(copies, queries, embedder, workdir, replicate))
            if as_json:
                print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
            else:
                print(table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    finally:
        if keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    if not as_json:
        print(table(rows))
        if len(rows) > 1:
            print(growth(rows))
    if keep:
        (keep / "bench.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


def growth(rows: list[dict[str, Any]]) -> str:
    """How query latency and memory grow with the corpus, smallest size → largest."""
    first, last = rows[0], rows[-1]
    return (f"{last['chunks']} vs {first['chunks']} chunks ({last['chunks'] / first['chunks']:.1f}×): "
            f"ask p50 {last['ask_p50_ms'] / first['ask_p50_ms']:.2f}×, "
            f"p95 {last['ask_p95_ms'] / first['ask_p95_ms']:.2f}×; "
            f"serve RSS {last['serve_rss_mb'] / first['serve_rss_mb']:.2f}×")
