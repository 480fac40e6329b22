"""A part asked of a group the question names by what its members did (`参训的两千多人里校长有几个`, `参赛的学生中
女生多少`): the answer is a count of that part in that act. Reports count the whole of an act (参训教师2100人) and,
elsewhere, the same kind of people in another act (全体校长参加专题研讨); that count is no part of the group asked.
Abstains when the leading documents write the act but no sentence names the act beside a count of the part; None
otherwise (the other handlers answer, or abstain, as for any count)."""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import has_term

LEADING = 8  # passages whose documents are read
# `参赛的五百来人中间女生有几个`: the act (a verb of two characters before 的), the group's size as the question
# guesses it, the part after 里/中/当中
_ASKED = re.compile(r"(?P<act>[\u4e00-\u9fff]{2})的[^，,。？?的]{0,8}?(?:人|名|个)(?:里|中间|当中|之中|中)(?:头)?"
                    r"(?P<part>[\u4e00-\u9fff]{2,3}?)(?:有|占)?(?:多少|几)")


class PartOfActGroup:
    """Handler: an abstention when no sentence counts the part asked in the act that names its group (module
    doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        m = _ASKED.search(normalize(ask.query.norm, drop_space=True))
        if m is None:
            return None
        act, part = m.group("act"), m.group("part")
        docs = list(dict.fromkeys(h.chunk.doc_id for h in ask.ranked[:LEADING]))
        written = False
        for doc_id in docs:
            text = ask.reader.documents[doc_id].text
            for s, e in split_sentences(text, 0, len(text)):
                sentence = normalize(text[s:e], drop_space=True)
                if act not in sentence:
                    continue
                written = True
                if has_term(part, sentence) and any(q.is_measure for q in find_quantities(sentence)):
                    return None  # a sentence counting the part in the act: answered as any count
        if not written:
            return None
        return ask.reader.abstain(f"文件写了{act}的总人数，没有单列其中{part}的人数。", ask.ranked)
