"""Whether a thing is still there, asked yes or no (`还有没有大班额`, `还有X吗`, `是否还存在X的情况`): 没有 with
the clause stating that none is left (`已无X`, `X已全部消除`, `X清零`), 有 with the clause stating that some remain
(`仍有X`, `尚存在X`). The thing is named in the clause by every key term of it, or by the documents' word for one
(server/lexicon/synonyms.tsv: 大班额 written by its bound, 超过55人), and the clause's sentence carries most of the
question's words. An amount asked (还有多少) or a list (还有哪些) is the other handlers' to answer."""
from __future__ import annotations

import re

from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import COVER_MIN, has_term
from server.answer.text import clause_spans, display, flat, region_of
from server.query import key_terms

CANDIDATE_PASSAGES = 6  # leading passages whose sentences may state it
# the thing asked after the asking words, to the end of the question (`的情况`, `的现象` only frame it)
_ASKED = re.compile(r"(?:还有没有|是否还有|还有无|是否还存在|还存在|是否仍有|是否仍存在|还有|仍有)"
                    r"(?P<thing>[\u4e00-\u9fff\d]{2,24}?)的?(?:情况|现象|问题)?(?:了|呢|吗|没有)*[?？。]?$")
_AMOUNT_OR_LIST = re.compile(r"多少|几|哪|什么|啥")
# none left: `已无`, `不再有`, `已全部消除`, `清零`, `全部化解` (the verbs reports close a problem with) — the bare verb
# only where the clause plans nothing (`力争到2027年消除…` is not done yet)
_NONE_LEFT = re.compile(r"已无|已经没有|已没有|不再有|不存在|(?:已经?|均已)(?:全部|全面)?(?:消除|清零|化解|销号)")
_CLOSED = re.compile(r"消除|清零|化解|销号")
_PLANNED = re.compile(r"力争|争取|计划|将|要|确保|目标|到\d{4}年|到20")
# some left: `仍有`, `尚有`, `还存在`
_SOME_LEFT = re.compile(r"仍有|尚有|还有|仍存在|还存在|尚存在|尚存")


class StillThere:
    """Handler: a thing asked still there or not, answered by the clause stating it (module doc); None when no
    clause of the leading passages states whether it is left."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        asked = _ASKED.search(query.norm)
        if asked is None or _AMOUNT_OR_LIST.search(query.norm):
            return None
        things = key_terms(asked.group("thing"))
        if not things:
            return None
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            if hit.chunk.row_index is not None or ask.scope is not None and hit.chunk.doc_id not in ask.scope:
                continue
            doc = reader.documents[hit.chunk.doc_id]
            title = flat(normalize(doc.meta.title, drop_space=True))
            for s, e in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
                sentence = flat(normalize(doc.text[s:e], drop_space=True))
                if reader.coverage(query, title + sentence)[0] < COVER_MIN:
                    continue
                for a, b in clause_spans(sentence):
                    left = _left(sentence[a:b], things)
                    if left is None:
                        continue
                    n = ask.book.cite(hit, s, e)
                    said = display(doc.text[s:e])
                    return Draft(f"{'有' if left else '没有'}。依据{region_of(doc)}文件：“{said}”[{n}]", False,
                                 ask.book.citations)
        return None


def _left(clause: str, things: list[str]) -> bool | None:
    """Whether a clause naming every one of `things` says some are left (True) or none (False); None when it
    names them without saying either."""
    if not all(has_term(t, clause) for t in things):
        return None
    if _NONE_LEFT.search(clause) or _CLOSED.search(clause) and not _PLANNED.search(clause):
        return False
    if _SOME_LEFT.search(clause):
        return True
    return None
