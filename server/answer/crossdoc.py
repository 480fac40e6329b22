"""Questions across documents: `哪些文件提到了X` lists every document that states it, each with
the sentence that does and its citation; `A、B、C的X分别是多少` gives one figure per place, each
from that document's own best evidence. Either way a place asked about whose documents do not
state it is named as such, never left out silently.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from figures.compute import ComputeError, Operand, compare, display_unit, total
from figures.counters import noun_counter
from figures.numbers import find_quantities, parse_number
from ingest.clauses import clause_start
from ingest.models import Chunk, Document, Row, Table
from ingest.normalize import normalize, not_pauses
from ingest.segment import words
from ingest.structure import split_sentences
from ingest.tables import key_columns, row_label
from server.answer.base import Ask, Handler, first_answer
from server.answer.datelines import date_line, written_form
from server.answer.draft import Draft, table_name, table_of
from server.answer.evidence import NUMBER_BONUS, Evidence, Reader, has_term, term_parts
from server.answer.moneymention import money_mention, money_of
from server.answer.namedcell import NamedCell
from server.answer.perone import per_head_words
from server.answer.sections import chunk_hit
from server.answer.several import SeveralAsks, named_row_evidence
from server.answer.text import MAX_CLAUSE_CHARS, computed_figure, display, flat, naming_clauses, region_of
from server.answer.venuelimit import asks_venue_or_limit, stated_venue_or_limit
from server.answer.verify import STAGE_FAMILIES, Verifier
from server.intent import EACH, classify, intents_of
from server.lexicon import money_nouns, people_groups, ratio_wordings
from server.mentions import (
    COUNTED_DOCUMENTS,
    alternatives,
    holds_number,
    letters,
    linked,
    may_name,
    mentioned,
    names_near,
    squeezed,
)
from server.query import Query, key_terms, stages_of
from server.regions import short_name, without_places
from server.retrieve import POOL, Hit, prefetch
from server.schemas import Figure

MISSING = "文件中未找到"


@dataclass
class _Lines:
    lines: list[str]  # one per document (or place) that states it
    figures: list[Figure]
    nearest: list[Hit]  # each document's best passage, for an abstention
    answered: set[str]  # documents with a line
    silent: list[tuple[str, str | None]]  # (document, place) that do not state it
    placed: list[tuple[str, list[Figure]]] = field(default_factory=list)  # (place, its line's figures)
    own_asks: bool = False  # each place was asked its own thing (`A实际的X和B计划的Y`)
# With no scope, the documents considered are those of the passages a wide search finds, best
# first: otherwise every document of a library of thousands would be searched and read one by one.
MAX_DOCUMENTS = 40  # documents answered one by one
FULL_SUPPORT = 1.0 + NUMBER_BONUS - 0.01  # every key term and a number of the kind asked


_EACH_ASKED = re.compile(r"各|分别|每个地方|各自")  # each place's own figure asked, beside any comparison


class PerDocument:
    def __init__(self, lookup: tuple[Handler, ...]):
        self.lookup = lookup  # the handlers that answer from one piece of evidence

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader, book = ask.query, ask.reader, ask.book
        which = "which" in query.intents
        counted = _each_counted(ask)
        if not which and not counted and ("compare" not in query.intents or len(query.regions) == 1):
            return None
        doc_ids, capped = (ask.scope, False) if ask.scope is not None else _candidates(ask)
        if _ISSUED_ORDER.search(query.norm) and (order := issued_order(ask, doc_ids)) is not None:
            return order
        each = self.each(ask, doc_ids, which, titled=which or counted)
        if not each.lines:
            return reader.abstain("文件中未找到相关内容。", sorted(each.nearest, key=lambda h: -h.score))
        lines = list(each.lines)
        # the places asked about whose documents do not say it: a place one of whose documents does
        # (its budget beside its notice) is answered, not missing
        stated = {line.split("：", 1)[0].split("《", 1)[0] for line in each.lines}
        silent = [name for d, place in each.silent
                  if (name := normalize(place) if place else region_of(reader.documents[d])) not in stated]
        if query.regions:
            lines += [f"{name}：{MISSING}" for name in dict.fromkeys(silent)]
            # a comparison of places short of a side says whose documents lack the figure, not a ranking by guess
            if silent and (any(p.search(query.norm) for p in (_RANKING, _GAP, _HOW)) or _compared_by(query.norm)):
                lines.append(f"无法比较：{'、'.join(dict.fromkeys(silent))}的文件中没有找到写明的所问之数。")
                # a comparison asked alone (not each place's figure too: `各有多少？哪个更多`): one side's
                # figure, given for reference, does not answer it
                if not _EACH_ASKED.search(query.norm):
                    return Draft("\n".join(lines), True, book.citations)
            # a sum across places short of an operand: the figure found is one part, never the total asked
            if silent and query.operation == "sum" and not _EACH_ASKED.search(query.norm):
                lines.append(f"无法求和：{'、'.join(dict.fromkeys(silent))}的文件中没有找到写明的所问之数。")
                return Draft("\n".join(lines), True, book.citations)
        # a capped list says so: its count is of the documents checked, not of the library
        checked = f"（文件库较大，只核对了检索到的最相关的{len(doc_ids)}份）" if capped else ""
        # a document serving several places (a meeting's speeches) answers once per place: both counts
        places = f"（{len(each.lines)}个地区）" if len(each.lines) > len(each.answered) else ""
        head = f"共{len(each.answered)}份文件{places}{checked}：\n" if which else ""
        # a question setting each place's own kind of figure against the other's asks for that comparison
        unlike = targets_beside_achieved(query.norm, each) if not silent and not each.own_asks else ""
        if unlike:  # like with like: no gap or ranking between a target and what was achieved
            return Draft(head + "\n".join([*lines, unlike]), False, book.citations, each.figures)
        rates = unlike_sum(query, each)
        if rates:  # a rate per head added to a total would be neither: no sum, and no answer by guess
            return Draft(head + "\n".join([*lines, rates]), True, book.citations)
        ranked = (ranking(query.norm, each) or summed(query, each)) if not silent else None
        if ranked is not None:
            line, figure = ranked
            return Draft(head + "\n".join([*lines, line]), False, book.citations, [*each.figures, figure])
        return Draft(head + "\n".join(lines), False, book.citations, each.figures)

    def each(self, ask: Ask, doc_ids: list[str], which: bool, titled: bool = False) -> _Lines:
        """One line per document (per place of a document serving several) that states it; `titled`: the lines
        of one place's documents each named by its title too."""
        query, reader, book = ask.query, ask.reader, ask.book
        lines: list[str] = []
        figures: list[Figure] = []
        nearest: list[Hit] = []
        answered: set[str] = set()
        silent: list[tuple[str, str | None]] = []
        placed: list[tuple[str, list[Figure]]] = []
        stated: dict[tuple[str, int, int], int] = {}  # a passage already given for another part: its line
        line_docs: list[str] = []  # the document of each line
        money = money_of(query.norm) if which else ""  # `哪些文件提到X的钱`: X, each document's amount for it
        query = without_gap(without_ranking(query))  # each place's figure, not which ranks first or the gap
        query = with_named_alternatives(mentioned_only(query)) if which else without_counted(query)
        own_asks = place_asks(query)
        venue_or_limit = asks_venue_or_limit(ask.query.norm)
        prefetch(ask.search, list(own_asks.values()))  # each place's own words: one model call for all
        for doc_id, place in _parts(reader, query, doc_ids):
            asked = replace(query, regions=[place]) if place else query
            if own_asks:  # `A的X和B的Y分别是多少`: this place's own thing, not the words of both
                served = [place] if place else reader.documents[doc_id].meta.region
                own = next((own_asks[normalize(r)] for r in served if normalize(r) in own_asks), None)
                # its own year and intent too: `A实际的X，和B2025年的Y目标比` asks A of no year and no target
                # (its own words may keep the ranking: `B的X哪个高，高多少` still asks B's level); its own words
                # as the question's text too: a member of a pair asked of the other place (A公办的X和B的X) is
                # not this place's
                asked = _levels_asked(replace(asked.narrowed(own), text=own, regions=asked.regions,
                                              years=_years_in(query.years, own),
                                              spans=[w for w in query.spans if w in own],
                                              intents=intents_of(own) | (query.intents & {"compare"}))) \
                    if own else asked
            hits = ask.search(asked, [doc_id])
            if place:  # a document of several places: its part about this one
                hits = [h for h in hits if reader.speaks_for(asked, h.chunk)]
            if not hits:
                silent.append((doc_id, place))
                continue
            doc = reader.documents[doc_id]
            region = normalize(place) if place else region_of(doc)
            ranked = reader.rank(asked, hits)
            evidence = reader.evidence(asked, ranked)
            if not which:  # a row whose label the place's ask writes out, before a sentence not naming it
                evidence = named_row_evidence(ask, asked, ranked, evidence)
            nearest.append(evidence.hit)
            # a venue or a time limit asked (各在哪里办的, 各自限时多久): the clause stating it, wherever the best
            # sentence (a count) fell
            stated_here = stated_venue_or_limit(Ask(asked, hits, reader, ask.search, [doc_id], book),
                                                venue_or_limit) if venue_or_limit and not which and not money else None
            if stated_here is not None:
                lines.append(f"{region}：{stated_here.answer}")
                line_docs.append(doc_id)
                figures += stated_here.figures
                answered.add(doc_id)
                continue
            if money:  # the money of X asked: the passage stating an amount for X, else the document is silent
                found = money_mention(reader, doc_id, money)
                if found is None:
                    silent.append((doc_id, place))
                    continue
                evidence = replace(evidence, hit=found[0], span=found[1])
            if not money and not which and reader.refusal(asked, evidence.hit):
                # as the gate of a single ask: a leading passage the gate accepts answers the part when the best
                # sentence (a title's) lacks a key term
                evidence = reader.near_evidence(asked, ranked) or evidence
            # a document mentions X only in a passage naming X's most specific word — or in a clause naming X
            # as written with small variations, wherever the search's evidence fell
            if money:
                pass
            elif reader.refusal(asked, evidence.hit) or which and not _names_specific(reader, asked, evidence.hit) \
                    or which and not _holds_number_named(reader, asked, evidence) or which and linked(asked.norm):
                mention = _near_mention(reader, asked, doc_id, place) if which else None
                # the mention speaks for the year or span asked too: a document of another year is silent
                if mention is None or not reader.year_ok(asked, mention[0]):
                    silent.append((doc_id, place))
                    continue
                evidence = replace(evidence, hit=mention[0], span=mention[1])
            in_table = table_of(doc, evidence.hit.chunk) is not None
            header = in_table and evidence.hit.chunk.row_index is None
            row_hit: Hit | None = None  # the row naming X, given beside a body sentence stating no figure of X
            if money:
                pass
            elif which and (body := _body_mention(reader, doc, evidence.span, asked.terms, header)) is not None:
                evidence = replace(evidence, hit=body[0], span=body[1])
            elif which and in_table and (subject := _subject_mention(reader, asked, doc_id, place)) is not None:
                # a table's row naming X lists its cells; a sentence of the body says what the document states of X
                # — with the row's cells beside it when it speaks of the table's columns without a figure (X的学校数
                # 最多: the row says how many)
                table = table_of(doc, evidence.hit.chunk)
                sentence = doc.text[subject[1][0]:subject[1][1]]
                row_hit = evidence.hit if table is not None and not header and not _states_figure(sentence) \
                    and _names_column(table, sentence) else None
                evidence = replace(evidence, hit=subject[0], span=subject[1])
            elif which and in_table and not header and _row_names_more(reader, asked, doc, evidence.hit) \
                    and (prose := _ranked_mention(reader, asked, doc_id, place, ranked)) is not None:
                evidence = replace(evidence, hit=prose[0], span=prose[1])
            key = (doc_id, *evidence.span)
            if key in stated:  # the same passage speaks for both places: one line naming both
                line = lines[stated[key]]
                lines[stated[key]] = line.replace("：", f"、{region}：", 1)
                answered.add(doc_id)
                continue
            if which:  # what it says (the clauses that say it, of a long sentence), not a number picked from it
                start, end = _fuller_sentence(doc, evidence.hit.chunk, evidence.span, asked.terms)
                stated[key] = len(lines)
                table = table_of(doc, evidence.hit.chunk)
                if table is not None:  # a table's row (or header): its cells by their headers, not run together
                    at = evidence.hit.chunk.row_index
                    row = table.rows[at] if at is not None else None
                    said = row_said(doc, table, row) if row else f"《{table_name(doc, table)}》表头：" \
                                                            f"{'、'.join(table.columns)}"
                    n = book.cite(evidence.hit, *((row.start, row.end) if row else evidence.span))
                    lines.append(f"{region}：{said}[{n}]")
                    line_docs.append(doc_id)
                    answered.add(doc_id)
                    continue
                n = book.cite(evidence.hit, start, end)
                said = "……".join(display(doc.text[a:b]) for a, b in
                                 naming_clauses(doc.text, (start, end), reader.cover(asked), MAX_CLAUSE_CHARS,
                                                share=1.0))
                line = f"{region}：“{said}”[{n}]"
                row_table = table_of(doc, row_hit.chunk) if row_hit is not None else None
                if row_hit is not None and row_table is not None and row_hit.chunk.row_index is not None:
                    row = row_table.rows[row_hit.chunk.row_index]
                    line += f"；{row_said(doc, row_table, row)}[{book.cite(row_hit, row.start, row.end)}]"
                lines.append(line)
                line_docs.append(doc_id)
                answered.add(doc_id)
                continue
            one = Ask(asked, hits, reader, ask.search, [doc_id], book, given=evidence)
            mark = len(book.citations)
            part = self._several(one, region) if len(asked.asks) > 1 and not own_asks else None
            part = part or first_answer(self.lookup, one)
            if part is None or part.abstained:
                # a cell the place's ask names by its row's year and its column (2026年的专项资金, a plan's table of
                # years), which the best passage of its document, a sentence stating none, does not hold
                del book.citations[mark:]
                part = NamedCell().try_answer(one) or part
            # checked as a whole answer is, as one place's own figure: a part of a sum across places is one of
            # the items added, never refused for not being their total
            part = None if part is None else Verifier().check(replace(one, query=_one_place(asked)), part, mark)
            if part is None or part.abstained:
                del book.citations[mark:]  # a part not given cites nothing
                silent.append((doc_id, place))
                continue
            stated[key] = len(lines)
            lines.append(f"{region}：{part.answer.removeprefix(f'据{region_of(doc)}文件：')}")
            line_docs.append(doc_id)
            figures += part.figures
            placed.append((region, part.figures))
            answered.add(doc_id)
        if titled:
            lines = _titled(reader, lines, line_docs, bool(_ASKS_DOCUMENTS.search(query.norm)))
        return _Lines(lines, figures, nearest, answered, silent, placed, bool(own_asks))


    def _several(self, one: Ask, region: str) -> Draft | None:
        """`A和B的食堂各有几个，各供应多少学生`: every thing asked, of this place, each from its own
        evidence (the several asks' handler, on this place's document)."""
        query = one.query
        asks = [_LEADING_JOINS.sub("", text) for text in query.asks]
        own = replace(query, intents=query.intents - {"compare"}, regions=[region], asks=asks)
        mark = len(one.book.citations)
        draft = SeveralAsks(self.lookup).try_answer(replace(one, query=own))
        if draft is None or draft.abstained or not _counters_kept(asks, draft.figures):
            del one.book.citations[mark:]
            return None
        return draft


