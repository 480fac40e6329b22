"""What the units a table leaves out have, asked beside the table's rows (`不算上表所列的园，其余园还有几项没落实`).

Reports state an area's count in their prose (`全区尚有N项未落实`) and list some units of it in a table closing on a
total row (`合计 | … | 未落实 M`). Asked for the rest besides the table's rows, the answer is the prose's count −
the total row's cell of the same column: the column of those not done when the question asks what is not done
(`没落实`, its verb's `未…` column), else the one column the question names. The prose count is the one amount of
the table's document outside the table in that column's unit whose clause says it (not done: a 未/尚/正在 word
and the verb); two such amounts of different values, or a second table, leave it to the other handlers.
"""
from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from figures.compute import Computation, ComputeError, remainder
from figures.tablequery import is_total, key, unit_note
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize, pauses
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_name
from server.answer.operands import Stated, document_amounts
from server.answer.remainder import asked_undone
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import cell_operand, overlap
from server.retrieve import Hit

NAME_RUN_MIN = 2  # characters a column's name and the question must share in one run
# the table's rows set aside by the question (`除表中几所园外`, `除上表所列学校外`, `不算表中的`)
_TABLE_ROWS_OUT = re.compile(r"(?:除了?|除去|不算|不含)(?P<table>(?:上|下|附)?表(?:格)?(?:[里中内]|所列|列出))")
_NOT_DONE = re.compile(r"未|没|尚|正在|仍|剩")  # words of a clause counting what is not yet done
_CLAUSE = re.compile(pauses("，；;。：:"))


class TableRest:
    """Handler: the prose's count − the table's total row's cell, of the rows the table leaves out (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        out = _TABLE_ROWS_OUT.search(query.norm)
        if len(query.asks) > 1 or out is None:
            return None
        undone = asked_undone(query.search_text)
        verb = undone[0] if undone else ""
        q = flat(query.norm)
        answers: list[Found] = []
        for _hit, table in ask.row_tables():
            found = _rest(ask, table, q, verb, out.group("table"))
            if found is not None:
                answers.append(found)
        if len(answers) != 1:
            return None
        table, total, cell, stated, result = answers[0]
        return prose_and_total(ask, table, total, stated, result, total_first=True)


def prose_and_total(ask: Ask, table: Table, total: Row, stated: Stated, result: Computation,
                    total_first: bool) -> Draft | None:
    """The answer computed from a prose amount and a table's total row: the formula, the sentence and the row,
    each cited; the figure's own source the total row when `total_first`, else the sentence."""
    doc = ask.reader.documents[table.doc_id]
    chunk = ask.reader.row_chunk(table, total.index)
    if chunk is None:
        return None
    spans = [(Hit(-1, chunk, 0.0), total.start, total.end), (stated.hit, *stated.sentence)]
    ids = [ask.book.cite(*span) for span in (spans if total_first else spans[::-1])]
    n, m = ids if total_first else ids[::-1]
    figure = computed_figure(result, ids[0])
    figure.citation_ids = ids
    said = "，".join(f"{c.column}：{c.text}" for c in total.cells)
    quote = display(doc.text[stated.sentence[0]:stated.sentence[1]])
    return Draft(f"{result.label}：{result.formula}[{m}][{n}]。依据{region_of(doc)}文件：“{quote}”[{m}]；"
                 f"《{table_name(doc, table)}》“{row_label(table, total)}”：{said}[{n}]", False,
                 ask.book.citations, [figure],
                 [Claim(result.unit, result.label, stated.hit, stated.sentence, True)])


Found = tuple[Table, Row, Cell, Stated, Computation]  # the table, its total row, the column's cell, the prose's


def _rest(ask: Ask, table: Table, q: str, verb: str, listed: str) -> Found | None:
    """The prose's count − the total row's cell of the column asked, for one table."""
    totals = [r for r in table.rows if is_total(row_label(table, r))]
    if len(totals) != 1:
        return None
    total = totals[0]
    cells = [c for c in total.cells if c.column not in key_columns(table) and cell_operand(c) is not None]
    column = _column(cells, q, verb)
    if column is None:
        return None
    part = cell_operand(column, table, total, key(row_label(table, total)))
    if part is None:
        return None
    if not part.unit:  # a bare number under a header noting its counter (`未完成（项）`)
        noted = normalize(unit_note(column.column))
        part = replace(part, unit=noted, unit_as_written=noted)
    text = ask.reader.documents[table.doc_id].text
    wholes = [a for a in document_amounts(ask.reader, table.doc_id)
              if not table.start <= a.quantity.start < table.end and a.quantity.unit == part.unit
              and a.quantity.value > part.value and _says(text, a, key(column.column), verb)]
    if len({a.quantity.value for a in wholes}) != 1:
        return None
    whole = wholes[0]
    try:
        named = key(column.column)
        # named as the question sets the rows aside (除上表所列以外的…): the rest, not the area's count
        result = remainder(whole.operand(named), part, label=f"除{listed}以外的{named}（全部 − 表中合计）")
    except ComputeError:
        return None
    return table, total, column, whole, result


def _column(cells: list[Cell], q: str, verb: str) -> Cell | None:
    """The column of those not done when the question asks it by its verb; else the one column it names best."""
    if verb:
        undone = [c for c in cells if verb in key(c.column) and _NOT_DONE.search(key(c.column))]
        return undone[0] if len(undone) == 1 else None
    runs = [(overlap(key(c.column), q), c) for c in cells]
    best = [c for run, c in runs if run >= NAME_RUN_MIN and run == max(r for r, _ in runs)]
    return best[0] if len(best) == 1 else None


def _says(text: str, a: Stated, column: str, verb: str) -> bool:
    """Whether the amount's clause counts what the column does: not done by the verb, or named by the column."""
    s, e = a.sentence
    starts = [s] + [s + m.end() for m in _CLAUSE.finditer(text[s:e])]
    start = max(x for x in starts if x <= a.quantity.start)
    end = next((s + m.start() for m in _CLAUSE.finditer(text[s:e]) if s + m.start() >= a.quantity.end), e)
    clause = flat(normalize(text[start:end]))
    if verb:
        return verb in clause and _NOT_DONE.search(clause) is not None
    # the column's words in the amount's order, in runs of two or more (`检查设备` of `共检查出故障设备`)
    blocks = SequenceMatcher(None, column, a.words, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= NAME_RUN_MIN) == len(column)
