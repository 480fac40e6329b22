"""Whether a share stays under the cap a document sets on it (`借读比例是否超过10%的上限`), from its counts.

Notices cap a share by a rule (`各校借读生人数不得超过本校学生数的10%`) and state, elsewhere, the counts it is of
(`学生N人，其中借读生M人`). The cap is no value reached: asked whether the share exceeds it, the answer
is the share computed from the part and the whole the rule names (each looked up by its noun in the document's
prose: server/answer/computed.py), judged against the cap. A cap the rule sets on each unit (各学校, 每校) is
judged here by the area's total share, which the answer says. No rule naming its part and whole, or no counts
of them, leaves it to the other handlers.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.numbers import find_quantities
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.computed import share_named
from server.answer.draft import Draft
from server.answer.text import display, flat
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose sentences may set the cap
# a cap asked of a share: exceeding it (`有没有超过10%`, `是否超出…`) or the cap itself named (`上限`)
_CAP_ASKED = re.compile(r"上限|(?:有没有|是否|有无|会不会|超没超)(?:超过|超出|突破|超(?=\s*\d))"
                        r"|(?:超过|超出|突破)了?(?:吗|没有)")
# a rule capping a share: `X不超过Y的N%` (原则上, 不得, 不高于, 控制在…以内 alike); the part before the bound word,
# the whole after it
_CAP_RULE = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,24}?)(?:原则上)?(?:不得超过|不超过|不高于|不得高于|控制在)"
                       r"(?P<whole>[\u4e00-\u9fff]{2,24}?)的?(?P<pct>\d+(?:\.\d+)?%)")
# words around the rule's nouns that name neither: the unit each is of (各学校, 本校, 全县), the 其中 that sets a
# part off its whole's sentence before it, and count words
OWNER = re.compile(r"^(?:其中)?(?:各|每|本|全)?(?:学校|校|园|单位|县|市|区|镇|乡)?")
_COUNT_END = re.compile(r"(?:人数|数量|总数|数)$")
_PER_UNIT = re.compile(r"^(?:各|每)")  # a cap set on each unit, not on the area's total


class CapShare:
    """Handler: the share a cap is set on, computed and judged against the cap the question names (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if len(query.asks) > 1 or not _CAP_ASKED.search(query.norm):
            return None
        caps = [q for q in find_quantities(query.norm) if q.unit == "%"]
        if len(caps) != 1:
            return None
        rule = _rule(ask, caps[0].value)
        if rule is None:
            return None
        hit, span, part, whole, per_unit = rule
        found = share_named(ask, part, whole)
        if found is None or found.abstained or len(found.figures) != 1:
            return None
        value = round(found.figures[0].value, 2)
        over = value > caps[0].value
        n = ask.book.cite(hit, *span)
        doc = ask.reader.documents[hit.chunk.doc_id]
        verdict = "超过上限（未达到要求）" if over else "未超过上限（达到要求）"
        relation = ">" if over else "≤"
        scope = "（文件的上限按各单位计，这里判断的是全部合计的比例）" if per_unit else ""
        return replace(found, answer=f"{verdict}：{value:g}% {relation} {caps[0].value:g}%{scope}。{found.answer}；"
                                     f"上限：“{display(doc.text[span[0]:span[1]])}”[{n}]",
                       citations=ask.book.citations)


def _rule(ask: Ask, cap: float) -> tuple[Hit, tuple[int, int], str, str, bool] | None:
    """The one sentence of the leading passages capping a share at the percentage asked: its hit, span, the
    part's and the whole's nouns, and whether the cap is set per unit."""
    found: dict[tuple[str, int, int], tuple[Hit, tuple[int, int], str, str, bool]] = {}
    for hit in ask.ranked[:CANDIDATE_PASSAGES]:
        if hit.chunk.row_index is not None:
            continue
        text = ask.reader.documents[hit.chunk.doc_id].text
        for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
            for part, whole, pct, per_unit in capped_shares(text[start:end]):
                if pct == cap:
                    found[(hit.chunk.doc_id, start, end)] = (hit, (start, end), part, whole, per_unit)
    return next(iter(found.values())) if len(found) == 1 else None


def capped_shares(sentence: str) -> list[tuple[str, str, float, bool]]:
    """(the part's noun, the whole's noun, the cap in %, whether set per unit) of each share the sentence caps
    (`各校借读生人数不得超过本校学生数的10%` → 借读生, 学生, 10, True)."""
    out = []
    for m in _CAP_RULE.finditer(flat(normalize(sentence))):
        q = find_quantities(m.group("pct"))
        part, whole = (_COUNT_END.sub("", OWNER.sub("", m.group(n))) for n in ("part", "whole"))
        if q and len(part) >= 2 and len(whole) >= 2:
            out.append((part, whole, q[0].value, _PER_UNIT.match(m.group("part")) is not None))
    return out
