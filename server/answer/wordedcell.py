"""Where a table row's event is held, or what it is about (`X在哪办`, `那场报告讲的是什么`): the row's cell under the
column its table heads as that kind (地点, 主题: server/lexicon/worded_columns.tsv), quoted as written with the
row's figures beside it. The row is the one found, or its namesake in another table of the document when its own
table has no such column (a school's supplies beside its ceremony timetable), or, the passage found being no row,
the one row of the document's tables whose date cell is the day the question names (a timetable's row found by
its date, not by its first cell)."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.tablequery import key
from ingest.models import Cell, Document, Row, Table
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Draft, table_of
from server.answer.lookup import row_values, text_answer
from server.lexicon import worded_columns

# the kind asked: where an event is held (`在哪办`, `在哪里举行`, `地点在哪`), what it speaks of (`讲什么`, `讲的是啥`)
_ASKED = {"place": re.compile(r"在(?:哪|哪里|哪儿|哪个地方|什么地方)(?:办|举[行办]|开|进行)|什么地点|地点在哪"),
          "topic": re.compile(r"讲(?:的是|了|的)?(?:什么|啥)")}
_DAY = re.compile(r"(?<!\d)(1[0-2]|[1-9])月([1-3]?\d)日")


class WordedCell:
    def try_answer(self, ask: Ask) -> Draft | None:
        kind = next((k for k, asked in _ASKED.items() if asked.search(ask.query.norm)), None)
        if kind is None:
            return None
        hit = ask.evidence.hit
        doc = ask.reader.documents[hit.chunk.doc_id]
        table = table_of(doc, hit.chunk)
        if table is not None and hit.chunk.row_index is not None:
            found = namesake_with(doc, table, table.rows[hit.chunk.row_index], kind)
        else:
            found = dated_row_with(doc, _DAY.findall(ask.query.norm), kind)
        if found is None:
            return None
        table, row = found
        chunk = ask.reader.row_chunk(table, row.index)
        if chunk is None:
            return None
        cells = kind_cells(table, row, kind)
        beside = row_values(ask.query, [c for c in row.cells if c not in cells and c.column != table.label_column])
        said = text_answer(doc, table, row, replace(hit, chunk=chunk), cells, ask.book, beside=beside)
        return replace(said, figures=[], claims=[])  # (words asked: no figure for the verifier to weigh)


def kind_cells(table: Table, row: Row, kind: str) -> list[Cell]:
    """The row's worded cells under a column headed as `kind` (place, topic)."""
    return [c for c in row.cells if c.column != table.label_column and re.search(r"[\u4e00-\u9fff]", c.text)
            and any(word in key(c.column) for word in worded_columns().get(kind, ()))]


def namesake_with(doc: Document, table: Table, row: Row, kind: str) -> tuple[Table, Row] | None:
    """The row itself when it has a `kind` cell; else the one row of another table of `doc` with the same label
    that has one; else None."""
    if kind_cells(table, row, kind):
        return table, row
    label = key(row_label(table, row))
    found = [(t, r) for t in doc.tables if t is not table for r in t.rows
             if key(row_label(t, r)) == label and kind_cells(t, r, kind)]
    return found[0] if len(found) == 1 else None


def dated_row_with(doc: Document, days: list[tuple[str, str]], kind: str) -> tuple[Table, Row] | None:
    """The one row of `doc`'s tables with a `kind` cell whose cell is the one day named (`12月10日`), else None."""
    if len(days) != 1:
        return None
    found = [(t, r) for t in doc.tables for r in t.rows
             if kind_cells(t, r, kind) and any(_day_of(c.text) == days[0] for c in r.cells)]
    return found[0] if len(found) == 1 else None


def _day_of(cell: str) -> tuple[str, str] | None:
    """(month, day) of a cell that is a day (`12月10日`), else None."""
    m = _DAY.fullmatch(cell.strip())
    return (m.group(1), m.group(2)) if m else None
