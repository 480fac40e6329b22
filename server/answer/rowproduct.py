"""An amount a table row gives as the product of two of its cells, which the table leaves to the reader.

Inspection and statistics tables set, per school or per stage, a count beside figures per head or rates
of it (`在校生（人） | 生均经费（元）`, `监测人数 | 达标率 | 肥胖率`). Asked for the whole amount the per-head
figure implies (`按生均经费算，一共多少钱`) the answer is 生均 × the pupils the row counts (生均 is per
pupil, as 教育统计 defines it); asked how many of the counted have the quality a rate measures (`监测的学生
里达标的有多少人`), it is the count × the rate. The row is the one the question names (its label, and the
year asked when the table sets one row per year); asked a product by naming its two factors (`人数乘课时`,
`人数×课时`), it is those two columns' cells. Both cells are cited and the formula shown. Two rows or two
columns that fit leave it to the other handlers.
"""
from __future__ import annotations

import re
from dataclasses import replace

from figures.compute import Computation, ComputeError, Operand, part_of, times
from figures.tablequery import key
from ingest.models import Cell, Row, Table
from ingest.tables import row_label
from server.answer.askedcolumn import header_unit
from server.answer.base import Ask
from server.answer.draft import Draft, table_of
from server.answer.partunit import PART_OF
from server.answer.peoplegroups import group_of
from server.answer.rowrest import row_computed
from server.answer.text import flat
from server.calc import cell_operand
from server.lexicon import per_head, unit_nouns
from server.retrieve import Hit

CANDIDATE_PASSAGES = 8  # leading passages whose table rows are read
ROW_NAME_MIN = 2  # characters of a row's label the question must write to name it
_ASK = r"(?:多少|几)"
# a total asked from a per-head figure: `按生均用房算，一共多少平方米`, `按照生均经费计算总共多少钱`
_BY_PER_HEAD = re.compile(r"按(?:照)?生均(?P<noun>[\u4e00-\u9fff]{1,8}?)(?:来)?(?:计算|测算|推算|算)")
_TOTAL_ASKED = re.compile(rf"(?:一共|总共|共|合计|总计|总|加起来)[^，,？?]{{0,6}}?{_ASK}")
# the heads a per-head figure is of: the pupils a row counts (`在校生`, `学生数`)
_PUPILS = re.compile(r"学生|在校生|在籍生|生数")
_RATE_END = re.compile(r"率$")
# a product asked by its factors (`人数乘课时`, `人数乘以学时`, `人数×学时`): each names a column of the row
_FACTORS = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,6}?)(?:乘以|乘|×|\*)(?P<b>[\u4e00-\u9fff]{2,6})")


class RowProduct:
    """Handler: 生均 × pupils, or a count × its rate, from two cells of the row the question names (module
    doc). None unless exactly one row and one pair of columns fit."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.asked.compliance or len(query.asks) > 1:
            return None
        q = flat(query.norm)
        found: dict[tuple[str, int], tuple[Hit, Table, Row, Computation]] = {}
        for hit in ask.ranked[:CANDIDATE_PASSAGES]:
            table = table_of(ask.reader.documents[hit.chunk.doc_id], hit.chunk)
            if table is None or hit.chunk.row_index is None:
                continue
            row = table.rows[hit.chunk.row_index]
            if not _row_named(table, row, q, query.years):
                continue
            result = _per_head_total(table, row, q) or _count_of_rate(table, row, q, query.units) \
                or _named_factors(table, row, q) or _standard_per_person_total(table, row, q, query.units)
            if result is not None:
                found.setdefault((table.table_id, row.index), (hit, table, row, result))
        if len(found) != 1:
            return None
        return row_computed(ask, *next(iter(found.values())))


def _row_named(table: Table, row: Row, q: str, years: list[str]) -> bool:
    """Whether the question names the row by its label, and every year it asks is the row's (a table of one
    row per stage and year: `小学 | 2026年 | …`)."""
    label = key(row_label(table, row))
    texts = " ".join(c.text for c in row.cells)
    return len(label) >= ROW_NAME_MIN and label in q and all(y in texts for y in years)


def _numbers(row: Row) -> list[tuple[Cell, str]]:
    """The row's cells holding a number, each with its column's key."""
    return [(c, key(c.column)) for c in row.cells if cell_operand(c) is not None]


def count_operand(table: Table, row: Row, cell: Cell) -> Operand | None:
    """A cell as a count: in its header's unit, or the one its header gives when it has none (`抽测人数` → 人)."""
    o = cell_operand(cell, table, row, key(row_label(table, row)))
    if o is not None and not o.unit and (unit := header_unit(cell.column)):
        return replace(o, unit=unit)
    return o


def _per_head_total(table: Table, row: Row, q: str) -> Computation | None:
    """生均 × pupils when the question asks a total by a per-head figure (`按生均经费算，一共多少钱`)."""
    m = _BY_PER_HEAD.search(q)
    if m is None or not _TOTAL_ASKED.search(q, m.end()):
        return None
    cells = _numbers(row)
    per = [c for c, k in cells if k.startswith("生均" + m.group("noun"))]
    pupils = [c for c, k in cells if _PUPILS.search(k) and not k.startswith("生均")]
    if len(per) != 1 or len(pupils) != 1:
        return None
    label = key(row_label(table, row))
    a, b = cell_operand(per[0], table, row, label), count_operand(table, row, pupils[0])
    if a is None or b is None or b.unit != "人":
        return None
    try:
        return times(a, b, label=f"{label} {key(per[0].column)} × {key(pupils[0].column)}")
    except ComputeError:
        return None


