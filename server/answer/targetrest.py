"""What is still to do of a target a progress table sets: the row's target less what it has done so far.

Progress reports and 民生实事 tables set each task's target beside the amounts done by period and
their running total (`年度目标 | 一季度完成 | 二季度完成 | 上半年累计 | 完成率`); a question asking how
much is still to be done (`还得发多少`, `还需完成多少`, `剩下多少没建`) asks for target − running total,
which the table leaves to the reader. The done column is the running total (累计) when the table
keeps one, else its one column of amounts done; two candidates of either make it step aside.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import ComputeError, Operand, remainder
from ingest.normalize import normalize
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_of
from server.answer.text import computed_figure, display, region_of
from server.calc import cell_operand

CANDIDATE_PASSAGES = 5  # leading passages a table row is looked for in
# the rest still to do asked (`还得发多少`, `还需完成多少`, `尚需建设多少`, `剩下多少`, `还剩多少`, `还差多少钱`)
_ASKS_REST = re.compile(r"(?:还|仍|尚)(?:得|需要?|要|应|须|剩|差)[\u4e00-\u9fff]{0,6}?(?:多少|几)|"
                        r"剩(?:余|下)[\u4e00-\u9fff]{0,4}?(?:多少|几)")
_YEAR = re.compile(r"(?:19|20)\d\d(?=\s*年)")
# (or the whole an amount done is part of: `总金额` beside `已完成金额`)
_TARGET_COLUMN = re.compile(r"目标|计划|任务|^总")
_ASKS_TARGET = re.compile(r"目标|任务")
_RUNNING_TOTAL = re.compile(r"累计")
_DONE_COLUMN = re.compile(r"完成|实际|已")
_RATE_COLUMN = re.compile(r"率|%|％|进度|备注|说明")
_RATE_UNITS = ("%", "百分点")
_RATE = Operand(label="", value=0.0, unit="%")  # what a cell holding no amount counts as: no amount of the row


class TargetRest:
    """Handler: target − running total done, of the table row the question names (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not _ASKS_REST.search(query.norm) or query.operation not in ("", "difference") \
                or query.asked.compliance or len(query.asks) > 1:
            return None
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            doc = reader.documents[hit.chunk.doc_id]
            table = table_of(doc, hit.chunk)
            if table is None or hit.chunk.row_index is None or reader.refusal(query, hit):
                continue
            row = table.rows[hit.chunk.row_index]
            # the amounts of the row (its label and 序号 cells, and its rates, are none)
            cells = [c for c in row.cells if not _RATE_COLUMN.search(c.column) and c.column not in key_columns(table)
                     and (cell_operand(c) or _RATE).unit not in _RATE_UNITS]
            targets = [c for c in cells if _TARGET_COLUMN.search(c.column) and not _DONE_COLUMN.search(c.column)]
            if _ASKS_TARGET.search(query.norm):
                # a target asked (`离全年目标还差多少`): a whole (`总投资`) is no target, the prose sets the target
                targets = [c for c in targets if _TARGET_COLUMN.search(c.column).group() != "总"]  # type: ignore[union-attr]
            if len(targets) > 1:  # a target per year (`2026年目标 | 2027年目标`): the year's the question asks by
                targets = [c for c in targets if (y := _YEAR.match(c.column)) and y.group() in query.norm]
            done = [c for c in cells if _RUNNING_TOTAL.search(c.column)] \
                or [c for c in cells if _DONE_COLUMN.search(c.column)]
            if len(targets) != 1 or len(done) != 1:
                continue
            label = normalize(row_label(table, row))
            target, reached = (cell_operand(c, table, row, label) for c in (targets[0], done[0]))
            if target is None or reached is None or _other_kind(query.units, target.unit):
                continue
            if not reached.unit and target.unit:  # the row's unit written once, on its target (`3600个 | 900 | …`)
                written = replace(done[0], unit=target.unit_as_written)
                reached = cell_operand(written, table, row, label) or reached
            try:
                result = remainder(target, reached, label=f"{label} 尚未完成（{targets[0].column} − {done[0].column}）")
            except ComputeError:
                return None
            n = ask.book.cite(hit, hit.chunk.start, hit.chunk.end)
            quoted = display(hit.chunk.text)
            return Draft(f"{result.label}：{result.formula}[{n}]。依据{region_of(doc)}文件：“{quoted}”[{n}]", False,
                         ask.book.citations, [computed_figure(result, n)],
                         [Claim(result.unit, result.label, hit, (hit.chunk.start, hit.chunk.end), True)])
        return None


def _other_kind(asked: tuple[str, ...], unit: str) -> bool:
    """The rest asked in a counter (`还差多少间`) of a row counting money, or money asked of a row of counts: a
    progress table of investment (`计划投资 | 已完成`) never answers how many things are left to build."""
    if not asked or not unit:
        return False
    return any(u.endswith("元") for u in asked) != unit.endswith("元")
