"""A student–teacher ratio (生师比: students ÷ full-time teachers, ../shared/domain/standards.md) the
document does not state, from its counts of the stage's students and full-time teachers stated
apart. Self-evaluation reports and statistics bulletins state a stage's counts as items of a
`其中` list under the level's total (`在校生30754人，其中小学在校生21436人…；专任教师2778人，其中
小学1732人…`): each count is looked up by the stage and its noun, an item named by its own words
with its head's (server/answer/operands.py). Two counts fitting a noun equally with different values
make it abstain.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, ratio
from figures.indicators import match_stage
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart, naming_listed, several_values

CANDIDATE_PASSAGES = 8  # leading passages whose documents the counts are looked up in
STUDENTS = ("在校生", "在校学生", "学生")  # how documents name the students counted for the ratio
TEACHERS = ("专任教师",)  # the ratio counts full-time teachers only
# a ratio the document states (`生师比为13.5:1`, `生师比 15.2`)
_STATED = re.compile(r"生师比[^，,；;。\d]{0,6}\d")
FULLY = 0.99  # an input's words (with its list's head) must name the whole noun


class StudentTeacherRatio:
    """Handler: 生师比 asked and not stated, computed from the stage's two counts."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.asked.per != "生师比" or query.operation != "ratio":
            return None
        stage = match_stage(normalize(query.norm).replace("生师比", ""))
        for doc_id in dict.fromkeys(h.chunk.doc_id for h in ask.ranked[:CANDIDATE_PASSAGES]):
            if _STATED.search(normalize(reader.documents[doc_id].text)):
                return None  # the document states a ratio: a lookup answers with it
            amounts = [a for a in document_amounts(reader, doc_id)
                       if a.quantity.unit == "人" and reader.year_ok(query, a.hit)]
            students = _counted(amounts, [stage + n for n in STUDENTS])
            teachers = _counted(amounts, [stage + n for n in TEACHERS])
            if not students or not teachers:
                continue
            several = several_values(reader, [students, teachers],
                                     "文件中计算生师比所需的人数不止一个，无法确定按哪一项计算。")
            if several is not None:
                return several
            s, t = students[0], teachers[0]
            try:
                result = ratio(s.operand(f"{stage}在校生"), t.operand(f"{stage}专任教师"),
                               label=f"{stage}生师比（在校生 ÷ 专任教师）", decimals=2)
            except ComputeError:
                return None
            result.formula = f"{result.formula}（即{result.value:.2f}:1）"
            return draft_apart(reader, ask.book, result, [s, t])
        return None


def _counted(amounts: list[Stated], nouns: list[str]) -> list[Stated]:
    """The amounts named fully by the first noun any amount is; of those, the ones whose words add
    least to it (`小学在校生21436人`, not `规模最大的小学在校生1856人`)."""
    for noun in nouns:
        fits = [a for a in amounts if naming_listed(a, noun) >= FULLY]
        if fits:
            least = min(len(a.words) for a in fits)
            return [a for a in fits if len(a.words) == least]
    return []

