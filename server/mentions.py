"""A question of whether documents mention a thing (`哪些文件提到了X`) and the alternatives X may be
named by (`A或B`, a name with its short form in brackets `A（B）`): one definition for the query
analysis (the words either side join into one term) and the cross-document answer (a passage naming
either side mentions X).
"""
from __future__ import annotations

import re

# the verbs of a question about mentioning (`提到`, `涉及`, `部署了`, `出现过`)
_VERBS = r"提到|提及|涉及|说到|讲到|写到|谈到|部署了?|出现"
MENTION = re.compile(_VERBS)
# what a `哪些文件提到了X` asks about: X
MENTIONED = re.compile(rf"(?:{_VERBS})(?:了|过)?[“\"]?(.+?)[”\"]?"
                       r"(?:的(?:内容|文件|地区|省份|报告))?(?:吗|呢)?[？?。]?$")
# `A或B` (not 或许 / 或将, which hedge), and another name in brackets right after a word (`A（B）`: a
# bracket of 2–10 characters and no digits — not a unit or a year in brackets)
OR = re.compile(r"或者|或是|(?<![或])或(?![许将])|[(（](?=[^)）\d]{2,10}[)）])")


def alternatives(thing: str) -> list[str]:
    """The names `thing` is given by: `A或B` → [A, B]; `A（B）` → [A, B]; anything else → [thing]."""
    names, start = [], 0
    for m in OR.finditer(thing):
        names.append(thing[start:m.start()])
        start = m.end()
        if m.group() in "(（":  # the bracketed name ends at its closing bracket
            close = min(i for i in (thing.find(")", start), thing.find("）", start)) if i >= 0)
            names.append(thing[start:close])
            start = close + 1
    names.append(thing[start:])
    return [n for n in names if n]
