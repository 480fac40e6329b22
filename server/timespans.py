"""Spans of years a text names without writing the years: five-year plan periods (“十四五” is
2021–2025, the numbering is the state's: 十五五 is 2026–2030) and spans counted from the
document's own year (a 2026 report's 过去五年 is 2021–2025, its 今后五年 2026–2030).

Reports of any year and region speak of time this way; a question may name the period
(“十四五”期间…) where the report writes 过去五年, or the reverse.
"""
from __future__ import annotations

import re

from figures.numbers import parse_number
from figures.periods import ORDINAL, PLAN, ordinal_number, plan_ordinal, plan_years

PLAN_WORD = re.compile(rf"(?:{ORDINAL})五(?:规划|时期|期间)?")
_COUNT = r"[二三四五六七八九十两]|\d{1,2}"
# 过去五年, 近五年, 五年来 (the years before the document's); 今后五年, 未来五年 (from its year on)
_PAST = re.compile(rf"(?:过去|近)({_COUNT})年|(?<![第前后\d])({_COUNT})年(?:来|以来)")
_COMING = re.compile(rf"(?:今后|未来)({_COUNT})年")
# `2021年以来`: from a year to the document's; `2021—2025年`: a range written out
_SINCE = re.compile(r"(20\d\d)\s*年(?:以来|来)")
_RANGE = re.compile(r"(20\d\d)\s*年?\s*[-—–~～至到]\s*(20\d\d)\s*年")
# a question's words of a span, cut out before its key terms are taken
_QUESTION_SPAN = re.compile(
    rf"(?:{PLAN.pattern})(?:规划|时期|期间|末|以来)?|(?:过去|近|今后|未来)(?:{_COUNT})年(?:来|间|内)?"
    rf"|(?<![第前后\d])(?:{_COUNT})年(?:来|以来)")


def plan_period(ordinal: str) -> tuple[int, int]:
    """The years of the N-th five-year plan (`十四` → 2021–2025)."""
    years = plan_years(ordinal_number(ordinal))
    assert years is not None  # PLAN's ordinals run from 一 up
    return years


def period_years(text: str) -> set[str]:
    """The years of the plan periods a text names (`“十四五”时期` → 2021…2025)."""
    years: set[str] = set()
    for m in PLAN.finditer(text):
        first, last = plan_period(plan_ordinal(m))
        years |= {str(y) for y in range(first, last + 1)}
    return years


def spans(text: str, written: int | None) -> list[tuple[int, int]]:
    """The spans of years `text` names: plan periods always, spans counted from the year it was
    `written` when that is known."""
    found = [plan_period(plan_ordinal(m)) for m in PLAN.finditer(text)]
    found += [(int(a), int(b)) for a, b in _RANGE.findall(text) if a < b]
    if written:
        found += [(written - n, written - 1) for n in map(_count, _PAST.findall(text)) if n]
        found += [(written, written + n - 1) for n in map(_count, _COMING.findall(text)) if n]
        found += [(int(y), written - 1) for y in _SINCE.findall(text) if int(y) < written]
    return found


def span_words(text: str) -> list[str]:
    """The words of `text` that name a span (`“十四五”期间`, `过去五年`), as written."""
    return [m.group(0) for m in _QUESTION_SPAN.finditer(text)]


def plan_words(text: str) -> list[str]:
    """The plan periods a text names, each as its short name (`“十四五”期间` → 十四五)."""
    return list(dict.fromkeys(plan_ordinal(m) + "五" for m in PLAN.finditer(text)))


def without_spans(text: str) -> str:
    return _QUESTION_SPAN.sub(" ", text)


def _count(groups: tuple[str, ...] | str) -> int:
    written = next((g for g in ((groups,) if isinstance(groups, str) else groups) if g), "")
    if written == "两":
        return 2
    q = parse_number(written)
    return int(q.value) if q is not None and 1 < q.value <= 30 else 0
