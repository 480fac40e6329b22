"""Chinese digits read one by one, as years and dates write them (`二〇二五` → 2025): the one table of
Chinese digits, for ingest's dates (metadata.py) and figures' numbers (figures/numbers.py, which reads
numerals with 十/百/万 by cn2an)."""
from __future__ import annotations

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}


def arabic_digits(numeral: str) -> str:
    """The Arabic digits of Chinese digits written one by one (`二〇二五` → `2025`); KeyError on any other
    character."""
    return "".join(str(CN_DIGITS[c]) for c in numeral)
