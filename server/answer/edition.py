"""An earlier edition of a recurring event asked (上一届, 上届, 前一届) of a document that reports one edition only.

A summary of a festival, contest or congress counted by editions (第N届) states the figures of its own edition;
a question about the edition before it is answered only by a document that speaks of that one too — by the
word for it (上届, 上一届, 往届) or by naming another edition's number. Otherwise every figure the document
states is this edition's, and answering with it states a wrong figure with confidence. (上次, the last time,
is not read so: it names the latest occasion, often the very one the document reports.) A clause that says it
is of this edition (本届) never answers the earlier one, whatever else the document says.

Asked something other than a figure of the earlier edition (where, when, who: `上届在何处举行`), a notice of
this edition that speaks of the earlier one only as a base of comparison (`较上届多N所`) does not describe
it: no sentence naming the earlier edition writes any of the question's own words, and the answer is an
abstention (EarlierEditionUnsaid), never this edition's place, date or title.

An edition asked by its ordinal (第四届) is compared as a year is: a document numbering only other editions
(第五届 throughout) states none of the asked one's figures (other_edition).
"""
from __future__ import annotations

import re

from figures.numbers import whole_number
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft

_ASKS_EARLIER = re.compile(r"(?:上一|上|前一)届")
# the document speaks of an edition before its own: by the word, or by numbering more than one edition
_EARLIER_SAID = re.compile(r"(?:上一|上|前一|往|历)届")
_THIS = re.compile(r"(?:本|这|此|该)届")
_EDITION = re.compile(r"第([0-9一二三四五六七八九十百零〇两]+)届")


def earlier_edition_unsaid(question: str, document: str, clause: str) -> str:
    """Why the figure of `clause` (normalised) in `document` (its text as written, either script) does not answer
    `question` (normalised) asking an earlier edition, or ''. A clause naming the earlier edition answers it; one
    naming its own (本届) never does; another is the earlier edition's only where the document speaks of one."""
    if not _ASKS_EARLIER.search(question) or _EARLIER_SAID.search(clause):
        return ""
    text = normalize(document, drop_space=True)
    if not _THIS.search(clause) and (_EARLIER_SAID.search(text) or len(set(_EDITION.findall(text))) > 1):
        return ""
    return "它是本届的数，不是上一届的"


def other_edition(question: str, document: str) -> str:
    """Why no figure of `document` (its text as written) answers `question` (normalised) asking an edition by
    its ordinal, or '': the document numbers editions, none of them the asked one. A document numbering none
    may be of any edition, and one naming the asked edition among others may state its figures."""
    asked = {whole_number(n) for n in _EDITION.findall(question)}
    named = {whole_number(n) for n in _EDITION.findall(normalize(document, drop_space=True))}
    if not asked or not named or asked & named:
        return ""
    return f"它是第{min(named)}届的数，不是所问第{min(asked)}届的"


LEADING_DOCUMENTS = 2  # documents of the leading passages read for the earlier edition


class EarlierEditionUnsaid:
    """Handler: an abstention when an earlier edition is asked something other than a figure and no sentence of
    the leading documents naming an edition before their own writes any of the question's words (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not _ASKS_EARLIER.search(query.norm) or query.asks_number:
            return None
        asked = [t for t in query.terms if "届" not in t]  # (the edition's own words, 上一届, name no thing asked)
        docs = ask.ranked_docs()[:LEADING_DOCUMENTS]
        if not asked or not docs:
            return None
        for doc_id in docs:
            text = ask.reader.documents[doc_id].text
            own = _EDITION.findall(normalize(text, drop_space=True))[:1]  # its own edition, as its title numbers it
            for start, end in split_sentences(text, 0, len(text)):
                sentence = normalize(text[start:end], drop_space=True)
                earlier = _EARLIER_SAID.search(sentence) or any(n not in own for n in _EDITION.findall(sentence))
                if earlier and any(t in sentence for t in asked):
                    return None
        return ask.reader.abstain("文件只写了本届的安排，没有写明上一届的情况。", ask.ranked)
