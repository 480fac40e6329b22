"""`policyqa ingest`, `policyqa docs`, `policyqa show`.

Exit codes: 0 ok, 1 some files failed (the rest is ingested), 2 usage error, lock held or no index.
"""
from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from ingest import config


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="clean, structure, embed and index documents / 导入文件",
                       description="Make the index hold exactly the documents found in PATHs "
                                   "(unchanged documents are reused, deleted ones removed).")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help=f"files or directories (default: {config.DEFAULT_CORPUS})")
    p.add_argument("--embedder", metavar="NAME",
                   help="m3e-small (default), e5-small or a local sentence-transformers model directory; "
                        "default: the embedder of the current index")
    p.add_argument("--rebuild", action="store_true", help="re-derive and re-embed every document")
    p.set_defaults(func=run_ingest_command)

    d = sub.add_parser("docs", help="list the indexed documents / 文件列表")
    d.set_defaults(func=run_docs)

    s = sub.add_parser("show", help="a document's section outline and cleaned text / 查看文件")
    s.add_argument("doc_id")
    s.set_defaults(func=run_show)


def run_ingest_command(args: argparse.Namespace) -> int:
    from ingest.embed import EmbedderError
    from ingest.pipeline import IngestError, run_ingest
    from ingest.store import StoreError

    try:
        summary = run_ingest(args.paths or None, args.embedder, args.rebuild)
    except (IngestError, EmbedderError, StoreError) as e:
        print(f"policyqa ingest: {e}", file=sys.stderr)
        return 2
    print(summary)
    return 1 if summary.failed else 0


def run_docs(args: argparse.Namespace) -> int:
    index = _open()
    if index is None:
        return 2
    counts = index.manifest["documents"]
    rows = [["doc_id", "title", "region", "date", "chunks", "tables", "script"]]
    for doc_id, doc in sorted(index.documents.items()):
        meta = doc.meta
        rows.append([doc_id, meta.title, ";".join(meta.region), meta.date, str(counts[doc_id]["chunks"]),
                     str(len(doc.tables)), meta.script])
    for row in rows:
        print("  ".join(_pad(cell, max(_width(r[i]) for r in rows)) for i, cell in enumerate(row)).rstrip())
    return 0


def run_show(args: argparse.Namespace) -> int:
    index = _open()
    if index is None:
        return 2
    doc = index.documents.get(args.doc_id)
    if doc is None:
        print(f"policyqa show: unknown document {args.doc_id!r}; known: {', '.join(sorted(index.documents))}",
              file=sys.stderr)
        return 2
    meta = doc.meta
    print(f"{meta.title}\n{meta.issuer} {meta.number} {meta.date} ({';'.join(meta.region)}, {meta.script})\n")
    print("== outline ==")
    for section in doc.sections:
        print(f"{'  ' * (section.level - 1)}{section.heading}  [{section.start}:{section.end}]")
    for table in doc.tables:
        print(f"table {table.table_id}: {table.caption} ({len(table.rows)} rows) in {table.section}")
    print("\n== text ==")
    print(doc.text)
    return 0


def _open():
    from ingest.index import Index, NoIndexError

    try:
        return Index.open()
    except NoIndexError as e:
        print(f"policyqa: {e}", file=sys.stderr)
        return None


def _width(text: str) -> int:
    # CJK characters take two terminal columns
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
