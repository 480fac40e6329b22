"""Whether an indicator met the target its own table row sets (`达标没有`, `达到目标了没有`): the row's value
reached judged against the row's target, 达到 / 未达到 said, never the two cells left side by side.

Performance self-evaluations and plans' mid-term reviews set each indicator's target beside the value reached
(`指标 | 年度目标 | 实际完成`, `指标 | 2015年基数 | 2020年目标 | 2018年实际`). The target's direction is the one its
cell states (`≥98%`, `≤5%`); a bare target (`75.0%`) takes it from the row's baseline (基数, 现状): a target above
the baseline is a floor, below it a ceiling. A target whose direction is not told, or a row with two targets or two
values reached for the year asked, is no verdict: the handlers after this one state the cells.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, compare
from figures.numbers import amount_text, find_quantities
from figures.standards import BOUNDS, NOT_SYMBOLS, SYMBOLS
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.casejudged import case_figures, verdict
from server.answer.draft import Claim, Draft, table_name, table_of
from server.answer.statedverdict import ASKS_CONTENT
from server.answer.text import computed_figure, region_of
from server.calc import ACHIEVED_COLUMN, BASE_COLUMN, cell_operand
from server.query import Query
from server.retrieve import Hit
from server.schemas import Figure

CANDIDATE_PASSAGES = 5  # leading passages the indicator's row is looked for in
_TARGET_COLUMN = re.compile(r"目标|规划值|预期值|计划")
# columns of neither value: a rate of completion, a score, a note (`完成率`, `得分`, `状态`)
_OTHER_COLUMN = re.compile(r"率|得分|分值|权重|备注|说明|状态|进度|评价")
_YEAR = re.compile(r"(?:19|20)\d\d")


def target_bound(target: Cell, base: Cell | None, table: Table, row: Row, label: str) -> str:
    """The target's direction: the bound its cell states, else from the baseline (module doc); '' when untold."""
    stated = find_quantities(target.text)
    if len(stated) == 1 and stated[0].qualifier in BOUNDS:
        return stated[0].qualifier
    goal, start = cell_operand(target, table, row, label), cell_operand(base, table, row, label)
    if goal is None or start is None or goal.value == start.value:
        return ""
    return ">=" if goal.value > start.value else "<="


def _reached(cells: list[Cell], years: list[str]) -> Cell | None:
    """The one column of the value reached: of the year asked when a year is asked (a column naming none is of
    no year told), else the latest year's."""
    if years:
        cells = [c for c in cells if any(y in c.column for y in years)]
        return cells[0] if len(cells) == 1 else None
    latest = max((_YEAR.findall(c.column) for c in cells), default=[])
    cells = [c for c in cells if _YEAR.findall(c.column) == latest]
    return cells[0] if len(cells) == 1 else None


def asks_row_verdict(query: Query) -> bool:
    """A single pass/fail question that sets no bar of its own, asks no content and states no case: the bar is
    the one a document sets for the row asked (its own target column, or its report's prose)."""
    return query.asked.compliance and not query.asked.threshold and len(query.asks) <= 1 \
        and not ASKS_CONTENT.search(query.norm) and not case_figures(query.norm)


class RowTargetJudged:
    """Handler: a row's value reached against the target the same row sets (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not asks_row_verdict(query):
            return None
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            doc = reader.documents[hit.chunk.doc_id]
            table = table_of(doc, hit.chunk)
            if table is None or hit.chunk.row_index is None or reader.refusal(query, hit):
                continue
            row = table.rows[hit.chunk.row_index]
            # (headers read as normalised: a table in traditional script names its 年度目標 as 年度目标)
            cells = [(c, normalize(c.column)) for c in row.cells if c.column not in key_columns(table)]
            cells = [(c, h) for c, h in cells if not _OTHER_COLUMN.search(h)]
            targets = [c for c, h in cells if _TARGET_COLUMN.search(h) and not ACHIEVED_COLUMN.search(h)]
            done = [c for c, h in cells if ACHIEVED_COLUMN.search(h) and not _TARGET_COLUMN.search(h)]
            bases = [c for c, h in cells if BASE_COLUMN.search(h)]
            reached = _reached(done, query.years)
            if len(targets) != 1 or reached is None:
                return None  # the row the question is answered from sets no one target and one value reached
            label = normalize(row_label(table, row))
            bound = target_bound(targets[0], bases[0] if len(bases) == 1 else None, table, row, label)
            actual, goal = (cell_operand(c, table, row, label) for c in (reached, targets[0]))
            if not bound or actual is None or goal is None or actual.unit != goal.unit:
                return None
            return _judged(ask, hit, table, row, (reached, actual), (targets[0], goal), bound)
        return None


def _judged(ask: Ask, hit: Hit, table: Table, row: Row, reached: tuple[Cell, Operand],
            target: tuple[Cell, Operand], bound: str) -> Draft | None:
    """The verdict, both cells cited by their row, the comparison shown."""
    (done_cell, actual), (goal_cell, goal) = reached, target
    try:
        judged = compare(actual, goal, label=f"{actual.label} 与 {goal.label} 比较")
    except ComputeError:
        return None
    passed = BOUNDS[bound](actual.value, goal.value)
    judged.flag = "pass" if passed else "fail"
    doc = ask.reader.documents[table.doc_id]
    n = ask.book.cite(hit, row.start, row.end)
    label = normalize(row_label(table, row))
    relation = SYMBOLS[bound] if passed else NOT_SYMBOLS[bound]
    shown, bar = amount_text(actual.value, actual.unit), amount_text(goal.value, goal.unit)
    goal_shown = normalize(goal_cell.text) if any(q.unit for q in find_quantities(goal_cell.text)) else bar
    done_col, goal_col = normalize(done_cell.column), normalize(goal_cell.column)
    answer = (f"{verdict(passed, ask.query.norm)}：{label}{done_col}{shown}，{goal_col}{goal_shown}[{n}]；"
              f"{shown} {relation} {bar}：{judged.formula}。依据{region_of(doc)}《{table_name(doc, table)}》“{label}”："
              f"{done_col}：{done_cell.text}，{goal_col}：{goal_cell.text}[{n}]")
    stated = Figure(label=f"{label}{done_col}", value=actual.value, unit=actual.unit, citation_ids=[n])
    return Draft(answer, False, ask.book.citations, [stated, computed_figure(judged, n)],
                 [Claim(actual.unit, f"{label} {done_col}", hit, (row.start, row.end))])
