"""A mean over every row of a table that closes with its own total row: the total ÷ the rows it totals, and
an average per one thing over every row (Σ pupils ÷ Σ schools) as the total row's two cells divided.

Asked an average per row (`平均每所学校添置多少台`), a table whose 合计 row states the column's total gives
it as that total ÷ the number of rows it sums — the figure the table itself states, divided once — and that
row is the one passage it rests on. The rows are named (how many there are is what the total is divided
by), the total row cited; when the rows do not add up to the total it states, the table's other handling
says so and this gives nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import ComputeError, ratio, with_unit
from figures.tablequery import TableResult, cells_of, key, stated_total
from ingest.models import Document, Table
from ingest.normalize import normalize
from ingest.tables import label_column
from server.answer.askedcolumn import count_unit, people_unit
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_name
from server.answer.partunit import score_header_unit
from server.answer.prosecells import stated_in_text
from server.answer.text import computed_figure, display, region_of
from server.calc import cell_operand
from server.retrieve import Hit
from server.schemas import Figure


def mean_of_total(ask: Ask, table: Table, result: TableResult, names: list[str], bare: str) -> Draft | None:
    """total ÷ rows of a mean over every row (`names`: the rows' names, in order; `bare`: the unit of cells that
    state none), citing the total row; None when the mean chose rows, the table has no total row for the
    column or its rows sum otherwise."""
    computation, total = result.computation, stated_total(table, result)
    if result.query.aggregate != "mean" or computation is None or total is None or total.value is None:
        return None
    added = sum(c.value for c in result.cells if c.value is not None)
    if abs(total.value - added) > 1e-6 * max(1.0, abs(total.value)):
        return None
    chunk = ask.reader.row_chunk(table, total.row.index)
    operand = cell_operand(total.cell, table, total.row, key(total.label))
    if chunk is None or operand is None or "=" not in computation.formula:
        return None
    doc: Document = ask.reader.documents[table.doc_id]
    hit = Hit(-1, chunk, 0.0)
    n = ask.book.cite(hit, total.row.start, total.row.end)
    written = f"{normalize(total.cell.text)}{normalize(total.cell.unit)}"
    formula = f"{normalize(total.cell.text)} ÷ {len(result.cells)} ={computation.formula.split('=', 1)[1]}"
    if not computation.unit and bare:
        formula = with_unit(formula, bare)
    mean = replace(computation, unit=computation.unit or bare, formula=formula, inputs=[operand.to_input()])
    rows = "、".join(names)
    answer = (f"{formula}[{n}]。依据{region_of(doc)}《{table_name(doc, table)}》“{key(total.label)}”行："
              f"{key(total.column)}：{written}[{n}]，为表中{len(result.cells)}行（{rows}）之和")
    return Draft(answer, False, ask.book.citations, [computed_figure(mean, n)],
                 [Claim(mean.unit, f"{table_name(doc, table)} {doc.meta.title} {key(label_column(table))} "
                        f"{rows} {key(total.column)} 平均",
                        hit, (total.row.start, total.row.end), True)])


def ratio_of_totals(ask: Ask, table: Table, result: TableResult) -> Draft | None:
    """Σ measured ÷ Σ per over every row (`平均每所…多少人` of a 学校数 | 学生数 table) as the table's own total
    row's two cells divided, that row cited — the figures the table states, not a sum of every row written
    out; None when the ratio chose rows, the table has no total row for both columns or its rows sum
    otherwise."""
    q = result.query
    if q.aggregate != "ratio" or result.computation is None or len(result.cells) < 2:
        return None
    top = stated_total(table, replace(result, query=replace(q, aggregate="sum")))
    if top is None or top.value is None:
        return None
    bottom = next((c for c in cells_of(table) if c.row is top.row and key(c.column) == q.per), None)
    pers = [c for c in cells_of(table) if key(c.column) == q.per and c.row in result.rows]
    if bottom is None or bottom.value is None or len(pers) != len(result.cells) \
            or any(abs(t.value - sum(c.value or 0 for c in cs)) > 1e-6 * max(1.0, abs(t.value))
                   for t, cs in ((top, result.cells), (bottom, pers)) if t.value is not None):
        return None
    chunk = ask.reader.row_chunk(table, top.row.index)
    a = cell_operand(top.cell, table, top.row, key(top.label))
    b = cell_operand(bottom.cell, table, bottom.row, key(bottom.label))
    if chunk is None or a is None or b is None:
        return None
    if not a.unit and (counter := count_unit(top.column) or people_unit(top.column)):
        a = replace(a, unit=counter)  # a bare count (`参赛学生`) per one is in its counter (人) per one
    try:
        computed = ratio(a, b, label=result.computation.label)
    except ComputeError:
        return None
    doc: Document = ask.reader.documents[table.doc_id]
    hit = Hit(-1, chunk, 0.0)
    n = ask.book.cite(hit, top.row.start, top.row.end)
    cells = "，".join(f"{key(c.column)}：{normalize(c.cell.text)}{normalize(c.cell.unit)}" for c in (top, bottom))
    answer = (f"{computed.formula}[{n}]。依据{region_of(doc)}《{table_name(doc, table)}》“{key(top.label)}”行："
              f"{cells}[{n}]")
    return Draft(answer, False, ask.book.citations, [computed_figure(computed, n)],
                 [Claim(computed.unit, f"{table_name(doc, table)} {doc.meta.title} {key(label_column(table))} "
                        f"{computed.label}", hit, (top.row.start, top.row.end), True)])


# a column of averages or rates (`平均得分`, `生均面积`, `达标率`): its total row states the whole's own average
_AVERAGE_COLUMN = re.compile(r"平均|均|率|得分|[%％]")
# a question pointing at one unit (`那所…高中`, `该校`): one row's average is asked, never the whole's
_ONE_POINTED = re.compile(r"[那这该此某][所个家][\u4e00-\u9fff]{0,12}?(?:学校|小学|中学|初中|高中|幼儿园|园|校)"
                          r"|该校|该园")


def stated_average(ask: Ask, table: Table, result: TableResult) -> Draft | None:
    """A mean over every row of a column of averages whose total row states the whole's own average (a value
    within the rows' range, not their sum): that cell as the table states it, citing its row — the whole's
    average weighs each row by its size, so the mean of the rows' averages is not it, and is no check on it.
    None when the mean chose rows, the column is of amounts, or the table has no such total row."""
    total, values = stated_total(table, result), [c.value for c in result.cells if c.value is not None]
    if result.query.aggregate != "mean" or total is None or total.value is None or len(values) < 2 \
            or _ONE_POINTED.search(ask.query.norm):
        return None
    column = key(total.column)
    if not _AVERAGE_COLUMN.search(column + normalize(total.cell.unit)) \
            or not min(values) <= total.value <= max(values):
        return None
    chunk = ask.reader.row_chunk(table, total.row.index)
    if chunk is None:
        return None
    doc: Document = ask.reader.documents[table.doc_id]
    hit = Hit(-1, chunk, 0.0)
    unit = normalize(total.cell.unit) or score_header_unit(total.column)
    written = f"{normalize(total.cell.text)}{unit}"
    caption = table_name(doc, table)
    also = stated_in_text(ask.reader, table, total.row, total.cell)
    if also is not None:  # the prose states the same average: that sentence is the source, the row named
        passage, (start, end) = also
        n = ask.book.cite(passage, start, end)
        answer = (f"{written}（{column}）。依据{region_of(doc)}文件：“{display(doc.text[start:end])}”[{n}]"
                  f"（《{caption}》“{key(total.label)}”行同）")
    else:
        n = ask.book.cite(hit, total.row.start, total.row.end)
        answer = (f"{written}（{column}，表中“{key(total.label)}”行）。依据{region_of(doc)}《{caption}》"
                  f"“{key(total.label)}”行：{column}：{written}[{n}]")
    figure = Figure(label=f"{key(total.label)} {column}", value=total.value, unit=unit, citation_ids=[n])
    return Draft(answer, False, ask.book.citations, [figure],
                 [Claim(unit, f"{table_name(doc, table)} {doc.meta.title} {key(total.label)} {column}",
                        hit, (total.row.start, total.row.end))])
