"""`ask()`: the one entry point for the CLI, the HTTP API and eval.

question → follow-up resolution → documents it names by 文号 or 《title》 (server/docref.py) →
analysis (intent, region, year) → scope (filters ∩ named documents ∩ region) → hybrid retrieval →
extractive answer (optionally rewritten by the generative mode, which falls back to the
extractive answer when its numbers cannot be traced).
"""
from __future__ import annotations

import copy
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ingest.grams import compact
from ingest.lru import LRU
from ingest.normalize import normalize
from server.answer import Composer, Draft
from server.answer.evidence import counted_from
from server.answer.nearwords import near_words_for
from server.deps import get_index
from server.docref import DocNames, DocRef, names_a_document
from server.followup import check, cited_texts, resolve
from server.generate import Generator
from server.intent import spaced_asks
from server.query import Query, RegionCatalog, analyse, without_opener
from server.retrieve import Hit, Retriever
from server.schemas import AskResponse, Filters, Turn

TOP_K = 20  # passages handed to the composer (it weighs their sentences)
ANALYSIS_CACHE = 4096  # analyses of recent questions, per build (a Service is per build)


class UnknownFilter(ValueError):
    """A filter names a document or region the index does not have (→ HTTP 422)."""


class Service:
    def __init__(self, index: Any, fusion: str = "rrf", generator: Generator | None = None):
        self.index = index
        # the catalog needs every document's regions, never its text (whether a passage mentions a name
        # of a place's shape that no document is about is asked of the chunks' bigram index)
        self.catalog = RegionCatalog.from_documents(index.document_heads, in_text=self._mentioned)
        self.retriever = Retriever(index, fusion)  # type: ignore[arg-type]
        self.search = Searcher(self.retriever)
        self.composer = Composer(index.documents, index.chunks, list(self.catalog.docs_by_region),
                                 near=near_words_for(index))
        self.generator = generator if generator is not None else Generator.from_env()
        self._analyses: LRU[str, Query] = LRU(lambda text: analyse(text, self.catalog), ANALYSIS_CACHE)
        self._doc_names: DocNames | None = None  # read on the first question that names a document

    def _mentioned(self, name: str) -> bool:
        """Some passage holds `name` (Simplified, as the question analysis writes it)."""
        return self.index.chunks.count_containing([name], lambda norm: name in norm) > 0

    def ask(self, question: str, history: list[Turn] | list[dict] | None = None,
            filters: Filters | dict | None = None) -> AskResponse:
        final = None
        for event, payload in self.run(question, history, filters):
            if event == "final":
                final = payload
        assert isinstance(final, AskResponse)
        return final

    def run(self, question: str, history: list[Turn] | list[dict] | None = None,
            filters: Filters | dict | None = None) -> Iterator[tuple[str, Any]]:
        """Progress events `("progress", {"stage": …})`, then `("final", AskResponse)`."""
        t0 = time.perf_counter()
        timings: dict[str, float] = {}
        filters = Filters.model_validate(filters) if isinstance(filters, dict) else filters
        turns = [t.model_dump() if isinstance(t, Turn) else t for t in history or []]
        base_scope = self.filter_scope(filters)

        yield "progress", {"stage": "analyse", "message": "分析问题"}
        # (asks the user typed apart by spaces are asks apart; a follow-up's resolution joins its turns by a space,
        # one ask)
        resolution = resolve(spaced_asks(without_opener(question.strip())), turns, self.catalog)
        resolved = resolution.text
        refs = self.named_documents(resolved)
        query = self.analyse(_without(resolved, refs))
        scope = self.scope(query, _named_scope(base_scope, refs))
        self.date(query, scope)
        timings["analyse"] = _ms(t0)

        yield "progress", {"stage": "retrieve", "message": "检索文件"}
        t1 = time.perf_counter()
        hits = self.search(query, scope) if scope is None or scope else []
        timings["retrieve"] = _ms(t1)

        yield "progress", {"stage": "answer", "message": "组织答案"}
        t2 = time.perf_counter()
        unknown = [r for r in refs if not r.doc_ids and not r.quoted]
        if unknown:
            draft = Draft(self.no_such_document(unknown), True)
        elif scope == [] and (query.regions or any(r.doc_ids for r in refs)):
            named = query.regions + [r.describe() for r in refs if r.doc_ids]
            draft = Draft(f"文件中未找到：{'、'.join(named)}不在所选文件范围内。", True)
        else:
            draft = self.composer.compose(query, hits, self.search, scope)
            draft = check(draft, resolution, cited_texts(draft.citations, self.index.documents))
            if spelled := self.catalog.spelled_otherwise(query.norm, query.regions):
                # a place asked as written where a scan's recognised text reads one character otherwise
                draft = replace(draft, answer=draft.answer + "".join(
                    f"（问题中的“{asked}”即扫描件识别文字中的“{read}”。）" for asked, read in spelled))
        timings["answer"] = _ms(t2)

        if self.generator is not None and not draft.abstained:
            yield "progress", {"stage": "generate", "message": "生成答案"}
            t3 = time.perf_counter()
            draft = self.generator.rewrite(resolved, draft)
            timings["generate"] = _ms(t3)
        timings["total"] = _ms(t0)
        yield "final", AskResponse(question=question.strip(), answer=draft.answer, abstained=draft.abstained,
                                   citations=draft.citations, figures=draft.figures, timings_ms=timings)

    def analyse(self, text: str) -> Query:
        """The analysis of a (resolved) question; a repeated question's is a copy of the cached one."""
        return copy.deepcopy(self._analyses[text])

    def named_documents(self, text: str) -> list[DocRef]:
        """The documents the question names by 文号 or 《title》 (server/docref.py)."""
        if not names_a_document(text):
            return []
        if self._doc_names is None:
            self._doc_names = DocNames.of(self.index.document_heads)

        def quoted(written: str) -> bool:
            key = compact(normalize(written))
            return self.index.chunks.count_containing([written], lambda norm: key in compact(norm)) > 0

        return self._doc_names.find(text, quoted)

    def no_such_document(self, refs: list[DocRef]) -> str:
        """The abstention for a 文号 or title no indexed document has and no passage quotes."""
        numbers = [number for _, _, number in self._doc_names.numbers] if self._doc_names else []
        known = f"现有文件的文号：{'、'.join(numbers[:10])}{'等' if len(numbers) > 10 else ''}。" \
            if numbers and any(r.kind == "number" for r in refs) else ""
        return f"文件中未找到{'、'.join(r.describe() for r in refs)}：已导入的文件中没有它，也没有文件引用它。{known}"

    def date(self, query: Query, scope: list[str] | None) -> None:
        """今年/去年 as the year they name when every document in scope counts it from one year (a
        question about a 2026 report's 今年 asks about 2026, and passages that write 2026 answer it)."""
        if not query.relative_years:
            return
        heads = self.index.document_heads
        ids = list(heads) if scope is None else [d for d in scope if d in heads]
        for offset in query.relative_years:
            bases = {counted_from(heads[d], offset) for d in ids}
            if len(bases) == 1 and None not in bases:
                base = bases.pop()
                assert base is not None
                query.years = list(dict.fromkeys(query.years + [str(base + offset)]))

    def filter_scope(self, filters: Filters | None) -> list[str] | None:
        """Documents allowed by the request's filters (None = all); unknown names are an error."""
        if filters is None or not (filters.doc_ids or filters.regions):
            return None
        allowed = set(self.index.documents)
        unknown = [d for d in filters.doc_ids if d not in self.index.documents]
        if unknown:
            raise UnknownFilter(f"未知文件 / unknown doc_id: {', '.join(unknown)}"
                                f"（可选 / known: {', '.join(sorted(self.index.documents))}）")
        if filters.doc_ids:
            allowed &= set(filters.doc_ids)
        if filters.regions:
            regions = []
            for name in filters.regions:
                found = self.catalog.canonical(name)
                if not found:
                    raise UnknownFilter(f"未知地区 / unknown region: {name}"
                                        f"（可选：{'、'.join(self.catalog.docs_by_region)}）")
                regions += found
            allowed &= set(self.catalog.doc_ids(regions))
        return sorted(allowed)

    def scope(self, query: Query, base: list[str] | None) -> list[str] | None:
        """The filters narrowed to the regions the question names."""
        if not query.regions:
            return base
        region_docs = set(self.catalog.doc_ids(query.regions))
        return sorted(region_docs if base is None else region_docs & set(base))


