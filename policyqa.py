"""`policyqa` command line: one sub-command family per package, in data-flow order, `config`, and
`serve`, which runs the web app composed here (`create_app`).

This module sits on top of the packages and may import them all: the web app joins server's app
with eval's evaluation pages here, because imports point ingest → figures → server → eval and
server never imports eval.
"""
from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

# Modules of the `eval` extra (pyproject.toml): a server-only install lacks them.
EVAL_EXTRA = ("matplotlib", "langchain_chroma")


def main(argv: list[str] | None = None) -> int:
    from eval import commands as eval_commands
    from figures import commands as figures_commands
    from ingest import backup as backup_commands
    from ingest import commands as ingest_commands
    from ingest.settings import ConfigError, get_settings
    from server import commands as server_commands

    parser = argparse.ArgumentParser(prog="policyqa", description="教育政策文件问答 / policy QA")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in (ingest_commands, backup_commands, server_commands, figures_commands, eval_commands):
        module.add_commands(sub)
    serve = sub.add_parser("serve", help="serve the API and the web pages / 启动服务")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(func=_serve)
    config = sub.add_parser("config", help="show the effective settings (POLICYQA_* variables) and their source")
    config.add_argument("--markdown", action="store_true", help="print the README's table of all settings")
    config.set_defaults(func=_config)
    args = parser.parse_args(argv)
    try:
        get_settings()  # every command starts from valid settings, or says which variable is wrong
        return int(args.func(args) or 0)
    except ConfigError as err:
        print(f"configuration error: {err}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as err:
        if err.name not in EVAL_EXTRA:
            raise
        print(f"{err.name} is missing: this command needs the eval extra (pip install 'policyqa[eval]')",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def create_app() -> FastAPI:
    """The web app: server's API and pages (server/app.py) and eval's evaluation pages and routes
    (eval/web.py: `/report`, /api/reports), all registered after the security layer."""
    from eval.web import router as evaluation_router
    from server.app import create_app as server_app

    return server_app([evaluation_router])


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    uvicorn.run("policyqa:create_app", factory=True, host=args.host, port=args.port, workers=args.workers,
                log_level="info")
    return 0


def _config(args: argparse.Namespace) -> int:
    from ingest.settings import describe, markdown_table

    if args.markdown:
        print(markdown_table())
        return 0
    entries = describe()
    width = max(len(e.variable) for e in entries)
    for e in entries:
        print(f"{e.variable:<{width}}  {e.source:<7}  {e.value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
