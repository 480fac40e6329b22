"""The last day of a period asked (`征求意见到哪天结束`, `报名哪天截止`, `到几号为止`). Notices state a period as a
range of days (`征求意见期为2026年11月16日至11月22日`, `报名时间：8月3日至8月7日`); its end answers, dated with the
year its start carries, never the start the figure reader would quote first. A notice may state the period alone
under a heading naming it (`三、征求意见时间` over `2027年3月2日至3月8日`): the heading names what the range is of."""
from __future__ import annotations

import re

from ingest.models import Document
from ingest.normalize import normalize
from ingest.structure import section_at, split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.sections import chunk_hit
from server.answer.text import display, region_of
from server.retrieve import Hit

CANDIDATES = 5  # leading passages searched for the range
COVER_MIN = 0.5  # the passage carries at least this share of the question's key terms
# the end of a period asked: `到哪天(结束)`, `哪天截止`, `截止到几号`, `什么时候结束`, `到几号为止`
_WHEN = r"(?:哪一?天|几号|几月几[号日]?|什么时候|啥时候|何时|什么日期)"
_ASKS_END = re.compile(rf"(?:到|至){_WHEN}|{_WHEN}(?:结束|截止|为止|止)|截止(?:到|于|日期|时间)|"
                       r"(?:结束|截止)(?:日期|时间)")
# a range of days: its start with the year it may carry, its end with its month when it has its own
_DAY = r"\d{1,2}\s*[日号]"
RANGE = re.compile(rf"(?P<year>(?:19|20)\d\d\s*年)?\s*(?P<month>\d{{1,2}}\s*月)\s*{_DAY}\s*"
                    rf"(?:[(（][^)）]{{1,4}}[)）])?\s*(?:至|到|—|–|－|-|~|～)\s*"
                    rf"(?P<end>(?:(?:19|20)\d\d\s*年)?(?:\d{{1,2}}\s*月)?\s*{_DAY})")


class RangeEnd:
    """Handler: the last day of a range a leading sentence about the thing asked states; None when none does."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        asks = _ASKS_END.search(query.norm)
        # what the period is of: the key term closing before the asking words (`征求意见` of `…征求意见到哪天结束`)
        before = [(query.norm.rfind(t, 0, asks.start()) + len(t), t) for t in query.terms
                  if asks and t in query.norm[:asks.start()]]
        if asks is None or not before or not ask.hits:
            return None
        of = max(before)[1]
        cover = reader.cover(query)
        leading = ask.ranked[:CANDIDATES]
        # the documents a leading passage is about: a notice's period sentence names only its act (`征求意见期为…`)
        # and may stand in a passage of its own, which the document's other passages speak for
        about = {h.chunk.doc_id for h in leading if h.chunk.row_index is None and not reader.refusal(query, h)
                 and cover(reader.documents[h.chunk.doc_id].text[h.chunk.start:h.chunk.end]) >= COVER_MIN}
        best: tuple[Hit, int, int, re.Match[str]] | None = None
        for hit in leading:
            if hit.chunk.row_index is not None or hit.chunk.doc_id not in about:
                continue
            doc = reader.documents[hit.chunk.doc_id]
            for s, e in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
                if m := _stated(doc, s, e, of):
                    best = (hit, s, e, m)
                    break
            if best is not None:
                break
        # … or anywhere in those documents: a period stated alone under its heading ranks low by its words
        ordered = [] if best is not None else dict.fromkeys(h.chunk.doc_id for h in leading if h.chunk.doc_id in about)
        for doc_id in ordered:
            doc = reader.documents[doc_id]
            found = next(((s, e, m) for s, e in split_sentences(doc.text, 0, len(doc.text))
                          if (m := _stated(doc, s, e, of))), None)
            if found is not None:
                best = (chunk_hit(reader, doc, found[0]), *found)
                break
        if best is None:
            return None
        hit, s, e, m = best
        doc = reader.documents[hit.chunk.doc_id]
        end = re.sub(r"\s+", "", m.group("end"))
        if "月" not in end:
            end = re.sub(r"\s+", "", m.group("month")) + end  # `16日至22日`: the end in its start's month
        if "年" not in end and m.group("year"):
            end = re.sub(r"\s+", "", m.group("year")) + end
        n = ask.book.cite(hit, s, e)
        return Draft(f"{end}。依据{region_of(doc)}文件：“{display(doc.text[s:e])}”[{n}]", False, ask.book.citations)


def _stated(doc: Document, s: int, e: int, of: str) -> re.Match[str] | None:
    """The range the sentence doc.text[s:e] states for `of`, named before it or by the heading it opens."""
    m = RANGE.search(doc.text, s, e)
    return m if m and (of in normalize(doc.text[s:m.start()]) or _heading_names(doc, s, of)) else None


def _heading_names(doc: Document, start: int, term: str) -> bool:
    """Whether the sentence at `start` opens its section and that section's heading names `term` (a range stated
    alone under `公示时间`)."""
    section = section_at(doc.sections, start)
    return section is not None and term in normalize(section.heading) and \
        not doc.text[section.start + len(section.heading):start].strip("：: \n")
