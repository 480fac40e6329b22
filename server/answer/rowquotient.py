"""A quotient of two cells a table leaves to the reader: an item's share of the table's total, or its amount per head.

Budget and programme tables list items (`项目 | 人数 | 经费（万元）`) and close on a total row (`合计`). Asked for
an item's share of the total (`X课题经费占…科研经费的比重`) the answer is the item's cell ÷ the total row's cell of
the one column both the item and the whole asked name (`经费`); asked for the item's amount per person (`X人均
补助是多少`, `每人…多少`) it is the item's amount ÷ the people its row counts (人均 is per person, as the
statistics define it) — per 人次 when asked per 人次 (`每人次补助多少`: a 受助人次 column), per pupil when
asked 生均 (`生均多少元`: a 学生数 or 在校生 column). The amount is the column the noun asked names (before or
after the per-word: `专项经费生均`, `人均补助`), else the row's one money cell when money is asked (a
`金额（万元）` beside a `人次` column is an amount to divide, not a total to refuse). The row is the one the
question names; both cells are cited and the formula shown. A second table, row or column that fits leaves it
to the other handlers.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from figures.compute import Computation, ComputeError, Operand, ratio, share
from figures.numbers import ASKED_SCALE
from figures.tablequery import is_total, key
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import key_columns, row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_name
from server.answer.namedcell import named_row
from server.answer.operands import Stated, document_amounts, draft_apart
from server.answer.perone import things_counter
from server.answer.rowproduct import count_operand
from server.answer.tables import as_written_range
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import cell_operand, overlap
from server.intent import PER_HEAD
from server.lexicon import unit_nouns
from server.retrieve import Hit

NAME_RUN_MIN = 2  # characters a column's name and the question's noun must share in one run
# an amount per head asked, the amount's noun after it (`人均补助是多少`, `每人次平均补助多少`) or before
# it (`专项经费生均多少元`); the head named by the per-word: 人次, a pupil (生均), else a person
# (a pupil also by the words that qualify it, `每名住校学生`)
_PER_PERSON = re.compile(r"(?P<before>[\u4e00-\u9fff]{0,8}?)(?P<per>(?:平均)?每人次|人次均|(?:平均)?每(?:名学)?生|生均|"
                         r"(?:平均)?每(?:个|名|位)(?P<qualifier>[\u4e00-\u9fff]{0,4}?)学生|人均|(?:平均)?每人)"
                         r"(?:平均)?(?P<noun>[\u4e00-\u9fff]{0,8}?)(?:是|为|有)?(?:多少|几)")
_PUPILS = re.compile(r"学生|在校生|在籍生|生数")  # the column counting the pupils 生均 is per
# the scale a money amount is asked in (`每台多少万元`): the answer is shown in it
_RATE_UNITS = ("%", "百分点")
_ALL_OF = re.compile(r"全部|所有|各")  # the whole asked as all the rows together (`占全部集团…的比例`)


class RowQuotient:
    """Handler: a named row's cell ÷ its table's total row's, or ÷ the people its row counts (module doc)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.asked.compliance or len(query.asks) > 1:
            return None
        q = flat(query.norm)
        per = _PER_PERSON.search(q)
        # (a share naming no whole, `X年级报名的孩子占几成`, is of all the table counts: its total row)
        of_total = query.operation == "share" and bool(query.asked.part)
        per_measure = per is None and not of_total and "每" in q
        if per is None and not of_total and not per_measure:
            return None
        money = "元" in "".join(query.units)
        answers: list[tuple[Hit, Table, list[Row], Computation]] = []
        for hit, table in ask.row_tables():
            # (a part's row by its number, `第3期的支出占…`, which the part's words leave out: the question before 占)
            row = named_row(table, flat(query.asked.part) if of_total else q) \
                or (named_row(table, q[:q.index("占")]) if of_total and "占" in q else None) \
                or (_named_by_head(table, flat(query.asked.part)) if of_total else None)
            if row is None or is_total(row_label(table, row)):
                continue
            counter = things_counter(query.units)
            if per and counter and _per_head_stated(ask, table.doc_id, counter):
                continue  # the document states its things per head itself (`人均N册`): a lookup quotes it
            found = _per_person(table, row, per, money, counter) if per else \
                _per_measure(table, row, q, money) if per_measure else \
                _of_total(table, row, flat(query.asked.part), flat(query.asked.whole),
                          normalize(region_of(ask.reader.documents[table.doc_id])))
            if found is not None:
                answers.append((hit, table, *found))
        if not answers and of_total and query.asked.whole:
            return _of_prose_sum(ask, flat(query.asked.part), flat(query.asked.whole))
        if len(answers) > 1:  # rows of several places' tables: the one of the place the question names
            answers = [a for a in answers if (place := normalize(region_of(ask.reader.documents[a[1].doc_id])))
                       and flat(place) in q]
        if len(answers) != 1:
            return None
        if of_total:
            hit, table, rows, result = answers[0]
            restated = _said_together(ask, table.doc_id, key(row_label(table, rows[0])), result)
            if restated is not None:
                return restated
        return rows_drafted(ask, *answers[0])


