"""Weighing passages as evidence: which of the question's key terms a passage carries (idf-weighted),
the best sentence or table row among the leading passages, and the gates that refuse when the
evidence does not carry the question's terms or year."""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from figures.indicators import INDICATORS
from figures.numbers import find_quantities
from figures.years import chinese_years
from ingest.lru import LRU
from ingest.metadata import closed_year, reported_year
from ingest.models import Chunk, Document, Table
from ingest.normalize import normalize, pauses
from ingest.records import DocHead, as_chunk_store
from ingest.segment import tokenize
from ingest.structure import split_sentences
from ingest.tables import OPEN_NOTE
from server.answer.clocktime import CLOCK, asks_clock
from server.answer.draft import CitationBook, Draft
from server.answer.headless import headless_people
from server.answer.nearwords import NearWords
from server.answer.perone import asks_per_one, only_per_one
from server.answer.shortage import asks_shortage, shortage_only
from server.answer.staffroles import other_role
from server.answer.text import (
    ITEM_HEAD,
    RUNS,
    asked_count_noun,
    asked_frame,
    counts_noun,
    flat,
    frames_number,
    per_head_amount,
    run_in_heading,
    starts_paragraph,
)
from server.answer.whichrow import asked_kind, lists_kind
from server.calc import CURRENT, states_change
from server.intent import ASKS_REASON, COUNTERS
from server.lexicon import area_kinds, document_kinds, rate_names, rate_parts, stage_names, stages_named, synonyms
from server.lexicon import stages as stage_lexicon
from server.operation import SUM_ASKED
from server.query import INDICATOR_NAMES, STAGES, Query, describes, is_unit, names_thing, phrases_around
from server.regions import short_name, speaks_for
from server.retrieve import Hit
from server.timespans import PLAN_WORD, RELATIVE_YEAR, RELATIVE_YEARS, past_spans, plan_words, spans, years_before

COVER_MIN = 0.6  # idf-weighted share of the question's key terms the best passage must contain
NUMBER_BONUS = 0.3  # a sentence stating the kind of number asked for, among equally relevant ones
# the key-term coverage at which a sentence stating a number of the kind asked (多少人 → 181.2万人) goes
# before sentences that state none, however many terms those carry: the verifier's window minimum
STATES_MIN = 0.5
HEADER_ONLY = 0.8  # weight of a table row's key terms found only in its column headers
SPAN_BONUS = 0.1  # … and one stating a change from–to, for a question about a period
SPLIT_COMPOUND = 0.8  # credit for a compound term whose words a passage writes apart
NEAR_CREDIT = 0.8  # … and for a word whose passage has a word close to it in meaning (the gates only)
CANDIDATES = 10  # passages whose sentences compete to be the evidence
NEAR_CANDIDATES = 3  # leading passages weighed with words near in meaning when the evidence is refused
MAX_RELATED = 3  # passages listed as 相关但不能回答 with an abstention
AGREE_WITHIN = 5  # a passage both retrievers rank among their first five is their joint choice
# cosine of a question's phrase and a passage's clause that say the same thing: the model places a
# short phrase close to many clauses of its topic (0.75–0.83 for clauses of other things on the dev
# sets), so only a phrase closer than that stands in for a naming word the passage lacks
PHRASE_MIN = 0.85
SENTENCE_CACHE = 4096  # passages' sentences kept read (stating_sentence weighs the same ones for many questions)
# a year, not four digits of a larger number (超20000名, 2000.5亿元) nor a count of that size (培训超2000人次,
# 2050名教师: a counter or unit after it; a passage stating such a count still speaks for its document's year)
# a sentence stating a whole (`共有21所`, `总数达到`, `合计`): the count of all, as a question asking one wants
_WHOLE_STATED = re.compile(r"共有|共计|总计|合计|总数|一共|总共|共\d")
_YEAR = re.compile(rf"(?<![\d.])20\d\d(?![\d.])(?!\s*(?:[十百千万亿元人米吨亩公斤{COUNTERS}]))")
# a question asking for a day (哪一天, 几月几日) and a sentence stating one (4月12日, 2025年4月)
# a figure planned, by a target year, a deadline or an aim word
# a deadline, to the year's end or a month (`2026年9月前建成`)
PLANNED = re.compile(r"到\s*20\d\d\s*年|20\d\d\s*年(?:底|\d{1,2}\s*月底?)?(?:以前|前(?![一二两三四五六七八九十几\d]))"
                      r"|力争|争取|预期|预计|规划到|计划到")
# a level asked as planned or by when (`打算哪年达到95%`, `准备提高到多少`): the aim, not the level as it stands
_AIM_ASKED = re.compile(r"打算|准备|将要|要(?:达到|到|实现|提高|提升|增加|降)|啥时候|什么时候|何时|哪一?年|几年")
AIM_ASKED = _AIM_ASKED  # (also what a row's present rate never answers: server/answer/rowrate.py)
_ASKS_DAY = re.compile(r"哪一?天|哪几天|哪个?日子|几月几[日号]?|几号")
_STATES_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*年\s*\d{1,2}\s*月")
# … and one asking when (报名时间是什么时候, 何时投入使用): a sentence stating a day or a year, of the thing asked
# (also the bare noun closing a question, `报名时间？`: the time the act is set for, not a length `多长时间`)
_ASKS_WHEN = re.compile(r"什么时候|何时|什么时间|(?:时间|日期)(?:是|为)?(?:哪|什么)|(?<![长少久])(?:时间|日期)[?？]?$")
# (or a time the school calendar names, as school plans date their works: `暑假内完成改造`, `开学前完成`)
_STATES_WHEN = re.compile(rf"{_STATES_DAY.pattern}|\d{{4}}\s*年|寒假|暑假|开学前|放假前")
# … by when at the latest (`最晚什么时候要完成`, `截止时间`): a notice's deadline (`须于X年X月X日前`, `X年底前`),
# not the day a count was taken (`截至X月X日已整改N处`)
# (also a day asked with 前, `哪天前`, `几号之前`, and a hand-in asked by when, `什么时候交`, `哪天报上去`: the day a
# document sets for handing in — 交/报送/上报, not 报名/报到 — is a deadline, not the dates of the event handed in on)
_ASKS_DEADLINE = re.compile(r"最晚|最迟|截止|期限|时限|(?:哪一?天|几月几[日号]?|几号|什么时候|何时)(?:以|之)?前|"
                            r"(?:哪一?天|几号|什么时候|何时)(?:要|得|须|需要?|必须|应当?)?"
                            r"(?:上交|提交|交(?![流通付])|上报|报送|报(?![名到道告销考]))")
_STATES_DEADLINE = re.compile(r"(?:\d\s*(?:[日号]|月\s*(?:底|末|[上中下]旬)?)|\d{4}\s*年\s*(?:底|末)?)"
                              r"\s*(?:以前|之前|前)(?![一二两三四五六七八九十几\d])|截止")

_FIRST_PAUSE = re.compile(r"[，,；;：:]")  # the end of a sentence's first clause
# a sentence opening on the things the sentence before named, pointed back at (`这些学校`, `上述项目`, `以上园所`)
_POINTS_BACK = re.compile(r"\s*(?:这些|上述|以上|前述)[\u4e00-\u9fff]")
# a year opening a sentence or paragraph as the date of what follows (`2027年：…`, `到2030年，…`, `（二）2026年：`):
# a plan lists each year's targets in a paragraph of its own, split into sentences at `；`
_YEAR_LEAD = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:到|至|截至|截止)?(20\d\d)\s*年"
                        r"(?:底|末|年底|年末)?\s*[：:，,]")
# … or a year a sentence opens on with what happened in it (`2024年全市实际招生3100人`), not a span from it on
_YEAR_OPENING = re.compile(r"\s*(20\d\d)\s*年(?!以来|以前|以后|起|前|后|至|到|[—－~-])")
# phrasings that mean the same as a corpus word, for the key-term check only
SYNONYMS = synonyms()


@dataclass
class Evidence:
    hit: Hit
    span: tuple[int, int]  # the sentence or table row, offsets into Document.text
    value: float  # key-term coverage (+NUMBER_BONUS when it states the number asked for)
    order: int  # rank of its passage
    states: bool = False  # a sentence stating a number of the kind asked in a unit, with STATES_MIN of the terms


@dataclass(frozen=True)
class Sentences:
    """A passage's sentences as stating_sentence weighs them, whatever the question: their spans, their
    flattened matching form and the units of the amounts (not years or dates) each states."""
    spans: tuple[tuple[int, int], ...]
    flats: tuple[str, ...]
    units: tuple[tuple[str, ...], ...]

    @classmethod
    def read(cls, text: str, start: int, end: int) -> Sentences:
        spans_ = tuple(split_sentences(text, start, end) or [(start, end)])
        return cls(spans_, tuple(flat(normalize(text[s:e])) for s, e in spans_),
                   tuple(tuple(q.unit for q in find_quantities(text[s:e]) if q.is_measure) for s, e in spans_))


