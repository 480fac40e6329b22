"""A question whether there is money for something (`加班有没有补助`, `是否有补贴`) is answered only by a
passage that speaks of money: a sentence counting the people who do the thing (`参加活动的有1200人`) says
nothing of whether they are paid, and quoted as the answer it reads as a yes. Nor is a question whether a rule
applies to a school it names (`某某镇中心学校需要…吗`) answered by the rule alone: a passage that never names
that school does not say whether it meets the rule's condition — unless the question states the school's case
(`某校每班45人，符合…吗`), which the rule then judges. Called by the verification step
(server/answer/verify.py) for answers that quote a passage without asserting a figure."""
from __future__ import annotations

import re
from functools import lru_cache

from figures.numbers import find_quantities
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.casejudged import case_figures
from server.answer.draft import Draft
from server.answer.evidence import CANDIDATES, has_term, unit_kind
from server.answer.text import display, region_of
from server.lexicon import money_nouns, synonyms
from server.query import Query
from server.regions import without_places
from server.retrieve import Hit

# a school the question names by its own name: a place or a number before its kind (某某镇中心学校, 第三小学)
# (a number alone names one: the question's place taken out, `第三中学` opens it)
_SCHOOL = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:镇|乡|村|街道|城关|实验)"
                     r"|[\u4e00-\u9fff]{0,6}?第[一二三四五六七八九十\d]+)"
                     r"(?:中心学校|中心小学|九年一贯制学校|完全小学|小学|中学|学校|幼儿园|完小)")
# the share of the evidence's key-term coverage a sentence naming the money asked must carry to answer instead
SAID_SHARE = 0.5
# an ask whether a thing is so or exists (not `是多少`)
_WHETHER = re.compile(r"有没有|有无|是否|能不能|可不可以|会不会|能否|吗[?？。]?$")


@lru_cache(maxsize=1)
def _money_words() -> tuple[str, ...]:
    """The nouns stated in money (server/lexicon/unit_nouns.tsv) and the words documents write for them."""
    return tuple(dict.fromkeys(w for n in money_nouns() for w in (n, *synonyms().get(n, ()))))


def money_unsaid(query: Query, draft: Draft) -> str:
    """The money noun a whether-question asks about, when the passages the answer quotes name no money (no
    money noun, no amount in 元, none of the words documents write for the question's phrase holding it:
    收费, 免收 for `交钱`); '' otherwise."""
    if draft.claims or not draft.citations or not _WHETHER.search(query.norm):
        return ""
    asked = _money_asked(query)
    if not asked:
        return ""
    quoted = normalize("".join(c.text for c in draft.citations), drop_space=True)
    return "" if _says_money(query, asked, quoted) else asked


def _money_asked(query: Query) -> str:
    return next((w for w in _money_words() if w in query.norm), "")


def _says_money(query: Query, asked: str, text: str) -> bool:
    """`text` (matching form) names money: a money noun, an amount in 元, or a word documents write for the
    question's phrase holding the money noun asked."""
    said = {*_money_words(), *(w for phrase, written in synonyms().items()
                               if asked in phrase and phrase in query.norm for w in written)}
    return any(w in text for w in said) or any(unit_kind(q.unit) == "money" for q in find_quantities(text))


