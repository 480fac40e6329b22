"""Several columns of a table summed over every row, answered by the table's own total row.

A report's table of places or schools closes with a 合计 row; asked the totals of several of its columns
together (`班级数、在校生、经费合计`), that row states each of them: it is the passage answering, each of
its cells a figure as written, the rows only what it adds up (checked: every column's rows sum to its cell).
"""
from __future__ import annotations

from figures.tablequery import TableResult, key, stated_total
from ingest.models import Document, Table
from ingest.normalize import normalize
from server.answer.askedcolumn import header_unit
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_name
from server.answer.text import region_of
from server.retrieve import Hit
from server.schemas import Figure

MIN_COLUMNS = 2  # one column's total is the sum's own answer (or the prose's, server/answer/prosetotal.py)


def total_row_answer(ask: Ask, table: Table, columns: list[TableResult]) -> Draft | None:
    """`columns`: the sum over every row of each column asked, one result a column. The total row's cell of
    each, cited by that row, when every column has one in the same row and its rows add up to it; else None."""
    if len(columns) < MIN_COLUMNS:
        return None
    totals = [stated_total(table, c) for c in columns]
    if any(t is None or t.value is None for t in totals) or len({id(t.row) for t in totals if t}) != 1:
        return None
    for column, total in zip(columns, totals):
        added = sum(c.value for c in column.cells if c.value is not None)
        if total is None or total.value is None or abs(total.value - added) > 1e-6 * max(1.0, abs(total.value)):
            return None  # the table contradicts itself: the addition's check says so, not this
    cells = [t for t in totals if t is not None]
    row = cells[0].row
    chunk = ask.reader.row_chunk(table, row.index)
    if chunk is None:
        return None
    doc: Document = ask.reader.documents[table.doc_id]
    hit = Hit(-1, chunk, 0.0)
    n = ask.book.cite(hit, row.start, row.end)
    label, caption = key(cells[0].label), table_name(doc, table)
    # (a bare cell in the counter its header's note names, `辅导（场）`, as the table reader leaves some unread)
    said = [f"{key(t.column)}{normalize(t.cell.text)}{normalize(t.cell.unit) or header_unit(t.column)}"
            for t in cells]
    rows = len(columns[0].cells)
    answer = (f"{label}：{'，'.join(said)}[{n}]。依据{region_of(doc)}《{caption}》“{label}”行："
              f"{'，'.join(said)}[{n}]，各为表中{rows}行之和")
    figures = [Figure(label=f"{label} {t.column}", value=t.value, unit=t.unit, citation_ids=[n])
               for t in cells if t.value is not None]
    claims = [Claim(t.unit, f"{caption} {doc.meta.title} {label} {key(t.column)}", hit, (row.start, row.end))
              for t in cells]
    return Draft(answer, False, ask.book.citations, figures, claims)