class Reader:
    """The documents and chunks of one index build, read as evidence for a question."""

    def __init__(self, documents: Mapping[str, Document], chunks: Sequence[Chunk], near: NearWords | None = None):
        self.documents = documents
        # words close in meaning, for the gates' key-term check (None: literal words and the lexicon only)
        self.near = near
        # index-level accessors (ingest.records): nothing per chunk or document is read here, a
        # large build's chunks are derived on use and the recently used kept
        self._store = as_chunk_store(chunks)
        self.flat = self._store.derived(lambda c: flat(c.norm))  # chunk_id → flat norm
        self.chunks_of = self._store.per_document  # doc_id → its chunks in text order
        self._idf: dict[str, float] = {}
        # the years a passage speaks for beyond those it names: its section's headings, its table's
        # caption, and 今年/去年 resolved against the document's year (a 2026 report's 去年 is 2025)
        self.years = self._store.derived(lambda c: _context_years(c, self.documents[c.doc_id]))
        # the spans of years a passage speaks for: named in it or its headings (过去五年, “十四五”时期,
        # 2021年以来) or in its document's title (…规划（2021—2025年）)
        self.spans = self._store.derived(lambda c: _context_spans(c, self.documents[c.doc_id]))
        self._doc_year: dict[str, int | None] = {}
        self._supplied: dict[str, str] = {}
        # (doc_id, start, end) → the passage's sentences read once (Sentences): the same for every question
        self._sentences: LRU[tuple[str, int, int], Sentences] = LRU(None, SENTENCE_CACHE)

    # --- key terms ---------------------------------------------------------------------------

    def idf(self, term: str) -> float:
        """Inverse document frequency over chunks; 0 for a word the corpus never uses. Counted through
        the index's bigram postings: candidates holding the term or a form has_term accepts, each
        verified with has_term itself."""
        if term not in self._idf:
            needles = [f for t in term.split("|") for f in (t, *other_forms(t), *_per_student_needles(t)) if f]
            df = self._store.count_containing(needles, lambda norm: has_term(term, flat(norm)))
            self._idf[term] = math.log(1 + len(self._store) / (1 + df)) if df else 0.0
        return self._idf[term]

    def row_chunk(self, table: Table, index: int) -> Chunk | None:
        """The chunk holding row `index` of `table`; None when the row has none."""
        return next((c for c in self.chunks_of[table.doc_id]
                     if c.table_id == table.table_id and c.row_index == index), None)

    def doc_year(self, doc_id: str) -> int | None:
        """The year the document was written (its date, else a year in its title)."""
        if doc_id not in self._doc_year:
            self._doc_year[doc_id] = document_year(self.documents[doc_id])
        return self._doc_year[doc_id]

    def coverage(self, query: Query, text: str, near: str = "", reach: float = COVER_MIN,
                 given: Collection[str] = (), gate: bool = False) -> tuple[float, list[str]]:
        """Share of the key terms (idf-weighted) found in `text` (flattened norm), and those missing.

        Words the corpus never uses (colloquial phrasings) weigh nothing, so a paraphrase is judged
        by its other words; words the corpus uses elsewhere but this passage lacks count fully. A
        compound missing as a whole gets half credit for its parts (生均公用经费 → 公用经费), or
        SPLIT_COMPOUND when the passage has all its words and it names no indicator. With `near`
        (the gates: the passage's best sentence and its section), an ordinary content word missing
        from the passage gets NEAR_CREDIT when `near` has a word close to it in meaning (照看 → 托育);
        the model is asked only when that could lift the coverage to `reach`. Terms `given` count as
        present (a plan period the passage speaks for in other words). A word the corpus never
        uses weighs, there, as the passage's word close to it (乡下人 → 农村居民): the everyday name of
        something the documents name officially says as much as the official name. For a `gate`, words
        that name nothing weigh as `_gate_weighed` says."""
        if not query.terms:
            return 1.0, []
        given = {*given, *headless_people(query.terms, query.norm, text, has_term)}  # 受表彰的 for 评上的老师
        weighed = [(term, self._weight(word), 1.0 if term in given else self._literal(word, text))
                   for term, word in ((t, self.topic_word(t)) for t in query.terms)]
        if gate:
            weighed = _gate_weighed(weighed, query.norm)
        total = sum(w for _, w, _ in weighed)
        missing = [t for t, _, credit in weighed if credit < 1]
        if not missing:  # the text says every word asked, known to the corpus or not
            return 1.0, []
        found = sum(w * credit for _, w, credit in weighed)
        if near and self.near is not None:
            unknown = [t for t, w, _ in weighed if not w]
            close = [c for t in unknown if may_be_near(t) and (c := self.near_word(t, near)) is not None]
            weight = sum(self.idf(w) for w, _ in close) / len(close) if close else 0.0
            # the unknown words it has no word for count as missing, each as much as those found (only
            # where that says more than leaving all unknown words out)
            if weight and (found + weight * NEAR_CREDIT * len(close)) / (total + weight * len(unknown)) > \
                    (found / total if total else 0.0):
                total += weight * len(unknown)
                found += weight * NEAR_CREDIT * len(close)
            open_ = [(t, w, c) for t, w, c in weighed if w and c < NEAR_CREDIT and may_be_near(t)]
            if total and (found + sum(w * (NEAR_CREDIT - c) for _, w, c in open_)) / total >= reach:
                found += sum(w * (NEAR_CREDIT - c) for t, w, c in open_ if self.near.near(t, near))
        if total == 0:  # nothing the corpus knows: no evidence can support it
            return 0.0, missing
        return found / total, missing

    def compounds_unused(self, query: Query) -> list[str]:
        """The question's compounds the corpus never uses though it uses each of their words (not one
        naming its topic before the word it asks by: see topic_word)."""
        return [t for t in query.terms if not self.idf(t) and may_be_near(t) and self.topic_word(t) == t
                and _tiled(t, [p for p in term_parts(t) if self.idf(p)])]

    def topic_word(self, term: str) -> str:
        """The topic of a compound the corpus never writes that ends in a word asking for measures
        (整改措施 where the documents head the section 整改思路和措施): the measure word only asks, as
        it does standing alone (a question word), so the topic weighs for the compound; else `term`."""
        m = _MEASURE_ASKED.fullmatch(term)
        return m.group(1) if m and not self.idf(term) and self.idf(m.group(1)) else term

    def near_word(self, term: str, text: str) -> tuple[str, float] | None:
        """The word of `text` close in meaning to `term` (NearWords.near), unless it lies closer to one
        word of the compound `term` than to the compound: it names that part (补助 for the 补贴 of
        住房补贴), not the thing the compound names."""
        assert self.near is not None
        found = self.near.near(term, text)
        parts = term_parts(term)
        if found is None or len(parts) < 2:
            return found
        vectors = self.near.vectors([found[0], *parts])
        return None if float((vectors[1:] @ vectors[0]).max()) > found[1] else found

    def _weight(self, term: str) -> float:
        # an indicator's name counts as the words it is made of (九年 义务教育 巩固率)
        return self.idf(term) * (max(1, len(term_parts(term))) if term in INDICATOR_NAMES else 1)

    def _literal(self, term: str, text: str) -> float:
        """1 for a term `text` carries; for a compound it lacks, credit for the words it has."""
        if has_term(term, text):
            return 1.0
        parts = [p for p in term_parts(term) if self.idf(p)]
        if not parts:
            return 0.0
        present = sum(has_term(p, text) for p in parts)
        # every word of a plain compound, written apart (教师队伍 in `以队伍为第一资源…教师`),
        # nearly says it; an indicator's name must stand whole (毛入园率 is not 普惠率)
        share = SPLIT_COMPOUND if present == len(parts) and term not in INDICATOR_NAMES else 0.5
        return share * present / len(parts)

    def cover(self, query: Query) -> Callable[[str], float]:
        """Key-term coverage of a piece of document text (as published)."""
        return lambda text: self.coverage(query, flat(normalize(text)))[0]

    def support(self, query: Query, hit: Hit) -> float:
        """Fused score weighted by key-term coverage and the year asked."""
        text = self.flat[hit.chunk.chunk_id]
        cov, _ = self.coverage(query, text)
        return hit.score * (0.25 + cov) * (1.0 if self.year_ok(query, hit) else 0.3)

    def year_ok(self, query: Query, hit: Hit) -> bool:
        """Whether the passage speaks for the year asked: named in it, in its section headings or
        table caption, or as 今年/去年 of the document's year; and for the span asked (“十四五”期间)."""
        return self._years_ok(query, hit) and not self.spans_missing(query, hit)

    def _years_ok(self, query: Query, hit: Hit, before: bool = False) -> bool:
        """… and, `before`, the year before the passage's, from which a change it states counts (比上年增加,
        a one-year plan's 提高2个百分点): no reason to refuse, though no year stated answers it."""
        wanted = self.asked_years(query, hit.chunk.doc_id)
        if not wanted:
            return not query.relative_years  # 去年 of a document whose year is unknown
        chunk_id = hit.chunk.chunk_id
        if any(y in self.flat[chunk_id] for y in wanted) or \
                any(y in self.years[chunk_id] for y in wanted) and not self._dated_in_passing(query, hit, wanted):
            return True
        return before and (bool(set(wanted) & years_before(hit.chunk.norm, self.years[chunk_id],
                                                           bool(self.spans[chunk_id])))
                           or self.undated_sentence_year(query, hit) in wanted)

    def _dated_in_passing(self, query: Query, hit: Hit, wanted: list[str]) -> bool:
        """Whether the years asked date the passage only through a span counted back one of its
        other sentences names in passing (`近三年改造…` in a list of a report's results), while the
        sentence stating what is asked names none and speaks for its document's year."""
        found = set(wanted) & self.years[hit.chunk.chunk_id]
        return bool(found) and found <= self._passing_years(hit) \
            and self.undated_sentence_year(query, hit) not in ("", *wanted)

    def own_years(self, query: Query, hit: Hit) -> set[str]:
        """The years the passage speaks for (its headings, caption, document, the spans it names), less
        those a span of another sentence names in passing when the sentence stating what is asked names
        none: that span dates its own sentence, not the next one's figure, which is its document's."""
        years = self.years[hit.chunk.chunk_id]
        passing = self._passing_years(hit) & years
        undated = self.undated_sentence_year(query, hit) if passing else ""
        return years - passing | {undated} if undated else years

    def _passing_years(self, hit: Hit) -> set[str]:
        """The years a prose passage speaks for by a span its text counts back from its document's year
        (近三年, 过去两年): said of one result in a list. Not a plan period (`“十三五”期间，…` frames a whole
        review) nor a relative year (a speech's `去年…` frames the sentences after it), nor in a plan's
        targets (they speak for the years its title names)."""
        chunk = hit.chunk
        written = self.doc_year(chunk.doc_id)
        if chunk.row_index is not None or not written or "target" in chunk.labels:
            return set()
        return {str(b) for _, b in past_spans(chunk.norm, written)}

    def undated_ok(self, query: Query, hit: Hit) -> bool:
        """Whether the passage's stating sentence speaks for the year asked by naming none
        (undated_sentence_year), and the passage for the spans asked."""
        wanted = self.asked_years(query, hit.chunk.doc_id)
        return bool(wanted) and self.undated_sentence_year(query, hit) in wanted \
            and not self.spans_missing(query, hit)

    def undated_sentence_year(self, query: Query, hit: Hit) -> str:
        """The year the sentence stating what is asked speaks for when neither it nor its headings name
        one: its document's (the year a report reports on). A passage naming another year in passing
        (`…覆盖率91.5%，2023年这一比例为88.0%`) dates that sentence only, not the next one's
        `安排专项补助经费300万元` of the report's own year. '' when it or its headings date it."""
        chunk = hit.chunk
        doc = self.documents[chunk.doc_id]
        written = self.doc_year(chunk.doc_id)
        section = normalize(chunk.section)
        if not written or chunk.row_index is not None or _dates(section, written):
            return ""
        (start, end), _, _ = self.stating_sentence(query, hit)
        sentence = normalize(doc.text[start:end])
        if _dates(sentence, written):
            return ""
        return str(reported_year(doc.meta.title, doc.meta.date) or written)

    def spans_missing(self, query: Query, hit: Hit) -> list[str]:
        """The spans asked the passage does not speak for: one it, its headings or its document's
        title name overlaps, or it names the span's last year (到2030年: where a plan period ends).
        A span counted from a document whose year is unknown must be written as asked."""
        chunk = hit.chunk
        written = self.doc_year(chunk.doc_id)
        text = self.flat[chunk.chunk_id] + flat(normalize(chunk.section))
        missing = []
        for word in query.spans:
            asked = spans(word, written)
            if not asked:
                ok = flat(word) in text
            else:
                ok = overlaps(asked[:1], self.spans[chunk.chunk_id]) or str(asked[0][1]) in text
            if not ok:
                missing.append(word)
        return missing

    def asked_years(self, query: Query, doc_id: str) -> list[str]:
        """The years asked, 今年/去年 resolved against the document's year."""
        year = self.doc_year(doc_id)
        relative = [str(year + offset) for offset in query.relative_years] if year else []
        return list(dict.fromkeys(query.years + relative))

    def rank(self, query: Query, hits: list[Hit]) -> list[Hit]:
        return sorted(hits, key=lambda h: -self.support(query, h))

    # --- evidence ----------------------------------------------------------------------------

    def evidence(self, query: Query, ranked: list[Hit]) -> Evidence:
        """The best supporting sentence or table row among the leading passages: the most key
        terms (and a number, when one is asked for), the passage's score breaking ties."""
        candidates = []
        for order, hit in enumerate(ranked[:CANDIDATES]):
            chunk = hit.chunk
            if chunk.row_index is not None:
                # a row is about what its caption, group and label name; terms found only in its
                # column headers (专任教师 in 每百名学生拥有艺体专任教师数) count for less
                named = flat(chunk.norm.rsplit(" | ", 1)[0])
                whole = self.coverage(query, self.flat[chunk.chunk_id])[0]
                cov = max(self.coverage(query, named)[0], HEADER_ONLY * whole)
                value = cov + (NUMBER_BONUS if query.asks_number and cov >= COVER_MIN else 0.0)
                # (money per head asked: a row whose cells and headers write no money, a count of people, states none)
                per_head = bool(query.units) and all(w.startswith("元/") for w in query.units)
                states = bool(query.units) and cov >= COVER_MIN and not (per_head and "元" not in chunk.norm)
                span = (chunk.start, chunk.end)
            else:
                span, value, states = self.stating_sentence(query, hit)
            if not self.speaks_for(query, chunk) or not (self.year_ok(query, hit) or self.undated_ok(query, hit)):
                value *= 0.5  # another region's part, or another year than the one asked
            candidates.append(Evidence(hit, span, value, order, states and value >= STATES_MIN))
        # a sentence that states the amount asked before one that cannot answer it (a question in
        # everyday words shares more words with a sentence about the policy than with the one giving
        # its figure: 给多少人发了养孩子的补贴 → `落实好育儿补贴…等政策` / `发放育儿补贴181.2万人`); among
        # equals, a passage naming the year asked (in its text or headings) before one that speaks for
        # it only as a year of a plan period (十五五 → 2026…2030)
        # A year asked: a stating sentence the year gate would refuse (a plan's `到2030年…占比达到60%` for
        # 2023年底) goes after one of the year asked, however fewer its words (`截至2023年底…占56.0%`)
        dated = {id(e): e.states and bool(query.years or query.relative_years)
                 and self._years_ok(query, e.hit, before=True) for e in candidates}
        # a when asked (报名日期是什么时候): a sentence stating a day, then one stating a year, of the thing
        # asked, before a title that names the thing and its year only
        when = {id(e): _when_rank(query, self.documents[e.hit.chunk.doc_id], e.span, e.value) for e in candidates}
        # … and a sentence dated by another year than the one asked, at its opening or its paragraph's
        # (`截至2025年底，…占6.0%` for a 2028 target), after one that is not
        other = {id(e): e.hit.chunk.row_index is None and self.dated_otherwise(query, e.hit, e.span)
                 for e in candidates}
        # the present asked (`目前建成了多少`): a sentence stating what is done before one planning the rest
        # (`剩余6所…于2026年9月前建成`), which the gates refuse as a plan
        # … and so is a rate asked plainly (`达标率是多少`): a level a plan also sets as an aim, asked with no aim,
        # deadline, year or period, is the level as it stands
        plain = "%" in query.units and not query.intents & {"target", "which"} \
            and not (query.relative_years or query.spans) and not _AIM_ASKED.search(query.norm)
        present = (bool(CURRENT.search(query.norm)) or plain) and not query.years
        # (or one standing in a plan's aims section, whose items need no word of aim: `2027年：…达到80名`)
        planned = {id(e): present and e.hit.chunk.row_index is None and (bool(PLANNED.search(normalize(
            self.documents[e.hit.chunk.doc_id].text[e.span[0]:e.span[1]], drop_space=True)))
            or "目标" in normalize(e.hit.chunk.section, drop_space=True)) for e in candidates}
        # a cause asked (`为什么没通过验收`): a sentence stating one (`…因…被评为整改类`) before the row or sentence
        # stating only the result, when it carries the question's words as well
        reason = bool(ASKS_REASON.search(query.norm))
        cause = {id(e): reason and e.value >= COVER_MIN and states_cause(self._said(e)) for e in candidates}
        # … and of those equal so far, the one stating its number in the very words the question asks it by
        frame = asked_frame(query.norm) if query.asks_number else ""
        framed = {id(e): bool(frame) and frames_number(frame, self._said(e)) for e in candidates}
        # a count asked by its counter and noun (几名X): a sentence counting X in that counter (N名…X) before one
        # sharing more of the question's other words (the event's name) with no count of X; people asked with 个
        # (几个X of a role: server/lexicon/role_nouns.tsv) counted in any counter of people (X由N名…组成)
        counted = asked_count_noun(query.norm) if query.asks_number else None
        people = "人" in query.units
        counts = {id(e): counted is not None and e.hit.chunk.row_index is None
                  and counts_noun(counted, self._said(e), people) for e in candidates}
        # which one asked with its amount (`哪所学校…分到多少钱`): a row of a table listing that kind, naming the one,
        # before any sentence stating an amount — one naming none of them cannot answer which (whichrow.py); the
        # kind asked is the row's header, so the words its headers carry count in full
        kind = asked_kind(query.norm) if query.asks_number else ""
        listed = {id(e): e.hit.chunk.row_index is not None
                  and lists_kind(self.documents[e.hit.chunk.doc_id], e.hit.chunk.table_id, kind)
                  and self.coverage(query, self.flat[e.hit.chunk.chunk_id])[0] >= COVER_MIN for e in candidates}
        return max(candidates, key=lambda e: (listed[id(e)], e.states, dated[id(e)], not planned[id(e)],
                                              not other[id(e)], when[id(e)], cause[id(e)], counts[id(e)],
                                              round(e.value, 2),
                                              framed[id(e)], self.names_year(query, e.hit.chunk), -e.order))

    def _said(self, evidence: Evidence) -> str:
        """The text of an evidence's sentence or row."""
        return self.documents[evidence.hit.chunk.doc_id].text[evidence.span[0]:evidence.span[1]]

    def dated_otherwise(self, query: Query, hit: Hit, span: tuple[int, int]) -> bool:
        """Whether the passage's sentence at `span` is dated (_year_leads) by a year, none of those asked (今年
        and 去年 as of its document's year)."""
        asked = self.asked_years(query, hit.chunk.doc_id)
        opening = _YEAR_OPENING.match(self.documents[hit.chunk.doc_id].text, span[0])
        # (a year a sentence merely opens on dates it against 今年 asked, which the document's own year answers; not
        # against 去年: `2025年…比上年减少3.1万元` states the year before too)
        opened = opening.group(1) if opening and 0 in query.relative_years else ""
        date = (self.year_lead(hit, span) or opened) if asked else ""
        return bool(date) and date not in asked

    def year_lead(self, hit: Hit, span: tuple[int, int]) -> str:
        """The year dating the passage's sentence at `span` at its opening or its paragraph's (_year_leads);
        "" when none does or `span` is not one of its sentences."""
        spans_ = self.sentences(hit.chunk).spans
        if span not in spans_:
            return ""
        return _year_leads(self.documents[hit.chunk.doc_id].text, spans_)[spans_.index(span)]

    def names_year(self, query: Query, chunk: Chunk) -> bool:
        # the years the question writes (not 今年 read as the documents' year: no passage need write it),
        # or the plan period it asks that the passage's headings name (a report's `“十五五”时期主要目标`)
        return any(y in self.flat[chunk.chunk_id] or y in chunk.section for y in query.years if y in query.norm) \
            or bool(heading_periods(query, chunk))

    def best_sentence(self, query: Query, hit: Hit) -> tuple[tuple[int, int], float]:
        """The sentence of the passage with the most key terms (plus NUMBER_BONUS when it states
        the kind of number asked for), and that value."""
        span, value, _ = self.stating_sentence(query, hit)
        return span, value

    def stating_sentence(self, query: Query, hit: Hit) -> tuple[tuple[int, int], float, bool]:
        """best_sentence, a sentence stating a number of the kind asked in a unit (with STATES_MIN of
        the key terms) going first, and whether it does."""
        doc = self.documents[hit.chunk.doc_id]
        read = self.sentences(hit.chunk)
        sentences = read.spans
        wants = query.units
        kinds = wanted_kinds(query)
        per_head = bool(wants) and all(w.startswith("元/") for w in wants)  # asked per student or per person
        number = query.asks_number
        total = total_asked(query)  # `一共几个`
        change = query.operation in ("growth", "change")
        stock = number and not asks_shortage(query.norm)
        written = self.doc_year(hit.chunk.doc_id)
        asked_spans = [s for word in query.spans for s in spans(word, written)[:1]]

        # a plan period the headings name speaks for every sentence under them (`二、“十五五”时期主要目标`
        # over `…城镇新增就业500万人以上`), as much as one a sentence names in passing
        periods = "".join(heading_periods(query, hit.chunk))
        # so does a school stage the innermost heading names (a statistics bulletin or self-evaluation
        # report sectioned `（一）小学`, `（二）初中`, whose sentences state `在校生…万人` without it), for a
        # sentence that names no stage of its own
        staged = _heading_stages(hit.chunk.section) if stages_named(query.norm) else ""
        # and a run-in heading opening the paragraph (`（二）…资助项目。安排…万元，…`) for the sentences
        # after it, which do not repeat its words: the sentence with the figure is not outranked by its
        # heading. Only for a number asked: for a measure asked the heading is as good an answer, and a
        # content sentence lifted by its heading's words would displace the heading as the sentence the
        # gates weigh words near in meaning on (a list of `N.…方面。` items under a lead paragraph)
        leads = _run_in_leads(doc.text, sentences) if number else [""] * len(sentences)
        # and a sentence opening on an amount an earlier sentence of the passage stated (`…从公用经费中列支
        # 80万元。各校列支的80万元占…的6%`) speaks of what that sentence named, though it names it no more
        if number:
            leads = [lead + restated for lead, restated in zip(leads, _restated_from(doc.text, sentences))]
        # a question asking for a day is answered by a sentence stating one (of `（三）笔试。`, `笔试定于2025年4月12日
        # 举行` and `报名人数与招聘人数之比不低于3:1`, the second answers 招聘笔试在哪一天)
        day = bool(_ASKS_DAY.search(query.norm))
        when = not day and bool(_ASKS_WHEN.search(query.norm))
        deadline = (day or when) and bool(_ASKS_DEADLINE.search(query.norm))
        # the year each sentence is dated by, at its opening or its paragraph's: of several years' sentences
        # equally worded, the one of the year asked (`2026年：…占比达到7%` / `2028年：…占比达到10%`)
        dates = _year_leads(doc.text, sentences)
        frame = asked_frame(query.norm) if number else ""
        reason = bool(ASKS_REASON.search(query.norm))

        def rank(i: int) -> tuple[bool, int, bool, float, bool, bool, bool, int, bool, bool, int]:
            s, e = sentences[i]
            text = read.flats[i] + periods + leads[i] + dates[i]
            if staged and not _heading_stages(text):
                text += staged
            cov, _ = self.coverage(query, text)
            # a sentence naming the year asked, or speaking for the span asked (过去五年 for 十四五)
            year = bool(query.years) and any(y in text for y in query.years) or \
                bool(asked_spans) and overlaps(asked_spans, spans(text, written))
            # (a sentence stating its counts only per one, `每校至少有1名`, states no total asked by its word)
            # (nor does one stating only what is missing, `仍缺额45人`, the number there is)
            fits = number and _fits_asked(wants, kinds, per_head, read.units[i], doc.text[s:e]) \
                and not (total and only_per_one(doc.text[s:e])) and not (stock and shortage_only(read.flats[i]))
            span = change and states_change(doc.text[s:e])  # `从7248亿元提高到8865亿元`: a growth over a span
            bonus = (NUMBER_BONUS if (fits or span) and cov >= COVER_MIN else 0.0) + \
                (SPAN_BONUS if span and query.asked.over_period and cov >= COVER_MIN else 0.0)
            states = bool(wants) and fits and cov >= STATES_MIN
            # (not the title: its year dates the document, and a passage holding the head would answer by it)
            dated = (day and bool(_STATES_DAY.search(read.flats[i])) or
                     when and cov > 0 and bool(_STATES_WHEN.search(read.flats[i]))) and not _names_document(doc, (s, e))
            # of the sentences dated, one setting a deadline answers `最晚…`; and any when asked is answered before by
            # one dating more than the work of a year (_dates_year_of_work)
            due = dated and deadline and bool(_STATES_DEADLINE.search(read.flats[i]))
            closer = dated and when and not _dates_year_of_work(doc, (s, e), read.flats[i])
            other_year = bool(query.years and dates[i]) and dates[i] not in query.years
            framed = bool(frame) and frames_number(frame, doc.text[s:e])
            cause = reason and states_cause(doc.text[s:e])  # of sentences alike, the one stating the cause asked
            # of sentences alike, one naming no group of teachers the question does not name (a plan's
            # `新入职教师…120学时` beside `每位专任教师…72学时` asked of every teacher)
            own_role = not other_role(query.norm, read.flats[i])
            # of sentences alike, a count of all asked (`一共有几所`) is the one stating its whole (`共有21所`), not
            # one counting a kind of them in passing (`对全县8所国家级…进行了评估`)
            whole = total and bool(_WHOLE_STATED.search(read.flats[i]))
            return (states, int(dated) + int(due) + int(closer), not other_year, cov + bonus, own_role and whole,
                    own_role, year, _stage_fit(query, text), cause, framed, -i)

        ranks = [rank(i) for i in range(len(sentences))]
        i = max(range(len(sentences)), key=lambda i: ranks[i])
        unknown = [t for t in query.terms if not self.idf(t)] if self.near is not None else []
        tied = [j for j in range(len(sentences)) if ranks[j][:10] == ranks[i][:10]]
        if unknown and len(tied) > 1:  # words the corpus never uses: the sentence with words closest to them
            assert self.near is not None
            # in one model call with their parts (near_word weighs those), not one per word: each call costs
            # about as much as embedding the question
            self.near.vectors([*unknown, *(p for t in unknown for p in term_parts(t))])
            i = max(tied, key=lambda j: (self.closeness(unknown, read.flats[j]), -j))
        return sentences[i], ranks[i][3], ranks[i][0]

    def sentences(self, chunk: Chunk) -> Sentences:
        """The passage's sentences as stating_sentence weighs them, read once (kept per passage)."""
        return self._sentences.get((chunk.doc_id, chunk.start, chunk.end),
                                   lambda key: Sentences.read(self.documents[key[0]].text, key[1], key[2]))

    def gate_coverage(self, query: Query, hit: Hit) -> tuple[float, list[str]]:
        """The passage's key-term coverage as the gates weigh it: literal, counting what its document's
        head supplies, else with words near in meaning."""
        supplied = self.supplied(hit.chunk.doc_id)
        chunk = hit.chunk
        lead = list_lead(self.documents[chunk.doc_id], chunk.start) if chunk.row_index is None else ""
        text = f"{self.flat[chunk.chunk_id]}\n{lead}\n{supplied}"
        missing = self.spans_missing(query, hit)
        spoken = {t for word in query.spans if word not in missing for t in plan_words(word)}
        # a compound the documents never write whose words the document's head carries (a speech's
        # speaker asked as `教育局长`, the head naming `教育局党组书记、局长`): said of every passage
        spoken |= {t for t in query.terms if not self.idf(t) and self._literal(t, supplied) >= SPLIT_COMPOUND}
        found = self.coverage(query, text, given=spoken, gate=True)
        if self.near is None:
            return found
        if found[0] >= COVER_MIN:
            return self.unnamed(query, text, found, spoken)
        near = self.near_text(query, hit)
        return self.unnamed(query, f"{text}\n{near}", self.coverage(query, text, near, given=spoken, gate=True),
                            spoken)

    def unnamed(self, query: Query, text: str, found: tuple[float, list[str]],
                given: Collection[str] = ()) -> tuple[float, list[str]]:
        """Literal coverage `found` of a passage, lowered for each compound of the question that the
        corpus never uses though it uses every word of it, and that no word of the passage is close
        to in meaning: a thing the documents do not name, put together from words they do use (a
        benefit no document grants: 住房 + 补贴), not an everyday name for one they name (which is no
        compound of their words, or lies near the documents' word). Such a compound counts as
        missing, as much as the least specific word found, so that a generic word (教师, 学生) the
        passage shares cannot carry the question alone. Terms `given` are said in other words (the
        document's head carries them)."""
        assert self.near is not None
        lacking = [t for t in self.compounds_unused(query) if t not in given and self.near_word(t, text) is None]
        weights = [self._weight(t) for t in query.terms if self.idf(t)]
        if not lacking or not weights:
            return found
        least = min(weights)
        return found[0] * sum(weights) / (sum(weights) + least * len(lacking)), found[1]

    def supplied(self, doc_id: str) -> str:
        """What every passage of a document says without writing it: the document's title, issuer and
        regions, the lines of its head (a speech's occasion and speaker: `…局党组书记、局长` speaks every
        passage of the speech), and the words its region's own government uses for itself (a
        province's report speaks of 全省, 本省, 省级 and comes from the 省政府)."""
        if doc_id not in self._supplied:
            doc = self.documents[doc_id]
            meta = doc.meta
            self._supplied[doc_id] = flat(normalize("\n".join([meta.title, meta.issuer, *issued_as(meta.issuer),
                                                               *head_lines(doc.text), *meta.region,
                                                               *level_words(meta.region)]),
                                                     drop_space=True))
        return self._supplied[doc_id]

    def near_evidence(self, query: Query, ranked: list[Hit]) -> Evidence | None:
        """The first of the leading passages that the gates accept once words near in meaning count
        (a question in everyday words whose literal best match is a passage that shares only them),
        as evidence with its sentence of most key terms; None without the model or when none does."""
        if self.near is None:
            return None
        leading = ranked[:NEAR_CANDIDATES]
        # one model call for the words of every candidate, not one per passage
        self.near.prefetch(query.terms, [self.near_text(query, hit) for hit in leading])
        for order, hit in enumerate(leading):
            if self.refusal(query, hit) is None:
                return Evidence(hit, self.accepted_sentence(query, hit, accepted=False), 0.0, order)
        return None

    def near_text(self, query: Query, hit: Hit) -> str:
        """Where the gates look for words near in meaning to the question's: the passage's own heading
        and its sentence with most key terms, counting words near in meaning."""
        chunk = hit.chunk
        s, e = self.near_sentence(query, hit)
        return flat(normalize(chunk.section.rsplit(">", 1)[-1] + self.documents[chunk.doc_id].text[s:e]))

    def near_sentence(self, query: Query, hit: Hit, accepted: bool = False) -> tuple[int, int]:
        """The passage's sentence (a row: itself) with most key terms; when it has too few and the
        question has words the corpus never uses (or the gates `accepted` the passage already), the one
        with most counting words near in meaning (a question in everyday words may share no word with
        the sentence that answers it). Only then: to the gates, weighing every sentence by near words
        finds some word close to a term somewhere."""
        chunk = hit.chunk
        if chunk.row_index is not None:
            return chunk.start, chunk.end
        best = self.best_sentence(query, hit)[0]
        text = self.documents[chunk.doc_id].text
        heading = chunk.section.rsplit(">", 1)[-1]
        if self.near is None or not accepted and all(self.idf(t) for t in query.terms) or \
                self.coverage(query, flat(normalize(heading + text[best[0]:best[1]])))[0] >= COVER_MIN:
            return best
        spans_ = split_sentences(text, chunk.start, chunk.end) or [(chunk.start, chunk.end)]
        texts = [flat(normalize(heading + text[s:e])) for s, e in spans_]
        day = bool(_ASKS_DAY.search(query.norm))  # a day asked: a sentence stating one (stating_sentence)
        doc = self.documents[chunk.doc_id]
        # a day or a time asked: of the dated sentences under one heading (`报名和考试`), the one whose own words
        # name the event asked (`报名时间：…`) before another event's that has them from the heading only
        dated = day or bool(_ASKS_WHEN.search(query.norm))
        own = [self.coverage(query, flat(normalize(text[s:e])))[0] if dated else 0.0 for s, e in spans_]
        rank = {i: (day and bool(_STATES_DAY.search(t)), _when_rank(query, doc, spans_[i], self.coverage(query, t)[0]),
                    own[i], self.coverage(query, t, t)[0], self.coverage(query, t)[0],
                    self.closeness(query.terms, t), -i) for i, t in enumerate(texts)}
        return spans_[max(rank, key=lambda i: rank[i])]

    def closeness(self, terms: list[str], text: str) -> float:
        """The summed cosines of the words of `text` nearest in meaning to the `terms` it lacks."""
        assert self.near is not None
        return sum(c[1] for t in terms if not has_term(t, text) and (c := self.near.near(t, text)))

    def reworded(self, query: Query, evidence: Evidence) -> Evidence | None:
        """The evidence the gates accepted, with its sentence chosen counting words near in meaning when
        its literal choice carries too few key terms and another sentence carries them in other words;
        else None."""
        hit = evidence.hit
        if self.near is None or hit.chunk.row_index is not None:
            return None
        text = self.documents[hit.chunk.doc_id].text
        said = flat(normalize(text[evidence.span[0]:evidence.span[1]]))
        if self.coverage(query, said + self.restated(hit, evidence.span))[0] >= COVER_MIN:
            return None
        span = self.accepted_sentence(query, hit)
        if span == evidence.span or evidence.states and self._divisible(query, hit) \
                and not self.states_asked(query, hit, span) \
                and self.coverage(query, said + self.supplied(hit.chunk.doc_id))[0] >= COVER_MIN:
            # a sentence stating the figure asked is not traded for one in words nearer the question's that
            # states none (`共有60人申报` for `根据《…职称评审…方案》…经个人申报…`, the lead-in beside it) when
            # it carries the key terms with what the document's title says of every sentence (职称 of a
            # `…职称评审结果公示`); a sentence lacking the words of the part asked (享受减免的学生) is traded
            return None
        return Evidence(hit, span, evidence.value, evidence.order)

    def _divisible(self, query: Query, hit: Hit) -> bool:
        """Whether the passage can give a figure asked per unit (`平均每所`): it counts the units too (`…27所。
        …共拨付486万元`); a total alone is none (`收托幼儿3150人` for `平均每个班`). True for a figure looked up,
        not asked per unit."""
        if not (query.asked.per or query.operation == "ratio"):
            return True
        return any(query.asked.per in units for units in self.sentences(hit.chunk).units)

    def states_asked(self, query: Query, hit: Hit, span: tuple[int, int]) -> bool:
        """Whether the passage's sentence at `span` states a number of the kind the question asks."""
        read = self.sentences(hit.chunk)
        if span not in read.spans or not query.units:
            return False
        wants = query.units
        text = self.documents[hit.chunk.doc_id].text[span[0]:span[1]]
        return _fits_asked(wants, wanted_kinds(query), all(w.startswith("元/") for w in wants),
                           read.units[read.spans.index(span)], text)

    def restated(self, hit: Hit, span: tuple[int, int]) -> str:
        """The earlier sentence of the passage that states the amount the sentence at `span` opens on
        (see _restated_from), or ""."""
        read = self.sentences(hit.chunk)
        if span not in read.spans:
            return ""
        return _restated_from(self.documents[hit.chunk.doc_id].text, read.spans)[read.spans.index(span)]

    def accepted_sentence(self, query: Query, hit: Hit, accepted: bool = True) -> tuple[int, int]:
        """The sentence of a passage the gates accepted: the one the retrievers agree on when its key
        terms alone were too few, else the one with most key terms counting words near in meaning."""
        if self.gate_coverage(query, hit)[0] < COVER_MIN and (agreed := self.agreed_sentence(query, hit)):
            return agreed
        return self.near_sentence(query, hit, accepted)

    def agreed_sentence(self, query: Query, hit: Hit) -> tuple[int, int] | None:
        """The sentence of a passage the gates accept though the question shares too few of its words,
        as a question worded in everyday language does (学手艺 for 技能培训). Only for a number asked in
        a unit, from prose (a table row's headers are weighed as they are): both retrievers rank the
        passage among their first AGREE_WITHIN; the sentence states a quantity of the kind asked
        (人次 for 人次, an amount of money for 多少钱); it carries every indicator, stage, unit and
        period the question names; and it carries each word naming a thing that the corpus uses
        (nouns: the measured thing and whose it is), or a clause close in meaning to a phrase of the
        question around it. Words that only describe (verbs, adverbs, place words: 干活, 到手, 家里)
        and words the corpus never uses (everyday names) need not be found: the other signals
        speak for them. None when no sentence qualifies (or without the model)."""
        if self.near is None or not hit.agreed(AGREE_WITHIN) or not query.units or hit.chunk.row_index is not None:
            return None
        doc = self.documents[hit.chunk.doc_id]
        spans_ = split_sentences(doc.text, hit.chunk.start, hit.chunk.end) or [(hit.chunk.start, hit.chunk.end)]
        heading = normalize(hit.chunk.section.rsplit(">", 1)[-1])
        named = [t for t in query.terms if names_thing(t) and self.idf(t)]
        if not named:
            return None
        unused = self.compounds_unused(query)  # each must be said in other words (see `unnamed`)
        for s, e in spans_:
            if not states_kind(query, doc.text[s:e]):
                continue
            text = flat(normalize(doc.text[s:e]) + heading) + "\n" + self.supplied(hit.chunk.doc_id)
            present = [t for t in named if self._literal(t, text) >= SPLIT_COMPOUND]
            lacking = [t for t in named if t not in present]
            if not present or any(not may_be_near(t) for t in lacking) or \
                    any(self.near_word(t, text) is None for t in unused):
                continue
            # the clause that states the figure must say it: a phrase close to another clause of the
            # sentence speaks of something else
            clauses = [c for c in _CLAUSE.split(normalize(doc.text[s:e])) if states_kind(query, c)]
            if all(self.near.near(t, text) or
                   self.near.phrase_near(phrases_around(query.norm, t), clauses) >= PHRASE_MIN for t in lacking):
                return s, e
        return None

    def speaks_for(self, query: Query, chunk: Chunk) -> bool:
        """False for a passage of a document shared by several regions that belongs to another
        region's part than the one asked about."""
        doc = self.documents[chunk.doc_id]
        if not query.regions or len(doc.meta.region) < 2:
            return True
        section = normalize(chunk.section, drop_space=True)
        named = [r for r in doc.meta.region if short_name(normalize(r)) in section]
        return not named or any(short_name(r) in section for r in query.regions)

    # --- gates -------------------------------------------------------------------------------

    def refusal(self, query: Query, best: Hit) -> str | None:
        """Why `best` cannot answer the question (the year asked is not in it, or too few of the
        key terms are), or None."""
        where = "".join(query.regions[:1])
        if not self._years_ok(query, best, before=True):
            asked = self.asked_years(query, best.chunk.doc_id) or [w for w, o in RELATIVE_YEARS.items()
                                                                     if o in query.relative_years]
            return f"文件中未找到{where}{'、'.join(y + '年' if y.isdigit() else y for y in asked)}的相关内容。"
        if missing_spans := self.spans_missing(query, best):
            return f"文件中未找到{where}{'、'.join(missing_spans)}的相关内容。"
        cov, missing = self.gate_coverage(query, best)
        if cov < COVER_MIN and self.agreed_sentence(query, best) is None:
            return f"文件中未找到{where}关于“{'、'.join(missing)}”的内容。"
        chunk = best.chunk
        per_head_computed = query.operation == "ratio" and bool(query.asked.per)  # a total ÷ its heads
        if not per_head_computed and (unstated := [t for t in query.terms if _PER_HEAD.match(t)
                                                   and not has_term(t, self.flat[chunk.chunk_id])]):
            # per head asked, a total stated (每千人口执业医师数 against 新增执业医师2100名): another indicator
            return f"文件中未找到{where}关于“{'、'.join(unstated)}”的内容。"
        passage = f"{chunk.section}\n{chunk.text}"
        if query.regions and not any(speaks_for(r, self.documents[chunk.doc_id], passage) for r in query.regions):
            # a wider region's document, a passage about another place (across places: about none asked)
            return f"文件中未找到{'、'.join(query.regions)}的相关内容。"
        return None

    def abstain(self, message: str, ranked: list[Hit]) -> Draft:
        """An abstention listing the closest passages as 相关但不能回答."""
        book = CitationBook(self.documents)
        related = [book.cite(h) for h in ranked[:MAX_RELATED]]
        if related:
            message += "以下段落相关但不能回答该问题：" + "".join(f"[{n}]" for n in related)
        return Draft(message, True, book.citations)