# documents asked for as documents (`哪些文件`, `在哪几份报告里`), not places (`哪些县`)
_ASKS_DOCUMENTS = re.compile(r"哪(?:些|几份|份|几个|个|一份)(?:文件|报告|材料|资料)")


def _titled(reader: Reader, lines: list[str], line_docs: list[str], all_lines: bool = False) -> list[str]:
    """The lines of documents that share their place's name with another listed document, each named by its
    title too (`某县《…攻坚方案》：…` beside `某县《…项目进度表》：…`): the place alone tells them not apart;
    every line when the question asks which documents (`在哪些报告里有`): a document is named by its title."""
    places: dict[str, set[str]] = {}
    for line, doc_id in zip(lines, line_docs):
        places.setdefault(line.split("：", 1)[0], set()).add(doc_id)
    out = []
    for line, doc_id in zip(lines, line_docs):
        place, said = line.split("：", 1)
        title = normalize(reader.documents[doc_id].meta.title)
        out.append(f"{place}《{title}》：{said}" if (all_lines or len(places[place]) > 1) and title else line)
    return out


def _counters_kept(asks: list[str], figures: list[Figure]) -> bool:
    """Every ask's counter (`多少辆`, `几所`) is the unit of some figure given: 九个乡镇 does not answer
    多少辆校车."""
    units = {q.unit for f in figures if (q := parse_number(f"1{f.unit}")) is not None}  # 万人 counts 人
    for text in asks:
        m = _ASKED_COUNTER.search(text)
        counter = parse_number(f"1{m.group(1)}") if m else None
        if counter is not None and counter.unit and counter.unit not in units:
            return False
    return True


