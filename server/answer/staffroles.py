"""Whose figure a clause states among a school's staff: a plan sets figures for one group of teachers apart from
every teacher's (新入职教师, 班主任, 骨干教师: server/lexicon/staff_roles.tsv). Of a question about teachers, a
clause naming a group the question does not name states no figure for what it asks (every teacher's, or another
group's); a question about anything else (an area, a sum) is not read for groups of teachers."""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.normalize import normalize
from server.answer.peoplegroups import group_of
from server.lexicon import staff_roles

_SPOKEN = ("老师", "教师")  # the spoken word for a teacher (`新老师`, `心理老师`), read as the written one
# every teacher asked of (每位教师, 全体专任教师): a figure set for all, which a group's own figure is not
_EVERY = re.compile(r"(?:每|全体|所有|全部|全员)一?[个位名]?(?:专任|在职|在编)?(?:老师|教师)")


def roles_named(text: str) -> set[str]:
    """The groups of teachers `text` names (read in the matching form: either script, 老师 as 教师)."""
    form = normalize(text, drop_space=True).replace(*_SPOKEN)
    return {role for role, words in staff_roles().items() if any(w in form for w in words)}


def other_role(asked: str, clause: str) -> bool:
    """Whether `clause` names groups of teachers, none of them one the question `asked`, about staff, names (a
    clause of the group asked may name another beside it: `招聘新教师N名，其中心理健康教师M名`)."""
    reading = _asked_roles(asked)
    if reading is None:
        return False
    groups, every = reading
    named = roles_named(clause)
    # a question naming no group asks of one group only when it asks every teacher's figure (每位教师…): otherwise
    # a group's clause may be the very figure asked (招聘新教师N名 for how many teachers are hired)
    return bool(named) and (not named & groups if groups else every)


@lru_cache(maxsize=256)
def _asked_roles(asked: str) -> tuple[frozenset[str], bool] | None:
    """The question's own part, read once per question rather than once per sentence ranked: the groups it names
    and whether it asks every teacher's figure; None when it asks of no staff."""
    if group_of(asked) != "staff":
        return None
    return frozenset(roles_named(asked)), bool(_EVERY.search(normalize(asked, drop_space=True)))
