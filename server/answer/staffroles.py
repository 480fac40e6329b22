"""Whose figure a clause states among a school's staff: a plan sets figures for one group of teachers apart from
every teacher's (新入职教师, 班主任, 骨干教师: server/lexicon/staff_roles.tsv). Of a question about teachers, a
clause naming a group the question does not name states no figure for what it asks (every teacher's, or another
group's); a question about anything else (an area, a sum) is not read for groups of teachers."""
from __future__ import annotations

from ingest.normalize import normalize
from server.answer.peoplegroups import group_of
from server.lexicon import staff_roles

_SPOKEN = ("老师", "教师")  # the spoken word for a teacher (`新老师`, `心理老师`), read as the written one


def roles_named(text: str) -> set[str]:
    """The groups of teachers `text` names (read in the matching form: either script, 老师 as 教师)."""
    form = normalize(text, drop_space=True).replace(*_SPOKEN)
    return {role for role, words in staff_roles().items() if any(w in form for w in words)}


def other_role(asked: str, clause: str) -> bool:
    """Whether `clause` names groups of teachers, none of them one the question `asked`, about staff, names (a
    clause of the group asked may name another beside it: `招聘新教师N名，其中心理健康教师M名`)."""
    named = roles_named(clause)
    return group_of(asked) == "staff" and bool(named) and not named & roles_named(asked)
