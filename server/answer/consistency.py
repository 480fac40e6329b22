"""Whether two documents of one place state the same figure (`规划和讲话里的X一致吗`, `…对得上吗`): a
place's documents restate each other's figures — a speech in Chinese numerals restating a plan, a
summary in 万 restating a bulletin's count. Each document's own figure for the thing asked is read
as a lookup of that document alone; the two are compared at the coarser one's written precision
(58340人 and 5.83万人 agree), and the answer says 一致 or 不一致 with both cited. A lookup may pick
another row or clause of the same document, so before two lookups are called different, a sentence
of one restating the other's figure is looked for. A figure one of the documents lacks, or figures of
different kinds of quantity, give no verdict: the other handlers answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import partial

from figures.counters import noun_counter
from figures.numbers import Quantity, canonical_unit, find_quantities, parse_number
from ingest.normalize import normalize
from ingest.segment import words
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.crossdoc import PerDocument
from server.answer.draft import Draft
from server.answer.text import display, flat, region_of
from server.lexicon import document_kinds
from server.query import Query
from server.regions import without_places
from server.schemas import Citation, Figure

# the asking words of a consistency question, with the verb's object left out (`说法`, `数字`)
_ALIKE = re.compile(r"(?:(?:说法|数字|数据|口径|表述)(?:是否|是不是)?)?"
                    r"(?:是否一致|一致吗|一致不一致|是不是一致|一不一致|对得上吗?|对不对得上|对不上|相符吗|"
                    r"是否相符|一样吗|是否一样|相同吗|是否相同)")
_PAUSES = re.compile(r"[，,。？?！!；;]")
# how a question points into a document it names (`讲话里说的`, `公报中的`, `两份材料`)
_POINTERS = re.compile(r"(?:两|二|2)份(?:[^\W\d]{0,6}?的)?|里(?:说|写|讲|提)?的?|中(?:说|写|讲|提)的?|"
                       r"上(?:说|写)的?|(?:说|写|讲|提)的")
_NAMES_DOCUMENTS = re.compile(r"(?:两|二|2|几|多)份|文件|材料")
_ASKING = re.compile(r"(?:一共|总共|共)?(?:花|用|投入?|是|有|为)?了?(?:多少|几)[^\W\d]?(?:钱)?(?:是多少)?$|是多少$")
_JOINS = re.compile(r"^[和与及跟同、，,的?？\s]+|[和与及跟同、，,的?？\s]+$")


@dataclass(frozen=True)
class _Stated:
    doc_id: str
    line: str
    figure: Figure
    quantity: Quantity


def asked_alike(norm: str) -> re.Match[str] | None:
    """The consistency phrase of a question, or None."""
    return _ALIKE.search(norm)


def figure_asked(norm: str, regions: list[str], titles: list[str]) -> str:
    """The thing whose figure is compared: the question less its consistency phrase (a clause of its own
    when another clause states the thing), the place and the words naming the documents — a kind of
    document with the words of its title before it (`托育总结` for `…托育…工作总结`)."""
    found = asked_alike(norm)
    if found is None:
        return norm
    clauses = [c for c in _PAUSES.split(norm) if c.strip()]
    rest = [c for c in clauses if not asked_alike(c)]
    text = "，".join(rest) if rest and len(rest) < len(clauses) else norm[:found.start()] + norm[found.end():]
    # the place as the question writes it, whole or short (`某川` for 某川县)
    text = without_places(text, regions, " ")
    for kind in document_kinds():
        text = re.sub(rf"([^\W\d和与及跟同的里中]{{1,6}}){kind}", partial(_named_by, kind=kind, titles=titles), text)
        text = text.replace(kind, " ")
    text = _POINTERS.sub(" ", text)
    return _JOINS.sub("", " ".join(text.split()))


def thing_of(query: Query) -> str:
    """The thing asked, as the answer names it: its asking words (`是多少`, `花多少钱`) left out."""
    return _ASKING.sub("", query.norm) or query.norm


def _named_by(m: re.Match[str], *, kind: str, titles: list[str]) -> str:
    """A kind of document and the longest end of the words before it that a title of that kind holds."""
    before = m.group(1)
    for i in range(len(before)):
        if any(before[i:] in t and kind in t for t in titles):
            return before[:i] + " "
    return m.group(0)


def _quantity(f: Figure) -> Quantity | None:
    """The figure as a quantity; a rate written in words (百分之八十七点三) keeps 百分之 as its unit, read as %."""
    percent = canonical_unit(f.unit) == "%"
    return parse_number(f"{f.value:g}{'%' if percent else f.unit}")


def _unit_of_last_digit(q: Quantity) -> float:
    """The worth of the last written digit in the base unit (5.83万人 → 100人)."""
    written = parse_number(f"1{q.unit_as_written}") if q.unit_as_written else None
    scale = written.value if written is not None and written.value else 1.0
    return scale / 10 ** q.decimals


def agree(a: Quantity, b: Quantity) -> bool:
    """The same amount, at the coarser of the two written precisions."""
    return abs(a.value - b.value) <= max(0.5 * _unit_of_last_digit(a), 0.5 * _unit_of_last_digit(b)) + 1e-9


RESTATED_COVER = 0.75  # of the key terms, a sentence restating the other document's figure must hold
# … and of a figure of four or more significant digits both documents write alike (31207万元, 三亿一千二百零七万元):
# two unrelated amounts that precise rarely agree, so the sentence need only share the thing's words, not its
# every word (执行 for 执行数)
RESTATED_COVER_PRECISE = 0.5
PRECISE_DIGITS = 1000  # a figure this many times the worth of its last written digit has four significant digits


class StatedAlike:
    """Handler: one place's documents compared on the figure the question names (module doc)."""

    def __init__(self, per_document: PerDocument):
        self.per_document = per_document

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if asked_alike(query.norm) is None or len(query.regions) != 1:
            return None
        if not _NAMES_DOCUMENTS.search(query.norm) and not any(k in query.norm for k in document_kinds()):
            return None  # two things of one document compared (`小学和初中的要求一样吗`), not two documents
        # the place's documents as the catalog found them (an image whose place name was misread joins its
        # place there), else by their own region
        place = normalize(query.regions[0])
        docs = sorted(ask.scope if ask.scope is not None else
                      (d.doc_id for d in reader.documents.values() if place in map(normalize, d.meta.region)))
        thing = figure_asked(query.norm, query.regions,
                             [normalize(reader.documents[d].meta.title, drop_space=True) for d in docs])
        if len(docs) < 2 or len(thing) < 2:
            return None
        # each document asked its figure of the thing, as a lookup asks it
        one = replace(ask, query=replace(query.narrowed(f"{thing}是多少"),
                                         intents=query.intents - {"compare", "compliance"}))
        found = {doc_id: self._looked_up(one, doc_id) for doc_id in docs}
        stated = [s for s in found.values() if s is not None]
        if not stated:
            return None
        pair = self._pair(one, docs, stated)
        if pair is None:
            return None
        first, second = pair
        if first.quantity.unit != second.quantity.unit:
            return None  # different kinds of quantity: no verdict to give
        lines = [f"《{normalize(reader.documents[s.doc_id].meta.title) or s.doc_id}》：{s.line}" for s in pair]
        a, b = (s.quantity.text for s in pair)  # as each document writes it (5.83万人 beside 58340人)
        thing = thing_of(one.query)
        verdict = (f"一致：两份文件所说的{thing}都是{a}" + (f"（{b}）" if b != a else "") + "。"
                   if agree(first.quantity, second.quantity) else f"不一致：一份为{a}，另一份为{b}。")
        text, citations, figures = _cited_only(verdict + "\n" + "\n".join(lines), ask.book.citations,
                                               [first.figure, second.figure])
        return Draft(text, False, citations, figures)

    def _looked_up(self, one: Ask, doc_id: str) -> _Stated | None:
        """The document's own figure for the thing asked, as a lookup of that document alone."""
        each = self.per_document.each(one, [doc_id], False)
        q = _quantity(each.figures[0]) if each.lines and each.figures else None
        if q is None:
            return None
        return _Stated(doc_id, each.lines[0].split("：", 1)[-1], each.figures[0], q)

    def _pair(self, one: Ask, docs: list[str], stated: list[_Stated]) -> tuple[_Stated, _Stated] | None:
        """Two documents' figures to compare: two lookups that agree; else a sentence of one document
        restating the other's figure (a lookup may pick another row or clause of the same document); else
        two lookups of the same kind of quantity, which then disagree."""
        if len(stated) >= 2 and agree(stated[0].quantity, stated[1].quantity):
            return stated[0], stated[1]
        for s in stated:
            for doc_id in docs:
                if doc_id != s.doc_id and (restated := _restated(one, doc_id, s.quantity)) is not None:
                    return s, restated
        if len(stated) >= 2:
            return stated[0], stated[1]
        return None


