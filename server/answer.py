"""Extractive answers: the direct answer first, every claim cited, or an explicit abstention.

Nothing here writes a number of its own: values are table cells or quantities found in a
sentence, quoted as published; computed figures come from figures.compute with their
formula. When the evidence does not carry the question's key terms, year or region, the
answer is "文件中未找到…" with at most a few passages marked 相关但不能回答.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from figures.compute import Computation
from figures.indicators import INDICATORS, match_indicator
from figures.numbers import Quantity, find_quantities, parse_number
from ingest.models import Cell, Chunk, Document, Row, Table
from ingest.normalize import normalize
from ingest.records import as_chunk_store
from ingest.segment import tokenize
from ingest.structure import split_sentences
from ingest.tables import row_label
from server.calc import (
    compliance,
    operation,
    prose_compute,
    table_change,
    table_compute,
    verdict_text,
    wants_change,
    wants_compliance,
)
from server.query import INDICATOR_NAMES, STAGES, Query, key_terms, short_name
from server.regions import speaks_for
from server.retrieve import Hit
from server.schemas import Citation, Figure

COVER_MIN = 0.6  # idf-weighted share of the question's key terms the best passage must contain
MEASURE_COVER_MIN = 0.5  # a further measure passage needs half of them
MEASURE_CLOSE = 0.9  # … and nine tenths of what the best measure sentence covers
NUMBER_BONUS = 0.3  # a sentence stating the kind of number asked for, among equally relevant ones
CANDIDATES = 10  # passages whose sentences compete to be the evidence
MAX_MEASURES = 4
MEASURE_LEAD_CHARS = 40  # a measure sentence this short is a heading or a lead: its content follows
MEASURE_SPAN_CHARS = 420  # at most this much of a measure item is quoted
MAX_RELATED = 3  # passages listed as 相关但不能回答 with an abstention
MAX_CLAUSE_CHARS = 60
PROSE_OPERATIONS = ("share", "ratio", "difference", "previous")  # computed from counts a passage states
CONTEXT_SENTENCES = 2  # sentences before the answering one whose amounts a computation may use

# phrasings that mean the same as a corpus word, for the key-term check only
SYNONYMS = {"老师": ("教师",), "孩子": ("学生", "幼儿"), "小孩": ("幼儿", "学生"), "娃娃": ("幼儿",),
            "幼儿园": ("幼儿", "园"), "学校数": ("学校",), "经费": ("资金", "投入"), "钱": ("资金", "经费", "元"),
            "生师比": ("专任教师",), "读书": ("就读", "上学"), "上学": ("就读", "入学")}
# unit families a question asks for, by its wording
_WANTS = [(re.compile(r"率|占比|比例|比重|百分"), ("%", "百分点")),
          (re.compile(r"多少(?:名|个)?(?:人|教师|学生|幼儿|老师|孩子)|人数|几人|(?:学生|在校生|幼儿|教师)(?:规模|数)"),
           ("人", "人次")),
          (re.compile(r"多少钱|经费|资金|投入|投资|多少元|万元|亿元"), ("元",)),
          (re.compile(r"多少所|几所|所学校|学校数"), ("所",)),
          (re.compile(r"面积|平方米"), ("平方米",))]
_COUNTER = re.compile(r"(?:几|多少)(人次|个|所|名|位|项|次|套|场|家|间|台)(?!百分点)")
_ASKS_NUMBER = re.compile(r"多少|几|多大|多高|数量|人数|规模|率|占比|比例|比重|目标值|达到")
# the start of the next item of an enumerated list: 二是… / (三) / 4. / 第二,
_ITEM_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|"
                        r"第[一二三四五六七八九十]+[,，、]|[一二三四五六七八九十]+、)")
_CLAUSE_END = re.compile(r"[，,；;。！？!?：:]")
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff，。、；：“”（）])\s+(?=[\u3000-\u9fff，。、；：“”（）\d])|"
                        r"(?<=[\u3000-\u9fff\d])\s+(?=[\u3000-\u9fff，。、；：“”（）])")


@dataclass
class Evidence:
    hit: Hit
    span: tuple[int, int]  # the sentence or table row, offsets into Document.text
    value: float  # key-term coverage (+NUMBER_BONUS when it states the number asked for)
    order: int  # rank of its passage


@dataclass
class Draft:
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


class CitationBook:
    """Numbers citations in order of first use; the same span cited twice keeps its number."""

    def __init__(self, documents: dict[str, Document]):
        self.documents = documents
        self.citations: list[Citation] = []

    def cite(self, hit: Hit, start: int | None = None, end: int | None = None) -> int:
        chunk = hit.chunk
        if start is None or end is None:
            start, end = chunk.start, chunk.end
        for c in self.citations:
            if (c.doc_id, c.start, c.end) == (chunk.doc_id, start, end):
                return c.id
        doc = self.documents[chunk.doc_id]
        section = chunk.section
        table = table_of(doc, chunk)
        if table and table.caption:
            section = f"{section} > {table.caption}" if section else table.caption
        self.citations.append(Citation(id=len(self.citations) + 1, doc_id=doc.doc_id, title=doc.meta.title,
                                       section=section, text=doc.text[start:end], start=start, end=end,
                                       score=round(hit.score, 4)))
        return len(self.citations)


class Composer:
    """Turns ranked passages into a Draft. `search(query, doc_ids)` re-queries one document
    for cross-document questions."""

    def __init__(self, documents: dict[str, Document], chunks: list[Chunk], regions: list[str]):
        self.documents = documents
        self.regions = regions
        # index-level accessors (ingest.records): nothing per chunk is copied or scanned here
        self._store = as_chunk_store(chunks)
        self._flat = self._store.derived(lambda c: _flat(c.norm))  # chunk_id → flat norm, on use
        self._chunks = self._store.per_document  # doc_id → its chunks
        self._idf: dict[str, float] = {}

    # --- evidence checks ---------------------------------------------------------------------

    def idf(self, term: str) -> float:
        """Inverse document frequency over chunks; 0 for a word the corpus never uses."""
        if term not in self._idf:
            needles = [f for t in term.split("|") for f in (t, *SYNONYMS.get(t, ()), *_indicator_forms(t))]
            df = self._store.count_containing(needles, lambda norm: _has_term(term, _flat(norm)))
            self._idf[term] = math.log(1 + len(self._store) / (1 + df)) if df else 0.0
        return self._idf[term]

    def coverage(self, query: Query, text: str) -> tuple[float, list[str]]:
        """Share of the key terms (idf-weighted) found in `text` (flattened norm), and those missing.

        Words the corpus never uses (colloquial phrasings: 管钱, 娃娃) weigh nothing, so a paraphrase
        is judged by its other words; words the corpus uses elsewhere but this passage lacks
        (差异系数 asked of 巴南) count fully. A compound missing as a whole gets half credit for its
        parts (生均公用经费 → 公用经费)."""
        if not query.terms:
            return 1.0, []
        total = found = 0.0
        missing = []
        for term in query.terms:
            # an indicator's name counts as the words it is made of (九年 义务教育 巩固率)
            weight = self.idf(term) * (max(1, len(_parts(term))) if term in INDICATOR_NAMES else 1)
            total += weight
            if _has_term(term, text):
                found += weight
                continue
            missing.append(term)
            parts = [p for p in _parts(term) if self.idf(p)]
            if parts:
                found += weight * 0.5 * sum(_has_term(p, text) for p in parts) / len(parts)
        if total == 0:  # nothing the corpus knows: no evidence can support it
            return 0.0, missing
        return found / total, missing

    def support(self, query: Query, hit: Hit) -> float:
        """Fused score weighted by key-term coverage and the year asked."""
        text = self._flat[hit.chunk.chunk_id]
        cov, _ = self.coverage(query, text)
        year_ok = not query.years or any(y in text for y in query.years)
        return hit.score * (0.25 + cov) * (1.0 if year_ok else 0.3)

    def year_ok(self, query: Query, hit: Hit) -> bool:
        return not query.years or any(y in self._flat[hit.chunk.chunk_id] for y in query.years)

    # --- composition ------------------------------------------------------------------------

    def compose(self, query: Query, hits: list[Hit], search: Callable[[Query, list[str]], list[Hit]],
                scope: list[str] | None) -> Draft:
        if query.unknown_regions and not query.regions:
            places = "、".join(query.unknown_regions)
            return Draft(f"文件中未找到关于{places}的内容。现有文件只涉及：{'、'.join(self.regions)}。", True)
        if "compare" in query.intents and len(query.regions) != 1:
            return self._per_region(query, search, scope)
        if not hits:
            return Draft("文件中未找到相关内容。", True)
        ranked = sorted(hits, key=lambda h: -self.support(query, h))
        book = CitationBook(self.documents)
        if "measure" in query.intents and not operation(query):
            refusal = self._refusal(query, ranked[0])
            return self._abstain(refusal, ranked) if refusal else self._measures(query, ranked, book)
        evidence = self.evidence(query, ranked)
        refusal = self._refusal(query, evidence.hit)
        chunk = evidence.hit.chunk
        if not refusal and not all(speaks_for(r, self.documents[chunk.doc_id], f"{chunk.section}\n{chunk.text}")
                                   for r in query.regions):
            # a wider region's document, a passage about another place
            refusal = f"文件中未找到{'、'.join(query.regions)}的相关内容。"
        if refusal:
            return self._abstain(refusal, ranked)
        if len(query.asks) > 1 and not operation(query) and "compare" not in query.intents:
            several = self._several(query, ranked, search, scope, book)
            if several is not None:
                return several
        return self._from_prose(query, ranked, evidence) or self._lookup(query, evidence, book)

    def _several(self, query: Query, ranked: list[Hit], search: Callable[[Query, list[str]], list[Hit]],
                 scope: list[str] | None, book: CitationBook) -> Draft | None:
        """One figure per ask of a question that asks several things (`多少人次？发放了多少资金？`),
        each from its own best sentence; None when fewer than two asks find their figure."""
        found: list[tuple[Quantity, str, int]] = []
        for text in query.asks:
            part = replace(query, norm=text, terms=key_terms(text), search_text=text, asks=[text])
            candidates = sorted(ranked, key=lambda h: -self.support(part, h))
            evidence = self.evidence(part, candidates)
            if self._refusal(part, evidence.hit) and scope:
                candidates = sorted(search(part, scope), key=lambda h: -self.support(part, h))
                evidence = self.evidence(part, candidates) if candidates else evidence
            if self._refusal(part, evidence.hit) or evidence.hit.chunk.row_index is not None:
                continue
            doc = self.documents[evidence.hit.chunk.doc_id]
            quantity = pick_quantity(part, doc.text, evidence.span)
            if quantity is None or any(q.start == quantity.start and q.text == quantity.text for q, _, _ in found):
                continue
            clause = _display(_clause(doc.text, evidence.span, quantity))
            found.append((quantity, clause, book.cite(evidence.hit, *evidence.span)))
        if len(found) < 2:
            book.citations.clear()
            return None
        region = "、".join(query.regions) or _region_of(self.documents[book.citations[0].doc_id])
        direct = "；".join(q.text for q, _, _ in found)
        by_citation: dict[int, list[str]] = {}
        for _, clause, n in found:  # clauses of one sentence quoted once, the shorter inside a longer dropped
            kept = by_citation.setdefault(n, [])
            if not any(clause in k for k in kept):
                kept[:] = [k for k in kept if k not in clause] + [clause]
        quotes = "；".join(f"“{'……'.join(clauses)}”[{n}]" for n, clauses in by_citation.items())
        figures = [Figure(label=normalize(_label_of(clause, q)), value=_written_value(q),
                          unit=normalize(q.unit_as_written or q.unit), citation_ids=[n]) for q, clause, n in found]
        return Draft(f"{direct}。依据{region}文件：{quotes}", False, book.citations, figures)

    def _from_prose(self, query: Query, ranked: list[Hit], evidence: Evidence) -> Draft | None:
        """A share, ratio or difference the best table row cannot give, computed from the counts a
        passage states (`公辦在園幼兒19943人` of `在園幼兒36381人` rather than the 公办率 row)."""
        chunk = evidence.hit.chunk
        if operation(query) not in PROSE_OPERATIONS or chunk.row_index is None:
            return None
        table = table_of(self.documents[chunk.doc_id], chunk)
        if table is None or table_compute(query, table, table.rows[chunk.row_index]) is not None:
            return None
        prose = [h for h in ranked if h.chunk.row_index is None]
        if not prose:
            return None
        alternative = self.evidence(query, prose)
        if self._refusal(query, alternative.hit):
            return None
        return self._prose_computation(query, alternative.hit, alternative.span, CitationBook(self.documents))

    def evidence(self, query: Query, ranked: list[Hit]) -> Evidence:
        """The best supporting sentence or table row among the leading passages: the most key
        terms (and a number, when one is asked for), the passage's score breaking ties."""
        candidates = []
        for order, hit in enumerate(ranked[:CANDIDATES]):
            chunk = hit.chunk
            if chunk.row_index is not None:
                cov = self.coverage(query, self._flat[chunk.chunk_id])[0]
                value = cov + (NUMBER_BONUS if asks_number(query) and cov >= COVER_MIN else 0.0)
                span = (chunk.start, chunk.end)
            else:
                span, value = self._best_sentence(query, hit)
            if not self._speaks_for(query, chunk):
                value *= 0.5
            candidates.append(Evidence(hit, span, value, order))
        return max(candidates, key=lambda e: (round(e.value, 2), -e.order))

    def _refusal(self, query: Query, best: Hit) -> str | None:
        where = "".join(query.regions[:1])
        if not self.year_ok(query, best):
            return f"文件中未找到{where}{'、'.join(query.years)}年的相关内容。"
        cov, missing = self.coverage(query, self._flat[best.chunk.chunk_id])
        if cov < COVER_MIN:
            return f"文件中未找到{where}关于“{'、'.join(missing)}”的内容。"
        return None

    def _abstain(self, message: str, ranked: list[Hit]) -> Draft:
        book = CitationBook(self.documents)
        related = [book.cite(h) for h in ranked[:MAX_RELATED]]
        if related:
            message += "以下段落相关但不能回答该问题：" + "".join(f"[{n}]" for n in related)
        return Draft(message, True, book.citations)

    def _lookup(self, query: Query, evidence: Evidence, book: CitationBook) -> Draft:
        best, sentence = evidence.hit, evidence.span
        doc = self.documents[best.chunk.doc_id]
        table = table_of(doc, best.chunk)
        if table is not None and best.chunk.row_index is not None:
            return self._table_answer(query, best, table, table.rows[best.chunk.row_index], book)
        region = _region_of(doc)
        if operation(query):
            computed = self._prose_computation(query, best, sentence, book)
            if computed is not None:
                return computed
        quantity = pick_quantity(query, doc.text, sentence) if asks_number(query) else None
        if quantity is None and asks_number(query):
            # the passage is about the right thing but states no figure for it
            return self._abstain(f"文件中未找到{'、'.join(query.regions[:1])}这一数字：相关段落没有给出具体数值。",
                                 [best])
        n = book.cite(best, *sentence)
        quote = _display(doc.text[sentence[0]:sentence[1]])
        if quantity is None:
            return Draft(f"据{region}文件：“{quote}”[{n}]", False, book.citations)
        clause = _display(_clause(doc.text, sentence, quantity))
        figure = Figure(label=normalize(_label_of(clause, quantity)), value=_written_value(quantity),
                        unit=normalize(quantity.unit_as_written or quantity.unit), citation_ids=[n])
        answer = f"{quantity.text}。依据{region}文件：“{clause}”[{n}]"
        figures = [figure]
        if wants_compliance(query):
            judged = compliance(query, quantity.value, quantity.unit, clause)
            if judged is not None:
                answer = f"{verdict_text(judged)}：{answer}。{judged.note or judged.formula}"
                figures.append(_computed_figure(judged, n))
        return Draft(answer, False, book.citations, figures)

    def _prose_computation(self, query: Query, hit: Hit, sentence: tuple[int, int],
                           book: CitationBook) -> Draft | None:
        """The computed figure the question asks for, from the amounts of the answering sentence
        and the sentences just before it in its passage; cited as the span its inputs come from."""
        doc = self.documents[hit.chunk.doc_id]
        before = [s for s in split_sentences(doc.text, hit.chunk.start, sentence[0])][-CONTEXT_SENTENCES:]
        window = (before[0][0] if before else sentence[0], sentence[1])
        computed = prose_compute(query, doc.text, window, sentence)
        if not computed:
            return None
        starts = [i["source"]["start"] for c in computed for i in c.inputs if i.get("source")]
        span = (min([sentence[0]] + [s for s in starts if s >= window[0]]), sentence[1])
        span = next(((s, sentence[1]) for s, e in before + [sentence] if s <= span[0] < e), span)
        n = book.cite(hit, *span)
        lines = "；".join(f"{c.label}：{c.formula}{f'（{c.note}）' if c.note else ''}[{n}]" for c in computed)
        return Draft(f"{lines}。依据{_region_of(doc)}文件：“{_display(doc.text[span[0]:span[1]])}”[{n}]", False,
                     book.citations, [_computed_figure(c, n) for c in computed])

    def _table_answer(self, query: Query, hit: Hit, table: Table, row: Row, book: CitationBook) -> Draft:
        label = row_label(table, row)
        data = [c for c in row.cells if c.column not in table.columns[:2]]
        values = [c for c in data if parse_number(c.text)]
        notes = [normalize(c.text) for c in data if c.text and not parse_number(c.text)]
        chosen = [c for c in values if any(y in c.column for y in query.years)]
        if not chosen and values:
            chosen = [max(values, key=lambda c: c.column)] if "target" in query.intents else values
        n = book.cite(hit, row.start, row.end)
        caption = table.caption or table.section
        all_values = "，".join(f"{c.column}：{c.text}{normalize(c.unit)}" for c in values)
        figures = [Figure(label=f"{normalize(label)} {c.column}", value=parse_number(c.text).value,  # type: ignore[union-attr]
                          unit=normalize(c.unit), citation_ids=[n]) for c in chosen]  # chosen ⊆ values: all parse
        direct = "；".join(f"{c.text}{normalize(c.unit)}（{'，'.join([_column_name(c.column)] + notes)}）"
                          for c in chosen)
        source = f"依据{_region_of(self.documents[hit.chunk.doc_id])}《{caption}》“{label}”：{all_values}[{n}]"
        computed = table_compute(query, table, row)
        if computed is not None:
            rows = sorted({i["source"]["row_index"] for i in computed.inputs})
            ids = sorted(book.cite(hit, table.rows[r].start, table.rows[r].end) for r in rows)
            marks = "".join(f"[{i}]" for i in ids)
            figure = _computed_figure(computed, ids[0])
            figure.citation_ids = ids
            return Draft(f"{computed.formula}{marks}。依据{_region_of(self.documents[hit.chunk.doc_id])}"
                         f"《{caption}》{marks}", False, book.citations, [figure])
        if wants_change(query):
            computed = table_change(query, table, row)
            if computed is not None:
                note = f"（{computed.note}）" if computed.note else ""
                return Draft(f"{computed.formula}{note}[{n}]。{source}", False, book.citations,
                             [_computed_figure(computed, n)] + figures)
        answer = f"{direct}。{source}"
        stated = _stated(values, self.documents[hit.chunk.doc_id])
        also = self._stated_in_text(table, row, stated) if stated in chosen else None
        if also is not None:
            passage, (start, end) = also
            text = self.documents[passage.chunk.doc_id].text
            answer += f"；正文亦写：“{_display(text[start:end])}”[{book.cite(passage, start, end)}]"
        if wants_compliance(query) and stated is not None:
            q = parse_number(stated.text + normalize(stated.unit))
            judged = compliance(query, q.value, q.unit, label) if q else None
            if judged is not None:
                answer = f"{verdict_text(judged)}：{answer}。{judged.note or judged.formula}"
                figures.append(_computed_figure(judged, n))
        return Draft(answer, False, book.citations, figures)

    def _stated_in_text(self, table: Table, row: Row, cell: Cell) -> tuple[Hit, tuple[int, int]] | None:
        """The clause of the document's prose that states the same value of the row's indicator
        (`鞏固率99.5%` for the 2020 cell of `九年義務教育鞏固率(%`), with its passage."""
        doc = self.documents[table.doc_id]
        indicator = match_indicator(row_label(table, row))
        names = [_flat(normalize(n)) for n in (indicator.synonyms if indicator else ())]
        if not names:
            return None
        value = re.compile(rf"(?<![\d.]){re.escape(cell.text)}(?![\d.])")
        for m in value.finditer(doc.text):
            if table.start <= m.start() < table.end:
                continue
            chunk = next((c for c in self._chunks[doc.doc_id] if c.start <= m.start() < c.end), None)
            if chunk is None or chunk.table_id:
                continue
            left = max((e.end() for e in _CLAUSE_END.finditer(doc.text, chunk.start, m.start())), default=chunk.start)
            right = next((e.start() for e in _CLAUSE_END.finditer(doc.text, m.end(), chunk.end)), chunk.end)
            if any(n in _flat(normalize(doc.text[left:right])) for n in names):
                # the whole sentence when it is short (`公辦在園幼兒19943人,公辦率54.79%;`), else the clause
                sentence = next((sp for sp in split_sentences(doc.text, chunk.start, chunk.end)
                                 if sp[0] <= m.start() < sp[1]), (left, right))
                return Hit(-1, chunk, 0.0), sentence if sentence[1] - sentence[0] <= 2 * MAX_CLAUSE_CHARS \
                    else (left, right)
        return None

    def _measures(self, query: Query, ranked: list[Hit], book: CitationBook) -> Draft:
        doc_ids = {ranked[0].chunk.doc_id} if query.regions else None
        lines: list[str] = []
        seen: set[str] = set()
        # the measure whose own sentence carries the most key terms comes first; further ones must
        # come close to it, so a list does not fill up with passages that merely share a word
        candidates = sorted(((*self._best_sentence(query, hit), order, hit) for order, hit in enumerate(ranked)
                             if not (doc_ids and hit.chunk.doc_id not in doc_ids or hit.chunk.table_id)),
                            key=lambda c: (-round(c[1], 2), c[2]))
        floor = max(MEASURE_COVER_MIN, candidates[0][1] * MEASURE_CLOSE) if candidates else 0.0
        for sentence, value, _, hit in candidates:
            if len(lines) == MAX_MEASURES:
                break
            if lines and (value < floor or "measure" not in hit.chunk.labels):
                continue
            start, end = measure_span(self.documents[hit.chunk.doc_id].text, hit.chunk, sentence)
            text = self.documents[hit.chunk.doc_id].text[start:end]
            if text in seen or any(text in s or s in text for s in seen):
                continue
            seen.add(text)
            # the measure's heading with the sentences that carry it out, cited as one span
            lines.append(f"{len(lines) + 1}. {_display(text)}[{book.cite(hit, start, end)}]")
        region = _region_of(self.documents[ranked[0].chunk.doc_id])
        return Draft(f"{region}文件中的相关做法：\n" + "\n".join(lines), False, book.citations)

    def _per_region(self, query: Query, search: Callable[[Query, list[str]], list[Hit]],
                    scope: list[str] | None) -> Draft:
        """One line per document that supports the question (cross-document questions)."""
        book = CitationBook(self.documents)
        doc_ids = scope if scope is not None else sorted(self.documents)
        lines, figures, nearest = [], [], []
        for doc_id in doc_ids:
            hits = search(query, [doc_id])
            if not hits:
                continue
            ranked = sorted(hits, key=lambda h: -self.support(query, h))
            evidence = self.evidence(query, ranked)
            nearest.append(evidence.hit)
            if self._refusal(query, evidence.hit):
                continue
            part = self._lookup(query, evidence, book)
            if part.abstained:
                continue
            region = _region_of(self.documents[doc_id])
            lines.append(f"{region}：{part.answer.removeprefix(f'据{region}文件：')}")
            figures += part.figures
        if not lines:
            return self._abstain("文件中未找到相关内容。", sorted(nearest, key=lambda h: -h.score))
        return Draft("\n".join(lines), False, book.citations, figures)

    def _speaks_for(self, query: Query, chunk: Chunk) -> bool:
        """False for a passage of a shared document (汉中市 and 略阳县) that belongs to another
        region's part than the one asked about."""
        doc = self.documents[chunk.doc_id]
        if not query.regions or len(doc.meta.region) < 2:
            return True
        section = normalize(chunk.section, drop_space=True)
        named = [r for r in doc.meta.region if short_name(normalize(r)) in section]
        return not named or any(short_name(r) in section for r in query.regions)

    def _best_sentence(self, query: Query, hit: Hit) -> tuple[tuple[int, int], float]:
        """The sentence of the passage with the most key terms (plus NUMBER_BONUS when it states
        the kind of number asked for), and that value."""
        doc = self.documents[hit.chunk.doc_id]
        sentences = split_sentences(doc.text, hit.chunk.start, hit.chunk.end) or [(hit.chunk.start, hit.chunk.end)]
        wants = wanted_units(query)
        number = asks_number(query)

        def rank(i: int) -> tuple[float, bool, int]:
            s, e = sentences[i]
            text = _flat(normalize(doc.text[s:e]))
            cov, _ = self.coverage(query, text)
            year = bool(query.years) and any(y in text for y in query.years)
            found = [q for q in find_quantities(doc.text[s:e]) if q.is_measure] if number else []
            fits = any(q.unit in wants for q in found) if wants else bool(found)
            return cov + (NUMBER_BONUS if fits and cov >= COVER_MIN else 0.0), year, -i

        i = max(range(len(sentences)), key=rank)
        return sentences[i], rank(i)[0]