_CLAUSE = re.compile(pauses("，；;：:。！!？?"))
# a topic glued to the word a measure question asks by (整改措施, 保障举措): those words are question words
# alone (server.query.QUESTION_WORDS)
_MEASURE_ASKED = re.compile(r"([\u4e00-\u9fff]{2,}?)(?:措施|举措|做法|办法)")
# the kind of quantity a unit measures, so that a question's unit and a sentence's are compared by kind
# (多少个孩子 is answered by 8000名, 多少钱 每人 by 20793元)
_AREA = ("平方米", "亩", "公顷", "平方公里")


# a Q&A page's question turn (`问：`, `问三：`, `問五：`, `提问：`), as documents in either script write it
_ASKS_TURN = re.compile(r"[\s\u3000]*(?:提)?[问問][一二三四五六七八九十\d]{0,3}[：:]")


def _run_in_leads(text: str, sentences: Sequence[tuple[int, int]]) -> list[str]:
    """For each sentence, the run-in heading of its paragraph when one opens it before the sentence
    (normalised, flat); "" for the heading itself and for a paragraph without one."""
    leads, lead, above = [], "", ""
    for s, e in sentences:
        if starts_paragraph(text, s) and _ASKS_TURN.match(text, s):
            # a Q&A page's question (`问三：…能领多少？`) leads the answer paragraph after it, which
            # states the figure without repeating what it is of
            leads.append("")
            lead, above = "", flat(normalize(text[s:e]))
            continue
        if starts_paragraph(text, s):
            marker = ITEM_HEAD.match(text, s)  # a numbered run-in heading (`（三）…计划。`) counts without its number
            own = flat(normalize(text[s:e])) if run_in_heading(text[marker.end() if marker else s:e]) else ""
            if own and _alone(text, e):
                # a heading on a line of its own (`（一）实施…行动` over `统筹安排资金5.6亿元…`) leads the
                # paragraph after it as a run-in heading leads its own
                leads.append("")
                lead, above = "", own
                continue
            leads.append("" if own else above)
            lead, above = own or above, ""
        else:
            leads.append(lead)
    return leads


