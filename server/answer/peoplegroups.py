"""Whose people a table cell counts: pupils and staff are counted apart (server/lexicon/people_groups.tsv), so a
cell of one group (`覆盖学生`, `在读人数`) never answers a count asked of the other (`多少名教师`, `专任教师`)."""
from __future__ import annotations

from server.lexicon import people_groups, stages_named


def group_of(text: str) -> str:
    """The group of people `text` names by its last word of a group (`幼儿教师` → staff: the head noun, not the
    幼儿 they teach), or ''."""
    ends = [(text.rfind(word) + len(word), group) for group, names in people_groups().items()
            for word in names if word in text]
    return max(ends)[1] if ends else ""


def other_group(asked: str, column: str, label: str) -> str:
    """The words naming the people a table cell counts, when they are of another group than the noun `asked`
    (its column's, else its row label's group), or ''."""
    want = group_of(asked)
    named, group = next(((text, g) for text in (column, label) if (g := group_of(text))), ("", ""))
    return named if want and group and group != want else ""


_GROUP_NAMES = {"pupils": "学生", "staff": "教职工"}


def clause_of_other_group(asked: str, clause: str) -> str:
    """Why a count of people stated in prose (`clause`, its own clause) does not answer a count asked of `asked`'s
    group: the clause names people of the other group only (`教师…应配N人` for `多少孩子`); '' otherwise, and
    whenever the clause names any word of the group asked (the count may be theirs)."""
    want = group_of(_without_stages(asked))
    if not want:
        return ""
    clause = _without_stages(clause)
    named = {group for group, names in people_groups().items() for word in names if word in clause}
    if want in named or not named:
        return ""
    return f"它数的是{_GROUP_NAMES.get(min(named), min(named))}，不是所问的{_GROUP_NAMES.get(want, want)}"


def _without_stages(text: str) -> str:
    """`text` with its school stages' names blanked: a stage's name holds no people (幼儿 of 幼儿园 names no pupils)."""
    for name, _ in stages_named(text):
        text = text.replace(name, "　")
    return text
