"""`policyqa` command line: one sub-command family per package, in data-flow order, and `config`."""
from __future__ import annotations

import argparse
import sys

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
