"""The quantities of prose as the server reads them: figures.numbers' own, less the tail of an ordinal, with
the length of a term written in Chinese numerals.

figures.numbers skips an ordinal (`第8期`) but, resuming one character later, reads the tail of an ordinal
written in Chinese numerals as a count (`第十二届` → `二届`, `第二十三次` → `十三次`): a figure no document
states, which an answer would give as the edition's count or an amount's value. The fix belongs in
figures/numbers.py (its index key hashes it); until then every reader in server/ takes its quantities here.
The same holds of a term's length (`为期两年`, `服务期一年`, `试用期为三周`): figures.numbers reads a Chinese
numeral before 年 only after a few duration words and never a lone 一, so the length of a 期 goes unread.
"""
from __future__ import annotations

import re

from figures.numbers import Quantity, chinese_to_number, fold
from figures.numbers import find_quantities as _figures_quantities

# an ordinal's marker and the Chinese numeral characters before a quantity's own first character
_ORDINAL_HEAD = re.compile(r"第[〇零一二三四五六七八九十两百千]+$")
_NUMERAL_CHARS = frozenset("〇零一二三四五六七八九十两百千")
# a term (为期, 服务期, 试用期, 期限, 周期 …) and its length in Chinese numerals: a duration, never a year or a count
# (a length counted with 个, `三个月`, the number reader keeps as 个 and server/answer/focustime.py reads with its word)
_TERM_LENGTH = re.compile(r"期(?:限)?(?:为|是)?(?P<n>[一二两三四五六七八九十]{1,3})(?P<u>年|周|天)(?![级度])")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in prose, in text order, spans into `text` (figures.numbers.find_quantities), without
    the tail of an ordinal in Chinese numerals and with the length of a term in them."""
    found = [q for q in _figures_quantities(text) if not _ordinal_tail(text, q)]
    lengths = [q for q in (_term_lengths(text) if "期" in text else [])
               if not any(f.start < q.end and q.start < f.end for f in found)]
    return sorted(found + lengths, key=lambda q: q.start) if lengths else found


def _term_lengths(text: str) -> list[Quantity]:
    out = []
    for m in _TERM_LENGTH.finditer(fold(text)):
        try:
            value = float(chinese_to_number(m.group("n")))
        except ValueError:
            continue
        start, end = m.start("n"), m.end()
        out.append(Quantity(value=value, unit=m.group("u"), text=text[start:end], start=start, end=end,
                            unit_as_written=text[m.start("u"):end], low=value, high=value))
    return out


def _ordinal_tail(text: str, q: Quantity) -> bool:
    if not q.text or fold(q.text[0]) not in _NUMERAL_CHARS:
        return False
    return bool(_ORDINAL_HEAD.search(fold(text[max(0, q.start - 12):q.start])))
