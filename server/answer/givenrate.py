"""A total the question asks the document to give by a rate per head the question itself sets
(`按每生每年30元算，一年要多少经费`): the rate × the pupils the document counts.

Plans and budget notices set a funding standard per pupil (`每名学生每年至少按30元纳入预算`) and
count the pupils elsewhere (`在校学生6.4万人`); a question that restates the standard asks for
what it comes to. The rate is the question's, the head count the document's own statement of its
enrolled pupils (of the stage the question names); two such counts that differ make it abstain.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, Operand, times
from figures.numbers import find_quantities
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart, several_values
from server.answer.text import PER_EACH, PER_MEAN, flat

CANDIDATE_PASSAGES = 8  # leading passages whose documents the head count is looked up in
TEN_THOUSAND = 10_000
# `按每生20元算`, `按每名学生每年30元计算`, `按生均50元的标准测算`: the rate per head the question sets
_GIVEN_RATE = re.compile(rf"按(?:照)?(?:{PER_EACH}|{PER_MEAN})(?:每年|每学年)?"
                         r"(?P<rate>\d+(?:\.\d+)?(?:万)?元)(?:/生|/人)?(?:的)?(?:标准)?(?:来)?(?:测算|计算|算|计)")
# the words a document counts its enrolled pupils by: the count alone, of one stage or all, never a subset
# (`测评覆盖…学生`, `须特别留意学生`) whose verb or qualifier the pattern does not allow
_ENROLLED = re.compile(r"(?:全县|全市|全区|全镇|全校)?(?:共有|现有|有)?"
                       r"(?P<stage>中小学|小学|初中|高中|普通高中|义务教育阶段|义务教育)?"
                       r"(?:在校学生|在校生|在读学生|学生)(?:总数|人数|数)?")
_PER_HEAD = re.compile(f"{PER_EACH}|{PER_MEAN}")
_STAGE_ASKED = re.compile(r"中小学|小学|初中|普通高中|高中|义务教育")


def given_rate(norm: str) -> str:
    """The rate per head a question sets for its computation (`20元`), '' when it sets none."""
    m = _GIVEN_RATE.search(norm)
    return m.group("rate") if m else ""


class GivenRateTotal:
    """Handler: rate per head given by the question × the enrolled pupils the document states."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        norm = flat(normalize(query.text))
        written = given_rate(norm)
        if not written or query.operation or query.asked.compliance or len(query.asks) > 1:
            return None
        rate_q = find_quantities(written)[0]
        asked_stage = _STAGE_ASKED.search(norm.replace(written, ""))
        stage = asked_stage.group() if asked_stage else ""
        for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
            heads = [a for a in document_amounts(reader, doc_id) if _enrolled(a, stage)
                     and reader.year_ok(query, a.hit)]
            if not heads:
                continue
            several = several_values(reader, [heads], "文件中在校学生数不止一个，无法确定按哪一项计算。")
            if several is not None:
                return several
            head = heads[0]
            # the document's own statement of the standard, when it sets the one the question gives: cited first
            standard = [a for a in document_amounts(reader, doc_id) if a.quantity.unit == rate_q.unit
                        and a.quantity.value == rate_q.value and _PER_HEAD.search(a.lead)]
            rate = standard[0].operand("每生标准") if standard else Operand(
                label="每生标准", value=rate_q.value, unit=rate_q.unit, unit_as_written=rate_q.unit_as_written,
                decimals=rate_q.decimals, source={"kind": "question", "text": written})
            try:
                result = times(rate, head.operand(head.words), label="所需金额（每生标准 × 学生数）")
            except ComputeError:
                return None
            if result.unit == "元" and result.value >= TEN_THOUSAND:  # a budget's sum is read in 万元
                result.note = f"即{result.value / TEN_THOUSAND:g}万元"
            return draft_apart(reader, ask.book, result, standard[:1] + [head])
        return None


def _enrolled(a: Stated, stage: str) -> bool:
    """Whether the amount counts the enrolled pupils (of `stage` when the question names one)."""
    m = _ENROLLED.fullmatch(a.words)
    if a.quantity.unit != "人" or m is None:
        return False
    return (m.group("stage") or "") == stage if stage else (m.group("stage") or "") in ("", "中小学")
