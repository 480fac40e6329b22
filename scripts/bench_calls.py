"""The work each question of a test set costs: embedding-model calls (query and passage texts),
searches (and which handler ran them) and CPU time, on an existing index; the slowest tenth by CPU.

    .venv/bin/python scripts/bench_calls.py DATA_DIR QUESTIONS.jsonl [--json OUT]
    e.g. DATA_DIR = $POLICYQA_DATA_DIR/eval-corpora/corpus-dev-<hash>, QUESTIONS = eval/corpus-dev/dev.jsonl

Questions run in order through `Service.ask` after one untimed warm-up answer and the warm-up's
per-document scans (server/prewarm.py), as `policyqa eval` runs them
(each followed by eval's untimed retrieval, which warms the same caches). CPU time of this process
(`time.process_time`) stands in for latency on shared cores: model calls and searches are counted,
not timed, so two runs on a loaded machine can be compared.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import server.retrieve as retrieve  # noqa: E402
from eval.run import pipeline_system  # noqa: E402
from eval.schema import load_testset  # noqa: E402
from ingest.index import Index  # noqa: E402
from server.service import Service  # noqa: E402

COUNTED = ("query_calls", "query_texts", "passage_calls", "passage_texts", "searches", "encode_ms")


def _caller(skip: tuple[str, ...]) -> str:
    """The innermost frame of server/ code outside `skip`: module:function ('question': the question's
    own search, made by the service itself)."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        if "/server/" in frame.filename and not any(s in frame.filename for s in skip):
            return f"{Path(frame.filename).stem}:{frame.name}"
    return "question"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--json", type=Path, help="per question figures to this file")
    args = parser.parse_args()
    index = Index.open(args.data_dir)
    service = Service(index, generator=None)
    counts: Counter[str] = Counter()
    callers: Counter[str] = Counter()
    embedder = index.embedder
    encode = embedder._encode

    def counted_encode(texts: list[str], is_query: bool) -> Any:
        kind = "query" if is_query else "passage"
        counts[f"{kind}_calls"] += 1
        counts[f"{kind}_texts"] += len(texts)
        callers[f"{kind} embed ← {_caller(('nearwords', 'retrieve', 'service'))}"] += 1
        started = time.process_time()
        try:
            return encode(texts, is_query)
        finally:
            counts["encode_ms"] += round((time.process_time() - started) * 1000)

    search = retrieve.Retriever.search

    def counted_search(self: retrieve.Retriever, *a: Any, **kw: Any) -> list[retrieve.Hit]:
        counts["searches"] += 1
        callers[f"search ← {_caller(('retrieve', 'service'))}"] += 1
        return search(self, *a, **kw)

    embedder._encode = counted_encode
    retrieve.Retriever.search = counted_search  # type: ignore[method-assign]
    items = load_testset(args.questions)
    system = pipeline_system(service, "pipeline")
    system.ask(items[0].question, [], None)
    if system.warm is not None:  # the per-document scans a served app's warm-up does once ready
        system.warm()
    rows = []
    for item in items:
        history = [t.model_dump() for t in item.history]
        filters = item.filters.model_dump() if item.filters else None
        counts.clear()
        callers.clear()
        cpu = time.process_time()
        response = system.ask(item.question, history, filters)
        rows.append({"id": item.id, "question": item.question, "cpu_ms": (time.process_time() - cpu) * 1000,
                     **{k: counts[k] for k in COUNTED}, "callers": dict(callers), "answer": response["answer"]})
        if system.retrieve is not None:
            system.retrieve(item.question, history, filters, 10)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    cpu_ms = sorted(r["cpu_ms"] for r in rows)
    n = len(rows)
    totals = {k: round(sum(r[k] for r in rows)) for k in COUNTED}
    p50, p95 = cpu_ms[n // 2], cpu_ms[min(n - 1, n * 95 // 100)]
    print(f"{args.questions}: {n} questions, CPU ms p50 {p50:.0f}, p95 {p95:.0f}, total {sum(cpu_ms):.0f} "
          f"(model {totals['encode_ms']}); {totals['query_calls']} query calls ({totals['query_texts']} texts), "
          f"{totals['passage_calls']} passage calls ({totals['passage_texts']} texts), {totals['searches']} searches")
    print("slowest tenth by CPU:")
    for r in sorted(rows, key=lambda r: -r["cpu_ms"])[:max(1, n // 10)]:
        print(f"  {r['id']:<22} {r['cpu_ms']:6.0f} ms  model {r['encode_ms']:4.0f} ms  "
              f"{r['query_calls']}q/{r['passage_calls']}p calls  {r['searches']} searches  "
              f"{'; '.join(f'{k} ×{v}' for k, v in r['callers'].items())}  {r['question'][:40]}")


if __name__ == "__main__":
    main()