# --- helpers -------------------------------------------------------------------------------------

def table_of(doc: Document, chunk: Chunk) -> Table | None:
    return next((t for t in doc.tables if t.table_id == chunk.table_id), None) if chunk.table_id else None


def measure_span(text: str, chunk: Chunk, sentence: tuple[int, int]) -> tuple[int, int]:
    """A measure sentence with the content that carries it out: a heading (`一是推进招生制度改革。`)
    or a short lead takes the following sentences of its item, up to the next item's heading."""
    start, end = sentence
    if end - start > MEASURE_LEAD_CHARS:
        return sentence
    for s, e in split_sentences(text, end, chunk.end):
        if _ITEM_HEAD.match(text, s) or e - start > MEASURE_SPAN_CHARS:
            break
        end = e
    return start, end


def asks_number(query: Query) -> bool:
    return bool(wanted_units(query) or _ASKS_NUMBER.search(query.norm))


def wanted_units(query: Query) -> tuple[str, ...]:
    """The units an answer may be in, from the question's wording or the counter it asks with (几个)."""
    units = next((units for rx, units in _WANTS if rx.search(query.norm)), ())
    if units:
        return units
    counter = _COUNTER.search(query.norm)
    return ({"名": "人", "位": "人"}.get(counter.group(1), counter.group(1)),) if counter else ()


