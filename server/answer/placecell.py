"""A place asked of a table's row (`X在哪办`, `在什么地方举行`): the row's cell under a column its table heads as a
place (地点, 场地: server/lexicon/place_columns.tsv), quoted as written. A document may list the same rows in several
tables (a school's ceremony in a timetable with its venue, its supplies in another): when the row found is in a
table with no such column, the row of the same label in the document's table that has one answers."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.tablequery import key
from ingest.models import Cell, Document, Row, Table
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Draft, table_of
from server.answer.lookup import text_answer
from server.lexicon import place_columns

# where an event is held, asked (`在哪办`, `在哪里举行`, `在什么地方开`, `地点在哪`)
_WHERE_ASKED = re.compile(r"在(?:哪|哪里|哪儿|哪个地方|什么地方)(?:办|举[行办]|开|进行)|什么地点|地点在哪")


class PlaceCell:
    def try_answer(self, ask: Ask) -> Draft | None:
        if not _WHERE_ASKED.search(ask.query.norm):
            return None
        hit = ask.evidence.hit
        doc = ask.reader.documents[hit.chunk.doc_id]
        table = table_of(doc, hit.chunk)
        if table is None or hit.chunk.row_index is None:
            return None
        found = row_with_place(doc, table, table.rows[hit.chunk.row_index])
        if found is None:
            return None
        table, row = found
        chunk = ask.reader.row_chunk(table, row.index)
        if chunk is None:
            return None
        said = text_answer(doc, table, row, replace(hit, chunk=chunk), place_cells(table, row), ask.book)
        return replace(said, figures=[], claims=[])  # (words of a place: no figure for the verifier to weigh)


def place_cells(table: Table, row: Row) -> list[Cell]:
    """The row's worded cells under a column headed as a place."""
    return [c for c in row.cells if c.column != table.label_column and re.search(r"[\u4e00-\u9fff]", c.text)
            and any(word in key(c.column) for word in place_columns())]


def row_with_place(doc: Document, table: Table, row: Row) -> tuple[Table, Row] | None:
    """The row itself when it has a place cell; else the one row of another table of `doc` with the same label
    that has one; else None."""
    if place_cells(table, row):
        return table, row
    label = key(row_label(table, row))
    found = [(t, r) for t in doc.tables if t is not table for r in t.rows
             if key(row_label(t, r)) == label and place_cells(t, r)]
    return found[0] if len(found) == 1 else None
