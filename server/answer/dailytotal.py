"""A year's money a programme paid at a rate per head per day: heads × rate × days, when its paragraph states all three.

Aid and nutrition summaries state the standard per pupil per day (`每名学生每日补助N元`), the days a year it is paid
for (`一年按D天发放`) and the pupils it reached (`惠及学生N人`) in one paragraph, never the year's sum.
Asked that sum (`一年的补贴总共多少钱`), the answer is their product, each factor cited and the formula shown.
When the paragraph lacks one of them, or states two values of one, no figure is computed: the rate alone is no
year's amount (the lookups then say so).
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, times
from figures.numbers import Quantity, amount_text, find_quantities
from ingest.normalize import normalize
from ingest.structure import split_paragraphs, split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.perone import asks_per_one
from server.answer.text import PER_EACH, computed_figure, display, flat, region_of
from server.retrieve import Hit

CANDIDATE_PASSAGES = 6  # leading passages whose paragraphs are read
# the rate's lead: per one pupil (or person) and per day (`每生每天`, `每名学生每日`)
_PER_HEAD_DAY = re.compile(rf"(?:{PER_EACH})每(?:天|日)")
# a year's total asked: over the year, or summed (`一年…多少`, `全年共`, `算下来`)
_YEAR_ASKED = re.compile(r"一年|全年|每年|年度|算下来|总共|一共|合计")
_DAYS = ("天", "日")
# the heads a per-pupil rate is paid to: the pupils it reached (受益, 享受, 覆盖 … 学生)
_HEADS = re.compile(r"受益|享受|惠及|覆盖|资助|补助")
_PUPILS = re.compile(r"学生|幼儿|儿童|人")


def _in_paragraph(text: str, span: tuple[int, int]) -> list[tuple[tuple[int, int], Quantity]]:
    """The quantities of the paragraph text[span], each with its sentence's span; offsets into `text`."""
    out = []
    for start, end in split_sentences(text, *span):
        out += [((start, end), q) for q in find_quantities(text[start:end])]
    return out


class DailyRateTotal:
    """Handler: heads × rate per head per day × days a year, from one paragraph (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        q = flat(query.norm)
        if not any(u.endswith("元") for u in query.units) or not _YEAR_ASKED.search(q) or asks_per_one(q) \
                or query.asked.compliance or len(query.asks) > 1:
            return None
        seen = set()
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            if hit.chunk.row_index is not None:
                continue
            text = reader.documents[hit.chunk.doc_id].text
            for paragraph in split_paragraphs(text, hit.chunk.start, hit.chunk.end):
                if (hit.chunk.doc_id, paragraph) in seen:
                    continue
                seen.add((hit.chunk.doc_id, paragraph))
                found = _factors(text, paragraph)
                if found is not None:
                    return _draft(ask, hit, text, found)
        return None


_Factor = tuple[tuple[int, int], Quantity]


def _factors(text: str, paragraph: tuple[int, int]) -> tuple[_Factor, _Factor, _Factor] | None:
    """(heads, rate, days) the paragraph states once each, else None."""
    stated = _in_paragraph(text, paragraph)
    rates = [(s, q) for s, q in stated if q.unit == "元" and not q.qualifier
             and _PER_HEAD_DAY.search(normalize(text[s[0]:s[0] + q.start], drop_space=True)[-12:])]
    days = [(s, q) for s, q in stated if q.unit in _DAYS and not q.qualifier
            and re.search(r"全年|每年|一年|年度", text[s[0]:s[0] + q.start])]
    heads = [(s, q) for s, q in stated if q.unit == "人" and not q.qualifier
             and _HEADS.search(lead := normalize(text[s[0]:s[0] + q.start], drop_space=True)[-8:])
             and _PUPILS.search(lead)]
    if any(len({q.value for _, q in found}) != 1 for found in (heads, rates, days)):
        return None
    return heads[0], rates[0], days[0]


def _draft(ask: Ask, hit: Hit, text: str, found: tuple[_Factor, _Factor, _Factor]) -> Draft | None:
    (hs, heads), (rs, rate), (ds, days) = found

    def operand(span: tuple[int, int], q: Quantity, label: str) -> Operand:
        return Operand(label=label, value=q.value, unit=q.unit, unit_as_written=q.unit_as_written,
                       decimals=q.decimals, source={"kind": "passage", "start": span[0] + q.start,
                                                    "end": span[0] + q.end, "text": q.text})

    try:
        per_head = times(operand(rs, rate, "每人每天"), operand(ds, days, "一年天数"), label="每人一年")
        per_head_operand = Operand(label=per_head.label, value=per_head.value, unit="元", decimals=0)
        result = times(per_head_operand, operand(hs, heads, "受益人数"), label="一年合计（人数 × 每人每天 × 天数）")
    except ComputeError:
        return None
    spans = sorted({hs, rs, ds})
    cites = [ask.book.cite(hit, *s) for s in spans]
    refs = "".join(f"[{n}]" for n in dict.fromkeys(cites))
    quotes = "；".join(f"“{display(text[s[0]:s[1]])}”[{n}]" for s, n in dict.fromkeys(zip(spans, cites)))
    doc = ask.reader.documents[hit.chunk.doc_id]
    total = heads.value * rate.value * days.value
    places = 0 if float(total).is_integer() else 2
    answer = (f"{result.label}：{heads.value:g}人 × {rate.value:g}元/天 × {days.value:g}天 = {total:.{places}f}元"
              f"（{amount_text(total, '元')}）{refs}。依据{region_of(doc)}文件：{quotes}")
    figure = computed_figure(result, cites[0])
    figure.citation_ids = list(dict.fromkeys(cites))
    return Draft(answer, False, ask.book.citations, [figure])
