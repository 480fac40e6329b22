"""HTTP routes over the figures library: lookup, plan indicator tables, arithmetic over figures,
差异系数 report.

Thin routes over figures/*: each validates with a pydantic model, calls one function and
maps its error (ComputeError, CsvError) to a 4xx with a message that names what was wrong.
Figure records are `FigureRecord`s from the index's stored form on; the CSV upload's size is
bounded by the security layer (POLICYQA_MAX_UPLOAD), not here.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Literal

from fastapi import APIRouter, Depends, File, HTTPException, Query, Response, UploadFile
from pydantic import BaseModel, Field

from figures.compute import Computation, ComputeError, Operand, change, evaluate
from figures.cv import CsvError, IndicatorStats, compliance_report, report_csv
from figures.extract import FigureRecord
from figures.indicators import BY_KEY, match_indicator
from figures.standards import check_figure
from ingest.index import Index
from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.tables import row_label
from server.deps import get_index

router = APIRouter(tags=["figures"])
MAX_FIGURES = 500


class FigureSource(BaseModel):
    kind: Literal["cell", "passage"]
    table_id: str | None = None
    row_index: int | None = None
    column: str | None = None
    start: int
    end: int
    text: str
    section: str = ""
    caption: str | None = None
    passage_start: int | None = None
    passage_end: int | None = None


class ComplianceOut(BaseModel):
    verdict: Literal["pass", "fail"]
    rule: str
    threshold: float
    comparator: str
    source: str
    verified: bool
    summary: str


class FigureOut(BaseModel):
    figure_id: str
    region: str
    doc_id: str
    indicator: str | None
    indicator_name: str | None = None
    label: str
    value: float
    unit: str
    unit_as_written: str
    text: str
    qualifier: str = ""
    year: int | None = None
    period: str = ""
    stage: str = ""
    attribute: str = ""
    source: FigureSource
    compliance: ComplianceOut | None = None


class FiguresResponse(BaseModel):
    count: int
    figures: list[FigureOut]


class ComputeRequest(BaseModel):
    expression: str = Field(min_length=1, max_length=500,
                            examples=["plan-2021#f42 − plan-2021#f41",
                                      "1827人 ÷ 2361人 × 100"])
    label: str = Field(default="", max_length=200)


class ComputeInput(BaseModel):
    label: str
    value: float | None
    unit: str
    figure_id: str | None = None
    text: str = ""
    qualifier: str = ""
    year: int | None = None
    source: dict[str, Any] | None = None


class ComputationOut(BaseModel):
    label: str
    value: float
    unit: str
    formula: str
    inputs: list[ComputeInput]
    related: list[ComputationOut] = []
    flag: str = ""
    note: str = ""


class StageOut(BaseModel):
    stage: str
    schools: int
    students: int
    indicators: list[IndicatorStats]  # the dataclass itself: one definition for code and API
    composite_cv: float
    cv_limit: float
    basic_composite_limit: float
    passed: bool
    failing_indicators: list[str]


class SchoolOut(BaseModel):
    row: int
    name: str
    stage: str
    students: int
    values: dict[str, float]
    ratios: dict[str, float]
    met: int
    failing: list[str]
    passed: bool
    reason: str


class ComplianceReportOut(BaseModel):
    stages: list[StageOut]
    schools: list[SchoolOut]
    failing_schools: list[str]
    rule: str


class PlanRow(BaseModel):
    row_index: int
    group: str
    label: str  # the row's indicator as published (`在校學生數(萬人) 普通初中`)
    indicator: str | None
    indicator_name: str | None
    unit: str  # as written in the table (萬人, %)
    attribute: str  # 预期性 / 约束性, or ""
    start: int  # the row in the document text
    end: int
    baseline: FigureOut
    target: FigureOut
    change: ComputationOut | None  # target − baseline with formula and inputs; None if not computable
    stated_change: FigureOut | None = None  # the table's own 变化 column, when it has one


class PlanTable(BaseModel):
    table_id: str
    doc_id: str
    doc_title: str
    region: list[str]
    caption: str
    section: str
    start: int
    end: int
    baseline_year: int
    target_year: int
    planned: bool  # the later year is after the document's date: a target, not an outcome
    rows: list[PlanRow]


class PlanTablesResponse(BaseModel):
    count: int
    tables: list[PlanTable]


class CsvErrorDetail(BaseModel):
    message: str  # names the row (file line) and column
    row: int | None
    column: str | None


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class CsvErrorOut(BaseModel):
    """A CSV error names its row and column; a missing or malformed form field gives the field list."""
    detail: CsvErrorDetail | list[FieldError]


@router.get("/api/figures", response_model=FiguresResponse,
            responses={404: {"description": "未知指标或文件 / unknown indicator or document"}})
def list_figures(region: str | None = Query(None, max_length=50),
                 indicator: str | None = Query(None, max_length=100, description="key or a Chinese name"),
                 year: int | None = Query(None, ge=1900, le=2100),
                 doc_id: str | None = Query(None, max_length=200),
                 limit: int = Query(200, ge=1, le=MAX_FIGURES),
                 index: Index = Depends(get_index)) -> FiguresResponse:
    """Stored figures filtered by region, indicator (key or phrase, either script), year, document."""
    key = _indicator_key(indicator) if indicator else None
    region_form = normalize(region, drop_space=True) if region else None
    found = []
    for record in figure_records(index):
        if key and record.indicator != key:
            continue
        if region_form and region_form not in normalize(record.region, drop_space=True):
            continue
        if year is not None and record.year != year:
            continue
        if doc_id and record.doc_id != doc_id:
            continue
        found.append(_figure_out(record))
    return FiguresResponse(count=len(found), figures=found[:limit])


@router.get("/api/figures/plan-tables", response_model=PlanTablesResponse)
def plan_tables(region: str | None = Query(None, max_length=50),
                doc_id: str | None = Query(None, max_length=200),
                index: Index = Depends(get_index)) -> PlanTablesResponse:
    """Plan indicator tables (a baseline and a target year column), row by row: both values with
    their cells, the change computed with its formula, the table's own change column and 属性."""
    region_form = normalize(region, drop_space=True) if region else None
    found = [t for t in _plan_tables(index)
             if (not doc_id or t.doc_id == doc_id)
             and (not region_form or any(region_form in normalize(r, drop_space=True) for r in t.region))]
    return PlanTablesResponse(count=len(found), tables=found)


