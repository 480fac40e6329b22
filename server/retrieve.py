"""Hybrid retrieval: BM25 and dense rankings fused by reciprocal rank, then routed by intent.

RRF was measured against score fusion and either ranking alone on the probe questions
(scripts/bench_query.py --quality); it won on hit@1 and needs no score calibration
between the two retrievers. Boosts are multiplicative on the fused score, so they
reorder close candidates but cannot lift a passage that neither retriever found.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from ingest.lru import LRU
from ingest.models import Chunk
from ingest.normalize import normalize
from ingest.segment import tokenize
from server.query import Query, short_name

Fusion = Literal["rrf", "score", "bm25", "dense"]
RRF_K = 10  # measured on eval/testset.jsonl: 10 beats the usual 60 on recall@5 (0.964 vs 0.909), same answers
POOL = 40  # candidates taken from each retriever

TARGET_BOOST = 1.6  # target questions → target-labelled passages and indicator tables
MEASURE_BOOST = 1.6  # measure questions → measure passages
YEAR_BOOST = 1.25  # the year asked appears in the passage
STAGE_BOOST = 1.15  # the school stage asked appears in the passage
TABLE_BOOST = 1.2  # computed-figure questions → table rows
REGION_SECTION_BOOST = 1.5  # the region asked is named in the passage's section (a speaker's part)
# Every row of a table is indexed with its caption and column headers, so a question naming only those
# ranks all the rows alike and they push out the prose passage that states the figure. A row none of
# whose own cells shares a word with the question stands for its table no better than its siblings:
# past the first ROWS_KEPT such rows of one table (in fused order) its score is scaled by ROW_DECAY.
# Rows a question names by their cells keep their rank, and so do all rows when it chooses among items
# (哪个/哪些, 最多: any row may be the one asked) and the rows of an indicator table when it asks a target
# (route_boost sends it there).
ROWS_KEPT = 1
ROW_DECAY = 0.5
_CHOOSING = re.compile(r"哪|最")
SECTION_CACHE = 4096  # normalised section paths, shared by a document's chunks


class SearchIndex(Protocol):
    """What retrieval needs of an index (ingest.index.Index; tests may pass their own)."""

    @property
    def chunks(self) -> Sequence[Chunk]: ...  # chunk i, read on demand: nothing here copies them all

    def bm25_search(self, query: str, k: int, doc_ids: list[str] | None = None) -> list[tuple[int, float]]: ...

    def dense_search(self, query: str, k: int, doc_ids: list[str] | None = None) -> list[tuple[int, float]]: ...

    def prefetch_queries(self, queries: list[str]) -> None: ...  # embeds them in one model call, cached


@dataclass
class Hit:
    idx: int
    chunk: Chunk
    score: float  # fused and boosted
    bm25: float = 0.0  # raw BM25 score (0 when not in the BM25 pool)
    dense: float = 0.0  # cosine similarity (0 when not in the dense pool)
    bm25_rank: int = 0  # 1-based rank in the BM25 pool (0 when not in it)
    dense_rank: int = 0  # 1-based rank in the dense pool (0 when not in it)

    def agreed(self, within: int) -> bool:
        """Whether both retrievers rank the passage among their first `within`: lexical and semantic
        evidence point at it independently."""
        return 0 < self.bm25_rank <= within and 0 < self.dense_rank <= within


class Retriever:
    def __init__(self, index: SearchIndex, fusion: Fusion = "rrf"):
        self.index = index
        self.fusion = fusion
        # one document may speak for several regions (a city's report on one of its counties): its sections name them
        self._sections: LRU[str, str] = LRU(lambda section: normalize(section, drop_space=True), SECTION_CACHE)
        self._tokens: LRU[str, list[str]] = LRU(lambda text: tokenize(normalize(text)), SECTION_CACHE)

    def search(self, query: Query, k: int = 8, doc_ids: list[str] | None = None) -> list[Hit]:
        if doc_ids is not None and not doc_ids:
            return []
        text = query.search_text
        bm25 = self.index.bm25_search(text, POOL, doc_ids) if self.fusion != "dense" else []
        dense = self.index.dense_search(text, POOL, doc_ids) if self.fusion != "bm25" else []
        fused = fuse(bm25, dense, self.fusion)
        bm25_by, dense_by = dict(bm25), dict(dense)
        bm25_rank = {i: r for r, (i, _) in enumerate(bm25, start=1)}
        dense_rank = {i: r for r, (i, _) in enumerate(dense, start=1)}
        hits = []
        for i, s in fused.items():
            chunk = self.index.chunks[i]
            hits.append(Hit(i, chunk, s * route_boost(chunk, query, self._sections[chunk.section]),
                            bm25_by.get(i, 0.0), dense_by.get(i, 0.0), bm25_rank.get(i, 0), dense_rank.get(i, 0)))
        hits.sort(key=lambda h: -h.score)
        if _CHOOSING.search(text):
            return hits[:k]
        return _rows_spread(hits, set(self._tokens[text]), self._tokens, "target" in query.intents)[:k]

    def prefetch(self, texts: list[str]) -> None:
        """Embeds the search texts of the searches about to run (the sides of a comparison) in one
        model call rather than one call each."""
        if self.fusion != "bm25" and len(set(texts)) > 1:
            self.index.prefetch_queries(texts)


def prefetch(search: object, texts: list[str]) -> None:
    """Lets `search` (the answer handlers' re-query: a Service's Searcher, or a plain function in
    tests) embed the texts of the searches a handler is about to run in one model call."""
    ahead = getattr(search, "prefetch", None)
    if ahead is not None:
        ahead(texts)


def _rows_spread(hits: list[Hit], asked: set[str], tokens: LRU[str, list[str]], target: bool) -> list[Hit]:
    """`hits` (best first) with the rows of one table that the question names by no cell of theirs
    (`asked`: its tokens) past the first ROWS_KEPT scaled by ROW_DECAY; a `target` question's indicator
    tables keep all their rows."""
    seen: dict[str, int] = {}
    for hit in hits:
        table = hit.chunk.table_id
        if table is None or hit.chunk.row_index is None or target and _indicator_table(hit.chunk) \
                or asked & _own_words(hit.chunk, tokens):
            continue
        seen[table] = seen.get(table, 0) + 1
        if seen[table] > ROWS_KEPT:
            hit.score *= ROW_DECAY
    return sorted(hits, key=lambda h: -h.score)


def _own_words(row: Chunk, tokens: LRU[str, list[str]]) -> set[str]:
    """The words of a row's cells that its caption and headers do not also have (重点学校 in the caption
    makes 学校 of 实验学校 no word of that row's own): the row's text is its cells, its indexed form adds
    the caption and headers."""
    cells, indexed = Counter(tokens[row.text]), Counter(tokens[row.norm])
    return {t for t, n in cells.items() if indexed[t] <= n}


def fuse(bm25: list[tuple[int, float]], dense: list[tuple[int, float]], fusion: Fusion) -> dict[int, float]:
    """Fused score per chunk index (higher is better)."""
    if fusion == "score":
        return _add(_minmax(bm25), _minmax(dense))
    if fusion == "bm25":
        return _minmax(bm25)
    if fusion == "dense":
        return _minmax(dense)
    return _add(_rrf(bm25), _rrf(dense))


def _rrf(ranking: list[tuple[int, float]]) -> dict[int, float]:
    # scaled so that rank 1 in both rankings gives 1.0
    return {idx: (RRF_K + 1) / (2 * (RRF_K + rank)) for rank, (idx, _) in enumerate(ranking, start=1)}


def _minmax(ranking: list[tuple[int, float]]) -> dict[int, float]:
    if not ranking:
        return {}
    scores = [s for _, s in ranking]
    low, high = min(scores), max(scores)
    span = (high - low) or 1.0
    return {idx: 0.5 * (s - low) / span for idx, s in ranking}


def _add(a: dict[int, float], b: dict[int, float]) -> dict[int, float]:
    return {i: a.get(i, 0.0) + b.get(i, 0.0) for i in a.keys() | b.keys()}


def route_boost(chunk: Chunk, query: Query, section: str = "") -> float:
    """How much the question's intent, year, stage and region favour this passage."""
    boost = 1.0
    if query.regions and any(short_name(r) in section for r in query.regions):
        boost *= REGION_SECTION_BOOST
    labels = chunk.labels
    if "target" in query.intents and ("target" in labels or _indicator_table(chunk)):
        boost *= TARGET_BOOST
    if "measure" in query.intents and "measure" in labels:
        boost *= MEASURE_BOOST
    if "compute" in query.intents and "table" in labels:
        boost *= TABLE_BOOST
    if query.years and any(y in chunk.norm or y in section for y in query.years):
        boost *= YEAR_BOOST
    if query.stages and any(s in chunk.norm for s in query.stages):
        boost *= STAGE_BOOST
    return boost


def _indicator_table(chunk: Chunk) -> bool:
    return "table" in chunk.labels and "指标" in chunk.norm.split("|", 1)[0]
