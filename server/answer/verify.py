"""The check between composing an answer and returning it: every figure the answer asserts must be
of the kind, stage, region and time the question asks about. A figure that is not (the 幼儿园
count for a question about 小学, a 2025 target for a question about the present, a city's figure
for a county) turns the answer into an abstention naming what the documents do state.

It looks at the figure's own clause (or table row label and column), the sentence before it and
the section it stands in, never at the number's value.
"""
from __future__ import annotations

import re

from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.evidence import Reader, has_term, term_parts
from server.answer.text import display, flat
from server.intent import PER_HEAD, PER_HEAD_UNITS
from server.query import INDICATOR_NAMES, Query

# school stages by family: a figure of one family never answers a question about another
STAGE_FAMILIES = {
    "学前教育": "preschool", "学前": "preschool", "幼儿园": "preschool", "在园幼儿": "preschool", "托育": "nursery",
    "义务教育": "compulsory", "中小学": "compulsory", "小学": "primary", "初中": "junior",
    "普通高中": "senior", "高中阶段": "senior", "高中": "senior", "中等职业教育": "vocational", "中职": "vocational",
    "职业教育": "vocational",
    "高等教育": "higher", "高校": "higher", "特殊教育": "special",
}
_STAGE = re.compile("|".join(sorted(STAGE_FAMILIES, key=len, reverse=True)))
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]?")
# a question about the present; a sentence about a planned future
_CURRENT = re.compile(r"目前|现在|现有|当前|如今|截至目前")
_PLANNED = re.compile(r"到\s*20\d\d\s*年|力争|争取|预期|预计|规划到|计划到")
# units a question names so plainly that a figure in another unit cannot answer it
_STRICT = {"%", "百分点", "人", "人次", "所", "个", "名", "项", "次", "套", "家", "间", "台", "户", "件", "张", "支",
           "座", "批", "篇", "条", "种", "平方米"}
_FAMILY = {"名": "人", "人次": "人", "百分点": "%"}
_DURATIONS = {"年", "月", "天", "周", "小时"}  # `近三年`: a period, the answer only to a question about time
_ASKS_TIME = re.compile(r"几年|多少年|几个月|多少天|多长|多久|期限|年限|时长|小时")
# a plan's own statements of aim (in its sections that do not review the past)
_PLAN_DOC = re.compile(r"规划|计划|方案|纲要|意见")
_REVIEW = re.compile(r"成绩|成就|回顾|现状|基础|环境|基本情况|进展|完成情况")
_AIM = re.compile(r"达到|实现|确保|提高到|提升到|增加到|增至|控制在|不低于|以上")
# a figure that is itself a difference (`比上年多3万人`, `高出2个百分点`); a question asking how much one
# thing exceeds another is not answered by a figure of one side (`A、B分别增长5.3%、7.7%`)
_STATES_DIFFERENCE = re.compile(r"比|高出|多出|超出|相差|差距|差值|高于|低于|超过|少于|多于")
WINDOW_COVER_MIN = 0.5  # key-term coverage of a figure's clause, sentence, the one before and its section


class Verifier:
    def check(self, ask: Ask, draft: Draft) -> Draft:
        """The draft, or an abstention when one of its figures does not fit the question."""
        if draft.abstained:
            return draft
        for claim in draft.claims:
            problem = mismatch(ask.reader, ask.query, claim)
            if problem:
                return refuse(ask.reader, ask.query, claim, problem, ask.ranked)
        return draft


def verified(reader: Reader, query: Query, draft: Draft | None) -> bool:
    """Whether every figure of a (partial) answer fits the question it answers."""
    return draft is not None and not any(mismatch(reader, query, c) for c in draft.claims)


def mismatch(reader: Reader, query: Query, claim: Claim) -> str | None:
    """Why the figure of `claim` does not answer `query`, or None."""
    context = normalize(claim.context, drop_space=True)
    if not claim.computed and _unit_conflict(query, claim.unit):
        return f"它是以“{claim.unit or '无单位'}”计的数"
    if not claim.computed and _total_for_per_head(query, claim.unit, context):
        return "它是总量，不是按生均或人均计的数"
    if query.operation == "difference" and not claim.computed and not _STATES_DIFFERENCE.search(context):
        return "它是其中一方的数值，不是所问的两者之差"
    if claim.unit in _DURATIONS and not _ASKS_TIME.search(query.norm):
        return "它是一段时间，不是所问的数"
    stage = _stage_conflict(query, context)
    if stage:
        return f"它说的是{stage}"
    if not reader.speaks_for(query, claim.hit.chunk):
        return "它属于同一文件中另一地区的部分"
    window = _window(reader, claim)
    window_text = flat(context + window)
    if reader.coverage(query, window_text, window_text, WINDOW_COVER_MIN)[0] < WINDOW_COVER_MIN:
        return f"它所在的句子说的不是“{'、'.join(query.terms[:3])}”"
    named = [t for t in query.terms if t in INDICATOR_NAMES and reader.idf(t)]
    missing = [t for t in named if not _loosely_has(reader, t, context + window)]
    if missing:  # the indicator asked is not the one stated (普惠率 asked, 毛入园率 stated)
        return f"它说的不是“{missing[0]}”"
    if _CURRENT.search(query.norm) and not query.years and _planned(reader, claim, window):
        return "它是规划目标，不是现状"
    return None


