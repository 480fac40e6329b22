"""A class size asked as people say it (`一个班有47个学生符合标准吗`, `53名学生一班算不算超了`): 班额 is the number
of pupils one class holds, judged against the national 班额 standard of the school's stage (小学 ≤ 45, 初中 ≤
50: figures/standards.py). The stage is the one the question names (`三小` is a 第三小学) or else the one the
document's sentence stating that class names; the sentence is cited, the rule given with its source."""
from __future__ import annotations

import re

from figures.compute import Operand
from figures.numbers import find_quantities
from figures.standards import ComplianceResult, StandardError, check
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.compliance import verdict_words
from server.answer.draft import Claim, Draft
from server.answer.text import computed_figure, display, region_of

# `46名孩子一个班`, `一班坐了49个学生`, `每班有51人`: the pupils of one class, the count either side
_PER_CLASS = re.compile(r"(?P<n>\d+)\s*(?:个|名)?(?:人|学生|孩子|小孩)(?:一个班|一班|每班)|"
                        r"(?:一个班|每班|一班)(?:有|是|坐|挤)?了?(?P<m>\d+)\s*(?:个|名)?(?:人|学生|孩子|小孩)")
# school stages as names say them: `第二小学`, `二小`, `实验小学`, `初级中学`, `初中`
_PRIMARY = re.compile(r"小学|(?<![初高])[一二三四五六七八九十\d]小(?!时)")
_JUNIOR = re.compile(r"初中|初级中学")
_PUPILS_AFTER = re.compile(r"人|学生|孩子|小孩")
OVER_ASKED = re.compile(r"超标|超没超|超过[^，,？?]{0,6}(?:标准|规定|要求)")  # a ceiling asked as exceeded
CANDIDATE_PASSAGES = 8  # leading passages whose sentences may state the class


def named_stage(text: str) -> str:
    """The one stage a school's name or a question says (`第二小学`, `二小`, `初级中学`), ''."""
    stages = {s for s, rx in (("小学", _PRIMARY), ("初中", _JUNIOR)) if rx.search(text)}
    return stages.pop() if len(stages) == 1 else ""


def class_size_judged(actual: Operand, stage: str) -> ComplianceResult | None:
    """One class size against its stage's national bar, the gap flagged with the verdict; None for a stage
    the standards give no bar."""
    try:
        outcome = check("class_size", actual.value, stage, operand=actual)
    except StandardError:
        return None
    outcome.gap.flag = outcome.verdict
    return outcome


class ClassSizeSaid:
    """Handler: a class size the question states as pupils per class, judged against its stage's 班额 rule
    (module doc). None when the stage cannot be told or no passage states that class."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        m = _PER_CLASS.search(query.norm)
        if not (query.asked.compliance or OVER_ASKED.search(query.norm)) or m is None:
            return None
        pupils = int(m.group("n") or m.group("m"))
        asked_stage = named_stage(query.norm[:m.start()] + query.norm[m.end():])
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            if hit.chunk.row_index is not None:
                continue
            text = reader.documents[hit.chunk.doc_id].text
            for s, e in split_sentences(text, hit.chunk.start, hit.chunk.end):
                # `48个人` reads as 48个 followed by 人: pupils either way
                said = [q for q in find_quantities(text[s:e]) if q.value == pupils and (
                    q.unit == "人" or q.unit == "个" and _PUPILS_AFTER.match(text, s + q.end))]
                if not said or "班" not in text[s:e]:
                    continue
                stage = asked_stage or named_stage(normalize(text[s:e]))
                if not stage or (asked_stage and named_stage(normalize(text[s:e])) not in ("", asked_stage)):
                    continue
                q = said[0]
                actual = Operand(label=f"{stage}班额", value=q.value, unit="人", decimals=0,
                                 source={"kind": "passage", "start": s + q.start, "end": s + q.end, "text": q.text})
                outcome = class_size_judged(actual, stage)
                if outcome is None:
                    return None
                gap = outcome.gap
                n = ask.book.cite(hit, s, e)
                verdict = verdict_words([outcome], query.norm)
                doc = reader.documents[hit.chunk.doc_id]
                return Draft(f"{verdict}：{stage}班额{q.value:g}人[{n}]：{outcome.summary()}。"
                             f"依据{region_of(doc)}文件：“{display(text[s:e])}”[{n}]", False, ask.book.citations,
                             [computed_figure(gap, n)], [Claim("人", f"{stage}班额", hit, (s, e), True)])
        return None