# a column of an amount per one thing (`单价（元）`, `补助标准`, `每人`, `人均`): a price, not a line's money
_PER_ONE_COLUMN = re.compile(r"单价|标准|每|均")


def _names_money(words: str) -> bool:
    """The words hold a noun of money (钱, 经费, 资金: server/lexicon/unit_nouns.tsv)."""
    return any(kind == "money" and noun in words for noun, kind in unit_nouns().items())


# money spent on a thing as speech asks it (`买X的钱`, `花在X上的钱`, `用于X的经费`, `X花的钱`): a verb of spending
# before or after the thing, then a noun of money
_SPENT_ON = re.compile(r"^(?:(?:购买|购置|采购|添置|买|花在|用于|用在)(?P<thing>[\u4e00-\u9fff]{2,10}?)上?|"
                       r"(?P<spent>[\u4e00-\u9fff]{2,10}?)(?:花|用)(?:掉|去|了)?)的")


def _bought(part: str) -> str:
    """The thing a part asked as the money spent on it names (`花在折叠椅上的钱` → 折叠椅), '' when the part is no such
    phrase: a verb of spending, and after the thing only one noun of money (server/lexicon/unit_nouns.tsv)."""
    m = _SPENT_ON.match(part)
    return (m.group("thing") or m.group("spent")) if m and unit_nouns().get(part[m.end():]) == "money" else ""


def _named_by_head(table: Table, part: str) -> Row | None:
    """The one item row whose label's head (its last words, two characters or more: 折叠椅 of `教师用折叠椅`) is the
    thing the part asked buys, as speech names a budget line by the thing bought (`花在折叠椅上的钱`); None when the
    part is no such phrase (a source of money, `维修改造上级补助`, names no thing bought), or none or several rows."""
    thing = _bought(part)
    found: list[tuple[int, Row]] = []
    for row in table.rows:
        label = key(row_label(table, row))
        if is_total(label) or not thing:
            continue
        held = max((n for n in range(NAME_RUN_MIN, len(label) + 1) if label[-n:] == thing), default=0)
        if held:
            found.append((held, row))
    longest = [row for n, row in found if n == max(n for n, _ in found)]
    return longest[0] if len(longest) == 1 else None


def _per_head_stated(ask: Ask, doc_id: str, counter: str) -> bool:
    """Whether the document states an amount in `counter` per head (`人均9册`, `每生6本`) anywhere."""
    return any(a.quantity.unit == counter and PER_HEAD.search(a.lead) for a in document_amounts(ask.reader, doc_id))


def _said_together(ask: Ask, doc_id: str, label: str, result: Computation) -> Draft | None:
    """The share from the one prose sentence stating both its whole and its part too (`在校生5万人，其中初中
    2万人`, as reports restate their table's total and an item): the sentence the reader reads them in, cited
    for both inputs. None unless exactly one sentence states the whole, then 其中 and the part named by its row's
    `label`, in one unit (the same number of another item is not the row's)."""
    part, whole = (i["value"] for i in result.inputs)
    unit = result.inputs[0]["unit"]
    amounts = [a for a in document_amounts(ask.reader, doc_id) if a.quantity.unit == unit]
    text = ask.reader.documents[doc_id].text
    pairs = [(w, p) for w in amounts if w.quantity.value == whole for p in amounts
             if p.quantity.value == part and p.sentence == w.sentence and p.quantity.start > w.quantity.end
             and label in p.words
             and "其中" in text[w.quantity.end:p.quantity.start]]
    if len(pairs) != 1:
        return None
    w, p = pairs[0]
    try:
        said = share(p.operand(result.inputs[0]["label"]), w.operand(result.inputs[1]["label"]), label=result.label)
    except ComputeError:
        return None
    return draft_apart(ask.reader, ask.book, said, [w, p])