def refuse(reader: Reader, query: Query, claim: Claim, problem: str, ranked: list) -> Draft:
    """The abstention: what was asked is not stated; the closest statement named, its value not given."""
    where = "".join(query.regions[:1])
    asked = "、".join(query.terms[:3]) or "所问内容"
    nearest = display(claim.context)[:40]
    message = f"文件中未找到{where}“{asked}”的相关数值。最接近的是“{nearest}”，但{problem}，不能回答该问题。"
    hits = [claim.hit] + [h for h in ranked if h.chunk.chunk_id != claim.hit.chunk.chunk_id]
    return reader.abstain(message, hits)


def _unit_conflict(query: Query, unit: str) -> bool:
    """A figure in a unit the question does not ask in (any of its asks)."""
    asked = set(query.units)
    for text in query.asks if len(query.asks) > 1 else []:
        asked |= set(query.narrowed(text).units)
    strict = [u for u in asked if u in _STRICT]
    if not strict or not unit:
        return False
    return _FAMILY.get(unit, unit) not in {_FAMILY.get(u, u) for u in strict}


def _total_for_per_head(query: Query, unit: str, context: str) -> bool:
    """A total (公用经费50万元) where the question asks only per head (生均/人均): an amount whose unit
    divides by nothing and whose own words do not say per head."""
    return bool(query.units) and all(u in PER_HEAD_UNITS for u in query.units) and unit.endswith("元") \
        and "/" not in unit and not PER_HEAD.search(context)


def _stage_conflict(query: Query, context: str) -> str:
    """The stage the context names (outside brackets, which break a figure down) when it names
    stages and none of those asked, else ''."""
    asked = {STAGE_FAMILIES[m.group()] for m in _STAGE.finditer(query.norm)}
    if not asked:
        return ""
    named = {m.group(): STAGE_FAMILIES[m.group()] for m in _STAGE.finditer(_BRACKETS.sub("", context))}
    if not named or asked & set(named.values()):
        return ""
    return "、".join(named)


def _window(reader: Reader, claim: Claim) -> str:
    """The figure's sentence, the sentence before it in its passage and the passage's section path."""
    chunk = claim.hit.chunk
    if chunk.row_index is not None:  # a table row: its caption, group, label and every column header
        return normalize(chunk.norm, drop_space=True)
    text = reader.documents[chunk.doc_id].text
    before = split_sentences(text, chunk.start, claim.span[0])[-1:]
    start = before[0][0] if before else claim.span[0]
    return normalize(chunk.section + text[start:claim.span[1]], drop_space=True)


def _planned(reader: Reader, claim: Claim, window: str) -> bool:
    """A planned figure: its sentence names a future year or an aim word; it stands in a 目标
    section; or it is a plan's statement of aim outside the sections that review the past."""
    doc = reader.documents[claim.hit.chunk.doc_id]
    sentence = normalize(doc.text[claim.span[0]:claim.span[1]], drop_space=True)
    section = normalize(claim.hit.chunk.section, drop_space=True)
    if _PLANNED.search(sentence) or "目标" in section:
        return True
    plan = _PLAN_DOC.search(normalize(doc.meta.title + doc.meta.genre))
    return bool(plan) and not _REVIEW.search(section) and bool(_AIM.search(sentence))


def _loosely_has(reader: Reader, term: str, text: str) -> bool:
    """The term, one of its synonyms, each of its words (骨干教师占比: 骨干, 教师, 占比), or its
    characters in order with at most one between each (总数 in 总人数, 在校生 in 在校学生)."""
    text = flat(text)
    if has_term(term, text) or re.search(".?".join(map(re.escape, term)), text):
        return True
    parts = [p for p in term_parts(term) if reader.idf(p)]
    return bool(parts) and all(has_term(p, text) for p in parts)
