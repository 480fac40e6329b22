"""Which row of a table has the highest (lowest) rate that the table leaves to compute from two count columns
(`哪个项目竣工率最高` over `计划数 | 已竣工`, `哪个学段参与率最低` over `学生总数 | 参加人数`).

Progress and statistics tables count each row's whole beside the part of it done and state no rate column;
the rate asked is each row's part ÷ its whole, the columns found as for one row's rate (server/answer/rowrate.py:
the part by the rate's stem or its other word, the whole a total's or a plan's column), and the rows ranked by
it. The winning row is cited with its formula, the runner-up named with its rate; a table stating the rate,
or whose rows do not all give one (a part above its whole, a column missing), is left to the other handlers.
"""
from __future__ import annotations

import re

from figures.compute import Computation
from figures.tablequery import is_total, key
from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.tables import label_column, row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_name
from server.answer.rowrate import TARGET_WORDS, TOTAL_WORDS, rate_of_row
from server.answer.text import computed_figure, flat, region_of
from server.lexicon import rate_parts
from server.retrieve import Hit

# the rate ranked (`哪个项目竣工率最高`): its stem, the two characters before 率, and the end asked
_RANKED = re.compile(r"哪[^，,。？?]{0,12}?(?P<stem>[\u4e00-\u9fff]{2})率(?:是)?(?P<end>最高|最低|最大|最小)")
MIN_ROWS = 2  # a ranking is of two rows or more


class RateRanked:
    """Handler: the row whose computed rate is highest or lowest (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        m = _RANKED.search(flat(query.norm))
        if m is None or query.asked.compliance or len(query.asks) > 1:
            return None
        stem = m.group("stem")
        rate, parts = f"{stem}率", (stem, *rate_parts().get(stem, ()))
        for hit, table in ask.row_tables():
            if any(key(c).endswith(rate) for c in table.columns):
                return None  # the table states the rate: ranked as stated
            rows = [r for r in table.rows if not is_total(row_label(table, r))]
            rates = [(r, rate_of_row(table, r, rate, parts, (*TOTAL_WORDS, *TARGET_WORDS), ask, "")) for r in rows]
            ranked = [(r, c) for r, c in rates if c is not None]
            if len(ranked) < MIN_ROWS or len(ranked) < len(rows):
                continue
            ranked.sort(key=lambda rc: rc[1].value, reverse=m.group("end") in ("最高", "最大"))
            if ranked[0][1].value == ranked[1][1].value:
                return None  # tied: no one row is first
            return _draft(ask, hit, table, ranked, rate, m.group("end"))
        return None


def _draft(ask: Ask, hit: Hit, table: Table, ranked: list[tuple[Row, Computation]], rate: str,
           end: str) -> Draft | None:
    (row, result), (second, next_result) = ranked[0], ranked[1]
    chunk = ask.reader.row_chunk(table, row.index)
    if chunk is None:
        return None
    doc = ask.reader.documents[table.doc_id]
    n = ask.book.cite(Hit(-1, chunk, hit.score), row.start, row.end)
    label, runner_up = normalize(row_label(table, row)), normalize(row_label(table, second))
    said = "，".join(f"{c.column}：{c.text}" for c in row.cells)
    others = "、".join(f"{normalize(row_label(table, r))}{c.value:.1f}%" for r, c in ranked[1:])
    answer = (f"{label}{rate}{end}：{result.formula}[{n}]（其次为{runner_up}，{next_result.formula}；"
              f"各行：{others}）。依据{region_of(doc)}《{table_name(doc, table)}》“{label}”：{said}[{n}]")
    return Draft(answer, False, ask.book.citations, [computed_figure(result, n)],
                 # (what the rows are, `项目类别`, and the document's title say what the rate is of)
                 [Claim(result.unit, f"{doc.meta.title} {table_name(doc, table)} {key(label_column(table))} "
                        f"{result.label}", hit, (row.start, row.end), True)])
