"""`policyqa figures` (look up stored figures) and `policyqa compliance` (差异系数 from a CSV)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from figures.cv import CsvError, compliance_report, report_csv
from figures.extract import FigureRecord
from figures.indicators import BY_KEY, match_indicator
from figures.standards import check_figure
from ingest.normalize import normalize


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("figures", help="look up figures extracted from the documents")
    p.add_argument("--region", help="region as the documents name it (full or short form)")
    p.add_argument("--indicator", help="key or Chinese name, e.g. 公办率 or public_kindergarten_share")
    p.add_argument("--year", type=int)
    p.add_argument("--doc", dest="doc_id", help="document id")
    p.add_argument("--json", action="store_true", help="print JSON records")
    p.set_defaults(func=_figures)

    c = sub.add_parser("compliance", help="校际差异系数 and per-school checks from a school-level CSV")
    c.add_argument("csv", type=Path, help="columns: name, stage, students and the 7 indicators")
    out = c.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the report as JSON")
    out.add_argument("--csv", dest="csv_out", type=Path, metavar="OUT", help="write the report table to OUT")
    c.set_defaults(func=_compliance)


def _figures(args: argparse.Namespace) -> int:
    from ingest.index import Index

    key = None
    if args.indicator:
        found = BY_KEY.get(args.indicator) or match_indicator(args.indicator)
        if found is None:
            print(f"unknown indicator {args.indicator!r}", file=sys.stderr)
            return 2
        key = found.key
    region = normalize(args.region, drop_space=True) if args.region else None
    records = [r for r in map(FigureRecord.from_json, Index.open().figures)
               if (key is None or r.indicator == key)
               and (region is None or region in normalize(r.region, drop_space=True))
               and (args.year is None or r.year == args.year)
               and (not args.doc_id or r.doc_id == args.doc_id)]
    if args.json:
        print(json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2))
        return 0
    for r in records:
        result = check_figure(r)
        verdict = f"  [{result.label} {result.rule}]" if result else ""
        where = r.source.get("table_id") or f"{r.doc_id}@{r.source['start']}"
        print(f"{r.figure_id}\t{r.region}\t{r.year or r.period or ''}\t{r.label}\t"
              f"{r.qualifier}{r.text}{'' if r.source['kind'] == 'passage' else r.unit_as_written}"
              f"\t{where}{verdict}")
    print(f"{len(records)} figures", file=sys.stderr)
    return 0


def _compliance(args: argparse.Namespace) -> int:
    try:
        data = args.csv.read_bytes()
    except OSError as err:
        print(f"{args.csv}: {err.strerror}", file=sys.stderr)
        return 2
    try:
        rep = compliance_report(data)
    except CsvError as err:
        print(f"{args.csv}: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(rep.to_json(), ensure_ascii=False, indent=2))
    elif args.csv_out:
        args.csv_out.write_text(report_csv(rep), encoding="utf-8-sig")
        print(f"wrote {args.csv_out}", file=sys.stderr)
    else:
        sys.stdout.write(report_csv(rep))
    return 0 if not rep.failing_schools and all(s.passed for s in rep.stages) else 1
