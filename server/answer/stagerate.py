"""What one school stage's part of a programme came to: its rate per head × the heads it was paid to.

Aid summaries and budget notes state a programme's standard per pupil stage by stage (`小学600元/生/年、初中
900元/生/年`) and, in the same sentence, how many of each stage received it (`全年资助小学困难学生1480人、初中困难学生
2260人`), leaving each stage's total to the reader. Asked a total in money of one stage (`初中…全年补了多少钱`),
it is that stage's rate × its count, each named by the stage in its own list item or clause. Only a total is
asked so (a question asking the standard, or an amount per head, is the rate's own lookup); a rate per day or
month, or a period the question names, is left alone (the days or months paid are not stated with it).
"""
from __future__ import annotations

import re

from figures.compute import Computation, ComputeError, times
from figures.indicators import match_stage
from figures.numbers import display_scale
from ingest.clauses import clause_start
from ingest.normalize import normalize, pauses
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart

CANDIDATE_DOCUMENTS = 3  # leading documents whose sentences are read
_PER_HEAD_RATES = ("元/生/年", "元/人/年", "元/生/学年", "元/人/学年", "元/生", "元/人")
_HEADS = ("人", "人次")
_OTHER_PERIODS = ("学期", "月", "天", "日", "周")  # a period asked the yearly rate is not stated for
_PAUSE = re.compile(pauses("，、；;：:。"))


class StageRateTotal:
    """Handler: the stage asked's rate per head × its heads, stated in one sentence (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.units != ("元",) or query.operation or query.asked.compliance or len(query.asks) > 1 \
                or any(p in query.norm for p in _OTHER_PERIODS):
            return None
        stage = match_stage(query.norm)
        if not stage:
            return None
        found: dict[tuple[int, int], tuple[Stated, Stated]] = {}
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            text = reader.documents[doc_id].text
            amounts = [a for a in document_amounts(reader, doc_id)
                       if match_stage(_item(text, a)) == stage and reader.year_ok(query, a.hit)]
            for sentence in dict.fromkeys(a.sentence for a in amounts):
                rates = [a for a in amounts if a.sentence == sentence and a.quantity.unit in _PER_HEAD_RATES]
                heads = [a for a in amounts if a.sentence == sentence and a.quantity.unit in _HEADS]
                if len(rates) == 1 and len(heads) == 1:
                    found[sentence] = (rates[0], heads[0])
        if len(found) != 1:
            return None  # none, or several sentences: which programme is asked is not for this to choose
        rate, paid = next(iter(found.values()))
        result = _total(rate, paid, stage)
        return draft_apart(reader, ask.book, result, [rate, paid]) if result is not None else None


def _item(text: str, a: Stated) -> str:
    """The words of the amount's list item or clause, up to it: from the last pause of its sentence before it,
    a line the layout broke inside the item read through (`初中困难学生⏎2260人`)."""
    start = clause_start(text, a.quantity.start, _PAUSE, a.sentence[0])
    return normalize(text[start:a.quantity.start], drop_space=True).replace("\n", "")


def _total(rate: Stated, heads: Stated, stage: str) -> Computation | None:
    """rate × heads in yuan, shown in the scale its magnitude reads in (2034000元 → 203.4万元)."""
    try:
        product = times(rate.operand(f"{stage}标准"), heads.operand(f"{stage}人数"), unit="元")
    except ComputeError:
        return None
    prefix, factor = display_scale(product.value, "元")
    shown = f"{product.value / factor:.2f}".rstrip("0").rstrip(".")
    scaled = f"（即{shown}{prefix}元）" if prefix else ""
    return Computation(label=f"{stage} 合计（标准 × 人数）", value=product.value / factor, unit=f"{prefix}元",
                       formula=f"{product.formula}{scaled}", inputs=product.inputs)