_CITED = re.compile(r"\[(\d+)\]")


def _cited_only(text: str, citations: list[Citation], figures: list[Figure]) -> tuple[str, list[Citation],
                                                                                     list[Figure]]:
    """The answer citing only the passages its lines cite, numbered anew in their order: a lookup whose figure a
    restating sentence replaced cited its passage in the book too, which the answer no longer gives."""
    used = list(dict.fromkeys(int(m.group(1)) for m in _CITED.finditer(text)))
    new = {old: n for n, old in enumerate(used, 1)}
    kept = sorted((c.model_copy(update={"id": new[c.id]}) for c in citations if c.id in new), key=lambda c: c.id)
    return (_CITED.sub(lambda m: f"[{new.get(int(m.group(1)), int(m.group(1)))}]", text), kept,
            [f.model_copy(update={"citation_ids": [new[i] for i in f.citation_ids if i in new]}) for f in figures])


def _held(query: Query, sentence: str, q: Quantity) -> str:
    """What a sentence says of the thing asked, in the words the coverage check reads: its own words, and a key
    term its figure counts (学校 of `53所中小学`: a noun counted in the term's counter, 所, right after it)."""
    said = flat(normalize(sentence))
    after = next((w for w in words(sentence[q.end:]) if w.strip()), "")
    counter = noun_counter(after) if after else None
    counted = [t for t in query.terms if counter is not None and counter == q.unit and noun_counter(t) == counter]
    return "，".join([said, *counted])


