"""An amount per head the question asks by the heads to count (`X经费按参训校长计算人均多少`), the amount a table
row's cell of one document and the heads a count in the prose of the same place's documents.

A place's funding report tables what each item was budgeted and spent (`项目 | 预算（万元） | 实际支出（万元）`);
its notice on the programme counts the people it covers (`其中参训校长N人`). Asked per head, the answer is the
cell of the row the question names, in the money column its other words name (实际支出, not 预算), ÷ the one count
whose words hold the heads asked in their order (a qualifier the document adds inside them allowed). Both are
cited and the formula shown; a second row, column or count of another value leaves it to the other handlers.
"""
from __future__ import annotations

import re

from figures.compute import Computation, ComputeError, Operand, ratio
from figures.tablequery import is_total, key
from ingest.models import Row, Table
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_name
from server.answer.operands import Stated, document_amounts, holds_in_order
from server.answer.tables import MIN_LABEL_CHARS
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import cell_operand, overlap
from server.regions import without_places
from server.retrieve import Hit

CANDIDATE_DOCUMENTS = 4  # leading documents (in the question's scope) read for the row and the count
NAME_RUN_MIN = 2  # characters a row's label or a column's name and the question must share in one run
# the heads to count the amount by, then the per-head words (`按参训校长算每人`, `按参训人数计算，人均`)
_BY_HEADS = re.compile(r"按(?:照)?(?P<who>[\u4e00-\u9fff]{2,16}?)(?:人数)?(?:来)?(?:算|计算|计)[，,]?"
                       r"(?:平均)?(?:每人|每名|人均|每个人|每生)")
_WORDS_OF_MONEY = re.compile(r"的?(?:钱|资金|金额)$")  # an everyday word for the amount, naming no column


class PerHeadApart:
    """Handler: the named row's money cell ÷ the count of the heads asked, stated apart (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        m = _BY_HEADS.search(query.norm)
        if m is None or len(query.asks) > 1 or query.asked.compliance:
            return None
        subject = without_places(query.norm[:m.start()], query.regions)
        subject, who = flat(_WORDS_OF_MONEY.sub("", subject.strip(" ,，"))), flat(m.group("who"))
        docs = ask.ranked_docs()[:CANDIDATE_DOCUMENTS]
        cells = [found for d in docs for t in ask.reader.documents[d].tables if (found := _cell(t, subject))]
        heads = [a for d in docs for a in document_amounts(ask.reader, d) if a.quantity.unit == "人"
                 and holds_in_order(a.words, who.replace("的", ""))]
        if len(cells) != 1 or not heads or len({a.quantity.value for a in heads}) != 1:
            return None
        table, row, amount = cells[0]
        head = heads[0]
        try:
            result = ratio(amount, head.operand(head.words), label=f"每人{key(row_label(table, row))}"
                           f"（{key(amount.label)} ÷ {head.words}）")
        except ComputeError:
            return None
        return _drafted(ask, table, row, head, result)


def _cell(table: Table, subject: str) -> tuple[Table, Row, Operand] | None:
    """The money cell of the row the subject names (not a total) in the one column its other words name best."""
    rows = [r for r in table.rows if len(label := key(row_label(table, r))) >= MIN_LABEL_CHARS and label in subject
            and not is_total(label)]
    if len(rows) != 1:
        return None
    row = rows[0]
    label = key(row_label(table, row))
    rest = subject.replace(label, "")
    money = [(overlap(key(c.column), rest), o) for c in row.cells if c.column not in key_columns(table)
             and (o := cell_operand(c)) is not None and "元" in o.unit]
    best = [o for run, o in money if run >= NAME_RUN_MIN and run == max(r for r, _ in money)]
    return (table, row, best[0]) if len(best) == 1 else None


def _drafted(ask: Ask, table: Table, row: Row, head: Stated, result: Computation) -> Draft | None:
    """The formula, the row cited with its cells and the count's sentence quoted, each of its own document."""
    chunk = ask.reader.row_chunk(table, row.index)
    if chunk is None:
        return None
    n = ask.book.cite(Hit(-1, chunk, 0.0), row.start, row.end)
    m = ask.book.cite(head.hit, *head.sentence)
    doc, other = ask.reader.documents[table.doc_id], ask.reader.documents[head.hit.chunk.doc_id]
    said = "，".join(f"{c.column}：{c.text}" for c in row.cells)
    quote = display(other.text[head.sentence[0]:head.sentence[1]])
    figure = computed_figure(result, n)
    figure.citation_ids = [n, m]
    # money per head is paid in whole yuan: the quotient also so (`约600元`)
    whole = f"，即每人约{result.value:.0f}元" if result.unit == "元/人" else ""
    return Draft(f"{result.label}：{result.formula}{whole}[{n}][{m}]。依据{region_of(doc)}《{table_name(doc, table)}》"
                 f"“{row_label(table, row)}”：{said}[{n}]；{other.meta.title or region_of(other)}：“{quote}”[{m}]",
                 False, ask.book.citations, [figure], [Claim(result.unit, result.label, head.hit, head.sentence, True)])
