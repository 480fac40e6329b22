"""Imports point one way, the way data flows: ingest → figures → server → eval.

A module may import its own package and the packages before it, never one after it — at module
level or inside a function alike (a lazy import is still a dependency). policyqa.py, scripts/ and
tests/ sit on top and may import everything. Checked statically, so it holds for code paths no
test runs.
"""
from __future__ import annotations

import ast
from pathlib import Path

from ingest.config import REPO_ROOT

LAYERS = ("ingest", "figures", "server", "eval")
# (importing file, imported module) pairs that break the rule knowingly, each with its reason.
# The build pipeline writes each document's figure records into the build, and the extractor
# lives in figures/ (it needs figures' number parsing and indicator vocabulary). Remove the entry
# when the pipeline receives its extractor from above; test_every_exception_is_still_needed
# fails then as a reminder.
EXCEPTIONS = {
    ("ingest/pipeline.py", "figures.extract"): "ingest pipeline stores figure records extracted by figures/",
}


def imports_of(path: Path, root: Path = REPO_ROOT) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import statement in the file."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolved against the file's own package
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
    return found


def violations(root: Path = REPO_ROOT) -> list[tuple[str, int, str]]:
    found = []
    for rank, layer in enumerate(LAYERS):
        for path in sorted((root / layer).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            for line, module in imports_of(path, root):
                top = module.split(".")[0]
                if top in LAYERS and LAYERS.index(top) > rank:
                    found.append((rel, line, module))
    return found


def test_imports_point_one_way():
    unexpected = [f"{rel}:{line} imports {module}" for rel, line, module in violations()
                  if (rel, module) not in EXCEPTIONS]
    assert unexpected == [], "imports must point ingest → figures → server → eval"


def test_every_exception_is_still_needed():
    present = {(rel, module) for rel, _, module in violations()}
    assert set(EXCEPTIONS) <= present, f"no longer needed, remove: {set(EXCEPTIONS) - present}"


def test_the_check_finds_violations(tmp_path: Path):
    for layer in LAYERS:
        (tmp_path / layer).mkdir()
    (tmp_path / "figures" / "api.py").write_text("from server.deps import get_index\n", encoding="utf-8")
    (tmp_path / "ingest" / "x.py").write_text("def f():\n    import eval.report\n", encoding="utf-8")
    (tmp_path / "server" / "ok.py").write_text("from figures import extract\nfrom . import deps\n", encoding="utf-8")
    (tmp_path / "server" / "sub").mkdir()
    (tmp_path / "server" / "sub" / "rel.py").write_text("from .. import eval\nfrom ..deps import x\n", encoding="utf-8")
    assert violations(tmp_path) == [("ingest/x.py", 2, "eval.report"), ("figures/api.py", 1, "server.deps")]
