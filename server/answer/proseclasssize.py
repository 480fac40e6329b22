"""A class size (班额) asked of a school or grade whose classes and pupils a sentence states in one clause but whose
班额 it leaves unsaid (reports on exams or conditions write `某校某年级共N个班、学生M人`): the pupils ÷ the
classes, judged against the national 班额 standard of the stage (小学 ≤ 45, 初中 ≤ 50: figures/standards.py).
The clause is the one whose subject (the words before its first figure) shares the longest run with what the
question asks the 班额 of, and no other clause as long; the stage is a grade's (`九年级` → 初中) or the name's
(`初级中学`). The sentence is cited, the formula and the rule shown. A mean class size asked in words and not
judged (`平均每个班有几名学生`) is the quotient alone. A clause whose subject points back (`该校现有…`) is of the school
its previous sentence names: that sentence is its subject, and cited with it."""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import Operand
from figures.numbers import Quantity, find_quantities
from ingest.normalize import normalize
from ingest.structure import split_sentences
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
# a mean class size asked in words, no 班额 named (`平均每个班有几名学生`, `平均一班大约多少人`)
MEAN_ASKED = re.compile(r"平均(?:每|一)个?班级?(?:有|大概|大约|约)?(?:多少|几)(?:个|名)?(?:学生|人)")
# a class asked whether it is a 大班额 (`算不算大班额`, `属于大班额吗`): its 班额 judged against the stage's standard
_BIG_CLASS_ASKED = re.compile(r"(?:是不是|是否|算不算|属不属于|属于|算)超?大班额|超?大班额[吗么]")
# a subject pointing back to the school the previous sentence names (`该校`, `这所学校`)
_POINTS_BACK = re.compile(r"^(?:该|这所|此)(?:校|学校|园)")


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
        judged = bool(query.asked.compliance or OVER_ASKED.search(query.norm) or _BIG_CLASS_ASKED.search(query.norm))
        asked_at = (ASKS.search(query.norm) if judged else None) or MEAN_ASKED.search(query.norm)
        if asked_at is None:
            return None
        asked = normalize(query.norm[:asked_at.start()], drop_space=True)
        found = [c for c in self._clauses(ask) if overlap(c[3], asked) >= MIN_SHARED]
        best = max((overlap(c[3], asked) for c in found), default=0)
        chosen = [c for c in found if overlap(c[3], asked) == best]
        if len(chosen) != 1:
            return None
        hit, span, (pupils, classes), subject, back = chosen[0]
        stage = grade_stage(asked) or grade_stage(subject) or named_stage(asked) or named_stage(subject)
        if not stage:
            return None
        # (a subject pointing back is the previous sentence: the school is the one asked, by its words)
        label = asked if back else _SUBJECT_END.sub("", subject)
        p, k = (Operand(label=f"{label}{name}", value=q.value, unit="", decimals=0,
                        source={"kind": "passage", "start": span[0] + q.start, "end": span[0] + q.end, "text": q.text})
                for q, name in ((pupils, "学生"), (classes, "班数")))
        outcomes = mean_class_judged(p, k, label, stage)
        if outcomes is None:
            return None
        size, outcome = outcomes
        n = ask.book.cite(hit, *span)
        doc = ask.reader.documents[hit.chunk.doc_id]
        source = f"依据{region_of(doc)}文件：“{display(doc.text[span[0]:span[1]])}”[{n}]"
        claims = [Claim("人", f"{label}班额", hit, span, True)]
        if not judged:
            return Draft(f"{label}平均每班 {size.formula} 人[{n}]。{source}", False, ask.book.citations,
                         [computed_figure(size, n)], claims)
        gap = outcome.gap
        gap.flag = outcome.verdict
        # (a 大班额 asked is answered as the standard exceeded or not: the bar judged is the standard's 班额)
        verdict = ("没有超过国家班额标准" if outcome.passed else "超过国家班额标准") \
            if _BIG_CLASS_ASKED.search(query.norm) else verdict_words([outcome], query.norm)
        answer = (f"{verdict}：{label}平均每班 {size.formula} 人[{n}]；"
                  f"{outcome.summary()}。{source}")
        return Draft(answer, False, ask.book.citations, [computed_figure(size, n), computed_figure(gap, n)], claims)

    @staticmethod
    def _clauses(ask: Ask) -> list[tuple[Hit, tuple[int, int], tuple[Quantity, Quantity], str, bool]]:
        """(hit, sentence span, (pupils, classes), subject, whether it points back) of each clause of the leading
        prose stating one count of pupils and one of classes and no 班额 of its own."""
        out = []
        for hit, (s, e), (a, b) in prose_clauses(ask, CANDIDATE_PASSAGES, _CLAUSES):
            text = ask.reader.documents[hit.chunk.doc_id].text
            clause = text[a:b]
            counts = _counts(clause)
            if counts is None or ASKS.search(clause):
                continue
            subject = normalize(clause[:counts[1]], drop_space=True)
            back = bool(_POINTS_BACK.match(subject)) and a == s
            if back:
                before = split_sentences(text, hit.chunk.start, s)
                if not before:
                    continue
                s, subject = before[-1][0], normalize(text[before[-1][0]:before[-1][1]], drop_space=True)
            # a clause's figures rebased on the sentence, so they cite it
            pupils, classes = (replace(q, start=q.start + a - s, end=q.end + a - s) for q in counts[0])
            out.append((hit, (s, e), (pupils, classes), subject, back))
        return out


def _counts(clause: str) -> tuple[tuple[Quantity, Quantity], int] | None:
    """((pupils, classes), where the first figure starts) of a clause stating exactly one count of each
    (`共8个班、学生372人`: 个 or 班 before 班, or 个 after it, `教学班8个`; 人 or 名), else None."""
    quantities = [q for q in find_quantities(clause) if q.is_measure]
    classes = [q for q in quantities if q.unit == "班" or q.unit == "个" and (clause.startswith("班", q.end)
                                                                            or clause[:q.start].endswith("班"))]
    pupils = [q for q in quantities if q.unit == "人"]
    if len(classes) != 1 or len(pupils) != 1 or len(quantities) != 2:
        return None
    return (pupils[0], classes[0]), min(q.start for q in quantities)
