"""Where an event was held, or how long something may last, asked of each of several documents (`A的X和B的Y各在
哪里办的`, `…各自限时多久`): each part answered by the clause its own document states it in — the venue (`在X举行`)
or the time limit (`不超过N分钟`) — never by a count the best sentence happens to hold. The clause chosen names
most of the part's key terms; none naming any leaves the part to the other strategies.
"""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from ingest.normalize import normalize, pauses
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.sections import chunk_hit
from server.answer.text import display, flat, region_of

# a place asked (`在哪里办的`, `什么地方举行`, `地点在哪`)
_WHERE_ASKED = re.compile(r"在哪(?:里|儿|个地方)|什么地方|地点在哪")
# a time limit asked (`限多长时间`, `各限多久`, `最多讲几分钟`, `时限`)
_LIMIT_ASKED = re.compile(r"限[^，,。？?]{0,3}(?:多长|多久|几分钟|几小时)|时限"
                          r"|最多[^，,。？?]{0,4}(?:多长|多久|几分钟)")
# a venue stated (`在市文化宫举行`, `在县体育馆进行`)
_VENUE = re.compile(r"在([^，。；;、\n]{2,20}?)(?:举行|举办|进行|召开|开展)")
# a limit's bound before its duration (`不超过10分钟`, `控制在40分钟以内`)
_BOUND = re.compile(r"不超过|不得超过|不多于|最多|控制在|限时|限")
_DURATIONS = frozenset({"分钟", "小时", "秒", "天", "日"})
_ITEMS = re.compile(pauses("；;。\n"))  # a sentence's items, each speaking of one thing
_CLAUSES = re.compile(pauses("，,"))


def asks_venue_or_limit(question: str) -> str:
    """`venue` or `limit` when the question asks either, else ''."""
    return "venue" if _WHERE_ASKED.search(question) else "limit" if _LIMIT_ASKED.search(question) else ""


def _stated(kind: str, clause: str) -> str:
    """The venue or the limit (`8分钟`) the clause states, or ''."""
    if kind == "venue":
        return m.group(1) if (m := _VENUE.search(clause)) else ""
    return next((q.text for q in find_quantities(clause)
                 if q.unit in _DURATIONS and (q.qualifier in ("<=", "<")
                                              or _BOUND.search(clause[max(0, q.start - 8):q.start]))), "")


def _spans(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut at `pattern`'s pauses, as offsets into text."""
    cuts = [start, *(start + m.end() for m in pattern.finditer(text[start:end])), end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def stated_venue_or_limit(ask: Ask, kind: str) -> Draft | None:
    """The venue or the limit asked as the one document in `ask.scope` states it (module doc), cited from its
    item's start to the clause stating it: the item's earlier clauses name what the clause speaks of
    (`三是嘉宾讲话，每人最多10分钟`)."""
    reader, query = ask.reader, ask.query
    if not ask.scope:
        return None
    doc = reader.documents[ask.scope[0]]
    text = doc.text
    title = flat(normalize(doc.meta.title, drop_space=True))
    # the key terms singling out a clause: those the title does not name, or all when it names every one
    asked = [t for t in query.terms if t not in title] or query.terms
    best: tuple[int, int, int, str] | None = None
    for a, b in _spans(text, _ITEMS, 0, len(text)):
        for _, end in _spans(text, _CLAUSES, a, b):
            said = _stated(kind, text[_:end])
            if not said:
                continue
            # the key terms the item names up to the clause; the words of the document's title (the event it is
            # about) single out no clause
            said_text = flat(normalize(text[a:end], drop_space=True))
            cover = sum(any(w in said_text for w in t.split("|")) for t in asked)
            if cover > 0 and (best is None or cover > best[0]):
                best = (cover, a, end, said)
    if best is None:
        return None
    _, a, b, said = best
    n = ask.book.cite(chunk_hit(reader, doc, a), a, b)
    return Draft(f"{display(said)}。依据{region_of(doc)}文件：“{display(text[a:b].rstrip('，,；;。'))}”[{n}]", False,
                 ask.book.citations)
