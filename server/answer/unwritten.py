"""Names or a way of reckoning asked of a thing the documents never spell out: abstain, never a neighbour.

Asked how a thing is reckoned (`X费怎么算`) or what things are called (`X叫什么`, `出自哪几家X`), an answer needs the
documents to write that thing; notices often give only how many there are (`承办机构有5家`) or leave it out
altogether, and the closest sentence is then about something else. The thing asked is the word(s) right before the
asking words (or after `哪几家`); the documents read are those of the leading passages. Abstains when none of them
writes the thing (its synonyms or its characters with at most one between count), or — names asked — when every
sentence writing it states only a count of it and no list follows. One unit asked of a kind (`哪家出版社`, `哪所学校`:
server/lexicon/listed_units.tsv) abstains when no leading document writes a name of that kind."""
from __future__ import annotations

import re

from ingest.normalize import normalize
from ingest.segment import words
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.evidence import has_term
from server.answer.text import flat
from server.answer.whichrow import asked_kind, names_one

LEADING = 8  # passages whose documents are read
_WAY_ASKED = re.compile(r"(?:的)?(?:怎么算|怎样算|如何计算|怎么计算|怎么核算|按什么标准(?:算|发|计算))")
_NAMES_ASKED = re.compile(r"(?:分别)?(?:都)?(?:叫什么|叫啥|名称是什么|的名称|名字是什么|的名字)")
# `出自哪几家印刷厂`, `哪几所学校`: the things after the asking word and their counter, up to the sentence's end
_WHICH = re.compile(r"哪(?:几|些)(?:家|个|所|位|名)(?P<noun>[\u4e00-\u9fff]{2,4}?)(?:的|呢|吗|[？?。]|$)")
# a count of the thing beside it (`5家机构`, `机构为5家`, `机构共五家`)
_COUNT = r"(?:\d+|[一二两三四五六七八九十]+)(?:家|个|所|位|名|种|人)"
_LISTED = re.compile(r"[、：:]|分别(?:为|是)|包括|即")
# the first item following a count (`抓好三件事。一要…`, `（一）…`, `1.…`, `①…`): the list is written, one item a
# sentence. Only a first item: a later one (`（四）` after `（三）…供应商为3家。`) continues the list the counting
# sentence is itself an item of, and names none of the things counted
_ITEM_NEXT = re.compile(r"\s*(?:一[是要、]|第一|首先|[（(]一[）)]|\(?1[.．、)）]|①)")
_LINKS = {"是", "的", "都", "要", "该", "应"}  # words between a thing and the asking words


def asked_thing(q: str) -> tuple[str, bool]:
    """(the thing asked, whether its names are asked) of a question asking names or a way of reckoning, else
    ('', False)."""
    which = _WHICH.search(q)
    if which:
        return which.group("noun"), True
    for rx, names in ((_NAMES_ASKED, True), (_WAY_ASKED, False)):
        m = rx.search(q)
        if m:
            before = [w for w in words(q[:m.start()]) if w.strip()]
            while before and before[-1] in _LINKS:
                before.pop()  # (`总成绩是怎么算的`: the thing is 总成绩)
            noun = "".join(before[-2:]) if before and len(before[-1]) == 1 else (before[-1] if before else "")
            return (noun, names) if len(noun) >= 2 and not re.search(r"\d", noun) else ("", False)
    return "", False


def _written(thing: str, text: str) -> bool:
    return has_term(thing, text) or re.search(".?".join(map(re.escape, thing)), text) is not None


def _only_counted(thing: str, text: str) -> str:
    """The first sentence of `text` writing `thing` beside a count of it when every sentence writing it does so and
    no list follows in it or the next sentence (`、`, `分别为`), else ''."""
    sentences = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    counted = ""
    for n, sentence in enumerate(sentences):
        if thing not in sentence:
            continue
        beside = re.search(rf"{_COUNT}{re.escape(thing)}|{re.escape(thing)}(?:为|有|共|共有|是)?{_COUNT}", sentence)
        after = sentences[n + 1] if n + 1 < len(sentences) else ""
        if beside is None or _LISTED.search(sentence, beside.start()) or _LISTED.search(after[:30]) \
                or _ITEM_NEXT.match(after):
            return ""
        counted = counted or sentence
    return counted


class UnwrittenThing:
    """Handler: an abstention when the thing whose names or reckoning is asked is not written, or only counted, in
    the leading documents (module doc); None otherwise."""

    def try_answer(self, ask: Ask) -> Draft | None:
        q = normalize(ask.query.norm, drop_space=True)
        thing, names = asked_thing(q)
        kind = asked_kind(q)
        if not thing and not kind:
            return None
        documents = ask.reader.documents
        texts = [normalize(documents[d].text, drop_space=True)
                 for d in dict.fromkeys(h.chunk.doc_id for h in ask.ranked[:LEADING])]
        if not texts:
            return None
        if kind and not any(names_one(t, kind) for t in texts):
            # (`哪家出版社`: the one asked of a kind whose every name ends with the kind's word, none written)
            return ask.reader.abstain(f"文件中没有写明任何{kind}的名称。", ask.ranked)
        if not thing:
            return None
        if not any(_written(thing, flat(t)) for t in texts):
            return ask.reader.abstain(f"文件中未提到“{thing}”。", ask.ranked)
        if names:
            counted = [_only_counted(thing, t) for t in texts if thing in t]
            if counted and all(counted):
                return ask.reader.abstain(f"文件只写明{thing}的数量（“{counted[0]}”），没有列出名称。", ask.ranked)
        return None
