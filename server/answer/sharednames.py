"""Which school (or town) every one of a place's documents names (`几个文件都说到了哪所小学`): the names of that
kind each document writes, kept when all of them write it, each quoted from every document's own sentence.
"""
from __future__ import annotations

import re

from ingest.models import Document
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.sections import chunk_hit
from server.answer.text import display

# the documents named together (`两份文件`, `这几个通报`), then all of them naming one thing of a kind asked
_ASKS_SHARED = re.compile(r"(?:两|二|三|几|各)(?:份|个|篇)?(?:文件|通报|通知|报告|方案|材料|总结)?[^?？]{0,4}?"
                          r"(?:都|共同|同时)(?:提到|提及|说到|写到|讲到|涉及|有)了?"
                          r"哪(?:一|几)?(?:所|个|些|家)?(?P<kind>学校|小学|中学|幼儿园|镇|乡|街道)")
# a school's own name: a place under the county (or a school's naming word, 实验, 第三) then its kind, with at most
# a few characters of its own between (`某某镇明德幼儿园`); a town's: two characters and its suffix
_PLACE_PART = r"(?:镇|乡|村|街道|城关|实验|第[一二三四五六七八九十\d]+)"
_SCHOOL_KIND = r"(?:中心学校|中心小学|九年一贯制学校|完全小学|初级中学|高级中学|中学|小学|学校|幼儿园|完小)"
_NAMES = {"school": re.compile(rf"{_PLACE_PART}[\u4e00-\u9fff]{{0,4}}?{_SCHOOL_KIND}"),
          "town": re.compile(r"(?:镇|乡|街道)")}
_STEM_MAX = 6  # characters of a place's name before its suffix, at most


class NamedInAll:
    def try_answer(self, ask: Ask) -> Draft | None:
        m = _ASKS_SHARED.search(ask.query.norm)
        if m is None or ask.scope is None or len(ask.scope) < 2:
            return None
        docs = [ask.reader.documents[d] for d in ask.scope if d in ask.reader.documents]
        kind = "town" if m.group("kind") in ("镇", "乡", "街道") else "school"
        shared = set.intersection(*(_names(doc, kind) for doc in docs))
        # a name inside a longer shared one (溪镇完全小学 of 某溪镇完全小学) is that one's tail
        names = sorted(n for n in shared if not any(n != o and o.endswith(n) for o in shared))
        if not names:
            return None
        lines = []
        for name in names:
            quoted = []
            for doc in docs:
                start, end = _sentence(doc, name)
                n = ask.book.cite(chunk_hit(ask.reader, doc, start), start, end)
                quoted.append(f"《{normalize(doc.meta.title)}》：“{display(doc.text[start:end])}”[{n}]")
            lines.append(f"{name}：" + "；".join(quoted))
        return Draft("\n".join(lines), False, ask.book.citations)


def _form(doc: Document) -> str:
    """The document's text in the matching form, offset for offset (its own text when normalising changes the
    length)."""
    norm = normalize(doc.text)
    return norm if len(norm) == len(doc.text) else doc.text


def _names(doc: Document, kind: str) -> set[str]:
    """Every string of the text that may be a name of the kind (a school, a town), with each start of its
    place's name up to _STEM_MAX characters before: which start is the name's is for the other documents to
    tell (the one they all write)."""
    text = _form(doc)
    found = set()
    for m in _NAMES[kind].finditer(text):
        for size in range(2, _STEM_MAX + 1):
            stem = text[max(0, m.start() - size):m.start()]
            if len(stem) == size and re.fullmatch(r"[\u4e00-\u9fff]+", stem):
                found.add(stem + m.group())
    return found


def _sentence(doc: Document, name: str) -> tuple[int, int]:
    """The first sentence of the document writing `name`."""
    at = _form(doc).find(name)
    return next(((a, b) for a, b in split_sentences(doc.text, 0, len(doc.text)) if a <= at < b), (at, at + len(name)))
