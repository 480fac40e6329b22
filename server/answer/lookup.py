"""Answers from one piece of evidence: a table row (its cells, a change between its year columns,
a share of its parent row, a pass/fail check) or a sentence (the quantity asked for, quoted in
its clause, or the sentence itself)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from figures.compute import Computation, Operand, display_unit
from figures.extract import attribute_cell
from figures.indicators import match_stage
from figures.numbers import Quantity, canonical_unit, find_quantities, is_unit, parse_number, same_base_unit
from figures.standards import BOUNDS
from figures.tablequery import EMPTY_CELL, is_total, key, of_asked_kind, total_column, unit_note
from figures.years import YEAR_DIGITS, years_named
from ingest.clauses import clause_end, clause_start
from ingest.models import Cell, Document, Row, Table
from ingest.normalize import normalize, pauses
from ingest.numerals import CN_DIGITS
from ingest.structure import split_sentences
from ingest.tables import BRACKETED_NOTE, UNIT_NOTE_END, key_columns, label_column, row_label, row_unit_of
from server.answer.allrule import all_rule_judged
from server.answer.askedcolumn import (
    asked_noun,
    column_kinds,
    count_unit,
    counted_head,
    headed_by,
    header_unit,
    sibling_count_unit,
)
from server.answer.askedframe import SCORE_TABLE
from server.answer.askedkind import bound_for_existing
from server.answer.barstandard import rule_against_standard
from server.answer.base import Ask
from server.answer.clocktime import asks_clock, clock_clause, stage_clocks
from server.answer.complements import both_asked
from server.answer.computed import prose_computation
from server.answer.condition import condition_after
from server.answer.countshare import share_after
from server.answer.draft import CitationBook, Claim, Draft, table_name, table_of
from server.answer.evidence import CANDIDATES, COVER_MIN, Reader, total_asked, unit_kind
from server.answer.findings import asks_done, outcome_of
from server.answer.focustime import as_time, asks_time, time_stating
from server.answer.frequency import (
    asks_how_often,
    frequencies_after,
    frequency_sentence,
    states_frequency,
)
from server.answer.goals import GOAL_ASKED, GoalStatement
from server.answer.levels import deadline_lead
from server.answer.measures import introduced, marker_shape, section_end
from server.answer.partunit import part_unit, whole_of_part
from server.answer.prosecells import OWN_NAME_MIN, prose_form, restating_sentence, stated_in_text
from server.answer.quoteonly import QuotedClauses, asks_count, quoted_answer
from server.answer.reachedrule import reached_against_rule, rule_for_reached
from server.answer.sections import chunk_hit
from server.answer.stating import DAY_ASKED, aim_stating, aim_verb, item_dated, weekday_stating, with_exception
from server.answer.tables import column_named, most_named, named_row, naming_columns
from server.answer.text import (
    ASKS_LIST,
    ASKS_WHEN,
    ASKS_WHO,
    MAX_CLAUSE_CHARS,
    MEASURE_LEAD_CHARS,
    actor_before,
    answer_lines,
    clause,
    closed,
    colon_list,
    column_name,
    computed_figure,
    counter_written,
    display,
    fitting_quantities,
    flat,
    item_of,
    measure_span,
    naming_clauses,
    pick_quantity,
    purpose_after,
    quantity_figure,
    range_ends,
    region_of,
    run_on,
    shown,
    split_after,
    stated_cell,
    unstated,
)
from server.answer.whichrow import asked_kind, names_asked, names_one
from server.calc import (
    BASE_COLUMN,
    CURRENT,
    companion_checks,
    compliance,
    parts_by_share,
    restates_bar,
    starting_values,
    students_in,
    table_change,
    table_compute,
    verdict_text,
    year_rows_change,
)
from server.intent import ASKS_WEEKDAY, COUNTERS, STATES_WEEKDAY, asked_counter
from server.lexicon import money_kinds, people_groups, stages_named, unit_nouns
from server.query import BREAKDOWN, STAGES, Query
from server.retrieve import Hit
from server.rowcounter import row_people_unit
from server.schemas import Figure

_EACH = re.compile(r"分别")  # asks the same measure of several things at once
# a level asked as what a rule requires (`联网率要求多少`): a target, shown with the deadline it is set by
_ASKS_REQUIRED_LEVEL = re.compile(r"要求(?:是|为|达到|要达到)?(?:多少|几)")
# asks for the goals a sentence sets, not one amount (`十三五要实现什么目标`): each of its figures
# … or what a thing is to reach, asked closing on 达到什么 (`X要达到什么`): every goal its target sentence sets; not
# 达到什么水平, the level of one measure (a sentence's other goals are other measures')
_GOALS_ASKED = re.compile(r"(?:什么|哪些)(?:目标|指标)|达到(?:什么|哪些)(?:程度|要求)?[?？]?$")
_AMOUNT_ASKED = re.compile(r"多少|几")


class TableAnswer:
    """The evidence is a table row: its value(s) for the year asked, or what the question computes."""

    def try_answer(self, ask: Ask) -> Draft | None:
        hit = ask.evidence.hit
        doc = ask.reader.documents[hit.chunk.doc_id]
        table = table_of(doc, hit.chunk)
        if table is None or hit.chunk.row_index is None:
            named = _row_of_named_column(ask) or _total_row_under_title(ask)
            if named is None:
                return None
            hit = named
            table = table_of(ask.reader.documents[hit.chunk.doc_id], hit.chunk)
            if table is None or hit.chunk.row_index is None:
                return None
        hit, row = _row_of_unit(ask.reader, ask.query, table, hit, table.rows[hit.chunk.row_index])
        hit, row = _row_named(ask, table, hit, row)
        hit, row = _total_of_overall_rate(ask, table, hit, row)
        if _count_unheaded(ask.query, table, row):
            # the prose's sentence answers, if any states the count: the row's counts are of other things
            prose = [h for h in ask.ranked if h.chunk.row_index is None]
            if prose:
                ask.use(ask.reader.evidence(ask.query, prose))
            return None
        data = [c for c in row.cells if c.column not in key_columns(table)]
        if not row_values(ask.query, data):
            # a row of words the question names and asks no number of: each worded cell is what it says of it
            worded = [c for c in data if re.search(r"[\u4e00-\u9fff\d]", c.text or "")]
            if ask.query.asks_number or not _row_asked(table, row, worded, ask.query.norm):
                return None  # a row of words, or of ratios where an amount is asked: the prose may state it
            # (their numbers, `缺3天`, are words quoted of the row, not a figure asked: nothing for the verifier to
            # weigh as the answer's)
            said = text_answer(ask.reader.documents[hit.chunk.doc_id], table, row, hit, worded, ask.book)
            return replace(said, figures=[], claims=[])
        return table_answer(ask.reader, ask.query, hit, table, row, ask.book)


def _row_named(ask: Ask, table: Table, hit: Hit, row: Row) -> tuple[Hit, Row]:
    """The row whose label a question asking no number names, where the evidence is another row of its table
    that only mentions it in a worded cell (`甲类 | … | 乙类须办园满5年` for what an 乙类 needs)."""
    named = None if ask.query.asks_number else named_row(table, key(ask.query.norm))
    chunk = ask.reader.row_chunk(table, named.index) if named is not None and named is not row else None
    return (replace(hit, chunk=chunk), named) if chunk is not None and named is not None else (hit, row)


def _total_of_overall_rate(ask: Ask, table: Table, hit: Hit, row: Row) -> tuple[Hit, Row]:
    """A rate asked of the whole (`…的钱花出去几成了`) naming no row of a table by items (`项目 | … | 执行率`,
    `合计`): the total row's rate, the place's own, never the first item's the search ranked best. A row is
    named by its label whole or by its label's first two characters (`小学` of `小学教育`)."""
    if "%" not in ask.query.units or is_total(row_label(table, row)):
        return hit, row
    q = key(ask.query.norm)
    labels = [key(row_label(table, r)) for r in table.rows]
    if named_row(table, q) is not None or any(len(label) >= 2 and label[:2] in q for label in labels):
        return hit, row
    totals = [r for r in table.rows if is_total(row_label(table, r))]
    chunk = ask.reader.row_chunk(table, totals[0].index) if len(totals) == 1 else None
    return (replace(hit, chunk=chunk), totals[0]) if chunk is not None else (hit, row)


def _row_asked(table: Table, row: Row, worded: list[Cell], q: str) -> bool:
    """The question names the row by its label or a naming cell held whole (`某中学查出了哪些问题` of an
    inspection table's 学校 | 检查事项 | 发现问题 row) and, beside the name, words of a worded cell's header or text
    (检查, 问题): what those cells say answers it — not a thing the row never speaks of (`某小学校长是谁`)."""
    asked = key(q)
    naming = naming_columns(table) | {key(label_column(table))}
    names = [text for c in row.cells if key(c.column) in naming
             and len(text := key(c.text)) >= OWN_NAME_MIN - 1 and text in asked]
    rest = asked.replace(names[0], "") if names else ""
    said = "".join(key(c.column) + key(c.text) for c in worded)
    return any(rest[i:i + 2] in said for i in range(len(rest) - 1))


def _count_unheaded(query: Query, table: Table, row: Row) -> bool:
    """The question asks a count by its name (`招生数`) that no header of the table nor the row's label holds,
    and the row gives several counts: each of them is another count (学校数, 在校生数), none the one asked."""
    named = flat(normalize("".join(table.columns) + row_label(table, row)))
    values = [c for c in row.cells if c.column not in key_columns(table) and parse_number(c.text)]
    return len(values) >= 2 and any(len(t) >= 3 and t.endswith("数") and not _STATISTIC_NAME.search(t)
                                    and flat(t[:-1]) not in named for t in query.terms)


# names ending in 数 that are statistics, not counts (校际差异系数, 发展指数): a table's column answers them
_STATISTIC_NAME = re.compile(r"(?:系|指|倍|分|参)数$")


def _row_of_named_column(ask: Ask) -> Hit | None:
    """A table row standing for a sentence that names another thing of the same kind: the question
    names a table's column (a school, a place, a stage of an indicator × school table) the evidence
    sentence never names (`东关中学…面积` against `西岭中学…面积为8.4平方米`); the row of the table
    covering the question's key terms is what the column asked states. None when no such row."""
    evidence = ask.evidence
    said = flat(normalize(ask.reader.documents[evidence.hit.chunk.doc_id].text[slice(*evidence.span)]))
    asked = flat(ask.query.norm)
    cover = ask.reader.cover(ask.query)
    best: tuple[float, Hit] | None = None

    def unlike(cell: Cell) -> bool:
        # a sentence stating a figure of the unit asked (a share) is not displaced by a cell of another unit
        return evidence.states and bool(ask.query.units) and _base_unit(cell) not in ask.query.units

    for hit in ask.ranked[:CANDIDATES]:
        table = table_of(ask.reader.documents[hit.chunk.doc_id], hit.chunk)
        if table is None or hit.chunk.row_index is None:
            continue
        row = table.rows[hit.chunk.row_index]
        named = [c for c in row.cells if len(k := flat(key(c.column))) >= OWN_NAME_MIN - 1 and k in asked
                 and k not in said and parse_number(c.text) and not re.search(r"\d", k) and not unlike(c)]
        value = cover(named[0].column + row_label(table, row)) if named else 0.0
        if named and value >= COVER_MIN and (best is None or value > best[0]):
            best = (value, hit)
    return best[1] if best else None


