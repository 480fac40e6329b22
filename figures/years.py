"""The years a text names, as figures.numbers reads them: `2024年`, `二〇二四年`, `二零二四年`, a date's
year (`2024年9月8日`) — one reader for every caller. A year inside a book title is not one the text
names (《…二〇三五年远景目标纲要》 names a document, as the scanner reads it)."""
from __future__ import annotations

import re

from figures.numbers import NON_MEASURE_UNITS, find_quantities

_ARABIC_DIGIT = re.compile(r"\d")
# a year in Arabic digits where a text writes it bare, without 年 (a table header's `2025`, `2020 现状`)
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def years_named(text: str) -> list[int]:
    """The years `text` names, in Arabic or Chinese digits, in text order (a span's first year)."""
    return [int(q.value) for q in find_quantities(text) if q.unit in NON_MEASURE_UNITS]


def chinese_years(text: str) -> set[str]:
    """The years `text` writes in Chinese digits, as Arabic (`到二〇二六年` → 2026), as Traditional-script
    and formal texts date."""
    return {str(int(q.value)) for q in find_quantities(text)
            if q.unit in NON_MEASURE_UNITS and not _ARABIC_DIGIT.search(q.text)}
