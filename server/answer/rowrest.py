"""What a table row's count leaves beside those of it who did a thing, or still lacks of a rate's target.

Reports on a service or a campaign count, per school and for the whole area, those it is for beside those
who took part, and the rate one makes of the other (`学生数 | 参加人数 | 参与率`). Asked how many did not
(`没参加体检的学生有几人`) the answer is the whole − those who did; asked how many more it takes to
reach a rate the question sets (`参与率要提到90%，还缺几人`) it is the whole × that rate − those who did,
which the table leaves to the reader. The whole and the part are the row's count columns the question's
words name, else the pair whose quotient is the row's own rate (the rate's definition, checked on its
cells); the row is the one the question names, else, naming none, the table's total row (`全区`, `合计`).
Every cell is cited and the formula shown; two rows, tables or pairs that fit leave it to other handlers.
A table whose row counts the whole but has no column of those who did (its progress a column of words,
`整改中`) leaves the done part to its prose, which names the row (`X校已整改4项`): whole − that amount, the
row and the sentence both cited.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from figures.compute import Computation, ComputeError, Operand, part_of, remainder
from figures.counters import asked_counter
from figures.numbers import find_quantities
from figures.tablequery import is_total, key
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_name
from server.answer.namedcell import named_row
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.peoplegroups import group_of
from server.answer.remainder import HEAD_CHARS, asked_undone
from server.answer.shortage import ASKS_SHORT
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import cell_operand, overlap
from server.intent import wanted_units
from server.lexicon import synonyms
from server.retrieve import Hit

NAME_RUN_MIN = 2  # characters a column's name and the question's noun must share in one run

# what a reduction leaves (`关停之后剩余多少个`, `撤并后剩下几所`): the verb before 以后/后 is the part taken out
ASKS_LEFT = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2,4}?)(?:以后|之后|后)[，,]?(?:还|仍|尚)?(?:剩下|剩余|剩|余下)"
                       r"(?:了|的)?(?:多少|几)")

_RATE_UNITS = ("%", "百分点")
_NOT_DONE = re.compile(r"未|没|不|正在|尚")  # words of an amount still being done, not done


class RowRest:
    """Handler: whole − done, or whole × the rate asked − done, of one table row (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        undone = asked_undone(query.search_text)
        # a count of those that did not meet a standard (`没达标的学校有几所`) is asked by its number, not judged
        if (query.asked.compliance and undone is None) or len(query.asks) > 1 \
                or query.operation not in ("", "difference"):
            return None
        q = flat(query.norm)
        short = ASKS_SHORT.search(q)
        target = _target_rate(q) if short else None
        left = ASKS_LEFT.search(q) if undone is None else None
        if left is not None:  # what a reduction leaves: the whole − the part the verb took out, as `剩余`
            undone = (left.group("verb"), "")
        if undone is None and target is None:
            return None
        # the counter asked, after the rate a question sets (`提到90%，还缺几人`: 人, not %)
        units = wanted_units(q[short.start():]) if short and not undone else query.units
        # (a counter no unit stands for, `几处`, `多少次`: bare counts in a table are in it)
        unit = next((u for u in units if u not in _RATE_UNITS), "") or asked_counter(q) or ""
        named = "剩余" if left is not None else f"未{undone[0]}" if undone else ""
        return one_row_computed(
            ask, lambda table: asked_row(table, q),
            lambda table, row: _rest(table, row, undone, unit, named) if undone
            else _short_of(table, row, q, target, unit)) \
            or (_rest_stated_apart(ask, q, undone, unit, named) if undone and left is None else None)


def one_row_computed(ask: Ask, row_of: Callable[[Table], Row | None],
                     compute: Callable[[Table, Row], Computation | None], whole: bool = False) -> Draft | None:
    """The computation on the row `row_of` picks in each table of the leading passages (each table read once;
    `whole`: a table's own passage counts too), answered only when exactly one table yields one: a second
    table that fits leaves it to the other handlers."""
    found = one_row_found(ask, row_of, compute, whole)
    return row_computed(ask, *found) if found is not None else None


def one_row_found(ask: Ask, row_of: Callable[[Table], Row | None],
                  compute: Callable[[Table, Row], Computation | None],
                  whole: bool = False) -> tuple[Hit, Table, Row, Computation] | None:
    """The one table's row and computation `one_row_computed` answers with (its row's passage as the hit)."""
    answers: list[tuple[Hit, Table, Row, Computation]] = []
    for hit, table in ask.row_tables(whole=whole):
        row = row_of(table)
        chunk = None if row is None else ask.reader.row_chunk(table, row.index)
        if row is None or chunk is None:
            continue
        result = compute(table, row)
        if result is not None:
            answers.append((Hit(-1, chunk, hit.score), table, row, result))
    return answers[0] if len(answers) == 1 else None


def row_computed(ask: Ask, hit: Hit, table: Table, row: Row, result: Computation, prose: bool = True) -> Draft:
    """The computation from cells of one row: its formula, then the row cited with every cell it states (or,
    with `prose`, a total row's inputs by the prose sentences restating them)."""
    doc = ask.reader.documents[table.doc_id]
    where = f"{region_of(doc)}《{table_name(doc, table)}》“{row_label(table, row)}”"
    # a total row (合计, 全区) counts what the document is about: the prose sentence stating the same inputs
    # (`全县原有…教学点58个，累计撤并21个` over its table) names what of
    total = prose and is_total(row_label(table, row))
    stated = _restating(ask, table, result) if total else []
    apart = _restated_apart(ask, table, result) if total and not stated else []
    apart = apart if any(_counts_as_asked(ask, a) for a in apart) else []
    about = f" {flat(normalize(doc.text[slice(*stated[0].sentence)]))}" if stated else ""
    claims = [Claim(result.unit, result.label + about, hit, (row.start, row.end), True)]
    if apart:
        # … each input stated by its own prose sentence (`预算总额N万元` in one, `实际支出M万元` in another): those
        # sentences cited, each input's source, the row named beside them
        inputs = [{**i, "source": a.operand(a.words).source} for i, a in zip(result.inputs, apart)]
        draft = draft_apart(ask.reader, ask.book, replace(result, inputs=inputs), apart)
        return replace(draft, answer=f"{draft.answer}（{where}一行同）")
    if stated:
        # … and that sentence, the document's own statement of the inputs the row repeats, is their source
        # (as a lookup cites a restated cell by its sentence: prosecells.py), the row named beside it
        sentence = stated[0].sentence
        m = ask.book.cite(stated[0].hit, *sentence)
        inputs = [{**i, "source": a.operand(a.words).source} if (a := _stating(stated, i)) else i
                  for i in result.inputs]
        said = display(doc.text[sentence[0]:sentence[1]])
        return Draft(f"{result.label}：{result.formula}[{m}]。依据{region_of(doc)}文件：“{said}”[{m}]（{where}一行同）",
                     False, ask.book.citations, [computed_figure(replace(result, inputs=inputs), m)], claims)
    n = ask.book.cite(hit, row.start, row.end)
    said = "，".join(f"{c.column}：{c.text}" for c in row.cells)
    return Draft(f"{result.label}：{result.formula}[{n}]。依据{where}：{said}[{n}]", False, ask.book.citations,
                 [computed_figure(result, n)], claims)


def _stating(amounts: list[Stated], given: dict[str, Any]) -> Stated | None:
    """The sentence's amount of an input's value and unit."""
    return next((a for a in amounts if math.isclose(given["value"], a.quantity.value)
                 and (not given["unit"] or given["unit"] == a.quantity.unit)), None)


def _restating(ask: Ask, table: Table, result: Computation) -> list[Stated]:
    """The amounts of the one prose sentence of the table's document stating every input of the computation
    (each value in its unit); [] when no one sentence does."""
    found: dict[tuple[int, int], list[Stated]] = {}
    for a in document_amounts(ask.reader, table.doc_id):
        if not table.start <= a.quantity.start < table.end:
            found.setdefault(a.sentence, []).append(a)
    sentences = [amounts for amounts in found.values() if all(_stating(amounts, i) for i in result.inputs)]
    return sentences[0] if len(sentences) == 1 else []


def _restated_apart(ask: Ask, table: Table, result: Computation) -> list[Stated]:
    """For each input of the computation, in order, the one prose amount of the table's document stating its value
    in its unit, each in a sentence of its own; [] when an input has none or more than one."""
    prose = [a for a in document_amounts(ask.reader, table.doc_id) if not table.start <= a.quantity.start < table.end]
    found = []
    for i in result.inputs:
        stating = [a for a in prose if _stating([a], i)]
        if len(stating) != 1:
            return []
        found.append(stating[0])
    return found if len(found) >= 2 and len({a.sentence for a in found}) == len(found) else []


# a count the question names its whole by, with the first words of what it counts (`5个教育专项`)
_COUNTED = re.compile(r"[\d一二两三四五六七八九十]+[个项所类批][\u4e00-\u9fff]{2}")


def _counts_as_asked(ask: Ask, a: Stated) -> bool:
    """Whether the question names the whole as the amount's sentence counts it (`5个教育专项` of `…的5个教育专项，
    预算总额…`): it asks of what the prose states, which a table's rows only list."""
    sentence = flat(normalize(ask.reader.documents[a.hit.chunk.doc_id].text[slice(*a.sentence)]))
    return any(m.group() in sentence for m in _COUNTED.finditer(ask.query.norm))


def _target_rate(q: str) -> Operand | None:
    """The one percentage the question sets as the rate to reach (`参与率要提到90%`)."""
    rates = [x for x in find_quantities(q) if x.unit == "%"]
    if len(rates) != 1:
        return None
    return Operand(label=rates[0].text, value=rates[0].value, unit="%", decimals=rates[0].decimals)


def asked_row(table: Table, q: str) -> Row | None:
    """The row the question names; naming none, the table's one total row (`全区`, `合计`): the area's own."""
    row = named_row(table, q)
    if row is not None:
        return row
    if any(len(label := key(row_label(table, r))) >= 2 and label in q for r in table.rows):
        return None  # it names rows, not one
    totals = [r for r in table.rows if is_total(row_label(table, r))]
    return totals[0] if len(totals) == 1 else None


def _counts(table: Table, row: Row, unit: str) -> list[tuple[Cell, Operand]]:
    """The row's counts (not its label, serial number or rates), each in the unit asked when its cell has none."""
    label = key(row_label(table, row))
    out = []
    for c in row.cells:
        o = None if c.column in key_columns(table) else cell_operand(c, table, row, label)
        if o is None or o.unit in _RATE_UNITS:
            continue
        out.append((c, replace(o, unit=unit or _header_counter(c.column)) if not o.unit else o))
    return out


# a counter a header notes in brackets (`发现苗头（起）`) that the table's units do not carry
_HEADER_COUNTER = re.compile(r"[（(]([\u4e00-\u9fff])[)）]$")


def _header_counter(column: str) -> str:
    """The one-character counter closing a header (起 of `发现苗头（起）`): a bare count's unit when the question
    names none, so the rest is stated in the table's own counter."""
    m = _HEADER_COUNTER.search(column.strip())
    return m.group(1) if m else ""


def _rate_pairs(table: Table, row: Row, counts: list[tuple[Cell, Operand]]) -> list[tuple[Cell, Cell, Cell]]:
    """(rate, part, whole) cells of the row whose part ÷ whole, rounded as the rate is written, is the rate."""
    out = []
    for c in row.cells:
        rate = cell_operand(c)
        if rate is None or rate.unit != "%":
            continue
        out += [(c, pc, wc) for pc, p in counts for wc, w in counts
                if is_quotient(p.value, w.value, rate)]
    return out


def _named(counts: list[tuple[Cell, Operand]], noun: str) -> list[tuple[Cell, Operand]]:
    """The counts whose column the noun names best (a run of at least NAME_RUN_MIN characters)."""
    runs = [(overlap(noun, key(c.column)), (c, o)) for c, o in counts]
    top = max((r for r, _ in runs), default=0)
    return [x for r, x in runs if r == top] if top >= NAME_RUN_MIN else []


def _rest(table: Table, row: Row, undone: tuple[str, str], unit: str, named: str) -> Computation | None:
    """whole − those who did it, the asked verb naming the part's column and the whole's noun (or the rate's
    definition) its whole's; `named` says what the rest is (`未参加`, `剩余`)."""
    verb, whole = undone
    counts = _counts(table, row, unit)
    if any(re.search(r"未|没有|不", key(c.column)) for c, _ in counts):
        return None  # the table counts those who did not itself: a lookup answers
    # the verb as the table's columns name it (`没花出去` of a 决算数 column: server/lexicon/synonyms.tsv)
    done = next((found for noun in (verb, *synonyms().get(verb, ())) if (found := _named(counts, noun))), [])
    if len(done) != 1:
        return None
    pairs = [(p, w) for _, p, w in _rate_pairs(table, row, counts) if p is done[0][0]]
    others = [x for x in counts if x[0] is not done[0][0]]
    wholes = _named(others, whole) if whole else []
    if len(wholes) > 1:
        # the question's words name two columns as much (`排查出来的…苗头`: 排查学生, 发现苗头): the one the row's
        # rate divides the done column by (化解率 = 已化解 ÷ 发现苗头) is the whole the rate is of
        wholes = [x for x in wholes if any(x[0] is w for _, w in pairs)] or wholes
    if not wholes and len({w.column for _, w in pairs}) == 1:
        wholes = [x for x in counts if x[0] is pairs[0][1]]
    if not wholes:  # the question names no column's whole: the one column counting the done column's things
        wholes = _of_same_things(counts, done[0]) or _only_other_before(counts, done[0])
    if len(wholes) != 1:
        return None
    (wc, w), (dc, d) = wholes[0], done[0]
    try:
        return remainder(w, d, label=f"{key(row_label(table, row))} {named}（{key(wc.column)} − {key(dc.column)}）")
    except ComputeError:
        return None


def _rest_stated_apart(ask: Ask, q: str, undone: tuple[str, str], unit: str, named: str) -> Draft | None:
    """The named row's whole − the one amount its document's prose states of that row done (module doc)."""
    verb, whole = undone
    verbs = (verb, *synonyms().get(verb, ()))
    answers: list[tuple[Hit, Table, Row, Stated, Computation]] = []
    for hit, table in ask.row_tables():
        row = named_row(table, q)
        chunk = None if row is None else ask.reader.row_chunk(table, row.index)
        if row is None or chunk is None or is_total(label := key(row_label(table, row))):
            continue
        counts = _counts(table, row, unit)
        wholes = _named(counts, whole.replace(label, "")) if whole else []
        if len(wholes) != 1:
            continue
        wc, w = wholes[0]
        done = [a for a in document_amounts(ask.reader, table.doc_id)
                if not table.start <= a.quantity.start < table.end and label in a.words
                and any(v in a.words for v in verbs) and not _NOT_DONE.search(a.words)
                and a.quantity.unit == w.unit and 0 < a.quantity.value < w.value]
        if len({a.quantity.value for a in done}) != 1:
            continue
        try:
            result = remainder(w, done[0].operand(done[0].words),
                               label=f"{label} {named}（{key(wc.column)} − {flat(normalize(done[0].lead)) or verb}）")
        except ComputeError:
            continue
        answers.append((Hit(-1, chunk, hit.score), table, row, done[0], result))
    if len(answers) != 1:
        return None
    hit, table, row, done_stated, result = answers[0]
    doc = ask.reader.documents[table.doc_id]
    n = ask.book.cite(hit, row.start, row.end)
    m = ask.book.cite(done_stated.hit, *done_stated.sentence)
    said = "，".join(f"{c.column}：{c.text}" for c in row.cells)
    quote = display(doc.text[done_stated.sentence[0]:done_stated.sentence[1]])
    figure = computed_figure(result, n)
    figure.citation_ids = [n, m]
    return Draft(f"{result.label}：{result.formula}[{n}][{m}]。依据{region_of(doc)}《{table_name(doc, table)}》"
                 f"“{row_label(table, row)}”：{said}[{n}]；“{quote}”[{m}]", False, ask.book.citations, [figure],
                 [Claim(result.unit, result.label, hit, (row.start, row.end), True)])


def _of_same_things(counts: list[tuple[Cell, Operand]], done: tuple[Cell, Operand]) -> list[tuple[Cell, Operand]]:
    """The other counts of the row whose column names the things the done column counts, by its head noun, no
    fewer and in its unit (`学校数` beside `体测达标学校`): a statistics table counts all of a kind beside those
    of it that met a standard."""
    head = key(done[0].column)[-HEAD_CHARS:]
    return [x for x in counts if x[0] is not done[0] and key(x[0].column) in (head, f"{head}数", f"{head}总数")
            and x[1].unit == done[1].unit and x[1].value >= done[1].value]


def _only_other_before(counts: list[tuple[Cell, Operand]],
                       done: tuple[Cell, Operand]) -> list[tuple[Cell, Operand]]:
    """The row's one other count, before the done column, in its unit and no fewer (`立项数 | 应结题数`): a tally of
    two counts sets the whole before the part of it due or done — never when the two count groups of people counted
    apart (在校生 | 专任教师: server/answer/peoplegroups.py)."""
    others = [x for x in counts if x[0] is not done[0]]
    if len(others) != 1 or counts.index(others[0]) > counts.index(done):
        return []
    if group_of(others[0][0].column) != group_of(done[0].column):
        return []
    return others if others[0][1].unit == done[1].unit and others[0][1].value >= done[1].value else []


def _short_of(table: Table, row: Row, q: str, target: Operand | None, unit: str) -> Computation | None:
    """whole × the rate asked − part, of the rate column the question names (`参与率要提到90%`), its part and
    whole the cells the rate is the quotient of; rounded up to a whole count when the product is not one."""
    if target is None:
        return None
    counts = _counts(table, row, unit)
    pairs = [(r, p, w) for r, p, w in _rate_pairs(table, row, counts) if key(r.column) in q]
    if len({(r.column, p.column, w.column) for r, p, w in pairs}) != 1:
        return None
    rc, pc, wc = pairs[0]
    p, w = (next(o for c, o in counts if c is x) for x in (pc, wc))
    if target.value > 100:
        return None  # no share
    label = key(row_label(table, row))
    return shortfall(w, p, target, f"{label} {key(rc.column)}达到{target.label}还差（{key(wc.column)} × "
                                   f"{target.label} − {key(pc.column)}）")


def is_quotient(part: float, whole: float, rate: Operand) -> bool:
    """Whether part ÷ whole, rounded as the rate is written, is the rate: the pair it is stated of."""
    return 0 < part < whole and round(part / whole * 100, rate.decimals) == rate.value


def shortfall(whole: Operand, part: Operand, target: Operand, label: str) -> Computation | None:
    """whole × target rate − part, the count reaching the rate rounded up to a whole one (a count of people or
    schools meets a rate only whole), with both steps in its formula; None when the part reaches it already."""
    try:
        needed = part_of(whole, target, label=label)
        whole_count = math.ceil(needed.value - 1e-9)
        reach = replace(whole, label=needed.label, value=whole_count * whole.scale, decimals=0, source=None)
        if reach.value <= part.value:
            return None
        short = remainder(reach, part, label=label)
    except ComputeError:
        return None
    rounded = "" if whole_count == needed.value else f"，取整为{whole_count}"
    return replace(short, formula=f"{needed.formula}{rounded}；{short.formula}",
                   inputs=[*needed.inputs, *short.inputs[1:]])