def _of_prose_sum(ask: Ask, part: str, whole: str) -> Draft | None:
    """A row's share of the whole of all rows (`占全部…的比例`) in a table with no total row, the whole being the one
    prose sentence's amount that equals the column's sum (`…共交流137人` over rows of 46, 31, 38 and 22): the row's
    cell ÷ that amount, the row and the sentence cited. None unless one table, row, column and sentence fit."""
    found: list[tuple[Hit, Table, Row, Cell, Operand, Stated]] = []
    for hit, table in ask.row_tables():
        row = named_row(table, part)
        if row is None or not _ALL_OF.match(whole) or any(is_total(row_label(table, r)) for r in table.rows):
            continue
        label = key(row_label(table, row))
        amounts = _amounts(table, row)
        rest = part.replace(label, "")
        cells = _named(amounts, rest, whole) or _named(amounts, rest)
        column = [o for r in table.rows for c in r.cells if len(cells) == 1 and c.column == cells[0].column
                  for o in [cell_operand(c, table, r, key(row_label(table, r)))]]
        if len(cells) != 1 or not column or any(o is None or o.unit in _RATE_UNITS for o in column):
            continue
        total = sum(o.value for o in column if o is not None)
        sums = [a for a in document_amounts(ask.reader, table.doc_id)
                  if not table.start <= a.quantity.start < table.end and math.isclose(a.quantity.value, total)
                  and a.quantity.unit not in _RATE_UNITS]
        own = cell_operand(cells[0], table, row, label)
        if own is not None and len(sums) == 1 and 0 < own.value < total:
            found.append((hit, table, row, cells[0], own, sums[0]))
    if len(found) != 1:
        return None
    hit, table, row, cell, own, stated = found[0]
    try:
        result = share(replace(own, unit=own.unit or stated.quantity.unit), stated.operand(stated.words),
                       label=f"{key(row_label(table, row))} {key(cell.column)}占比")
    except ComputeError:
        return None
    doc = ask.reader.documents[table.doc_id]
    chunk = ask.reader.row_chunk(table, row.index) or hit.chunk
    n = ask.book.cite(Hit(-1, chunk, hit.score), row.start, row.end)
    m = ask.book.cite(stated.hit, *stated.sentence)
    said = "，".join(f"{c.column}：{c.text}" for c in row.cells)
    figure = computed_figure(result, n)
    figure.citation_ids = [n, m]
    return Draft(f"{result.label}：{result.formula}[{n}][{m}]。依据{region_of(doc)}《{table_name(doc, table)}》"
                 f"“{row_label(table, row)}”：{said}[{n}]；“{display(doc.text[slice(*stated.sentence)])}”[{m}]",
                 False, ask.book.citations, [figure],
                 [Claim(result.unit, result.label, hit, (row.start, row.end), True)])


def rows_drafted(ask: Ask, hit: Hit, table: Table, rows: list[Row], result: Computation) -> Draft:
    """A computation over table rows: its formula, then each row cited with every cell it states."""
    doc = ask.reader.documents[table.doc_id]
    cited = []
    # an item's row and its table's total row below it (or two rows one above the other): the table's lines
    # from the one to the other are one passage, cited once, as a reader finds the item and its whole in it
    adjacent = len(rows) == 2 and rows[1].index > rows[0].index \
        and (rows[1].index == rows[0].index + 1 or is_total(row_label(table, rows[1])))
    for row in rows:
        chunk = ask.reader.row_chunk(table, rows[0].index if adjacent else row.index) or hit.chunk
        span = (rows[0].start, rows[1].end) if adjacent else (row.start, row.end)
        n = ask.book.cite(Hit(-1, chunk, hit.score), *span)
        said = "，".join(f"{c.column}：{c.text}" for c in row.cells)
        cited.append((n, f"“{row_label(table, row)}”：{said}[{n}]"))
    refs = "".join(dict.fromkeys(f"[{n}]" for n, _ in cited))
    where = f"{region_of(doc)}《{table_name(doc, table)}》"
    return Draft(f"{result.label}：{result.formula}{refs}。依据{where}{'；'.join(s for _, s in cited)}", False,
                 ask.book.citations, [computed_figure(result, cited[0][0])],
                 [Claim(result.unit, result.label, hit, (rows[0].start, rows[0].end), True)])