def _total_row_under_title(ask: Ask) -> Hit | None:
    """A total asked (`一共多少名选手`) where the evidence sentence is its document's own title (no figure): the
    one total row (合计) of that document's tables among the leading passages that, read with the title's words, is
    as well supported and states a figure in the unit asked — the whole, where a sentence of the document states
    the figure only per unit (`每校4名`). None when no such row, or several."""
    reader, query = ask.reader, ask.query
    if not query.asks_number or not query.units or not total_asked(query):
        return None
    doc = reader.documents[ask.evidence.hit.chunk.doc_id]
    title = flat(normalize(doc.meta.title))
    if flat(normalize(doc.text[slice(*ask.evidence.span)])).strip("#") != title:
        return None
    chosen = round(ask.evidence.value, 2)
    found: list[Hit] = []
    for hit in ask.ranked[:CANDIDATES]:
        table = table_of(doc, hit.chunk) if hit.chunk.doc_id == doc.doc_id else None
        if table is None or hit.chunk.row_index is None:
            continue
        row = table.rows[hit.chunk.row_index]
        units = {canonical_unit(u) for u in row_units(table, row)}
        if is_total(row_label(table, row)) and units & {canonical_unit(u) for u in query.units} \
                and round(reader.coverage(query, reader.flat[hit.chunk.chunk_id] + "\n" + title)[0], 2) >= chosen:
            found.append(hit)
    return found[0] if len(found) == 1 else None


def _row_of_unit(reader: Reader, query: Query, table: Table, hit: Hit, row: Row) -> tuple[Hit, Row]:
    """The row of the unit asked: a table that gives a count and a share of the same thing in two
    rows (`达标学校数(所)` and `达标学校比例(%)`) answers `多少所` from the first and `比例` from the
    second. Another row of the same group is taken only when its cells are in the unit asked and the
    evidence row's are not, and it carries as many of the question's key terms, or is the one whose label
    holds the noun asked."""
    if not query.units:
        return hit, row

    def fits(r: Row) -> bool:
        units = row_units(table, r)
        return bool(units) and units <= set(query.units)

    if fits(row):
        return hit, row
    cover = reader.cover(query)
    own = cover(row_label(table, row))
    siblings = [r for r in table.rows if r is not row and r.group == row.group and fits(r)
                and cover(row_label(table, r)) >= own]
    # …or, with none, the one whose label holds the noun the amount is asked of (`2027年投入多少` of a targets
    # table by year: its 年度投入（万元） row, beside indicator rows in 所 sharing more of the question's words)
    noun = _noun_asked().search(normalize(query.norm, drop_space=True))
    holding = [r for r in table.rows if r is not row and r.group == row.group and fits(r)
               and noun is not None and noun.group("noun") in key(row_label(table, r))]
    siblings = siblings or (holding if len(holding) == 1 else [])
    for sibling in siblings:
        chunk = reader.row_chunk(table, sibling.index)
        if chunk is not None:
            return replace(hit, chunk=chunk), sibling
    return hit, row


@lru_cache(maxsize=1)
def _noun_asked() -> re.Pattern[str]:
    """A noun of server/lexicon/unit_nouns.tsv right before the asking word (`2027年投入多少`), no counter after."""
    nouns = "|".join(sorted(map(re.escape, unit_nouns()), key=len, reverse=True))
    return re.compile(rf"(?P<noun>{nouns})(?:是|为|有|大概|大约|一共|共|计划|要)*(?:多少|几)(?![{COUNTERS}人])")


def table_answer(reader: Reader, query: Query, hit: Hit, table: Table, row: Row, book: CitationBook,
                 shown: Row | None = None, each: bool = False) -> Draft:
    """`row` holds the cells to choose from; `shown` (default `row`) the cells the quoted row lists; `each`: every
    value cell of `row` is asked (the caller chose one per ask of several), none narrowed by the question's words."""
    doc = reader.documents[hit.chunk.doc_id]
    label = closed(row_label(table, row))
    note = row_unit(table, row)
    data = _value_cells(table, row, note)
    values = row_values(query, data)
    # a plan indicator's 属性 (约束性) says what kind of target its value is: shown beside worded cells too, as
    # a figure's notes show it
    attribute = attribute_cell(row)
    if not values and (texts := _text_cells(query, data)):
        # (a row asked by its label and a worded column, `shown`: its figures are quoted beside the words)
        beside = [] if shown is None else row_values(query, _value_cells(table, shown, note))
        return text_answer(doc, table, row, hit, texts, book, attribute, beside)
    if not query.asked.number and (what := _worded_asked(query, data, values)):
        # (a number in them, `满2年`, is a word of the condition quoted, not a figure asked)
        return replace(text_answer(doc, table, row, hit, what, book, attribute, _counts_of_kind(table, values)),
                       figures=[], claims=[])
    notes = [normalize(c.text) for c in data if c.text and c not in values and not EMPTY_CELL.fullmatch(c.text.strip())]
    chosen = _sub_column(query, [c for c in values if any(y in c.column for y in query.years)]) \
        or _lower_named(query, values)
    if not chosen:
        # a table whose columns are the indicators (学段 × 类别 rows): the column the question names
        asked = _label_spared(normalize(query.norm, drop_space=True), key(row_label(table, row)),
                              key(label_column(table)))
        # (a column named only by a part another names more of — 困难 of 一般困难 — is not asked)
        named = most_named([key(c.column) for c in values], asked)
        chosen = [c for c in values if _named_apart(key(c.column), asked)] \
            or [c for c in values if key(c.column) in named] or _headed_by_noun_asked(values, asked)
        if len(chosen) > 1 and query.units:  # 专任教师 names 专任教师数 too: the column in the unit asked
            # (a score table's bare score is in 分: `平均得分` beside `幼儿园数（所）` when 得分 is asked)
            chosen = [c for c in chosen if (_base_unit(c) or score_unit(table, c)) in query.units] or chosen
        chosen = _sharing_in_unit(query, chosen, values, asked) or chosen
        chosen = _counted_after(chosen, asked) or chosen
    # 标准值 beside 实际值 (目标 beside 完成), as columns of their own or under one indicator's header
    # (`生均校舍面积 标准` | `生均校舍面积 实际`): the kind asked, when the cells hold both
    pool = chosen or values
    kinds = of_asked_kind([c.column for c in pool], query.norm)
    chosen = [c for c in pool if c.column in kinds] if len(kinds) < len(pool) else chosen
    if not chosen and CURRENT.search(query.norm) and not query.years:
        # the present asked (现有) of a plan's row (`2025年基数 | 2026年 | 2027年`): the level it starts from
        base = [c for c in values if BASE_COLUMN.search(c.column)]
        chosen = base if len(base) == 1 else chosen
    if not chosen and values and "target" in query.intents:
        # a plan's row: its total when a column sums the others (`合计`), else its last year's column
        whole = total_column(table)
        chosen = [c for c in values if c.column == whole] or [max(values, key=lambda c: c.column)]
    elif not chosen:
        chosen = values
    # a row of several measures (`培训人数(人) | 经费(万元)`): the cells in the unit asked
    # (a bare number under a header that is its unit, a training plan's 学时 column, is in that unit)
    chosen = [c for c in chosen if _base_unit(c) in query.units] or _noted_in_unit(query, chosen) \
        or [c for c in chosen if (h := _unit_header(c)) and (q := parse_number(c.text + h)) and q.unit in query.units] \
        or _of_kind_asked(query, chosen, values)
    chosen = _money_kind_named(query, chosen) if len(chosen) > 1 else chosen
    chosen = values if each and values else chosen
    worded = _worded_count(query, data) if query.units and not any(_base_unit(c) in query.units for c in chosen) \
        else None
    if worded is not None:
        return _worded_answer(doc, table, row, hit, worded, book)
    if query.asked.change or query.operation in ("difference", "growth"):
        split = table_change(query, table, row)
        split_rows = {i["source"]["row_index"] for i in split.inputs} if split is not None else set()
        if split is not None and split_rows != {row.index}:  # of the row it splits: that row cited
            whole = table.rows[split_rows.pop()]
            m = book.cite(hit, whole.start, whole.end)
            note = f"（{split.note}）" if split.note else ""
            cells = "，".join(f"{c.column}：{c.text}{normalize(c.unit)}" for c in whole.cells if c.column[:4].isdigit())
            title = table_name(doc, table)
            quoted = f"依据{region_of(doc)}《{title}》“{row_label(table, whole)}”：{cells}[{m}]"
            return Draft(f"{split.formula}{note}[{m}]。{quoted}", False, book.citations, [computed_figure(split, m)],
                         [Claim(split.unit, split.label, hit, (whole.start, whole.end), True)])
    fresh = len(book.citations)
    n = book.cite(hit, row.start, row.end)
    caption = table_name(doc, table)
    listed = values if shown is None else row_values(query, _value_cells(table, shown, note))
    all_values = "，".join(f"{c.column}：{noted(c.text, _listed_unit(c))}" for c in listed)
    figures = [Figure(label=f"{normalize(label)} {c.column}", value=v[0],
                      unit=v[1] or part_unit(table, c) or score_unit(table, c), citation_ids=[n])
               for c in chosen if (v := _cell_value(c))]
    direct = "；".join(f"{noted(c.text, _shown_unit(query, c, table, doc.text) or score_unit(table, c))}"
                      f"{_said_of(c, notes)}"
                      for c in chosen)
    source = f"依据{region_of(doc)}《{caption}》“{label}”：{all_values}[{n}]"
    # (the cells naming the row beside its label — a 学校 beside 项目 — say what it is of too)
    naming_keys = naming_columns(table)
    naming = [c.text for c in row.cells if key(c.column) in naming_keys]
    where = " ".join(x for x in (caption, row.group, label, *naming) if x)
    # (a 其中 cell's words are its whole's too: `托育机构 其中已取得资质` is of that whole's kind)
    claims = [Claim(_base_unit(c), " ".join(x for x in (where, whole_of_part(table, c.column), c.column) if x), hit,
                    (row.start, row.end)) for c in chosen]
    computed = table_compute(query, table, row)
    if computed is not None:
        rows = sorted({i["source"]["row_index"] for i in computed.inputs})
        ids = sorted(book.cite(hit, table.rows[r].start, table.rows[r].end) for r in rows)
        marks = "".join(f"[{i}]" for i in ids)
        figure = computed_figure(computed, ids[0])
        figure.citation_ids = ids
        return Draft(f"{computed.formula}{marks}。依据{region_of(doc)}《{caption}》{marks}", False,
                     book.citations, [figure], [Claim(computed.unit, computed.label, hit, (row.start, row.end), True)])
    if query.asked.change or query.operation in ("difference", "growth"):  # between two of its year columns
        computed = table_change(query, table, row)
        by_rows = year_rows_change(query, table, row) if computed is None else None
        if by_rows is not None:  # … or two year rows of one column: both rows cited
            del book.citations[fresh:]
            rows = [table.rows[i] for i in sorted({i["source"]["row_index"] for i in by_rows.inputs})]
            ids = [book.cite(hit, r.start, r.end) for r in rows]
            marks = "".join(f"[{i}]" for i in ids)
            figure = computed_figure(by_rows, ids[0])
            figure.citation_ids = ids
            return Draft(f"{by_rows.formula}{marks}。依据{region_of(doc)}《{caption}》{marks}", False, book.citations,
                         [figure], [Claim(by_rows.unit, f"{caption} {by_rows.label}", hit, (row.start, row.end), True)])
        if computed is not None:
            note = f"（{computed.note}）" if computed.note else ""
            # the row's own change column (增减额) stating the same change: the prose saying it is cited too
            stated = next((c for c in data if (v := _cell_value(c)) is not None and abs(v[0] - computed.value) < 1e-6
                           and canonical_unit(v[1]) == canonical_unit(computed.unit)), None)
            also = stated_in_text(reader, table, row, stated, change=True)
            prose = f"；正文亦写：“{display(doc.text[also[1][0]:also[1][1]])}”[{book.cite(also[0], *also[1])}]" \
                if also is not None else ""
            return Draft(f"{computed.formula}{note}[{n}]。{source}{prose}", False, book.citations,
                         [computed_figure(computed, n)] + figures,
                         [Claim(computed.unit, f"{where} {computed.label}", hit, (row.start, row.end), True)])
    answer = f"{direct}。{source}"
    stated = stated_cell(values, doc)
    # the prose restates the value the answer gives: the current one, or the only cell chosen (a target)
    restated = stated if stated in chosen else chosen[0] if len(chosen) == 1 else None
    # (a cell asked by its own year column is the table's: the prose restating it is not cited beside it)
    by_column = _year_column_named(query, table, row, chosen)
    also = None if by_column else stated_in_text(reader, table, row, restated)
    # …or every cell chosen, in one sentence (a year's rates asked together: `达标率93.5%，优良率51.7%`)
    said_cells = chosen if len(chosen) > 1 else [restated] if restated is not None and chosen == [restated] else []
    # judged on the year the question names (`2020年…达到了吗`), else on the value as it stands
    # (a row of no year columns, `合计 | … | 覆盖率 92.5`: the one cell asked)
    judged_cell = next((c for c in values if any(c.column.startswith(y) for y in query.years)),
                       stated if stated is not None or len(chosen) != 1 else chosen[0])
    judging = query.asked.compliance and judged_cell is not None
    saying = restating_sentence(reader, table, row, said_cells) \
        if said_cells and not judging and n > fresh and not by_column else None
    if saying is not None:
        # the figures answered are those the prose states of the same indicator: the sentence saying them is
        # the source, each figure as it writes it (`75%` of a cell's `75.0`), and the row (which adds only the
        # other years' cells) is named, not cited again
        del book.citations[fresh:]
        passage, (start, end) = saying
        m = book.cite(passage, start, end)
        figures = [f.model_copy(update={"citation_ids": [m]}) for f in figures]
        said = display(doc.text[start:end])
        direct = "；".join(f"{prose_form(doc, (start, end), c)}{_shown_unit(query, c, table, doc.text)}"
                           f"{_said_of(c, notes)}"
                           for c in said_cells)
        bare = len(figures) == 1 and not figures[0].unit and (p := parse_number(said_cells[0].text)) is not None \
            and not p.unit
        unit = _unit_said(doc.text[start:end], figures[0].value) if bare else ""
        if unit:  # a cell whose table states no unit (a 合计 row's 在园幼儿): the unit the sentence states it in
            figures = [figures[0].model_copy(update={"unit": unit})]
            claims = [replace(c, unit=unit) for c in claims]
            direct = f"{prose_form(doc, (start, end), said_cells[0])}{unit}{_said_of(said_cells[0], notes)}"
        answer = f"{direct}。依据{region_of(doc)}文件：“{said}”[{m}]（《{caption}》“{label}”一行同）"
        return Draft(answer, False, book.citations, figures, claims)
    if also is not None:
        passage, (start, end) = also
        answer += f"；正文亦写：“{display(doc.text[start:end])}”[{book.cite(passage, start, end)}]"
    if judging and judged_cell is not None:
        q = parse_number(judged_cell.text + normalize(judged_cell.unit))
        judged = compliance(query, q.value, q.unit, label) if q else None
        if judged is not None and judged.flag == "rule":  # the document's requirement, not a value reached
            return reader.abstain(f"文件中未找到实际达到的数值：{judged.note}。", [hit])
        if judged is not None:
            answer = f"{verdict_text(judged, query.norm)}：{answer}。{judged.note or judged.formula}"
            figures.append(computed_figure(judged, n))
    return Draft(answer, False, book.citations, figures, claims)


