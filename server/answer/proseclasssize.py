"""A class size (班额) asked of a school or grade whose classes and pupils a sentence states in one clause but whose
班额 it leaves unsaid (reports on exams or conditions write `某校某年级共N个班、学生M人`): the pupils ÷ the
classes, judged against the national 班额 standard of the stage (小学 ≤ 45, 初中 ≤ 50: figures/standards.py).
The clause is the one whose subject (the words before its first figure) shares the longest run with what the
question asks the 班额 of, and no other clause as long; the stage is a grade's (`九年级` → 初中) or the name's
(`初级中学`). The sentence is cited, the formula and the rule shown."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import Operand
from figures.numbers import Quantity, find_quantities
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.classsize import OVER_ASKED, named_stage
from server.answer.compliance import verdict_words
from server.answer.draft import Claim, Draft
from server.answer.proseclauses import prose_clauses
from server.answer.rowclasssize import ASKS, mean_class_judged
from server.answer.text import computed_figure, display, region_of
from server.calc import overlap
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose sentences may state the classes
MIN_SHARED = 4  # characters the clause's subject must share with what is asked (a school's name)
_CLAUSES = re.compile(r"[，,；;：:]")
# grades by stage as schools number them (一至六年级 小学, 七至九年级 初中; 初一…初三)
_GRADE = re.compile(r"(?P<n>[一二三四五六七八九])年级|初[一二三]")
_PRIMARY_GRADES = "一二三四五六"
_SUBJECT_END = re.compile(r"(?:共有|共|现有|有|开设|设)$")  # the verb before the figures, no part of the name


def grade_stage(text: str) -> str:
    """The stage of the grade `text` names (`九年级` → 初中, `初二` → 初中, `三年级` → 小学), ''."""
    m = _GRADE.search(text)
    if m is None:
        return ""
    return "小学" if m.group("n") and m.group("n") in _PRIMARY_GRADES else "初中"


class ProseClassSize:
    """Handler: the 班额 asked, as pupils ÷ classes a clause states (module doc); None when no clause's subject
    stands out as the one asked, or its stage cannot be told."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        asked_at = ASKS.search(query.norm)
        if asked_at is None or not (query.asked.compliance or OVER_ASKED.search(query.norm)):
            return None
        asked = normalize(query.norm[:asked_at.start()], drop_space=True)
        found = [c for c in self._clauses(ask) if overlap(c[3], asked) >= MIN_SHARED]
        best = max((overlap(c[3], asked) for c in found), default=0)
        chosen = [c for c in found if overlap(c[3], asked) == best]
        if len(chosen) != 1:
            return None
        hit, span, (pupils, classes), subject = chosen[0]
        stage = grade_stage(asked) or grade_stage(subject) or named_stage(asked) or named_stage(subject)
        if not stage:
            return None
        label = _SUBJECT_END.sub("", subject)
        p, k = (Operand(label=f"{label}{name}", value=q.value, unit="", decimals=0,
                        source={"kind": "passage", "start": span[0] + q.start, "end": span[0] + q.end, "text": q.text})
                for q, name in ((pupils, "学生"), (classes, "班数")))
        judged = mean_class_judged(p, k, label, stage)
        if judged is None:
            return None
        size, outcome = judged
        gap = outcome.gap
        gap.flag = outcome.verdict
        n = ask.book.cite(hit, *span)
        doc = ask.reader.documents[hit.chunk.doc_id]
        answer = (f"{verdict_words([outcome], query.norm)}：{label}平均每班 {size.formula} 人[{n}]；"
                  f"{outcome.summary()}。依据{region_of(doc)}文件：“{display(doc.text[span[0]:span[1]])}”[{n}]")
        return Draft(answer, False, ask.book.citations, [computed_figure(size, n), computed_figure(gap, n)],
                     [Claim("人", f"{label}班额", hit, span, True)])

    @staticmethod
    def _clauses(ask: Ask) -> list[tuple[Hit, tuple[int, int], tuple[Quantity, Quantity], str]]:
        """(hit, sentence span, (pupils, classes), subject) of each clause of the leading prose stating one count
        of pupils and one of classes and no 班额 of its own."""
        out = []
        for hit, (s, e), (a, b) in prose_clauses(ask, CANDIDATE_PASSAGES, _CLAUSES):
            clause = ask.reader.documents[hit.chunk.doc_id].text[a:b]
            counts = _counts(clause)
            if counts is not None and not ASKS.search(clause):
                # a clause's figures rebased on the sentence, so they cite it
                pupils, classes = (replace(q, start=q.start + a - s, end=q.end + a - s) for q in counts[0])
                out.append((hit, (s, e), (pupils, classes), normalize(clause[:counts[1]], drop_space=True)))
        return out


def _counts(clause: str) -> tuple[tuple[Quantity, Quantity], int] | None:
    """((pupils, classes), where the first figure starts) of a clause stating exactly one count of each
    (`共8个班、学生372人`: 个 or 班 before 班, 人 or 名), else None."""
    quantities = [q for q in find_quantities(clause) if q.is_measure]
    classes = [q for q in quantities if q.unit == "班" or q.unit == "个" and clause.startswith("班", q.end)]
    pupils = [q for q in quantities if q.unit == "人"]
    if len(classes) != 1 or len(pupils) != 1 or len(quantities) != 2:
        return None
    return (pupils[0], classes[0]), min(q.start for q in quantities)
