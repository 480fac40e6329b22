"""A ratio rule (`Y按每N名X配M人`, `每N名X配备M名Y`) asked of one table row as enough or not (`某校Y配够了吗`).

Contest and activity notices set the staff due per so many participants in prose and tabulate each unit's counts
(`单位 | 学员 | 名额 | Y`). The row is the one the question names; the staff's count is its cell in the column
the rule and the question both name (Y); the base is its one other count column the question names (the stage or
list the participants are counted in: 复赛 of 复赛名额). The count required is base ÷ N × M rounded up (a part short
of N is due staff too), the row's staff judged against it, the rule and the row cited. ratiorule.py judges counts
stated in prose; no rule, row or column told apart leaves the question to the other handlers."""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, compare, required_by_ratio
from figures.numbers import amount_text
from figures.tablequery import key
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.segment import words
from ingest.structure import split_sentences
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.ratiorule import staff_ratio
from server.answer.sections import chunk_hit
from server.answer.statedverdict import ASKS_CONTENT
from server.answer.tables import named_row
from server.answer.text import computed_figure, display, region_of
from server.calc import cell_operand, verdict_text
from server.lexicon import plain_words
from server.query import plain
from server.retrieve import Hit

LEADING = 8  # passages whose tables are read
MIN_NOUN_CHARS = 2
_CLAUSE = re.compile(r"[^，,；;。]+")


class RowRatioRule:
    """Handler: a table row's staff judged against the count its document's ratio rule requires (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asked.compliance or query.asked.threshold or ASKS_CONTENT.search(query.norm):
            return None
        asked = plain(normalize(query.norm, drop_space=True))
        for hit, table in ask.row_tables(LEADING):
            if ask.scope is not None and hit.chunk.doc_id not in ask.scope:
                continue
            doc = reader.documents[hit.chunk.doc_id]
            for start, end in split_sentences(doc.text, 0, len(doc.text)):
                for clause in _CLAUSE.finditer(normalize(doc.text[start:end], drop_space=True)):
                    m = staff_ratio(verb_required=True).search(clause.group())
                    found = _row_counts(table, asked, clause.group()) if m else None
                    if m and found is not None:
                        return _judged(ask, chunk_hit(reader, doc, start), (start, end), m, table, *found)
        return None


def _row_counts(table: Table, asked: str, rule: str) -> tuple[Row, Cell, Cell] | None:
    """(row, staff cell, base cell): the row the question names, its one count column the rule and the question
    both name, and its one other count column a word of which the question holds."""
    row = named_row(table, asked)
    if row is None:
        return None
    counts = [c for c in row.cells if c.column and cell_operand(c) is not None]
    staff = [c for c in counts if len(k := key(c.column)) >= MIN_NOUN_CHARS and k in rule and _names(asked, k)]
    if len(staff) != 1:
        return None
    bases = [c for c in counts if c is not staff[0]
             and any(len(w) >= MIN_NOUN_CHARS and w in asked for w in words(key(c.column)))]
    return (row, staff[0], bases[0]) if len(bases) == 1 else None


def _names(asked: str, noun: str) -> bool:
    """Whether the question names `noun`, as written or by one of its words' everyday forms ending a word of the
    question (指导老师 for 指导教师: server/lexicon/plain_words.tsv)."""
    return noun in asked or any(w.endswith(spoken) and w[:-len(spoken)] + written == noun
                                for w in words(asked) for spoken, written in plain_words().items())


def _judged(ask: Ask, hit: Hit, rule: tuple[int, int], m: re.Match[str], table: Table, row: Row, staff: Cell,
            base_cell: Cell) -> Draft | None:
    reader, book = ask.reader, ask.book
    name = key(staff.column)
    base = cell_operand(base_cell, table, row)
    stock = cell_operand(staff, table, row, label="实配")
    chunk = reader.row_chunk(table, row.index)
    if base is None or stock is None or chunk is None:
        return None
    need = Operand(label=f"每{m.group('per')}名{m.group('base')}应配{name}", value=float(m.group("need")), unit="人")
    try:
        required = required_by_ratio(base, float(m.group("per")), need, label=f"应配{name}")
        judged = compare(stock, Operand(label=required.label, value=required.value, unit=required.unit),
                         label=f"实配{name}与应配之差")
    except ComputeError:
        return None
    passed = stock.value >= required.value
    judged.flag = "pass" if passed else "fail"
    n = book.cite(hit, *rule)
    r = book.cite(Hit(-1, chunk, 0.0), row.start, row.end)
    doc = reader.documents[hit.chunk.doc_id]
    label = normalize(row_label(table, row))
    have, due = amount_text(stock.value, "人"), amount_text(required.value, "人")
    relation = "≥" if passed else "<"
    per, base_noun, due_each = m.group("per"), m.group("base"), m.group("need")
    answer = (f"{verdict_text(judged, ask.query.norm)}：按每{per}名{base_noun}配备{due_each}人，"
              f"{label}{key(base_cell.column)}{amount_text(base.value, '人')}应配{name}：{required.formula}[{r}][{n}]；"
              f"实配{have}[{r}]，{have} {relation} {due}。"
              f"依据{region_of(doc)}文件：“{display(doc.text[rule[0]:rule[1]])}”[{n}]")
    needed = computed_figure(required, n)
    needed.citation_ids = list(dict.fromkeys([r, n]))
    return Draft(answer, False, book.citations, [needed, computed_figure(judged, n)],
                 [Claim("人", f"{name}{label}", Hit(-1, chunk, 0.0), (row.start, row.end), True)])
