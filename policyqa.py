"""`policyqa` command line: one sub-command family per package, in data-flow order."""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    from eval import commands as eval_commands
    from figures import commands as figures_commands
    from ingest import backup as backup_commands
    from ingest import commands as ingest_commands
    from server import commands as server_commands

    parser = argparse.ArgumentParser(prog="policyqa", description="教育政策文件问答 / policy QA")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in (ingest_commands, backup_commands, server_commands, figures_commands, eval_commands):
        module.add_commands(sub)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
