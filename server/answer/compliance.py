"""Compliance questions of two kinds. Those the documents cannot settle: asked of an indicator with a national
standard (生均教学仪器设备值) while quoting a figure the document does state (投入200余万元…), the
answer is that it cannot be judged — the figure is a total, not the indicator the standard
measures — with the standard and the cited figure, never a pass or fail. And those of a standard
set per school stage, each stage's stated figure judged against its own rule.
"""
from __future__ import annotations

import re

from figures.compute import Operand
from figures.indicators import match_indicator, match_stage
from figures.numbers import Quantity, find_quantities
from figures.standards import ComplianceResult, check, rules_for
from ingest.normalize import normalize, pauses
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.text import computed_figure, display, flat, region_of
from server.retrieve import Hit

CANDIDATES = 10  # passages searched for the figure the question quotes


class CannotJudge:
    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asked.compliance or not ask.hits:
            return None
        indicator = match_indicator(normalize(query.norm, drop_space=True))
        rules = rules_for(indicator.key) if indicator else []
        quoted = [q for q in find_quantities(query.norm) if q.is_measure]
        if indicator is None or not rules or not quoted or not reader.refusal(query, ask.evidence.hit):
            return None  # no standard, nothing quoted, or the documents state the indicator: judged as usual
        for hit in ask.ranked[:CANDIDATES]:
            doc = reader.documents[hit.chunk.doc_id]
            text = doc.text
            for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
                sentence = flat(normalize(text[start:end], drop_space=True))
                if not any(flat(normalize(q.text, drop_space=True)) in sentence for q in quoted):
                    continue
                n = ask.book.cite(hit, start, end)
                standard = "；".join(dict.fromkeys(r.rule for r in rules))
                return Draft(f"无法判断：文件没有给出{indicator.name}。国家标准：{standard}。{region_of(doc)}文件写的是"
                             f"“{display(text[start:end])}”[{n}]，其中的数字是总量，不是按生均计的{indicator.name}，"
                             f"不能据此判断是否达标。", False, ask.book.citations)
        return None




# the end of a clause (`小学平均班额34.2人、最大班额42人，初中…`): a stage is named in its clause …
_CLAUSE = re.compile(pauses("，；;。\n"))
# … an indicator in its list item
_ITEM = re.compile(pauses("，；;。、\n"))


class StageStandards:
    """Handler: a standard set per school stage (班额: 小学 ≤ 45, 初中 ≤ 50) asked of the stages a
    passage states the indicator for (`小学…最大班额42人，初中…最大班额48人`): each stage's figure
    judged against its own stage's rule, with the rule and the cited figure. Self-evaluation reports
    state such figures in prose, one clause per stage; the question may name one stage or several."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asked.compliance or query.asked.threshold or not ask.hits:
            return None
        indicator = match_indicator(normalize(query.norm, drop_space=True))
        staged = [r for r in rules_for(indicator.key) if r.stage] if indicator else []
        if indicator is None or not staged:
            return None
        asked = [r.stage for r in staged if r.stage in query.norm] or [r.stage for r in staged]
        for hit in ask.ranked[:CANDIDATES]:
            if not reader.year_ok(query, hit):
                continue
            found = _stage_figures(reader.documents[hit.chunk.doc_id].text, hit, indicator.key, asked)
            if set(found) != set(asked):
                continue
            doc = reader.documents[hit.chunk.doc_id]
            lines, figures, claims = [], [], []
            for stage in asked:
                q, span = found[stage]
                n = ask.book.cite(hit, *span)
                actual = Operand(label=f"{stage}{indicator.name}", value=q.value, unit=q.unit, decimals=q.decimals,
                                 source={"kind": "passage", "start": q.start, "end": q.end, "text": q.text})
                outcome = check(indicator.key, q.value, stage, operand=actual)
                gap = outcome.gap
                gap.flag = outcome.verdict
                lines.append((outcome, f"{stage}{indicator.name}{q.text}[{n}]：{outcome.summary()}"))
                figures.append(computed_figure(gap, n))
                claims.append(Claim(q.unit, f"{stage}{indicator.name}", hit, span, True))
            verdict = _verdict([o for o, _ in lines], query.norm)
            quotes = "；".join(dict.fromkeys(f"“{display(doc.text[s:e])}”[{ask.book.cite(hit, s, e)}]"
                                             for _, (s, e) in found.values()))
            return Draft(f"{verdict}。{'；'.join(t for _, t in lines)}。依据{region_of(doc)}文件：{quotes}", False,
                         ask.book.citations, figures, claims)
        return None


def _stage_figures(text: str, hit: Hit, key: str, stages: list[str]) -> dict[str, tuple[Quantity, tuple[int, int]]]:
    """Per stage, the first figure of the indicator the passage states in a clause naming that stage
    (spans in the document's text), with its sentence."""
    out: dict[str, tuple[Quantity, tuple[int, int]]] = {}
    for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
        for q in find_quantities(text[start:end]):
            if not q.is_measure:
                continue
            at = start + q.start
            item = text[max([m.end() for m in _ITEM.finditer(text, start, at)], default=start):at]
            clause = text[max([m.end() for m in _CLAUSE.finditer(text, start, at)], default=start):at]
            named = match_indicator(normalize(item, drop_space=True), q.unit)
            stage = match_stage(clause)
            if named is None or named.key != key or stage not in stages or stage in out:
                continue
            q.start, q.end = at, start + q.end
            out[stage] = (q, (start, end))
    return out


def _verdict(outcomes: list[ComplianceResult], question: str) -> str:
    """In the question's own words: 没有超过 / 超过 when it asks whether a ceiling is exceeded, 符合 /
    不符合 when it asks 符合, else 达标 / 未达标."""
    passed = all(o.passed for o in outcomes)
    if re.search(r"超过|超出", question) and all(o.comparator in ("<=", "<") for o in outcomes):
        return "没有超过国家标准" if passed else "有超过国家标准的"
    if "符合" in question:
        return "符合" if passed else "不符合"
    return "达标" if passed else "未达标"
