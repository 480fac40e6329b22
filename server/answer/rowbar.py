"""A table row judged against a condition the prose sets on rows like it: reports and notices that list schools
or places in a table often oblige those below (or above) a bar to act (`优良率低于45%的学校，须…制定提升方案`).
Asked whether one row must do so (`某校需要制定提升方案吗`), the row's cell of the condition's indicator is
compared with the bar: 需要 / 不需要, the cell and the condition both cited. A question that gives its own
figures is a case (casejudged.py); a standard reached (达标吗) is compliance.py's."""
from __future__ import annotations

import re
from dataclasses import dataclass

from figures.numbers import condition_side, condition_words, find_quantities, parse_number
from figures.tablequery import key
from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.structure import split_sentences
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.casejudged import case_figures
from server.answer.draft import Claim, Draft, table_name
from server.answer.namedcell import named_row
from server.answer.text import display, region_of
from server.calc import overlap
from server.retrieve import Hit
from server.schemas import Figure

CANDIDATES = 10  # leading passages searched for the condition
MIN_SHARED = 4  # characters in a row the obligation must share with the question (制定…提升方案)
# an obligation asked of one row, yes or no
_OBLIGED_ASKED = re.compile(r"需要|需不需要|要不要|用不用|是否(?:需|须|要|应|必须)|必须|应不应|该不该")
# what a condition on rows (`优良率低于45%的学校`) obliges them to after it (`须…`, `应…`)
_OBLIGES = re.compile(r"[，,]?(?:必须|须|应当|应|要|需)")
_BAR_UNITS = ("", "%", "‰")  # a bar on an indicator's level, as its table cells state it


class RowUnderBar:
    """Handler: see the module doc. None unless the question asks an obligation of a row a table of the
    condition's document names, and that row states the condition's indicator."""

    def try_answer(self, ask: Ask) -> Draft | None:
        q = normalize(ask.query.norm, drop_space=True)
        if not _OBLIGED_ASKED.search(q) or case_figures(ask.query.norm):
            return None
        for hit, start, end in _sentences(ask):
            doc = ask.reader.documents[hit.chunk.doc_id]
            sentence = normalize(doc.text[start:end], drop_space=True)
            bar = _condition(sentence)
            duty = _OBLIGES.search(sentence, bar.end) if bar else None
            if bar is None or duty is None or overlap(sentence[duty.end():], q) < MIN_SHARED:
                continue
            for table in doc.tables:
                row = named_row(table, q)
                cell = _indicator_cell(table, row, sentence[:bar.start], bar.unit) if row else None
                if row is not None and cell is not None:
                    return _judged(ask, hit, (start, end), table, row, cell, bar)
        return None


@dataclass(frozen=True)
class _Bar:
    """A condition's bar in its sentence: from its comparison words (start) to its figure's end."""
    start: int
    end: int
    op: str  # the comparison words (`低于`, `未达到`)
    number: str  # the figure as written, without its unit
    value: float
    unit: str
    below: bool


def _condition(sentence: str) -> _Bar | None:
    """The first bar the sentence sets a condition on rows by: a figure with a side (figures.numbers.condition_side,
    `低于45%`, `未达到90%`) followed by 的."""
    for q in find_quantities(sentence):
        side = condition_side(sentence, q)
        if side and sentence.startswith("的", q.end) and q.unit in _BAR_UNITS:
            op = condition_words(sentence, q)
            start = q.start if q.qualifier else q.start - len(op)
            number = q.text[len(op) if q.qualifier else 0:len(q.text) - len(q.unit_as_written)].strip()
            return _Bar(start, q.end, op, number, q.value, q.unit, side == "<")
    return None


def _sentences(ask: Ask) -> list[tuple[Hit, int, int]]:
    """The sentences of the leading prose passages (a table row states values, not conditions)."""
    out = []
    for hit in ask.ranked[:CANDIDATES]:
        if hit.chunk.row_index is None:
            text = ask.reader.documents[hit.chunk.doc_id].text
            out += [(hit, s, e) for s, e in split_sentences(text, hit.chunk.start, hit.chunk.end)]
    return out


def _indicator_cell(table: Table, row: Row, before: str, unit: str) -> tuple[str, float, str] | None:
    """(header, value, text) of the row's cell whose column the condition names right before its bar (`优良率` of
    `优良率（%）`), in the bar's unit."""
    for cell in row.cells:
        header = key(cell.column)
        value = parse_number(cell.text)
        if len(header) >= 2 and before.endswith(header) and value is not None \
                and normalize(cell.unit or table.units.get(cell.column, "")) == unit:
            return header, value.value, cell.text
    return None


def _judged(ask: Ask, hit: Hit, span: tuple[int, int], table: Table, row: Row, cell: tuple[str, float, str],
            bar: _Bar) -> Draft | None:
    chunk = ask.reader.row_chunk(table, row.index)
    if chunk is None:
        return None
    header, value, text = cell
    unit, below = bar.unit, bar.below
    met = value < bar.value if below else value > bar.value
    row_hit = Hit(-1, chunk, 0.0)
    r = ask.book.cite(row_hit, row.start, row.end)
    doc = ask.reader.documents[table.doc_id]
    s = ask.book.cite(hit, *span)
    label = normalize(row_label(table, row))
    sign = ("<" if below else ">") if met else ("≥" if below else "≤")
    verdict = "需要" if met else "不需要"
    why = "在此之列" if met else f"不在“{header}{bar.op}{bar.number}{unit}”之列"
    answer = (f"{verdict}：{label}{header}{text}{unit}[{r}] {sign} {bar.number}{unit}，{why}。"
              f"{region_of(doc)}文件：“{display(doc.text[span[0]:span[1]])}”[{s}]；"
              f"依据《{normalize(table_name(doc, table))}》“{label}”：{header}{text}{unit}[{r}]")
    figures = [Figure(label=f"{label}{header}", value=value, unit=unit, citation_ids=[r]),
               Figure(label=f"要求：{header}{bar.op}", value=bar.value, unit=unit, citation_ids=[s])]
    # the row's figure is of the condition's indicator, and what it obliges is the question's: both said
    context = f"{table.caption} {label} {header} {doc.text[span[0]:span[1]]}"
    return Draft(answer, False, ask.book.citations, figures, [Claim(unit, context, row_hit, (row.start, row.end))])
