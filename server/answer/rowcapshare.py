"""A table row held to a cap its document's prose sets on a share of two of its columns (`培训费结余不得高于当年
拨款的5%` beside a `单位 | 当年拨款 | … | 结余` table), asked whether the row keeps it (`某校结余超标了没`).

Accounts and notices tabulate each unit's amounts and state the cap as a share of one amount in another: the row's
part cell ÷ its whole cell is the share, judged against the cap, the row and the rule cited. The columns are those
the rule's nouns end with (结余 of 培训费结余, 拨款 of 当年拨款); the row is the one the question names. A cap
the question gives itself is CapShare's (capshare.py)."""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, share
from figures.numbers import find_quantities, parse_number
from figures.tablequery import key
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.structure import split_sentences
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.capshare import capped_shares
from server.answer.draft import Claim, Draft
from server.answer.tables import named_row
from server.answer.text import computed_figure, display, region_of
from server.calc import reached
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose sentences may set the cap
MIN_COLUMN = 2  # characters of a column's name the rule's noun must end with
_KEPT_ASKED = re.compile(r"超标|超没超|超过|超出|达标|符合|合规")


def _cell(row: Row, noun: str) -> Cell | None:
    """The one numeric cell of the row whose column the noun ends with (`结余` of `伙食结余`)."""
    cells = [c for c in row.cells if len(k := key(c.column)) >= MIN_COLUMN and noun.endswith(k)
             and parse_number(c.text) is not None]
    return cells[0] if len(cells) == 1 else None


class RowCapShare:
    """Handler: a row's share of two of its cells judged against the cap the prose sets on it (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not _KEPT_ASKED.search(query.norm) or any(q.unit == "%" for q in find_quantities(query.norm)):
            return None
        q = normalize(query.norm, drop_space=True)
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            if hit.chunk.row_index is not None:
                continue
            doc = ask.reader.documents[hit.chunk.doc_id]
            for start, end in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
                for part, whole, cap, _ in capped_shares(doc.text[start:end]):
                    for table in doc.tables:
                        row = named_row(table, q)
                        cells = (_cell(row, part), _cell(row, whole)) if row is not None else (None, None)
                        if row is not None and cells[0] is not None and cells[1] is not None \
                                and key(cells[0].column) in q:
                            return _judged(ask, hit, (start, end), table, row, (cells[0], cells[1]), cap)
        return None


def _judged(ask: Ask, hit: Hit, span: tuple[int, int], table: Table, row: Row, cells: tuple[Cell, Cell],
            cap: float) -> Draft | None:
    chunk = ask.reader.row_chunk(table, row.index)
    if chunk is None:
        return None
    label = normalize(row_label(table, row))
    part, whole = (Operand(label=f"{label}{normalize(c.column)}", value=n.value, unit="", decimals=n.decimals,
                           source={"kind": "cell", "start": c.start, "end": c.end, "text": c.text})
                   for c in cells if (n := parse_number(c.text)) is not None)
    try:
        computed = share(part, whole, label=f"{label}{normalize(cells[0].column)}占{normalize(cells[1].column)}的比例")
    except ComputeError:
        return None
    kept = round(computed.value, 2) <= cap
    row_hit = Hit(-1, chunk, 0.0)
    r = ask.book.cite(row_hit, row.start, row.end)
    s = ask.book.cite(hit, *span)
    doc = ask.reader.documents[hit.chunk.doc_id]
    asked = ask.query.norm
    word = ("没有超标" if kept else "超标") if "超标" in asked \
        else ("达标" if kept else "未达标") + reached(kept, asked)
    answer = (f"{word}：{computed.formula}[{r}] {'≤' if kept else '>'} {cap:g}%。"
              f"{region_of(doc)}文件：“{display(doc.text[span[0]:span[1]])}”[{s}]；依据“{label}”："
              f"{normalize(cells[0].column)}{cells[0].text}，{normalize(cells[1].column)}{cells[1].text}[{r}]")
    return Draft(answer, False, ask.book.citations, [computed_figure(computed, r)],
                 [Claim("%", f"{label}{normalize(cells[0].column)}", row_hit, (row.start, row.end), True)])
