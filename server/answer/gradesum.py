"""A whole award asked (`X奖一共评几个`) that its document states only grade by grade, in one list.

Sports-meet plans and contest notices set an award by its grades in one clause (`评出X一等奖N个、二等奖M个`)
and never state its total; another award of the same sentence (`另评Y奖K个`) is no grade of it. Asked the
award's total by its name without a grade, the answer is the sum of the grades listed after the award's name:
the first amount led by the award's name and a grade, each next amount of that sentence led by a grade alone, all
in one counter, cited and the formula shown. A question naming a grade, or no one such list, is left to the others.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, total
from figures.numbers import canonical_unit
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.text import flat

CANDIDATE_DOCUMENTS = 3  # leading documents whose sentences are read
_GRADE = re.compile(r"[特一二三四五六]等奖")
# the award asked by its name (`团体奖`): the two characters before 奖
_AWARD_ASKED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2})奖")
_LIST_MARK = "、，,和及"  # between the grades of one list


class GradesSummed:
    """Handler: the grades of one award listed in a sentence, summed (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        q = flat(query.norm)
        asked = _AWARD_ASKED.search(q)
        if query.operation != "sum" or len(query.asks) > 1 or asked is None or _GRADE.search(q):
            return None
        found = [run for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]
                 for run in _grade_runs(document_amounts(reader, doc_id), asked.group("name"))]
        if len(found) != 1:
            return None
        run = found[0]
        if query.units and not any(canonical_unit(u) == canonical_unit(run[0][1].quantity.unit) for u in query.units):
            return None
        name = asked.group("name")
        try:
            result = total([s.operand(f"{name}{grade}") for grade, s in run], label=f"{name}奖 合计（各等次之和）")
        except ComputeError:
            return None
        return draft_apart(reader, ask.book, result, [s for _, s in run])


def _grade_runs(amounts: list[Stated], name: str) -> list[list[tuple[str, Stated]]]:
    """Each list of two grades at least of the award `name`, (grade, amount) each: an amount led by the name and a
    grade, then the amounts after it in its sentence led by a grade alone, in its counter."""
    runs: list[list[tuple[str, Stated]]] = []
    for i, first in enumerate(amounts):
        lead = flat(normalize(first.lead))
        grade = _GRADE.search(lead)
        if grade is None or grade.end() != len(lead) or not lead[:grade.start()].endswith(name):
            continue
        run = [(grade.group(), first)]
        for nxt in amounts[i + 1:]:
            alone = flat(normalize(nxt.lead)).lstrip(_LIST_MARK)
            if nxt.sentence != first.sentence or not _GRADE.fullmatch(alone) \
                    or canonical_unit(nxt.quantity.unit) != canonical_unit(first.quantity.unit):
                break
            run.append((alone, nxt))
        if len(run) >= 2:
            runs.append(run)
    return runs


def award_by_grades(term: str, text: str) -> bool:
    """Whether `text` writes the award `term` (集体奖) only by its grades (集体一等奖): a list of grades names it."""
    return len(term) >= 3 and term.endswith("奖") and not _GRADE.search(term) \
        and re.search(re.escape(term[:-1]) + _GRADE.pattern, text) is not None