@router.post("/api/compute", response_model=ComputationOut,
             responses={404: {"description": "未知数据编号 / unknown figure id"}})
def compute(request: ComputeRequest, index: Index = Depends(get_index)) -> ComputationOut:
    """An expression over figure ids and values (+ − × ÷, parentheses) → value, formula, inputs."""
    by_id = {r.figure_id: r for r in figure_records(index)}

    def resolve(figure_id: str) -> Operand:
        record = by_id.get(figure_id.strip())
        if record is None:
            raise HTTPException(404, f"unknown figure id {figure_id!r}")
        return Operand.from_figure(record)

    try:
        result = evaluate(request.expression, resolve, label=request.label)
    except ComputeError as err:
        raise HTTPException(400, str(err)) from None
    return _computation_out(result)


@router.post("/api/compliance/schools", response_model=ComplianceReportOut,
             responses={422: {"model": CsvErrorOut}, 200: {"content": {"text/csv": {}}}})
async def compliance_schools(file: UploadFile = File(..., description="CSV: name, stage, students, 7 indicators"),
                             format: Literal["json", "csv"] = Query("json")) -> Any:
    """School-level CSV → per-indicator 差异系数, 综合, per-school 6-of-7 / 85% checks. Its size is
    bounded while it streams in (POLICYQA_MAX_UPLOAD, 413 beyond)."""
    data = await file.read()
    try:
        rep = compliance_report(data)
    except CsvError as err:
        raise HTTPException(422, {"message": str(err), "row": err.row, "column": err.column}) from None
    if format == "csv":
        return Response(report_csv(rep).encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="compliance-report.csv"'})
    return ComplianceReportOut.model_validate(rep.to_json())


def _indicator_key(text: str) -> str:
    if text in BY_KEY:
        return text
    found = match_indicator(text)
    if found is None:
        raise HTTPException(404, f"unknown indicator {text!r}")
    return found.key


def figure_records(index: Index) -> list[FigureRecord]:
    """The index's stored figures as records (the index keeps their JSON form: ingest sits below figures)."""
    return [FigureRecord.from_json(d) for d in index.figures]


def _figure_out(record: FigureRecord) -> FigureOut:
    ind = BY_KEY.get(record.indicator or "")
    result = check_figure(record)
    compliance = None
    if result is not None:
        d = result.to_json()
        compliance = ComplianceOut(**{k: d[k] for k in ComplianceOut.model_fields})
    stored = record.to_json()
    fields = {k: stored[k] for k in FigureOut.model_fields if k in stored}
    return FigureOut(**fields, indicator_name=ind.name if ind else None, compliance=compliance)


def _plan_tables(index: Index) -> list[PlanTable]:
    by_table: dict[str, list[FigureRecord]] = defaultdict(list)
    for record in figure_records(index):
        if record.source.get("kind") == "cell":
            by_table[record.source["table_id"]].append(record)
    tables = []
    for table_id, records in by_table.items():
        # a plan table has exactly two year columns: 2020 (baseline) and 2025 (target)
        years = sorted({r.year for r in records if r.year is not None and r.source["column"] == str(r.year)})
        doc = index.documents.get(records[0].doc_id)
        table = next((t for t in doc.tables if t.table_id == table_id), None) if doc else None
        if len(years) != 2 or table is None or doc is None:
            continue
        cells: dict[int, dict[str, FigureRecord]] = defaultdict(dict)
        for r in records:
            cells[r.source["row_index"]][r.source["column"]] = r
        rows = [_plan_row(table, row, cells[row.index], years) for row in table.rows
                if {str(years[0]), str(years[1])} <= cells[row.index].keys()]
        tables.append(PlanTable(table_id=table_id, doc_id=doc.doc_id, doc_title=doc.meta.title, region=doc.meta.region,
                                caption=table.caption, section=table.section, start=table.start, end=table.end,
                                baseline_year=years[0], target_year=years[1],
                                planned=years[1] > _year_of(doc.meta.date, default=years[0]), rows=rows))
    return tables


def _year_of(date: str, default: int) -> int:
    return int(date[:4]) if date[:4].isdigit() else default


def _plan_row(table: Table, row: Row, cells: dict[str, FigureRecord], years: list[int]) -> PlanRow:
    base, target = cells[str(years[0])], cells[str(years[1])]
    stated = next((r for column, r in cells.items() if r.year is None and "变化" in normalize(column)), None)
    try:
        computed = _computation_out(change(Operand.from_figure(base), Operand.from_figure(target),
                                           label=f"{row_label(table, row)} {years[0]}→{years[1]} 变化"))
    except ComputeError:
        computed = None
    ind = BY_KEY.get(target.indicator or "")
    return PlanRow(row_index=row.index, group=row.group, label=row_label(table, row), indicator=target.indicator,
                   indicator_name=ind.name if ind else None, unit=target.unit_as_written,
                   attribute=target.attribute, start=row.start, end=row.end, baseline=_figure_out(base),
                   target=_figure_out(target), change=computed,
                   stated_change=_figure_out(stated) if stated else None)


def _computation_out(c: Computation) -> ComputationOut:
    return ComputationOut.model_validate(c.to_json())
