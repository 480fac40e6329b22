"""How many days one row's day comes before or after another's in a table of days (`A比B早几天开学`).

Notices set out timetables one row per stage or school with a day in each column (`学段 | 放假时间 | 开学时间`),
leaving the days between two rows to the reader. Asked how many days earlier or later A does it than B, the
answer counts the calendar days between the two cells of the column the question's words name, in the year the
document is dated (the next year for a day more than a season before its date: a winter notice's February), so a
month's length and a leap year count. Both rows are cited; the relation is stated as the days have it, even when the
question assumed the other way."""
from __future__ import annotations

import re
from datetime import date

from figures.tablequery import key
from ingest.models import Cell, Document, Row, Table
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.days import DAY, calendar_day, day_of
from server.answer.draft import Draft, table_name
from server.answer.rowsgap import side_row
from server.answer.text import display, flat, region_of
from server.calc import overlap
from server.retrieve import Hit

NAME_RUN_MIN = 2  # characters a column's name and the question must share in one run
SEASON_DAYS = 100  # a day this long before the document's date is read in the next year
# `A比B早几天(开学)`, `A比B晚多少天`, `A(开学)比B提前几天`
_ASKS = re.compile(r"(?P<a>[^，,。？?]+?)比(?P<b>[^，,。？?]+?)(?P<dir>早|晚|迟|提前|推迟)了?(?:几|多少)天")
_EARLIER = ("早", "提前")


class DaysApart:
    """Handler: the days between the day cells of two named rows in the column asked; None unless exactly one table
    holds both rows and one such column."""

    def try_answer(self, ask: Ask) -> Draft | None:
        q = flat(ask.query.norm)
        m = _ASKS.search(q)
        if m is None:
            return None
        found: list[tuple[Hit, Table, Row, Row, Cell, Cell]] = []
        for hit, table in ask.row_tables():
            a, b = side_row(table, m.group("a")), side_row(table, m.group("b"))
            if a is None or b is None or a is b:
                continue
            columns = _day_columns(table, a, b, q)
            if len(columns) == 1:
                found.append((hit, table, a, b, *columns[0]))
        if len(found) != 1:
            return None
        hit, table, a, b, a_cell, b_cell = found[0]
        doc = ask.reader.documents[table.doc_id]
        a_day, b_day = _dated(a_cell.text, doc), _dated(b_cell.text, doc)
        if a_day is None or b_day is None:
            return None
        days = (b_day - a_day).days  # > 0: A's day comes first
        a_name, b_name = row_label(table, a), row_label(table, b)
        if days == 0:
            relation = f"{a_name}与{b_name}同一天（{a_cell.text}）"
        else:
            word = "早" if days > 0 else "晚"
            relation = f"{a_name}比{b_name}{word}{abs(days)}天"
            if (word == "早") != (m.group("dir") in _EARLIER):
                relation += f"（不是{m.group('dir')}）"
        cited = []
        for row in (a, b):
            chunk = ask.reader.row_chunk(table, row.index) or hit.chunk
            n = ask.book.cite(Hit(-1, chunk, hit.score), row.start, row.end)
            said = "，".join(f"{c.column}：{c.text}" for c in row.cells)
            cited.append(f"“{row_label(table, row)}”：{display(said)}[{n}]")
        column = a_cell.column
        between = f"{a_name}{column}{a_cell.text}，{b_name}{b_cell.text}（{min(a_day, b_day).year}年）"
        where = f"{region_of(doc)}《{table_name(doc, table)}》"
        return Draft(f"{relation}。{between}。依据{where}{'；'.join(cited)}", False, ask.book.citations)


def _day_columns(table: Table, a: Row, b: Row, q: str) -> list[tuple[Cell, Cell]]:
    """The (A's cell, B's cell) of the columns holding a day in both rows that the question names best."""
    pairs = []
    for column in table.columns:
        if column in key_columns(table):
            continue
        a_cell = next((c for c in a.cells if c.column == column), None)
        b_cell = next((c for c in b.cells if c.column == column), None)
        if a_cell and b_cell and DAY.fullmatch(a_cell.text.replace(" ", "")) and \
                DAY.fullmatch(b_cell.text.replace(" ", "")):
            pairs.append((overlap(key(column), q), a_cell, b_cell))
    best = max((n for n, _, _ in pairs), default=0)
    named = [(x, y) for n, x, y in pairs if n == best]
    return named if best >= NAME_RUN_MIN or len(pairs) == 1 else []


def _dated(text: str, doc: Document) -> date | None:
    """The day of a cell, in its own year, else the document's year (the next one when the day would fall more
    than SEASON_DAYS before the document's date); None without a dated document or such a day."""
    m = DAY.fullmatch(text.replace(" ", ""))
    if m is None:
        return None
    issued = re.match(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", doc.meta.date or "")
    on = calendar_day(int(issued.group(1)), int(issued.group(2)), int(issued.group(3) or 1)) if issued else None
    if m.group("y") or on is None:
        return day_of(m, None)
    day = day_of(m, on.year)
    if day is None:
        return None
    return calendar_day(on.year + 1, day.month, day.day) if (on - day).days > SEASON_DAYS else day
