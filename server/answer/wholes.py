"""A whole a document never states but gives as the base of a part's share (`交流轮岗156人，占符合交流条件
教师的12%`): asked for (`符合交流条件的教师大概有多少人`), it is the part ÷ its share, with formula and both
inputs cited. Reports and bulletins state a count with its share of a larger group this way and leave the
group's size to the reader; quoting the part would answer a different count with confidence.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, whole_of
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.operands import Stated, ambiguous_apart, document_amounts, draft_apart
from server.answer.text import flat
from server.operation import asked_subject

CANDIDATE_PASSAGES = 8  # leading passages whose documents the part and its share are looked up in
SAME_NOUN = 0.8  # the shorter of two nouns, inside the longer, must be this share of it to name the same group
# the clause of a share stated against its whole: `占符合交流条件教师的12%`, `约占在园幼儿总数的60%`,
# `占全县在校生的比例为15%`
_SHARE_OF = re.compile(r"^(?:约|仅|只)?占(?P<whole>[\u4e00-\u9fff]{2,24}?)的?(?:比例|比重|份额)?"
                       r"(?:为|是|达到|达)?(?:约|近)?$")
# words around a group's name that do not name it: a scope before, a word for its size after, hedges
_SCOPE = re.compile(r"^(?:全省|全市|全区|全县|全国|全镇|全校|本地|当地)")
_SIZE = re.compile(r"(?:的)?(?:总人数|总数|总量|总规模|总计|人数|数量|规模)$")
_YEAR = re.compile(r"^.*?\d{4}年")
_HEDGE = re.compile(r"(?:大概|大约|大致|约为|约|差不多|估计|总共|一共|共|合计|现在|目前|实际|应该)+$")


def group_name(words: str) -> str:
    """A group's name as either side writes it, for comparing: flat, no scope, size word or 的."""
    name = _HEDGE.sub("", flat(normalize(words)))
    name = _SIZE.sub("", _SCOPE.sub("", _HEDGE.sub("", name)))
    return name.replace("的", "")


def _same_group(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and short in long_ and len(short) >= SAME_NOUN * len(long_)


class WholeFromShare:
    """Handler: the size of a group asked, which the document states only as the base of a part's share:
    part ÷ share. Steps aside when the document states the group's size itself (a lookup quotes it);
    two parts and shares giving different wholes make it abstain."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if (query.operation or query.asked.compliance or len(query.asks) > 1 or not query.asks_number
                or any(u in ("%", "百分点") for u in query.units)):
            return None
        noun = group_name(asked_subject(normalize(query.search_text or query.norm)))
        if len(noun) < 2:
            return None
        for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
            amounts = document_amounts(reader, doc_id)
            found = _parts_and_shares(amounts, noun)
            found = [(p, s) for p, s in found if reader.year_ok(query, s.hit)
                     and (not query.units or p.quantity.unit in query.units)]
            if not found:
                continue
            if any(a.quantity.unit == found[0][0].quantity.unit and group_name(a.words) == noun for a in amounts):
                return None  # the document states the group's size: a lookup answers
            wholes = {round(p.quantity.value * 100 / s.quantity.value, 6) for p, s in found}
            if len(wholes) > 1:
                return ambiguous_apart(reader, [a for pair in found for a in pair],
                                       "文件中可推算该总数的数值不止一组，无法确定按哪一组计算。")
            part, pct = found[0]
            named = _YEAR.sub("", flat(normalize(part.lead))) or part.words  # as written, its year dropped
            try:
                result = whole_of(part.operand(named), pct.operand(f"占{noun}的比例"),
                                  label=f"{noun}（{named} ÷ 其所占比例）")
            except ComputeError:
                return None
            result.note = "文件未直接给出总数，按部分数除以其所占比例推算"
            return draft_apart(reader, ask.book, result, [part, pct])
        return None


def _parts_and_shares(amounts: list[Stated], noun: str) -> list[tuple[Stated, Stated]]:
    """Each share stated against a whole named `noun`, with the amount just before it in its sentence
    (the part it is the share of)."""
    out = []
    for i, a in enumerate(amounts):
        m = _SHARE_OF.match(flat(normalize(a.lead)))
        if a.quantity.unit != "%" or m is None or not _same_group(group_name(m.group("whole")), noun):
            continue
        before = next((b for b in reversed(amounts[:i]) if b.sentence == a.sentence), None)
        if before is not None and before.quantity.unit not in ("%", "百分点"):
            out.append((before, a))
    return out
