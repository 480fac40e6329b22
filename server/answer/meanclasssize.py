"""The mean class size (平均班额) asked of a place or a school whose table counts pupils and classes but states no
班额: the row's pupils ÷ its classes — the row the question names, else the table's total row (合计: the place's).

Plans and reports tabulate each school's pupils and classes (`学校 | 在校生 | 班级数 | …`) under a 合计 row and leave
the mean class to the reader; retrieval may not bring the table up, as the question shares no word with its cells
but the stage. The tables of the leading documents are read: one with exactly one column of pupils now (not a
year's plan) and one of classes, and no column of the class size itself; a stage asked of the place must be named
by the document's title or the table's caption or section. The row is cited (and the prose restating its inputs:
server/answer/rowrest.py) with the formula; no bar is judged, none being asked (server/answer/rowclasssize.py
judges a school's row against its stage's standard).
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, ratio
from figures.indicators import match_stage
from figures.tablequery import is_total, key
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.rowclasssize import CLASSES, PER_CLASS, PUPILS, count_operand
from server.answer.rowrest import asked_row, row_computed
from server.answer.text import flat
from server.retrieve import Hit

CANDIDATE_DOCUMENTS = 2  # leading documents whose tables are read
# (a class named as teaching classes too, `每个教学班平均几人`, as enrolment plans count them; one class said for
# each, `平均一个班`, as speech asks it)
_ASKS_MEAN = re.compile(r"平均班额|平均(?:每|一)(?:个)?(?:教学)?班(?:级)?(?:有)?(?:多少|几)")
_PLANNED = re.compile(r"\d{4}|计划|目标|规划|预计")  # a column of a year's plan, not the pupils now
# an enrolment plan's table counts the intake and the classes it opens for it (`招生计划（人） | 教学班（个）`): both
# the plan's, so the intake per class is the mean class asked when no column counts pupils now
_INTAKE = re.compile(r"招生|招收")
_TEACHING_CLASSES = re.compile(r"^教学班(?:数|个数)?$")


class MeanClassSize:
    """Handler: the pupils ÷ the classes of the row asked, or of the total row (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = flat(query.norm)
        if not _ASKS_MEAN.search(q) or query.asked.threshold or query.asked.compliance or len(query.asks) > 1:
            return None
        stage = match_stage(q)
        found = []
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            doc = ask.reader.documents[doc_id]
            for table in doc.tables:
                counts = _counts(table)
                row = asked_row(table, q) if counts else None
                # a stage asked of the place (not a school's name read as one) must be the table's
                if row is not None and is_total(row_label(table, row)) and stage \
                        and match_stage(f"{doc.meta.title} {table.caption} {table.section}") != stage:
                    continue
                chunk = None if row is None else ask.reader.row_chunk(table, row.index)
                if counts and row is not None and chunk is not None:
                    found.append((Hit(-1, chunk, 0.0), table, row, counts))
        if len(found) != 1:
            return None
        hit, table, row, (pupils, classes) = found[0]
        operands = [_operand(row, column, unit) for column, unit in ((pupils, "人"), (classes, "班"))]
        if operands[0] is None or operands[1] is None:
            return None
        try:
            result = ratio(operands[0], operands[1], label=f"{flat(normalize(row_label(table, row)))}平均班额",
                           decimals=2)
        except ComputeError:
            return None
        return row_computed(ask, hit, table, row, result)


def _counts(table: Table) -> tuple[str, str] | None:
    """(pupils' column, classes' column) of a table counting both now, stating no class size, else None."""
    headers = [normalize(c, drop_space=True) for c in table.columns]
    if any(PER_CLASS.search(h) or "班额" in h for h in headers):
        return None
    classes = [c for c, h in zip(table.columns, headers, strict=True)
               if CLASSES.search(h) or _TEACHING_CLASSES.match(key(c))]
    pupils = [c for c, h in zip(table.columns, headers, strict=True)
              if PUPILS.search(h) and not CLASSES.search(h) and not _PLANNED.search(h)]
    if not pupils:
        pupils = [c for c, h in zip(table.columns, headers, strict=True) if _INTAKE.search(h)]
    return (pupils[0], classes[0]) if len(pupils) == 1 and len(classes) == 1 else None


def _operand(row: Row, column: str, unit: str) -> Operand | None:
    """The row's count under `column`, in `unit` (the pupils' 人, the classes' 班), citing its cell."""
    cell: Cell | None = next((c for c in row.cells if c.column == column), None)
    return None if cell is None else count_operand(cell, normalize(column, drop_space=True), unit)