_ASKED_COUNTER = re.compile(r"(?:多少|几)([^\W\d])")
# what is left before an ask of several places once their names are blanked (`   和   的校车有多少辆`)
_LEADING_JOINS = re.compile(r"^[\s和与及、,，的]+")


def row_said(doc: Document, table: Table, row: Row) -> str:
    """A table row as the answer quotes it: `《表2 …》“校舍建设”：2024年：900万元，2025年：1000万元`."""
    keys = key_columns(table)
    cells = "，".join(f"{c.column}：{c.text}{normalize(c.unit)}" for c in row.cells if c.column not in keys and c.text)
    group = f"（{row.group}）" if row.group and row.group != row_label(table, row) else ""
    return f"《{table_name(doc, table)}》“{row_label(table, row)}”{group}：{cells}"


# the words counting a place's documents (`这三份方案`, `两个文件里`)
_COUNTED_DOCUMENTS = re.compile(rf"{COUNTED_DOCUMENTS.pattern}(?:里|中)?")


def _each_counted(ask: Ask) -> bool:
    """One place's documents counted by the question and each asked its own (`这三份方案里…分别是多少`):
    answered document by document, each from its own evidence."""
    query = ask.query
    return len(query.regions) == 1 and ask.scope is not None and len(ask.scope) > 1 \
        and bool(_COUNTED_DOCUMENTS.search(query.norm)) and bool(_EACH_ASKED.search(query.norm))


def without_counted(query: Query) -> Query:
    """The question without the words counting its documents (`这三份方案`, `两个文件里`): which documents, not
    a thing asked of them — no passage of one document need say them."""
    m = _COUNTED_DOCUMENTS.search(query.norm)
    if m is None:
        return query
    terms = [t for t in query.terms if t not in m.group()]

    def bare(text: str) -> str:
        return _COUNTED_DOCUMENTS.sub("", text)

    return replace(query, norm=bare(query.norm), search_text=bare(query.search_text), terms=terms,
                   asks=[bare(a) for a in query.asks], listed={bare(k): bare(v) for k, v in query.listed.items()})


def mentioned_only(query: Query) -> Query:
    """`哪些文件说到X问题`: the words of the thing mentioned (X) are asked, not the words its question puts
    around it (问题, 的内容), which a passage on the thing need not say."""
    m = mentioned(query.norm)
    if m is None:
        return query
    if not query.terms and _WORD.fullmatch(m[0]):
        # a word the tokenizer cuts into single characters (约谈 → 约/谈), which no key term keeps: the word as written
        return replace(query, terms=[m[0]])
    around = m[1].replace(m[0], "", 1)
    kept = [t for t in query.terms if t in m[0] or t not in around]
    return replace(query, terms=kept) if kept else query


_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}")


def with_named_alternatives(query: Query) -> Query:
    """`哪些文件提到了大班额或超大班额`: the names of the thing as one term, found where either is — also
    when one name holds the other (超大班额 kept 大班额, its shorter form, out of the key terms)."""
    m = mentioned(query.norm)
    names = alternatives(m[0]) if m else []
    if len(names) < 2 or any("|" in t for t in query.terms):
        return query
    own = [key_terms(name) for name in names]
    heads = list(dict.fromkeys(max(terms, key=len) for terms in own if terms))
    if len(heads) < 2 or len(heads) < len(names):
        return query
    terms = [t for t in query.terms if not any(t in h or h in t for h in heads)] + ["|".join(heads)]
    return replace(query, terms=terms)


def _near_mention(reader: Reader, query: Query, doc_id: str, place: str | None) -> tuple[Hit, tuple[int, int]] | None:
    """The first clause of the document (of its passages about `place`, for a document of several places)
    that names the X of `哪些文件提到了X` (one of its alternatives) as written or with small variations
    (server/mentions.py), with its passage; None when no clause does."""
    return next(_mentions(reader, query, doc_id, place), None)


def _row_names_more(reader: Reader, query: Query, doc: Document, hit: Hit) -> bool:
    """The table row of `哪些文件提到了X` is labelled by X and a group of people (`X教师（人）`, words of
    server/lexicon/people_groups.tsv): the row counts those people, it does not state X (`X建设` still does)."""
    table = table_of(doc, hit.chunk)
    m = mentioned(query.norm)
    if table is None or hit.chunk.row_index is None or m is None:
        return False
    label = letters(_UNIT_NOTE.sub("", row_label(table, table.rows[hit.chunk.row_index])))
    rests = [label.replace(f, "") for f in (letters(a) for a in alternatives(m[0])) if f and f in label]
    return any(w in rest for rest in rests for words in people_groups().values() for w in words)