def _year_leads(text: str, sentences: Sequence[tuple[int, int]]) -> list[str]:
    """For each sentence, the year that dates it (_YEAR_LEAD): written at its opening, else at its
    paragraph's when an earlier sentence of the same paragraph opens on it; "" when neither does."""
    out, lead = [], ""
    for s, _ in sentences:
        if starts_paragraph(text, s):
            lead = ""
        m = _YEAR_LEAD.match(text, s)
        if m is not None and starts_paragraph(text, s):
            lead = m.group(1)
        out.append(m.group(1) if m is not None else lead)
    return out


def _restated_from(text: str, sentences: Sequence[tuple[int, int]]) -> list[str]:
    """For each sentence, the earlier sentence (normalised, flat) stating the amount its first clause
    opens on, or the sentence before when it opens pointing back at what that one named (`这些学校`); ""
    when it does neither."""
    out = []
    for i, (s, e) in enumerate(sentences):
        cut = next((m.start() for m in _FIRST_PAUSE.finditer(text, s, e)), e)
        # the amount as the clause's subject (`列支的80万元占…`, `这80万元用于…`): written after 的 or first, with
        # the clause going on — not a clause stating its own figure at its end (`…支出决算80万元，`)
        amounts = [q.text for q in find_quantities(text[s:cut]) if q.is_measure and q.unit != "%"
                   and (q.start == 0 or text[s + q.start - 1] in "的这该") and s + q.end < cut]
        earlier = next((j for j in range(i - 1, -1, -1)
                        if any(a in text[slice(*sentences[j])] for a in amounts)), None)
        if earlier is None and i and _POINTS_BACK.match(text, s):
            earlier = i - 1  # `这些X共有Y…`: of the Xs the sentence before counted
        out.append("" if earlier is None else flat(normalize(text[slice(*sentences[earlier])])))
    return out