_YEAR_WORDS = re.compile(r"(?:19|20)\d\d\s*年?(?:度|末|底)?")


def _year_column_named(query: Query, table: Table, row: Row, cells: list[Cell]) -> bool:
    """One cell asked by its item's row and its own year column named whole (`心理辅导2028年目标`, of a table of
    items by year columns): the table's cell, its row the source, whatever the prose says of it."""
    asked = normalize(query.norm, drop_space=True)
    column = key(cells[0].column) if len(cells) == 1 else ""
    # (a column of a year alone, `2025年末`, names no kind: the prose stating that year's figure speaks for it)
    kind = _YEAR_WORDS.sub("", column)
    return len(kind) >= 2 and bool(YEAR_DIGITS.search(column)) and column in asked \
        and not YEAR_DIGITS.search(row_label(table, row))


def _sharing_in_unit(query: Query, chosen: list[Cell], values: list[Cell], asked: str) -> list[Cell]:
    """The one column in the unit asked that holds the word naming the columns chosen, none of which is in
    that unit (a rate named by its activity, `完成率`, beside the amount done, `实际完成（万元）`, asked
    `完成了多少` of money): the question names the act, and its unit says which of the two; else []."""
    if not query.units or not chosen or any(_base_unit(c) in query.units for c in chosen):
        return []
    words = {w for c in chosen for w in _shared_words(key(c.column), asked)}
    sharing = [c for c in values if c not in chosen and _base_unit(c) in query.units
               and any(w in key(c.column) for w in words)]
    return sharing if len(sharing) == 1 else []


def _shared_words(column: str, asked: str) -> list[str]:
    """The stretches of two characters or more of a header that the question holds."""
    return [column[i:j] for i in range(len(column)) for j in range(i + 2, len(column) + 1) if column[i:j] in asked]


def _of_kind_asked(query: Query, cells: list[Cell], row: list[Cell]) -> list[Cell]:
    """Of a row's cells none of which is in the unit asked, those whose header says the kind asked (a
    per-school row `人数 | 标准（元/生/年） | 金额（元）` of bare numbers: `多少人` reads 人数); else, in a row
    counting in the unit asked (its target cell `1500人次`), those saying no kind (`二季度完成` beside `完成率`
    of %, asked `多少人次`); all when neither leaves any or none is asked."""
    asked = {unit_kind(canonical_unit(u)) for u in query.units}
    if not asked:
        return cells
    kinds = [column_kinds(c.column, _base_unit(c)) for c in cells]
    counts_asked = any(_base_unit(c) in query.units for c in row)
    return [c for c, k in zip(cells, kinds) if asked & k] \
        or [c for c, k in zip(cells, kinds) if not k and counts_asked] or cells


def _money_kind_named(query: Query, cells: list[Cell]) -> list[Cell]:
    """Of several cells, those whose header names no kind of money the question leaves unnamed (a fee table's
    `收费标准 | 财政补助` asked what is charged: the grant is not; server/lexicon/money_kinds.tsv); all when none
    or every one would be dropped."""
    asked = {kind for word, kind in money_kinds().items() if word in query.norm}
    kept = [c for c in cells
            if not (kinds := {kind for word, kind in money_kinds().items() if word in key(c.column)}) or kinds & asked]
    return kept if kept and len(kept) < len(cells) else cells


def _worded_count(query: Query, cells: list[Cell]) -> tuple[Cell, Quantity] | None:
    """A count the row states only inside a worded cell (`研修对象和名额` | `村小教师250名`) when no cell of
    figures is in the unit asked: the one worded cell stating one quantity of that unit."""
    found = [(c, qs[0]) for c in cells if c.text and not parse_number(c.text)
             and len(qs := [q for q in find_quantities(normalize(c.text)) if q.unit in query.units]) == 1]
    return found[0] if len(found) == 1 else None


def _worded_answer(doc: Document, table: Table, row: Row, hit: Hit, worded: tuple[Cell, Quantity],
                   book: CitationBook) -> Draft:
    cell, q = worded
    n = book.cite(hit, row.start, row.end)
    label = closed(row_label(table, row))
    said, caption = normalize(cell.text), table_name(doc, table)
    return Draft(f"{q.text}（{column_name(cell.column)}：{said}）。依据{region_of(doc)}《{caption}》"
                 f"“{label}”：{column_name(cell.column)}：{said}[{n}]", False, book.citations,
                 [quantity_figure(said, q, n)],
                 [Claim(q.unit, f"{label} {cell.column} {said}", hit, (row.start, row.end))])


def _label_spared(asked: str, label: str, kind: str) -> str:
    """The question without the words naming the row — its label, or the tail a short form keeps (`中职学校` for
    中等职业学校), with the word for what the rows are that may follow it (`职业高中学校` of a 学校类别 column) —:
    they name the row, not a column (`学校` of 学校数)."""
    tail = next((label[i:] for i in range(len(label) - 1) if label[i:] in asked), "")
    if not tail:
        return asked
    at = asked.index(tail) + len(tail)
    end = at + 2 if len(kind) > 2 and asked[at:at + 2] in kind else at
    return f"{asked[:at - len(tail)]} {asked[end:]}"


def _text_cells(query: Query, cells: list[Cell]) -> list[Cell]:
    """The worded cells of a row that states no figure for the question (a fee column of `免学费` or
    `前三年免，后两年4800`, a 负责部门 or 备注 column): those whose column the question names, else all of them;
    a placeholder (`—`, `/`) says nothing."""
    worded = [c for c in cells if re.search(r"[\u4e00-\u9fff\d]", c.text or "")]
    asked = normalize(query.norm, drop_space=True)
    return [c for c in worded if column_named(key(c.column), asked)] or worded


def _worded_asked(query: Query, cells: list[Cell], values: list[Cell]) -> list[Cell]:
    """A question asking no number (`要整改什么`, `结论是什么`) of a row of worded cells beside figures (an
    inspection row: 在校生 | 结论 | 整改事项): the worded cells whose column it names, when it names no figure's
    column — a count beside them is no answer to what."""
    asked = normalize(query.norm, drop_space=True)
    if any(column_named(key(c.column), asked) for c in values):
        return []
    # (a column of the row's kind asked by its head after 什么: `是什么类别的` of 办学类别)
    heads = _WHAT_HEAD.findall(asked)
    return [c for c in cells if c not in values and re.search(r"[\u4e00-\u9fff]", c.text or "")
            and (column_named(key(c.column), asked) or any(key(c.column).endswith(h) for h in heads))]


# the kind asked of a row, or the thing a worded column states asked by its head noun (`要具备哪些资格` of 申报资格)
_WHAT_HEAD = re.compile(r"(?:什么|哪种|哪一?类|哪些)(类别|类型|性质|级别|等级|条件|要求|标准|资格)")


# the word a label column's header adds to the kind its rows are (`隐患类别`: each row is a kind of 隐患)
_KIND_HEAD = re.compile(r"(?:类别|类型|种类|分类)$")


def _counts_of_kind(table: Table, cells: list[Cell]) -> list[Cell]:
    """The cells counting what the rows are kinds of (`发现隐患（处）` of a table by `隐患类别`): the count of the
    row's own thing, quoted beside its words (`主要问题`); not a count of other things (a school's 在校生)."""
    kind = _KIND_HEAD.sub("", key(label_column(table)))
    return [c for c in cells if len(kind) >= 2 and kind != key(label_column(table)) and kind in key(c.column)]


def text_answer(doc: Document, table: Table, row: Row, hit: Hit, cells: list[Cell], book: CitationBook,
                 attribute: Cell | None = None, beside: list[Cell] | None = None) -> Draft:
    """Worded cells quoted as written, each with its column (and the row's 属性 `attribute` not among them); a
    number they hold bare (`后两年4800`) is a figure in the unit its column's note gives (`学费（元/生/年）`).
    `beside`: the row's figures quoted after them (the count of what a row's 主要问题 names is part of what
    the row says of it)."""
    attribute = None if attribute in cells else attribute
    n = book.cite(hit, row.start, row.end)
    label = closed(row_label(table, row))
    # (a cell of values by part, `2380/2910` under `县级值（小学/初中）`: each value said with its part's name)
    said = [(replace(c, column=_PARTS_NOTE.sub("", c.column)) if _slash_parts(c) else c,
             _parts_said(c) or normalize(c.text), normalize(c.unit) or unit_note(c.column)) for c in cells]
    figures, claims = [], []
    for c, text, unit in said:
        for q in find_quantities(text):
            whole = q if q.unit or not unit else parse_number(q.text + unit)
            if q.is_measure and whole is not None:
                figures.append(Figure(label=f"{normalize(label)} {c.column}", value=whole.value, unit=whole.unit,
                                      citation_ids=[n]))
                claims.append(Claim(whole.unit, f"{label} {c.column} {text}", hit, (row.start, row.end)))
    kind = f"，{normalize(attribute.text)}" if attribute is not None else ""
    direct = "；".join(f"{text}（{column_name(c.column)}{kind}）" for c, text, _ in said)
    figures_beside = [f"{column_name(c.column)}：{normalize(c.text)}{normalize(c.unit) or unit_note(c.column)}"
                      for c in beside or () if c not in cells and not EMPTY_CELL.fullmatch(c.text.strip())]
    quoted = "，".join([*figures_beside, *(f"{column_name(c.column)}：{text}" for c, text, _ in said)]) \
        + (f"，{column_name(attribute.column)}：{attribute.text}" if attribute is not None else "")
    return Draft(f"{direct}。依据{region_of(doc)}《{table_name(doc, table)}》“{label}”：{quoted}[{n}]", False,
                 book.citations, figures, claims)


