"""Whose figure a clause states among a school's staff: a plan sets figures for one group of teachers apart from
every teacher's (新入职教师, 班主任, 骨干教师: server/lexicon/staff_roles.tsv). A clause naming a group the question
does not name states no figure for what it asks (every teacher's, or another group's)."""
from __future__ import annotations

from ingest.normalize import normalize
from server.lexicon import staff_roles


def roles_named(text: str) -> set[str]:
    """The groups of teachers `text` names (read in the matching form: either script)."""
    form = normalize(text, drop_space=True)
    return {role for role, words in staff_roles().items() if any(w in form for w in words)}


def other_role(asked: str, clause: str) -> bool:
    """Whether `clause` names a group of teachers the question `asked` does not."""
    return bool(roles_named(clause) - roles_named(asked))