def _cover_needed(a: Quantity, b: Quantity) -> float:
    precise = all(abs(q.value) >= PRECISE_DIGITS * _unit_of_last_digit(q) for q in (a, b))
    return RESTATED_COVER_PRECISE if precise else RESTATED_COVER


def _restated(one: Ask, doc_id: str, target: Quantity) -> _Stated | None:
    """A sentence of the document holding most of the key terms and a figure equal to `target`."""
    reader, query = one.reader, one.query
    doc = reader.documents[doc_id]
    for hit in one.search(query, [doc_id]):
        chunk = hit.chunk
        for start, end in split_sentences(doc.text, chunk.start, chunk.end):
            sentence = doc.text[start:end]
            for q in find_quantities(sentence):
                if q.unit == target.unit and agree(q, target) \
                        and reader.coverage(query, _held(query, sentence, q))[0] >= _cover_needed(q, target):
                    n = one.book.cite(hit, start, end)
                    scale = parse_number(f"1{q.unit_as_written}") if q.unit_as_written else None
                    figure = Figure(label=normalize(sentence[:q.start])[-20:] or thing_of(query),
                                    value=round(q.value / (scale.value if scale and scale.value else 1.0), 6),
                                    unit=q.unit_as_written or q.unit, citation_ids=[n])
                    return _Stated(doc_id, f"{q.text}。依据{region_of(doc)}文件：“{display(sentence)}”[{n}]", figure, q)
    return None
