"""Questions that ask several things at once (`多少人次？发放了多少资金？`, `A和B各多少`): each ask
answered on its own, from its own best evidence; the answers are joined, clauses of one cited
sentence quoted once."""
from __future__ import annotations

from dataclasses import dataclass, replace

from figures.numbers import Quantity
from server.answer.base import Ask, Handler, first_answer
from server.answer.draft import Claim, Draft
from server.answer.text import clause, display, pick_quantity, quantity_figure, region_of
from server.answer.verify import mismatch, verified
from server.query import key_terms
from server.schemas import Figure

SOURCE = "。依据"  # where a one-evidence answer's direct part ends and its sources begin


@dataclass
class _Stated:
    """One ask answered by a quantity the evidence sentence states."""
    quantity: Quantity
    quoted: str
    citation: int


class SeveralAsks:
    def __init__(self, lookup: tuple[Handler, ...]):
        self.lookup = lookup  # for asks answered from a table row or by a computation

    def try_answer(self, ask: Ask) -> Draft | None:
        """None when the question asks one thing, or fewer than two asks find their answer."""
        query, reader, book = ask.query, ask.reader, ask.book
        if len(query.asks) < 2 or "compare" in query.intents:
            return None
        mark = len(book.citations)
        answers: list[_Stated | Draft] = []
        previous = ""
        for text in query.asks:
            own = query.narrowed(text).asked  # what this ask wants (达标比例是多少 → %), by its own words
            if not key_terms(text) and previous:  # `增长了百分之多少？` is about what the ask before named
                text = f"{previous} {text}"
            previous = text
            part = replace(query.narrowed(text), asked=own)
            candidates = reader.rank(part, ask.ranked)
            evidence = reader.evidence(part, candidates)
            if reader.refusal(part, evidence.hit) and ask.scope:
                candidates = reader.rank(part, ask.search(part, ask.scope))
                evidence = reader.evidence(part, candidates) if candidates else evidence
            if reader.refusal(part, evidence.hit):
                continue
            if evidence.hit.chunk.row_index is not None or part.operation:
                draft = first_answer(self.lookup, Ask(part, candidates, reader, ask.search, ask.scope, book,
                                                      given=evidence))
                if draft is not None and not draft.abstained and draft.figures and SOURCE in draft.answer \
                        and verified(reader, part, draft) \
                        and not any(isinstance(a, Draft) and a.answer == draft.answer for a in answers):
                    answers.append(draft)
                continue
            doc = reader.documents[evidence.hit.chunk.doc_id]
            quantity = pick_quantity(part, doc.text, evidence.span, reader.cover(part))
            if quantity is None or any(isinstance(a, _Stated) and (a.quantity.start, a.quantity.text) ==
                                       (quantity.start, quantity.text) for a in answers):
                continue
            quoted = display(clause(doc.text, evidence.span, quantity))
            if mismatch(reader, part, Claim(quantity.unit, quoted, evidence.hit, evidence.span)):
                continue
            answers.append(_Stated(quantity, quoted, book.cite(evidence.hit, *evidence.span)))
        if len(answers) < 2:
            del book.citations[mark:]
            return None
        return _joined(answers, "、".join(query.regions) or region_of(reader.documents[book.citations[0].doc_id]),
                       book.citations)


def _joined(answers: list[_Stated | Draft], region: str, citations: list) -> Draft:
    directs: list[str] = []
    figures: list[Figure] = []
    quotes: dict[int, list[str]] = {}  # per citation, its clauses (a shorter one inside a longer dropped)
    others: list[str] = []
    for a in answers:
        if isinstance(a, Draft):
            direct, source = a.answer.split(SOURCE, 1)
            directs.append(direct)
            others.append(source)
            figures += a.figures
            continue
        directs.append(a.quantity.text)
        figures.append(quantity_figure(a.quoted, a.quantity, a.citation))
        kept = quotes.setdefault(a.citation, [])
        if not any(a.quoted in k for k in kept):
            kept[:] = [k for k in kept if k not in a.quoted] + [a.quoted]
    sources = []
    if quotes:
        sources.append(f"{region}文件：" + "；".join(f"“{'……'.join(c)}”[{n}]" for n, c in quotes.items()))
    sources += list(dict.fromkeys(others))
    return Draft(f"{'；'.join(directs)}{SOURCE}{'；'.join(sources)}", False, citations, figures)
