"""Raw encode rate of embedders side by side, on the chunks of an index, in alternating rounds.

    .venv/bin/python scripts/encode_rate.py                                  # m3e-small vs m3e-small-int8, 3 rounds
    .venv/bin/python scripts/encode_rate.py --embedders m3e-small e5-small --rounds 5 --data-dir /tmp/d

Rounds alternate between the embedders so that both see the same load on shared cores; each
round encodes every distinct chunk text of the current build (shortest first, batches of 32,
as the ingest pipeline does). Printed per embedder: chunks/s per round and their median, and
chunks per CPU-second of this process (less sensitive to other work on the machine).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BATCH = 32


def rates(texts: list[str], names: list[str], rounds: int) -> dict[str, dict[str, list[float]]]:
    """Per embedder: wall-clock and CPU-time encode rates (chunks/s), one value per round."""
    from ingest.embed import load_embedder

    models = {name: load_embedder(name) for name in names}
    for model in models.values():
        model.embed_passages(texts[:BATCH])  # loading and first-call costs are not the rate
    out: dict[str, dict[str, list[float]]] = {name: {"wall": [], "cpu": []} for name in names}
    for _ in range(rounds):
        for name, model in models.items():
            wall, cpu = time.perf_counter(), time.process_time()
            for lo in range(0, len(texts), BATCH):
                model.embed_passages(texts[lo:lo + BATCH])
            out[name]["wall"].append(len(texts) / (time.perf_counter() - wall))
            out[name]["cpu"].append(len(texts) / (time.process_time() - cpu))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--embedders", nargs="+", default=["m3e-small", "m3e-small-int8"])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, help="index whose chunks are encoded (default: POLICYQA_DATA_DIR)")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    from ingest.index import Index

    texts = sorted({c.norm for c in Index.open(args.data_dir).chunks}, key=len)
    result = rates(texts, args.embedders, args.rounds)
    first = args.embedders[0]
    for name, r in result.items():
        line = (f"{name}: {len(texts)} chunks, chunks/s per round {[round(x, 1) for x in r['wall']]}, "
                f"median {statistics.median(r['wall']):.1f}; per CPU-second {statistics.median(r['cpu']):.1f}")
        if name != first:
            ratios = [a / b for a, b in zip(r["wall"], result[first]["wall"])]
            line += (f"; vs {first}: {statistics.median(r['wall']) / statistics.median(result[first]['wall']):.2f}× "
                     f"(rounds {', '.join(f'{x:.2f}' for x in ratios)}), per CPU-second "
                     f"{statistics.median(r['cpu']) / statistics.median(result[first]['cpu']):.2f}×")
        print(line)
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
