"""A rule requiring every unit to do a thing (`X须全部签约入驻`, `一律…`, `均须…`) asked kept or not (`…合乎区里的规定
吗`): a floor of 100% on the rate of that act, judged on the rate the document states as reached (`X率为N%`, the rate
by its name or the shorter names documents write for it: server/lexicon/rate_names.tsv), both sentences cited.
Inspection bulletins state the rule so beside the level found; a level the document only sets as a target (a date
to come, a bound) is no level reached."""
from __future__ import annotations

import re

from figures.compute import Operand, compare
from figures.numbers import find_quantities
from ingest.clauses import clause_start
from ingest.models import Document
from ingest.normalize import normalize
from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.evidence import PLANNED
from server.answer.sections import chunk_hit
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import verdict_text
from server.lexicon import rate_names
from server.schemas import Figure

CANDIDATE_DOCUMENTS = 2  # leading documents read
ALL = 100.0  # every unit: the whole, as a rate
# the act every unit must do, after the words requiring it of all (`须全部签约`, `一律实行…`, `均须…`)
_ALL_MUST = re.compile(r"(?:须|必须|应|要|应当)(?:全部|全员|一律|均|都|全都)|(?:全部|一律|均)(?:须|必须|应|要)")
_ACT = re.compile(r"[\u4e00-\u9fff]{2,6}")


def all_rule_judged(ask: Ask) -> Draft | None:
    """The rate of the act asked judged against a rule requiring it of all (module doc); None when no sentence
    requires the act the question names of all, or the document states no one rate of it reached."""
    asked = flat(ask.query.norm)
    for doc_id in ask.ranked_docs()[:CANDIDATE_DOCUMENTS]:
        doc = ask.reader.documents[doc_id]
        for start, end in split_sentences(doc.text, 0, len(doc.text)):
            said = flat(normalize(doc.text[start:end]))
            must = _ALL_MUST.search(said)
            act = _ACT.match(said, must.end()) if must else None
            # (the act as the question writes it, its longest opening the question holds)
            name = next((act.group()[:n] for n in range(len(act.group()), 1, -1) if act.group()[:n] in asked),
                        "") if act else ""
            if len(name) >= 2:
                reached = _rate_reached(doc, name)
                if reached is not None:
                    return _judged(ask, doc, (start, end), *reached)
    return None


def _rate_reached(doc: Document, act: str) -> tuple[tuple[int, int], Operand] | None:
    """The one rate reached (a percentage, no bound, not planned) whose clause names the act's rate."""
    rate = f"{act}率"
    names = (rate, *rate_names().get(rate, ()))
    found = []
    for start, end in split_sentences(doc.text, 0, len(doc.text)):
        sentence = doc.text[start:end]
        if PLANNED.search(normalize(sentence)):
            continue
        for q in find_quantities(sentence):
            clause = flat(normalize(sentence[clause_start(sentence, q.start):q.start]))
            if q.unit == "%" and not q.qualifier and any(n in clause for n in names):
                found.append(((start, end), Operand(label=rate, value=q.value, unit="%", decimals=q.decimals,
                                                    source={"kind": "passage", "start": start + q.start,
                                                            "end": start + q.end, "text": q.text})))
    return found[0] if len({o.value for _, o in found}) == 1 else None


def _judged(ask: Ask, doc: Document, rule: tuple[int, int], span: tuple[int, int], value: Operand) -> Draft:
    target = Operand(label="文件中的要求 全部（100%）", value=ALL, unit="%", decimals=0)
    judged = compare(value, target, label="与文件中的要求比较")
    passed = value.value >= ALL
    judged.flag = "pass" if passed else "fail"
    book = ask.book
    n = book.cite(chunk_hit(ask.reader, doc, span[0]), *span)
    m = book.cite(chunk_hit(ask.reader, doc, rule[0]), *rule)
    shown = f"{value.source['text'] if value.source else value.value}"
    answer = (f"{verdict_text(judged, ask.query.norm)}：{value.label}{shown}。依据{region_of(doc)}文件："
              f"“{display(doc.text[span[0]:span[1]])}”[{n}]。{shown} {'=' if passed else '<'} 100%"
              f"（文件中的要求：“{display(doc.text[rule[0]:rule[1]])}”[{m}]，即全部）：{judged.formula}")
    stated = Figure(label=value.label, value=value.value, unit="%", citation_ids=[n])
    return Draft(answer, False, book.citations, [stated, computed_figure(judged, n)],
                 [Claim("%", value.label, chunk_hit(ask.reader, doc, span[0]), span)])
