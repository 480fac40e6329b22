"""Figures the documents do not state but their amounts give: a share, ratio, difference, change
or the year before, computed by server.calc from the answering sentence and the sentences just
before it, with formula and inputs."""
from __future__ import annotations

from ingest.structure import split_sentences
from server.answer.base import Ask
from server.answer.draft import CitationBook, Claim, Draft, table_of
from server.answer.evidence import Reader
from server.answer.text import computed_figure, display, region_of
from server.calc import prose_compute, table_compute
from server.query import Query
from server.retrieve import Hit

PROSE_OPERATIONS = ("share", "ratio", "difference", "previous", "start")  # computed from counts a passage states
CONTEXT_SENTENCES = 2  # sentences before the answering one whose amounts a computation may use


class ProseComputation:
    """The question asks for a computation and the evidence is a sentence holding its operands."""

    def try_answer(self, ask: Ask) -> Draft | None:
        if not ask.query.operation or ask.evidence.hit.chunk.row_index is not None:
            return None
        return prose_computation(ask.reader, ask.query, ask.evidence.hit, ask.evidence.span, ask.book)


class ProseOverTable:
    """A share, ratio or difference the best table row cannot give, computed from the counts a
    passage states (`公辦在園幼兒19943人` of `在園幼兒36381人` rather than a rate row)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        chunk = ask.evidence.hit.chunk
        if query.operation not in PROSE_OPERATIONS or chunk.row_index is None:
            return None
        table = table_of(reader.documents[chunk.doc_id], chunk)
        if table is None or table_compute(query, table, table.rows[chunk.row_index]) is not None:
            return None
        prose = [h for h in ask.ranked if h.chunk.row_index is None]
        if not prose:
            return None
        alternative = reader.evidence(query, prose)
        if reader.refusal(query, alternative.hit):
            return None
        return prose_computation(reader, query, alternative.hit, alternative.span, CitationBook(reader.documents))


def prose_computation(reader: Reader, query: Query, hit: Hit, sentence: tuple[int, int],
                      book: CitationBook) -> Draft | None:
    """The computed figure the question asks for, from the amounts of the answering sentence
    and the sentences just before it in its passage; cited as the span its inputs come from."""
    doc = reader.documents[hit.chunk.doc_id]
    before = [s for s in split_sentences(doc.text, hit.chunk.start, sentence[0])][-CONTEXT_SENTENCES:]
    window = (before[0][0] if before else sentence[0], sentence[1])
    computed = prose_compute(query, doc.text, window, sentence)
    if not computed:
        return None
    sources = [i["source"] for c in computed for i in c.inputs if (i.get("source") or {}).get("start") is not None]
    starts = [src["start"] for src in sources]
    last = max([sentence[1]] + [src["end"] for src in sources if src.get("end")])
    if last > sentence[1]:  # an input in the sentence after: cite through the end of that sentence
        last = next((e for s, e in split_sentences(doc.text, sentence[1], hit.chunk.end) if e >= last), last)
    span = (min([sentence[0]] + [s for s in starts if s >= window[0]]), last)
    span = next(((s, last) for s, e in before + [sentence] if s <= span[0] < e), span)
    n = book.cite(hit, *span)
    lines = "；".join(f"{c.label}：{c.formula}{f'（{c.note}）' if c.note else ''}[{n}]" for c in computed)
    return Draft(f"{lines}。依据{region_of(doc)}文件：“{display(doc.text[span[0]:span[1]])}”[{n}]", False,
                 book.citations, [computed_figure(c, n) for c in computed],
                 [Claim(c.unit, c.label, hit, span, True) for c in computed])