def _count_of_rate(table: Table, row: Row, q: str, units: tuple[str, ...]) -> Computation | None:
    """count × rate when the question asks how many of the counted have what a rate column measures
    (`监测的学生里达标的有多少人`: 达标率 × 监测人数; `在公办园就读的幼儿多少人`: 公办覆盖率 × 在园幼儿),
    the rate itself not asked."""
    cells = _numbers(row)
    rates = [c for c, k in cells if c.unit == "%" or c.text.strip().endswith("%")]
    asked = [c for c in rates if _RATE_END.search(key(c.column)) and key(c.column) not in q
             and (re.search(rf"{re.escape(_RATE_END.sub('', key(c.column)))}的(?:有|是)?{_ASK}", q)
                  or _covered_asked(key(c.column), q))]
    operands = [(c, _people(table, row, c, units)) for c, _ in cells if c not in rates]
    counted = [(c, o) for c, o in operands if o is not None and o.unit in units]
    if len(asked) != 1 or len(counted) != 1:
        return None
    label = key(row_label(table, row))
    pct = cell_operand(asked[0], table, row, label)
    if pct is None:
        return None
    whole = counted[0][1]
    try:
        return part_of(whole, pct, label=f"{label} {key(counted[0][0].column)} × {key(asked[0].column)}")
    except ComputeError:
        return None


def _named_factors(table: Table, row: Row, q: str) -> Computation | None:
    """The product of the two cells whose columns the question's factors name (`人数乘课时`), in the unit of the
    factor the question asks for (`多少课时`), else of the one not counting people."""
    m = _FACTORS.search(q)
    if m is None:
        return None
    label = key(row_label(table, row))
    factors = []
    for noun in (m.group("a"), m.group("b")):
        cells = [c for c, k in _numbers(row) if k.endswith(noun) or noun.endswith(k)]
        operand = count_operand(table, row, cells[0]) if len(cells) == 1 else None
        if operand is None or not operand.unit or operand.unit in ("%", "百分点"):
            return None
        factors.append((cells[0], operand))
    if factors[0][0] is factors[1][0]:
        return None
    (ca, a), (cb, b) = sorted(factors, key=lambda f: (not re.search(rf"{_ASK}个?{re.escape(key(f[0].column))}", q),
                                                      f[1].unit == "人"))
    try:
        return times(a, b, label=f"{label} {key(ca.column)} × {key(cb.column)}")
    except ComputeError:
        return None


def _standard_per_person_total(table: Table, row: Row, q: str, units: tuple[str, ...]) -> Computation | None:
    """The row's total of an amount set per person (a column in 元/人, or headed 每人/每名…: `每人缴费（元）`) asked
    as a whole (`这批补贴总共发多少`, `一共能收上来多少`): the amount × the row's one count of people (`获评人数`; a
    其中 column counts a part of them, a 名额 column places, not people) — awards or grants paid, fees charged per
    head."""
    if not _TOTAL_ASKED.search(q):
        return None
    label = key(row_label(table, row))
    cells = _numbers(row)
    per = [(c, o) for c, k in cells if (o := cell_operand(c, table, row, label)) is not None
           and ("/" in o.unit and o.unit.split("/")[0] in units and o.unit.split("/")[1] in _PERSON
                or o.unit in units and k.startswith(per_head()["each"]))]
    people = [(c, o) for c, k in cells if not k.startswith(PART_OF)
              and (o := count_operand(table, row, c)) is not None and o.unit == "人"]
    if len(people) > 1:  # a charge per head is paid by those served, not by the staff counted beside them (带队教师)
        people = [(c, o) for c, o in people if group_of(key(c.column)) != "staff"]
    if len(per) != 1 or len(people) != 1:
        return None
    (pc, amount), (nc, count) = per[0], people[0]
    try:
        return times(amount, count, label=f"{label} {key(pc.column)} × {key(nc.column)}",
                     unit=amount.unit.split("/")[0])
    except ComputeError:
        return None


_PERSON = ("人", "名")  # the denominators of an amount per person (元/人, 元/名)


def _covered_asked(column: str, q: str) -> bool:
    """Whether the question asks the count a coverage rate measures by what it covers (`公办覆盖率` of
    `在公办园就读的幼儿`): a 覆盖率 is the share of the counted served by the kind its name opens with,
    as 教育部's 学前教育 indicators define 普惠性幼儿园覆盖率 (普惠园在园幼儿 ÷ 在园幼儿)."""
    kind = column.removesuffix(_COVERAGE)
    return column.endswith(_COVERAGE) and len(kind) >= 2 and kind in q


_COVERAGE = "覆盖率"


def _people(table: Table, row: Row, cell: Cell, units: tuple[str, ...]) -> Operand | None:
    """A cell as a count; one whose header has no unit but ends with a noun of people (`在园幼儿`, `学生数`, not
    `幼儿园数`: server/lexicon/unit_nouns.tsv) in 人 when people are asked."""
    o = count_operand(table, row, cell)
    head = key(cell.column).removesuffix("数")
    if o is not None and not o.unit and "人" in units \
            and any(kind == "people" and head.endswith(noun) for noun, kind in unit_nouns().items()):
        return replace(o, unit="人")
    return o
