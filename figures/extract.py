"""Figure records from a document: every numeric table cell and every quantity in prose.

A record says what was published (label, value, unit, qualifier, 属性), where (region,
document, table cell or sentence with exact offsets into Document.text) and, where the
vocabulary knows it, which indicator it is (figures/indicators.py), so figures can be looked
up and compared across documents. Run at ingest; the pipeline stores `to_json()` dicts.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from figures.indicators import match_form, match_indicator, match_stage
from figures.numbers import Quantity, find_quantities, parse_number
from figures.periods import PLAN, plan_ordinal
from ingest.models import Cell, Document, Row, Table
from ingest.normalize import normalize, pauses
from ingest.structure import section_path_at, split_sentences
from ingest.tables import key_columns, row_label

_YEAR_HEADER = re.compile(r"(?:19|20)\d\d\s*年?")
_PERIOD_IN = re.compile(r"十[一二三四五六七八九]五")
_ATTRIBUTES = ("预期性", "约束性")
_CLAUSE_BREAK = re.compile(pauses("，;；:：、。!！?？\n"))
_WIDE_CLAUSE_BREAK = re.compile(pauses("，;；:：。!！?？\n"))
_GENERIC_LABELS = {"", "占比", "比例", "比率", "合计", "共计", "其中", "标准", "分别"}
_LABEL_HEAD = re.compile(r"^(?:\d{1,2}[.、．])?(?:(?:19|20)\d\d年)?")  # `7.2024年特殊教育学校…`
_LABEL_TAIL = re.compile(r"(?:为|达到|达|是|约|共|共有|有|占|增长了|增长|提高到|提高至|提升至|分别为)+$")
_RECORD_FIRST = ("序号",)
MAX_LABEL_CHARS = 40


@dataclass
class FigureRecord:
    figure_id: str  # f"{doc_id}#f{n}"
    region: str
    doc_id: str
    indicator: str | None  # key in figures.indicators, or None
    label: str  # as published: row label (+ group/column) or the clause before the number
    value: float  # in the base unit (万/亿 applied)
    unit: str  # normalised base unit
    unit_as_written: str
    text: str  # the number as written (cell text or quantity text)
    qualifier: str = ""  # "", ">", ">=", "<", "<=", "approx"
    year: int | None = None
    period: str = ""  # 十三五, 十四五
    stage: str = ""  # 小学, 初中, 义务教育, 高中阶段 …
    attribute: str = ""  # 预期性 / 约束性 (plan indicator tables)
    decimals: int = 0
    source: dict[str, Any] = field(default_factory=dict)
    # source: kind "cell" | "passage", table_id, row_index, column, start, end (of the number or
    # cell in Document.text), text (the cell, or the sentence), passage_start/passage_end, section

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> FigureRecord:
        return cls(**d)


def extract_figures(doc: Document) -> list[FigureRecord]:
    """All figures of the document: table cells first (in table order), then prose."""
    records = []
    for table in doc.tables:
        records += _table_figures(doc, table)
    records += _prose_figures(doc)
    for n, record in enumerate(records, start=1):
        record.figure_id = f"{doc.doc_id}#f{n}"
    return records


# --- tables -----------------------------------------------------------------------------------

def attribute_cell(row: Row) -> Cell | None:
    """The cell of a plan indicator table's row stating the indicator's 属性 (预期性 / 约束性), if it has one."""
    return next((c for c in row.cells if normalize(c.text) in _ATTRIBUTES), None)


def _table_figures(doc: Document, table: Table) -> list[FigureRecord]:
    record_table = match_form(table.columns[0]) in _RECORD_FIRST
    period = _period(table.caption) or _period(table.section)
    out = []
    for row in table.rows:
        label = row_label(table, row)
        attribute = normalize(stated.text) if (stated := attribute_cell(row)) else ""
        row_year = _row_year(table, row) if record_table else None
        for cell in row.cells:
            if cell.column in key_columns(table) or _is_year_column(cell.column, record_table):
                continue
            q = parse_number(cell.text + cell.unit) if cell.unit else parse_number(cell.text)
            if q is None or not q.is_measure:
                continue
            year, cell_period, column_label = _column_meaning(cell.column, period)
            unit = q.unit
            if unit == "%" and cell_period and year is None:
                unit = "百分点"  # a change of a rate over the period
            indicator = (match_indicator(label, unit) or match_indicator(cell.column, None)
                         or match_indicator(table.caption, unit))
            full_label = " ".join(p for p in (row.group, label, column_label) if p)
            out.append(FigureRecord(
                figure_id="", region=_region(doc, table.start), doc_id=doc.doc_id,
                indicator=indicator.key if indicator else None, label=full_label,
                value=q.value, unit=unit, unit_as_written=q.unit_as_written if unit != "百分点" else "百分点",
                text=cell.text, qualifier=q.qualifier, year=year if year is not None else row_year,
                period=cell_period, stage=match_stage(label) or match_stage(row.group), attribute=attribute,
                decimals=q.decimals,
                source={"kind": "cell", "table_id": table.table_id, "row_index": row.index,
                        "column": cell.column, "start": cell.start, "end": cell.end, "text": cell.text,
                        "section": table.section, "caption": table.caption}))
    return out


def _is_year_column(column: str, record_table: bool) -> bool:
    return record_table and "年份" in normalize(column)


def _row_year(table: Table, row: Row) -> int | None:
    """A record table's `重点项目(年份)` cell: the year the row's figures belong to."""
    for cell in row.cells:
        if "年份" in normalize(cell.column) and cell.text.strip().isdigit():
            return int(cell.text.strip())
    return None


def _column_meaning(column: str, table_period: str) -> tuple[int | None, str, str]:
    """(year, period, label part): `2025` → year; `“十三五”变化情况` → the period's change."""
    stripped = column.strip()
    if _YEAR_HEADER.fullmatch(stripped):
        return int(stripped[:4]), table_period, ""
    year, _, part = stripped.partition(" ")
    if part and _YEAR_HEADER.fullmatch(year):  # a year over sub-columns, headers joined: `2025年 数量`
        return int(year[:4]), table_period, part
    period = _period(column)
    return None, period, stripped