def _amounts(table: Table, row: Row) -> list[Cell]:
    """The row's cells holding an amount (not its label, serial number or a rate)."""
    return [c for c in row.cells if c.column not in key_columns(table)
            and (o := cell_operand(c)) is not None and o.unit not in _RATE_UNITS]


def _named(cells: list[Cell], *nouns: str) -> list[Cell]:
    """The cells whose column every noun names by a run of at least NAME_RUN_MIN characters."""
    return [c for c in cells if all(overlap(n, key(c.column)) >= NAME_RUN_MIN for n in nouns)]


def _per_person(table: Table, row: Row, per: re.Match[str], money: bool,
                counter: str = "") -> tuple[list[Row], Computation] | None:
    """The row's amount the noun names (or its one money cell, money asked; or its one cell counted in the
    `counter` of things asked) ÷ the one count of the heads the per-word names (`经费（万元）` ÷ `人数`,
    `金额（万元）` ÷ `受助人次`, `分配资金` ÷ `学生数`, `订购量（册）` ÷ `学生数`)."""
    found = per_head(table, row, per.group("per"), per.group("noun"), per.group("before"),
                     per.group("qualifier") or "", money, counter=counter)
    return ([row], found[0]) if found else None


def per_head(table: Table, row: Row, word: str, noun: str, before: str = "", qualifier: str = "",
             money: bool = False, stated: Operand | None = None,
             counter: str = "") -> tuple[Computation, Operand] | None:
    """The row's amount `noun` (or `before`) names — or `stated`, the amount a sentence gives of the row — ÷ the
    heads the per-word `word` names (生均: its pupils), with the amount divided; None unless one amount and one
    count fit. Things asked by their `counter` (`每人订几册`, the verb naming no column) are the row's one cell
    counted in it."""
    cells = _amounts(table, row)
    counted = [c for c in cells if counter and (o := count_operand(table, row, c)) is not None and o.unit == counter]
    nouns = [n for n in (noun, before) if len(n) >= NAME_RUN_MIN and stated is None]
    amounts = counted if len(counted) == 1 and stated is None else \
        next((a for n in nouns if (a := _named(cells, n))), [])
    if money and len(amounts) != 1:
        # (the noun naming the heads' column too, `资助人次` beside `资助金额`: the money one, money asked)
        amounts = [c for c in amounts or cells if (o := cell_operand(c)) is not None and "元" in o.unit]
    label = key(row_label(table, row))
    head = "人次" if "人次" in word else "人"
    people = [(c, o) for c in cells if c not in amounts and (o := _head_count(table, row, c)) is not None
              and o.unit == head and ("生" not in word or _PUPILS.search(key(c.column)))]
    if not people and head == "人" and "生" not in word:
        # a programme table counting its heads only in 人次 (training, aid by 人次): 人均 is per 人次 there, said so
        people = [(c, o) for c in cells if c not in amounts and (o := count_operand(table, row, c)) is not None
                  and o.unit == "人次"]
        word = f"{word}（每人次）" if people else word
    if len(qualifier) >= NAME_RUN_MIN:
        people = [(c, o) for c, o in people if qualifier in key(c.column)]  # `每个寄宿学生`: the boarders' column
    if len(amounts) != (stated is None) or len(people) != 1:
        return None
    amount = stated or cell_operand(amounts[0], table, row, label)
    if amount is None or not amount.unit:
        return None
    (count_cell, count), of = people[0], stated.label if stated else key(amounts[0].column)
    try:
        named = f"{label} {word}{noun}（{of} ÷ {key(count_cell.column)}）"
        return ratio(amount, count, label=named), amount
    except ComputeError:
        return None


def _head_count(table: Table, row: Row, cell: Cell) -> Operand | None:
    """A cell as a count, a column of pupils with no unit (`学生数`, `在校生`) counting persons (人)."""
    o = count_operand(table, row, cell)
    return replace(o, unit="人") if o is not None and not o.unit and _PUPILS.search(key(cell.column)) else o