def _named_apart(column: str, asked: str) -> bool:
    """A header of a stage and a measure (`初中差异系数`, `小学均值`) whose two parts the question names,
    apart (`初中生均…的校际差异系数`): it names that column better than one sharing the stage only."""
    stage = max((s for s in STAGES if column.startswith(s)), key=len, default="")
    rest = column[len(stage):]
    return bool(stage) and len(rest) >= 2 and stage in asked and rest in asked


def _sub_column(query: Query, cells: list[Cell]) -> list[Cell]:
    """Of the cells under one year (a year header over sub-columns, `2025年 数量` | `2025年 占比(%)`),
    the ones whose sub-column the question names, else those in the unit it asks for."""
    if len(cells) < 2:
        return cells
    named = [c for c in cells if (part := UNIT_NOTE_END.sub("", c.column.partition(" ")[2]))
             and normalize(part) in query.norm]
    wanted = [c for c in cells if query.units and normalize(c.unit) in query.units]
    return named or wanted or [c for c in cells if c.column in of_asked_kind([x.column for x in cells], query.norm)]


def _lower_named(query: Query, cells: list[Cell]) -> list[Cell]:
    """Of the cells under one spanning header (a header joined from two rows, `收费(元) 城区` | `收费(元) 乡村`),
    those whose lower part the question names, when it names some of them and not all: the upper part,
    shared by all, tells none apart. [] otherwise, and when several headers span the row's cells (which
    of them is asked is for the column's whole name to tell)."""
    shared: dict[str, list[Cell]] = {}
    for c in cells:
        upper, _, lower = c.column.rpartition(" ")
        if upper and lower:
            shared.setdefault(upper, []).append(c)
    spans = [under for under in shared.values() if len(under) >= 2]
    if len(spans) != 1:
        return []
    named = [c for c in spans[0] if (part := UNIT_NOTE_END.sub("", c.column.rpartition(" ")[2]))
             and normalize(part) in query.norm]
    return named if 0 < len(named) < len(spans[0]) else []


def _unit_said(sentence: str, value: float) -> str:
    """The unit a sentence states the value in (`在园幼儿8480人` → 人), '' when it states it in none or twice."""
    units = {q.unit_as_written for q in find_quantities(sentence) if q.value == value and q.unit_as_written}
    return units.pop() if len(units) == 1 else ""


def _part_by_share(reader: Reader, query: Query, text: str, sentence: tuple[int, int],
                   stated: Quantity | None) -> Computation | None:
    """whole × share for the part the question is about, when its words name it better than the
    clause of the count the sentence states (`骨干教师约有几人` of `教师2600人，其中骨干教师占31%`)."""
    if not query.asks_number or "%" in query.units:
        return None
    cover = reader.cover(query)
    found = [(cover(part), c) for part, c in parts_by_share(text, *sentence)
             if not query.units or any(same_base_unit(c.unit, u) for u in query.units)]
    if not found:
        return None
    best, computed = max(found, key=lambda f: f[0])
    return computed if best > (cover(clause(text, sentence, stated)) if stated else 0.0) else None


def _base_unit(cell: Cell) -> str:
    q = parse_number(noted(cell.text, normalize(cell.unit)))
    return q.unit if q else ""


# a bound written after a cell's number (`79.5以下` under `目标（%）`): the header's unit goes before it
_BOUND_END = re.compile(r"(?:及|或)?(?:以下|以上|以内)$")


def noted(text: str, unit: str) -> str:
    """A cell's text with the unit its header's note gives it, where the number ends: `79.5%以下`, not
    `79.5以下%` (which reads as no number at all)."""
    bound = _BOUND_END.search(text.strip()) if unit else None
    if bound is None:
        return f"{text}{unit}"
    body = text.strip()[:bound.start()]
    return text if body.endswith(unit) else f"{body}{unit}{bound.group()}"


def _value_cells(table: Table, row: Row, note: str) -> list[Cell]:
    """A row's cells other than its key columns, each with the unit the row's own unit note gives it when it
    writes none (a statistic column beside the amounts, 差异系数 or 排名, takes none: ingest/tables.py)."""
    return [c if c.unit or not note else replace(c, unit=row_unit_of(c.column, note))
            for c in row.cells if c.column not in key_columns(table)]


def _counter_asked(query: Query, cell: Cell) -> str:
    """The one counter the question asks by (`几件`, `多少所`) for a whole number a table states with no unit: a
    count table (申请 | 自然人 | 法人 | 总计) gives its unit in no header; '' otherwise (an amount, a share)."""
    q = parse_number(cell.text)
    if q is None or q.unit or q.value != int(q.value) or "." in cell.text:
        return ""
    if query.units[:1] == ("人",) and _people_of_column(query, cell):
        return "人"
    if len(query.units) != 1:
        return ""
    return query.units[0] if unit_kind(query.units[0]) not in _NO_RATIO_KINDS + ("people",) else ""


def _people_of_column(query: Query, cell: Cell) -> bool:
    """The question names a group of people by the column's header before its head noun (`X学生` of a column
    headed X: server/lexicon/people_groups.tsv): its bare counts are of those people."""
    column = key(cell.column)
    asked = normalize(query.norm, drop_space=True)
    at = asked.find(column) + len(column) if len(column) >= 2 and column in asked else -1
    return at >= 0 and any(asked.startswith(w, at) for names in people_groups().values() for w in names)


# what a count asks of (`有几所良好园`, `多少名骨干教师`): the words right after its 几/多少 and counter
_COUNTED = re.compile(r"(?:几|多少)(?:个|所|名|人|家|项|间|座|位|台|套)?(?P<what>[\u4e00-\u9fff]{2,})")


MIN_HEADING_NOUN = 2  # characters of a noun that heads a column by ending it (铜奖; not 人 of 负责人)


def _headed_by_noun_asked(values: list[Cell], asked: str) -> list[Cell]:
    """The one column counting the noun the question asks after its asking word, when no column is named in
    full: a verb and its object split by the asking word (`投了多少球` of `投球数`), or another verb than the
    header's (`得了几个铜奖` of `获铜奖`), name the column by its noun; of several so headed, the one whose words
    before the noun the question says."""
    noun = asked_noun(asked)
    headed = [c for c in values
              if headed_by(c.column, noun) or len(noun) >= MIN_HEADING_NOUN and key(c.column).endswith(noun)]
    if len(headed) > 1:
        headed = [c for c in headed
                  if (head := counted_head(c.column)[:-len(noun)]) and all(ch in asked for ch in head)]
    return headed if len(headed) == 1 else []


def _counted_after(chosen: list[Cell], asked: str) -> list[Cell]:
    """Of several columns the question names, the one its count is asked of, named right after 几所/多少名
    (`幼儿园…有几所良好园` of `幼儿园数 | 优秀 | 良好`: the category asked, not the whole the subject names)."""
    if len(chosen) < 2:
        return []
    counted = [m.group("what") for m in _COUNTED.finditer(asked)]
    found = [c for c in chosen if (name := key(c.column)) and len(name) >= 2
             and any(what.startswith(name) for what in counted)]
    return found if len(found) == 1 else []


def row_values(query: Query, cells: list[Cell]) -> list[Cell]:
    """The cells stating a value: figures, and ratios against one (`9.5:1`) unless the question asks an
    amount of money, a share or an area, which no ratio of counts is."""
    amount = any(unit_kind(canonical_unit(u)) in _NO_RATIO_KINDS for u in query.units)
    return [c for c in cells if parse_number(c.text) or not amount and ratio_cell(c)]


_NO_RATIO_KINDS = ("money", "share", "area")


def ratio_cell(cell: Cell) -> re.Match | None:
    """A cell holding only a ratio against one (`9.5:1`, `1:16`): a table's 生机比 or 生师比 states its value
    so, and the number reader reads no `N:` as an amount."""
    return RATIO.fullmatch(normalize(cell.text).strip())


def _noted_in_unit(query: Query, cells: list[Cell]) -> list[Cell]:
    """Of bare numbers, those whose header's note gives them the counter asked, per the period the question
    names when it gives one (`劳动课时（节/周）` for `每周…几节`)."""
    noted = [(c, normalize(unit_note(c.column)).split("/")) for c in cells if not _base_unit(c)]
    return [c for c, (unit, *per) in noted if unit in query.units and all(p in query.norm for p in per)]


def _shown_unit(query: Query, cell: Cell, table: Table, text: str) -> str:
    """The unit a cell's figure is shown with: its own, its header's when that is a unit or counts people, the
    unit of the count its column is a part of (server/answer/partunit.py), the counter its document's prose writes
    the column's thing in, the counter asked, else the unit its header's note gives a bare number (`运动场数（块）`
    | 23 → 块); a whole number of a count column is in its noun's counter (`中队数` → 个), and one of a row counting
    people in 人 (server/rowcounter.py). `text`: the document's."""
    q = parse_number(cell.text)
    noted = normalize(unit_note(cell.column)) if q is not None and not q.unit else ""
    whole = q is not None and not q.unit and "." not in cell.text
    row = next((r for r in table.rows if any(c is cell for c in r.cells)), None)
    return normalize(cell.unit) or header_unit(cell.column) or part_unit(table, cell) \
        or (count_unit(cell.column) or sibling_count_unit(table.columns, cell.column) if whole else "") \
        or (row_people_unit(table, row, cell) if row is not None else "") \
        or (_prose_counter(text, cell.column) if whole else "") or _counter_asked(query, cell) or noted


_NAME_MIN = 2  # characters of a column's name the prose must write before its figure


def _prose_counter(text: str, column: str) -> str:
    """The one counter the document's prose writes right after the column's name and a figure (`银奖7名` for a
    bare 二等奖 cell): the document counts that thing so, where a question's counter (几个) is speech's."""
    name = key(column)
    if len(name) < _NAME_MIN:
        return ""
    found = {m.group(1) for m in re.finditer(rf"{re.escape(name)}(?:共|为|有)?\d+([{COUNTERS}人])", normalize(text))}
    return found.pop() if len(found) == 1 else ""


# a score table's columns of other figures: a rank, a count, a rate
_NOT_SCORE_COLUMN = re.compile(r"排名|名次|序号|位次|人数|个数|次数|率|%|％")


def score_unit(table: Table, cell: Cell) -> str:
    """分 for a bare number of a score table (an appraisal's parts beside its 总分): the score is shown as
    points (`24.0分`); '' for a cell with a unit, a share, or a table of other figures."""
    q = parse_number(cell.text)
    if q is None or q.unit or normalize(cell.unit) or _NOT_SCORE_COLUMN.search(key(cell.column)):
        return ""
    named = [key(c) for c in table.columns] + [table.caption]
    return "分" if any(SCORE_TABLE.search(n) for n in named) else ""


def _listed_unit(cell: Cell) -> str:
    """The unit a row's cell is listed with: its own, its header's when that is a unit itself, else the unit a
    header of bare counts gives them (`达标人数` | 718 → 718人: a row's facts read apart are each in their unit)."""
    q = parse_number(cell.text)
    return normalize(cell.unit) or _unit_header(cell) \
        or (header_unit(cell.column) if q is not None and not q.unit else "")


