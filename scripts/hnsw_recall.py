"""How far Chroma's HNSW search is from the exact one on a real build, and how much it varies
between builds of the same vectors (why ingest/index.py searches builds of at most
LOCAL_DENSE_MAX chunks exactly).

    POLICYQA_DATA_DIR=/tmp/cd .venv/bin/python scripts/hnsw_recall.py eval/corpus-dev/dev.jsonl [--builds 3]

Each of `--builds` fresh Chroma collections (the settings ingest uses) is filled with the
current build's vectors and asked the question set's search texts; printed per collection:
recall@POOL against the exact top POOL, how often its top 1 is the exact top 1, and how many
questions get the very same list as the first collection.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("questions", type=Path, nargs="+", help="question files (JSONL with a `question` field)")
    parser.add_argument("--builds", type=int, default=3)
    args = parser.parse_args()

    from ingest.index import VECTORS, Index
    from ingest.normalize import normalize
    from ingest.store import VectorStore, connect
    from server.retrieve import POOL
    from server.service import Service

    index = Index.open()
    service = Service(index, generator=None)
    vectors = np.load(index._build.path / VECTORS)
    texts = [service.analyse(json.loads(line)["question"]).search_text
             for path in args.questions for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    queries = [index.embedder.embed_query(normalize(t)) for t in texts]
    exact = [[int(i) for i in np.argsort(-(vectors @ q), kind="stable")[:POOL]] for q in queries]
    ids = [str(i) for i in range(len(vectors))]
    first: list[list[int]] | None = None
    print(f"{len(vectors)} chunks, {len(texts)} questions, top {POOL}")
    for n in range(args.builds):
        with tempfile.TemporaryDirectory() as tmp:
            store = VectorStore(connect(Path(tmp), None), f"recall_{n}", create=True)
            store.add(ids, vectors, ["d"] * len(ids), list(range(len(ids))))
            found = [[i for i, _ in store.query(q, POOL)] for q in queries]
        first = first or found
        recall = np.mean([len(set(a) & set(b)) / len(b) for a, b in zip(found, exact)])
        top1 = np.mean([a[:1] == b[:1] for a, b in zip(found, exact)])
        same = sum(a == b for a, b in zip(found, first))
        print(f"collection {n}: recall@{POOL} {recall:.3f}, top 1 exact {top1:.3f}, "
              f"same list as collection 0: {same}/{len(texts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