def money_said(ask: Ask, doc_id: str) -> Draft | None:
    """For a whether-question about money answered by a sentence naming none (`参加夏令营要交钱吗` answered by
    the sentence that shares most words with the rest of the question, `…参加市级夏令营`): the sentence of the
    same document, among the leading passages, that names the money and shares a word of the question beside
    it (a fee rule's `报名一律免收费用`) — the yes or no is said there. None when no such sentence carries
    at least half the evidence's share of the question's words."""
    query, reader = ask.query, ask.reader
    asked = _money_asked(query)
    if not asked:
        return None
    money_terms = {t for t in query.terms if asked in t or _says_money(query, asked, t)}
    best: tuple[float, Hit, tuple[int, int]] | None = None
    for hit in ask.ranked[:CANDIDATES]:
        if hit.chunk.doc_id != doc_id or hit.chunk.row_index is not None:
            continue
        read = reader.sentences(hit.chunk)
        # (an item of the evidence's own passage, a list of rules on the thing asked (开放要求: 确需收费的…), shares
        # the passage's words: it needs none of the question's of its own)
        own = hit.chunk.chunk_id == ask.evidence.hit.chunk.chunk_id
        for span, text in zip(read.spans, read.flats):
            if not _says_money(query, asked, text) \
                    or not own and not any(has_term(t, text) for t in query.terms if t not in money_terms):
                continue
            cov = ask.evidence.value if own else reader.coverage(query, text)[0]
            if best is None or cov > best[0]:
                best = (cov, hit, span)
    if best is None or best[0] < SAID_SHARE * ask.evidence.value:
        return None
    _, hit, span = best
    doc = reader.documents[doc_id]
    n = ask.book.cite(hit, *span)
    return Draft(f"据{region_of(doc)}文件：“{display(doc.text[slice(*span)])}”[{n}]", False, ask.book.citations)


def school_unsaid(query: Query, draft: Draft) -> str:
    """The school a whether-question names, when the passages the answer quotes never name it; '' otherwise."""
    if draft.claims or not draft.citations or not _WHETHER.search(query.norm):
        return ""
    if case_figures(query.norm) and any(f.formula for f in draft.figures):
        return ""  # the question states the school's case (每班45人), which the answer judges against the rule
    asked = without_places(query.norm, query.regions)
    m = _SCHOOL.search(asked)
    if not m:
        return ""
    quoted = normalize("".join(c.text for c in draft.citations), drop_space=True)
    return "" if m.group(1) in quoted else m.group()


# which one ranks first asked (`哪所学校…最多`, `哪个区更高`), and the words by which a passage ranks or compares
_WHICH_RANKS = re.compile(r"哪[一]?[所个家项位条些类种区县校]?[\u4e00-\u9fff]{0,16}?(?:最|更)")
_RANKED = re.compile(r"最|第一|居首|首位|之首|排名|领先|更|高于|低于|多于|少于|超过")


def ranking_unsaid(query: Query, draft: Draft) -> bool:
    """Which one ranks first asked, and the passages the answer quotes rank or compare nothing: a sentence
    naming the things (`在18所学校实施…`, `A校和B校有富余学位`) does not say which of them is first, nor do
    one table row's cells stated as they stand (a figure computed, the largest of a column, ranks)."""
    if not draft.citations or not _WHICH_RANKS.search(query.norm) or any(c.computed for c in draft.claims) \
            or any(f.formula for f in draft.figures) or draft.figures and not draft.claims:
        return False
    if draft.claims and (len(query.regions) > 1 or len({c.hit.chunk.chunk_id for c in draft.claims}) > 1
                         or any(c.hit.chunk.row_index is None for c in draft.claims)):
        return False  # places ranked are each answered apart (one side's figure), the ranking made over them
    quoted = normalize(draft.answer + "".join(c.text for c in draft.citations), drop_space=True)
    return not _RANKED.search(quoted)


# which school asked (`哪个学校…`, `哪所小学`, `哪些幼儿园`), and the kinds of institution a passage names one by
_WHICH_SCHOOL = re.compile(r"哪(?:一|几)?[个所些家]?(?:学校|小学|中学|幼儿园|园|校)")
_INSTITUTION = re.compile(r"学校|小学|中学|幼儿园|完小|学院|[一二三四五六七八九十]中|[一二三四五六七八九十]小")


def school_unnamed(query: Query, draft: Draft) -> bool:
    """Which school asked, and the passages the answer quotes (asserting no figure) name no institution at all: a
    sentence of district totals (`共发现各类隐患214处`) cannot say which school it is."""
    if draft.claims or not draft.citations or not _WHICH_SCHOOL.search(query.norm):
        return False
    return not _INSTITUTION.search(normalize("".join(c.text for c in draft.citations), drop_space=True))
