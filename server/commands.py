"""`policyqa ask` (`policyqa serve` is policyqa.py's: it runs the app composed there)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_commands(sub: argparse._SubParsersAction) -> None:
    ask = sub.add_parser("ask", help="answer a question with citations / 提问")
    ask.add_argument("question", nargs="?", help="问题 (omit with --batch)")
    ask.add_argument("--json", action="store_true", help="print the API's JSON response")
    ask.add_argument("--batch", type=Path, metavar="FILE.jsonl",
                     help='one {"id": …, "question": …} per line; prints one JSON response a line')
    ask.add_argument("--region", action="append", default=[], help="restrict to a region (repeatable)")
    ask.add_argument("--doc", action="append", default=[], dest="doc_ids", help="restrict to a doc_id (repeatable)")
    ask.set_defaults(func=run_ask)


def run_ask(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from server.schemas import AskRequest
    from server.service import UnknownFilter, ask

    filters = {"doc_ids": args.doc_ids, "regions": args.region} if args.doc_ids or args.region else None
    if args.batch:
        return _batch(args.batch, filters)
    if not args.question:
        print("policyqa ask: give a question or --batch FILE.jsonl", file=sys.stderr)
        return 2
    try:
        request = AskRequest(question=args.question, filters=filters)
        response = ask(request.question, filters=request.filters)
    except (ValidationError, UnknownFilter) as err:
        print(f"policyqa ask: {_reason(err)}", file=sys.stderr)
        return 2
    if args.json:
        print(response.model_dump_json())
    else:
        print(response.answer)
        for c in response.citations:
            print(f"  [{c.id}] {c.title} · {c.section}\n      {c.text[:120]}")
        for f in response.figures:
            if f.formula:
                print(f"  {f.label}: {f.formula}")
    return 0


def _batch(path: Path, filters: dict | None) -> int:
    from pydantic import ValidationError

    from server.schemas import AskRequest
    from server.service import UnknownFilter, ask

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        print(f"policyqa ask: cannot read {path}: {err}", file=sys.stderr)
        return 2
    failed = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or "question" not in item:
                raise ValueError('expected an object with "question"')
            request = AskRequest(question=item["question"], filters=item.get("filters", filters))
            response = ask(request.question, filters=request.filters)
        except (ValueError, ValidationError, UnknownFilter) as err:
            print(f"policyqa ask: {path}:{number}: {_reason(err)}", file=sys.stderr)
            failed += 1
            continue
        print(json.dumps({"id": item.get("id"), **response.model_dump()}, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def _reason(err: Exception) -> str:
    errors = getattr(err, "errors", None)
    if callable(errors):
        return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors())
    return str(err)
