"""How a case the question describes was dealt with (`那所违规收费的学校最后怎么处理的`): a circular of
inspection findings or an accountability notice lists each case in a table row — who, what was found, how
it was dealt with (问责方式, 处理结果, 处理意见) — and the question names the case by what was done, not by
its name. The row whose other cells carry the most of the question's words, and clearly more than any
other row, answers with its outcome cell, cited by the row."""
from __future__ import annotations

import re

from ingest.models import Row, Table
from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Draft, table_name
from server.answer.evidence import COVER_MIN
from server.answer.sections import chunk_hit
from server.answer.text import display, flat, region_of

_ASKS_OUTCOME = re.compile(r"(?:怎么|如何|怎样)(?:被)?(?:处理|处置|处罚|问责|处分)|"
                           r"(?:处理|处置|问责|处分)(?:结果|意见|方式|情况)?(?:是|有)?(?:什么|哪些|怎样)|"
                           r"受到(?:了)?(?:什么|哪些|怎样的?)(?:处理|处分|处罚|问责)")
# the column a table states each case's outcome in
_OUTCOME_COLUMN = re.compile(r"问责方式|问责情况|问责结果|处理结果|处理意见|处理方式|处理情况|处分|处罚")
_DOCUMENTS = 3
MARGIN = 0.1  # the best row's coverage over the next one's: a description fitting two rows names neither


class DescribedCaseOutcome:
    """The outcome cell of the table row the question describes, or None."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not _ASKS_OUTCOME.search(query.norm):
            return None
        docs = ask.ranked_docs()[:_DOCUMENTS]
        for doc_id in docs:
            doc = reader.documents[doc_id]
            for table in doc.tables:
                outcome = next((c for c in table.columns if _OUTCOME_COLUMN.search(normalize(c))), None)
                if outcome is None:
                    continue
                scored = sorted(((_cover(ask, table, row, outcome), row) for row in table.rows),
                                key=lambda sr: -sr[0])
                if not scored or scored[0][0] < COVER_MIN or \
                        len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN:
                    continue
                row = scored[0][1]
                cell = row.cell(outcome)
                if cell is None or not cell.text.strip():
                    continue
                n = ask.book.cite(chunk_hit(reader, doc, row.start), row.start, row.end)
                said = "；".join(f"{display(c.column)}：{display(c.text)}" for c in row.cells if c.text.strip())
                return Draft(f"{display(row_label(table, row))}：{display(cell.text)}。依据{region_of(doc)}文件"
                             f"《{display(table_name(doc, table))}》：{said}[{n}]",
                             False, ask.book.citations)
        return None


def _cover(ask: Ask, table: Table, row: Row, outcome: str) -> float:
    """The question's key-term coverage of the row's cells other than its outcome."""
    text = "".join(c.text for c in row.cells if c.column != outcome)
    return ask.reader.coverage(ask.query, flat(normalize(text)))[0]
