"""校际差异系数 and per-school 资源配置 checks from school-level data (a CSV, one row per school).

For one indicator over a stage's n schools (X_i the school's value, P_i its students, P = ΣP_i):
    X̄ = Σ P_i·X_i / P,   S = sqrt(Σ (P_i/P)·(X_i − X̄)²)  (population SD, no n−1),   CV = S / X̄
综合差异系数 = mean of the 7 per-indicator CVs. 优质均衡: each CV ≤ 0.50 (小学) / 0.45 (初中); a
school passes when ≥ 6 of 7 indicators meet the threshold and the other is ≥ 85% of it.

CSV columns (header names in English or Chinese, any order):
  name / 学校, stage / 学段 (小学 or 初中; split 九年一贯制 and 完全中学 into one row per stage),
  students / 学生数, and the 7 indicators by key or Chinese name:
  teachers_qualified, teachers_backbone, teachers_arts_pe, building_area, sports_area,
  equipment_value, multimedia_rooms (per 100 students for teachers_* and multimedia_rooms,
  per student otherwise). Instead of a ratio, a school may give the raw total in
  `<key>_total` (e.g. `building_area_total` in 平方米, `teachers_qualified_total` teachers):
  it is divided by the students (× 100 for the per-100 indicators).
Bad input raises `CsvError` naming the row (file line) and the column.
"""
from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from figures.indicators import match_form
from figures.standards import (
    CV_LIMIT,
    CV_LIMIT_BASIC,
    RESOURCE_NAMES,
    RESOURCE_THRESHOLDS,
    SCHOOL_PASS_MIN_MET,
    SCHOOL_PASS_REST_SHARE,
)

KEYS = tuple(RESOURCE_THRESHOLDS)
PER_HUNDRED = {"teachers_qualified", "teachers_backbone", "teachers_arts_pe", "multimedia_rooms"}
MAX_ROWS = 10_000

_NAME_HEADERS = ("name", "school", "学校", "学校名称", "校名")
_STAGE_HEADERS = ("stage", "学段")
_STUDENT_HEADERS = ("students", "学生数", "在校生数", "在校学生数")
_NOTE_HEADERS = ("note", "备注")
_STAGES = {"小学": "小学", "普通小学": "小学", "primary": "小学", "初中": "初中", "普通初中": "初中",
           "中学": "初中", "junior": "初中"}
_ALIASES = {  # short names county self-evaluation tables use for the standard indicators
    "teachers_qualified": ("高于规定学历教师数",),
    "teachers_backbone": ("县级以上骨干教师数", "骨干教师数"),
    "teachers_arts_pe": ("每百名学生拥有艺体专任教师数", "体育艺术专任教师数", "艺体专任教师数"),
    "building_area": ("生均教学及辅助用房面积", "生均教学及辅助用房"),
    "sports_area": ("生均体育运动场馆面积", "生均体育运动场馆"),
    "equipment_value": ("生均教学仪器设备值",),
    "multimedia_rooms": ("网络多媒体教室数",),
}


class CsvError(ValueError):
    def __init__(self, row: int | None, column: str | None, reason: str):
        self.row, self.column, self.reason = row, column, reason
        where = ", ".join(p for p in (f"row {row}" if row else "", f"column {column!r}" if column else "") if p)
        super().__init__(f"{where}: {reason}" if where else reason)


@dataclass
class School:
    row: int  # line in the file (the header is line 1)
    name: str
    stage: str
    students: int
    values: dict[str, float]


@dataclass
class IndicatorStats:
    key: str
    name: str
    mean: float
    sd: float
    cv: float
    limit: float
    passed: bool
    unweighted_cv: float  # for comparison only; the standard uses the weighted one


@dataclass
class StageReport:
    stage: str
    schools: int
    students: int
    indicators: list[IndicatorStats]
    composite_cv: float
    cv_limit: float
    basic_composite_limit: float
    passed: bool  # every indicator CV within the limit
    failing_indicators: list[str]


@dataclass
class SchoolCheck:
    row: int
    name: str
    stage: str
    students: int
    values: dict[str, float]
    ratios: dict[str, float]  # value ÷ threshold
    met: int
    failing: list[str]  # indicators below the threshold
    passed: bool
    reason: str


@dataclass
class Report:
    stages: list[StageReport]
    schools: list[SchoolCheck]
    failing_schools: list[str] = field(default_factory=list)
    rule: str = ("每项资源配置指标校际差异系数 小学 ≤ 0.50、初中 ≤ 0.45；每所学校至少6项达标、余项不低于85%"
                 "（教督〔2017〕6号，据公开页面转述；措辞未核实）")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- the statistics ---------------------------------------------------------------------------

