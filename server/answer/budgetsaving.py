"""What a purchase saved on its budget (`比预算节约了多少`): the budget a procurement notice states
(`采购预算为N万元`) less the amount it was awarded at, the award's table total row (`合计 | … | M`) under its
中标金额 or 成交金额 column, or the one prose sentence naming that amount. Result notices give both and leave
the difference to the reader; the question names the budget only (the words of each amount:
server/lexicon/procurement_amounts.tsv). Both are cited, the formula shown; nothing is computed unless each is
one amount in money, the award not above the budget. A saving's share of a cost is savingshare.py's."""
from __future__ import annotations

from itertools import islice

from figures.compute import ComputeError, Operand, remainder
from figures.tablequery import is_total, key
from ingest.models import Document
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.operands import Stated, document_amounts
from server.answer.savingshare import SAVING_ASKED
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import cell_operand
from server.lexicon import procurement_amounts
from server.retrieve import Hit

CANDIDATE_DOCUMENTS = 2  # leading documents read


def _names(words: str, kind: str) -> bool:
    return any(w in words for w in procurement_amounts()[kind])


def _awarded_cells(ask: Ask, doc: Document) -> list[tuple[Operand, Hit, tuple[int, int], str]]:
    """The award's amount in the document's tables: the total row's cell of the awarded column (the one row's,
    when a table lists one), with the row's passage and its line."""
    found = []
    for table in doc.tables:
        columns = [c for c in table.columns if _names(key(c), "awarded")]
        totals = [r for r in table.rows if is_total(key(row_label(table, r)))]
        rows = totals if totals else table.rows if len(table.rows) == 1 else []
        if len(columns) != 1 or len(rows) != 1:
            continue
        row = rows[0]
        operand = cell_operand(row.cell(columns[0]), table, row, key(row_label(table, row)))
        chunk = ask.reader.row_chunk(table, row.index)
        if operand is not None and chunk is not None and operand.unit == "元":
            found.append((operand, Hit(-1, chunk, 0.0), (row.start, row.end), doc.text[row.start:row.end]))
    return found


def _stated(ask: Ask, doc_id: str, kind: str, other: str) -> list[Stated]:
    """The prose amounts in money whose words name the `kind` of amount and not the `other`."""
    return [a for a in document_amounts(ask.reader, doc_id) if a.quantity.unit == "元"
            and _names(a.words, kind) and not _names(a.words, other)]


class BudgetSaving:
    """Handler: the budget less the amount awarded (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        q = flat(query.norm)
        if query.operation == "share" or query.asked.compliance or len(query.asks) > 1 \
                or not SAVING_ASKED.search(q) or not _names(q, "budget") or _names(q, "awarded"):
            return None
        for doc_id in islice(ask.ranked_docs(), CANDIDATE_DOCUMENTS):
            doc = ask.reader.documents[doc_id]
            budgets = _stated(ask, doc_id, "budget", "awarded")
            awarded = _awarded_cells(ask, doc) or [
                (a.operand("中标金额"), a.hit, a.sentence, doc.text[slice(*a.sentence)])
                for a in _stated(ask, doc_id, "awarded", "budget")]
            if len(budgets) != 1 or len(awarded) != 1:
                continue
            budget = budgets[0]
            amount, hit, span, line = awarded[0]
            try:
                result = remainder(budget.operand("预算金额"), amount, label="比预算节约（预算金额 − 中标金额）")
            except ComputeError:
                return None
            n = ask.book.cite(budget.hit, *budget.sentence)
            m = ask.book.cite(hit, *span)
            figure = computed_figure(result, n)
            figure.citation_ids = [n, m]
            return Draft(f"比预算节约{result.value:.10g}{result.unit}：{result.formula}[{n}][{m}]。"
                         f"依据{region_of(doc)}文件：“{display(doc.text[slice(*budget.sentence)])}”[{n}]；"
                         f"“{display(line)}”[{m}]", False, ask.book.citations, [figure],
                         [Claim(result.unit, result.label, budget.hit, budget.sentence, True)])
        return None
