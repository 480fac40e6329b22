"""Whether a day the question states (`5月8日去交材料还来得及吗`) is within the period a notice sets for the act it
names (`材料受理期为5月2日至5月6日，过期不收`) or before the deadline it sets (`须于5月6日前交来`). The act is
the question's key term nearest before its asking words (with the terms written right before it), named in the
clause stating the period or deadline; that sentence is quoted whole, so what befalls a late comer (逾期…) is read with
it. A day after the period's end is too late, one before its start too early; a day without its year is read in
the year the period carries."""
from __future__ import annotations

import re
from datetime import date

from ingest.clauses import clause_end, clause_start
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.days import DAY, DAY_TEXT, RANGE_END, calendar_day, day_of
from server.answer.draft import Draft
from server.answer.rangeend import RANGE
from server.answer.text import display, region_of

CANDIDATES = 5  # leading passages searched for the period
# asked whether it is still in time: 来得及吗, 还能…吗, 赶得上吗, 晚不晚, 算不算逾期
_ASKS_IN_TIME = re.compile(r"来得及|来不及|赶得上|赶不上|晚不晚|晚了吗|迟了吗|算不算逾期|逾期了吗|"
                           r"还(?:能|可以|行)[^，,。？?]{0,8}(?:吗|么)")
# a deadline a sentence sets: `须于3月27日前`, `3月27日（含）之前`, `截止到3月27日`
_DEADLINE = re.compile(rf"截止(?:到|于|日期为?|时间为?)?\s*(?P<by>{DAY_TEXT})|"
                       rf"(?P<before>{DAY_TEXT})\s*(?:[（(]含[）)])?\s*(?:以前|之前|前)(?![一二两三四五六七八九十\d])")
_LEAP = 2000  # the year of a day no text dates: a leap year, so 2月29日 stays a day


class DayAgainstPeriod:
    """Handler: 来得及/来不及 for a day the question states against the period or deadline set for the act asked;
    None when the question states no day or asks no timeliness, or no leading sentence sets that act's time."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        asks = _ASKS_IN_TIME.search(query.norm)
        day = DAY.search(query.norm)
        if asks is None or day is None or not ask.hits:
            return None
        # the act: the key term closing nearest before the asking words, not within the day stated
        before = [(query.norm.rfind(t, 0, asks.start()) + len(t), t) for t in query.terms
                  if t in query.norm[:asks.start()] and not re.search(r"\d", t)]
        if not before:
            return None
        end, act = max(before)
        # with the terms written right before it (`现场` + `确认`), the longest the sentence names first
        acts = [act]
        while lead := next((t for t in query.terms if query.norm.endswith(t, 0, end - len(acts[0]))
                            and not re.search(r"\d", t)), None):
            acts.insert(0, lead + acts[0])
        year = int(day.group("y")) if day.group("y") else None
        for hit in ask.ranked[:CANDIDATES]:
            if hit.chunk.row_index is not None:
                continue
            doc = ask.reader.documents[hit.chunk.doc_id]
            for s, e in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
                act, period = next(((a, p) for a in acts if (p := _period(doc.text, s, e, a, year))), ("", None))
                if period is None:
                    continue
                first, last, quoted = period
                asked = day_of(day, last.year)
                if asked is None:
                    return None
                said = re.sub(r"\s+", "", day.group())
                if asked > last:
                    verdict = f"来不及。{said}已过{act}的截止日{last.month}月{last.day}日（{quoted}）"
                elif first is not None and asked < first:
                    verdict = f"还没开始。{act}从{first.month}月{first.day}日开始（{quoted}）"
                else:
                    verdict = f"来得及。{said}在{act}的时间内（{quoted}）"
                n = ask.book.cite(hit, s, e)
                return Draft(f"{verdict}。依据{region_of(doc)}文件：“{display(doc.text[s:e])}”[{n}]", False,
                             ask.book.citations)
        return None


def _period(text: str, s: int, e: int, act: str, year: int | None) -> tuple[date | None, date, str] | None:
    """(first day or None, last day, the words stating them) of the period or deadline the sentence text[s:e] sets
    for `act`, named in the clause stating it (`材料受理期为…`, `须于…前将材料交来`), or None; a day the text
    dates with no year is in `year` (the question's)."""
    def names_act(m: re.Match[str]) -> bool:
        return act in normalize(text[clause_start(text, m.start(), floor=s):clause_end(text, m.end(), ceiling=e)])

    for m in RANGE.finditer(text, s, e):
        start = DAY.match(re.sub(r"\s+", "", m.group()))
        end = RANGE_END.fullmatch(re.sub(r"\s+", "", m.group("end")))
        if start is None or end is None or not names_act(m):
            continue
        first_year = int(start.group("y")) if start.group("y") else year
        first = day_of(start, first_year or _LEAP)
        last = calendar_day(int(end.group("y")) if end.group("y") else first_year or _LEAP,
                            int(end.group("m") or start.group("m")), int(end.group("d")))
        return (first, last, re.sub(r"\s+", "", m.group())) if first and last else None
    for d in _DEADLINE.finditer(text, s, e):
        by = DAY.search(d.group("by") or d.group("before"))
        if by is None or not names_act(d):
            continue
        last = day_of(by, year or _LEAP)
        return (None, last, re.sub(r"\s+", "", d.group())) if last is not None else None
    return None