def _alone(text: str, end: int) -> bool:
    """Whether the sentence ending at `end` ends its line (no sentence mark: a heading line)."""
    rest = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)]
    return not rest.strip() and text[end - 1:end] not in "。！？!?；;"



LIST_ITEMS = 12  # paragraphs of a numbered list walked back to find its lead


def list_lead(doc: Document, at: int) -> str:
    """The last sentence of the paragraph that leads the numbered list whose item's paragraph holds
    `at` (normalised, flat), or "": a work report's `…办好十方面民生实事。` over its items `1.…方面。` …
    `10.…方面。` names what each item is one of, as a heading does for the paragraphs under it. Only
    within the innermost section (its heading is no lead) and LIST_ITEMS paragraphs back."""
    text = doc.text
    inner = max((x for x in doc.sections if x.start <= at < x.end), key=lambda x: x.start, default=None)
    floor = inner.start + len(inner.heading) if inner else 0
    start = text.rfind("\n", 0, at) + 1
    if not ITEM_HEAD.match(text, start):
        return ""
    for _ in range(LIST_ITEMS):
        if start <= floor:
            return ""
        previous = text.rfind("\n", 0, start - 1) + 1
        if text[previous:start].strip() and not ITEM_HEAD.match(text, previous):
            sentences = split_sentences(text, previous, start - 1)
            return flat(normalize(text[slice(*sentences[-1])])) if sentences and previous >= floor else ""
        start = previous
    return ""


