"""Chinese digits read one by one, as years and dates write them (`二〇二五` → 2025): the one table of
Chinese digits, for ingest's dates (metadata.py), a heading's years (server/answer/sections.py) and figures'
numbers (figures/numbers.py, which reads numerals with 十/百/万 by cn2an)."""
from __future__ import annotations

import re

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
# a year in Chinese digits one by one (`二〇三五`; 两 never writes a year's digit), as a date or a heading writes it
CN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}")


def arabic_digits(numeral: str) -> str:
    """The Arabic digits of Chinese digits written one by one (`二〇二五` → `2025`); KeyError on any other
    character."""
    return "".join(str(CN_DIGITS[c]) for c in numeral)
