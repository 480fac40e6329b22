"""Whether a person the question describes by an age (`31岁`, with a degree: `本科毕业`) meets the age condition a
notice states in years (`年龄在28周岁以下`, `具有博士学位者可放宽到32周岁`). Recruitment notices set a
general ceiling and often a looser one for a group; the bound that applies is the loosest whose group the question
places the person in (server/answer/birthbound.py's reading of degrees), else the general one. The answer says
whether the age is within it, the condition quoted. A notice whose bound is a birth date is birthbound.py's."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.birthbound import ASKS, in_group
from server.answer.draft import Draft
from server.answer.sections import chunk_hit
from server.answer.text import display, region_of

_AGE = re.compile(r"(?<![\d.])(?P<n>\d{2})(?:周)?岁(?!以上|以下|以内|及以|至|到|-|—)")  # one age, not a band
# a ceiling in years of age: `不超过N周岁`, `N周岁以下`, `可放宽到M周岁`
_CEILING = re.compile(r"(?:不超过|不超|不大于|放宽至|放宽到)(?P<n>\d{2})周岁|(?P<m>\d{2})周岁(?:及)?以下")
_CLAUSE_START = "；;。\n，,"
_GROUP_END = re.compile(r"(?:的)?[，,]?(?:均|则|可以|可)?$")  # the words joining a group to its bound
_DOCUMENTS = 3  # the best-ranked documents searched for a bound


@dataclass(frozen=True)
class Ceiling:
    years: int
    group: str  # the group a looser bound is for (`具有博士学位者`), '' for everyone
    start: int  # the clause stating it, in the document's text
    end: int


def _ceilings(text: str) -> list[Ceiling]:
    out = []
    for m in _CEILING.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_START) + 1
        before = text[start:m.start()]
        # a looser bound names its group before it (`具有博士学位者可放宽到…`, `…学历的，可放宽至…`)
        group = normalize(_GROUP_END.sub("", before)) if "放宽" in m.group() else ""
        if "放宽" in m.group() and not group:  # the group in the clause before (`…学历的，可放宽至…`)
            opening = max(text.rfind(c, 0, start - 1) for c in _CLAUSE_START) + 1
            group = normalize(_GROUP_END.sub("", text[opening:start]))
        end = m.end()
        if text[end:end + 1] in "（(":  # the birth date it means, in brackets
            end = max(end, text.find("）", end) + 1)
        out.append(Ceiling(int(m["n"] or m["m"]), group, start, end))
    return out


class AgeCeiling:
    """An age condition asked of an age in years: 能/不能 (符合/不符合) against the ceiling that applies, or None
    when the question states no age or its documents no ceiling in years."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        age, asks = _AGE.search(query.norm), ASKS.search(query.norm)
        if age is None or asks is None:
            return None
        for doc_id in ask.ranked_docs()[:_DOCUMENTS]:
            text = ask.reader.documents[doc_id].text
            found = _ceilings(text)
            general = [c for c in found if not c.group]
            applying = [c for c in found if c.group and in_group(query.norm, c.group)] or general
            if not general or not applying:
                continue
            bound = max(applying, key=lambda c: c.years)
            return _answer(ask, doc_id, bound, int(age["n"]), asks.group("verb") or asks.group("whether"))
        return None


def _answer(ask: Ask, doc_id: str, bound: Ceiling, age: int, verb: str) -> Draft:
    yes = "符合" if "符合" in verb else "可以" if "可" in verb else "能"
    inside = age <= bound.years
    verdict = (f"{yes}。{age}岁，不超过{bound.years}周岁" if inside
               else f"不{yes}。{age}岁，超过{bound.years}周岁的年龄上限")
    doc = ask.reader.documents[doc_id]
    n = ask.book.cite(chunk_hit(ask.reader, doc, bound.start), bound.start, bound.end)
    applies = f"（适用于{bound.group}）" if bound.group else ""
    scope = "" if "年龄" in ask.query.norm else "按年龄条件，"
    return Draft(f"{scope}{verdict}。依据{region_of(doc)}文件的年龄条件{applies}："
                 f"“{display(doc.text[bound.start:bound.end])}”[{n}]", False, ask.book.citations)
