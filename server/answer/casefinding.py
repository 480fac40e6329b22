"""A case the question puts to the rules in its own figure (`X校收费N元行不行`) that the document's finding states of
the same unit, with the same figure and what was done about it (`X校原申报…N元，…已责令改按M元执行`): the document
judged the case a breach, so the answer is no — in the question's own yes/no words — with the finding quoted.

Inspection notices and fee publicities report a unit's breach with its disposal (责令, 整改, 纠正, 退还, 违规); such
a sentence judges the case, where a rule quoted back would not (server/answer/verify.py refuses that). A sentence
stating the figure with no disposal after it (or after a disposal: the corrected amount), another figure, or too few
of the question's words for the unit asked leaves the question to the other handlers."""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.text import display, flat, region_of

CASE_COVER = 0.75  # of the key terms, the finding's sentence must hold (the unit and the item asked)
# what was done about a breach, after the figure it concerns (inspection and audit reports' disposal words)
_DISPOSAL = re.compile(r"责令|违规|违反|不符合|整改|纠正|清退|退还")
# the question's yes/no words and the no in them (`行不行` → 不行); any other asking gets 不符合规定
_NO_IN_ITS_WORDS = (("行不行", "不行"), ("可不可以", "不可以"), ("可以吗", "不可以"), ("行吗", "不行"),
                    ("合不合规", "不合规"), ("合规吗", "不合规"), ("对不对", "不对"))


def _no(question: str) -> str:
    """No, in the question's own words, with the verdict."""
    said = next((no for asked, no in _NO_IN_ITS_WORDS if asked in question), "")
    return f"{said}（不符合规定）" if said else "不符合规定"


class CaseFinding:
    """Handler: a case's figure the evidence sentence states with its disposal, judged a breach (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asked.compliance or query.asked.threshold:
            return None
        stated = [q for q in find_quantities(query.norm) if q.is_measure]
        if len(stated) != 1:
            return None
        hit, (start, end) = ask.evidence.hit, ask.evidence.span
        if hit.chunk.row_index is not None:
            return None
        doc = reader.documents[hit.chunk.doc_id]
        sentence = doc.text[start:end]
        same = [q for q in find_quantities(sentence)
                if q.is_measure and (q.value, q.unit) == (stated[0].value, stated[0].unit) and not q.qualifier]
        # (the case's figure stands before what was done about it: one after a disposal is the corrected amount,
        # `责令改按M元`, which keeps the rule)
        if len(same) != 1 or _DISPOSAL.search(sentence, 0, same[0].start) \
                or not _DISPOSAL.search(sentence, same[0].end):
            return None
        if reader.coverage(query, flat(normalize(sentence)))[0] < CASE_COVER:
            return None
        n = ask.book.cite(hit, start, end)
        return Draft(f"{_no(query.norm)}。据{region_of(doc)}文件：“{display(sentence)}”[{n}]", False,
                     ask.book.citations)