def paragraph_lead(text: str, at: int) -> str:
    """The run-in heading opening the paragraph of text[at:] before `at` (normalised, flat), or ""."""
    start = text.rfind("\n", 0, at) + 1
    return _run_in_leads(text, [*split_sentences(text, start, at), (at, at)])[-1]


def _heading_stages(text: str) -> str:
    """The school stages the innermost heading of a section path (`二、义务教育 > （一）小学`) or a
    sentence names, joined: each by its name, or by the stage when the name holds another stage's
    (中小学 is 义务教育, no 小学)."""
    return "".join(name if all(other == stage for n, other in stage_names() if n in name) else stage
                   for name, stage in stages_named(text.rsplit(" > ", 1)[-1]))


def _stage_fit(query: Query, text: str) -> int:
    """1 when the sentence names a school stage asked, −1 when it names only others, else 0: of a
    passage stating one figure per stage in consecutive sentences (self-evaluation reports and plans:
    `小学…系数为0.41。…初中…系数为0.29。`), the sentence of the stage asked is the one that answers.
    Stages are compared under any of their names (中职, 中等职业学校); a wider stage and its part (义务教育
    and 小学) are neither the same nor others, unless the sentence names every part of the stage asked.
    A breakdown in brackets names no stage of the sentence."""
    asked = {stage for _, stage in stages_named(query.norm)}
    named = {stage for _, stage in stages_named(OPEN_NOTE.sub("", text))}
    if not asked or not named:
        return 0
    parts = stage_lexicon()
    if asked & named or any(parts[a][1] and set(parts[a][1]) <= named for a in asked):
        return 1
    return 0 if any(n in parts[a][1] or a in parts[n][1] for a in asked for n in named) else -1


def unit_kind(unit: str) -> str:
    """money, share, people, area, or the unit itself (所, 个, 项 …), its multiplier dropped (万人次)."""
    unit = unit.lstrip("十百千万亿")
    if "元" in unit:
        return "money"
    if unit in ("%", "‰", "百分点", "个百分点"):
        return "share"
    if unit.startswith("人") or unit in ("名", "位"):
        return "people"
    if unit in _AREA:
        return "area"
    if unit.endswith("次") and unit[:-1] in _OCCURRENCES:
        return unit[:-1]
    return unit


# counters of occurrences (场: an event held, 轮: a round, 批: a batch): with 次 (场次) they count the same
# occurrences; a counter of persons or things with 次 (人次, 校次) counts visits, not the persons or schools
_OCCURRENCES = frozenset("场轮批")


def states_kind(query: Query, text: str) -> bool:
    """Whether `text` states a quantity of the kind the question asks for (any, when it names no unit;
    a count in 个 may count people)."""
    found = {unit_kind(q.unit) for q in find_quantities(text) if q.is_measure and (q.unit not in RUNS
                                                                                  or q.unit in query.units)}
    if not query.units:
        return bool(found)
    return bool(found & wanted_kinds(query))


def _fits_asked(wants: tuple[str, ...], kinds: set[str], per_head: bool, found: tuple[str, ...],
                sentence: str) -> bool:
    """Whether a sentence stating amounts in the units `found` states one of the kind asked: not only in
    its very unit (20000名 answers 多少个孩子, 4510万亩 多大面积), but an amount of money in its very unit
    (a total is no amount per student) or, per head asked, in 元 after its 每生/每人."""
    fits = any(u in wants or unit_kind(u) in kinds - {"money"} for u in found) if wants else bool(found)
    return fits or per_head and "元" in found and per_head_amount(sentence)


def wanted_kinds(query: Query) -> set[str]:
    """The kinds of quantity that answer the question's units (a count in 个 may count people)."""
    return {unit_kind(u) for u in query.units} | ({"people"} if "个" in query.units else set())


def heading_periods(query: Query, chunk: Chunk) -> list[str]:
    """The plan periods the question asks (十五五) that the passage's section headings name."""
    section = flat(normalize(chunk.section)) if query.spans else ""
    return [w for w in plan_words(query.norm) if w in section]


def document_year(doc: Document | DocHead) -> int | None:
    """The year a document was written: its date, else the year after the one an undated report on a
    closed year names (a 2025 决算 is written in 2026: a question's 去年 about it asks 2025), else a year
    in its title."""
    if dated := _YEAR.search(doc.meta.date[:4]):
        return int(dated.group())
    if closed := closed_year(normalize(doc.meta.title)):
        return closed + 1
    found = _YEAR.search(normalize(doc.meta.title))
    return int(found.group()) if found else None


def counted_from(doc: Document | DocHead, offset: int) -> int | None:
    """The year a question's relative year (`offset`: 明年 +1, 去年 −1) about the document counts from:
    the year it was written, but a year ahead from the year it reports on: a report on a closed year
    (a year's work summary issued the January after) sets its targets for the year after the one it
    reports on, and that is its 明年."""
    if offset > 0 and (reported := reported_year(doc.meta.title, doc.meta.date)):
        return reported
    return document_year(doc)


def _context_years(chunk: Chunk, doc: Document) -> set[str]:
    section = normalize(chunk.section)
    written = document_year(doc)
    # a year named wins over a period; a period's review or targets state where it ends (the
    # 十三五 review's figures are 2020's, not 2016's, a 2026 report's 过去五年 ends in 2025), so a
    # heading's period speaks for its last year, and so does one the passage names
    periods = spans(section, written)
    years = set(_YEAR.findall(section)) or ({str(max(b for _, b in periods))} if periods else set())
    named = spans(chunk.norm, written)
    if not _YEAR.search(section):
        # a heading that names its year dates the passage: a period its text names in passing
        # (`2026年重点工作` … `与“十五五”考核目标统筹衔接`) does not make its figures the period's
        years |= {str(b) for _, b in named}
    if written:  # 今年/去年 of the document's year (a 2026 report's 去年 is 2025); not the base of a comparison
        # (`比去年多5所` states this year's figure against last year's, not last year's)
        years |= {str(written + RELATIVE_YEARS[m.group(1)]) for m in RELATIVE_YEAR.finditer(chunk.norm)}
    if written and not years and not _YEAR.search(chunk.norm):
        # nothing in the passage or its headings dates it: it speaks for the document's own year
        # (a 2026 work report's list of this year's projects), or for the year it reports on (a
        # statistics bulletin on 2024 issued in 2025)
        years.add(str(reported_year(doc.meta.title, doc.meta.date) or written))
    years |= chinese_years(chunk.norm)  # `到二〇二六年`: a year as Traditional-script and formal texts write it
    if "target" in chunk.labels:  # a plan's targets are for the years its title names (…规划(2021-2025年))
        years |= set(_YEAR.findall(normalize(doc.meta.title)))
    if chunk.table_id:
        table = next((t for t in doc.tables if t.table_id == chunk.table_id), None)
        years |= set(_YEAR.findall(normalize(table.caption))) if table else set()
    return years


