"""A share's bar set on the share's name alone (`X比例控制在N%以内`, `X占比不低于N%`) asked kept (`控制住了吗`,
`达标没有`) with no figure in the question: the share computed from the counts the document states of it.

Work summaries and plans bound a share by its name (the group and the part counted in it: 九年级特长生 — the
gifted among the ninth-years) and count the whole and the part apart (`九年级共N人，含特长生M人`). The bar alone
is no value reached: the name is cut between its words into the part (特长生) and the whole (九年级), its last
word first, each looked up by its noun in the document's prose (server/answer/computed.share_named), the share
judged against the bar, the rule's sentence cited beside the formula. A share named by its part and whole before
the bound (`X在Y中的比例控制在N%以内`) is computed so too; a rule whose whole is named after the bound
(`X不超过Y的N%`) is capshare's and barshare's; no rule, or no counts of both, leaves the question to the other
handlers."""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.normalize import normalize
from ingest.segment import words
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.capshare import OWNER
from server.answer.computed import share_named
from server.answer.draft import Draft
from server.answer.text import display, flat
from server.calc import reached
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose sentences may set the bar
# the bound after a share's name, as rules write it (`原则上控制在N%以内`, `不低于N%`): one tail for both forms below
_BOUND = (r"(?:原则上|应|须|要|必须)?"
          r"(?P<bound>控制在|保持在|不得超过|不超过|不高于|不得高于|不得低于|不低于|不少于|不得少于|达到)"
          r"(?P<pct>\d+(?:\.\d+)?)%(?P<side>以内|以下|以上)?")
# `X比例控制在N%以内`, `X占比不低于N%`: the share's name, its bound and the bar; no whole after the bound
_RULE = re.compile(r"(?P<name>[\u4e00-\u9fff]{4,24}?)(?:比例|占比|比重)" + _BOUND)
# … and the share named by its part and whole (`X在Y中的比例控制在N%以内`, `X占Y的比重不低于N%`)
_OF_RULE = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,12}?)(?:在|占)(?P<whole>[\u4e00-\u9fff]{2,12}?)中?的?(?:比例|比重)"
                      + _BOUND)
_CEILING = re.compile(r"控制|超过|高于|以内|以下")
_KEPT = re.compile(r"控制住")  # a ceiling asked as kept: answered 控制住了 / 没有控制住


class NamedShareBar:
    """Handler: a share bounded by its name alone, computed from its counts and judged (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.asked.compliance or query.asked.threshold or len(query.asks) > 1:
            return None
        asked = flat(normalize(query.norm, drop_space=True))
        rules = {(r[0].chunk.doc_id, r[1]): r for r in _rules(ask) if all(w in asked for w in words(r[2]))}
        if len(rules) != 1:
            return None
        hit, span, _, bar, ceiling, splits = next(iter(rules.values()))
        found = next((f for part, whole in splits if (f := share_named(ask, part, whole)) is not None
                      and not f.abstained and len(f.figures) == 1), None)
        if found is None:
            return None
        shown = round(found.figures[0].value, 2)  # judged as shown
        passed = shown <= bar if ceiling else shown >= bar
        relation = ("≤" if passed else ">") if ceiling else ("≥" if passed else "<")
        word = (("控制住了" if passed else "没有控制住") if _KEPT.search(query.norm)
                else ("达标" if passed else "未达标") + reached(passed, query.norm))
        n = ask.book.cite(hit, *span)
        doc = ask.reader.documents[hit.chunk.doc_id]
        return replace(found, answer=f"{word}：{shown:g}% {relation} {bar:g}%。{found.answer}；"
                                     f"要求：“{display(doc.text[span[0]:span[1]])}”[{n}]",
                       citations=ask.book.citations)


def _rules(ask: Ask) -> list[tuple[Hit, tuple[int, int], str, float, bool, list[tuple[str, str]]]]:
    """(hit, sentence span, the share's name, the bar in %, whether a ceiling, the (part, whole) it may be of) of
    each rule in the leading passages' prose bounding a share with no whole after the bound."""
    out = []
    for hit in ask.ranked[:CANDIDATE_PASSAGES]:
        if hit.chunk.row_index is not None:
            continue
        text = ask.reader.documents[hit.chunk.doc_id].text
        for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
            sentence = flat(normalize(text[start:end], drop_space=True))
            for m in _OF_RULE.finditer(sentence):
                part, whole = (OWNER.sub("", m.group(g)) for g in ("part", "whole"))
                out.append((hit, (start, end), whole + part, *_bar(m), [(part, whole)]))
            for m in _RULE.finditer(sentence if not out or out[-1][1] != (start, end) else ""):
                name = OWNER.sub("", m.group("name"))
                out.append((hit, (start, end), name, *_bar(m), _splits(name)))
    return out


def _bar(m: re.Match[str]) -> tuple[float, bool]:
    """The bar in % and whether it is a ceiling."""
    return float(m.group("pct")), bool(_CEILING.search(m.group("bound") + (m.group("side") or "")))


def _splits(name: str) -> list[tuple[str, str]]:
    """(part, whole) of a share's name cut between its words, the part its last word first, then its last two…
    (`九年级特长生` → 特长生 of 九年级; `五年级中队干部` → 干部 of 五年级中队, then 中队干部 of 五年级)."""
    cut = [w for w in words(name) if w.strip()]
    return [(part, whole) for i in range(len(cut) - 1, 0, -1)
            if len(part := "".join(cut[i:])) >= 2 and len(whole := "".join(cut[:i])) >= 2]