def weighted_stats(values: Sequence[float], students: Sequence[float]) -> tuple[float, float, float]:
    """(X̄, S, CV) student-weighted; S is the population SD with weights P_i/P."""
    if not values or len(values) != len(students):
        raise ValueError("need one student count per value")
    if any(p <= 0 for p in students):
        raise ValueError("student counts must be positive")
    total = sum(students)
    mean = sum(p * x for p, x in zip(students, values)) / total
    sd = math.sqrt(sum(p / total * (x - mean) ** 2 for p, x in zip(students, values)))
    return mean, sd, coefficient(sd, mean)


def coefficient(sd: float, mean: float) -> float:
    """CV = S ÷ X̄ (鸠江 2023 小学: 1.643162 ÷ 5.515273 = 0.297929)."""
    if mean == 0:
        raise ValueError("the mean is zero: the difference coefficient is undefined")
    return sd / mean


def unweighted_cv(values: list[float]) -> float:
    mean = sum(values) / len(values)
    return coefficient(math.sqrt(sum((x - mean) ** 2 for x in values) / len(values)), mean)


def check_school(stage: str, values: dict[str, float]) -> tuple[int, list[str], dict[str, float], bool, str]:
    """(met, failing, ratios, passed, reason) for one school's 7 values."""
    ratios = {k: values[k] / RESOURCE_THRESHOLDS[k][stage] for k in KEYS}
    failing = [k for k in KEYS if ratios[k] < 1]
    met = len(KEYS) - len(failing)
    if not failing:
        return met, failing, ratios, True, "7项均达标"
    if met >= SCHOOL_PASS_MIN_MET and all(ratios[k] >= SCHOOL_PASS_REST_SHARE for k in failing):
        return (met, failing, ratios, True,
                f"6项达标，{RESOURCE_NAMES[failing[0]]}达到标准的{ratios[failing[0]]:.0%}（≥85%）")
    if met >= SCHOOL_PASS_MIN_MET:
        return met, failing, ratios, False, f"{RESOURCE_NAMES[failing[0]]}仅为标准的{ratios[failing[0]]:.0%}（<85%）"
    return met, failing, ratios, False, f"仅{met}项达标（需至少6项）"


def report(schools: list[School]) -> Report:
    """Per stage: the 7 weighted CVs and the 综合; per school: the 6-of-7 and 85% check."""
    stages = []
    for stage in ("小学", "初中"):
        group = [s for s in schools if s.stage == stage]
        if not group:
            continue
        students = [s.students for s in group]
        stats = []
        for k in KEYS:
            values = [s.values[k] for s in group]
            if sum(p * x for p, x in zip(students, values)) == 0:
                raise CsvError(None, k, f"every {stage} school has 0: the difference coefficient is undefined")
            mean, sd, cv = weighted_stats(values, students)
            stats.append(IndicatorStats(k, RESOURCE_NAMES[k], mean, sd, cv, CV_LIMIT[stage], cv <= CV_LIMIT[stage],
                                        unweighted_cv(values)))
        composite = sum(i.cv for i in stats) / len(stats)
        failing = [i.key for i in stats if not i.passed]
        stages.append(StageReport(stage, len(group), sum(students), stats, composite, CV_LIMIT[stage],
                                  CV_LIMIT_BASIC[stage], not failing, failing))
    checks = []
    for s in schools:
        met, failing, ratios, passed, reason = check_school(s.stage, s.values)
        checks.append(SchoolCheck(s.row, s.name, s.stage, s.students, s.values, ratios, met, failing, passed, reason))
    return Report(stages, checks, [c.name for c in checks if not c.passed])


# --- the CSV ----------------------------------------------------------------------------------

def read_schools(data: bytes | str) -> list[School]:
    """Schools from CSV bytes (UTF-8 with or without BOM, or GB18030) or text."""
    text = _decode(data) if isinstance(data, bytes) else data
    rows = list(csv.reader(io.StringIO(text)))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise CsvError(None, None, "the file is empty")
    if len(rows) - 1 > MAX_ROWS:
        raise CsvError(None, None, f"more than {MAX_ROWS} schools")
    header = [h.strip() for h in rows[0]]
    columns = _columns(header)
    schools = []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) > len(header):
            raise CsvError(line, None, f"{len(row)} cells but the header has {len(header)}")
        cells = {header[i]: (row[i].strip() if i < len(row) else "") for i in range(len(header))}
        schools.append(_school(line, cells, columns))
    if not schools:
        raise CsvError(None, None, "no schools after the header")
    return schools


