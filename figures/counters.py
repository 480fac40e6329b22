"""The counter (量词) a count answer is stated in: the one the question asks in (`几所`, `多少项`), else
the one the counted noun takes (学校 → 所, 指标 → 项; figures/lexicon/counters.tsv), else 个."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "lexicon" / "counters.tsv"
# a count asked with its counter: `几所`, `多少项`, `共几个`, and times or places counted (`多少次`, `几处`:
# inspections and hazards), and teams (`几支队伍`); not `多少人次`, a count of attendances
_ASKED = re.compile(r"(?:几|多少)(个|所|项|名|门|间|类|家|座|条|批|册|位|人|次|处|支)(?!次)")
DEFAULT = "个"


@lru_cache(maxsize=1)
def _counters() -> dict[str, str]:
    out = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            noun, counter = line.split("\t")
            out[noun.strip()] = counter.strip()
    return out


def asked_counter(question: str) -> str | None:
    """The counter the question counts in (`有几所` → 所), if it names one."""
    m = _ASKED.search(question)
    if m and m.group(1) == "个" and question[m.end():m.end() + 1] == "人":
        return "人"  # `几个人`: people
    return m.group(1) if m else None


def noun_counter(noun: str) -> str | None:
    """The counter of a noun or header by its head, the longest listed ending it contains
    (`学校名称` → 所, `主要指标` → 项); None when none is listed."""
    found = [n for n in _counters() if n in noun]
    # the head of a noun is at its end, of a header before its 名称/名: the match nearest the end wins
    best = max(found, key=lambda n: (noun.rfind(n) + len(n), len(n)), default=None)
    return _counters()[best] if best else None


def head_counter(noun: str) -> str | None:
    """The counter of the listed noun `noun` ends with (`第三小学教学班` → 个, of 班): a thing counted, not a
    measure of it; None when no listed noun ends it."""
    found = [n for n in _counters() if noun.endswith(n)]
    return _counters()[max(found, key=len)] if found else None


_PEOPLE = ("人", "名", "位")


def counter_for(question: str, *nouns: str) -> str:
    """The counter of a count of rows (schools, indicators, stages) answering `question`, over things named
    by `nouns` (in order of trust). A counter of people the question asks in (`各减少多少人`) measures a
    value of the rows, not how many rows there are."""
    asked = asked_counter(question)
    if asked in _PEOPLE:
        asked = None
    return asked or next((c for n in nouns if (c := noun_counter(n))), DEFAULT)