def _per_measure(table: Table, row: Row, q: str, money: bool) -> tuple[list[Row], Computation] | None:
    """An amount per unit of what the row measures (`面粉每吨多少万元`, a procurement or supply table's
    `数量（吨） | 金额（万元）`): the row's one amount the question names (its one money cell when money is
    asked) ÷ its one cell in the unit the question puts after 每 (吨, 台, 套), in the scale asked."""
    # (a count in the unit its header notes, `数量（吨）`, as the table reader leaves 吨 unread)
    cells = [(c, o) for c in row.cells if c.column not in key_columns(table)
             and (o := count_operand(table, row, c)) is not None and o.unit not in _RATE_UNITS]
    measures = [(c, o) for c, o in cells if o.unit and f"每{o.unit}" in q and "元" not in o.unit]
    if len(measures) != 1:
        return None
    others = [(c, o) for c, o in cells if c is not measures[0][0]
              and (not money or "元" in o.unit) and o.unit != measures[0][1].unit]
    runs = [overlap(key(c.column), q) for c, _ in others]
    named = [p for p, run in zip(others, runs) if run >= NAME_RUN_MIN and run == max(runs)]
    amount = named if len(others) > 1 else others
    if len(amount) != 1:
        return None
    (cell, a), (count_cell, count) = amount[0], measures[0]
    scale = m.group("scale") if (m := ASKED_SCALE.search(q)) and "元" in a.unit else ""
    try:
        label = key(row_label(table, row))
        return [row], ratio(a, count, label=f"{label} 每{count.unit}（{key(cell.column)} ÷ {key(count_cell.column)}）",
                            asked_scale=scale)
    except ComputeError:
        return None


def _by_counter(cells: list[Cell], words: str) -> list[Cell]:
    """Of several columns the words name alike (`参赛学校（所）`, `参赛学生（人次）` of 参赛人次), the one whose counter
    the words write (人次; the longest such, 人次 over 人), else none."""
    units = [(o.unit if (o := cell_operand(c)) is not None else "", c) for c in cells]
    written = [(len(u), c) for u, c in units if u and u in words]
    longest = max((n for n, _ in written), default=0)
    chosen = [c for n, c in written if n == longest]
    return chosen if len(chosen) == 1 else []


def _of_total(table: Table, row: Row, part: str, whole: str, region: str) -> tuple[list[Row], Computation] | None:
    """The row's cell ÷ the total row's, of the one column the part and the whole asked both name (the part alone
    when the whole is the area of the document, `region`)."""
    totals = [r for r in table.rows if is_total(row_label(table, r))]
    if any(len(other := key(row_label(table, r))) >= 2 and other in whole for r in table.rows if r not in totals):
        return None  # the whole is another item, not the table's total
    rest = as_written_range(part).replace(key(row_label(table, row)), "")  # `…项目经费` of the part: the column's noun
    amounts = _amounts(table, row)
    # a part asked by its row and the people it counts (`高一学生` of `全校报名人数`): the rest names no column,
    # the whole names the one column both are counted in
    # a whole asked by the document's own area (`全县…` of a county's table): it names no column, the total row is
    # it, the part's words name the column
    own = _named(amounts, rest)
    # a column named by the noun exactly over one that only holds it (`在园幼儿` beside `公办园在园幼儿`)
    # … or, none named so, by the counter the part writes (`参赛人次` of `参赛学生（人次）` beside `参赛学校（所）`)
    if len(own) > 1 and len(rest) >= NAME_RUN_MIN:
        own = [c for c in own if key(c.column) == rest] or _by_counter(own, rest)
    area = bool(region) and whole.startswith(f"全{region[-1]}")
    cells = (_named(amounts, rest, whole) if whole else own) or (own if area and not _named(amounts, whole) else []) \
        if own else _named(amounts, whole)
    if not cells and _names_money(part):
        # money asked by a word naming no column (`买X的钱`): the row's one amount of money, not a price per one
        cells = [c for c in amounts if (o := cell_operand(c)) is not None and o.unit.endswith("元")
                 and not _PER_ONE_COLUMN.search(key(c.column))]
    if len(totals) != 1 or len(cells) != 1:
        return None
    total_cell = next((c for c in totals[0].cells if c.column == cells[0].column), None)
    label = key(row_label(table, row))
    a = cell_operand(cells[0], table, row, label)
    b = cell_operand(total_cell, table, totals[0], key(row_label(table, totals[0])))
    if a is None or b is None or not 0 < a.value < b.value:
        return None
    try:
        return [row, totals[0]], share(a, b, label=f"{label} {key(cells[0].column)}占合计比例")
    except ComputeError:
        return None
