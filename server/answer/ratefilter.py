"""Rows of a table meeting a condition on a rate the table leaves to the reader (`哪些班级不合格率高于10%` over
a table of `参考人数 | 优秀 | 合格 | 不合格` counts, no rate column).

Statistics tables break each row's count into categories side by side and give the rate of only some of them.
The rate of another is its category's count ÷ the row's count; the row's count is positively that column only
when the categories next to each other that include the asked one add up to it in every row (the categories
partition it). Each row's rate is computed, the rows meeting the condition listed with their formula, every
row cited. A table that states the rate itself is left to the table filters; one whose counts give no rate
of the category asked (no run of categories adds up to a count, or the category asked is the opposite of the
one the table counts) is refused: its counts compared with a percentage would be a wrong answer.
"""
from __future__ import annotations

import operator
import re

from figures.compute import ComputeError, share
from figures.tablequery import is_total, key
from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Draft, table_of
from server.answer.text import computed_figure, region_of
from server.calc import cell_operand
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose tables are read
_ASKED = re.compile(r"(?:哪些|哪几|哪个|哪所|哪一)[^率]{0,24}?(?P<noun>[\u4e00-\u9fff]{1,8})率(?:都|也|已|仍)?"
                    r"(?P<op>超过了?|高于|大于|多于|不低于|达到|低于|小于|不足|不到|少于)"
                    r"(?P<value>\d+(?:\.\d+)?)\s*[%％]")
_OPS = {"超过": operator.gt, "超过了": operator.gt, "高于": operator.gt, "大于": operator.gt, "多于": operator.gt,
        "不低于": operator.ge, "达到": operator.ge, "低于": operator.lt, "小于": operator.lt, "不足": operator.lt,
        "不到": operator.lt, "少于": operator.lt}
_NEGATION = re.compile(r"[不未非无没]$")
TOLERANCE = 1e-9  # a sum of whole counts equals its total exactly; floats only round


class RateFilter:
    """Handler: the rows whose computed rate meets the asked condition (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        m = _ASKED.search(query.norm)
        if m is None or query.asked.compliance:
            return None
        seen: set[str] = set()
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            doc = reader.documents[hit.chunk.doc_id]
            table = table_of(doc, hit.chunk)
            if table is None or table.table_id in seen:
                continue
            seen.add(table.table_id)
            if any(key(c).endswith(f"{m.group('noun')[-2:]}率") for c in table.columns):
                return None  # the table states the rate: filtered as stated (server/answer/tables.py)
            if not _counts_category(table, m.group("noun")):
                continue
            columns = _rate_columns(table, m.group("noun"))
            if columns is None:
                rate = f"{m.group('noun').rsplit('的', 1)[-1]}率"
                said = f"文件表格中没有{rate}，也无法由表中人数算出（找不到各行的总数），不能按{rate}筛选。"
                return reader.abstain(said, [hit])
            return _draft(ask, hit, table, columns, m.group("op"), float(m.group("value")))
        return None


def _counts_category(table: Table, noun: str) -> bool:
    """Whether a column of counts (not of %) is named by the end of the rate's noun (`合格` of 不合格率)."""
    return any(len(key(c)) >= 2 and noun.endswith(key(c)[-2:]) and _in_counts(table, c) for c in table.columns)


def _in_counts(table: Table, column: str) -> bool:
    units = {o.unit for r in table.rows for c in r.cells if c.column == column and (o := cell_operand(c)) is not None}
    return bool(units) and "%" not in units and "%" not in column


def _numbers(table: Table, row: Row) -> dict[str, float]:
    """The row's numeric cells by column."""
    out = {}
    for c in row.cells:
        o = cell_operand(c)
        if o is not None:
            out[c.column] = o.value
    return out


def _data_rows(table: Table) -> list[Row]:
    return [r for r in table.rows if not is_total(row_label(table, r))]


def _rate_columns(table: Table, noun: str) -> tuple[str, str] | None:
    """(the category's column, the row count's column) of the rate of `noun`: the category the noun's end names
    exactly, the count the one column that a run of adjacent categories including it adds up to in every row."""
    named = [c for c in table.columns if len(key(c)) >= 2 and noun.endswith(key(c))]
    part = max(named, key=lambda c: len(key(c)), default=None)
    if part is None or _NEGATION.search(noun[:-len(key(part))]):
        return None  # `不合格率` of a table with only 合格: another category, never its opposite
    rows = [_numbers(table, r) for r in _data_rows(table)]
    if len(rows) < 2 or not all(part in r for r in rows):
        return None
    numeric = [c for c in table.columns if all(c in r for r in rows)]
    wholes = []
    for whole in numeric:
        others = [c for c in numeric if c != whole]
        at = others.index(part) if part in others else -1
        runs = [others[i:j] for i in range(at + 1) for j in range(max(at + 1, i + 2), len(others) + 1)] if at >= 0 \
            else []
        if any(all(abs(sum(r[c] for c in run) - r[whole]) <= TOLERANCE for r in rows) for run in runs):
            wholes.append(whole)
    return (part, wholes[0]) if len(wholes) == 1 else None


def _draft(ask: Ask, hit: Hit, table: Table, columns: tuple[str, str], op: str, bar: float) -> Draft | None:
    reader, book = ask.reader, ask.book
    doc = reader.documents[hit.chunk.doc_id]
    chunks = {c.row_index: c for c in reader.chunks_of[doc.doc_id] if c.table_id == table.table_id}
    part, whole = columns
    rate = f"{key(part)}率"
    meeting, highest = [], None
    for row in _data_rows(table):
        cells = {c.column: c for c in row.cells}
        label = normalize(row_label(table, row))
        a, b = (cell_operand(cells[c], table, row, label) for c in columns)
        if a is None or b is None or row.index not in chunks:
            return None
        try:
            result = share(a, b, label=f"{label} {rate}")
        except ComputeError:
            return None
        if highest is None or result.value > highest[1].value:
            highest = (row, result)
        if _OPS[op](round(result.value, 2), bar):
            meeting.append((row, result))
    if highest is None:
        return None
    where = f"《{normalize(table.caption)}》" if table.caption else "文件表格"
    shown = meeting or [highest]
    lines, figures = [], []
    for row, result in shown:
        n = book.cite(Hit(-1, chunks[row.index], 0.0), row.start, row.end)
        lines.append(f"{normalize(row_label(table, row))}：{result.formula}[{n}]")
        figures.append(computed_figure(result, n))
    how = f"{rate} = {key(part)} ÷ {key(whole)}（表中无{rate}一栏，按各行计算）"
    said = f"{op}{bar:g}%"
    head = f"{rate}{said}的共{len(meeting)}个" if meeting else f"没有{rate}{said}的；最高的是"
    return Draft(f"{head}：{'；'.join(lines)}。{how}。依据{region_of(doc)}{where}", False, book.citations,
                 figures)