# the unit a region's name ends in (省, 市, 县, 自治区 …) and how its own government speaks of the unit
_UNIT = re.compile(r"(?:自治区|自治州|自治县|新区|特别行政区|省|市|县|区|州|盟|旗)$")
_UNIT_SPOKEN = {"自治区": "区", "自治州": "州", "自治县": "县", "新区": "区", "特别行政区": "区"}


def level_words(regions: list[str]) -> list[str]:
    """全省, 本省, 我省, 省级, 全省各地 … for a province's regions; 全县 … for a county's."""
    found = []
    for region in regions:
        unit = _UNIT.search(normalize(region, drop_space=True))
        if unit:
            u = _UNIT_SPOKEN.get(unit.group(), unit.group())
            found += [f"全{u}各地", f"本{u}", f"我{u}", f"{u}级", f"{u}政府"]
    return found


HEAD_LINES = 6  # a head is a title, a subtitle, a byline, a date: a few short lines
HEAD_LINE_MAX = 40
_SENTENCE_END = re.compile(r"[。！？!?：:；;]\s*$")
# where a head ends: a line of running text (a clause ends inside it: a PDF wraps its lines) or a
# section heading (一、 （一） 第一)
_BODY = re.compile(r"[，,。；;]|^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]"
                   r"|第[一二三四五六七八九十]+[章节部分条])")


def head_lines(text: str) -> list[str]:
    """The short lines that open a document before its first sentence or salutation (a speech's
    title, `——在…会议上的讲话`, the speaker's post and name, the date; a notice's title and number):
    who speaks and on what occasion, for every passage that follows."""
    lines = []
    for line in text.lstrip().splitlines()[:HEAD_LINES]:
        line = line.strip()
        if not line:
            continue
        if len(line) > HEAD_LINE_MAX or _SENTENCE_END.search(line) or _BODY.search(line):
            break
        lines.append(line)
    return lines


def issued_as(issuer: str) -> list[str]:
    """The short form of a government issuer (`某省人民政府` → `某省政府`)."""
    return [issuer.replace("人民政府", "政府")] if "人民政府" in issuer else []


def overlaps(these: list[tuple[int, int]], those: list[tuple[int, int]]) -> bool:
    """Whether a span of years of `these` shares a year with one of `those`."""
    return any(a <= d and c <= b for a, b in these for c, d in those)


def _context_spans(chunk: Chunk, doc: Document) -> list[tuple[int, int]]:
    written = document_year(doc)
    return spans(chunk.norm, written) + spans(normalize(chunk.section), written) + \
        spans(normalize(doc.meta.title), written)


def _gate_weighed(weighed: list[tuple[str, float, float]], norm: str = "") -> list[tuple[str, float, float]]:
    """(term, weight, credit) as a gate weighs them: a refusal rests on the things a question names. A
    word that only sets the circumstances (an adverb, a place word: 家里) counts where the text has it and
    is left out where it does not; when the text carries every naming word the corpus uses, a word that
    qualifies (a verb or an adjective: 帮助, 困难) weighs no more than the least of them. Everyday questions
    describe what they ask in such words (server.query.describes), which a passage stating the figure
    need not repeat. Every word weighs as it is when the text carries none of the naming words (or the
    question has none the corpus uses): describing words alone do not make a passage speak of the thing
    asked; and a qualifier weighs fully beside a naming word the text lacks (公办 of 在公办学校就读). A
    word the question `norm` writes right before a noun qualifies it and names (server.query.describes)."""
    named = [(w, credit) for term, w, credit in weighed if w and not describes(term, norm)]
    if not named or all(credit < SPLIT_COMPOUND for _, credit in named):
        return weighed
    least = min(w for w, _ in named) if all(credit >= SPLIT_COMPOUND for _, credit in named) else None
    kept = []
    for term, weight, credit in weighed:
        kind = describes(term, norm)
        if kind == "setting" and credit < 1:
            continue
        kept.append((term, min(weight, least) if kind == "quality" and least is not None else weight, credit))
    return kept


def may_be_near(term: str) -> bool:
    """Whether a word near in meaning may stand in for `term`: an ordinary content word, not an
    indicator's name, a school stage, a plan period, one of several alternatives, a unit or a per-head
    qualifier (their neighbours, 毛入园率 for 普惠率, 初中 for 小学, 十三五 for 十四五, a total for 每千人口 …,
    are other things, not other words)."""
    return "|" not in term and term not in INDICATOR_NAMES and not any(s in term for s in STAGES) \
        and not is_unit(term) and not PLAN_WORD.fullmatch(term) and not _PER_HEAD.match(term)


# a per-head or per-population qualifier (每千人口, 人均, 生均): it makes another indicator of the same
# thing (托位数 per 1000 people is not 托位数), never a word another may stand in for
_PER_HEAD = re.compile(r"每[十百千万]?(?:人|名|户|生|学生)|人均|生均")


def _tiled(term: str, parts: list[str]) -> bool:
    """Whether `term` is two or more of `parts` written one after the other (住房 + 补贴), not words
    that overlap in it (托位 and 位数 in 托位数: one word and a suffix)."""
    def rest(text: str, count: int) -> bool:
        if not text:
            return count >= 2
        return any(text.startswith(p) and rest(text[len(p):], count + 1) for p in parts)
    return rest(term, 0)


@lru_cache(maxsize=4096)
def term_parts(term: str) -> tuple[str, ...]:
    if "|" in term:
        return ()
    return tuple(p for p in dict.fromkeys(tokenize(term)) if p != term and len(p) >= 2)


def _dates(text: str, written: int) -> bool:
    """Whether a sentence or heading names a year of its own: in digits, in characters, as a span, or
    relative to the document's (`一、去年工作回顾` dates every sentence under it)."""
    return bool(_YEAR.search(text) or spans(text, written) or chinese_years(text)
                or any(word in text for word in RELATIVE_YEARS))


def _when_rank(query: Query, doc: Document, span: tuple[int, int], value: float) -> int:
    """For a question asking when: 1 for a sentence carrying key terms and stating a day or a year (a day, when a
    day is asked), not the document's title (which names the thing and its year only), one more when it stands
    under a heading naming the time of a thing asked (`三、报名时间` for `什么时候报名`: the section that sets it,
    not another's deadline of the same thing), one more when it sets a deadline (a day asked: when a deadline is
    asked too); for one asking a time of day (几点), 1 for a sentence stating a clock time."""
    if value > 0 and asks_clock(query.norm):
        return int(CLOCK.search(doc.text, *span) is not None)
    # (a day asked, `哪几天`, `几月几号`: a sentence stating a day — the passage's best by its words may state none)
    day = bool(_ASKS_DAY.search(query.norm))
    if value <= 0 or not day and not _ASKS_WHEN.search(query.norm):
        return 0
    text = normalize(doc.text[slice(*span)]).strip()
    if _names_document(doc, span) or not (_STATES_DAY if day else _STATES_WHEN).search(text):
        return 0
    inner = max((x for x in doc.sections if x.start <= span[0] < x.end), key=lambda x: x.start, default=None)
    heading = flat(normalize(inner.heading)) if inner else ""
    sets_time = _TIME_HEADING.search(heading) and any(has_term(t, heading) for t in query.terms)
    # … or a sentence setting that time itself to a date (`报名时间为X月X日…` under `三、报名和考试`), not a
    # target's deadline nor a duration the term's time names (`完成时间超过N分钟`)
    said = flat(text)
    sets_time = sets_time or any(re.search(rf"{re.escape(t)}(?:{_TIME_HEADING.pattern}){_SET_TO_DATE}", said)
                                 for t in query.terms)
    # `最晚什么时候…`: a sentence setting a deadline before one dating a count (`截至X月X日已整改…`)
    due = _ASKS_DEADLINE.search(query.norm) and _STATES_DEADLINE.search(text)
    # … and any when asked: a sentence dating more than the work of a year before one dating only that
    closer = day or not _dates_year_of_work(doc, span, said)
    return 1 + bool(sets_time) + bool(due) + bool(closer)


# a sentence opening on its year alone (`2026年，全县计划…`): the year the work it reports or plans runs in
_YEAR_OPENING_ALONE = re.compile(r"\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?\s*[，,]")


def _dates_year_of_work(doc: Document, span: tuple[int, int], text: str) -> bool:
    """Whether a sentence dates only the year its work runs in: it states no month, day or deadline and opens on
    its year or stands in the document's head, before its first section (`2026年，全县计划完成…`). A when asked
    of a thing the document dates closer (`…须于8月底前完工`) is answered by that."""
    if _STATES_DAY.search(text) or _STATES_DEADLINE.search(text):
        return False
    first = min((x.start for x in doc.sections), default=0)  # (a document with no sections has no head)
    return span[0] < first or bool(_YEAR_OPENING_ALONE.match(text))


_TIME_HEADING = re.compile(r"时间|日期|时限|期限")  # the time of what a heading or sentence sets (报名时间, 办理时限)
_SET_TO_DATE = r"(?:为|是|：|:|自|从)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月"  # … set to a date: 为2026年5月11日


_TERMINAL_END = ("。", "！", "？", "；", "!", "?", ";", "，", ",")


def _names_document(doc: Document, span: tuple[int, int]) -> bool:
    """Whether the sentence at `span` is the document's title, or a line of its head, before its first section,
    naming the document by its kind and ending no sentence (`2026年秋季…招生公告` under the issuer's name, which a
    scan's metadata may take for the title): its year dates the document, not the thing a `什么时候` asks."""
    text = normalize(doc.text[slice(*span)]).strip()
    if text == normalize(doc.meta.title).strip():
        return True
    first = min((x.start for x in doc.sections), default=len(doc.text))
    return span[0] < first and not text.endswith(_TERMINAL_END) \
        and any(text.endswith(kind) for kind in document_kinds())


