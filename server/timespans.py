"""Spans of years a text names without writing the years: five-year plan periods (“十四五” is
2021–2025, the numbering is the state's: 十五五 is 2026–2030) and spans counted from the
document's own year (a 2026 report's 过去五年 is 2021–2025, its 今后五年 2026–2030).

Reports of any year and region speak of time this way; a question may name the period
(“十四五”期间…) where the report writes 过去五年, or the reverse.
"""
from __future__ import annotations

import re

from figures.direction import FALL_VERBS, RISE_VERBS, alternation
from figures.numbers import parse_number
from figures.periods import ORDINAL, PLAN, ordinal_number, plan_ordinal, plan_years

PLAN_WORD = re.compile(rf"(?:{ORDINAL})五(?:规划|时期|期间)?")
_COUNT = r"[二三四五六七八九十两]|\d{1,2}"
# 过去五年, 近五年, 五年来 (the years before the document's); 今后五年, 未来五年 and as said (后面两年,
# 接下来两年, 剩下的两年: a mid-term review's rest of its plan) from its year on
_PAST = re.compile(rf"(?:过去|近)({_COUNT})年|(?<![第前后\d])({_COUNT})年(?:来|以来)")
_AHEAD = r"今后|未来|后面|往后|接下来|剩下的?|剩余的?"
_COMING = re.compile(rf"(?:{_AHEAD})({_COUNT})年")
# `2021年以来`: from a year to the document's; `2021—2025年`: a range written out, or with the count of its years
# after it (`2023到2025三年`)
_SINCE = re.compile(r"(20\d\d)\s*年(?:以来|来)")
_RANGE = re.compile(r"(20\d\d)\s*年?\s*[-—–~～至到]\s*(20\d\d)\s*(?:年|(?=[一二两三四五六七八九十\d]{1,2}个?年))")
# a question's words of a span, cut out before its key terms are taken
_QUESTION_SPAN = re.compile(
    rf"(?:{PLAN.pattern})(?:规划|时期|期间|末|以来)?|(?:过去|近|{_AHEAD})(?:{_COUNT})年(?:来|间|内)?"
    rf"|(?<![第前后\d])(?:{_COUNT})年(?:来|以来)")


# a change counted from the year before: named (`比上年增加2,150万元`, `较去年提高`, `同比增长6%`), or a
# rise or fall by an amount with no base written (`提高2个百分点，力争达到68%`) in a passage dated to one
# year — a year's 工作要点 or 计划 counts its changes from where the year before left off
_YEAR_BEFORE = re.compile(r"(?:比|较)(?:上|去|前)一?年|同比")
_CHANGE_BY = re.compile(rf"(?:{alternation(RISE_VERBS, FALL_VERBS)})了?\s*(?:约|近)?\s*[\d.]+\s*(?:个百分点|%)")
_BASE_WRITTEN = re.compile(r"从|由|比|较|相比|20\d\d\s*年")
_HORIZON = re.compile(r"到\s*20\d\d\s*年")
_SENTENCE = re.compile(r"[。；;！!？?\n]")
_YEAR_IN = re.compile(r"(?<![\d.])(20\d\d)\s*年")


# a year named relative to the document's own (a 2025 speech's 去年 is 2024, its 前年 2023), as speeches,
# work reports and questions say it; not the base of a comparison (`比上年`, `较去年`, `同比`) nor the end of
# a count of years (`三年前年均…`)
RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2, "明年": 1, "后年": 2}
RELATIVE_YEAR = re.compile(r"(?<![比较同年])(今年|去年|前年|明年|后年)")


def relative_years(text: str, written: int | None) -> set[int]:
    """The years `text` names relative to its document's year `written` (none when that is unknown)."""
    return {written + RELATIVE_YEARS[m] for m in RELATIVE_YEAR.findall(text)} if written else set()


def years_before(text: str, dated: set[str], spanned: bool = False) -> set[str]:
    """The years a text's stated changes count from: the year before each year a sentence stating a
    change from the year before speaks for — the years it names, else `dated` (the years its headings,
    caption or document give it). A rise with no base counts from the year before only in a passage
    of one year: not in one that speaks for a span (`spanned`: a plan period) or names where it aims
    (到2025年), whose changes count from the plan's base year. A question about that earlier year is
    answered from the change (2024年 … 比上年增加 → 2023 = the level − the change)."""
    found: set[str] = set()
    for sentence in _SENTENCE.split(text):
        own = set(_YEAR_IN.findall(sentence)) or dated
        implied = len(own) == 1 and not spanned and not _HORIZON.search(sentence) and any(
            _CHANGE_BY.search(part) and not _BASE_WRITTEN.search(part) for part in re.split(r"[，,]", sentence))
        if _YEAR_BEFORE.search(sentence) or implied:
            found |= {str(int(y) - 1) for y in own if y.isdigit()}
    return found


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
        found += past_spans(text, written)
        found += [(written, written + n - 1) for n in map(_count, _COMING.findall(text)) if n]
        found += [(int(y), written - 1) for y in _SINCE.findall(text) if int(y) < written]
    return found


def past_spans(text: str, written: int) -> list[tuple[int, int]]:
    """The spans `text` counts back from the year it was `written` (a 2025 report's 近三年 is 2022–2024)."""
    return [(written - n, written - 1) for n in map(_count, _PAST.findall(text)) if n]


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
