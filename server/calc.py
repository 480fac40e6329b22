"""Computed figures for answers: changes, growth and compliance checks, all by figures/*.

The answer composer finds the evidence (a table row or a sentence); this module turns the
numbers in it into figures.compute / figures.standards results, so every computed number
in an answer carries its formula and inputs. Nothing is computed when the evidence does not
hold the operands the question needs.
"""
from __future__ import annotations

import re

from figures.compute import Computation, ComputeError, Operand, change, compare, growth
from figures.indicators import match_indicator, match_stage
from figures.numbers import Quantity, find_quantities
from figures.standards import StandardError, check
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import row_label
from server.query import Query

_GROWTH = re.compile(r"百分之(?:多少|几)|增长率|增幅|增长了?百分|增长了?多少%|增长几成|提高了?百分之")
_CHANGE = re.compile(r"增加|增长|提高|减少|下降|变化|多了|少了|增至|提升")
_COMPLIANCE = re.compile(r"是否|达标|达到.{0,12}(?:标准|要求|目标)|符合|不低于")
_FROM_TO = re.compile(r"(?:从|由)\s*(?P<old>[^，,；;。从由]{1,12}?)\s*(?:提升|提高|增加|增长|上升|下降|减少|降低)?"
                      r"(?:至|到)\s*(?P<new>[^，,；;。]{1,12})")
_THRESHOLD = re.compile(r"(?:是否|有没有|能否)?(?:达到|超过|高于|不低于|低于)\s*(\d+(?:\.\d+)?\s*(?:%|万人|人|元|所|个)?)")


def wants_change(query: Query) -> bool:
    return "compute" in query.intents and bool(_CHANGE.search(query.norm) or _GROWTH.search(query.norm))


def wants_compliance(query: Query) -> bool:
    return bool(_COMPLIANCE.search(query.norm))


def table_change(query: Query, table: Table, row: Row) -> Computation | None:
    """new − old (or growth in %) between two year columns of an indicator row."""
    years = [c for c in row.cells if c.column[:4].isdigit() and _operand(c) is not None]
    if len(years) < 2:
        return None
    asked = [c for c in years if any(c.column.startswith(y) for y in query.years)]
    old, new = (asked[0], asked[-1]) if len(asked) >= 2 else (years[0], years[-1])
    label = normalize(row_label(table, row))
    a, b = _operand(old, table, row, label), _operand(new, table, row, label)
    try:
        return growth(a, b, label=f"{label} {old.column}→{new.column} 增长率") if _GROWTH.search(query.norm) \
            else change(a, b, label=f"{label} {old.column}→{new.column} 变化")
    except ComputeError:
        return None


def prose_changes(query: Query, sentence: str, offset: int) -> list[Computation]:
    """`合格率从85%提升至91%` → 91% − 85% = 6 百分点 (or the growth in %), one per pair in the sentence."""
    results = []
    for m in _FROM_TO.finditer(sentence):
        old = _first_quantity(sentence, m.start("old"), m.end("old"))
        new = _first_quantity(sentence, m.start("new"), m.end("new"))
        if old is None or new is None or old.unit != new.unit:
            continue
        label = _subject(sentence, m.start())
        a = _prose_operand(old, label, offset)
        b = _prose_operand(new, label, offset)
        try:
            results.append(growth(a, b, label=f"{label} 增长率") if _GROWTH.search(query.norm)
                           else change(a, b, label=f"{label} 变化"))
        except ComputeError:
            continue
    return results


def compliance(query: Query, value: float, unit: str, context: str) -> Computation | None:
    """Pass/fail of a stated value: against the threshold the question names (`是否达到80%`), else
    against the national 优质均衡 standard of the indicator (figures.standards)."""
    asked = _THRESHOLD.search(query.norm)
    actual = Operand(label=normalize(context)[:30] or "文件数值", value=value, unit=unit,
                     decimals=_decimals(value))
    if asked:
        threshold = find_quantities(asked.group(1))
        if threshold and (threshold[0].unit or unit) == unit:
            target = Operand(label=f"问题中的标准 {asked.group(1)}", value=threshold[0].value, unit=unit,
                             decimals=threshold[0].decimals)
            result = compare(actual, target, label="与问题中的标准比较")
            result.flag = "pass" if value >= threshold[0].value else "fail"
            return result
    indicator = match_indicator(normalize(context, drop_space=True), unit) or \
        match_indicator(normalize(query.norm, drop_space=True), unit)
    if indicator is None:
        return None
    try:
        outcome = check(indicator.key, value, match_stage(query.norm) or match_stage(context) or None,
                        operand=actual)
    except StandardError:
        return None
    gap = outcome.gap
    gap.flag = outcome.verdict
    gap.note = outcome.summary()
    return gap


def verdict_text(result: Computation) -> str:
    return "达标" if result.flag == "pass" else "未达标"


def _operand(cell: Cell, table: Table | None = None, row: Row | None = None, label: str = "") -> Operand | None:
    try:
        operand = Operand.literal(cell.text + normalize(cell.unit), label=f"{label} {cell.column}".strip())
    except ComputeError:
        return None
    if table is not None and row is not None:
        operand.source = {"kind": "cell", "table_id": table.table_id, "row_index": row.index,
                          "column": cell.column, "start": cell.start, "end": cell.end, "text": cell.text}
    return operand


def _first_quantity(text: str, start: int, end: int) -> Quantity | None:
    """The first amount inside text[start:end], its span moved to be relative to `text`."""
    found = [q for q in find_quantities(text[start:end]) if q.is_measure]
    if not found:
        return None
    q = found[0]
    q.start, q.end = q.start + start, q.end + start
    return q


def _prose_operand(q: Quantity, label: str, offset: int) -> Operand:
    start, end = offset + q.start, offset + q.end
    operand = Operand.literal(q.text, label=f"{label} {q.text}".strip())
    operand.source = {"kind": "passage", "start": start, "end": end, "text": q.text}
    return operand


def _subject(sentence: str, before: int) -> str:
    """The words before `从…至…` back to the previous comma: 体质健康合格率."""
    head = re.split(r"[，,；;。、]", sentence[:before])[-1]
    return normalize(head).strip()[-16:]


def _decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0
