"""`主要预期目标是什么`, `“十五五”时期的主要目标是什么`: the goal statement a report or plan declares
(`…主要预期目标是：地区生产总值增长5%左右，…`), quoted whole from its declaration to the end of
its goal list and cited.

Work reports and plans declare their goals in one paragraph introduced by `（主要/预期/发展）目标
是/为：`; a report holds one for the year ahead and often one for the plan period (十五五). The
statement answers the question when its declaration, the headings above it and the title carry
every key term of the question (the question asks for the goals as a whole, not one indicator —
those are answered by the clause that names the indicator, server/answer/lookup.py) and it speaks
for the year or period asked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.models import Document
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import Reader, document_year, has_term
from server.answer.sections import chunk_hit
from server.answer.text import display, flat, region_of
from server.query import Query
from server.timespans import RELATIVE_YEARS, period_years

# the declaration of a goal list: 主要预期目标是： / 发展的主要目标是， / 目标为：(a report may break
# the line inside it: `经济社会发展的\n主要目标\n是：`)
_DECLARATION = re.compile(r"目标(?:任务)?\s*(?:是|为)\s*[：:，,]")
# a notice or a letter may state its one goal in a sentence of its own, no list after a colon (`本次行动的目标是…零
# 发生。`; not `目标是否…`, which asks): read so only when the lookups found no figure for a goal asked
_ONE_GOAL = re.compile(r"目标(?:任务)?\s*(?:是|为)(?!否)\s*[：:，,]?")
# a goal asked as what it is (`要达到什么目标`), which a figure need not answer
GOAL_ASKED = re.compile(r"(?:什么|哪些|啥|怎样的|什么样的?)(?:工作)?目标")
# a sentence that looks back at the goals just listed (`这样的目标，是…`, `提出这些预期目标`, `实现上述目标`)
# ends the statement
_LOOKS_BACK = re.compile(r"(?:这样的|这些|上述|以上)(?:预期|主要)?目标|提出这些|实现上述|实现这些")
# … and so does the long-range vision that may follow (`展望未来，…到二〇三五年`): another horizon
_LOOKS_AHEAD = re.compile(r"\s*展望")
# the words a question uses for a goal statement as a whole (`经济社会发展的主要预期目标`), which a
# statement need not repeat
_GENERIC = frozenset({"经济社会", "经济社会发展", "经济", "社会", "发展", "主要", "预期", "目标", "主要目标",
                      "预期目标", "发展目标", "目标任务", "时期", "今年", "全省", "全市", "全区", "全县"})
_SENTENCE_END = "。！？"
_YEAR = re.compile(r"20\d\d")
STATEMENT_CHARS = 600  # at most this much of a statement is quoted (cut at a sentence end)
MAX_STATEMENTS = 2  # when the question names no year or period: the annual and the period statement


@dataclass
class _Statement:
    doc: Document
    start: int  # the sentence that declares it
    end: int  # the end of its goal list
    head: str  # the declaration's words up to 是/为 (normalised, flat)
    when: set[str]  # the years it speaks for


class GoalStatement:
    def __init__(self, unlisted: bool = False):
        # the fallback of a goal asked whose passages state no figure: a goal stated in a sentence of its own
        # answers, whether or not the question's words (达到) read as asking a number
        self.unlisted = unlisted

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if "target" not in query.intents or query.asks_number and not self.unlisted or query.operation \
                or query.intents & {"compare", "which"}:
            return None
        docs = ask.scope if ask.scope is not None else ask.ranked_docs(3)
        declaration = _ONE_GOAL if self.unlisted else _DECLARATION
        found = [s for d in docs for s in statements(reader.documents[d], declaration)]
        fitting = [s for s in found if _names_all(reader, query, s)]
        chosen = _for_time(reader, query, fitting)
        if not chosen:
            return None
        book = ask.book
        lines = []
        for s in chosen:
            n = book.cite(chunk_hit(reader, s.doc, s.start), s.start, s.end)
            lines.append(f"{region_of(s.doc)}文件：“{display(s.doc.text[s.start:s.end])}”[{n}]")
        return Draft("\n".join(lines), False, book.citations)


def statements(doc: Document, declaration: re.Pattern[str] = _DECLARATION) -> list[_Statement]:
    """The goal statements of a document, in text order."""
    text = doc.text
    found: list[_Statement] = []
    for m in declaration.finditer(text):
        if found and m.start() < found[-1].end:
            continue
        start = _sentence_start(text, m.start())
        end = _statement_end(text, m.end())
        head = flat(normalize(text[start:m.start()], drop_space=True))
        found.append(_Statement(doc, start, end, head, _when(doc, start, head)))
    return found


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last sentence end (a line break inside the
    declaration, as some reports set it, does not end it)."""
    i = at
    while i > 0 and text[i - 1] not in _SENTENCE_END:
        if text[i - 1] == "\n" and i - 2 >= 0 and text[i - 2] in _SENTENCE_END + "：:；;":
            break
        i -= 1
    while i < at and text[i].isspace():
        i += 1
    return i


def _statement_end(text: str, at: int) -> int:
    """The end of the goal list that starts at `at`: the paragraph's sentences up to one that looks
    back at the goals, or STATEMENT_CHARS."""
    paragraph_end = text.find("\n", at)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    end = i = at
    while i < paragraph_end:
        j = i
        while j < paragraph_end and text[j] not in _SENTENCE_END:
            j += 1
        j = min(j + 1, paragraph_end)
        if end > at and (_LOOKS_BACK.search(text, i, j) or _LOOKS_AHEAD.match(text, i)
                         or j - at > STATEMENT_CHARS):
            break
        if j == paragraph_end and text[j - 1] not in _SENTENCE_END and end > at:
            break  # a closing lead-in (`…重点把握好5个方面：`) introduces what follows, not a goal
        end = i = j
    return end


def _when(doc: Document, start: int, head: str) -> set[str]:
    """The years a statement speaks for: named in its declaration (a year, a plan period, 今年),
    else in the heading of the section that holds it."""
    written = document_year(doc)
    years = set(_YEAR.findall(head)) | period_years(head)
    if written:
        years |= {str(written + offset) for word, offset in RELATIVE_YEARS.items() if word in head}
    if years:
        return years
    section = max((s for s in doc.sections if s.start <= start < s.end), key=lambda s: s.start, default=None)
    heading = normalize(section.heading) if section else ""
    return set(_YEAR.findall(heading)) | period_years(heading)


def _names_all(reader: Reader, query: Query, s: _Statement) -> bool:
    """Every key term of the question is in the declaration, the headings above it or the title, or
    is a word for goals in general: the question asks for the goals as a whole."""
    section = max((x for x in s.doc.sections if x.start <= s.start < x.end), key=lambda x: x.start, default=None)
    headings = "".join(section.path) if section else ""
    context = s.head + flat(normalize(headings + s.doc.meta.title, drop_space=True))
    return all(t in _GENERIC or has_term(t, context) for t in query.terms)


def _for_time(reader: Reader, query: Query, found: list[_Statement]) -> list[_Statement]:
    """The statements for the year or plan period asked (the narrowest that fits); with none asked,
    one of each kind per document."""
    wanted = set(query.years) | period_years(query.norm)
    if query.relative_years:
        wanted |= {y for s in found for y in reader.asked_years(query, s.doc.doc_id)}
    if not wanted:
        return found[:MAX_STATEMENTS]
    fits = [s for s in found if s.when & wanted]
    if not fits:
        return []
    narrowest = min(len(s.when) for s in fits)
    return [s for s in fits if len(s.when) == narrowest][:MAX_STATEMENTS]
