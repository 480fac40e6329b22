"""How often something is done in one season or period (`夏季…多久一次`), of a table setting it period by period:
maintenance, inspection and activity plans list their seasons (or months, terms) as rows — `春季（3—5月）| 内容 |
每月2次` — with the frequency in a cell. The row is the one whose label opens with the period the question names
(its bracketed months a note), the cell the row's one stating a frequency (`每周1次`), quoted with its row."""
from __future__ import annotations

import re

from ingest.models import Document, Table
from ingest.normalize import normalize
from ingest.tables import BRACKETED_NOTE, key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.frequency import asks_how_often, states_frequency
from server.answer.lookup import text_answer
from server.calc import overlap
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose tables are read
TOPIC_RUN = 2  # characters the question must share in one run with the table's caption or section
# a period a plan's rows are named by: a season, a term, a half of the year, a month
_PERIOD = re.compile(r"^(?:[春夏秋冬]季|[上下]学期|[上下]半年|汛期|假期|寒假|暑假"
                     r"|\d{1,2}月|[一二三四五六七八九十]+月)$")


class PeriodCell:
    """Handler: the frequency cell of the table row of the period asked (module doc); None when no such row."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not asks_how_often(query.norm):
            return None
        seen: set[str] = set()
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            doc = ask.reader.documents[hit.chunk.doc_id]
            for table in doc.tables if doc.doc_id not in seen else ():
                draft = self._table(ask, doc, table, query.norm)
                if draft is not None:
                    return draft
            seen.add(doc.doc_id)
        return None

    @staticmethod
    def _table(ask: Ask, doc: Document, table: Table, q: str) -> Draft | None:
        if overlap(f"{table.caption} {table.section}", q) < TOPIC_RUN:
            return None
        rows = [r for r in table.rows if (period := _period(row_label(table, r))) and period in q]
        if len(rows) != 1:
            return None
        row = rows[0]
        cells = [c for c in row.cells if c.column not in key_columns(table) and states_frequency(normalize(c.text))]
        chunk = ask.reader.row_chunk(table, row.index)
        if len(cells) != 1 or chunk is None:
            return None
        return text_answer(doc, table, row, Hit(-1, chunk, 0.0), cells, ask.book)


def _period(label: str) -> str:
    """The period a row's label names without its note (`夏季（6—8月）` → 夏季), or '' when it names none."""
    bare = normalize(BRACKETED_NOTE.sub("", label), drop_space=True)
    return bare if _PERIOD.match(bare) else ""
