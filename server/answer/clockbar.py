"""A time of day the question states of a case (`傍晚6点40分才放学的学校合规吗`), judged against the clock time a
document sets as a bar (`放学时间不得晚于18:00`, `不得早于8:00`): notices on school hours, training and
after-school services set such bars. The bar is the one whose clause carries most of the question's words; bars
of equal weight that judge the case differently (two kinds of school under different bars, the question naming
neither) settle nothing, and the handler leaves the question to the others.
"""
from __future__ import annotations

import re

from ingest.clauses import clause_end, clause_start
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.casejudged import verdict
from server.answer.clocktime import CLOCK, clock_minutes, clock_text
from server.answer.draft import Draft
from server.answer.text import display, region_of
from server.schemas import Figure

CANDIDATES = 8  # leading passages searched for the bar
# a bar on a clock time (`不得晚于18:00`, `不晚于`, `不能迟于`; `不得早于8:00`): latest (True) or earliest (False)
_BAR = re.compile(r"(?:不得|不能|不应|不宜|不)(晚于|迟于|早于)\s*$")


class ClockCaseJudged:
    """Handler: a compliance asked of the one clock time the question states (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        times = CLOCK.findall(query.norm)
        if not query.asked.compliance or len(times) != 1 or (case := clock_minutes(times[0])) is None:
            return None
        cover = reader.cover(query)
        bars = []  # (weight, latest, bar minutes, hit, clause span, the time's span)
        reports = []  # (hit, sentence span) of sentences reporting the case's own time (`放学时间为18:40`)
        for hit in ask.ranked[:CANDIDATES]:
            if hit.chunk.row_index is not None:
                continue
            text = reader.documents[hit.chunk.doc_id].text
            for s, e in split_sentences(text, hit.chunk.start, hit.chunk.end):
                for m in CLOCK.finditer(text, s, e):
                    kind = _BAR.search(normalize(text[max(s, m.start() - 6):m.start()]))
                    minutes = clock_minutes(m.group())
                    if minutes is None:
                        continue
                    if kind is None and minutes == case:
                        reports.append((hit, (s, e)))
                    if kind is None:
                        continue
                    left, right = clause_start(text, m.start(), floor=s), clause_end(text, m.end(), ceiling=e)
                    bars.append((cover(text[left:right]), kind.group(1) != "早于", minutes, hit, (left, right),
                                 m.span()))
        if not bars:
            return None
        best = max(b[0] for b in bars)
        leading = [b for b in bars if b[0] == best]
        outcomes = {_passes(case, latest, minutes) for _, latest, minutes, *_ in leading}
        if best <= 0 or len(outcomes) != 1:
            return None
        _, latest, minutes, hit, (left, right), (a, b) = leading[0]
        passed = outcomes.pop()
        doc = reader.documents[hit.chunk.doc_id]
        n = ask.book.cite(hit, left, right)
        gap = abs(case - minutes)
        relation = ("不晚于" if passed else "晚于") if latest else ("不早于" if passed else "早于")
        formula = f"|{clock_text(case)} − {clock_text(minutes)}| = {gap} 分钟"
        figure = Figure(label="所问时间与文件规定时间之差", value=gap, unit="分钟", formula=formula,
                        inputs=[{"label": "问题所述时间", "value": case, "unit": "分钟（零点起）", "text": times[0]},
                                {"label": "文件规定时间", "value": minutes, "unit": "分钟（零点起）",
                                 "source": {"kind": "passage", "start": a, "end": b, "text": doc.text[a:b]}}],
                        citation_ids=[n])
        bound = "最晚" if latest else "最早"
        said = display(doc.text[left:right]).strip("，,；;。 ")
        # the document's own report of the case, when it states the time asked (a finding of an inspection)
        case_said = "".join(f"；文件所述情况：“{display(doc.text[x:y])}”[{ask.book.cite(h, x, y)}]"
                            for h, (x, y) in reports[:1] if h.chunk.doc_id == doc.doc_id)
        return Draft(f"{verdict(passed, query.norm)}。{times[0]}即{clock_text(case)}，{relation}文件规定的{bound}时间"
                     f"{clock_text(minutes)}（相差{gap}分钟）。依据{region_of(doc)}文件：“{said}”[{n}]{case_said}",
                     False, ask.book.citations, [figure])


def _passes(case: int, latest: bool, bar: int) -> bool:
    """A case at `case` minutes within a latest (`latest`) or earliest bar at `bar` minutes."""
    return case <= bar if latest else case >= bar
