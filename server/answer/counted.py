"""Counts written with a counter the number parser reads no unit for (`发放贷款N笔`, `签订协议N份`): a question
asking by that counter (`多少笔`) is answered by the number the counter follows, never by another figure of the
sentence (the loans' amount in 万元).

figures/numbers.py knows the counters of the statistics it extracts; the counters of transactions (笔), copies
(份), volumes (本) and kinds (种) it leaves bare, and changing it would rebuild every index: this reads them at
answer time, for the counter the question asks only."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.numbers import Quantity, find_quantities, parse_number
from server.lexicon import counter_led_words

# a number as documents write one before a counter: digits (with a decimal part) or Chinese numerals
_NUMERAL = r"\d+(?:\.\d+)?|[〇零一二三四五六七八九十两百千万亿]+"


def counted_as_asked(sentence: str, units: tuple[str, ...]) -> list[Quantity]:
    """The numbers of `sentence` written with the one counter `units` asks (offsets into `sentence`), where the
    number parser states them with no unit; [] when the parser reads that counter itself or none is written."""
    if len(units) != 1 or len(units[0]) != 1 or not "\u4e00" <= units[0] <= "\u9fff":
        return []
    counter = units[0]
    parsed = find_quantities(sentence)
    if any(q.unit == counter for q in parsed):
        return []  # the parser reads this counter: its own quantities answer
    found = []
    # (not `每一笔`, `第一份`, `这两本`: one of them, not how many)
    for m in re.finditer(rf"(?<![每第这那哪逐各])(?:{_NUMERAL})(?={re.escape(counter)})", sentence):
        if sentence.startswith(counter_led_words(), m.end()):
            continue  # a word opening with the counter's character (笔试, 本科): no counter
        if any(q.start < m.start() < q.end or q.start < m.end() < q.end for q in parsed):
            continue  # a part of another quantity (a year, an amount)
        number = parse_number(m.group())
        if number is None or number.unit:
            continue
        end = m.end() + len(counter)
        found.append(replace(number, unit=counter, unit_as_written=counter, text=sentence[m.start():end],
                             start=m.start(), end=end))
    return found