def _unit_header(cell: Cell) -> str:
    """The header of a column of bare numbers when it is their unit itself (a training plan's 学时 | 36): the
    figure is shown with it (36学时); '' otherwise."""
    q = parse_number(cell.text)
    return key(cell.column) if q is not None and not q.unit and is_unit(key(cell.column)) else ""


def _said_of(cell: Cell, notes: list[str]) -> str:
    """What a cell answered is of, in brackets: its column and the row's notes — not a header that is the unit
    itself (学时), said once already as the figure's unit."""
    named = [] if is_unit(key(cell.column)) else [column_name(cell.column)]
    return f"（{'，'.join(named + notes)}）" if named or notes else ""


# a header naming the parts its cells hold apart by a slash (`县级值（小学/初中）`: a cell `2380/2910`)
_PARTS_NOTE = re.compile(r"[(（]([^()（）/]+(?:/[^()（）/]+)+)[)）]")


def _slash_parts(cell: Cell) -> list[tuple[str, str]]:
    """(part, value) of each slash-separated value of a cell its header names the parts of, in order; [] when the
    header names none or the cell holds another number of values."""
    m = _PARTS_NOTE.search(cell.column)
    values = [v.strip() for v in cell.text.split("/")]
    names = m.group(1).split("/") if m else []
    if len(names) != len(values) or len(values) < 2 or not all(parse_number(v) for v in values):
        return []
    return [(normalize(n).strip(), v) for n, v in zip(names, values)]


def _parts_said(cell: Cell) -> str:
    """Each part's value with its name and the cell's unit (`小学2380元、初中2910元`); '' for a cell of one value."""
    unit = normalize(cell.unit) or unit_note(cell.column)
    return "、".join(f"{part}{value}{unit}" for part, value in _slash_parts(cell))


def _cell_value(cell: Cell) -> tuple[float, str] | None:
    """A cell's value and unit as a figure states them: a ratio by its number against one, unitless."""
    if (q := parse_number(cell.text)) is not None:
        scaled = Operand(label="", value=q.value, unit=q.unit, unit_as_written=q.unit_as_written)
        if q.unit and not cell.unit and scaled.scale != 1.0:  # a cell writing its own scale (`180万元`): as written
            return q.value / scaled.scale, display_unit(scaled)
        return q.value, normalize(cell.unit) or (header_unit(cell.column) if not q.unit else "")
    m = ratio_cell(cell)
    return (ratio_value(m), "") if m else None


def row_units(table: Table, row: Row) -> set[str]:
    """The units of a row's values (from their cells, columns or the row's own unit note)."""
    note = row_unit(table, row)
    return {q.unit for c in row.cells if c.column not in key_columns(table) and parse_number(c.text)
            and (q := parse_number(c.text + normalize(c.unit or note)))}


def row_unit(table: Table, row: Row) -> str:
    """The unit a row's text cells give its values (`达标学校数(所)`, `达标学校比例(%)`): a table
    whose rows are kinds of count of the same things states the unit in the row, not the column."""
    return next((u for c in row.cells if not parse_number(c.text) and (u := unit_note(c.text))), "")


# a ratio as documents state it against one (`14.1:1`, `15：1`, `1:16`), which the number reader leaves
# alone (it reads no `N:` as an amount: times, captions); what a 生师比, 师生比 or `X与Y之比` asks for
RATIO = re.compile(r"(?<![\d.:：])(?:(\d+(?:\.\d+)?)\s*[:：比]\s*1|1\s*[:：比]\s*(\d+(?:\.\d+)?))(?![\d.:：])"
                   # … or in words, as a report's prose writes it (`约为三比一`, `一比五`)
                   r"|(?<![一二三四五六七八九十两])(?:([二三四五六七八九十两])比一|一比([二三四五六七八九十两]))"
                   r"(?![一二三四五六七八九十百千万])")
_RATIO_WORDS = {**CN_DIGITS, "十": 10}


def ratio_value(m: re.Match) -> float:
    """The number a RATIO match sets against one, in digits or words."""
    digits, words = m.group(1) or m.group(2), m.group(3) or m.group(4)
    return float(digits) if digits else float(_RATIO_WORDS[words])
# (生机比: pupils per computer, the ratio 教育信息化 plans and 督导 indicators set)
_RATIO_ASKED = re.compile(r"之比|(?:[生师班]|生机)比(?!上|去|前|同)")
# how crowded an enrolment is (`报名有多挤`), asked with no number word: the applicants set against the places
# (applicants set against places offered), a ratio
_CROWDED = re.compile(r"(?:报名|报考)[^，,？?]{0,2}(?:有多挤|多挤|挤不挤)")
RATIO_PASSAGES = 3  # the leading passages searched for a sentence stating the ratio
RATIO_COVER_MIN = 0.5  # … whose clause carries half of the question's key terms


class StatedRatio:
    """`生师比是多少` against `…之比为14.1:1`: the ratio as the document writes it, before any computation
    of it from the counts beside it."""

    def try_answer(self, ask: Ask) -> Draft | None:
        return stated_ratio(ask) if asks_ratio(ask.query) else None


def asks_ratio(query: Query) -> bool:
    """Whether the question asks a ratio of two counts (生师比, `幼儿与教师之比`), not a share."""
    crowded = bool(_CROWDED.search(query.norm))
    if not (query.asks_number or crowded) or query.asked.change or query.operation not in ("", "ratio"):
        return False  # a change of the ratio is no ratio stated
    return query.asked.per == "生师比" or crowded or bool(_RATIO_ASKED.search(query.norm))


def stated_ratio(ask: Ask) -> Draft | None:
    """The ratio a sentence of the leading passages states (`在园幼儿与专任教师之比为14.1:1`), the clause
    carrying most of the question's key terms; None when none states one."""
    query, reader, book = ask.query, ask.reader, ask.book
    cover = reader.cover(query)
    stage = match_stage(query.norm)
    best: tuple[tuple[int, float, int], Hit, tuple[int, int], re.Match] | None = None
    for order, hit in enumerate(ask.ranked[:RATIO_PASSAGES]):
        if hit.chunk.row_index is not None or ask.scope is not None and hit.chunk.doc_id not in ask.scope:
            continue
        text = reader.documents[hit.chunk.doc_id].text
        for span in split_sentences(text, hit.chunk.start, hit.chunk.end):
            for m in RATIO.finditer(text, *span):
                said = _ratio_clause(text, span, m)
                # a stage asked: a clause naming none is of the stage its sentence names before it
                # (`初中教职工…名，生师比…`)
                of = match_stage(normalize(said)) or stage and match_stage(normalize(text[span[0]:m.start()]))
                if of not in ("", stage):
                    continue  # another stage's ratio (`小学生师比为15.2:1` for 初中)
                value = cover(said)
                if value < RATIO_COVER_MIN:
                    continue
                key = (_year_fit(query, text[span[0]:m.start()]), value, -order)
                if best is None or key > best[0]:
                    best = (key, hit, span, m)
    if best is None:
        return None
    _, hit, span, m = best
    doc = reader.documents[hit.chunk.doc_id]
    quoted = display(_ratio_clause(doc.text, span, m))
    n = book.cite(hit, *span)
    figure = Figure(label=normalize(quoted), value=ratio_value(m), unit="", citation_ids=[n])
    return Draft(f"{display(m.group())}。依据{region_of(doc)}文件：“{quoted}”[{n}]", False, book.citations, [figure],
                 [Claim("", quoted, hit, span)])


_YEAR_WRITTEN = re.compile(r"((?:19|20)\d\d)\s*年")


def _year_fit(query: Query, before: str) -> int:
    """1 when the year a sentence names last before its ratio is the one asked (`到2028年，…降至8:1以内` for
    `到2028年…多少`), −1 when it is another (the year reached before the target), 0 when none is asked or named."""
    named = _YEAR_WRITTEN.findall(before)
    if not query.years or not named:
        return 0
    return 1 if named[-1] in query.years else -1


def _ratio_clause(text: str, span: tuple[int, int], m: re.Match) -> str:
    """The clause of the sentence holding the ratio (between ，；), with its words."""
    s, e = span
    left = max((c.end() for c in _RATIO_PAUSE.finditer(text, s, m.start())), default=s)
    right = next((c.start() for c in _RATIO_PAUSE.finditer(text, m.end(), e)), e)
    return text[left:right].strip()


_RATIO_PAUSE = re.compile(pauses("，；;。！？!?"))  # a ratio's clause goes on past a label's colon (`生师比：15:1`)


# a question asking what one must do or bring (`还要多准备啥`, `需要提供哪些`, `得交什么`), and a sentence
# setting a requirement (`另需提供居住证`, `须持…`, `应当…`)
_ASKS_REQUIRED = re.compile(r"(?:要|需|得|须|该)[\u4e00-\u9fff]{0,6}(?:啥|什么|哪些)")
_REQUIRES = re.compile(r"需|须|应当|应|要求|提供|提交|持有|凭")
# what is to be handed in or brought asked (`需交哪些材料`, `得交些啥`, `需要提交啥`): a sentence that names 材料 only
# with its deadline or office sets none of it; the one listing the items after a handing verb (`提交A、B和C`,
# either script) does
_ASKS_HANDED = re.compile(r"(?:交|带|提交|报送|上交|递交|提供|准备)(?:些|哪些|什么|啥)")
_LISTS_HANDED = re.compile(r"(?:交(?!通)|[带帶]|提供|[准準][备備]|[报報]送|[递遞]交)[\u4e00-\u9fff]{0,3}?"
                           r"[\u4e00-\u9fff]{2,}、")
REQUIRED_PASSAGES = 3  # the leading passages searched for a sentence setting the requirement
REQUIRED_CLOSE = 0.5  # … that carries half the key terms the evidence sentence does (which sets nothing)


def _required_sentence(ask: Ask, sets: re.Pattern[str] = _REQUIRES, close: float = REQUIRED_CLOSE) -> \
        tuple[Hit, tuple[int, int]] | None:
    """The sentence of the evidence's document among the leading passages that sets a requirement (`sets` finds
    it) and carries at least `close` times the question's key terms the evidence sentence does, the most covered
    first; None when none does."""
    reader, cover = ask.reader, ask.reader.cover(ask.query)
    hit, span = ask.evidence.hit, ask.evidence.span
    floor = cover(reader.documents[hit.chunk.doc_id].text[span[0]:span[1]]) * close
    best: tuple[float, Hit, tuple[int, int]] | None = None
    for candidate in ask.ranked[:REQUIRED_PASSAGES]:
        if candidate.chunk.row_index is not None or candidate.chunk.doc_id != hit.chunk.doc_id:
            continue
        text = reader.documents[candidate.chunk.doc_id].text
        for s, e in split_sentences(text, candidate.chunk.start, candidate.chunk.end):
            value = cover(text[s:e])
            if sets.search(text, s, e) and value >= floor and (best is None or value > best[0]):
                best = (value, candidate, (s, e))
    return (best[1], best[2]) if best else None


# a figure per unit asked (`平均每所多少`): a stated figure is the total, never it
_AVERAGE = re.compile(r"平均|每[所个名人生校]")


def _tied_stating(ask: Ask) -> tuple[Hit, tuple[int, int], Quantity] | None:
    """The first sentence of the leading passages as well supported as the evidence (a caption, a
    heading naming the thing) that states a figure fitting the question, with that figure."""
    reader, query = ask.reader, ask.query
    chosen = round(ask.evidence.value, 2)
    for hit in ask.ranked[:CANDIDATES]:
        if hit.chunk.row_index is not None:
            continue
        span, value, _ = reader.stating_sentence(query, hit)
        if not reader.speaks_for(query, hit.chunk) or not reader.year_ok(query, hit):
            value *= 0.5  # as the evidence weighs another region's part or another year
        if round(value, 2) < chosen or span == ask.evidence.span:
            continue
        text = reader.documents[hit.chunk.doc_id].text
        quantity = pick_quantity(query, text, span, reader.cover(query))
        if quantity is not None:
            return hit, span, quantity
    return None