def pick_quantity(query: Query, text: str, span: tuple[int, int]) -> Quantity | None:
    """The quantity the question asks for: of the wanted unit, nearest after a key term."""
    sentence = text[span[0]:span[1]]
    found = [q for q in find_quantities(sentence) if q.is_measure]
    if not found:
        return None
    wants = wanted_units(query)
    if wants and any(q.unit in wants for q in found):
        found = [q for q in found if q.unit in wants]
    norm = normalize(sentence)
    anchors = [m.end() for t in query.terms for m in re.finditer(re.escape(t), norm)]
    if query.stages:
        # `小学…系数0.379, 初中…系数0.321`: the term that belongs to the stage asked about
        own = [a for a in anchors if (st := _stage_before(norm, a)) and any(s in st or st in s for s in query.stages)]
        anchors = own or anchors
    anchor = max(anchors) if anchors else 0

    def distance(q: Quantity) -> tuple[int, int]:
        return (0 if q.start >= anchor else 1, abs(q.start - anchor))

    best = min(found, key=distance)
    return Quantity(**{**best.to_json(), "start": best.start + span[0], "end": best.end + span[0]})


def _stage_before(norm: str, offset: int) -> str | None:
    """The school stage named last before `offset` in a sentence (longest form at a position)."""
    found = [(m.end(), len(stage), stage) for stage in STAGES for m in re.finditer(stage, norm[:offset])]
    return max(found)[2] if found else None