def _period(text: str) -> str:
    m = _PERIOD_IN.search(normalize(text))
    return m.group(0) if m else ""


# --- prose ------------------------------------------------------------------------------------

def _prose_figures(doc: Document) -> list[FigureRecord]:
    text = doc.text
    table_spans = [(t.start, t.end) for t in doc.tables]
    out = []
    for s, e in split_sentences(text, 0, len(text)):
        if any(ts <= s < te for ts, te in table_spans):
            continue
        sentence = text[s:e]
        quantities = find_quantities(sentence)
        years = [q for q in quantities if q.unit in ("年份", "日期") and not q.is_range]
        period = _plan_period(sentence)
        for q in quantities:
            if not q.is_measure:
                continue
            label = _clause_label(sentence, q.start, _CLAUSE_BREAK)
            context = sentence[:q.start]
            # `殘疾兒童、少年義務教育入學率`: the wider clause names it; `占比44.75%`: the sentence does
            indicator = (match_indicator(label, q.unit)
                         or match_indicator(_clause_label(sentence, q.start, _WIDE_CLAUSE_BREAK), q.unit)
                         or (match_indicator(context, q.unit) if match_form(label) in _GENERIC_LABELS else None))
            if not q.unit and indicator is None:
                continue  # a bare number nobody can name (`11县区`, `2.0`)
            year = _nearest_year(years, q)
            start, end = s + q.start, s + q.end
            out.append(FigureRecord(
                figure_id="", region=_region(doc, start), doc_id=doc.doc_id,
                indicator=indicator.key if indicator else None, label=label, value=q.value, unit=q.unit,
                unit_as_written=q.unit_as_written, text=q.text, qualifier=q.qualifier, year=year,
                period=period, stage=match_stage(label) or match_stage(context), decimals=q.decimals,
                source={"kind": "passage", "table_id": None, "row_index": None, "column": None,
                        "start": start, "end": end, "text": sentence, "passage_start": s, "passage_end": e,
                        "section": section_path_at(doc.sections, start)}))
    return out


def _plan_period(sentence: str) -> str:
    """The five-year plan a sentence names, as written without quotes (`十四五`), or ''."""
    m = PLAN.search(normalize(sentence))
    return f"{plan_ordinal(m)}五" if m else ""


def _clause_label(sentence: str, at: int, clause_break: re.Pattern) -> str:
    """The clause before the number: `公辦在園幼兒19943人,公辦率54.79%` → 公辦率."""
    breaks = [m.end() for m in clause_break.finditer(sentence, 0, at)]
    clause = sentence[breaks[-1] if breaks else 0:at].strip()
    clause = _LABEL_TAIL.sub("", _LABEL_HEAD.sub("", clause)).strip()
    return clause[-MAX_LABEL_CHARS:]


def _nearest_year(years: list[Quantity], q: Quantity) -> int | None:
    before = [y for y in years if y.end <= q.start]
    if before:
        return int(before[-1].value)
    after = [y for y in years if y.start >= q.end]
    return int(after[0].value) if after else None


def _region(doc: Document, offset: int) -> str:
    """The document's region; for a multi-region document (a meeting of a city and one of its counties), the
    one whose speaker section holds the offset."""
    regions = doc.meta.region
    if len(regions) <= 1:
        return regions[0] if regions else ""
    path = section_path_at(doc.sections, offset)
    return next((r for r in regions if path.startswith(r) or normalize(path).startswith(normalize(r))),
                ";".join(regions))
