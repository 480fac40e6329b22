"""A class size (班额) asked of a school whose table row gives its pupils and its classes but no 班额 column
(an enrolment plan's `学校 | 班数 | 招生人数` rows): the row's pupils ÷ its classes, the pupils per class
the row plans, judged against the national 班额 standard of the school's stage (小学 ≤ 45, 初中 ≤ 50:
figures/standards.py). The stage is the row's own (a 学段 cell, or the school's name: `初级中学`); the row is
cited, the formula and the rule shown. The quotient is the row's mean class: a mean over the bar is the bar
broken in some class, a mean within it is said to be a mean."""
from __future__ import annotations

import re

from figures.compute import Computation, ComputeError, Operand, ratio
from figures.indicators import match_stage
from figures.numbers import parse_number
from figures.standards import ComplianceResult, StandardError, check
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from server.answer.base import Ask
from server.answer.draft import Claim, Draft
from server.answer.text import computed_figure, region_of
from server.calc import verdict_text
from server.retrieve import Hit

STAGE_CELL = 4  # characters of a cell that is a stage's name (小学, 初中, 普通高中)
ASKS = re.compile(r"班额|班级规模|班级人数")
PER_CLASS = re.compile(r"每班|平均")  # a column stating the class size itself (每班人数): read, not computed
# a column counting classes: named so, or 班级 with the counter it counts in (`班级（个）`), a word saying which
# classes before it (`参加班级（个）`: every pupil of the classes counted beside them), never a kind of class by
# its size (`大班额班级`)
CLASSES = re.compile(r"班数|班级数|班级个数|^(?:[\u4e00-\u9fff]{1,4}(?<!额))?班级\((?:个|班)\)$")
# … and one counting their pupils: enrolment plans head it by the act (`计划招生`, `招生计划`), not a count noun
PUPILS = re.compile(r"人数|学生数|在校生|学生|招生(?![学班校])")


def count_operand(cell: Cell, label: str, unit: str = "") -> Operand | None:
    """A cell counting pupils or classes (bare, or in 人/个/班) as an operand in `unit`, citing the cell; None
    when it holds no such count."""
    q = parse_number(cell.text)
    if q is None or q.unit not in ("", "人", "个", "班"):
        return None
    return Operand(label=label, value=q.value, unit=unit, decimals=0,
                   source={"kind": "cell", "start": cell.start, "end": cell.end, "text": cell.text})


def row_stage(row: Row, label: str) -> str:
    """The school stage of a school's row: the stage a cell is (a 学段 column's `初中`), not one a cell of other
    schools mentions (划片: `某小学对口`), else the one its name says (`初级中学`); ''."""
    return next((match_stage(c.text) for c in row.cells if len(c.text.strip()) <= STAGE_CELL and match_stage(c.text)),
                match_stage(label))


def mean_class_judged(pupils: Operand, classes: Operand, label: str, stage: str
                      ) -> tuple[Computation, ComplianceResult] | None:
    """The pupils ÷ the classes of `label` (one decimal) judged against its stage's 班额 rule; None when the stage has
    no rule or there are no classes."""
    try:
        size = ratio(pupils, classes, label=f"{label}平均班额", decimals=1)
        shown = round(size.value, 1)  # judged as shown, as a class size is written (45.7人)
        return size, check("class_size", shown, stage, operand=Operand(label=size.label, value=shown, unit="人",
                                                                        decimals=1))
    except (ComputeError, StandardError):
        return None


def row_class_size(ask: Ask, hit: Hit, table: Table, row: Row, label: str) -> Draft | None:
    """The 班额 of the school row `row` (named `label`) as its pupils ÷ its classes, judged (module doc); None
    when the question asks no 班额, the table has a column of it, or the row lacks either count or its stage."""
    query = ask.query
    headers = [normalize(c, drop_space=True) for c in table.columns]
    if not ASKS.search(query.norm) or query.asked.threshold \
            or any(ASKS.search(h) or PER_CLASS.search(h) for h in headers):
        # (a bar of the question's own is judged on the class size a passage states, by the other handlers)
        return None
    classes = [c for c in row.cells if CLASSES.search(normalize(c.column, drop_space=True))]
    pupils = [c for c in row.cells if PUPILS.search(normalize(c.column, drop_space=True))
              and not CLASSES.search(normalize(c.column, drop_space=True))]
    stage = row_stage(row, label)
    if len(classes) != 1 or len(pupils) != 1 or not stage:
        return None
    p, k = (count_operand(c, f"{label}{normalize(c.column, drop_space=True)}") for c in (pupils[0], classes[0]))
    judged = mean_class_judged(p, k, label, stage) if p is not None and k is not None else None
    if judged is None:
        return None
    size, outcome = judged
    gap = outcome.gap
    gap.flag = outcome.verdict
    n = ask.book.cite(hit, row.start, row.end)
    doc = ask.reader.documents[hit.chunk.doc_id]
    cells = "，".join(f"{normalize(c.column)}{c.text}" for c in (classes[0], pupils[0]))
    answer = (f"{verdict_text(gap, query.norm)}：{label}平均每班 {size.formula} 人[{n}]；{outcome.summary()}。"
              f"依据{region_of(doc)}文件“{label}”：{cells}[{n}]")
    return Draft(answer, False, ask.book.citations, [computed_figure(size, n), computed_figure(gap, n)],
                 [Claim("人", f"{label}班额", hit, (row.start, row.end), True)])