def _ranked_mention(reader: Reader, query: Query, doc_id: str, place: str | None,
                    ranked: list[Hit]) -> tuple[Hit, tuple[int, int]] | None:
    """The body's clause naming X (_mentions') in the passage the search ranks first among those holding one."""
    order = {h.chunk.chunk_id: i for i, h in enumerate(ranked)}
    found = [f for f in _mentions(reader, query, doc_id, place) if f[0].chunk.chunk_id in order]
    return min(found, key=lambda f: order[f[0].chunk.chunk_id], default=None)


def _subject_mention(reader: Reader, query: Query, doc_id: str,
                     place: str | None) -> tuple[Hit, tuple[int, int]] | None:
    """The sentence of the body saying something of X (`哪些报告提到X`), for a table's row naming X: the first
    sentence X opens (its subject: `X校舍屋面渗漏…`), which says more of X than the row's cells; None when no
    sentence does (one naming X in passing, `其中X已新增2个班`, says no more than the row)."""
    m = mentioned(query.norm)
    forms = [f for f in (letters(a) for a in alternatives(m[0])) if f] if m else []
    text = reader.documents[doc_id].text
    return next((f for f in _mentions(reader, query, doc_id, place)
                 if any(letters(text[f[1][0]:f[1][1]]).startswith(x) for x in forms)), None)


def _mentions(reader: Reader, query: Query, doc_id: str, place: str | None) -> Iterator[tuple[Hit, tuple[int, int]]]:
    """Each clause of the body naming X (_near_mention's), in text order, with its passage and sentence."""
    m = mentioned(query.norm)
    forms = [f for f in (letters(a) for a in alternatives(m[0])) if f] if m else []
    if not forms:
        return
    text = reader.documents[doc_id].text
    for chunk in reader.chunks_of[doc_id]:
        if chunk.table_id or place and not reader.speaks_for(query, chunk):
            continue
        passage = squeezed(chunk.norm)
        if not any(may_name(f, passage) for f in forms):
            continue
        for c in _LINE_CLAUSES.finditer(text, chunk.start, chunk.end):
            if any(names_near(f, letters(c.group())) for f in forms):
                yield chunk_hit(reader, reader.documents[doc_id], c.start()), next(
                    ((a, b) for a, b in split_sentences(text, chunk.start, chunk.end) if a <= c.start() < b), c.span())


def _names_specific(reader: Reader, query: Query, hit: Hit) -> bool:
    """The passage names the thing a `哪些文件提到了X` asks about: the rarest word in the library of X (of
    one of X's alternatives, `A或B`, `A（B）`) or a word it is made of (春秋 of `中小学春秋假`, 保教费 of 免保教费),
    literally or by a word near in meaning; a passage sharing only X's generic words (中小学) does not
    mention it."""
    m = mentioned(query.norm)
    if m is None:
        return True
    text = reader.flat[hit.chunk.chunk_id]
    names = [{w for w in [*words(a), *(t for t in query.terms if "|" not in t and t in a)]
              if len(w) >= 2 and reader.idf(w)} for a in alternatives(m[0])]
    if _SHARE_STATED.search(text):  # `占在编教师总数的9.8%` states the 比例 asked of it
        names = [{w for w in candidates if not _SHARE_WORD.fullmatch(w)} for candidates in names]
    named = set().union(*names)
    checked = False
    for candidates in names:
        if not candidates:
            continue
        checked = True
        # equally rare words (a compound and its parts, counted in the same passages): the longest, the
        # most specific, then by spelling — a set's order changes with the process's string hashing
        rarest = max(candidates, key=lambda w: (reader.idf(w), len(w), w))
        # a document titled on the thing (`…校园安全专项行动方案`) speaks of it in every clause: its other words
        # may stand in the title (`排查按属地管理原则开展` mentions 校园安全排查)
        if any(_together(w, named, clause)
               or has_term(w, clause) and _together(w, named, f"{clause}，{_title(reader, hit)}")
               for clause in _CLAUSES.findall(text) for w in candidates if w in rarest) \
                or reader.near is not None and _near_specific(reader, rarest, text):
            return True
    return not checked


def _holds_number_named(reader: Reader, query: Query, evidence: Evidence) -> bool:
    """The evidence's sentence names the X of `哪些文件提到X` as written when X holds a number (a time, 2030年春季): a
    passage naming it in another sentence, beside other times, says nothing of it in the one quoted."""
    m = mentioned(query.norm)
    numbered = [f for f in (letters(a) for a in alternatives(m[0])) if holds_number(f)] if m else []
    if not numbered:
        return True
    said = letters(reader.documents[evidence.hit.chunk.doc_id].text[evidence.span[0]:evidence.span[1]])
    return any(f in said for f in numbered)


def _states_figure(sentence: str) -> bool:
    """A sentence stating an amount (not a date: `10月下旬` dates it)."""
    return any(q.is_measure and q.unit not in _DATE_UNITS for q in find_quantities(sentence))


_UNIT_NOTE = re.compile(r"[(（][^)）]*[)）]")


def _names_column(table: Table, sentence: str) -> bool:
    """The sentence names a value column of the table (`学校数` of `学校数（所）`), its unit note aside."""
    said = flat(normalize(sentence))
    keys = key_columns(table)
    return any(len(name) >= 2 and name in said
               for name in (flat(normalize(_UNIT_NOTE.sub("", c))) for c in table.columns if c not in keys))


def _title(reader: Reader, hit: Hit) -> str:
    doc = reader.documents.get(hit.chunk.doc_id)
    return flat(normalize(doc.meta.title)) if doc is not None else ""


MIN_SAID_CHARS = 16  # a sentence shorter names a topic (`四是课后服务。`), a heading's or a list's opener
_SENTENCE = re.compile(r"[^？?。！!；;]+[？?。！!；;]?")


_DATE_UNITS = ("年", "月", "日")  # `10月下旬` dates a sentence, it states no amount


def _body_mention(reader: Reader, doc: Document, span: tuple[int, int], terms: list[str],
                  header: bool = False) -> tuple[Hit, tuple[int, int]] | None:
    """When the evidence is the document's own title line (`…关于X工作情况的通报`), which names the document, already
    named, and not what it states, or a table's header (`header`), which names a column, not what is set of it: the
    first sentence of its body naming the same term, one stating an amount before any other (as of a topic line,
    _fuller_sentence); None for any other evidence, or when no sentence of the body names the term."""
    text = doc.text
    said = flat(normalize(text[span[0]:span[1]]))
    named = [t for t in terms if has_term(t, said)]
    if not said or not named or not header and said not in flat(normalize(doc.meta.title)):
        return None
    naming = [(s, e) for s, e in split_sentences(text, 0 if header else span[1], len(text))
              if not any(t.start <= s < t.end for t in doc.tables)
              and any(has_term(t, flat(normalize(text[s:e]))) for t in named)]
    found = next(((s, e) for s, e in naming if any(q.is_measure and q.unit not in _DATE_UNITS
                                                   for q in find_quantities(text[s:e]))),
                 naming[0] if naming else None)
    return (chunk_hit(reader, doc, found[0]), found) if found else None


