"""Questions that ask several things at once (`多少人次？发放了多少资金？`): one figure per ask,
each from its own best sentence."""
from __future__ import annotations

from figures.numbers import Quantity
from server.answer.base import Ask
from server.answer.draft import Draft
from server.answer.text import clause, display, pick_quantity, quantity_figure, region_of


class SeveralAsks:
    def try_answer(self, ask: Ask) -> Draft | None:
        """None when the question asks one thing, or fewer than two asks find their figure."""
        query, reader, book = ask.query, ask.reader, ask.book
        if len(query.asks) < 2 or query.operation or "compare" in query.intents:
            return None
        found: list[tuple[Quantity, str, int]] = []
        for text in query.asks:
            part = query.narrowed(text)
            candidates = reader.rank(part, ask.ranked)
            evidence = reader.evidence(part, candidates)
            if reader.refusal(part, evidence.hit) and ask.scope:
                candidates = reader.rank(part, ask.search(part, ask.scope))
                evidence = reader.evidence(part, candidates) if candidates else evidence
            if reader.refusal(part, evidence.hit) or evidence.hit.chunk.row_index is not None:
                continue
            doc = reader.documents[evidence.hit.chunk.doc_id]
            quantity = pick_quantity(part, doc.text, evidence.span)
            if quantity is None or any(q.start == quantity.start and q.text == quantity.text for q, _, _ in found):
                continue
            quoted = display(clause(doc.text, evidence.span, quantity))
            found.append((quantity, quoted, book.cite(evidence.hit, *evidence.span)))
        if len(found) < 2:
            book.citations.clear()
            return None
        region = "、".join(query.regions) or region_of(reader.documents[book.citations[0].doc_id])
        direct = "；".join(q.text for q, _, _ in found)
        by_citation: dict[int, list[str]] = {}
        for _, quoted, n in found:  # clauses of one sentence quoted once, the shorter inside a longer dropped
            kept = by_citation.setdefault(n, [])
            if not any(quoted in k for k in kept):
                kept[:] = [k for k in kept if k not in quoted] + [quoted]
        quotes = "；".join(f"“{'……'.join(clauses)}”[{n}]" for n, clauses in by_citation.items())
        figures = [quantity_figure(quoted, q, n) for q, quoted, n in found]
        return Draft(f"{direct}。依据{region}文件：{quotes}", False, book.citations, figures)
