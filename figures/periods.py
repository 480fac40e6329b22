"""The years a period names, as Chinese planning documents of any region name them: a five-year
plan by its number (`“十四五”` = 2021–2025, `十五五` = 2026–2030: the plans run in unbroken
five-year steps since the third, 1966–1970), a span of years (`2021—2025年`), a count of years
(`五年来`, `3年间`), or two years a statement names (`从2020年的…提高到2025年的…`).

A period's growth years are its length: a five-year plan's change runs from its base year (the
year before it starts) to its last year, five compounding steps."""
from __future__ import annotations

import re

from figures.numbers import parse_number

PLAN_YEARS = 5
ORDINAL = r"十[一二三四五六七八九]?|[一二三四五六七八九]"  # the N of the N-th plan, as 十N五 writes it
# 十四五 quoted, followed by a word of time, or standing alone with two ordinal characters (a bare
# 十五 or 三五 is a number)
PLAN = re.compile(rf"[“\"]({ORDINAL})五[”\"]|({ORDINAL})五[”\"]?(?:规划|时期|期间|末|以来|时|初)"
                  r"|(?<![一二三四五六七八九十百千万零两第])(十[一二三四五六七八九])五(?![年个万千百十亿元名人所%])")
_SPAN = re.compile(r"(20\d\d|19\d\d)\s*年?\s*[—–\-~至到]\s*(20\d\d|19\d\d)\s*年")
_COUNT = re.compile(r"(?<![\d.])(\d+|[两二三四五六七八九十])\s*年(?:来|间|里|中|以来|内)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")
_DIGITS = "一二三四五六七八九"


def plan_years(number: int) -> tuple[int, int] | None:
    """First and last year of the N-th five-year plan (14 → 2021, 2025): five-year steps from 1953,
    and from 1966 after the three years of adjustment that followed the second."""
    if number < 1:
        return None
    first = 1953 + PLAN_YEARS * (number - 1) if number <= 2 else 1966 + PLAN_YEARS * (number - 3)
    return first, first + PLAN_YEARS - 1


def ordinal_number(ordinal: str) -> int:
    """`十四` → 14, `九` → 9: the N a plan's name writes."""
    return (10 if ordinal.startswith("十") else 0) + (_DIGITS.index(ordinal[-1]) + 1 if ordinal != "十" else 0)


def plan_ordinal(m: re.Match[str]) -> str:
    """The ordinal a PLAN match names (`十四` of `“十四五”时期`)."""
    return next(g for g in m.groups() if g)


def plan_number(text: str) -> int | None:
    """The number of the five-year plan a text names (`“十四五”` → 14), or None."""
    m = PLAN.search(text)
    return ordinal_number(plan_ordinal(m)) if m else None


def growth_years(text: str) -> int | None:
    """Compounding years of the period `text` names: two years it names (2025 − 2020), a span
    (`2021—2025年`: 5), a count (`五年来`), a five-year plan (5); None when it names none."""
    span = _SPAN.search(text)
    if span:
        return int(span.group(2)) - int(span.group(1)) + 1
    years = sorted({int(y) for y in _YEAR.findall(text)})
    if len(years) == 2:
        return years[1] - years[0]
    count = _COUNT.search(text)
    if count:
        q = parse_number(count.group(1) + "年")
        return int(q.value) if q and q.value >= 1 else None
    if plan_number(text) is not None:
        return PLAN_YEARS
    return None