def _fuller_sentence(doc: Document, chunk: Chunk, span: tuple[int, int], terms: list[str]) -> tuple[int, int]:
    """The sentence a `哪些文件提到了X` answer quotes for a document: the evidence's, unless that is a short topic
    line (`四是课后服务。`) and a later sentence of the passage names the same term with a figure
    (`全县开展课后服务学校83所…`): that one says what the document states of it. A section's heading naming
    the term (`四、X入学`) is quoted with the first sentence of its body, which says what the section sets."""
    text = doc.text
    said = flat(normalize(text[span[0]:span[1]]))
    named = [t for t in terms if has_term(t, said)]
    if len(said) >= MIN_SAID_CHARS or not named:
        return span
    for m in _SENTENCE.finditer(text, span[1], chunk.end):
        sentence = flat(normalize(m.group()))
        if re.search(r"\d", sentence) and any(has_term(t, sentence) for t in named):
            return m.start(), m.end()
    if any(x.start == span[0] for x in doc.sections):
        body = _SENTENCE.search(text, span[1], chunk.end)
        if body is not None and body.group().strip():
            return span[0], body.start() + len(body.group().rstrip())
    return span


# a share asked by its word (交流轮岗比例, 占比) is stated as `占…的9.8%` as often as by the word
_SHARE_WORD = re.compile(r"比例|占比|比重|比率|佔比")
_SHARE_STATED = re.compile(r"[占佔][^。；;]{0,30}?(?:\d+(?:\.\d+)?%|百分之)")
NEAR_IDF_SHARE = 0.5  # of the word asked's rarity, a word near it in meaning must have


def _near_specific(reader: Reader, term: str, text: str) -> bool:
    """`text` holds a word near `term` in meaning that is itself specific: a word far more common than the term
    (学校 beside 校车, sharing a character) names what every document speaks of, not the thing asked."""
    found = reader.near_word(term, text)
    return found is not None and reader.idf(found[0]) >= NEAR_IDF_SHARE * reader.idf(term)


def _together(word: str, named: set[str], clause: str) -> bool:
    """`word` stands in `clause` (or its two words with a qualifier between: _written_apart) with another word
    of the thing named (of any of its alternatives; a school stage by any of its names, 学前 for 学前教育): a
    name made of common words (课后服务收费政策) is mentioned where its words stand together, not by one of
    them anywhere (免费 of 免费乘车)."""
    whole = has_term(word, clause)
    if not whole and not _written_apart(word, clause):
        return False
    others = [w for w in named if w not in word and word not in w]
    # written apart, it is the thing only beside another of its words (教师…工资 beside 公务员)
    return not others and whole or any(has_term(w, clause) or _same_stage(w, clause) for w in others)


# at most this many characters between a compound's two words written apart (`教师的月均工资` for 教师工资)
APART_CHARS = 4


def _written_apart(word: str, clause: str) -> bool:
    """A compound of two words (教师工资) written in the clause with a few words qualifying its head
    between them (`教师的月均工资`, `教师人均年工资`): documents say the thing so as often as by its name."""
    parts = [p for p in term_parts(word) if len(p) < len(word)]
    if len(parts) != 2 or "".join(parts) != word:
        return False
    return re.search(rf"{re.escape(parts[0])}[\u4e00-\u9fff]{{1,{APART_CHARS}}}?{re.escape(parts[1])}",
                     clause) is not None


def _same_stage(word: str, clause: str) -> bool:
    family = STAGE_FAMILIES.get(word)
    return family is not None and any(f == family and name in clause for name, f in STAGE_FAMILIES.items())


# `哪个`, `哪个省`, `哪里`: the words asking which place, and the ways places rank (高, 多, 快)
_WHICH_PLACE = r"哪(?:个|一个|里|家)?(?:地区|地方|区县|省份|省|市|县|区|地)?"
_WAYS = "高|多|大|快|低|少|小|慢"
# the ranking a comparison across places asks for (`哪个更高`, `哪个省最多`, `哪里较少`)
_RANKING = re.compile(rf"哪[^，,。？?]{{0,24}}?(?:更|最|较|比较)(?P<way>{_WAYS})"
                      rf"|{_WHICH_PLACE}(?P<bare>高|多|大|低|少|小)"
                      rf"|谁(?:更|最|较|比较)?(?P<who>{_WAYS})")


# a clause that only asks the ranking (`…各是多少？谁最低？`)
_RANKING_CLAUSE = re.compile(rf"(?:其中|那么|则)?{_WHICH_PLACE}(?:更|最|较|比较)?(?:{_WAYS})(?:一些|些|一点)?[呢吗]?")
_CLAUSES = re.compile(not_pauses("，。？?；;！!") + "+")
_LINE_CLAUSES = re.compile(not_pauses("，。？?；;！!\n") + "+")


# a gap asked between places (`A和B的X差多少`): each place is asked its own X, the gap computed from them
_GAP = re.compile(r"(?:相)?差(?:距|别)?(?:是|有|为)?(?:多少|多大|几)(?:个百分点)?|差距(?:有)?多大")
# a comparison asked with no direction (`A的X和B的Y相比如何`): the gap between them, the larger less the smaller
# a gap asked as one place's excess over the other's (`A比B的X高多少`, `A的X比B低几个百分点`): 比 of a
# comparison (not of 比例, 比重, 生师比, 比上年) before a direction asked by how much
_THAN = re.compile(r"(?<![占师])比(?![例重率上去前同较])")
_BY_HOW_MUCH = re.compile(r"(?:高|多|低|少|大|小|快|慢)(?:出|了)?(?:多少|几)(?:个百分点)?")
_HOW = re.compile(r"(?:相比|对比|比较|比)(?:起来)?(?:如何|怎样|怎么样)|有何差别|有什么差别")


def without_gap(query: Query) -> Query:
    """`A和B的X差多少` as `A和B的X是多少` for each place's own figure (the gap is ranking's)."""
    if len(query.regions) < 2 or not (_GAP.search(query.norm) or _compared_by(query.norm)):
        return query
    if _GAP.search(query.norm):
        norm, search_text = _GAP.sub("是多少", query.norm), _GAP.sub("", query.search_text)
        return replace(query, norm=norm, search_text=search_text, asked=classify(norm, query.intents))
    # `A比B的X高多少` as `A和B的X是多少`; its key terms read again, 比 having run into a word (在校生比)
    norm = _BY_HOW_MUCH.sub("是多少", _THAN.sub("和", query.norm, count=1))
    search_text = _BY_HOW_MUCH.sub("", _THAN.sub("和", query.search_text, count=1))
    bare = without_places(norm, query.regions, " ")
    return replace(query, norm=norm, search_text=search_text, asked=classify(norm, query.intents),
                   terms=key_terms(bare) or query.terms)


def _compared_by(norm: str) -> bool:
    """A gap asked as one side's excess over the other's: 比 of a comparison, then `高多少`."""
    than = _THAN.search(norm)
    return than is not None and _BY_HOW_MUCH.search(norm, than.end()) is not None


def _levels_asked(query: Query) -> Query:
    """The gap or ranking of places (`哪个高，高多少`) is computed from each place's own figure: each place
    is asked its level, not a difference within the place (a plan row's target less its baseline)."""
    if (_GAP.search(query.norm) or _RANKING.search(query.norm)) and query.operation == "difference" \
            and not query.asked.change:
        return replace(query, asked=replace(query.asked, operation=""))
    return query


def _one_place(query: Query) -> Query:
    """A place's part of a sum across places (`A的X和B的Y加起来`) as its own question: its figure, not a sum."""
    if query.operation != "sum":
        return query
    return replace(query, asked=replace(query.asked, operation=""))


