"""Time questions across documents (哪些…/各地…) on an existing data directory, e.g. one kept by
`policyqa bench --chunks 100000 --embedder hashing --keep DIR` (then set POLICYQA_BENCH_EMBEDDERS=1).

    python scripts/bench_crossdoc.py DATA_DIR
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from ingest.index import Index
from server.service import Service

QUESTIONS = ("哪些地区提到了集团化办学？", "各地的学前教育毛入园率分别是多少？", "哪些文件提到了课后服务？")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    index = Index.open(args.data_dir)
    service = Service(index, generator=None)
    service.ask("学前教育毛入园率是多少？")  # load the model and the search files first
    print(f"{len(index.chunks)} chunks, {len(index.document_heads)} documents")
    for question in QUESTIONS:
        started = time.perf_counter()
        response = service.ask(question)
        ms = (time.perf_counter() - started) * 1000
        print(f"{ms:8.0f} ms  citations={len(response.citations):3d}  {question}  {response.answer[:40]!r}")


if __name__ == "__main__":
    main()
