"""A word narrowing the thing asked that the figure's evidence does not carry, though its document
states it elsewhere.

A question singles out part of what a document counts as a whole by words written before the noun it
asks (`特别困难档的学生`, `线上机构的预收费资金`, `小学的社团`). When the document itself uses such a
word — in another sentence, a breakdown, a table of tiers — it distinguishes that part from the rest,
so a figure whose sentence, the sentence before, its section (or, in a table, its row, columns and
caption) does not carry the word is the whole's or a sibling's figure, not the part's. A word the
document never uses may be everyday speech for what the figure's words say: the coverage and
near-word checks of server/answer/verify.py judge it, not this one. Words of the document's title
describe every figure of it and narrow nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ingest.segment import pos_tokenizer
from server.answer.evidence import has_term, term_parts
from server.answer.qualifiers import Missing

# a word in more than about one passage in seven (idf = log(1 + N / (1 + df)) below 2) is the corpus's common
# vocabulary (学校, 教师, 中小学): it names what every figure is about, no part of it
SPECIFIC_IDF = 2.0
_MIN_CHARS = 2  # a one-character word names no part (的, 中, 县)
_PLACE_OPENING = 2  # characters of a place name before a key term made of its tail (湖区 of an unknown XX湖区)
_PLACE_ENDS = "省市县区旗镇乡"
# what may stand between a narrowing word and the noun it narrows, besides the question's other key terms: 的,
# a year, and the one-character suffixes that make a word a kind's name (科技类, 特别困难档, 县级, 公办型)
# a period the question dates the thing by (本学期, 上半年, 年度, 3月份): a time, judged by the year checks and the
# row a table gives the period, not a kind
_PERIOD = r"(?:本|上|下|这|该|今|去|前|当)?(?:学期|学年|年度|季度|半年|年|月份|月)"
_JOIN = re.compile(rf"(?:的|之|(?:19|20)\d\d\s*年|{_PERIOD}|[类档级型等种])*")
_PERIOD_WORD = re.compile(_PERIOD)


def narrowing_unsaid(question: str, focus: str, terms: list[str], regions: list[str], window: str,
                     document: str, title: str, specific: Callable[[str], bool] = lambda term: True) -> str:
    """The word narrowing `focus` in the question — the first key term of the noun phrase it heads (joined to it
    by other key terms, 的, a year or a kind's suffix): the outermost modifier picks a kind of the thing the rest
    names (特别 of 特别困难档的学生), while a word inside is part of the thing's own name (居民 of 城乡居民收入比) —
    when that `window`, the figure's evidence, lacks while `document` states it; '' when there is none or it
    is a place asked, a word of the title, a verb, or not `specific` (a word most passages use). All texts
    normalized without spaces."""
    if not focus or focus not in question:
        return ""
    others = sorted(terms, key=len, reverse=True)
    members = [(at, term) for term in terms if len(term) >= _MIN_CHARS and term not in focus and focus not in term
               and not any(term in r or r in term for r in regions)
               and not _PERIOD_WORD.fullmatch(term)
               for at in [_narrows(question, term, focus, others)] if at >= 0 and not _place_opening(at, term)]
    if not members:
        return ""
    term = min(members)[1]
    if has_term(term, title) or not specific(term) or _is_verb(term):
        return ""
    # a compound one of whose words the evidence carries is the thing's name shortened (城乡收入比 for 城乡居民收入比)
    if not has_term(term, window) and not any(len(p) >= _MIN_CHARS and p in window for p in term_parts(term)) \
            and term in document:
        return Missing(f"它没有说是“{term}”的，是不分这一部分的数", (term,))
    return ""


def _place_opening(at: int, term: str) -> bool:
    """A term at the question's opening ending as a place's name does (…湖区, …县): the place a question names
    first, read as a word when the place is none the catalogue knows."""
    return at <= _PLACE_OPENING and term[-1] in _PLACE_ENDS


def _is_verb(word: str) -> bool:
    """A word the tokenizer reads as one verb (`出去`, `认定`): what was done, not which kind was counted."""
    tagged = list(pos_tokenizer().cut(word))
    return len(tagged) == 1 and tagged[0].flag == "v"


def _narrows(question: str, term: str, focus: str, others: list[str]) -> int:
    """Where `term` stands in the noun phrase `focus` heads, or -1: what stands between them is only other key
    terms and _JOIN's words (`线上培训机构2025年纳入监管的预收费资金`), not a verb or a place of its own
    (`往学校里砸了多少钱`: 学校 is where the money went, not a kind of money)."""
    for m in re.finditer(re.escape(term), question):
        at = question.find(focus, m.end())
        if at < 0:
            return -1
        gap = question[m.end():at]
        for other in others:
            gap = gap.replace(other, "")
        if _JOIN.fullmatch(gap):
            return m.start()
    return -1