def _under_title_stating(ask: Ask) -> tuple[Hit, tuple[int, int], Quantity] | None:
    """Where the evidence sentence is its document's own title (no figure), the sentence of the leading passages of
    that document that, read with the title's words (which every passage of the document speaks under), is as
    well supported and states a figure fitting the question: `图书购置补助多少钱` of a summary titled on 图书购置
    whose sentence states `共发放补助39万元`."""
    reader, query = ask.reader, ask.query
    best = ask.evidence.hit
    doc = reader.documents[best.chunk.doc_id]
    title = flat(normalize(doc.meta.title))
    if flat(normalize(doc.text[slice(*ask.evidence.span)])).strip("#") != title:
        return None
    chosen = round(ask.evidence.value, 2)
    found: tuple[float, Hit, tuple[int, int], Quantity] | None = None
    for hit in ask.ranked[:CANDIDATES]:
        if hit.chunk.row_index is not None or hit.chunk.doc_id != doc.doc_id:
            continue
        for span in split_sentences(doc.text, hit.chunk.start, hit.chunk.end):
            if span == ask.evidence.span:
                continue
            value = reader.coverage(query, flat(normalize(doc.text[slice(*span)])) + "\n" + title)[0]
            quantity = pick_quantity(query, doc.text, span, reader.cover(query)) if round(value, 2) >= chosen else None
            if quantity is not None and quantity.unit in query.units and (found is None or value > found[0]) \
                    and _year_stated(query.years, normalize(doc.text[max(span[0], quantity.start - _YEAR_NEAR):
                                                                     quantity.start]), title):
                found = (value, hit, span, quantity)
    return found[1:] if found else None


def _year_stated(years: list[str], before: str, title: str) -> bool:
    """Whether the years asked stand right before a figure, or in its document's title when nothing before the figure
    names a year: a one-year plan or report (`…2026年…工作计划`) states every figure of that year."""
    return all(y in before for y in years) or \
        not years_named(before) and all(y in map(str, years_named(title)) for y in years)


_YEAR_NEAR = 12  # characters before a figure its year asked must stand in (`2028年360万元`, not a total before it)


# a group's size asked of the group (`考核组几个人`, `专家组有多少人`), and its size as a sentence writes it, the
# count right before the group (`组成5人考核组`) or right after it (`考核组由5人组成`, `督查专班共9人`)
_LINK = r"(?:由|一共有|总共有|一共|总共|共有|共|有|为|成员|人数为?)?"


def _focus_stating(ask: Ask, hits: list[Hit] | None = None) -> tuple[Hit, tuple[int, int], Quantity] | None:
    """The sentence of the evidence's passage (or of `hits`) writing the size of the thing whose count is asked (the
    focus, asked right before the asking word), where the evidence sentence states none, with that figure; else
    None."""
    query, reader = ask.query, ask.reader
    focus = _focus_asked(query)
    if not focus or not query.units:
        return None
    for best in hits or [ask.evidence.hit]:
        if best.chunk.row_index is not None:
            continue
        text = reader.documents[best.chunk.doc_id].text
        for span in split_sentences(text, best.chunk.start, best.chunk.end):
            quantity = pick_quantity(query, text, span, reader.cover(query))
            if span == ask.evidence.span or quantity is None or quantity.unit not in query.units:
                continue
            after = normalize(text[quantity.end:quantity.end + len(focus) + 1])
            before = normalize(text[max(span[0], quantity.start - len(focus) - 4):quantity.start])
            if after.removeprefix("的").startswith(focus) or re.search(rf"{re.escape(focus)}{_LINK}$", before):
                return best, span, quantity
    return None


def _focus_asked(query: Query) -> str:
    """The thing whose count is asked, as the question writes it right before the asking word: its key term with
    the group word a segmenter splits off (`评估` `组`), or right after the asking word and its counter (`几个X`; not
    `多少学生`, people whose count a clause states without naming them again);
    '' when none."""
    if not query.focus:
        return ""
    asked = re.search(rf"({re.escape(query.focus)}[组队团班]?){_LINK}(?:几|多少)", query.norm) \
        or re.search(rf"(?:几|多少)[{COUNTERS}]({re.escape(query.focus)})", query.norm)
    return asked.group(1) if asked else ""


def _focus_unsaid(query: Query, text: str, sentence: tuple[int, int], quantity: Quantity) -> bool:
    """The thing whose count is asked after its asking word and counter (`几个X`) is not named in the clause of the
    figure picked. A noun asked before its asking word with no counter (`X有多少`) turns no lookup: another sentence
    naming X by a figure may count other X than the question's words qualify (those of a place, a group) — the
    verification judges the figure picked."""
    focus = _focus_asked(query)
    if not focus or re.search(rf"(?:几|多少)[{COUNTERS}]{re.escape(focus)}", query.norm) is None:
        return False
    said = normalize(clause(text, sentence, quantity), drop_space=True)
    # schools are counted under their stage as often as by the word (`N所初中`, `中小学、幼儿园N所`): a clause
    # naming a school stage names the schools asked
    return focus not in said and not (focus.endswith("校") and stages_named(said))


# a panel or team whose size is asked (`考核小组有几个人`, `督导组有多少人`): its members are counted where the
# sentence names the panel, never by a count of the people it judged or served
_PANEL = re.compile(r"(?:组|小组|委员会|团队|工作队)$")


def _panel_unnamed(ask: Ask, text: str, sentence: tuple[int, int]) -> bool:
    """The question asks a panel's size (`…考核小组有几个人`) and the evidence sentence does not name the panel."""
    focus = _focus_asked(ask.query)
    return bool(_PANEL.search(focus)) and focus not in normalize(text[sentence[0]:sentence[1]])


SPLIT_CLOSE = 0.8  # a sentence splitting the whole into the parts asked needs this share of the evidence's support


def _split_stating(ask: Ask) -> tuple[Hit, tuple[int, int], Quantity,
                                      tuple[tuple[int, int], list[tuple[int, int, Quantity]]]] | None:
    """The first sentence of the leading passages, about as well supported as the evidence, whose figure of the
    thing asked a `其中` list splits into the parts the question asks each (`按学段各有多少`), with that figure and
    its parts; None when the question asks no parts or no such sentence is found."""
    reader, query = ask.reader, ask.query
    if not _PARTS_ASKED.search(query.norm):
        return None
    floor = ask.evidence.value * SPLIT_CLOSE
    for hit in ask.ranked[:CANDIDATES]:
        if hit.chunk.row_index is not None:
            continue
        span, value, _ = reader.stating_sentence(query, hit)
        if value < floor or span == ask.evidence.span:
            continue
        text = reader.documents[hit.chunk.doc_id].text
        quantity = pick_quantity(query, text, span, reader.cover(query))
        parts = parts_of_whole(text, span, quantity, query.norm) if quantity is not None else None
        if quantity is not None and parts is not None:
            return hit, span, quantity, parts
    return None


def _own_rule_judged(ask: Ask) -> Draft | None:
    """A compliance asked of a measure without a number word (`撤离时间合乎规定吗`, `到岗情况满足要求吗`): the figure
    the evidence sentence states for it, judged against the requirement the document sets for it; None when
    the sentence states no figure of the key terms or no rule of its unit judges it."""
    query, reader = ask.query, ask.reader
    if query.asked.threshold:
        return None
    best, sentence = ask.evidence.hit, ask.evidence.span
    as_number = replace(query, asked=replace(query.asked, number=True))
    text = reader.documents[best.chunk.doc_id].text
    # (the figure asked first; a neighbour its key term binds as closely, a month `4月`, is judged by no rule)
    picked = pick_quantity(as_number, text, sentence, reader.cover(query))
    values = [picked] if picked else []
    values += [q for q in fitting_quantities(as_number, text, sentence, reader.cover(query)) if q not in values]
    return next((ruled for q in values if not q.qualifier
                 and (ruled := rule_for_reached(ask, best, sentence, q, _unit_named(query, text, sentence, q)))
                 is not None), None) \
        or next((reached for q in values if q.qualifier in BOUNDS  # the sentence is the rule (`到场不得超过30分钟`)
                 and (reached := reached_against_rule(ask, best, sentence, q)) is not None), None) \
        or all_rule_judged(ask)  # or a rule requiring the act of all (须全部…)


def _unit_named(query: Query, text: str, sentence: tuple[int, int], value: Quantity) -> list[str]:
    """The key terms a sentence writes before the one its figure is stated by (`某镇X小学…撤离用时215秒`: the
    school's words before 撤离): the unit the value is of, not the indicator. A key term after the figure in its
    clause (`某校只开展了3次X`) is the indicator named by its counted noun: every term before is then the unit's."""
    said = flat(normalize(text[sentence[0]:value.start]))
    at = sorted((found, t) for t in query.terms if (found := max(said.rfind(a) for a in t.split("|"))) >= 0)
    after = flat(normalize(text[value.end:clause_end(text, value.end, ceiling=sentence[1])]))
    named_after = any(a in after for t in query.terms if t not in (w for _, w in at) for a in t.split("|"))
    return [t for _, t in at] if named_after else [t for _, t in at[:-1]]