def without_ranking(query: Query) -> Query:
    """The question without a clause of its own that asks only which place ranks first: the places'
    figures are looked up by the rest (`小学生师比各是多少`), the ranking made from them."""
    query = _levels_asked(query)
    counted = _counted_ranking(query)
    if counted is not None:
        return counted
    clauses = _CLAUSES.findall(query.norm)
    dropped = [c for c in clauses if _RANKING_CLAUSE.fullmatch(c.strip())]
    if not dropped or len(dropped) == len(clauses):
        return _trailing_ranking_asked(query)
    norm, search = query.norm, query.search_text
    for clause in dropped:
        norm, search = norm.replace(clause, ""), search.replace(clause, "")
    return replace(query, norm=norm, search_text=search,
                   terms=[t for t in query.terms if not any(t in clause for clause in dropped)])


# a ranking closing the clause that names the thing ranked (`A和B的X增幅哪个更高`, `…入园率谁高`)
_TRAILING_RANKING = re.compile(rf"(?<=[\u4e00-\u9fff])(?:的)?(?:{_WHICH_PLACE}|谁)"
                               rf"(?:更|最|较|比较)?(?:{_WAYS})(?:一些|些|一点)?[呢吗]?(?=[，,。？?]|$)")


def _trailing_ranking_asked(query: Query) -> Query:
    """`A和B的X哪个更高` as `A和B的X是多少`: each place is asked its X as a figure, the ranking made from
    them; the words of the ranking (高, 大) would otherwise draw each place's evidence to sentences about
    another thing that is higher or larger. A bare count ranked (`_counted_ranking`'s) is read before this,
    by without_ranking, its one caller."""
    m = _TRAILING_RANKING.search(query.norm)
    if m is None or m.start() == 0 or place_asks(query):
        return query  # (each place asked its own thing: `A的X目标和B的X哪个高` is read by place_asks)
    norm = query.norm[:m.start()] + "是多少" + query.norm[m.end():]
    search = _TRAILING_RANKING.sub("", query.search_text, count=1)
    return replace(query, norm=norm, search_text=search, asked=replace(classify(norm, query.intents),
                                                                       operation=query.asked.operation))


# a bare `哪个多/少` closing a question of places that asks no number: what it ranks is a count
_COUNT_RANKING = re.compile(rf"(?P<noun>[^\W\d]{{2,}})(?:的数量|数量|人数|数)?"
                            rf"{_WHICH_PLACE}(?:更|比较|较)?[多少](?:一些|些|一点)?[呢吗？?]*$")


def _counted_ranking(query: Query) -> Query | None:
    """`A和B特岗教师谁多` as `…教师有多少名` when its noun takes a counter (教师 → 名): each place's
    count is looked up as such, not the first figure of a sentence naming the noun (a rule's `不低于10%`)."""
    m = _COUNT_RANKING.search(query.norm)
    if m is None or query.asks_number or query.units:
        return None
    counter = noun_counter(m.group("noun"))
    if counter is None or _ranks_money(m.group("noun")):
        return None
    norm = query.norm[:m.end("noun")] + f"有多少{counter}"
    search = _COUNT_RANKING.sub(lambda x: f"{x.group('noun')}有多少{counter}", query.search_text)
    return replace(query, norm=norm, search_text=search, asked=classify(norm, query.intents))


_COMPARED_ITEMS = re.compile(r"和|与|跟|同|、")


def _ranks_money(noun: str) -> bool:
    """Whether a thing ranked closes on money (`A操场翻新的钱和B夏令营总经费比`): sums of money, not a count of the
    things (操场) an amount is spent on."""
    return any(item.endswith(tuple(money_nouns())) for item in _COMPARED_ITEMS.split(noun.removesuffix("比")))


# a figure stated as a target or a floor set (`不低于10%`, `力争`), not a value achieved; not 以上, which
# bounds a value either way (a report's `巩固率保持在95%以上` is achieved, a plan's floor has its own words)
_TARGET_WORDS = re.compile(r"不低于|不少于|力争|争取|目标")
_NAMED = re.compile(r"《[^《》]*》")
# a question that itself asks a requirement or plan of one place (`距B规定的标准还差几个点`)
_ASKED_TARGET = re.compile(r"要求|规定|计划|标准|目标")


def targets_beside_achieved(q: str, each: _Lines) -> str:
    """When places are ranked or their gap asked and some state only a target (a plan's floor, a
    work report's 力争) while others state a value achieved, the note naming which is which; '' when
    they are alike or the question itself sets a target against a value (`…和B的目标比`)."""
    if _ASKED_TARGET.search(q) or (_RANKING.search(q) is None and _GAP.search(q) is None and _HOW.search(q) is None) \
            or len(each.placed) < 2:
        return ""
    said = {line.split("：", 1)[0]: line for line in each.lines}
    # (a table or section named in 《》 — `《二、主要目标》` over a baseline's row — is where, not what, a line states)
    targets = [place for place, _ in each.placed if _TARGET_WORDS.search(_NAMED.sub("", said.get(place, "")))]
    achieved = [place for place, _ in each.placed if place not in targets]
    if not targets or not achieved:
        return ""
    return (f"注：{'、'.join(targets)}只给出目标（下限），{'、'.join(achieved)}为实际值，二者口径不同，"
            f"未直接比较。")


def ranking(q: str, each: _Lines) -> tuple[str, Figure] | None:
    """`哪个更高` answered from the places' own figures: the highest (lowest) and, of two places, by how
    much (b − a, 个百分点 for rates). Only when every place gave one figure and all are in one unit:
    a place with two figures (a baseline and a target) or none is not ranked by guess."""
    m = _RANKING.search(q)
    gap = m is None and ((_GAP.search(q) or _HOW.search(q)) is not None or _compared_by(q))
    if (m is None and not gap) or len(each.placed) < 2 or any(len(figures) != 1 for _, figures in each.placed):
        return None
    try:
        operands = [Operand.literal(f"{f[0].value:g}{f[0].unit}", label=place) for place, f in each.placed]
    except ComputeError:
        return None
    if len({o.unit for o in operands}) > 1 or any(f[0].formula for _, f in each.placed):
        return None
    way = (m.group("way") or m.group("bare") or m.group("who")) if m else "高"
    highest = way in "高多大快"
    ordered = sorted(operands, key=lambda o: o.value, reverse=highest)
    ids = sorted({i for _, f in each.placed for i in f[0].citation_ids})
    if ordered[0].value == ordered[1].value and not gap:
        return None  # a tie at the top: the lines say it
    top = ordered[0]
    if len(operands) == 2:  # by how much: the higher less the lower
        high, low = (ordered[0], ordered[1]) if highest else (ordered[1], ordered[0])
        diff = compare(high, low, label=f"{high.label}比{low.label}")
        head = f"相差（{high.label} − {low.label}）" if gap else f"{top.label}更{way}"
        line = f"{head}：{diff.formula.split('（')[0]}"
        figure = computed_figure(diff, ids[0])
    elif gap:  # a gap asked of more than two places: the highest less the lowest (最大差距)
        high, low = ordered[0], ordered[-1]
        diff = compare(high, low, label=f"{high.label}比{low.label}")
        line = f"最高与最低相差（{high.label} − {low.label}）：{diff.formula.split('（')[0]}"
        figure = computed_figure(diff, ids[0])
    else:
        word = f"最{way}"
        line = f"{top.label}{word}（{'、'.join(f'{o.label}{o.value / o.scale:g}{display_unit(o)}' for o in ordered)}）"
        figure = Figure(label=f"{word}：{top.label}", value=top.value / top.scale, unit=display_unit(top))
    figure.citation_ids = ids
    return line, figure