def title_named(query: Query, title: str) -> list[str]:
    """The key terms by which the question names a document by its kind and title (`体育行动方案要建…`, of a
    `…学校体育振兴行动方案`): the kind word (document_kinds.tsv) its title holds, and the terms right before
    it that the title holds too. They say which document, not what is asked of it: no passage need repeat them."""
    title = flat(normalize(title, drop_space=True))
    named: list[str] = []
    for kind in re.finditer("|".join(map(re.escape, document_kinds())), query.norm):
        if kind.group() not in title:
            continue
        named += [t for t in query.terms if t in kind.group()]
        end = kind.start()
        while (before := next((t for t in query.terms if query.norm.endswith(t, 0, end) and t in title), "")):
            named.append(before)
            end -= len(before)
    return named


def total_asked(query: Query) -> bool:
    """The question asks a count or an amount whole (`一共几个`, `总共有多少名选手`: a sum word asked of one role's
    count, out of the norm, too), not per one: no figure a sentence states only per one answers it."""
    return not asks_per_one(query.norm) and (any(w in query.norm for w in SUM_ASKED) or query.role_total)


def work_named(query: Query, title: str) -> list[str]:
    """The terms by which a question opens on the work its document's title names, without the kind word
    (`课后服务管理配了…` of a `…课后服务管理工作方案`): its leading key terms, at least two, each standing in
    the title after the one before, with a term left over that is asked of that work. They name the document of a
    figure it states, asked alone and of no year; the inputs of a figure computed (a difference, a sum) and a figure
    of a year asked (of a plan over several) must each say in their own words what they are of."""
    run: list[str] = []
    at = 0
    for term in query.terms:
        found = title.find(term, at)
        if found < 0:
            break
        run.append(term)
        at = found + len(term)
    return run if len(run) >= 2 and len(run) < len(query.terms) else []


def has_term(term: str, text: str) -> bool:
    if "|" in term:  # alternatives: any one will do
        return any(has_term(t, text) for t in term.split("|"))
    return term in text or any(s in text for s in _named_forms(term)) or _area_named(term, text) \
        or _share_written(term, text) or doers_share(term, text) or _count_written(term, text) \
        or any(_per_student_written(f, text) for f in (term, *_named_forms(term)))


def _count_written(term: str, text: str) -> bool:
    """`X数` (a count by its column's or everyday name: 招生数, 毕业生数) written as documents state a count:
    X with the number right after it (`招生3615人`)."""
    counted = term[:-1] if term.endswith("数") else ""
    return len(counted) >= 2 and re.search(re.escape(counted) + r"\d+[人名所个]", text) is not None


_STOPS = re.compile(r"[。；;！!？?\n]")


def _per_student_written(term: str, text: str) -> bool:
    """`X生均Y` (an amount per student by its indicator's name) written as documents also state one: X, an
    amount after its 每生 and Y in one sentence (`X有学生150人，按每生每年7200元核拨Y`)."""
    whose, per, thing = term.partition("生均")
    return bool(per) and len(thing) >= 2 and any(
        whose in s and thing in s and per_head_amount(s) for s in _STOPS.split(text) if "每" in s)


def _per_student_needles(term: str) -> tuple[str, ...]:
    """What every passage _per_student_written accepts for `term` holds: the thing after its 生均."""
    return tuple(f.partition("生均")[2] for f in (term, *_named_forms(term)) if "生均" in f)


_SHARE_OF = "占[^，,。；;]{0,12}?(?:比例|比重)"  # the whole named between 占 and 比例
# … or its count stated, then the share in the next clause (`其中骨干教师420人，占35.2%`)
_SHARE_AFTER = r"[^，,。；;]{0,12}?[\d.]+[^，,。；;\d]{0,3}[，,]占\s*[\d.]+\s*%"
# … or its amount stated, then the share as what it equals of a whole (`…经费188万元，相当于…预算3600万元的5.2%`)
_SHARE_EQUALS = r"[^，,。；;]{0,12}?[\d.]+[^，,。；;\d]{0,3}[，,](?:相当于|约占|占到)[^，,。；;]{0,30}?的\s*[\d.]+\s*%"


def _share_written(term: str, text: str) -> bool:
    """`X占比` (a question's short name of a group's share) written as documents state a share: `X占<whole>
    比例` (骨干教师占比 in `骨干教师占专任教师比例达到30%`), or X's count with `占N%` after it, or X's amount with
    what it equals of a whole (`相当于…的N%`)."""
    group = term[:-2] if term.endswith("占比") else ""
    return len(group) >= 2 and re.search(re.escape(group) + f"(?:{_SHARE_OF}|{_SHARE_AFTER}|{_SHARE_EQUALS})",
                                         text) is not None


def doers_share(term: str, text: str) -> bool:
    """A rate named by its part's verb (参与率, server/lexicon/rate_parts.tsv) written as the share of those doing
    it (`学生参加X的比例`), the words before the rate's name (社团活动参与率) in that clause too."""
    head, stem = term[:-3], term[-3:-1]
    if not term.endswith("率") or stem not in rate_parts():
        return False
    verbs = "|".join(map(re.escape, (stem, *rate_parts()[stem])))
    return any(head in m.group() for m in re.finditer(rf"(?:{verbs})[^，,；;。]{{0,12}}?的?(?:比例|比率|占比)", text))


def other_forms(term: str) -> tuple[str, ...]:
    """The words a passage may write for `term` (has_term accepts each): lexicon synonyms, the
    indicator's other names, the stage's and the kind of area's other names."""
    return _named_forms(term) + _area_forms(term)[0]


def _named_forms(term: str) -> tuple[str, ...]:
    """`term`'s other names found as they are written: lexicon synonyms, the indicator's and the stage's
    (a kind of area's need a bound after them: `_area_named`)."""
    indicator = _indicator_forms(term)
    return SYNONYMS.get(term, ()) + indicator + _stage_forms(term) \
        + tuple(dict.fromkeys(n for f in (term, *indicator) for n in rate_forms(f) if n != term))


@lru_cache(maxsize=4096)
def rate_forms(term: str) -> tuple[str, ...]:
    """`term` with the rate it ends in under the rate's other names (server/lexicon/rate_names.tsv: 持证上岗率 and
    持证率 name one rate), the words before it kept (专任教师持证率)."""
    for name, others in rate_names().items():
        for said in (name, *others):
            if term.endswith(said):
                head = term[:-len(said)]
                return tuple(head + n for n in (name, *others) if n != said)
    return ()


@lru_cache(maxsize=4096)
def _stage_forms(term: str) -> tuple[str, ...]:
    """A term opening with a school stage's name, under the stage's other names (server/lexicon/stages.tsv):
    中职 is written 中等职业教育 or 中等职业学校, 中职学生 中等职业学校学生; the verifier's stage check
    keeps a sibling stage out. Each is also written with 的 after the stage (`高中阶段的毛入学率`)."""
    for name, stage in stage_names():  # longest name first: 高中阶段 before 高中
        if term.startswith(name):
            rest = term[len(name):]
            said = "的" if len(rest) >= 2 and not rest.startswith("的") else ""  # `高中阶段的毛入学率`
            if _joins_stages(name):
                return (name + said + rest,) if said else ()
            names = [n for n in (stage, *(n for n, s in stage_names() if s == stage)) if not _joins_stages(n)]
            return tuple(dict.fromkeys([*(n + rest for n in names if term not in n + rest),
                                        *(n + said + rest for n in names if said)]))
    return ()


def _joins_stages(name: str) -> bool:
    """A stage's name written as other stages' names together (中小学: 中学 and 小学), which everyday usage
    stretches beyond the stage the lexicon reads it as (a 中小学 may take in 高中): never another name's
    stand-in, nor stood in for."""
    own = next((stage for n, stage in stage_names() if n == name), name)
    return any(other in name and stage != own for other, stage in stage_names())


@lru_cache(maxsize=1)
def _area_table() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    table = area_kinds()
    return {w: kinds for w, (kinds, _) in table.items()}, {w: after for w, (_, after) in table.items()}


@lru_cache(maxsize=4096)
def _area_forms(term: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """A term opening with a word for a kind of area (server/lexicon/area_kinds.tsv), under the words
    that may mean every kind it means (城区 is a county's 县城, which may be its 城区 or its 镇区); not
    a word for kinds taken together (城乡: town and country; 城市, which may be 城镇: urban and town
    areas as one), whose passages speak of more than the kind asked, and not a word written as part of
    another (县城 of 全县城乡: the characters area_kinds.tsv lists after it). Returns the forms and the
    pattern that finds them."""
    kinds, after = _area_table()
    every = frozenset().union(*kinds.values())
    for word in sorted(kinds, key=len, reverse=True):
        if term.startswith(word):
            rest = term[len(word):]
            wider = [w for w, k in kinds.items() if w != word and kinds[word] <= k != every
                     and not any("+" in kind for kind in k)]
            if not wider:
                return (), None
            forms = tuple(w + rest for w in wider)
            pattern = "|".join(re.escape(w) + (rest and re.escape(rest) or
                                               (f"(?![{re.escape(after[w])}])" if after[w] else ""))
                               for w in wider)
            return forms, re.compile(pattern)
    return (), None


def _area_named(term: str, text: str) -> bool:
    pattern = _area_forms(term)[1]
    return pattern is not None and pattern.search(text) is not None


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
    forms |= {w for f in forms | ({term} if named else set()) if (w := _with_de(f))}
    return tuple(sorted(f for f in forms if term not in f))


def _with_de(name: str) -> str:
    """A rate's name as documents also write it, 的 between the thing and the rate word (学前教育的毛入园率,
    高中阶段的毛入学率); "" for a name that does not end in a rate word of its own."""
    words = tokenize(name)
    rate = words[-1] if len(words) > 1 and (words[-1].endswith("率") or words[-1] == "占比") else ""
    return f"{name[:-len(rate)]}的{rate}" if rate and len(name) - len(rate) >= 2 else ""


# a cause a sentence states (`因消防通道堵塞被评为…`, `由于…`, `主要原因是…`), not 因此 or 因素
_CAUSE = re.compile(r"(?<![原基])因(?![此而素地材])|由于|原因(?:是|在于|为)")


def states_cause(sentence: str) -> bool:
    """Whether a sentence states the cause of something."""
    return _CAUSE.search(normalize(sentence, drop_space=True)) is not None