class Searcher:
    """`search(query, doc_ids, k)`: the passages of the retriever, and the re-query the answer
    handlers get (server/answer/base.py's Search); `prefetch(texts)` embeds the texts of the
    searches a handler runs next in one model call."""

    def __init__(self, retriever: Retriever):
        self.retriever = retriever

    def __call__(self, query: Query, doc_ids: list[str] | None, k: int = TOP_K) -> list[Hit]:
        return self.retriever.search(query, k, doc_ids)

    def prefetch(self, texts: list[str]) -> None:
        self.retriever.prefetch(texts)


def _without(text: str, refs: list[DocRef]) -> str:
    """The question as the retrievers should read it: a reference that named a document is scope,
    not a term to search for."""
    named = [r.written for r in refs if r.doc_ids]
    if not named:
        return text
    text = normalize(text)
    for written in named:
        text = text.replace(written, " ")
    return text


def _named_scope(base: list[str] | None, refs: list[DocRef]) -> list[str] | None:
    named = {d for r in refs for d in r.doc_ids}
    if not named:
        return base
    return sorted(named if base is None else named & set(base))


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)


_services: OrderedDict[int, Service] = OrderedDict()
_services_lock = threading.Lock()
KEEP_SERVICES = 2  # the current build and the one requests may still be finishing on


def service_for(index: Any) -> Service:
    """One Service per index object; after an ingest switches builds, older ones are let go."""
    key = id(index)
    with _services_lock:
        if key not in _services or _services[key].index is not index:
            _services[key] = Service(index)
        _services.move_to_end(key)
        while len(_services) > KEEP_SERVICES:
            _services.popitem(last=False)
        return _services[key]


def ask(question: str, history: list[Turn] | list[dict] | None = None,
        filters: Filters | dict | None = None) -> AskResponse:
    return service_for(get_index()).ask(question, history, filters)
