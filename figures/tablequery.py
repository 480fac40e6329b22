"""A deterministic query engine over one table: filter its cells, aggregate, cite every cell used.

A table is seen as a relation of cells (long format): each cell knows its row (label, group), its
column and, when it holds a number, its value. A `TableQuery` is a template, never code: which
cells to measure (`measure`: a column, a row label or both), which rows to keep (`where`: a
cell value such as 约束性, 2025, 高职城区域, or a row label), an optional numeric condition
(`value > 30000`, `建筑面积 > 占地面积`, a fall between two year columns), and what to return
(list, count, sum, mean, max, min, or the ratio of the measured column to a `per` column of the same
rows: 计划招生数 ÷ 班数). The result lists the cells it used, each with its source, so an answer can
cite every input; sums, means and ratios carry their formula from figures.compute.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field, replace
from typing import Literal

from figures.compute import (
    Computation,
    ComputeError,
    Operand,
    change,
    display_unit,
    growth,
    quotient_text,
    ratio,
    rounded_about,
    summed,
    total,
)
from figures.direction import FALL, FALL_VERBS, RISE_VERBS, alternation
from figures.numbers import base_unit, is_unit, parse_number
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import GROUP_ORDINAL, OPEN_NOTE, TOTAL_ROW, UNIT_NOTE_END, label_column, row_label, row_unit_of

Aggregate = Literal["list", "count", "sum", "mean", "max", "min", "ratio"]
Comparator = Literal[">", ">=", "<", "<=", "=", "!="]
_OPS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le, "=": operator.eq,
        "!=": operator.ne}
_SUBROW = re.compile(r"^其中\s*[:：]\s*")
_PART_ROW = re.compile(r"^其中")
_QUOTES = re.compile(r"[“”\"'‘’《》「」]")
# a row summarising a column over the others: a statistic's overall value (综合差异系数), a mean (平均)
_SUMMARY_ROW = re.compile(r"综合|平均|均值|总体|整体")
# a row of a statistic over the rows above it, as school-by-school inspection tables close (`5校合计（加权平均）`,
# `差异系数`, `平均`): a short prefix naming what it is over (8校, 全县) at most, its note in brackets allowed
_STATISTIC_ROW = re.compile(r"\w{0,3}?(?:合计|总计|小计|共计|平均值?|均值|差异系数|变异系数|标准差)"
                            rf"(?:{OPEN_NOTE.pattern})?")


# a cell a table leaves empty: a dash or slash for none (a plan's `—` under a post not opened)
EMPTY_CELL = re.compile(r"[—–\-－/／]*")


def key(text: str) -> str:
    """A header, label or cell as a question writes it: normalised, no spaces, no `(万人)` note, `其中:`
    or group ordinal (`二、项目支出` is asked as 项目支出)."""
    text = GROUP_ORDINAL.sub("", _SUBROW.sub("", UNIT_NOTE_END.sub("", text.strip())), count=1)
    return _QUOTES.sub("", normalize(text, drop_space=True))


def is_total(label: str) -> bool:
    """A label of a row (or a group) that sums the others: `合计`, `全市`."""
    return bool(TOTAL_ROW.fullmatch(key(label)))


def total_column(table: Table) -> str | None:
    """The column that states each row's total over the others (`合计`, `总计`, `小计`), if the table has
    one: what a row is ranked by when a question names no column (哪个单位名额最多). Under a header over two
    rows (`招聘人数（名）` over `城区`, `乡镇`, `小计`) the one sub-column so named is it."""
    filled = [c for c in table.columns if c != label_column(table)
              and any(x.column == c and x.text.strip() for r in table.rows for x in r.cells)]
    whole = next((c for c in filled if is_total(c)), None)
    parts = [c for c in filled if len(c.split()) > 1 and is_total(c.split()[-1])]
    return whole or (parts[0] if len(parts) == 1 else None)


@dataclass
class TableCell:
    row: Row
    label: str  # the row's label as published (a sub-row with its parent: `在校學生數(萬人) 普通初中`)
    group: str  # the row's group (分類), '' if none
    column: str  # header as published
    cell: Cell
    value: float | None  # in the base unit, None for text
    unit: str  # base unit ('' for text)
    qualifier: str  # `>55`: '>'

    @property
    def own_label(self) -> str:
        """The row's own label (`普通初中`, not its parent's)."""
        return self.label.rsplit(" ", 1)[-1]

    @property
    def summarises_column(self) -> bool:
        """The row states its column's statistic over the other rows (`综合差异系数` under 初中差异系数,
        `平均` under 达标率, `差异系数`, `5校合计（加权平均）`): a summary of the rows ranked or added, not one
        of them."""
        if _STATISTIC_ROW.fullmatch(normalize(self.own_label, drop_space=True)):
            return True
        label, column = key(self.own_label), key(self.column)
        m = _SUMMARY_ROW.match(label)
        return m is not None and (label == m.group() or len(label) - m.end() >= 2 and column.endswith(label[m.end():]))

    @property
    def is_total(self) -> bool:
        """The row sums the others (`合计`, `全市`), or is the ordinal row heading its group (`一、基本支出`:
        the group's subtotal)."""
        return is_total(self.label) or bool(self.group) and key(self.label) == key(self.group) \
            and GROUP_ORDINAL.match(self.label) is not None


# Columns of one indicator told apart by the kind of value they hold — what is required or planned
# (标准值, 要求, 年度目标, 计划) beside what was achieved (实际值, 完成值, 实现) — as self-evaluation and
# year-end summary tables publish them. A question reads the kind it names; one naming neither asks
# what is, the achieved value. Achieved words come first: `年度目标完成了多少` asks what was done.
# (a staffing or enrolment table's pair `应配 | 实配`, `应到 | 实到`: what is due and what there is)
_ACHIEVED = re.compile(r"实际|完成|实现|达成|现状|现有|实绩|实[配到有聘招]")
_REQUIRED = re.compile(r"标准|要求|目标|计划|规划|规定|任务|应达|应[配到有聘招]")
# a pass/fail question weighs both kinds against each other: neither is the answer alone
_JUDGED = re.compile(r"达标|是否|符合|达到.{0,6}(?:标准|要求|目标)|完成.{0,4}目标|差距|差多少|相差|差得|差额")
ValueKind = Literal["achieved", "required"]


def value_kind(text: str) -> ValueKind | None:
    """The kind of value a column header (or a question) names, if any."""
    if _ACHIEVED.search(text):
        return "achieved"
    return "required" if _REQUIRED.search(text) else None


def of_asked_kind(columns: list[str], q: str) -> list[str]:
    """Of `columns` (headers), those of the kind of value the question asks when they hold both kinds
    (`实际是多少` → 实际值, `标准值是多少` → 标准值, `新增学位多少个` → 完成值); all of them for a
    pass/fail question or when they are not of two kinds."""
    # (a kind noted in the header's brackets, `2025年（实绩）` beside `2026年（计划）`, is its column's kind)
    kinds = {c: value_kind(key(c)) or value_kind(normalize(c)) for c in columns}
    if {"achieved", "required"} - set(kinds.values()) or _JUDGED.search(q):
        return columns
    asked = value_kind(q) or "achieved"
    return [c for c in columns if kinds[c] in (asked, None)]


def cells_of(table: Table) -> list[TableCell]:
    """Every data cell of the table, numbers parsed with their column's unit. The label column
    (the one ingest.tables.row_label reads: the first of a record table, else the second) is the
    row's name, not data; so is the first when it numbers the rows (序号) or names their group (分类)."""
    grouping = group_and_label(table)
    if grouping is not None:
        return _grouped_cells(table, *grouping)
    out = []
    skipped = {label_column(table)}
    if table.columns and _is_serial_or_group(table.columns[0]):
        skipped.add(table.columns[0])
    for row in table.rows:
        label = row_label(table, row)
        for cell in row.cells:
            if cell.column in skipped:
                continue
            out.append(_cell(row, label, normalize(row.group), cell))
    return out


# a cell of a signed-change column written with its verb (`减少80` beside `-60`, `增加5`): the verb is the sign
_VERBED_CHANGE = re.compile(rf"({alternation(FALL_VERBS, RISE_VERBS)})了?(?=\d)")


def _cell(row: Row, label: str, group: str, cell: Cell, unit: str = "") -> TableCell:
    """`unit`: the unit of a cell that states none, from its row's label (`在校学生数(万人)`)."""
    text = _number_text(cell)
    q = parse_number(text + readable_unit(cell.unit or unit)) if text else None
    return TableCell(row, label, group, cell.column, cell, q.value if q else None, q.unit if q else "",
                     q.qualifier if q else "")


def _number_text(cell: Cell) -> str:
    """The cell's number as written, a change its verb states signed (`减少80` → `-80`) in a column of signed
    changes (增减), never in one stating a fall's size (降幅)."""
    text = cell.text.strip()
    column = key(cell.column)
    verb = _VERBED_CHANGE.match(text) if CHANGE_HEADER.search(column) and not FALL_SIZE_HEADER.search(column) \
        else None
    if verb is None:
        return text
    return ("-" if FALL.fullmatch(verb.group(1)) else "") + text[verb.end():]


def group_and_label(table: Table) -> tuple[str, str] | None:
    """(group column, label column) of a table whose rows are named by a group column (分类, 学段)
    followed by a text column of names (指标): the group column was taken as its label, and the
    names would otherwise be read as data."""
    head = label_column(table)
    if not _is_serial_or_group(head) or key(head) in ("序号", "编号") or head not in table.columns:
        return None
    at = table.columns.index(head)
    if at + 1 >= len(table.columns):
        return None
    names = table.columns[at + 1]
    texts = [c.text for r in table.rows for c in r.cells if c.column == names and c.text.strip()]
    if not texts or sum(parse_number(t) is None for t in texts) * 2 < len(texts):
        return None
    return head, names


def _grouped_cells(table: Table, group_column: str, label_column_: str) -> list[TableCell]:
    """The cells of a table named by (group, label) columns; a `其中:` row is a part of the row
    above it and is labelled with it (`在校学生数(万人) 其中:普通小学`)."""
    out = []
    parent = ""
    for row in table.rows:
        texts = {c.column: c.text.strip() for c in row.cells}
        own = texts.get(label_column_, "")
        if _SUBROW.match(own) and parent:
            label = f"{parent} {own}"
        else:
            label, parent = own, own
        group = normalize(row.group or texts.get(group_column, ""))
        unit = unit_note(own) or unit_note(parent)
        out += [_cell(row, label, group, c, row_unit_of(c.column, unit))
                for c in row.cells if c.column not in (group_column, label_column_)]
    return out


def readable_unit(unit: str) -> str:
    """A header's unit as figures.numbers reads it: a rate per several things (`元/生/学期`, fee tables'
    per pupil per term) shortened by its last `/…` until it parses (`元/生`); as written if none does."""
    written = normalize(unit)
    parts = written.split("/")
    shorter = ("/".join(parts[:n]) for n in range(len(parts), 0, -1))
    return next((u for u in shorter if parse_number(f"1{u}") is not None), written)


_NOTE = re.compile(r"[(（]([^()（）]{1,6})[)）]?\s*$")


def unit_note(text: str) -> str:
    """The unit a label or text cell states in its closing note (`达标学校数(所)`, `毛入园率(%`), or ''."""
    m = _NOTE.search(text)
    return m.group(1) if m and is_unit(m.group(1)) and base_unit(m.group(1)) else ""


def _is_serial_or_group(header: str) -> bool:
    head = key(header)
    return head in ("序号", "编号", "分类", "类别", "学段") or head.endswith(("类", "类型"))


# the two periods a budget or statistics table sets side by side, named relative to the year it is of
# (上年预算数 beside 本年预算数, 去年 beside 今年), as departmental budget and final-account disclosures publish them
_EARLIER = re.compile(r"上年|去年|上一年|前一年|上期")
_LATER = re.compile(r"本年|今年|当年|本期")
# a column stating each row's change over the earlier period: an amount (增减额, 比上年增减) or a rate (增减幅度,
# 增长率, 增减%), told apart by its header's word for a rate or by its cells all being in %
CHANGE_HEADER = re.compile(r"增减|增幅|增长|增速|涨幅|降幅|变化|变动|同比|比上年|比去年|较上年|"
                           r"(?:下降|降低|减少)(?:率|幅度)")
# a column stating the size of each row's fall (降幅, 下降率: 8.5 where the amount fell 8.5%), not a signed change:
# its largest is the row that fell most
FALL_SIZE_HEADER = re.compile(r"降幅|(?:下降|降低|减少)(?:率|幅度)")
_RATE_HEADER = re.compile(r"率|幅|百分")


def _numeric_columns(table: Table) -> dict[str, set[str]]:
    """Data columns holding numbers, by key, with the units of their numbers."""
    units: dict[str, set[str]] = {}
    for c in cells_of(table):
        if c.value is not None:
            units.setdefault(key(c.column), set()).add(c.unit)
    return units


def period_columns(table: Table) -> tuple[str, str] | None:
    """(earlier, later) of the table's one pair of columns of two periods named relatively, by key, if any."""
    columns = [k for k in _numeric_columns(table) if not CHANGE_HEADER.search(k)]
    earlier = [k for k in columns if _EARLIER.search(k)]
    later = [k for k in columns if _LATER.search(k) and k not in earlier]
    return (earlier[0], later[0]) if len(earlier) == 1 and len(later) == 1 else None


def stated_changes(table: Table) -> tuple[str | None, str | None]:
    """(amount, rate): the column stating each row's change as an amount and the one stating it as a rate,
    by key, each None when the table has none or several."""
    amount: list[str] = []
    rate: list[str] = []
    for k, units in _numeric_columns(table).items():
        if CHANGE_HEADER.search(k):
            (rate if units == {"%"} or _RATE_HEADER.search(k) else amount).append(k)
    return amount[0] if len(amount) == 1 else None, rate[0] if len(rate) == 1 else None


@dataclass
class Condition:
    """`value op number` on the measured cells, `column_a op column_b` per row, or the change
    between two columns per row (`falls`: the later column is lower)."""
    op: Comparator
    number: float | None = None  # compare each measured cell with this (in its base unit)
    other: str | None = None  # compare each measured cell with this column of the same row
    unit: str = ""  # the number's base unit: a cell in another unit never meets it (10% is not 10万元)
    scaled: bool = False  # the number is written with a scale (`500万元`): a cell stating no unit cannot meet it
    empty: bool = False  # a cell left empty (`—`) meets it: none given, as 0 (`一个也不招`)


@dataclass
class TableQuery:
    aggregate: Aggregate
    measure: list[str] = field(default_factory=list)  # columns whose cells are measured ([]: any)
    labels: list[str] = field(default_factory=list)  # row labels to keep ([]: all), by key
    where: dict[str, str] = field(default_factory=dict)  # column → cell value the row must hold, by key
    exclude: dict[str, str] = field(default_factory=dict)  # column → cell value the row must not hold (未达标)
    groups: list[str] = field(default_factory=list)  # row groups to keep ([]: all), by key
    condition: Condition | None = None
    change_from: str | None = None  # measure the change from this column to the measured one, per row
    qualifier: str | None = None  # keep cells written with this qualifier (`>55`: '>')
    units: tuple[str, ...] = ()  # keep cells in these base units, when any is (人数: not the rates beside them)
    top_level: bool = False  # only rows of their own, not sub-rows (`其中:普通小学`): groups compared as wholes
    per: str | None = None  # ratio: the column divided by (班数 of `平均每个班`), by key
    gap: bool = False  # with change_from: the size of the difference, the larger column less the smaller
    opens: list[str] = field(default_factory=list)  # rows whose label opens with one of these (a place), by key
    rate: bool = False  # with change_from: the change as growth in % (增幅), comparable across units
    without: list[str] = field(default_factory=list)  # rows whose label holds one of these are left out (除X以外)
    within: list[str] = field(default_factory=list)  # only rows whose label holds one of these (`各镇中心校`), by key
    one_of: dict[str, list[str]] = field(default_factory=dict)  # column → the cell values a row must hold one of
    rank: int = 1  # max/min: the row ranked so (`第二多`: 2), those ranked before it kept after it
    apart: bool = False  # max/min over several measured columns: each ranked on its own (增减额, 增减幅度)
    shown: list[str] = field(default_factory=list)  # max/min: columns named but not ranked by, shown beside, by key
    scale: str = ""  # ratio: the scale the question asks money in (万 of `多少万元`), the quotient shown in it


@dataclass
class TableResult:
    query: TableQuery
    cells: list[TableCell]  # the measured cells kept, in table order
    rows: list[Row]  # their rows
    computation: Computation | None = None  # for count / sum / mean / max / min / ratio
    # a sum or mean over several measured columns (计划招生数 and 班数): one computation per column,
    # the first in `computation`, the others here — never one total of unlike columns
    others: list[Computation] = field(default_factory=list)
    varies: Literal["row", "column"] = "row"  # what the kept cells differ by: what to name them by
    # with query.apart: the rankings by the other measured columns, each on its own
    apart: list[TableResult] = field(default_factory=list)


class TableQueryError(ValueError):
    pass


class UnlikeUnits(TableQueryError):
    """The cells to rank or add up are in different units (人 beside %)."""

    def __init__(self, units: list[str]):
        super().__init__(f"cells in different units: {units}")
        self.units = units


def run(table: Table, query: TableQuery) -> TableResult:
    if query.apart and query.aggregate in ("max", "min") and len(query.measure) > 1:
        first, *by_others = (run(table, replace(query, measure=[m], apart=False)) for m in query.measure)
        first.apart = by_others
        return first
    cells = [c for c in cells_of(table) if _kept(table, c, query)]
    if not query.labels:  # a total row is kept only when the question names it
        cells = [c for c in cells if not c.is_total and not c.summarises_column]
    if query.units and any(c.unit in query.units for c in cells):
        cells = [c for c in cells if c.unit in query.units or c.value is None]
    if query.top_level and any(c.label == c.own_label for c in cells):
        cells = [c for c in cells if c.label == c.own_label]
    if query.measure:
        cells = [c for c in cells if key(c.column) in query.measure]
    if query.condition is not None:
        if query.condition.scaled and any(c.value is not None and not c.unit for c in cells):
            # 1200 in a table stating no unit is 1200元 or 1200万元: no count or list by guess
            raise TableQueryError("cells state no unit to compare a scaled number with")
        cells = [c for c in cells if _holds(table, c, query.condition)]
    if query.qualifier is not None:
        cells = [c for c in cells if c.qualifier.startswith(query.qualifier)]
    rows = list({id(c.row): c.row for c in cells}.values())
    one_row = bool(query.labels or query.groups) and not query.where and len(rows) == 1
    varies: Literal["row", "column"] = "column" if one_row and len({c.column for c in cells}) > 1 else "row"
    # rows chosen by a filter (or listed, counted): one cell names each
    if varies == "row" and (not query.measure or query.aggregate in ("list", "count")):
        cells = [next(c for c in cells if c.row is r) for r in rows]
    result = TableResult(query, cells, rows, varies=varies)
    if query.change_from is not None:
        return _changes(table, query, result)
    if query.aggregate == "list":
        return result
    if query.aggregate == "count":
        names = [_name(c, varies) for c in cells]  # one cell per row: a grouped row by its own name, not its group
        result.computation = Computation(label="计数", value=len(names), unit="个",
                                         formula=f"count({'、'.join(names)}) = {len(names)}",
                                         inputs=[_input(table, c) for c in cells])
        return result
    if query.aggregate == "sum" and varies == "row" and any(c.value for c in cells):
        # a row of 0 adds nothing to a sum: not an input shown or cited (`哪些项目新增学位，合计多少`)
        cells = [c for c in cells if c.value != 0]
        result.cells, result.rows = cells, [r for r in rows if any(c.row is r for c in cells)]
        rows = result.rows
    numbers = [c for c in cells if c.value is not None]
    if not numbers:
        raise TableQueryError("no numeric cells to aggregate")
    if query.aggregate in ("sum", "mean") and varies == "row" and len(rows) > 1 and not query.labels \
            and any(_PART_ROW.match(c.own_label) for c in numbers):
        # a row opening with 其中 (colon or none) is part of a row beside it: a sum over rows the question does
        # not name counts it twice
        raise TableQueryError("a 其中 row is part of another row summed")
    if query.aggregate == "ratio":
        return _ratio(table, query, result, numbers)
    # in the order the question asks them (query.measure), else the table's
    columns = sorted(dict.fromkeys(c.column for c in numbers),
                     key=lambda c: query.measure.index(key(c)) if key(c) in query.measure else len(query.measure))
    if query.aggregate in ("sum", "mean") and varies == "row" and len(columns) > 1:
        per_column = [run(table, replace(query, measure=[key(c)])) for c in columns]
        result.computation, result.others = per_column[0].computation, [r.computation for r in per_column[1:]
                                                                          if r.computation]
        result.cells = [next(c for c in numbers if c.row is r) for r in rows]  # one per row: it shows them all
        return result
    if len({c.unit for c in numbers}) > 1:  # 人 beside %: no maximum, sum or mean of unlike cells
        raise UnlikeUnits(list(dict.fromkeys(c.unit for c in numbers)))
    operands = [_operand(table, c, varies) for c in numbers]
    try:
        if query.aggregate == "sum":
            result.computation = total(operands, label="合计")
        elif query.aggregate == "mean":
            result.computation = _mean(operands)
        else:
            order = sorted(range(len(numbers)), key=lambda i: operands[i].value, reverse=query.aggregate == "max")
            values = [operands[i].value for i in order]
            if query.rank > len(order) or query.rank > 1 and values.count(values[query.rank - 1]) > 1:
                raise TableQueryError(f"no one row ranks {query.rank}: too few rows, or tied")
            best = order[query.rank - 1]
            # the rows ranked before it, then those after it: the runner-up next
            rest = [i for i in order if i != best]
            o = operands[best]
            word = ("最大" if query.aggregate == "max" else "最小") if query.rank == 1 else f"第{query.rank}位"
            result.computation = Computation(
                label=f"{word}：{o.label}", value=o.value / o.scale,
                unit=display_unit(o), formula=f"{_ranked(query)}({'，'.join(_written(c) for c in numbers)}) = "
                                             f"{_written(numbers[best])}",
                inputs=[x.to_input() for x in operands])
            result.cells = [numbers[best]] + [numbers[i] for i in rest]
    except ComputeError as err:
        raise TableQueryError(str(err)) from None
    return result


def stated_total(table: Table, result: TableResult) -> TableCell | None:
    """The cell of the table's own total row (`合计`) in the column a sum (or a mean's numerator) over every
    row added up, to check the sum against; None when the sum chose rows (a filter, a group) or the table
    has none."""
    q = result.query
    if q.aggregate not in ("sum", "mean") or q.labels or q.where or q.exclude or q.one_of or q.groups \
            or q.condition or q.opens or q.without or q.within \
            or result.others or not result.cells:
        return None
    column = result.cells[0].column
    return next((c for c in cells_of(table) if c.is_total and not c.group and c.column == column
                 and c.value is not None), None)


def _ratio(table: Table, query: TableQuery, result: TableResult, numbers: list[TableCell]) -> TableResult:
    """Σ measured ÷ Σ `per` over the kept rows (one row: its two cells), e.g. 360 ÷ 8 = 45."""
    pairs = []
    for c in numbers:
        per = next((x for x in cells_of(table) if x.row is c.row and key(x.column) == query.per), None)
        if per is not None and per.value is not None and c.column != per.column:
            pairs.append((c, per))
    if not pairs:
        raise TableQueryError(f"no row has both the measured column and {query.per}")
    tops = [_operand(table, c, "row") for c, _ in pairs]
    bottoms = [_operand(table, p, "row") for _, p in pairs]
    try:
        a = tops[0] if len(tops) == 1 else summed(tops)
        b = bottoms[0] if len(bottoms) == 1 else summed(bottoms)
        result.computation = ratio(a, b, label=f"{key(pairs[0][0].column)} ÷ {key(pairs[0][1].column)}",
                                   asked_scale=query.scale if "元" in a.unit else "")
    except ComputeError as err:
        raise TableQueryError(str(err)) from None
    if len(pairs) > 1:  # the sums written out: (500 + 600) ÷ (10 + 12) = 50
        terms = [total(tops).formula.split(" = ")[0], total(bottoms).formula.split(" = ")[0]]
        result.computation.formula = f"({terms[0]}) ÷ ({terms[1]}) = {result.computation.formula.split(' = ')[-1]}"
    result.computation.inputs = [o.to_input() for pair in zip(tops, bottoms) for o in pair]
    result.cells = [c for c, _ in pairs]
    result.rows = [c.row for c in result.cells]
    return result


def _changes(table: Table, query: TableQuery, result: TableResult) -> TableResult:
    """Per row, the change from `change_from` to the measured column; max/min/list over those."""
    changes = []
    for c in result.cells:
        old = next((x for x in c.row.cells if key(x.column) == query.change_from), None)
        if old is None or c.value is None:
            continue
        try:
            a = _operand(table, TableCell(c.row, c.label, c.group, old.column, old, None, "", ""), "row")
            b = _operand(table, c, "row")
            if query.gap and a.value > b.value:
                a, b = b, a
            label = f"{normalize(c.label)} {old.column}→{c.column}"
            changes.append((c, growth(a, b, label=f"{label} 增幅") if query.rate else change(a, b, label=label)))
        except ComputeError:
            continue
    if not changes:
        raise TableQueryError("no row has both columns")
    if query.aggregate in ("max", "min") and len({x.unit for _, x in changes}) > 1:
        raise UnlikeUnits(list(dict.fromkeys(x.unit for _, x in changes)))
    if query.aggregate in ("max", "min"):
        pick = max if query.aggregate == "max" else min
        best = pick(changes, key=lambda p: p[1].value)
        others = "，".join(f"{normalize(c.label)} {x.formula.split('（')[0]}" for c, x in changes)
        which = "最大" if query.aggregate == "max" else "最小"
        result.computation = Computation(label=f"变化{which}：{normalize(best[0].label)}", value=best[1].value,
                                         unit=best[1].unit, formula=others,
                                         inputs=[i for _, x in changes for i in x.inputs],
                                         related=[x for _, x in changes])
        changes = [best] + sorted((p for p in changes if p is not best), key=lambda p: p[1].value,
                                  reverse=pick is max)
    result.cells = [c for c, _ in changes]
    result.rows = [c.row for c in result.cells]
    return result


def _kept(table: Table, c: TableCell, q: TableQuery) -> bool:
    if q.labels and key(c.own_label) not in q.labels and key(c.label) not in q.labels:
        return False
    if q.groups and key(c.group) not in q.groups:
        return False
    if q.opens and not any(key(c.own_label).startswith(p) for p in q.opens):
        return False
    if any(w in key(c.own_label) for w in q.without):
        return False
    if q.within and not any(w in key(c.own_label) for w in q.within):
        return False
    for column, wanted in q.where.items():
        cell = next((x for x in c.row.cells if key(x.column) == column), None)
        if cell is None or key(cell.text) != wanted:
            return False
    for column, values in q.one_of.items():
        cell = next((x for x in c.row.cells if key(x.column) == column), None)
        if cell is None or key(cell.text) not in values:
            return False
    for column, unwanted in q.exclude.items():
        cell = next((x for x in c.row.cells if key(x.column) == column), None)
        if cell is None or key(cell.text) == unwanted:
            return False
    return True


def _holds(table: Table, c: TableCell, cond: Condition) -> bool:
    if c.value is None:
        return cond.empty and EMPTY_CELL.fullmatch(c.cell.text.strip()) is not None
    if cond.other is not None:
        other = next((x for x in c.row.cells if key(x.column) == cond.other), None)
        q = parse_number(other.text + readable_unit(other.unit)) if other and other.text.strip() else None
        return q is not None and _OPS[cond.op](c.value, q.value)
    if cond.unit and c.unit and cond.unit != c.unit:
        return False
    return cond.number is not None and _OPS[cond.op](c.value, cond.number)


def _name(c: TableCell, varies: str) -> str:
    return normalize(key(c.column) if varies == "column" else c.label)


def _operand(table: Table, c: TableCell, varies: str) -> Operand:
    o = Operand.literal(_number_text(c.cell) + readable_unit(c.cell.unit), label=_name(c, varies))
    o.source = _source(table, c)
    return o


def _source(table: Table, c: TableCell) -> dict:
    return {"kind": "cell", "table_id": table.table_id, "row_index": c.row.index, "column": c.column,
            "start": c.cell.start, "end": c.cell.end, "text": c.cell.text}


def _input(table: Table, c: TableCell) -> dict:
    return {"label": normalize(c.label), "value": c.value, "unit": c.unit, "figure_id": None,
            "text": normalize(c.cell.text), "source": _source(table, c)}


def _mean(operands: list[Operand]) -> Computation:
    s = total(operands)
    n = len(operands)
    value = s.value / n
    terms = s.formula.split(" = ")[0]
    shown = quotient_text(value, 2, money=s.unit.endswith("元"))  # 234 ÷ 5 = 46.8, not 46.80
    return Computation(label="平均", value=value, unit=s.unit,
                       formula=f"({terms}) ÷ {n} = {shown} {s.unit}".rstrip() + rounded_about(value, shown, s.unit),
                       inputs=s.inputs)


def _ranked(query: TableQuery) -> str:
    """The ranking a max/min formula names: `max`, or `第2大` for an ordinal."""
    if query.rank == 1:
        return query.aggregate
    return f"第{query.rank}{'大' if query.aggregate == 'max' else '小'}"


def _written(c: TableCell) -> str:
    return f"{normalize(c.cell.text)}{readable_unit(c.cell.unit)}"
