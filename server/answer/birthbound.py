"""Whether a person the question describes by a birth date (`1991年7月出生`) meets an age condition a notice states
as a date bound (`年龄在30周岁以下（1994年6月1日以后出生）`). Recruitment and admission notices state an age
limit with the birth date it means, and often a looser one for a group (`具有博士研究生学历的，可放宽至40周岁
（…以后出生）`): the bound that applies is the loosest whose group the question places the person in (a degree
at or above the one named, by server/lexicon/degree_levels.tsv, or the group's own words), else the general
one. The answer says whether the date is within the bound, with the condition quoted and the two dates
compared; a birth month straddling a bound's day cannot be judged."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.sections import chunk_hit
from server.answer.text import display, region_of
from server.lexicon import degree_levels

_BORN = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?(?:出生|生)")
# 能报…吗 / 符合…条件吗 / 可以报考吗 / 是否符合: the verb the answer echoes
ASKS = re.compile(r"(?P<verb>符合|能|可以|可否|能否|够)[^？?。]{0,20}(?:吗|么)|是否(?P<whether>符合|能|可以)")
# a bound: `1991年9月1日以后出生`, `1991年9月1日（含）以后出生`, `…之前出生`
_BOUND = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:[（(]含[）)])?\s*"
                    r"(?P<side>以后|之后|以前|之前|后|前)\s*(?:[（(]含[）)])?\s*出生")
_CLAUSE_START = "；;。\n"
_GROUP = re.compile(r"(?:具有|取得|属于|对|凡)?(?P<group>[^，,；;。]{2,30}?)的\s*[，,]")
_DOCUMENTS = 3  # the best-ranked documents searched for a bound


@dataclass(frozen=True)
class Bound:
    day: date
    after: bool  # born on or after `day` (以后出生), else on or before it
    group: str  # the group the bound is for (`具有硕士研究生及以上学历`), '' for everyone
    start: int  # the clause stating it, in the document's text
    end: int


class BirthDateBound:
    """An age condition asked of a birth date: 符合/不符合 (能/不能) against the bound that applies, or None when
    the question states no birth date or its documents state no bound by birth date."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        born = _BORN.search(query.norm)
        asks = ASKS.search(query.norm)
        if born is None or asks is None:
            return None
        docs = ask.ranked_docs()[:_DOCUMENTS]
        for doc_id in docs:
            text = ask.reader.documents[doc_id].text
            bounds = [_bound(text, m) for m in _BOUND.finditer(text)]
            applying = [b for b in bounds if b.group and in_group(query.norm, b.group)] or \
                [b for b in bounds if not b.group]
            if not applying:
                continue
            bound = min(applying, key=lambda b: b.day) if applying[0].after else max(applying, key=lambda b: b.day)
            return _answer(ask, doc_id, bound, born, asks.group("verb") or asks.group("whether"))
        return None


def _bound(text: str, m: re.Match[str]) -> Bound:
    """The bound `m` and the clause stating it: from the clause's start (after `；`, `。`) to the bound."""
    start = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_START) + 1
    end = text.find("）", m.end())
    end = end + 1 if 0 <= end - m.end() <= 2 else m.end()
    group = _GROUP.search(text[start:m.start()])
    return Bound(date(int(m["y"]), int(m["m"]), int(m["d"])), m["side"] in ("以后", "之后", "后"),
                 normalize(group["group"]) if group else "", start, end)


def _level(text: str) -> int:
    """The level of schooling `text` names (专科 1 … 博士 4), 0 when none."""
    return next((rank for word, rank in degree_levels() if word in text), 0)


def in_group(question: str, group: str) -> bool:
    """Whether the person asked about belongs to the group a bound is for: a degree at least the one named
    (`硕士研究生及以上学历`; exactly it without 及以上), else the group's words written in the question."""
    named = _level(group)
    if named:
        asked = _level(question)
        return asked >= named if re.search(r"及以上|以上", group) else asked == named
    return normalize(group) in question


def _answer(ask: Ask, doc_id: str, bound: Bound, born: re.Match[str], verb: str) -> Draft:
    year, month = int(born["y"]), int(born["m"])
    first = date(year, month, int(born["d"]) if born["d"] else 1)
    last = date(year, month, int(born["d"]) if born["d"] else calendar.monthrange(year, month)[1])
    inside = first >= bound.day if bound.after else last <= bound.day
    outside = last < bound.day if bound.after else first > bound.day
    yes = "符合" if "符合" in verb else "可以" if "可" in verb else "能"
    said = f"{year}年{month}月" + (f"{int(born['d'])}日" if born["d"] else "")
    limit = f"{bound.day.year}年{bound.day.month}月{bound.day.day}日"
    side = "以后" if bound.after else "以前"
    if inside:
        verdict = f"{yes}。{said}出生，在{limit}{side}，在条件规定的范围内"
    elif outside:
        verdict = f"不{yes}。{said}出生，{'早于' if bound.after else '晚于'}{limit}，超出条件规定的范围"
    else:
        verdict = f"无法判断。{limit}在{said}之内，要看具体出生日期"
    doc = ask.reader.documents[doc_id]
    hit = chunk_hit(ask.reader, doc, bound.start)
    n = ask.book.cite(hit, bound.start, bound.end)
    applies = f"（适用于{bound.group}）" if bound.group else ""
    # only the age is judged: a question asking whether one may apply at all is told so
    scope = "" if "年龄" in ask.query.norm else "按年龄条件，"
    return Draft(f"{scope}{verdict}。依据{region_of(doc)}文件的年龄条件{applies}："
                 f"“{display(doc.text[bound.start:bound.end])}”[{n}]", False, ask.book.citations)