def unlike_sum(query: Query, each: _Lines) -> str:
    """When a sum is asked over places whose figures are one a rate per head (`每生每年20元`) and another a total
    (`共1500万元`), the note that they cannot be added; '' otherwise. A notice or plan states its standard per
    student and leaves the total to the count of students, a budget states its total."""
    if query.operation != "sum" or len(each.placed) < 2:
        return ""
    # by the figure's own clause: a total after its standard (`按每生每年30元标准安排…，2026年安排41.4万元`) is a total
    rated = [place for place, figures in each.placed
             if figures and all(per_head_words((_CLAUSES.findall(f.label) or [""])[-1]) for f in figures)]
    if not rated or len(rated) == len(each.placed):
        return ""
    return f"无法相加：{'、'.join(rated)}的数是按每人（每生）计的标准，不是总额，不能与其他地区的总额相加。"


def summed(query: Query, each: _Lines) -> tuple[str, Figure] | None:
    """`A和B加起来有多少`: the places' own figures added up — only when every place gave one stated figure and all
    are in one unit (a place with a baseline and a target, or none, is not added by guess)."""
    if query.operation != "sum" or len(each.placed) < 2 or any(len(f) != 1 or f[0].formula for _, f in each.placed):
        return None
    try:
        added = total([Operand.literal(f"{f[0].value:g}{f[0].unit}", label=place) for place, f in each.placed])
    except ComputeError:
        return None
    figure = computed_figure(added, sorted({i for _, f in each.placed for i in f[0].citation_ids})[0])
    figure.citation_ids = sorted({i for _, f in each.placed for i in f[0].citation_ids})
    return f"合计（{' + '.join(place for place, _ in each.placed)}）：{added.formula}", figure


# where the shared ask of a list of places starts (`…分别是多少`, `…各多少`)
# (a deadline asked after the last place is every place's: `A的X和B的Y的最后期限各在哪天`, `…的时限是什么`)
# (a deadline asked by its noun alone closes the question with no asking word: `A的X和B的Y的截止日期`)
_SHARED_ASK = re.compile(r"(?:的)?(?:(?:截止日期|截止时间|最后期限|期限|时限)的?)?(?:分别|各自?|都)?(?:是|有|为|在)?"
                         r"(?:多少|几|是什么|什么|哪些|哪一?天)|"
                         r"(?:的)?(?:截止日期|截止时间|最后期限|期限|时限)(?:分别|各自?|都)?[?？]?$")
_JOINS = "和与及、,，以及 "
# a place's words closing on an asking word, or asking a time anywhere (`A何时验收X，B的Y哪一天办完`): its own ask
_OWN_ASK = re.compile(r"(?:多少|几)$|什么时候|何时|哪一?天")


def place_asks(query: Query) -> dict[str, str]:
    """Each place's own ask when the question names a different thing after each place
    (`A三年来的投入和B“十二五”的教育支出各是多少`): place (normalised) → its words with the shared
    ask. Empty when the places are listed together before one thing (`A、B、C的X分别是多少`)."""
    norm = query.norm
    found = []
    for region in query.regions:
        name = normalize(region)
        at = next(((m, len(form)) for form in (name, short_name(name)) if form and (m := norm.find(form)) >= 0),
                  None)
        if at is None:
            return {}
        found.append((at[0], at[0] + at[1], name))
    found.sort()
    if len(found) < 2:
        return {}
    own_sentences = _own_sentences(norm, found)
    if own_sentences:
        return own_sentences
    tail = _SHARED_ASK.search(norm, found[-1][1])
    # no shared ask, as when a ranking follows the two (`A实际的X，和B定的Y目标比，哪个高`; the ranking
    # clause is dropped before the places are asked): each place's own words up to it, asked for its figure
    ranked = _RANKING.search(norm, found[-1][1]) if tail is None else None
    # (from the pause before the ranking, or the ranking itself when no pause precedes it)
    stop_at = tail.start() if tail is not None else len(norm) if ranked is None \
        else clause_start(norm, ranked.start(), _QUESTION_PAUSE) or ranked.start()
    bounds = [f[0] for f in found[1:]] + [stop_at]
    own = {name: _uncompared(norm[end:stop].strip(_JOINS + "?？")).strip(_JOINS)
           for (_, end, name), stop in zip(found, bounds)}
    own = _levels_of_the_other(_measure_of_the_last(own))
    if not all(key_terms(words) for words in own.values()) or len(set(own.values())) < 2:
        return {}
    ask = EACH.sub("", norm[tail.start():], count=1) if tail is not None else "是多少"
    # a year named before the first place (`2024年A计划的X和B实际的Y`) is every place's that names none
    lead = "".join(re.findall(r"(?:19|20)\d\d年", norm[:found[0][0]]))
    # (a place whose words hold their own asking word, `A的X多少，B的Y多少`, is asked by them, not again)
    return {name: f"{'' if _YEAR_WORDS.search(words) else lead}{words}{'' if _OWN_ASK.search(words) else ask}"
            for name, words in own.items()}


def _uncompared(words: str) -> str:
    """A place's words without the comparing word closing them (`B的X比`), a ratio's name ending in 比 kept
    (生师比, server/lexicon/ratio_wordings.tsv)."""
    return words if words.endswith(ratio_wordings()["name"]) else _COMPARED.sub("", words)


def _measure_of_the_last(own: dict[str, str]) -> dict[str, str]:
    """Places asked each of its own stage and the measure said once, after the last (`A高中和B中职的生师比`):
    every place named only by a stage (no 的, no other word) is asked that measure of its stage too."""
    names = list(own)
    *_, measure = own[names[-1]].rpartition("的")
    if "的" not in own[names[-1]] or not key_terms(measure) or stages_of(measure):
        return own
    return {name: f"{words}的{measure}" if name != names[-1] and stages_of(words) == [words] else words
            for name, words in own.items()}


def _levels_of_the_other(own: dict[str, str]) -> dict[str, str]:
    """A place asked only for the level (`B2027年规定的标准`) of what another place is asked (`A2024年的
    课后服务参与率`): its words with that thing's, its own year and kind kept."""
    bare = [name for name, words in own.items() if not key_terms(words) and _LEVEL.search(words)]
    subject = next((_YEAR_WORDS.sub("", words) for name, words in own.items() if key_terms(words)), "")
    if not bare or not subject:
        return own
    return {name: f"{words}{subject}" if name in bare else words for name, words in own.items()}


def _years_in(years: list[str], text: str) -> list[str]:
    """Of the question's years, those its part `text` names."""
    return [y for y in years if y in text]


# the words closing a thing compared with another (`…目标比`, `…相比`, `…比较`)
_COMPARED = re.compile(r"(?:(?:相比|对比|比较|比)(?:而言|来看|起来|如何|怎样|怎么样)?|离|距离|(?<!差)距|还|也)$")
# a place's words that only point to the level of what another place is asked (`距B规定的标准还差几个点`)
_LEVEL = re.compile(r"水平|标准|要求|目标|规定|程度|数值|上限|下限")
_YEAR_WORDS = re.compile(r"(?:19|20)\d\d年?(?:底|末)?的?")
_QUESTION_PAUSE = re.compile(r"[，,；;]")  # the pauses that open a question's ranking clause


