"""A compliance question on an indicator that a self-evaluation table judges row by row (`指标 | 国家标准 | 本县
数值 | 是否达标`): the row the question names states the verdict in its own column, so the answer is that
verdict, 达到 / 未达到 in the question's word, with the row's standard and value cited — never the cells
alone, which leave the reader to read the verdict out of them. Self-evaluation and inspection reports set
their indicators so."""
from __future__ import annotations

import re

from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.tables import label_column, row_label
from server.answer.base import Ask
from server.answer.casejudged import case_figures, verdict
from server.answer.compliance import INDICATOR_NAMED, ROW_CANDIDATES, core_name
from server.answer.draft import Draft, table_name, table_of
from server.answer.statedverdict import ASKS_CONTENT
from server.answer.text import region_of
from server.calc import overlap

# a column holding the table's own verdict on each row (是否达标, 达标情况, 是否合格, 评价结论, 判定); a yes/no
# column of another matter (是否寄宿) judges nothing
_VERDICT_COLUMN = re.compile(r"达标|合格|符合|达到|结论|评价|判定")
# a cell pairing several values (one per stage: `8.1/9.6`), judged together by the row's one verdict
_SEVERAL = re.compile(r"\d\s*[/／]\s*\d")
# a verdict cell: met (达标, 已达到, 符合, 合格, 是) or not (未达标, 不符合, 没有达到, 否)
_VERDICT_CELL = re.compile(r"(?P<no>未|不|没有|没|尚未)?(?:已|基本)?(?:达标|达到|符合|合格)|(?P<yes>是)|否")


def row_verdict(table: Table, row: Row) -> tuple[bool, str, str] | None:
    """(met, column, cell text) of the row's verdict column, when it has exactly one that judges it."""
    found = []
    for cell in row.cells:
        text = normalize(cell.text, drop_space=True)
        m = _VERDICT_CELL.fullmatch(text)
        if m and _VERDICT_COLUMN.search(normalize(cell.column)) and cell.column != label_column(table):
            met = bool(m.group("yes")) or (m.group("no") is None and text != "否")
            found.append((met, cell.column, cell.text))
    return found[0] if len(found) == 1 else None


class RowStatedVerdict:
    """Handler: the verdict a self-evaluation table states in the row of the indicator asked (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.asked.compliance or query.asked.threshold or case_figures(query.norm) \
                or len(query.asks) > 1 or ASKS_CONTENT.search(query.norm):
            return None
        asked = core_name(normalize(query.norm, drop_space=True))
        for hit in ask.ranked[:ROW_CANDIDATES]:
            doc = ask.reader.documents[hit.chunk.doc_id]
            table = table_of(doc, hit.chunk)
            if table is None or hit.chunk.row_index is None or ask.reader.refusal(query, hit):
                continue
            row = table.rows[hit.chunk.row_index]
            label = normalize(row_label(table, row), drop_space=True)
            # the row the question names by its indicator (a run of its label's own characters)
            if len(core_name(label)) < 2 or overlap(core_name(label), asked) < min(INDICATOR_NAMED,
                                                                                  len(core_name(label))):
                continue
            judged = row_verdict(table, row)
            if judged is None or any(_SEVERAL.search(c.text) for c in row.cells):
                continue  # no verdict; or one over several values a cell pairs (`7.5/10.2` of 小学/初中): not each's
            met, column, said = judged
            n = ask.book.cite(hit, row.start, row.end)
            cells = "，".join(f"{normalize(c.column)}：{c.text}" for c in row.cells
                             if c.column not in (label_column(table), column) and c.text.strip())
            source = f"{region_of(doc)}《{table_name(doc, table)}》“{label}”"
            stated = f"{cells}（{normalize(column)}：{said}）[{n}]"
            return Draft(f"{verdict(met, query.norm)}：{label}，{stated}。依据{source}", False, ask.book.citations)
        return None