class ProseLookup:
    """The evidence is a sentence: the quantity asked for in its clause, or the sentence itself;
    an abstention when a number is asked for and the sentence states none."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader, book = ask.query, ask.reader, ask.book
        best, sentence = ask.evidence.hit, ask.evidence.span
        if best.chunk.row_index is not None:
            return None  # a table row is answered by TableAnswer
        doc = reader.documents[best.chunk.doc_id]
        quantity = pick_quantity(query, doc.text, sentence, reader.cover(query)) if query.asks_number else None
        if (aim := aim_verb(query)) and not (quantity is not None and aim.search(normalize(
                doc.text[sentence[0]:quantity.start], drop_space=True))) \
                and (aimed := aim_stating(ask)) is not None:
            # `X扩大到几个` of a sentence stating the present level (`现有N名`): the sentence setting the level by
            # that verb
            best, sentence, quantity = aimed
            doc = reader.documents[best.chunk.doc_id]
        if quantity is None and query.asked.compliance and (ruled := _own_rule_judged(ask)) is not None:
            return ruled
        plain_lookup = not (query.operation or query.asked.per or _AVERAGE.search(query.norm))
        if quantity is None and query.asks_number and plain_lookup and (tied := _tied_stating(ask)) is not None:
            # `表2 …生均仪器设备值` and `小学生均仪器设备值2860元。` as well supported: the one stating a figure
            best, sentence, quantity = tied
            doc = reader.documents[best.chunk.doc_id]
        if quantity is None and query.asks_number and plain_lookup and (titled := _under_title_stating(ask)):
            # the document's title as evidence (`…图书购置工作总结`): its sentence stating the figure asked
            best, sentence, quantity = titled
            doc = reader.documents[best.chunk.doc_id]
        if quantity is None and query.asks_number and plain_lookup and (sized := _focus_stating(ask)) is not None:
            # `考核组几个人` against `…组成5人考核组`: the passage's sentence naming the thing counted with a figure
            # of the unit asked, where the evidence sentence (the project's) states none
            best, sentence, quantity = sized
            doc = reader.documents[best.chunk.doc_id]
        if quantity is not None and query.asks_number and plain_lookup and _panel_unnamed(ask, doc.text, sentence) \
                and (sized := _focus_stating(ask, ask.ranked[:CANDIDATES])) is not None:
            # a panel's size asked (`考核小组有几个人`) where the evidence sentence counts whom it judged: the
            # sentence of the leading passages that counts the panel's members
            best, sentence, quantity = sized
            doc = reader.documents[best.chunk.doc_id]
        if quantity is not None and query.asks_number and plain_lookup \
                and _focus_unsaid(query, doc.text, sentence, quantity) \
                and (sized := _focus_stating(ask, ask.ranked[:CANDIDATES])) is not None:
            # the noun counted (`开了几个X`) that the figure's clause does not name (it counts a neighbour the
            # sentence lists): the leading passages' sentence writing that noun with its figure
            best, sentence, quantity = sized
            doc = reader.documents[best.chunk.doc_id]
        if quantity is not None \
                and bound_for_existing(query, doc.text[clause_start(doc.text, quantity.start, floor=sentence[0]):
                                                        quantity.end]) \
                and (sized := _focus_stating(ask, ask.ranked[:CANDIDATES])) is not None:
            # the count of what there is asked (`X一共有几个`) where the evidence figure is a rule's bound on some
            # of them (`A级的X不少于N个`): the leading passages' sentence writing X with its count
            best, sentence, quantity = sized
            doc = reader.documents[best.chunk.doc_id]
        if asks_how_often(query.norm) and not states_frequency(doc.text[sentence[0]:sentence[1]]):
            # `多久清洗一次` where the evidence sentence states no frequency: the leading passages' sentence that does
            leading = [h for h in ask.ranked[:CANDIDATES] if h.chunk.row_index is None]
            often = frequency_sentence([(reader.documents[h.chunk.doc_id].text, h.chunk.start, h.chunk.end)
                                        for h in leading], reader.cover(query), COVER_MIN)
            if often is not None:
                best, sentence = leading[often[0]], often[1]
                doc = reader.documents[best.chunk.doc_id]
                quantity = pick_quantity(query, doc.text, sentence, reader.cover(query)) if query.asks_number else None
        if DAY_ASKED.search(query.norm) and best.chunk.row_index is None and (dated := item_dated(ask)) is not None:
            # `X赛哪天` of the sentence dating a later stage's item (`（三）Y赛。…取X赛前N名`): the item X leads
            best, sentence = dated
            doc = reader.documents[best.chunk.doc_id]
        if ASKS_WEEKDAY.search(query.norm) and not STATES_WEEKDAY.search(doc.text, *sentence) \
                and (dayed := weekday_stating(ask)) is not None:
            # `星期几` of a sentence naming no day of the week (one counting the sessions): the sentence of the
            # passage that names it
            best, sentence = dayed
            doc = reader.documents[best.chunk.doc_id]
        if quantity is not None and asks_time(query.units):
            quantity = as_time(query.units, doc.text, quantity) or quantity  # `7个工作日`, not a bare 7个
        if (quantity is None or asks_time(query.units) and as_time(query.units, doc.text, quantity) is None) \
                and query.asks_number and plain_lookup and (timed := time_stating(ask)) is not None:
            # `公示几天` where the evidence sentence (the result's use) states no time, or one of another unit (a
            # term in years): the rule's sentence whose clause names the thing with a time
            best, sentence, quantity = timed
            doc = reader.documents[best.chunk.doc_id]
        if "%" in query.units and query.asked.part and (quantity is None or quantity.unit not in query.units):
            # a share the document does not state but gives the counts of (专任教师1200人,其中研究生96人)
            as_share = replace(query, asked=replace(query.asked, operation="share"))
            computed = prose_computation(reader, as_share, best, sentence, book)
            if computed is not None:
                return computed
        if asks_clock(query.norm) and (each := stage_clocks(doc.text, sentence)):
            # a sentence setting each stage its own time (`小学17:30前放学，初中18:10前放学`): the stage asked's,
            # or every stage's when the question names none
            asked = {stage for _, stage in stages_named(query.norm)}
            chosen = [c for c in each if c[1] in asked] or ([] if asked else each)
            if chosen:
                n = book.cite(best, *sentence)
                quoted = chosen[0][3] if len(chosen) == 1 else doc.text[slice(*sentence)]
                return Draft(f"{'；'.join(f'{w}{clock}' for w, _, clock, _ in chosen)}。依据{region_of(doc)}文件："
                             f"“{display(quoted)}”[{n}]", False, book.citations)
        if asks_clock(query.norm) and (clock := clock_clause(doc.text, sentence, reader.cover(query))):
            # `最晚待到几点`: a clock time is no measure, never the figure picked (`每周5天`); the one its
            # clause states
            n = book.cite(best, *sentence)
            return Draft(f"{clock[0]}。依据{region_of(doc)}文件：“{display(clock[1])}”[{n}]", False, book.citations)
        if quantity is None and query.asks_number and GOAL_ASKED.search(query.norm) \
                and (goal := GoalStatement(unlisted=True).try_answer(ask)) is not None:
            return goal  # `要达到什么目标` of a notice stating its goal in words (`目标是…零发生`), no figure
        if quantity is None and query.asks_number:
            # the passage is about the right thing but states no figure for it
            return reader.abstain(f"文件中未找到{'、'.join(query.regions[:1])}这一数字：相关段落没有给出具体数值。",
                                  [best])
        if quantity is None and not query.asks_number and _ASKS_REQUIRED.search(query.norm):
            required = None
            if _ASKS_HANDED.search(query.norm) and not _LISTS_HANDED.search(doc.text, *sentence):
                # `需交哪些材料`: the sentence listing what is handed in, not the one naming its deadline (a list
                # names its items, seldom the question's words for them: any list of the document will do)
                required = _required_sentence(ask, _LISTS_HANDED, 0.0)
            if required is None and not _REQUIRES.search(doc.text, *sentence):
                # what one must bring asked (`入学还需备什么`): the sentence setting what is required, not a
                # count of the same people
                required = _required_sentence(ask)
            if required is not None:
                best, sentence = required
                doc = reader.documents[best.chunk.doc_id]
        if quantity is None and (answered := answer_lines(doc.text, sentence, section_end(doc, *sentence))):
            # a Q&A document's question line repeats what was asked: the answer lines after it say it
            n = book.cite(chunk_hit(reader, doc, answered[0]), *answered)
            return Draft(f"据{region_of(doc)}文件：“{display(doc.text[slice(*answered)])}”[{n}]", False,
                         book.citations)
        if quantity is None and (introduces := introduced(reader, doc, sentence, book)):
            # a heading or a lead-in (`…按以下顺序录取：`) says nothing by itself: the list it introduces
            return Draft(introduces, False, book.citations)
        listed = fitting_quantities(query, doc.text, sentence, reader.cover(query)) \
            if quantity is not None and (_EACH.search(query.norm) or both_asked(query.norm)) else []
        targets: list[Quantity] = []
        if quantity is not None and not listed and "target" in query.intents:
            # a target sentence setting the rate asked for the whole and for a group (`全县X率达到95%以上，小学
            # X率不低于88%`), asked naming neither: each target it sets for that rate
            # (each claimed by the whole sentence, which names the rate in full once: the group's clause need not)
            listed = targets = _rate_targets(query, doc.text, sentence, reader.cover(query))
        parts = parts_of_whole(doc.text, sentence, quantity, query.norm) if quantity and len(listed) < 2 else None
        if quantity is not None and parts is None and len(listed) < 2 and (split := _split_stating(ask)):
            # the parts asked of a whole the evidence states alone (a speech's total): the passage splitting it
            best, sentence, quantity, parts = split
            doc = reader.documents[best.chunk.doc_id]
        if quantity is not None and parts is not None:
            # `四项费用各是多少`: the items the whole's `其中` list states, never the whole for them
            (a, b), items = parts
            m = book.cite(best, a, b)
            quotes = [display(doc.text[x:y]) for x, y, _ in items]
            whole = display(clause(doc.text, sentence, quantity))  # each part is of the whole its clause names
            return Draft(f"{'；'.join(quotes)}。依据{region_of(doc)}文件：“{display(doc.text[a:b])}”[{m}]", False,
                         book.citations, [quantity_figure(c, q, m) for c, (_, _, q) in zip(quotes, items)],
                         [Claim(q.unit, f"{whole}，其中{c}", best, (a, b)) for c, (_, _, q) in zip(quotes, items)])
        region = region_of(doc)
        asks_list = quantity is None and ASKS_LIST.search(query.norm) and not asks_goals(query)
        enumerated = colon_list(doc.text, sentence, len(doc.text)) if asks_list else None
        if enumerated is not None:
            # `提到了哪些不足` of `…还存在一些不足：A；B；C。`: every item of the list, not the first alone
            m = book.cite(best, *enumerated)
            return Draft(f"据{region}文件：“{display(doc.text[slice(*enumerated)])}”[{m}]", False, book.citations)
        s, e = sentence
        if quantity is None and marker_shape(doc.text, s) and e - s <= MEASURE_LEAD_CHARS:
            # a numbered item's heading alone (`3．食堂管理。`) says nothing: the item with its content,
            # up to the next item of its list
            s, e = measure_span(doc.text, section_end(doc, s, best.chunk.end), sentence)
            n = book.cite(best, s, e)
            return Draft(f"据{region}文件：“{display(doc.text[s:e])}”[{n}]", False, book.citations)
        if quantity is None:  # the whole sentence when a line end after a comma cut it (an OCR'd notice's lines)
            s, e = sentence = with_exception(doc.text, run_on(doc.text, sentence, section_end(doc, *sentence)),
                                             section_end(doc, *sentence))
        n = book.cite(best, *sentence)
        by_share = _part_by_share(reader, query, doc.text, sentence, quantity)
        if by_share is not None:  # the count of a part the sentence gives only as a share of a whole
            quote = display(doc.text[sentence[0]:sentence[1]])
            return Draft(f"{by_share.formula}[{n}]。依据{region}文件：“{quote}”[{n}]", False, book.citations,
                         [computed_figure(by_share, n)],
                         [Claim(by_share.unit, by_share.label, best, sentence, True)])
        set_goals = _goals_set(doc.text, sentence) if asks_goals(query) else []
        if set_goals:
            # `有什么目标`, `要达到哪些目标`: every goal the sentence sets (`安排资金8.2亿元以上，…由2000元提高
            # 到2300元，…满意度保持在95%以上`), each claimed by the whole sentence (one goal's clause need not
            # repeat the question's words), not only the clauses that repeat them; the sentence is quoted
            # whole, for the goals it sets without a figure (`到2027年…实现全覆盖`) and its deadline
            said = display(doc.text[s:e])
            goals = "、".join(shown(q, small=True) for q in set_goals)
            return Draft(f"{goals}。依据{region}文件：“{said}”[{n}]", False, book.citations,
                         [quantity_figure(said, q, n) for q in set_goals],
                         [Claim(q.unit, said, best, sentence) for q in set_goals])
        if quantity is None and asks_done(query.norm) and (outcome := outcome_of(doc.text, sentence)):
            # `…退了吗` of a report's finding: the finding and what its next line says was done about it
            m = book.cite(best, *outcome)
            return Draft(f"据{region}文件：“{display(doc.text[s:e])}”[{n}]“{display(doc.text[slice(*outcome)])}”[{m}]",
                         False, book.citations)
        if quantity is None and (kind := names_asked(query.norm, doc.text[s:e])):
            # `未通过的是哪三个单位` of a sentence naming no unit: the names asked are not stated there
            return reader.abstain(f"文件中未找到是哪些{kind}：相关段落没有写明{kind}的名称。", [best])
        if quantity is None and (query.asks_number or _FIGURE_NAMED.search(query.norm)) \
                and _is_title(doc, doc.text[s:e]):
            # a figure asked (`总分有几分`) of a document whose best sentence is its title: it names the subject,
            # never the figure, which the document does not give
            return reader.abstain("文件中未找到所问的数值：相关文件只在标题中说到该事项。", [best])
        if quantity is None:
            # the clauses that say it, from a long sentence listing many things
            # (a goal list is cut to the goal asked even when it is short)
            longer_than = MAX_CLAUSE_CHARS if "target" in query.intents else 2 * MAX_CLAUSE_CHARS
            clauses = naming_clauses(doc.text, sentence, reader.cover(query), longer_than,
                                     bool(ASKS_WHEN.search(query.norm)))
            asked_quote = QuotedClauses(region, doc.text, tuple(clauses), n, target="target" in query.intents,
                                       count=asks_count(query.norm),
                                       when=bool(ASKS_WHEN.search(query.norm)) or "日期" in query.norm)
            return Draft(quoted_answer(asked_quote), False, book.citations)
        kind = asked_kind(query.norm)
        if kind and not names_one(doc.text[s:e], kind):
            # `哪所学校…分到多少钱` of a sentence naming no school: its figure is the programme's, not the one's asked
            return reader.abstain(f"文件中未找到是哪个{kind}：相关段落没有写明{kind}的名称。", [best])
        named = unstated(query, doc.text, sentence, quantity, reader.cover(query))
        if named is not None:  # the sentence names the thing asked without a figure: no neighbour's figure
            actor = actor_before(doc.text, sentence, named) if ASKS_WHO.search(query.norm) else None
            if actor is not None:
                # `谁来管，多久查一次`: who does it (`由德育处制定…`) as well as what the clause says of it
                said = display(doc.text[actor:named[1]])
                return Draft(f"据{region}文件：“{said}”[{n}]", False, book.citations)
            said = display(doc.text[named[0]:named[1]])
            return Draft(f"文件没有给出{query.focus or '这一项'}的具体数值，{region}文件写的是：“{said}”[{n}]", False,
                         book.citations)
        quantity = counter_written(doc.text, quantity)  # `126批次` stated as written, not as 126批
        quoted = display(clause(doc.text, sentence, quantity))
        said = clause(doc.text, sentence, quantity)
        # what the figure goes to first, or a total's yearly part, or the share of all a count makes
        purpose = display(purpose_after(doc.text, sentence, said) or split_after(doc.text, sentence, said, query.norm)
                          or share_after(doc.text, sentence, said, quantity)
                          or condition_after(doc.text, sentence, said, query.norm)
                          or frequencies_after(doc.text, sentence, said, query.norm))
        # a target is shown with the deadline its sentence sets it by (`力争到2026年底，…达到100%`)
        lead = display(deadline_lead(doc.text, sentence, doc.text.find(said, *sentence))) \
            if ("target" in query.intents or _ASKS_REQUIRED_LEVEL.search(query.norm)) \
            and not query.asked.compliance else ""
        # (a count asked by its counter, `办几期`, `多少场`, is given in digits beside a small Chinese numeral too)
        small = "target" in query.intents or asked_counter(query.norm) is not None
        answer = f"{shown(quantity, small=small)}。依据{region}文件：“{lead}{quoted}{purpose}”[{n}]"
        figures = [quantity_figure(quoted, quantity, n)]
        claims = [Claim(quantity.unit, quoted, best, sentence)]
        ends = range_ends(doc.text, sentence, quantity)
        if ends is not None:  # `每人每月五百元至一千五百元不等`: the range, not the end nearest the question's words
            low, high = ends
            quoted = display(clause(doc.text, sentence, low))  # no pause between the ends: one clause
            answer = f"{shown(low)}至{shown(high)}。依据{region}文件：“{quoted}”[{n}]"
            figures = [quantity_figure(quoted, low, n), quantity_figure(quoted, high, n)]
            claims = [Claim(low.unit, quoted, best, sentence), Claim(high.unit, quoted, best, sentence)]
        # (`要达到什么目标` asked the goals set above, no check against a standard: 达到 is the goal's verb)
        judge = query.asked.compliance and not asks_goals(query)
        if len(listed) > 1 and not judge:
            # `城乡居民收入分别增长多少`: the sentence states the measure once for each of the things asked
            quotes = [display(item_of(doc.text, sentence, q)) for q in listed]
            answer = f"{'；'.join(quotes)}。依据{region}文件[{n}]"
            figures = [quantity_figure(c, q, n) for c, q in zip(quotes, listed)]
            claims = [Claim(q.unit, display(doc.text[s:e]) if targets else c, best, sentence)
                      for c, q in zip(quotes, listed)]
        if judge:
            students = students_in(doc.text, *sentence)  # of the same sentence: the total's own students
            judged = compliance(query, quantity.value, quantity.unit, quoted, students,
                                after=doc.text[quantity.end:sentence[1]], document=doc.text)
            if judged is not None and judged.flag == "rule":  # the document's requirement, not a value reached
                ask.book = CitationBook(reader.documents)  # cited again only where it is the bar the value meets
                if (reached := reached_against_rule(ask, best, sentence, quantity)) is not None:
                    return reached  # the value reached, stated in another sentence, against it
                if (against := rule_against_standard(ask, best, sentence, quantity)) is not None:
                    return against  # no value reached: the requirement itself against the national one asked
                return reader.abstain(f"文件中未找到实际达到的数值：{judged.note}。", [best])
            if judged is not None and restates_bar(query, quantity):
                # the sentence's bound is the question's own bar (`够90分钟了吗` of `…90分钟以上`): the value
                # reached, stated elsewhere, is judged against it — the bar never against itself
                book = ask.book = CitationBook(reader.documents)
                if (reached := reached_against_rule(ask, best, sentence, quantity)) is not None:
                    return reached
                n = book.cite(best, *sentence)
            if judged is None and (ruled := rule_for_reached(ask, best, sentence, quantity,
                                                             _unit_named(query, doc.text, sentence, quantity))) \
                    is not None:
                return ruled  # no bar asked nor a national one: the requirement the documents set for it
            if judged is not None:
                answer = f"{verdict_text(judged, query.norm)}：{answer}。{judged.note or judged.formula}"
                if judged.flag != "cannot":
                    figures.append(computed_figure(judged, n))
                if students is not None and judged.flag != "cannot":  # judged per student: the total ÷ students
                    claims = [replace(claims[0], computed=True)]
                # a standard in parts: each part this sentence or the next states is judged too, the
                # verdict is all of them (`…占比44.75%；其中，交流轮岗的骨干教师…占比37.73%`)
                following = split_sentences(doc.text, sentence[1], best.chunk.end)[:1]
                window = (sentence[0], following[0][1]) if following else sentence
                for part in companion_checks(query, doc.text, window, quantity.unit, quoted):
                    m = book.cite(best, *window)
                    answer += f"；{part.note or part.formula}[{m}]"
                    figures.append(computed_figure(part, m))
                    if part.flag == "fail" and judged.flag == "pass":
                        answer = verdict_text(part, query.norm) + answer.removeprefix(verdict_text(judged, query.norm))
        return Draft(answer, False, book.citations, figures, claims)


# a question asking a whole's parts each (`这几项分别多少`, `各项各是多少`, `分别是多少`), or its parts by a
# dimension (`分年级各有多少`, `按类别分别是多少`)
_PARTS_ASKED = re.compile(r"(?:([一二三四五六七八九两\d]+)|各)(?:项|部分|类)[^，,。？?]{0,4}(?:分别|各)|"
                          rf"^[^，,]*分别是多少|{BREAKDOWN.pattern}")
_PART_SUM_TOLERANCE = 0.005  # the parts of a whole sum to it within rounding of the figures as written
_ITEM_PAUSE = re.compile(r"[；;、，,。：:]")


def parts_of_whole(text: str, sentence: tuple[int, int], whole: Quantity,
                   asked: str) -> tuple[tuple[int, int], list[tuple[int, int, Quantity]]] | None:
    """The items of the `其中` list that splits the whole a sentence states (`“三公”经费预算28.60万元…。
    其中：因公出国（境）费0万元；公务用车购置及运行费21.40万元（其中…）；公务接待费7.20万元。`), with the
    span from the sentence's start to the list's end, when the question asks the parts each and they
    are the whole's: as many as it counts (三项), else summing to it; nested parts (in brackets) are
    not items. None otherwise."""
    m = _PARTS_ASKED.search(asked)
    if m is None:
        return None
    s, e = sentence
    end = text.find("\n", whole.end)
    end = len(text) if end < 0 else end
    opened = re.compile(r"[，,。；;：:\s]*其中[：:，,]?").search(text, whole.end, end)
    # the list follows the whole's clause, in its sentence or the next (`…28.60万元，比上年…。其中：…`)
    if opened is None or any(text[a:b].strip() for a, b in split_sentences(text, e, opened.start())):
        return None
    at = opened.end()
    body = BRACKETED_NOTE.sub(lambda p: " " * len(p.group()), text[at:end])  # nested parts are no items
    found = [q for q in find_quantities(body) if q.is_measure and q.unit == whole.unit]
    count = _count_of(m.group(1)) if m.group(1) else 0
    total = sum(q.value for q in found)
    fits = len(found) == count if count else abs(total - whole.value) <= _PART_SUM_TOLERANCE * max(whole.value, 1)
    if len(found) < 2 or not fits:
        return None
    items = []
    for q in found:  # each item from the list's pause before it to the one after it (its brackets kept)
        left = max((p.end() for p in _ITEM_PAUSE.finditer(body, 0, q.start)), default=0)
        right = next((p.start() for p in _ITEM_PAUSE.finditer(body, q.end)), len(body))
        items.append((at + left, at + len(body[:right].rstrip()), replace(q, start=q.start + at, end=q.end + at)))
    stop = next((x[1] for x in split_sentences(text, s, end) if x[0] <= items[-1][1] <= x[1]), end)
    return (s, stop), items


def _count_of(numeral: str) -> int:
    q = parse_number(numeral)
    return int(q.value) if q else 0


def asks_goals(query: Query) -> bool:
    """`要达到什么目标`, `有什么目标`: the goals a sentence sets, no single amount."""
    return "target" in query.intents and bool(_GOALS_ASKED.search(query.norm)) and not _AMOUNT_ASKED.search(query.norm)


def _goals_set(text: str, sentence: tuple[int, int]) -> list[Quantity]:
    """The figures a sentence sets as goals, with offsets into `text`: not the level a goal starts
    from (`由2000元提高到2300元`: 2300元)."""
    s, e = sentence
    started = starting_values(text[s:e])
    return [replace(q, start=q.start + s, end=q.end + s) for q in find_quantities(text[s:e])
            if q.is_measure and not any(a <= q.start < b for a, b in started)]


_RATE_ASKED = re.compile(r"[\u4e00-\u9fff]{2}率")


def _rate_targets(query: Query, text: str, sentence: tuple[int, int],
                  cover: Callable[[str], float]) -> list[Quantity]:
    """The bounds a target sentence sets on the rate the question names, each in a clause of its own naming that
    rate (the whole's and a group's); [] unless two or more, or when the question names a school stage."""
    rates = _RATE_ASKED.findall(flat(query.norm))
    if len(rates) != 1:
        return []
    if not fitting_quantities(query, text, sentence, cover):
        return []
    start = sentence[0]
    found = [q for q in (replace(x, start=x.start + start, end=x.end + start)
                         for x in find_quantities(text[start:sentence[1]]))
             if q.unit == "%" and q.qualifier in (">=", ">", "<=", "<")
             and rates[0] in flat(normalize(clause(text, sentence, q)))]
    if len(found) < 2 or len({clause(text, sentence, q) for q in found}) != len(found):
        return []
    # (a part asked names the one clause of that part: a lookup's one figure — a school stage, 初中, or a word of the
    # question only one clause writes, a town or a 街道 of the place)
    clauses = [flat(normalize(clause(text, sentence, q))) for q in found]
    named = [t for t in query.terms if rates[0] not in t and t not in rates[0]
             and sum(any(alt in c for alt in t.split("|")) for c in clauses) == 1]
    return [] if stages_named(flat(query.norm)) or named else found


# a figure asked by its noun alone, the question ending on it (`…的平均分`, `…的人数`)
_FIGURE_NAMED = re.compile(r"(?:平均分|总分|得分|分数|平均成绩|平均数|人数|总数)[？?]?$")


def _is_title(doc: Document, sentence: str) -> bool:
    """Whether the sentence is the document's title (its first line, as the metadata reads it)."""
    title = normalize(doc.meta.title, drop_space=True)
    return bool(title) and normalize(sentence, drop_space=True).strip("《》“”\"") == title