def _stated(values: list[Cell], doc: Document) -> Cell | None:
    """The value as it stands: the latest year column up to the document's own year (2020 of a
    2021 plan, not its 2025 target), else the latest year column."""
    years = [c for c in values if c.column[:4].isdigit()]
    if not years:
        return None
    written = int(doc.meta.date[:4]) if doc.meta.date[:4].isdigit() else 9999
    past = [c for c in years if int(c.column[:4]) <= written]
    return max(past or years, key=lambda c: c.column)


def _computed_figure(c: Computation, citation: int) -> Figure:
    return Figure(label=c.label, value=round(c.value, 6), unit=c.unit, formula=c.formula, inputs=c.inputs,
                  citation_ids=[citation])


def _column_name(column: str) -> str:
    return f"{column}年" if column.isdigit() else normalize(column)


@lru_cache(maxsize=4096)
def _parts(term: str) -> tuple[str, ...]:
    if "|" in term:
        return ()
    return tuple(p for p in dict.fromkeys(tokenize(term)) if p != term and len(p) >= 2)


def _has_term(term: str, text: str) -> bool:
    if "|" in term:  # alternatives: any one will do
        return any(_has_term(t, text) for t in term.split("|"))
    return term in text or any(s in text for s in SYNONYMS.get(term, ()) + _indicator_forms(term))


