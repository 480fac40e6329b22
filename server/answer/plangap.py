"""The work done beyond a plan or short of it (`X比目标多建了几所`, `X超额多少`, `X比计划还差多少`), from the
plan's amount and the amount done that a document states apart (`计划新增X N台，实际完成M台`).

Work summaries state the plan and what was done and leave their difference to the reader; a lookup answers
with one side of it. The two amounts are found as for a completion rate (server/answer/computed.py
planned_and_done): the plan by its clause's plan words, the amount done by its words of doing, in the plan's
unit. Beyond the plan asked, the answer is done − plan; short of it, plan − done; the other way round (the plan
missed when asked what was done beyond it) or two values of a side gives no figure here.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import ComputeError, remainder
from figures.numbers import parse_number
from figures.tablequery import is_total
from ingest.normalize import normalize
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.computed import CANDIDATE_PASSAGES, planned_and_done, share_noun
from server.answer.draft import Draft, table_name
from server.answer.operands import Stated, draft_apart, several_values
from server.answer.rowchange import counted_as_asked
from server.retrieve import Hit

# the thing before the plan it is measured against (`X比目标多建了几所`, `X较目标少建成几所`, `X超额完成多少`)
_PLAN = r"(?:原|年度|全年)?(?:计划|目标|任务)(?:数)?"
_BEYOND = re.compile(rf"(?P<noun>[^，,？?]{{2,24}}?)(?:(?:比|较){_PLAN}(?P<dir>多|少|还差)|超额|超出{_PLAN})"
                     r"[\u4e00-\u9fff]{0,2}?了?(?:多少|几)")


class PlanGap:
    """Handler: done − plan (or plan − done when short of it asked), stated apart (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        m = _BEYOND.search(normalize(query.text))
        if m is None or query.asked.compliance or len(query.asks) > 1:
            return None
        noun = share_noun(m.group("noun"), query)
        if len(noun) < 2:
            return None
        short = m.group("dir") in ("少", "还差")
        for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
            found = planned_and_done(reader, query, doc_id, noun)
            if found is None or not found[0] or not found[1]:
                continue
            targets, done = found
            several = several_values(reader, [targets, done], "文件中计划数或完成数不止一个，无法确定按哪一项计算。")
            if several is not None:
                return several
            target = next(t for t in targets if t.quantity.unit == done[0].quantity.unit)
            planned, actual = target.operand(f"计划{noun}"), done[0].operand(f"实际{noun}")
            try:  # (the other way round from the question raises: not the figure asked)
                result = remainder(planned, actual, label=f"{noun} 少于计划") if short else \
                    remainder(actual, planned, label=f"{noun} 超出计划")
            except ComputeError:
                return None
            result = counted_as_asked(result, _counter(reader.documents[doc_id].text, [target, done[0]]))
            drafted = draft_apart(reader, ask.book, result, [done[0], target], query)
            return _total_row_cited(ask, drafted, doc_id, done[0], target)
        return None


def _total_row_cited(ask: Ask, drafted: Draft, doc_id: str, done: Stated, target: Stated) -> Draft:
    """The draft with the document's table total row (合计) that restates both amounts in two of its cells cited
    too: summaries state plan and done in prose and again in their table's total row, and a reader checks either.
    As it is unless exactly one total row holds both values."""
    doc = ask.reader.documents[doc_id]
    values = {done.quantity.value, target.quantity.value}
    rows = [(table, row) for table in doc.tables for row in table.rows if is_total(row_label(table, row))
            and len(values) == 2
            and values <= {q.value for c in row.cells if (q := parse_number(c.text)) is not None}]
    if len(rows) != 1 or not drafted.figures:
        return drafted
    table, row = rows[0]
    chunk = ask.reader.row_chunk(table, row.index)
    if chunk is None:
        return drafted
    n = ask.book.cite(Hit(-1, chunk, done.hit.score), row.start, row.end)
    said = "，".join(f"{c.column}：{c.text}" for c in row.cells)
    figure = drafted.figures[0]
    figure.citation_ids = list(dict.fromkeys([*figure.citation_ids, n]))
    return replace(drafted, answer=f"{drafted.answer}；《{table_name(doc, table)}》“{row_label(table, row)}”："
                                   f"{said}[{n}]", citations=ask.book.citations)


def _counter(text: str, amounts: list[Stated]) -> str:
    """The counter both amounts are written with when the number reader leaves it bare (`300台`, `320台`)."""
    written = {text[a.quantity.end:a.quantity.end + 1] for a in amounts}
    counter = written.pop() if len(written) == 1 else ""
    return counter if "\u4e00" <= counter <= "\u9fff" and all(not a.quantity.unit for a in amounts) else ""
