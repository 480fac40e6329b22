"""Which of a table's indicators have reached the target their rows set (`哪几项已完成全年目标`, `哪些项目完成了
年度目标`): progress reports list each indicator with its values at dates and its target (`项目 | 2025年底 | 2026年6月 |
2026年底目标`). Each row's value at the date asked (the column the question names, else the one value-reached column)
is judged against its target cell, in the direction rowtarget.target_bound reads (the cell's bound, else from the row's
earlier value); the rows that reached it are listed, each cited, or none said to have, every row judged cited."""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, compare
from figures.numbers import amount_text
from figures.standards import BOUNDS
from figures.tablequery import is_total
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.rowtarget import target_bound
from server.answer.text import computed_figure, region_of
from server.calc import ACHIEVED_COLUMN, cell_operand
from server.retrieve import Hit

# which of several reached a target asked (哪项指标…已经达到…目标, 哪些…完成了…目标); not those that did not (没有
# 达到), nor those beyond it (超额完成) or below it (完成值低于目标值), which the table filters answer
_WHICH_REACHED = re.compile(r"哪(?:些|几)?[项个类条]?[^，,。？?没未不超低高]{0,20}?(?<![没未不超额])"
                            r"(?:达到|完成|实现)(?![值率])[^，,。？?低高超]{0,8}目标")
_TARGET_COLUMN = re.compile(r"目标|规划值|预期值")


def _columns(table: Table, norm: str) -> tuple[str, str, str] | None:
    """(the earliest value's column, the value at the date asked, the target's), each one column, or None. The
    date asked is the column the question names, else the one value-reached column, else the latest value's:
    the columns of values run in time order up to the target."""
    worded = {c.column for r in table.rows for c in r.cells if cell_operand(c) is None}  # notes, progress words
    values = [c for c in table.columns if c not in key_columns(table) and c not in worded]
    targets = [c for c in values if _TARGET_COLUMN.search(normalize(c))]
    others = [c for c in values if c not in targets]
    named = [c for c in others if normalize(c, drop_space=True) in norm]
    reached = named or [c for c in others if ACHIEVED_COLUMN.search(normalize(c))] or others[-1:]
    if len(targets) != 1 or len(reached) != 1 or reached[0] == others[0]:
        return None
    return others[0], reached[0], targets[0]


def _judged(table: Table, row: Row, columns: tuple[str, str, str]) -> tuple[Operand, Operand, bool] | None:
    """A row's value at the date asked, its target, and whether the value reached it; None when either is no
    number, their units differ or the target's direction is not told."""
    cells: dict[str, Cell] = {c.column: c for c in row.cells}
    base, done, goal = (cells.get(c) for c in columns)
    if done is None or goal is None:
        return None
    label = normalize(row_label(table, row))
    actual, target = cell_operand(done, table, row, label), cell_operand(goal, table, row, label)
    bound = target_bound(goal, base, table, row, label)
    if actual is None or target is None or actual.unit != target.unit or bound not in BOUNDS:
        return None
    return actual, target, BOUNDS[bound](actual.value, target.value)


class RowsReachedTarget:
    """Handler: see the module doc. None unless a leading passage is a row of a table with one target column and
    one column of the value asked, every data row judged."""

    def try_answer(self, ask: Ask) -> Draft | None:
        if not _WHICH_REACHED.search(ask.query.norm):
            return None
        for _, table in ask.row_tables():
            columns = _columns(table, normalize(ask.query.norm, drop_space=True))
            if columns is None:
                continue
            rows = [r for r in table.rows if not is_total(row_label(table, r))]
            judged = [(r, j) for r in rows if (j := _judged(table, r, columns)) is not None]
            if len(rows) < 2 or len(judged) != len(rows):
                continue
            return _listed(ask, table, columns, judged)
        return None


def _listed(ask: Ask, table: Table, columns: tuple[str, str, str],
            judged: list[tuple[Row, tuple[Operand, Operand, bool]]]) -> Draft | None:
    """The rows that reached their targets (or, none having, every row), each with its two cells cited."""
    doc = ask.reader.documents[table.doc_id]
    chunks = {c.row_index: c for c in ask.reader.chunks_of[doc.doc_id] if c.table_id == table.table_id}
    if any(row.index not in chunks for row, _ in judged):
        return None
    reached = [(row, j) for row, j in judged if j[2]]
    lines, figures = [], []
    _, done, goal = columns
    for row, (actual, target, _) in reached or judged:
        try:
            result = compare(actual, target, label=f"{actual.label} 与 {target.label} 比较")
        except ComputeError:
            return None
        n = ask.book.cite(Hit(-1, chunks[row.index], 0.0), row.start, row.end)
        lines.append(f"{normalize(row_label(table, row))}：{normalize(done)}{amount_text(actual.value, actual.unit)}，"
                     f"{normalize(goal)}{amount_text(target.value, target.unit)}[{n}]")
        figures.append(computed_figure(result, n))
    where = f"《{normalize(table.caption)}》" if table.caption else "文件表格"
    head = f"已达到目标的共{len(reached)}项" if reached else "没有一项已达到目标，各项为"
    return Draft(f"{head}：{'；'.join(lines)}。依据{region_of(doc)}{where}", False, ask.book.citations, figures)