@lru_cache(maxsize=4096)
def _indicator_forms(term: str) -> tuple[str, ...]:
    """Other published names of the indicator a term names (覆盖率 → 普惠率, 普惠性幼儿园占比 …)."""
    if len(term) < 3:
        return ()
    # the indicator the term names exactly; only failing that, those whose names contain it
    # (生均公用经费 is not 特殊教育学校生均公用经费)
    named = ([i for i in INDICATORS if term in i.synonyms]
             or [i for i in INDICATORS if any(term in s for s in i.synonyms)])
    forms = {f for i in named for f in i.synonyms}
    return tuple(sorted(f for f in forms if term not in f))


def _flat(norm: str) -> str:
    """Spaces and enumeration commas dropped: `残疾儿童、少年义务教育入学率` holds the indicator's name."""
    return norm.replace(" ", "").replace("、", "")


def _clause(text: str, span: tuple[int, int], q: Quantity) -> str:
    """The clause holding the quantity, with the clause before it when that one is short."""
    s, e = span
    left = max((m.end() for m in _CLAUSE_END.finditer(text, s, q.start)), default=s)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, q.end, e)), e)
    if left > s and q.start - left < 12:
        left = max((m.end() for m in _CLAUSE_END.finditer(text, s, left - 1)), default=s)
    if right - left > MAX_CLAUSE_CHARS:
        left = max(left, q.start - MAX_CLAUSE_CHARS // 2)
    return text[left:right].strip()


def _label_of(clause: str, q: Quantity) -> str:
    return clause.replace(q.text, "").strip(" ，,：:")[:30] or q.text


def _written_value(q: Quantity) -> float:
    """The number as written (4.85 for 4.85万人), the unit carrying any 万/亿 scale."""
    number = re.search(r"\d+(?:\.\d+)?", q.text.replace(",", ""))
    return float(number.group()) if number else q.value


def _region_of(doc: Document) -> str:
    return "、".join(normalize(r) for r in doc.meta.region) or doc.meta.title


def _display(text: str) -> str:
    """Passage text for the answer line: layout whitespace between CJK characters removed."""
    return _CJK_SPACE.sub("", text.strip()).replace("\n", "")