def compliance_report(data: bytes | str) -> Report:
    return report(read_schools(data))


def report_csv(rep: Report) -> str:
    """The report as a table: one row per stage indicator, then one per school."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["学段", "指标", "均值", "标准差", "差异系数", "限值", "结论"])
    for st in rep.stages:
        for i in st.indicators:
            w.writerow([st.stage, i.name, f"{i.mean:.6f}", f"{i.sd:.6f}", f"{i.cv:.6f}", i.limit,
                        "达标" if i.passed else "未达标"])
        w.writerow([st.stage, "综合差异系数", "", "", f"{st.composite_cv:.6f}", "", ""])
    w.writerow([])
    w.writerow(["行", "学校", "学段", "学生数", *(RESOURCE_NAMES[k] for k in KEYS),
                "达标项数", "未达标指标", "结论", "说明"])
    for c in rep.schools:
        w.writerow([c.row, c.name, c.stage, c.students, *(f"{c.values[k]:g}" for k in KEYS), c.met,
                    "、".join(RESOURCE_NAMES[k] for k in c.failing), "达标" if c.passed else "未达标", c.reason])
    return out.getvalue()


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CsvError(None, None, "the file is neither UTF-8 nor GB18030 text")


def _header_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for k in KEYS:
        for alias in (k, RESOURCE_NAMES[k], *_ALIASES.get(k, ())):
            names[match_form(alias)] = k
        names[match_form(f"{k}_total")] = f"{k}_total"
    for role, headers in (("name", _NAME_HEADERS), ("stage", _STAGE_HEADERS), ("students", _STUDENT_HEADERS),
                          ("note", _NOTE_HEADERS)):
        for h in headers:
            names[match_form(h)] = role
    return names


def _columns(header: list[str]) -> dict[str, str]:
    """role/key → header as written; unknown or duplicate columns are errors."""
    names = _header_names()
    columns: dict[str, str] = {}
    for h in header:
        role = names.get(match_form(h)) or names.get(h.strip().lower())
        if role is None:
            raise CsvError(1, h, "unknown column (expected name, stage, students and the 7 indicators: "
                                 f"{', '.join(KEYS)}, or <key>_total)")
        if role in columns:
            raise CsvError(1, h, f"duplicate column (also {columns[role]!r})")
        columns[role] = h
    for role in ("name", "stage", "students"):
        if role not in columns:
            raise CsvError(1, role, "missing column")
    missing = [k for k in KEYS if k not in columns and f"{k}_total" not in columns]
    if missing:
        raise CsvError(1, missing[0], f"missing indicator column(s): {', '.join(missing)}")
    both = [k for k in KEYS if k in columns and f"{k}_total" in columns]
    if both:
        raise CsvError(1, columns[f"{both[0]}_total"], f"give {both[0]} or {both[0]}_total, not both")
    return columns


def _school(line: int, cells: dict[str, str], columns: dict[str, str]) -> School:
    name = cells[columns["name"]]
    if not name:
        raise CsvError(line, columns["name"], "empty school name")
    stage_text = cells[columns["stage"]]
    stage = _STAGES.get(match_form(stage_text)) or _STAGES.get(stage_text.lower())
    if stage is None:
        raise CsvError(line, columns["stage"], f"unknown stage {stage_text!r} (小学 or 初中; split 九年一贯制 "
                                               "and 完全中学 schools into one row per stage)")
    students_value = _number(line, columns["students"], cells[columns["students"]])
    if students_value <= 0 or not float(students_value).is_integer():
        raise CsvError(line, columns["students"],
                       f"students must be a positive whole number, got {cells[columns['students']]!r}")
    students = int(students_value)
    values = {}
    for k in KEYS:
        if k in columns:
            values[k] = _number(line, columns[k], cells[columns[k]])
        else:
            raw = _number(line, columns[f"{k}_total"], cells[columns[f"{k}_total"]])
            values[k] = raw / students * (100 if k in PER_HUNDRED else 1)
        if values[k] < 0:
            raise CsvError(line, columns.get(k) or columns[f"{k}_total"], "negative value")
    return School(line, name, stage, students, values)


def _number(line: int, column: str, text: str) -> float:
    if not text:
        raise CsvError(line, column, "empty cell")
    try:
        value = float(text.replace(",", "").replace("，", ""))
    except ValueError:
        raise CsvError(line, column, f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise CsvError(line, column, f"not a finite number: {text!r}")
    return value

