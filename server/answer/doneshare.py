"""The share of a whole that has been done, asked by the verb of doing (`排查出的危房维修了百分之多少`,
`受检学生有几成已经复查`).

Work summaries and briefings state how many there were and how many of them were dealt with
(`排查隐患150处，已整改141处`) and leave the share to the reader. Asked for it, the answer is
done ÷ whole, the pair found as the rest of a whole is (server/answer/remainder.py: the larger count
before those who did it, in their sentence or the one before), both cited and the formula shown. When
the document states the rate itself (`整改率`) or no such pair, this is not the answer's place.
"""
from __future__ import annotations

import re

from figures.compute import ComputeError, share
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.computed import in_tenths
from server.answer.draft import Draft
from server.answer.operands import document_amounts, draft_apart
from server.answer.remainder import CANDIDATE_DOCUMENTS, part_pairs
from server.answer.text import flat
from server.calc import bare_noun

# `<whole>有几成已经<verb>`, `<whole>(中/里)(有/已经)<verb>了百分之多少`; the verbs of bearing a part (承担, 负担)
# ask a share of money another handler reads (server/answer/computed.py ShareByVerb)
_SHARE_ASKED = r"(?:百分之多少|百分之几|几成|多少成|多大比例|多少比例)"
_DONE_SHARE = re.compile(rf"(?P<whole2>[\u4e00-\u9fff]{{2,16}}?)(?:中|里|当中)?[,，]?有{_SHARE_ASKED}(?:已经|已)"
                         r"(?P<verb2>[\u4e00-\u9fff]{2})|"
                         r"(?P<whole>[\u4e00-\u9fff]{2,16}?)(?:中|里|当中)?[,，]?(?:有)?(?:已经|已)?"
                         rf"(?P<verb>[\u4e00-\u9fff]{{2}})(?:了|完|好)?(?:的)?(?:{_SHARE_ASKED}|比例是多少|比例为多少)")
_BEARING = re.compile(r"承担|负担|分担|出资|投入|安排|贡献|分配|得到|获得|享受|覆盖|涵盖|占")
_TRIM = re.compile(r"^.*?\d{4}\s*年|^(?:今年|去年|全省|全市|全区|全县)")
# a verb with its result (`建成`, `改成`) says the thing done without 已 or 了; documents count what has been
# done by the bare verb after 已 (`已建…27所`). 完成 is a completion, read by its own handlers.
_BUILT = re.compile(r"[\u4e00-\u9fff](?<!完)成")


def asked_done_share(norm: str) -> tuple[str, str] | None:
    """(verb, whole) of a question asking what share of a whole has been done (`危房维修了百分之多少` →
    (维修, 危房)), None for another share."""
    m = _DONE_SHARE.search(norm)
    if m is None or "占" in norm:
        return None  # `A占B的比例`: a share by 占, read by the question's analysis
    verb, whole = m.group("verb") or m.group("verb2"), m.group("whole") or m.group("whole2")
    done = m.group(0)[len(whole):]
    if _BEARING.search(verb) or not (re.search(r"已|了", done) or _BUILT.fullmatch(verb)):
        return None  # without 了 or 已 the word before the ask may be the whole's noun (`在校学生的比例`)
    return verb, flat(_TRIM.sub("", whole))


class DoneShare:
    """Handler: done ÷ whole of a question asking the share done by its verb (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.asked.compliance or len(query.asks) > 1:
            return None
        asked = asked_done_share(normalize(query.search_text))
        if asked is None:
            return None
        verb, whole = asked[0], bare_noun(asked[1], query)
        for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
            stated = [a for a in document_amounts(reader, doc_id) if reader.year_ok(query, a.hit)]
            if any(f"{verb}率" in a.words for a in stated):
                return None  # the rate is stated: a lookup quotes it
            counts = [a for a in stated if a.quantity.unit not in ("%", "百分点")]
            pairs = next((found for noun in _done_words(verb)
                          if (found := part_pairs(counts, noun, whole, undone=True))), [])
            if len({(w.quantity.value, p.quantity.value) for w, p in pairs}) != 1:
                continue
            w, p = pairs[0]
            try:
                result = share(p.operand(p.words), w.operand(w.words), label=f"{whole or w.words}{verb}比例")
            except ComputeError:
                return None
            in_tenths(query, result)
            return draft_apart(reader, ask.book, result, [w, p], ask.query)
        return None


def _done_words(verb: str) -> tuple[str, ...]:
    """The verb asked, and of a verb with its result (`建成`) the words documents state it done by (`已建`)."""
    return (verb, f"已{verb[0]}") if _BUILT.fullmatch(verb) else (verb,)
