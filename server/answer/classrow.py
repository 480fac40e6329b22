"""A class's 班额 asked of a table row that is one class (`五年级(2)班` of a school's table of the classes it
checked): the row's pupils — its total cell where the table counts boys and girls apart, else its one cell of
pupils — judged against the national 班额 standard of the school's stage (小学 ≤ 45, 初中 ≤ 50:
figures/standards.py). The stage is the one the question names (`实验小学`), else the table's caption or the
document's title. The row is cited and the rule given with its source; another column of the row (a count of
pupils doing something) is never the class's size."""
from __future__ import annotations

import re

from figures.compute import Operand
from figures.indicators import match_stage
from figures.numbers import parse_number
from figures.tablequery import is_total, key
from ingest.models import Cell, Row
from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.classsize import OVER_ASKED, class_size_judged, named_stage
from server.answer.compliance import verdict_words
from server.answer.draft import Claim, Draft, table_name, table_of
from server.answer.rowclasssize import ASKS
from server.answer.text import computed_figure, region_of

CANDIDATE_PASSAGES = 8  # leading passages, one of which may be the class's row
# a row that is one class: its label ends with 班 (`初一(3)班`, `四年级2班`)
_CLASS_ROW = re.compile(r"[\d一二三四五六七八九十]\)?班$")
# a column counting the class's pupils, when no total column sums them
_PUPILS = re.compile(r"^(?:学生|班级)?(?:人数|学生数|总人数|班额)$")


def _pupils(row: Row) -> Cell | None:
    """The cell of the row counting its pupils: its one total column (合计 after 男生 and 女生), else its one column
    named as pupils."""
    for named in (lambda k: is_total(k), lambda k: bool(_PUPILS.match(k))):
        cells = [c for c in row.cells if named(key(c.column)) and parse_number(c.text) is not None]
        if cells:
            return cells[0] if len(cells) == 1 else None
    return None


class ClassRowSize:
    """Handler: the pupils of the class row the question names against its stage's 班额 rule (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not (query.asked.compliance or OVER_ASKED.search(query.norm)) or not ASKS.search(query.norm):
            return None
        asked = normalize(query.norm, drop_space=True)
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            doc = reader.documents[hit.chunk.doc_id]
            table = table_of(doc, hit.chunk) if hit.chunk.row_index is not None else None
            if table is None:
                continue
            row = table.rows[hit.chunk.row_index]  # type: ignore[index]  # a row's chunk
            label = normalize(row_label(table, row), drop_space=True)
            if not _CLASS_ROW.search(label) or label not in asked:
                continue
            cell = _pupils(row)
            q = parse_number(cell.text) if cell is not None else None
            stage = named_stage(asked) or match_stage(normalize(table_name(doc, table))) \
                or match_stage(normalize(doc.meta.title))
            if cell is None or q is None or not stage:
                return None
            actual = Operand(label=f"{label}班额", value=q.value, unit="人", decimals=0,
                             source={"kind": "cell", "start": cell.start, "end": cell.end, "text": cell.text})
            outcome = class_size_judged(actual, stage)
            if outcome is None:
                return None
            gap = outcome.gap
            n = ask.book.cite(hit, row.start, row.end)
            column = key(cell.column)
            cells = "，".join(f"{key(c.column)}：{c.text}" for c in row.cells if parse_number(c.text) is not None)
            answer = (f"{verdict_words([outcome], query.norm)}：{label}{column}{q.value:g}人[{n}]，即该班班额；"
                      f"{outcome.summary()}。依据{region_of(doc)}《{normalize(table_name(doc, table))}》"
                      f"“{label}”：{cells}[{n}]")
            return Draft(answer, False, ask.book.citations, [computed_figure(gap, n)],
                         [Claim("人", f"{label}班额", hit, (row.start, row.end), True)])
        return None
