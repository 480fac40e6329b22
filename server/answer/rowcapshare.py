"""A table row held to a cap its document's prose sets on a share of two of its columns (`培训费结余不得高于当年
拨款的5%` beside a `单位 | 当年拨款 | … | 结余` table), asked whether the row keeps it (`某校结余超标了没`).

Accounts and notices tabulate each unit's amounts and state the cap as a share of one amount in another: the row's
part cell ÷ its whole cell is the share, judged against the cap, the row and the rule cited. The columns are those
the rule's nouns end with (结余 of 培训费结余, 拨款 of 当年拨款); the row is the one the question names. A cap
the question gives itself is CapShare's (capshare.py)."""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, share, total
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
_KEPT_ASKED = re.compile(r"超标|超没超|超过|超出|超(?=\s*\d)|达标|符合|合规")


def _column_head(column: str) -> str:
    """A column's name as a question writes it; of a header joined from two rows (`获奖(人) 一等奖`), its first
    part, the group the column belongs to."""
    return key(column.split(maxsplit=1)[0]) if len(column.split(maxsplit=1)) == 2 else key(column)


def _cells(row: Row, noun: str, unit: str | None = None) -> tuple[str, list[Cell]]:
    """The name and the numeric cells of the row the noun counts: the one cell whose column the noun ends with
    (`结余` of `伙食结余`); else the cells of the one column or column group whose name opens with the noun's
    last characters (`参赛` of 该组参赛 opens 参赛选手; a group split by grade, `获奖(人) 一等奖`, `… 二等奖`, is
    counted by its parts added up). ('', []) when none or several do. With `unit`, only the cells counted in it
    (a whole of the part's kind: `报名学生（人）` for a part in 人, not `报名学校（所）`)."""
    numeric = [c for c in row.cells if parse_number(c.text) is not None and (unit is None or c.unit == unit)]
    cells = [c for c in numeric if len(k := key(c.column)) >= MIN_COLUMN and noun.endswith(k)]
    if len(cells) == 1:
        return key(cells[0].column), cells
    for tail in (noun[-n:] for n in range(len(noun), MIN_COLUMN - 1, -1)):
        cells = [c for c in numeric if _column_head(c.column).startswith(tail)]
        if cells:
            heads = {_column_head(c.column) for c in cells}
            grouped = all(len(c.column.split(maxsplit=1)) == 2 for c in cells)
            return (heads.pop(), cells) if len(heads) == 1 and (len(cells) == 1 or grouped) else ("", [])
    return "", []


class RowCapShare:
    """Handler: a row's share of two of its cells judged against the cap the prose sets on it (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not _KEPT_ASKED.search(query.norm):
            return None
        # a cap the question names is the rule's own or another's (CapShare judges the whole's share by it)
        asked = [q.value for q in find_quantities(query.norm) if q.unit == "%"]
        q = normalize(query.norm, drop_space=True)
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            if hit.chunk.row_index is not None:
                continue
            doc = ask.reader.documents[hit.chunk.doc_id]
            for start, end in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
                for part, whole, cap, _ in capped_shares(doc.text[start:end]):
                    if asked and asked != [cap]:
                        continue
                    for table in doc.tables:
                        row = named_row(table, q)
                        if row is None:
                            continue
                        part_name, parts = _cells(row, part)
                        # a whole counted in the part's unit, when the noun alone leaves several columns
                        whole_name, wholes = _cells(row, whole)
                        if parts and not wholes:
                            whole_name, wholes = _cells(row, whole, parts[0].unit)
                        if parts and len(wholes) == 1 and part_name in q:
                            return _judged(ask, hit, (start, end), table, row, (part_name, parts),
                                           (whole_name, wholes[0]), cap)
        return None


def _operand(label: str, cell: Cell) -> Operand | None:
    n = parse_number(cell.text)
    return None if n is None else Operand(label=label, value=n.value, unit="", decimals=n.decimals,
                                          source={"kind": "cell", "start": cell.start, "end": cell.end,
                                                  "text": cell.text})


def _judged(ask: Ask, hit: Hit, span: tuple[int, int], table: Table, row: Row, parts: tuple[str, list[Cell]],
            whole: tuple[str, Cell], cap: float) -> Draft | None:
    chunk = ask.reader.row_chunk(table, row.index)
    if chunk is None:
        return None
    label = normalize(row_label(table, row))
    (part_name, part_cells), (whole_name, whole_cell) = parts, whole
    operands = [o for c in part_cells if (o := _operand(f"{label}{normalize(c.column)}", c)) is not None]
    whole_operand = _operand(f"{label}{whole_name}", whole_cell)
    if whole_operand is None or len(operands) < len(part_cells):
        return None
    try:
        added = total(operands, label=f"{label}{part_name}") if len(operands) > 1 else None
        part = Operand(label=added.label, value=added.value, unit="") if added else operands[0]
        computed = share(part, whole_operand, label=f"{label}{part_name}占{whole_name}的比例")
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
    summed = f"{part_name}：{added.formula}；" if added else ""
    answer = (f"{word}：{summed}{computed.formula}[{r}] {'≤' if kept else '>'} {cap:g}%。"
              f"{region_of(doc)}文件：“{display(doc.text[span[0]:span[1]])}”[{s}]；依据“{label}”："
              + "，".join(f"{normalize(c.column)}{c.text}" for c in [*part_cells, whole_cell]) + f"[{r}]")
    # the share is of the row's cells, and the cap it is held to is the rule's: both said
    context = f"{label}{part_name} {doc.text[span[0]:span[1]]}"
    return Draft(answer, False, ask.book.citations, [computed_figure(computed, r)],
                 [Claim("%", context, row_hit, (row.start, row.end), True)])