# a sentence's pointer back to the figure another sentence asks (`在这个范围内吗`, `达到该标准了吗`): not
# words its own document states; its place is asked for its own figure, compared in the answer's lines
_POINTER_BACK = re.compile(r"(?:是否)?(?:在|达到|达|符合|满足|超过|超出|低于|高于|不超过)?了?"
                           r"(?:这个|这一|这|该|此|上述|上面的?)(?:范围|标准|要求|上限|下限|水平|数值?|值|规定)"
                           r"(?:内|以内|之内|以下|以上)?了?[吗呢]?")


# an asking word (`多少`, `几`, `什么`): a run of words holding one and followed by a space then another is a whole ask
_ASKING = re.compile(r"多少|几|什么|哪")


def _asks_apart(norm: str) -> str:
    """Two asks written one after the other with only a space or a comma between (`A评了多少X B评了多少Y`; the
    service writes a space as a comma): that pause read as the end of a sentence (same length, so positions hold),
    when the words on each side hold an asking word."""
    out = list(norm)
    start = 0
    for m in re.finditer(r"[\s,]", norm):
        if _ASKING.search(norm[start:m.start()]) and _ASKING.search(norm[m.end():]):
            out[m.start()] = "；"
            start = m.end()
    return "".join(out)


def _own_sentences(norm: str, found: list[tuple[int, int, str]]) -> dict[str, str]:
    """Each place's own sentence when every place asked is named in a sentence of its own
    (`A规定的X上限是多少？B的Y在这个范围内吗？`): the sentence without the place, as its ask."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(_asks_apart(norm)) if m.group().strip()]
    spans = [next(((a, b) for a, b in sentences if a <= start and end <= b), None) for start, end, _ in found]
    if len(sentences) < 2 or None in spans or len(set(spans)) < len(spans):
        return {}
    asks = {name: _POINTER_BACK.sub("", norm[a:start] + norm[end:b]).strip(_JOINS)
            for (start, end, name), (a, b) in zip(found, (s for s in spans if s))}
    return asks if all(key_terms(words) for words in asks.values()) else {}


def _candidates(ask: Ask) -> tuple[list[str], bool]:
    """The documents whose passages a wide search finds (the best MAX_DOCUMENTS) by id, and
    whether more were found than are kept."""
    found = list(dict.fromkeys(h.chunk.doc_id for h in ask.search(ask.query, None, k=2 * POOL)))
    return sorted(found[:MAX_DOCUMENTS]), len(found) > MAX_DOCUMENTS


def _parts(reader: Reader, query: Query, doc_ids: list[str]) -> Iterator[tuple[str, str | None]]:
    """(document, place) to answer for: a document that serves several places (a meeting's
    speeches by a city and a county, a joint report) once per place asked — or per place it serves
    when the question names none; any other document once, for whatever place it is about."""
    asked = {normalize(r) for r in query.regions}
    for doc_id in doc_ids:
        doc = reader.documents.get(doc_id)
        served = doc.meta.region if doc else []
        places = [r for r in served if not asked or normalize(r) in asked]
        if len(served) > 1 and (len(places) > 1 or asked and places):
            yield from ((doc_id, p) for p in places)
        else:
            yield doc_id, None


class SeveralDocuments(PerDocument):
    """A figure asked with no place named (`2026年城镇新增就业目标是多少`) that several documents of
    different places state in full: one line per document, not one document's figure as if it were
    the only one. Documents count when their best sentence carries every key term, the year asked
    and a number of the kind asked."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if query.regions or query.intents & {"compare", "which"} or not query.asks_number or query.operation \
                or len(query.asks) > 1 or ask.scope is not None and len(ask.scope) < 2:
            return None
        by_doc: dict[str, list[Hit]] = {}
        for hit in ask.ranked:
            by_doc.setdefault(hit.chunk.doc_id, []).append(hit)
        stating = [d for d, hits in by_doc.items()
                   if reader.evidence(query, hits).value >= FULL_SUPPORT and reader.year_ok(query, hits[0])]
        places = {tuple(reader.documents[d].meta.region) for d in stating}
        if len(stating) < 2 or len(places) < 2:
            return None
        if any(short_name(normalize(r)) in query.norm for d in stating for r in reader.documents[d].meta.region):
            # it does name one of their places, in a form not recognised as a place (a short name
            # carrying a full name's suffix)
            return None
        each = self.each(ask, stating[:MAX_DOCUMENTS], False)
        if len(each.lines) < 2:
            return None
        head = f"问题未指明地区，{len(each.answered)}份文件都有说明：\n"
        return Draft(head + "\n".join(each.lines), False, ask.book.citations, each.figures)


# which of two documents was issued first (`A方案和B方案哪个先发的`, `哪份文件印发得早`): their dates compared
_ISSUED_ORDER = re.compile(r"哪(?:个|份|一个|一份)?(?:文件|方案|通知)?[^，,。？?]{0,4}(?:先|早|晚|后)"
                           r"(?:发|印发|发布|出台|下发|公布)|(?:发布|印发|出台|下发|发文|公布)(?:时间|日期)?[^，,。？?]{0,4}(?:更|较)?(?:早|晚)")
_LATER = re.compile(r"晚|后(?:发|印发|发布|出台|下发|公布)")


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def issued_order(ask: Ask, doc_ids: list[str]) -> Draft | None:
    """Of the places asked (one document each, the one whose title the question names most), which
    document was issued first, by the dates their metadata read from them, each date line cited; None
    unless every place asked has one dated document."""
    reader, book, q = ask.reader, ask.book, normalize(ask.query.norm, drop_space=True)
    if len(ask.query.regions) < 2:
        return None
    dated = []
    for region in ask.query.regions:
        own = [d for d in doc_ids if normalize(region) in map(normalize, reader.documents[d].meta.region)]
        if not own:
            return None
        doc = max((reader.documents[d] for d in own),
                  key=lambda x: len(_pairs(q) & _pairs(normalize(x.meta.title, drop_space=True))))
        span = date_line(doc.text, doc.meta.date) if doc.meta.date else None
        chunk = next((c for c in reader.chunks_of[doc.doc_id] if span and c.start <= span[0] < c.end), None)
        if span is not None and chunk is not None and span[1] > chunk.end:  # the issuer's line in another passage
            span = (span[1] - len(doc.text[span[0]:span[1]].rsplit("\n", 1)[-1]), span[1])
            chunk = next((c for c in reader.chunks_of[doc.doc_id] if c.start <= span[0] < c.end), None)
        if span is None or chunk is None:
            return None
        dated.append((doc.meta.date, doc, book.cite(Hit(-1, chunk, 0.0), *span), span))
    if len({d for d, *_ in dated}) < len(dated):
        return None  # the same day: no order to tell
    ordered = sorted(dated, key=lambda x: x[0], reverse=bool(_LATER.search(q)))
    lines = [f"{region_of(doc)}《{normalize(doc.meta.title)}》：{written_form(date)}"
             f"（“{' '.join(doc.text[a:b].split())}”）[{n}]" for date, doc, n, (a, b) in dated]
    first = ordered[0][1]
    word = "晚" if _LATER.search(q) else "早"
    return Draft(f"{region_of(first)}《{normalize(first.meta.title)}》发布得更{word}。\n" + "\n".join(lines), False,
                 book.citations)
