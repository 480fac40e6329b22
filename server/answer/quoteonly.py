"""The answer that quotes the clauses stating what was asked, when no one figure is picked: the quote as the
document writes it, and beside it, so a reader can check and compare, what it writes in Chinese numerals in
digits — the figures of a target or of a count asked, and a day when a time is asked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from server.answer.text import dates_in_digits, digits_said, display

# a count or a total asked by its noun (`教师总数`, `一共多少`): a figure the quote writes in words is given in digits
_COUNT_ASKED = re.compile(r"总数|总量|总人数|总计|合计|一共|总共|共有|多少|几")


def asks_count(norm: str) -> bool:
    """Whether the question asks a count or a total by its wording (a figure of the quote is what it asks)."""
    return bool(_COUNT_ASKED.search(norm))


@dataclass(frozen=True)
class QuotedClauses:
    """What the quote-only answer is composed of."""
    region: str  # the document's place, as the answer names it
    text: str  # the document's text
    clauses: tuple[tuple[int, int], ...]  # the clauses quoted, as offsets into `text`
    citation: int  # the citation number of the sentence holding them
    target: bool = False  # a target asked: its figures in digits, below ten too (a target is compared against)
    count: bool = False  # a count or a total asked: its figures of ten and more in digits
    when: bool = False  # a time asked: a day written in words in digits


def quoted_answer(quote: QuotedClauses) -> str:
    """`据X文件：“…”[n]` with the notes its input asks for: the figures in digits (`（四十册即40册）`), the days
    in digits (`（即12月20日）`)."""
    spans = [quote.text[a:b] for a, b in quote.clauses]
    quoted = "……".join(display(s) for s in spans)
    figures = "，".join(d for s in spans if (d := digits_said(s, small=quote.target))) \
        if quote.target or quote.count else ""
    days = dates_in_digits(quoted) if quote.when else ""
    return f"据{quote.region}文件：“{quoted}”[{quote.citation}]" + (f"（{figures}）" if figures else "") + days
