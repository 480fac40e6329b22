"""What the verification step (server/answer/verify.py) changes on a test set: every question is
answered twice over the current index, with and without the step, and each answer it turned
into an abstention is counted as a wrong answer caught or a right answer lost.

    POLICYQA_DATA_DIR=… .venv/bin/python scripts/verify_effect.py [TESTSET.jsonl ...]

"Right" is judged by the scorer (eval/score.py): an answerable question whose unverified answer
stated every gold figure (or, without gold figures, every gold fact) was right; any answer to an
unanswerable question was wrong.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from eval.run import pipeline_system, run_system
    from eval.schema import DEFAULT_TESTSET, load_testset
    from eval.score import score
    from ingest.index import Index
    from server.answer import Composer
    from server.service import Service

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("testsets", nargs="*", type=Path, default=[DEFAULT_TESTSET])
    args = parser.parse_args()
    index = Index.open()
    checked = Service(index, generator=None)
    unchecked = Service(index, generator=None)
    unchecked.composer = Composer(index.documents, index.chunks, list(unchecked.catalog.docs_by_region),
                                  verify=False)
    for path in args.testsets:
        items = load_testset(path)
        with_step = score(items, run_system(pipeline_system(checked, "verified"), items, progress=False)).rows
        without = score(items, run_system(pipeline_system(unchecked, "unverified"), items, progress=False)).rows
        caught, lost, other = [], [], []
        for item, a, b in zip(items, without, with_step):
            if a.abstained or not b.abstained:
                if a.abstained != b.abstained or a.answer != b.answer:
                    other.append(item.id)
                continue
            if not item.answerable:
                caught.append(item.id)
            elif _right(a):
                lost.append(item.id)
            else:
                caught.append(item.id)
        print(f"{path}: {len(items)} questions; the step turned {len(caught) + len(lost)} answers into abstentions: "
              f"{len(caught)} wrong answers caught, {len(lost)} right answers lost")
        print(f"  caught: {' '.join(caught) or '-'}")
        print(f"  lost:   {' '.join(lost) or '-'}")
        if other:
            print(f"  otherwise changed: {' '.join(other)}")
    return 0


def _right(row) -> bool:
    figures, facts = row.metrics.get("figure_accuracy"), row.metrics.get("fact_recall")
    return (figures if figures is not None else facts if facts is not None else 0.0) >= 1.0


if __name__ == "__main__":
    raise SystemExit(main())
