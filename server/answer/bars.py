"""Several bars a question sets itself, each on its own subject (`A不低于10%、B不低于20%的要求达到了吗`, `A不少于
N%，其中B不少于M%，做到了吗`): each bar is judged by the value the document states for its subject, never one
figure for all (a count, or the share of one subject judged against the other's bar). A sentence stating several
values of the bars' unit gives each its own stretch — from the value before it — and a stretch answers a bar when
it names that bar's subject and no words only another bar's subject has (`其中B…占…的22%` is B's, not A's). When
some bar finds no value of its own the handler leaves the question to the others."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.numbers import Quantity, find_quantities
from figures.standards import BOUNDS
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.compliance import stage_bars
from server.answer.draft import Draft
from server.answer.evidence import COVER_MIN
from server.answer.text import flat, quantity_figure, region_of, shown
from server.query import key_terms
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose sentences may state the subjects' values
_QUOTES = re.compile(r"[“”\"‘’'「」『』]")  # a bar quoted from a rule is read as written: quotes dropped
# what the stretch before a bar says besides its subject: the asking, the bar's own words, joiners
_NOT_SUBJECT = re.compile(r"是否|有没有|有无|能否|达到|达没达到|达标|符合|满足|做到|实现|的?要求|的?标准|规定|"
                          r"不低于|不少于|不高于|不超过|不多于|低于|高于|超过|少于|多于|其中|以及|和|与|及|应|须|要|"
                          r"[、，,；;：:（）()的了吗呢么?？。]")


def _bars(norm: str) -> list[Quantity]:
    """The bounded values the question states (`不低于10%`), quotes dropped, in order."""
    return [q for q in find_quantities(norm) if q.qualifier in BOUNDS and q.is_measure]


def _subjects(norm: str, bars: list[Quantity], places: list[str]) -> list[tuple[str, list[str]]]:
    """Each bar's subject — the question's words between the previous bar (or its start) and this one — and its key
    terms."""
    out = []
    for i, bar in enumerate(bars):
        before = norm[bars[i - 1].end if i else 0:bar.start]
        for place in places:
            before = before.replace(place, " ")
        words = _NOT_SUBJECT.sub(" ", before)
        out.append(("".join(words.split()), [t for t in key_terms(words) if t]))
    return out


def _stretches(text: str, span: tuple[int, int], unit: str) -> list[tuple[Quantity, str]]:
    """The values of `unit` a sentence states (no bound: a stated value, not a rule), each with the stretch of
    the sentence from the previous value's end to its own end, offsets into `text`."""
    s, e = span
    found = [q for q in find_quantities(text[s:e]) if q.unit == unit and not q.qualifier and q.is_measure]
    out, start = [], 0
    for q in found:
        out.append((q, normalize(text[s + start:s + q.end], drop_space=True)))
        start = q.end
    for q, _ in out:
        q.start, q.end = q.start + s, q.end + s
    return out


def _value_for(ask: Ask, unit: str, own: list[str], others: set[str]) -> tuple[Hit, tuple[int, int], Quantity] | None:
    """The value whose stretch carries most of its subject's terms (idf-weighted, at least COVER_MIN) and the fewest
    of the other bars' (`其中B…占A的22%` names A as B's whole), the first in the passages' order among equals."""
    reader = ask.reader
    subject = replace(ask.query, terms=own)
    best: tuple[tuple[float, int], Hit, tuple[int, int], Quantity] | None = None
    for hit in ask.ranked[:CANDIDATE_PASSAGES]:
        if hit.chunk.row_index is not None or ask.scope is not None and hit.chunk.doc_id not in ask.scope:
            continue
        text = reader.documents[hit.chunk.doc_id].text
        for span in split_sentences(text, hit.chunk.start, hit.chunk.end):
            for q, stretch in _stretches(text, span, unit):
                cover = reader.coverage(subject, flat(stretch))[0]
                if cover < COVER_MIN:
                    continue
                rank = (round(cover, 2), -sum(t in stretch for t in others))
                if best is None or rank > best[0]:
                    best = (rank, hit, span, q)
    return best[1:] if best else None


class QuestionBars:
    """Handler: two or more bars the question sets, each judged by its own subject's stated value (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        norm = _QUOTES.sub("", query.norm)
        bars = _bars(norm)
        if len(bars) < 2 or not query.asked.compliance or len({q.unit for q in bars}) != 1:
            return None
        if stage_bars(query.norm):
            return None  # a bar per school stage of one measure (小学班额…、初中班额…): each stage against its own bar
        named = _subjects(norm, bars, list(query.regions))
        subjects = [terms for _, terms in named]
        if any(not s for s in subjects):
            return None  # a bar whose subject the question leaves unsaid
        found = []
        for i, (bar, own) in enumerate(zip(bars, subjects)):
            others = {t for j, terms in enumerate(subjects) if j != i for t in terms} - set(own)
            value = _value_for(ask, bar.unit, own, others)
            if value is None:
                return None
            found.append(value)
        if len({(hit.chunk.doc_id, q.start) for hit, _, q in found}) < len(found):
            return None  # one stated value cannot answer two bars
        lines, figures, passed = [], [], []
        # (no claims for the verification step: each value's own stretch was held to its subject above, which a
        # check of every figure against the whole question's words cannot do for several subjects)
        for bar, (label, _), (hit, span, q) in zip(bars, named, found):
            text = ask.reader.documents[hit.chunk.doc_id].text
            n = ask.book.cite(hit, *span)
            ok = BOUNDS[bar.qualifier](q.value, bar.value)
            passed.append(ok)
            lines.append(f"{label}：{shown(q)}（{'达到' if ok else '未达到'}“{bar.text}”）[{n}]")
            figures.append(quantity_figure(text[span[0]:span[1]], q, n))
        doc = ask.reader.documents[found[0][0].chunk.doc_id]
        verdict = "达到" if all(passed) else "未全部达到"
        return Draft(f"{verdict}。依据{region_of(doc)}文件：" + "；".join(lines) + "。", False, ask.book.citations,
                     figures)

