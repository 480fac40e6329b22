"""Computed figures for answers: changes, growth and compliance checks, all by figures/*.

The answer composer finds the evidence (a table row or a sentence); this module turns the
numbers in it into figures.compute / figures.standards results, so every computed number
in an answer carries its formula and inputs. Nothing is computed when the evidence does not
hold the operands the question needs.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from difflib import SequenceMatcher

from figures.compute import (
    Computation,
    ComputeError,
    Operand,
    cagr,
    change,
    compare,
    consistency,
    decimals_of,
    decline,
    display_unit,
    growth,
    multiple,
    part_of,
    ratio,
    share,
    total,
)
from figures.direction import ASKS_FALL, CHANGE_BEFORE, FALL, FALL_VERBS, RISE_VERBS, alternation
from figures.indicators import INDICATORS, Indicator, compatible, match_indicator, match_stage
from figures.numbers import Quantity, bound_written, canonical_unit, find_quantities, parse_number
from figures.standards import (
    BOUNDS,
    COMPANIONS,
    NOT_SYMBOLS,
    SYMBOLS,
    StandardError,
    check,
    per_student_period,
    rule_of_whole,
    rules_for,
)
from ingest.clauses import clause_end, clause_start
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize, pauses
from ingest.structure import split_sentences
from ingest.tables import UNIT_NOTE_END, key_columns, row_label
from server.lexicon import stages_named as lexicon_stages_named
from server.lexicon import synonyms, unit_nouns
from server.operation import asks_multiple
from server.query import Query
from server.regions import without_places
from server.rowcounter import row_people_unit

_YEAR_ON_YEAR = re.compile(r"(?:同比|比上年|较上年)(?:增长|增加)了?\s*\d+(?:\.\d+)?%")
# list markers, leading years and filler verbs around an amount's subject
_LABEL_TRIM = re.compile(r"^(?:\d+\.|\d{4}年|其中|全区|全县|全市)+|(?:为|达到|达|是|有|共|约|高于|低于)$")
_STUDENTS = re.compile(r"学生|在校生|在园幼儿|在读")
SENTENCE_AFTER_CHARS = 300  # a share's parts may follow the sentence that states the whole
MAX_LABEL_CHARS = 30  # words before a figure that may name its indicator
WHOLE_NAMED = 0.7  # share of the whole's name a question writes that an amount's words must hold
# a line ends a clause: a heading never names the amount under it
_PIECE_END = re.compile(pauses("，；;。、:：\n") + "|其中")
_FROM_TO = re.compile(rf"(?:从|由)\s*(?P<old>[^，,；;。从由]{{1,12}}?)\s*(?:{alternation(RISE_VERBS, FALL_VERBS)})?"
                      r"(?:至|到)\s*(?P<new>[^，,；;。]{1,12})")


# a plan table's column of what is to be reached (`2025年目标`), beside its base and the values reached so far
_GOAL_COLUMN = re.compile(r"目标|规划|预期|计划|预计|力争")
_ASKS_GOAL = re.compile(r"目标|规划|计划|预期|力争|要")


def table_change(query: Query, table: Table, row: Row) -> Computation | None:
    """new − old (or growth in %) between two year columns of an indicator row; of the row it splits
    when the question names nothing of the sub-row's own (`在校生` asked, `其中：普通小学在校生` found)."""
    row = _row_asked(query, table, row)
    years = [c for c in row.cells if c.column[:4].isdigit() and cell_operand(c) is not None]
    asked = [c for c in years if any(c.column.startswith(y) for y in query.years)]
    if len(years) < 2:
        pair = _paired_columns(query, row)
        if pair is None:
            return None
        old, new = pair
    elif len(asked) >= 2:
        old, new = asked[0], asked[-1]
    else:  # `比基期涨了几个点`: up to the latest value reached, a plan's target column only when asked for
        reached = [c for c in years if not _GOAL_COLUMN.search(c.column)]
        pool = years if _ASKS_GOAL.search(query.norm) or len(reached) < 2 else reached
        old, new = (asked[0] if asked else pool[0]), pool[-1]
        if old is new and len(pool) > 1:  # `2029年前需提升几个点`: the year asked is where the change ends
            old = pool[0]
        if old is new:
            return None
    label = normalize(row_label(table, row))
    a, b = cell_operand(old, table, row, label), cell_operand(new, table, row, label)
    if a is None or b is None:
        return None
    # (two bare counts of a row counting people: their change is in 人, as the row's figures are)
    if not a.unit and not b.unit and row_people_unit(table, row, old) and row_people_unit(table, row, new):
        a, b = (replace(o, unit="人", unit_as_written="人") for o in (a, b))
    return _cells_change(query, (a, old), (b, new), label, (old.column, new.column))


def _cells_change(query: Query, old: tuple[Operand, Cell], new: tuple[Operand, Cell], label: str,
                  names: tuple[str, str]) -> Computation | None:
    """The change the question asks between two cells of one indicator (a year's and a later year's),
    named by their columns or rows `names`: a yearly rate, a growth in %, a shortfall or new − old."""
    (a, first), (b, last) = old, new
    before, after = names
    try:
        if query.operation == "cagr":  # a yearly rate between a base and a target: the years between them
            span = int(after[:4]) - int(before[:4])
            result = cagr(a, b, span, label=f"{label} {before}→{after} 年均增长率（按起止数值推算）")
            result.note = f"{span}年间从{first.text}到{last.text}，按复合增长计算"
            return result
        if query.operation == "growth":
            return _growth_with_change(a, b, f"{label} {before}→{after} 增长率", bool(ASKS_FALL.search(query.norm)))
        result = change(a, b, label=f"{label} {before}→{after} 变化")
        if result.value < 0 and _ASKS_SHORTFALL.search(query.norm):
            return in_written_counter(shortfall(a, b, f"{label} {after}比{before}少"), a, b)
        return in_written_counter(result, a, b)
    except ComputeError:
        return None


# counters of people a document writes for a count the figures read as 人 (`专职教师（名）`, `N位`)
_PEOPLE_COUNTERS = ("名", "位")


def in_written_counter(result: Computation, *operands: Operand) -> Computation:
    """A difference of counts of people shown in the counter the document counts them by (名), not the 人 the
    numbers are read in: a count's change is said as its counts are (46名 → 52名: 6名), and so is a count
    derived from another and its change (B名 − D名 = N名, the result written with or without a space)."""
    written = {normalize(o.unit_as_written) for o in operands}
    if result.unit != "人" or len(written) != 1 or (counter := written.pop()) not in _PEOPLE_COUNTERS:
        return result
    return replace(result, formula=re.sub(r"(= -?[\d.,]+ ?)人", rf"\g<1>{counter}", result.formula, count=1))


# a by-year table's row label: the year, and a note on it at most (`2021年（基数）`, `2024年度`)
YEAR_ROW = re.compile(r"^(20\d\d)\s*年?度?\s*(?:[（(][^）)]{0,8}[）)])?$")


def year_rows_change(query: Query, table: Table, row: Row) -> Computation | None:
    """new − old (or growth) between the rows of the two years the question names in a table that sets
    one row per year (`年份 | 在校（人）| 入学率（%）`), in the one column the question names — table_change's
    year columns turned into rows. Nothing when a year has no row or two, when the question names no
    column or several, or when the evidence row is not one of the two years'."""
    if len(query.years) != 2:
        return None
    by_year: dict[str, list[Row]] = {}
    for r in table.rows:
        m = YEAR_ROW.match(normalize(row_label(table, r), drop_space=True))
        if m:
            by_year.setdefault(m.group(1), []).append(r)
    old_year, new_year = sorted(query.years)
    if any(len(by_year.get(y, [])) != 1 for y in (old_year, new_year)) or \
            row not in (by_year[old_year][0], by_year[new_year][0]):
        return None
    flat = normalize(query.norm, drop_space=True)
    keys = set(key_columns(table))
    named = [c for c in table.columns if c not in keys and len(_key(c)) >= 2 and _key(c) in flat]
    named = [c for c in named if not any(c != o and _key(c) in _key(o) for o in named)]  # 在校 inside 在校生数
    if len(named) != 1:
        return None
    column = named[0]
    rows = (by_year[old_year][0], by_year[new_year][0])
    cells = [r.cell(column) for r in rows]
    label = _key(column)
    operands = [cell_operand(c, table, r, normalize(row_label(table, r))) for c, r in zip(cells, rows)]
    a, b = operands
    if a is None or b is None or cells[0] is None or cells[1] is None:
        return None
    return _cells_change(query, (a, cells[0]), (b, cells[1]), label, (f"{old_year}年", f"{new_year}年"))


# a shortfall asked (`比预算少花了多少`, `离目标还差几个百分点`): how much less, a magnitude, never a negative change
_ASKS_SHORTFALL = re.compile(r"还差|差了?(?:多少|几)|少了?(?:多少|几)|低了?(?:多少|几)|不足多少|缺口")


def shortfall(larger: Operand, smaller: Operand, label: str) -> Computation:
    """larger − smaller, without the change's % on the smaller (a shortfall is read from the larger)."""
    result = change(smaller, larger, label=label)
    result.related, result.formula = [], result.formula.split("（")[0]
    return result


# a row's value beside the one it is measured against, as budget and performance tables set them:
# `决算数 | 上年决算数`, `实际完成值 | 目标值` (a rate column, 完成率, is neither)
_ON_LAST_YEAR = re.compile(r"上年|去年|上一年|同比")
_LAST_YEAR_COLUMN = re.compile(r"^(?:上年同期|上年度|上一年|上年|去年)")
# the year's own column, when the table names it beside its 上年 one (`上年决算数 | 本年决算数`)
_THIS_YEAR_COLUMN = re.compile(r"^(?:本年度|本年|当年|今年|本期)")
ACHIEVED_COLUMN = re.compile(r"实际|完成|实现|决算|执行")
_PLANNED_COLUMN = re.compile(r"目标|计划|预算|预期|任务|规划值")


def _paired_columns(query: Query, row: Row) -> tuple[Cell, Cell] | None:
    """(old, new) of a row without year columns: this year's column and its 上年 column when the
    question asks on the year before (`决算较上年多了多少`: 决算数 − 上年决算数); the column reached and
    the planned one when the question names both (`实际比目标多了多少`: 实际完成值 − 目标值)."""
    cells = [c for c in row.cells if "率" not in c.column and cell_operand(c) is not None]
    if _ON_LAST_YEAR.search(query.norm):
        last = [c for c in cells if _LAST_YEAR_COLUMN.search(normalize(c.column))]
        this = [c for c in cells if len(last) == 1 and c is not last[0]
                and _THIS_YEAR_COLUMN.sub("", normalize(c.column))
                == _LAST_YEAR_COLUMN.sub("", normalize(last[0].column))]
        return (last[0], this[0]) if len(this) == 1 else None
    if ACHIEVED_COLUMN.search(query.norm) and _PLANNED_COLUMN.search(query.norm):
        done = [c for c in cells if ACHIEVED_COLUMN.search(c.column)]
        planned = [c for c in cells if _PLANNED_COLUMN.search(c.column) and not ACHIEVED_COLUMN.search(c.column)]
        return (planned[0], done[0]) if len(done) == 1 and len(planned) == 1 else None
    # a plan's indicator table sets each indicator's present level beside its target (`现状 | 目标`, `基期值 |
    # 规划值`): a change asked of the row (`计划提升几个百分点`) is the one the plan sets, from the first to the second
    # (or a column of the one year the plan reaches, asked by that year: `现有学校 | 2035年学校数`, `到2035年…比现在`)
    base = [c for c in cells if BASE_COLUMN.search(c.column)]
    goal = [c for c in cells if _PLANNED_COLUMN.search(c.column) and not BASE_COLUMN.search(c.column)] \
        or [c for c in cells if len(query.years) == 1 and c.column.startswith(query.years[0])
            and CURRENT.search(query.norm)]
    if len(base) == 1 and len(goal) == 1:
        return base[0], goal[0]
    return planned_beside_present(row)


# a column of the level planned for a year, named as the column of the present level with the year and 计划
# before it (`X | N年计划X`, `Y | N年目标Y`)
_PLANNED_OF = re.compile(r"^(?:(?:到|至)?\d{4}年(?:底|末)?)?(?:计划|目标|规划|预计)(?P<noun>.+)$")


def planned_beside_present(row: Row) -> tuple[Cell, Cell] | None:
    """(present, planned) of a row stating one noun's present level and its level planned for a year in two
    columns that name it alike (`X | N年计划X`): the change planned is the second less the first."""
    cells = [c for c in row.cells if cell_operand(c) is not None]
    pairs = [(present, planned) for planned in cells if (m := _PLANNED_OF.match(normalize(planned.column)))
             for present in cells if normalize(present.column) == m.group("noun")]
    return pairs[0] if len(pairs) == 1 else None


# the present asked (`现在有多少`); so is the progress made so far, asked closing on 多少了 (`经费用掉多少了`,
# `建成多少了`): what is done by now, never the level a plan still aims at
CURRENT = re.compile(r"目前|现在|现有|当前|如今|截至目前|多少了[吗呢]?[?？]?$")
# the header of a plan table's column of the level it starts from (`2025年基数`, `现状值`): the present state
BASE_COLUMN = re.compile(r"现状|基期|基数|基础值|基准|现有")


def states_change(sentence: str) -> bool:
    """Whether the sentence states a value's change as `从…到…` (a change or growth can be computed)."""
    return bool(_FROM_TO.search(sentence))


def starting_values(sentence: str) -> list[tuple[int, int]]:
    """Spans of the values a `从A提升至B` states as where a change started (A): the sentence's present
    state is B."""
    return [m.span("old") for m in _FROM_TO.finditer(sentence)]


# an amount with the year before's in brackets, as final accounts and bulletins write them
# (`接待费3.20万元（上年4.85万元）`, `在校生1200人(去年为1150人)`)
_LAST_YEAR_BRACKET = re.compile(r"[（(]\s*(?:上年|去年|上一年|上年同期|上年度)(?:决算数|决算|数)?(?:为|是)?[:：]?\s*"
                                r"(?P<old>\d[^（()）]{0,12})[）)]")
_PAUSE = re.compile(pauses("，；;。、\n"))


def _pairs_of_change(sentence: str) -> list[tuple[Quantity, Quantity, str]]:
    """(old, new, subject) of each change a sentence states: `从A提高到B`, or B with A in brackets as
    the year before's (`B（上年A）`)."""
    pairs = []
    for m in _FROM_TO.finditer(sentence):
        old = _first_quantity(sentence, m.start("old"), m.end("old"))
        new = _first_quantity(sentence, m.start("new"), m.end("new"))
        if old is not None and new is not None:
            pairs.append((old, new, _subject(sentence, m.start())))
    for m in _LAST_YEAR_BRACKET.finditer(sentence):
        old = _first_quantity(sentence, m.start("old"), m.end("old"))
        clause = max((p.end() for p in _PAUSE.finditer(sentence, 0, m.start())), default=0)
        before = [q for q in find_quantities(sentence[clause:m.start()]) if q.is_measure]
        # the amount must end where the bracket opens: `…3.20万元（上年…）`, not a count earlier in the clause
        if old is None or not before or sentence[clause + before[-1].end:m.start()].strip():
            continue
        new = before[-1]
        new.start, new.end = new.start + clause, new.end + clause
        pairs.append((old, new, _subject(sentence, new.start)))
    return pairs


def prose_changes(query: Query, sentence: str, offset: int) -> list[Computation]:
    """`合格率从85%提升至91%` → 91% − 85% = 6 百分点 (or the growth in %), one per pair in the sentence;
    of several pairs, those whose subject the question names most."""
    results = []
    pairs = [p for p in _pairs_of_change(sentence) if p[0].unit == p[1].unit]
    named = [overlap(label, query.norm) if label else 0 for _, _, label in pairs]
    if len(pairs) > 1 and max(named) >= 2:
        pairs = [p for p, n in zip(pairs, named) if n == max(named)]
    for old, new, label in pairs:
        a = prose_operand(old, label, offset)
        b = prose_operand(new, label, offset)
        try:
            results.append(_growth_with_change(a, b, f"{label} 增长率", bool(ASKS_FALL.search(query.norm)))
                           if query.operation == "growth"
                           else change(a, b, label=f"{label} 变化"))
        except ComputeError:
            continue
    return results


def prose_compute(query: Query, text: str, window: tuple[int, int], focus: tuple[int, int]) -> list[Computation]:
    """The computation the question asks for over the amounts of a passage: `window` is the part
    of `text` whose amounts may be operands, `focus` the sentence that answers the question
    (its stated percentage, if any, picks the pair a share is recomputed from)."""
    op = query.operation
    if op in ("growth", "change"):
        s, e = focus
        return prose_changes(query, text[s:e], s)
    amounts = _amounts(text, *window)
    try:
        if op == "previous":
            found = _previous_value(text[focus[0]:focus[1]], focus[0])
            return [found] if found else []
        if op == "start":
            found = _start_value(text[focus[0]:focus[1]], focus[0])
            return [found] if found else []
        if op == "share":
            # an age (`35周岁及以下`, `平均年龄39.6岁`) is no part of a whole: a share of ages means nothing
            amounts = [a for a in amounts if a.unit != "岁"]
            after = split_sentences(text, focus[1], min(len(text), focus[1] + SENTENCE_AFTER_CHARS))[:1]
            found = _recomputed_share(query, amounts, text[focus[0]:focus[1]], focus) \
                or noun_share(query, text, (window[0], after[0][1] if after else focus[1]))
            return [found] if found else []
        if op == "ratio":
            in_focus = _amounts(text, *focus)
            found = _per_year(query, text, in_focus or amounts) if query.asked.per == "年" else \
                _per_unit(query, text, amounts, in_focus) or _per_count(query, text, in_focus) \
                or _per_count(query, text, _amounts(text, clause_start(text, focus[0], _FULL_STOP),
                                                    clause_end(text, max(focus[0], focus[1] - 1), _FULL_STOP)))
            return [found] if found else []
        if op == "difference":
            pair = _like_pair(_amounts(text, *focus))
            if pair:
                low, high = sorted(pair, key=lambda o: o.value)
                results = [compare(high, low, label=f"{high.label} 比 {low.label}")]
                if asks_multiple(query.norm):  # `高多少元？是…的多少倍？`: the multiple asked beside the difference
                    results.append(multiple(high, low, label=f"{high.label} 是 {low.label} 的倍数"))
                return results
    except ComputeError:
        return []
    return []


# `教师2600人，其中市级骨干教师占31%`: a part stated only as its share of the count before it
_PART_SHARE = re.compile(r"其中[，,]?(?P<part>[^，,；;。]{1,30}?)(?:约占|占比|占)了?(?P<pct>\d+(?:\.\d+)?\s*%)")


def parts_by_share(text: str, start: int, end: int) -> list[tuple[str, Computation]]:
    """Each part text[start:end] states as a share of the count just before it, with its count
    computed (whole × share), after the words that name it: the whole's clause and the part's."""
    out = []
    for m in _PART_SHARE.finditer(text, start, end):
        wholes = [o for o in _amounts(text, start, m.start()) if o.unit != "%"]
        if not wholes:
            continue
        assert wholes[-1].source is not None  # an amount found in the text
        named = max((p.end() for p in _PIECE_END.finditer(text, start, wholes[-1].source["start"])), default=start)
        pct = Operand.literal(m.group("pct"), label=f"{m.group('part')}占比")
        pct.source = {"kind": "passage", "start": m.start("pct"), "end": m.end("pct"), "text": m.group("pct")}
        try:
            out.append((text[named:m.end("part")], part_of(wholes[-1], pct, label=normalize(m.group("part")))))
        except ComputeError:
            continue
    return out


def table_compute(query: Query, table: Table, row: Row) -> Computation | None:
    """Share of a sub-row in its parent row (`中等职业教育` of `在校学生数`) or the sum of the rows
    the question names (`第一中学和实验小学的建筑面积合计`), in the year column asked."""
    op = query.operation
    try:
        if op == "share":
            parent = _parent_row(table, row)
            column = _year_column(query, row)
            if parent is None or column is None:
                return None
            part, whole = (cell_operand(c, table, r, normalize(row_label(table, r)))
                           for r, c in ((row, row.cell(column)), (parent, parent.cell(column))))
            if part is None or whole is None:
                return None
            return share(part, whole, label=f"{part.label} 占 {whole.label} 比例")
        if op == "sum":
            return _rows_total(query, table)
    except ComputeError:
        return None
    return None


def compliance(query: Query, value: float, unit: str, context: str,
               students: Operand | None = None, after: str = "", document: str = "") -> Computation | None:
    """Pass/fail of a stated value: against the threshold the question names (`是否达到80%`), else
    against the bar the document itself judges it by right after it (`after`: `…为61%，低于65%的要求`,
    its direction from `document`), else against the national 优质均衡 standard of the indicator
    (figures.standards). Like with like: a
    total (公用经费50万元) is judged against a per-student standard only as total ÷ `students` when
    the document states them; otherwise the result says it cannot be judged, and why (flag
    `cannot`). A value the context sets as a requirement (`比例不低于12%`) is never judged: flag `rule`."""
    asked = query.asked.threshold
    if states_rule(context, value, unit):
        return Computation(label="要求", value=value, unit=unit, formula="", inputs=[], flag="rule",
                           note=f"文件中的“{normalize(context)[-MAX_LABEL_CHARS:]}”是要求，不是实际达到的值")
    actual = Operand(label=normalize(context)[:30] or "文件数值", value=value, unit=unit,
                     decimals=decimals_of(value))
    if asked:
        threshold = find_quantities(asked)
        if threshold and (threshold[0].unit or unit) == unit:
            target = Operand(label=f"问题中的标准 {asked}", value=threshold[0].value, unit=unit,
                             decimals=threshold[0].decimals)
            result = compare(actual, target, label="与问题中的标准比较")
            bound = query.asked.bound
            result.flag = "pass" if BOUNDS[bound](value, threshold[0].value) else "fail"
            relation = SYMBOLS[bound] if result.flag == "pass" else NOT_SYMBOLS[bound]
            result.note = f"{_num(value)}{unit} {relation} {asked}（问题中的标准）：{result.formula}"
            return result
    if after and (own := own_verdict(actual, after, document)) is not None:
        return own
    if unit == "百分点":
        return None  # a gap or a change in points (`比全市平均低5.2个百分点`), no level a rate's bar judges
    indicator = indicator_of(context, unit) or match_indicator(normalize(query.norm, drop_space=True), unit)
    key = indicator.key if indicator is not None and rules_for(indicator.key) \
        else school_size_asked(query, unit, context)
    if not key:
        return None
    per_student = next((r for r in rules_for(key) if "/生" in r.unit), None)
    period = per_student_period(context, value) if per_student is not None and "/" not in unit else None
    if per_student is not None and period is None and "/" not in unit and _NAMED_PER_STUDENT.search(normalize(context)):
        period = ""  # the clause names the amount per student (生均…标准…6000元), far from its number
    if per_student is not None and period is not None and per_student.unit.endswith(f"/{period or '年'}"):
        # stated per student in its own clause (`按每生每年5800元`): a rate of the standard's kind, not a total
        unit = per_student.unit
        actual = replace(actual, unit=unit)
    if per_student is not None and "/" not in unit:  # a total against a per-student standard
        if students is None or per_student.unit.endswith("/天"):  # a total ÷ students is no rate per day
            lacking = "总额除以学生数不是每天的标准" if students is not None else "文件没有给出学生数，无法折算生均值"
            return Computation(label="无法判断", value=value, unit=unit, formula="", inputs=[actual.to_input()],
                               flag="cannot", note=(f"文件给出的是总额{_num(value)}{unit}，国家标准按生均考核"
                                                    f"（{per_student.rule}），{lacking}"))
        actual.source = actual.source or {"kind": "passage", "text": context}
        per = ratio(actual, students, label=f"{actual.label} 生均", decimals=2)
        actual = Operand(label=per.label, value=per.value, unit=per_student.unit, decimals=2)
        value = per.value
    try:
        outcome = check(key, value, match_stage(query.norm) or match_stage(context) or None,
                        operand=actual)
    except StandardError:
        return None
    gap = outcome.gap
    gap.flag = outcome.verdict
    gap.note = outcome.summary()
    if students is not None and per_student is not None and "/" not in unit:
        gap.note = f"{per.formula}；{gap.note}"
        gap.inputs = per.inputs + gap.inputs
    return gap


# a school's size asked (`中心小学人数超没超标准`): its pupils against the national bar on a 小学's or 初中's size
# (教督〔2017〕6号: 小学、初中规模不超过2000人; a 九年一贯制 or 十二年一贯制 school's bar is another, 2500, and a
# 完全中学 counts its senior pupils too: neither is judged by the 2000 bar)
_SIZE_ASKED = re.compile(r"(?:小学|初中|中学|学校|[校园])(?:的)?(?:办学)?规模")
_OTHER_SIZE_BAR = re.compile(r"一贯制|完全中学|完中")
_PUPILS = re.compile(r"在校生|在校学生|学生(?:人?数|总数)?")


def school_size_asked(query: Query, unit: str, context: str) -> str:
    """The key of the national bar on a school's size (figures.standards `school_size`) when the question asks
    a school's size and the figure counts its pupils; '' otherwise."""
    norm = normalize(query.norm, drop_space=True)
    if canonical_unit(unit) != "人" or not asks_school_size(norm) or _OTHER_SIZE_BAR.search(context) \
            or not _PUPILS.search(normalize(context, drop_space=True)):
        return ""
    return "school_size"


def asks_school_size(question: str) -> bool:
    """Whether a question asks a 小学's or an 初中's size, the one the national bar of 2000 judges (above)."""
    norm = normalize(question, drop_space=True)
    return bool(_SIZE_ASKED.search(norm)) and not _OTHER_SIZE_BAR.search(norm)


def restates_bar(query: Query, q: Quantity) -> bool:
    """Whether `q`, a figure with a bound (`90分钟以上`, `不少于40%`), writes the question's own bar again
    (`够90分钟了吗`): the bar, whatever the sentence's tense, and no value reached to judge."""
    bar = find_quantities(query.asked.threshold) if query.asked.threshold else []
    return bool(bar) and q.qualifier in (">=", ">", "<=", "<") and bar[0].value == q.value \
        and (bar[0].unit or q.unit) == q.unit


# a document's own judgement of the value it has just stated (`比例为61%，低于65%的要求`, `未达到90%的标准`)
_OWN_VERDICT = re.compile(r"^[，,、]?\s*(?:均|仍|尚|已|都|但)?(?P<verb>未达到|没有达到|达不到|未达|不足|低于|高于|超过|"
                          r"达到|满足|符合)(?P<bar>[^，,；;。]{1,16}?)的?(?:要求|标准|规定|目标)")
_REACHED_VERBS = {"达到": True, "满足": True, "符合": True, "未达到": False, "没有达到": False, "达不到": False,
                  "未达": False, "不足": False}


def own_verdict(actual: Operand, after: str, document: str) -> Computation | None:
    """The value judged by the bar the document names right after it. 达到/未达到 say the verdict; 低于/高于
    say only which side of the bar the value is, so the bar's direction must be stated in the document (a
    floor `50%以上`, `不低于50%`; a ceiling `不超过45人`): 低于 a floor fails, 低于 a ceiling passes. The
    verb must agree with the two numbers, else nothing is judged."""
    m = _OWN_VERDICT.match(normalize(after, drop_space=True))
    bars = find_quantities(m.group("bar")) if m else []
    if m is None or len(bars) != 1 or (bars[0].unit or actual.unit) != actual.unit:
        return None
    verb, bar = m.group("verb"), bars[0]
    if verb in ("低于", "不足") and not actual.value < bar.value or verb in ("高于", "超过") \
            and not actual.value > bar.value:
        return None
    passed = _REACHED_VERBS.get(verb)
    if passed is None:
        # the bar as the rest of the document states it (the judging clause's own `低于50%` sets no direction)
        elsewhere = document.replace(after, "")
        bounds = {q.qualifier for q in find_quantities(elsewhere) if q.value == bar.value and q.unit == bar.unit}
        floor, ceiling = bool(bounds & {">=", ">"}), bool(bounds & {"<=", "<"})
        if floor == ceiling:
            return None  # the bar's direction unstated (or both): the side alone is no verdict
        passed = (verb in ("高于", "超过")) == floor
    target = Operand(label=f"文件所说的要求 {bar.text}", value=bar.value, unit=actual.unit, decimals=bar.decimals)
    result = compare(actual, target, label="与文件所说的要求比较")
    result.flag = "pass" if passed else "fail"
    side = "<" if actual.value < bar.value else ">" if actual.value > bar.value else "="
    result.note = f"{_num(actual.value)}{actual.unit} {side} {bar.text}（文件所说的“{verb}{m.group('bar')}的要求”）：" \
                  f"{result.formula}"
    return result


# a share stated against its whole: `占交流轮岗教师的23.2%`, `占…总数的比例为14.2%`, a budget's `按…总额的5.5%安排`
_SHARE_OF = re.compile(r"(?:占|按)(?P<whole>[\u4e00-\u9fff]{2,24}?)的?(?:比例|比重)?(?:为|是|达到|达)?约?"
                       r"\d+(?:\.\d+)?[%％]")


# the people a count of people (`…人数`) counts in a school's rules: a share rule names its whole by them
_PEOPLE_OF_COUNT = ("教师", "学生")


def _whole_rule(whole: str) -> str | None:
    """The share rule whose whole `whole` names (figures.standards.rule_of_whole), also when a document writes
    the whole as a count of the people doing something (`交流人数` for the teachers a rule calls 交流教师)."""
    stem = whole.removesuffix("人数")
    return rule_of_whole(whole) or next((key for noun in _PEOPLE_OF_COUNT if stem != whole
                                         and (key := rule_of_whole(stem + noun))), None)


# a clause naming its amount per student by the indicator's own name (`生均公用经费标准保持在每年6000元以上`), the
# words between too many for per_student_period to read; not one stating a sum (`生均…，合计拨付…万元`)
_NAMED_PER_STUDENT = re.compile(r"^(?!.*(?:合计|总额|总计|共计|累计|共拨付|总共)).*(?:生均|每生|每名?学生)")


def indicator_of(context: str, unit: str) -> Indicator | None:
    """The indicator a figure at the end of `context` is a value of: for a share stated against a whole that a
    share rule names (figures.standards.rule_of_whole), that rule's (`其中骨干教师33人，占交流轮岗教师的23.2%` is
    the 骨干 share of those rotated, though 交流轮岗 is named last); else the one its words name."""
    norm = normalize(context, drop_space=True)
    m = next(reversed(list(_SHARE_OF.finditer(norm))), None)  # the share the context ends with
    key = _whole_rule(m.group("whole")) if m and unit == "%" else None
    by_whole = next((i for i in INDICATORS if i.key == key), None) if key else None
    return by_whole or _narrowest(norm, unit)


def _narrowest(norm: str, unit: str) -> Indicator | None:
    """The indicator `norm` names, or the narrower one whose name ends in its name, where the words naming the
    latter's last mention are the narrower's: a kind of school's indicator written `<kind>的<indicator>标准为…` is
    that kind's (its standard differs from the general one's, though a synonym ending in 标准 ends later);
    reports write the possessive 的 and a trailing 标准 freely, the indicators' names never. A narrower one
    named earlier in the text (`<kind>X…，<other>X N元`) is not it."""
    found = match_indicator(norm, unit)
    if found is None:
        return None
    joined = norm.replace("的", "")
    at = joined.rfind(found.name)
    if at < 0:
        return found
    end = at + len(found.name)
    narrower = [i for i in INDICATORS if i.key != found.key and i.name.endswith(found.name) and compatible(i, unit)
                and any(joined[max(0, end - len(s)):end] == s for s in i.synonyms)]
    return narrower[0] if len(narrower) == 1 else found


# a bound set as a requirement: `不低于12%`, `不少于72学时`, `不超过550元`; `达到95%以上` only in a clause that
# requires or plans it (a report's `巩固率达到98%以上` is what was reached)
# (the words of a bound before its figure, 不得低于 too, are figures.numbers's: `bound_written`)
# … also written before the whole the bar is a share of (`比例不低于符合交流条件教师总数的10%`)
_BOUND_BEFORE = re.compile(r"(?:不低于|不少于|至少|不超过|不高于)[^\d，,；;。]{0,20}$")
_REQUIRES = re.compile(r"要求|确保|力争|应当|应达|必须|须|原则上|不得|目标|计划|规划|到20\d\d年")
# … or a level a plan says must be reached, with no bound word (`普及率要提高到95%`, `须达到90%`): a floor
_CEILING_BEFORE = re.compile(r"(?:不超过|不高于)[^\d，,；;。]{0,20}$")
_MUST_REACH = re.compile(r"(?:(?<!主)要|须|应当?)(?:实现|达到|提高到|提升到)[^\d，,；;。]{0,4}$")


def states_rule(context: str, value: float, unit: str) -> bool:
    """Whether `context` states `value` as a requirement's bound rather than a value reached (a notice's
    `培训覆盖率不低于90%` is the bar a question restates, never the share achieved). Read in the matching
    form: a Traditional document writes the bound 不低於."""
    context = normalize(context)
    for q in find_quantities(context):
        if q.value != value or q.unit != unit:
            continue
        if _BOUND_BEFORE.search(context[:q.start]) or q.qualifier in (">=", "<=", ">", "<") and (
                bound_written(q) or _REQUIRES.search(context[:q.start])) \
                or not q.qualifier and _MUST_REACH.search(context[:q.start]):
            return True
    return False


def rule_bound(q: Quantity, before: str) -> str:
    """The comparator of a requirement's bound `q` (states_rule's), `before` the text leading to it: its
    qualifier, else the word before it — a ceiling's (`不超过…的10%`) or a floor's, which a level that must be
    reached is too (`要提高到95%`)."""
    if q.qualifier:
        return q.qualifier
    return "<=" if _CEILING_BEFORE.search(normalize(before)) else ">="


def companion_checks(query: Query, text: str, span: tuple[int, int], unit: str, context: str) -> list[Computation]:
    """The other parts of a standard that comes in parts (figures.standards.COMPANIONS), each judged
    on the figure text[span] states for it (`…占比44.75%，交流轮岗的骨干教师103名，占比37.73%`)."""
    if query.asked.threshold:
        return []  # the question set its own bar
    main = indicator_of(context, unit) or match_indicator(normalize(query.norm, drop_space=True), unit)
    out = []
    for key in COMPANIONS.get(main.key, ()) if main else ():
        for q in find_quantities(text[span[0]:span[1]]):
            before = normalize(text[span[0]:span[0] + q.start], drop_space=True)[-MAX_LABEL_CHARS:]
            named = indicator_of(before + q.text, q.unit) if q.is_measure else None
            if named is not None and named.key == key:
                judged = compliance(query, q.value, q.unit, before + q.text)
                if judged is not None and judged.flag != "rule":
                    out.append(judged)
                break
    return out


def students_in(text: str, start: int, end: int) -> Operand | None:
    """The number of students text[start:end] states (`在校生80人`), as an operand citing it."""
    for o, words, _ in _pieces(text, start, end):
        if o.unit == "人" and _STUDENTS.search(words):
            return o
    return None


def verdict_text(result: Computation, question: str = "") -> str:
    """达标 / 未达标 / 无法判断 (a requirement restated, flag `rule`, too), in the question's own word when it
    asks 符合 (`符合省定标准吗` → 符合/不符合, with 达到/未达到 beside it)."""
    if "符合" in question and result.flag in ("pass", "fail"):
        return ("符合" if result.flag == "pass" else "不符合") + reached(result.flag == "pass", question)
    word = {"pass": "达标", "fail": "未达标", "cannot": "无法判断", "rule": "无法判断"}.get(result.flag, "未达标")
    return f"{word}{reached(result.flag == 'pass', question)}" if result.flag in ("pass", "fail") else word


def judged_shares(query: Query, computed: list[Computation]) -> list[Computation]:
    """Each computed share judged when the question asks a standard (`…的比例符合国家标准吗`, `够20%吗`):
    against the bar it names, else the rule its whole names, else the indicator's national standard; [] unless
    every one is judged pass or fail. Judged on the share as shown (two places), not its unrounded quotient."""
    if not query.asked.compliance:
        return []
    judged = []
    for c in computed:
        shown = round(c.value, 2) if c.stated is None else c.stated
        # read as a share stated of its whole (`A 占 B 比例17.5%`): judged by the rule that whole names
        # (a heading a label carries, `分项目支出情况:公用经费补助`, is no part of the whole's name)
        named = re.sub(r"\S*[:：]", "", c.label)
        j = compliance(query, shown, c.unit, f"{named}{shown:g}%") if c.unit == "%" else None
        if j is not None:
            j.inputs = c.inputs  # judged on the share, itself computed from these cited amounts
            judged.append(j)
    return judged if judged and all(j.flag in ("pass", "fail") for j in judged) else []


# a question asking whether a figure reaches, meets or is enough for a standard (`达到…了吗`, `达没达到`,
# `够不够`, `达标没有`, `是否达标`, `符合…的要求吗`: 达标 and 符合 are reaching the standard, answered 达到 as often)
_ASKS_REACHED = re.compile(r"达到|达没达到|够|达标|符合")
_ASKS_REACHED_YES_NO = re.compile(r"有没有达到|达没达到|达到[^，,。？?]*(?:了?[吗么]|没有?)[？?]?$")


_ASKS_QUALIFIED = re.compile(r"合不合格|(?<!不)合格了?(?:[吗么]|没有?)")  # a verdict asked as 合格
# (or of the bar named: `超过上限没有`, `有没有超过`)
_ASKS_EXCEEDED = re.compile(r"超没超|超不超|超标了?[吗么没]|超了[吗么没]|(?:有没有|有无)超过|(?:有没有|有无)超(?=\s*\d)"
                            r"|超过[^，,。？?]{0,8}(?:了?[吗么]|没有?)$")
# a yes/no question on 达标 itself, answered in its own words: asked by 没 or of a change (`达标没`, `有没有达标`,
# `达标了吗`) → 没有达标; asked plainly (`达标吗`, `达不达标`) → 不达标
_ASKS_MET_NOT = re.compile(r"达没达标|有没有达标|达标了(?:[吗么]|没有?)|达标没有?")
_ASKS_MET = re.compile(r"达不达标|达标[吗么]")


def reached(passed: bool, question: str) -> str:
    """The answer in the question's own terms beside 达标/未达标: `（达到要求）` / `（未达到要求）`."""
    if _ASKS_EXCEEDED.search(question):  # `超标了吗`: a ceiling kept is not exceeded (没超), one failed is (超了)
        return "（没超，没有超过）" if passed else "（超了，超过了）"
    if _ASKS_QUALIFIED.search(question):  # `合格吗`: 合格 / 不合格, the question's own word
        return "（合格）" if passed else "（不合格）"
    if not _ASKS_REACHED.search(question):
        return ""
    if "够" in question:  # `够不够`, `够…标准吗`: 够 / 不够
        return "（够，达到要求）" if passed else "（不够，未达到要求）"
    if _ASKS_MET_NOT.search(question):
        # (没有 answers the question; 不达标 is the verdict as a report states it)
        return "（达标了，达到要求）" if passed else "（没有达标，即不达标，未达到要求）"
    if _ASKS_MET.search(question):
        return "（达到要求）" if passed else "（不达标，未达到要求）"
    # (未达到 however it is asked: the verdict's own word, as reports write it; a yes/no question on reaching,
    # `达到…了吗`, `有没有达到`, is first answered 没有)
    if passed:
        return "（达到要求）"
    return "（没有，未达到要求）" if _ASKS_REACHED_YES_NO.search(question) else "（未达到要求）"


def cell_operand(cell: Cell | None, table: Table | None = None, row: Row | None = None,
                 label: str = "") -> Operand | None:
    """A table cell as an operand citing its cell (None when it holds no number)."""
    if cell is None:
        return None
    try:
        operand = Operand.literal(cell.text + normalize(cell.unit), label=f"{label} {cell.column}".strip())
    except ComputeError:
        # a cell that writes its own unit (`1180万元`, `1500人次` under a table noted in 万元): the cell's, as written
        try:
            operand = Operand.literal(cell.text, label=f"{label} {cell.column}".strip())
        except ComputeError:
            return None
        if not operand.unit:
            return None
    if table is not None and row is not None:
        operand.source = {"kind": "cell", "table_id": table.table_id, "row_index": row.index,
                          "column": cell.column, "start": cell.start, "end": cell.end, "text": cell.text}
    return operand


def _amounts(text: str, start: int, end: int) -> list[Operand]:
    """Every amount (not a year, date or period) in text[start:end] as an operand citing its span."""
    out = []
    for q in find_quantities(text[start:end]):
        if not q.is_measure or q.unit in ("%", "百分点", "年", "月", "天", "周"):
            continue
        operand = Operand.literal(q.text, label=_subject(text[start:end], q.start) or q.text)
        operand.source = {"kind": "passage", "start": start + q.start, "end": start + q.end, "text": q.text}
        out.append(operand)
    return out


# money a part takes out of a named pool (`从…经费中列支`, `在专项资金中安排`)
_DRAWN_FROM = re.compile(r"(?:从|由|在)(?P<pool>[^，,；;。]{2,16}?)中(?:列支|安排|支出|开支|提取|划拨|统筹)")


def _recomputed_share(query: Query, amounts: list[Operand], focus_text: str,
                      focus: tuple[int, int]) -> Computation | None:
    """part ÷ whole for the pair of counts whose share is closest to the percentage the focus
    sentence states (`公辦在園幼兒19943人,公辦率54.79%` with `在園幼兒36381人` before it); failing
    that, the count whose subject the question names, of the largest count of its unit."""
    # a share the sentence states, not a rate of change (`比上年减少0.50万人，下降5.9%`)
    stated = [q for q in find_quantities(focus_text)
              if q.unit == "%" and not CHANGE_BEFORE.search(focus_text[:q.start])]
    pairs = [(a, b) for a in amounts for b in amounts if a.unit == b.unit and 0 < a.value < b.value]
    if not pairs:
        return None
    a, b = min(pairs, key=lambda p: abs(p[0].value / p[1].value * 100 - stated[0].value)) if stated else pairs[0]
    # … the stated share of the part the question names, when it names one (`随机督导占…` is not the
    # 整改率 of `已整改351个，整改率为89.5%` in the same sentence)
    matched = bool(stated) and abs(a.value / b.value * 100 - stated[0].value) <= 1 \
        and (not query.asked.part or overlap(a.label, query.asked.part) >= 2)
    if not matched:  # both counts from the answering sentence itself
        pairs = [(p, w) for p, w in pairs
                 if all(focus[0] <= o.source["start"] < focus[1] for o in (p, w))]  # type: ignore[index]
        if not pairs:
            return None
        named = max((p for p, _ in pairs), key=lambda o: overlap(o.label, query.norm))
        if overlap(named.label, query.norm) < 2:
            return None
        wholes = [w for p, w in pairs if p is named]
        whole_words = bare_noun(query.asked.whole, query)
        if whole_words:  # the whole the question names, never another count of the sentence
            least = max(2, math.ceil(WHOLE_NAMED * len(whole_words)))
            wholes = [w for w in wholes if overlap(w.label, whole_words) >= least
                      or stated_total(w.label, whole_words)
                      or _count_of_lead(whole_words, focus_text, focus[0], w)]
            if not wholes:
                return None
        a, b = named, max(wholes, key=lambda w: w.value)
    result = share(a, b, label=f"{a.label} 占 {b.label.removeprefix('占')} 比例")
    if matched:
        result.stated = stated[0].value
        check = consistency(Operand.literal(stated[0].text), a, b)
        result.flag = check.flag
        result.note = f"文件写{stated[0].text}，" + (
            "一致" if check.flag == "consistent"
            else f"相差{abs(check.value - stated[0].value):.2f}个百分点，文件数值不一致")
    return result


# a whole asked as an activity's count (`普查人数`, `参训人数`, `受检人次`): the activity is its topic
_COUNT_NOUN = re.compile(r"的?(?:总人数|总人次|人数|人次|数量|个数|总数)$")


def _count_of_lead(whole: str, focus_text: str, offset: int, amount: Operand) -> bool:
    """Whether the amount is the count of the activity a whole asked as `<activity>人数` names, its sentence
    having said the activity in the words before it, up to no earlier amount (`开展学生体检，覆盖学生3000人`
    for 体检人数): the count the activity covers."""
    topic = _COUNT_NOUN.sub("", normalize(whole, drop_space=True))
    if len(topic) < 2 or topic == normalize(whole, drop_space=True) or amount.source is None:
        return False
    end = amount.source["start"] - offset
    earlier = [q.end for q in find_quantities(focus_text[:end]) if q.is_measure]
    lead = normalize(focus_text[max(earlier, default=0):end], drop_space=True)
    return topic in lead


def noun_share(query: Query, text: str, window: tuple[int, int]) -> Computation | None:
    """part ÷ whole picked by their nouns: the part is the amount whose own words (its clause or
    list item) share most with the question's part (`研究生学历` of `专任教师1200人,其中研究生学历96人`),
    the whole the larger amount of the same unit whose words share most with the question's whole —
    or, when the question names none, the amount the part's sentence splits (`…,其中…`)."""
    part_words, whole_words = query.asked.part, _ALL.sub("", bare_noun(query.asked.whole, query))
    if not part_words:
        return None
    pieces = _pieces(text, *window)
    if len(pieces) < 2:
        return None
    # … first by the question's part, then by the words the part has beyond the whole's (`中职` of `中职资助资金`
    # when `资助资金` is the whole), so that the whole's own amount is not taken for the part
    own = part_words.replace(whole_words, "") if whole_words else part_words

    def score(p: tuple[Operand, str, int]) -> tuple[int, int]:
        return overlap(p[1], part_words), overlap(p[1], own)

    best = max(score(p) for p in pieces)
    if best[0] < 2:
        return None
    # (a bound, `按每人不高于N元收取`, is the rule an amount is collected by: no part of a total)
    parts = [p for p in pieces if score(p) == best and p[0].qualifier not in ("<=", ">=")]
    if len({p[0].unit for p in parts}) > 1:  # one item's count and amount (`资助500人次、80万元`): the kind asked
        parts = _of_kind_named(parts, f"{part_words}{whole_words}") or parts
    if len({p[0].unit for p in parts}) > 1 and whole_words:
        # a thing's count and its members' (`民办园23所` … `民办园在园幼儿4120人`): the unit of the
        # amount named as the whole asked (`在园幼儿9860人`)
        units = {p[0].unit for p in pieces if _names_whole(p[1], whole_words)}
        parts = [p for p in parts if p[0].unit in units] if len(units) == 1 else []
    if not parts or len({p[0].unit for p in parts}) > 1:
        return None
    part = _drawn_from_whole(text, pieces, parts[0], whole_words)
    wholes = [p for p in pieces if p[0].unit == part[0].unit and p[0].value > part[0].value]
    if not wholes:
        return None
    if whole_words:  # the whole the question names, named so by its own words (not just `教师`)
        # … and not a kind of it: words that put a qualifier before the whole's noun (`义务教育经费总投入`
        # beside `学前教育经费总投入` when `教育经费总投入` is asked) name a sibling of the part; the
        # whole then stands elsewhere in the document (server/answer/computed.share_apart)
        # … or by the noun the question's whole ends with, the question having put its topic before it
        # (`营养改善计划受益学生` asked, `受益学生2.61万人` stated)
        # … nor another item of the part's own `其中` list (`其中，高中…920万元，中职…1030万元`): a sibling
        named = [p for p in wholes if _names_whole(p[1], whole_words) and not _qualified(p[1], whole_words)
                 and not _one_list(text, p[2], part[2])]
        if not named:
            return None
        whole = max(named, key=lambda p: (overlap(p[1], whole_words), -abs(p[2] - part[2])))
    else:  # the amount before the part whose sentence goes on `其中…`
        before = [p for p in wholes if p[2] < part[2] and "其中" in text[p[2]:part[2]]]
        if not before:
            return None
        whole = max(before, key=lambda p: p[2])
    try:
        return share(part[0], whole[0], label=f"{_short(part[1])} 占 {_short(whole[1])} 比例")
    except ComputeError:
        return None


def _drawn_from_whole(text: str, pieces: list[tuple[Operand, str, int]], part: tuple[Operand, str, int],
                      whole: str) -> tuple[Operand, str, int]:
    """The item of the part's `其中` list drawn from the pool the whole names (`N万元，其中…在专项资金中安排M
    万元` asked as a share of 专项资金): the share of that pool is that item's, not the part's sum.
    The part itself when no one item, or several, say so."""
    drawn = [p for p in pieces if p[0].unit == part[0].unit and p[2] > part[2] and "其中" in text[part[2]:p[2]]
             and not _SENTENCE_BREAK.search(text, part[2], p[2])
             and (m := _DRAWN_FROM.search(p[1])) and overlap(m.group("pool"), whole) >= 2]
    return drawn[0] if whole and len(drawn) == 1 else part


def _names_whole(words: str, whole: str) -> bool:
    """Whether an amount's words name the whole a question asks: most of its words in one run, the noun its
    name ends with, or its topic stated as a total (`共…`)."""
    least = max(2, math.ceil(WHOLE_NAMED * len(whole)))
    return overlap(words, whole) >= least or _heads(whole, words) or stated_total(words, whole)


def _one_list(text: str, a: int, b: int) -> bool:
    """Whether the amounts at `a` and `b` are items of one list opened by 其中 in one sentence: parts of
    the amount before it, neither the other's whole."""
    opened = text.rfind("其中", 0, min(a, b))
    return opened >= 0 and not _SENTENCE_BREAK.search(text, opened, max(a, b))


_SENTENCE_BREAK = re.compile(r"[。；;！？!?\n]")
# `全部资助` is the whole of what 资助 names, and so is `全县学校` of 学校 (the place is the document's)
_ALL = re.compile(r"^(?:全部|所有|全体|整个|全省|全市|全区|全县|全国|全镇|全乡)的?")


def _of_kind_named(pieces: list[tuple[Operand, str, int]], words: str) -> list[tuple[Operand, str, int]]:
    """The pieces in the kind of unit the question's nouns name (资金 → 元, 人次 → counts of people;
    server/lexicon/unit_nouns.tsv); none when its nouns name no kind or both."""
    kinds = {kind for noun, kind in unit_nouns().items() if noun in words} & {"money", "people"}
    if len(kinds) != 1:
        return []
    money = kinds == {"money"}
    return [p for p in pieces if ("元" in p[0].unit) == money]


# a whole asked as its topic + a 总 noun (`教师总人数`, `督导总次数`, `资金总额`) …
_TOTAL_NOUN = re.compile(r"(?:的)?(?:总次数|总人数|总数量|总数|总额|总量|总计|合计|总和)$")
# … is the amount the document states as the whole: `共开展督导1200次`, `累计投入资金5000万元`
_TOTAL_WORD = re.compile(r"共|合计|总计|累计|总")


def stated_total(words: str, whole: str) -> bool:
    """Whether an amount's words (`共开展督导1200次`) state the total a question's whole names by its topic
    and a 总 noun (`督导总次数`): the topic in the words, and the words marking the amount as a total."""
    topic = _TOTAL_NOUN.sub("", normalize(whole, drop_space=True))
    return len(topic) >= 2 and topic != normalize(whole, drop_space=True) and _TOTAL_WORD.search(words) is not None \
        and overlap(words, topic) >= min(len(topic), 2 + len(topic) // 2)


def _heads(noun: str, words: str) -> bool:
    """Whether an amount's words (`受益学生2.61万人`) are the noun a question's longer name ends with."""
    short = _short(words)
    return len(short) >= 3 and normalize(noun, drop_space=True).endswith(short)


def _qualified(words: str, noun: str) -> bool:
    """Whether an amount's words name `noun` with more words before it (`义务教育经费总投入` for
    `教育经费总投入`): a kind of the thing, not all of it."""
    short, bare = _SPENT.sub("", _short(words)), normalize(noun, drop_space=True)
    return len(bare) >= 2 and short.endswith(bare) and len(short) >= len(bare) + 2


# verbs a total's words may open with (`发放资助资金1200万元`, `累计拨付奖补资金`): no qualifier of its noun
_SPENT = re.compile(r"^(?:累计|共计|合计|共)?(?:发放|拨付|下达|筹措|筹集|落实)")


def bare_noun(words: str, query: Query) -> str:
    """A noun as the question writes it without the places it names (`澄岭县幼儿园` → 幼儿园)."""
    return without_places(words, query.regions)


def _pieces(text: str, start: int, end: int) -> list[tuple[Operand, str, int]]:
    """Each amount of text[start:end] with the words of its clause or list item and its offset."""
    out: list[tuple[Operand, str, int]] = []
    for o in _amounts(text, start, end):
        assert o.source is not None  # an amount found in the text
        s, e = o.source["start"], o.source["end"]
        left, right = clause_start(text, s, _PIECE_END, start), clause_end(text, e, _PIECE_END, end)
        words = normalize(text[left:right])
        # an item's second amount after 、 with no words of its own (`普通高中资助500人次、80万元`): the
        # item's words name it too
        if out and text[left - 1:left] == "、" and not _OWN_WORDS.search(text[left:s]):
            before, prior, _ = out[-1]
            assert before.source is not None
            if before.source["end"] <= left - 1 and not _OWN_WORDS.search(text[before.source["end"]:left - 1]):
                words = f"{prior}、{words}"
        out.append((o, words, s))
    return out


_OWN_WORDS = re.compile(r"[\u4e00-\u9fff]")  # words beside an amount (its unit's characters read as part of it)


def _short(words: str) -> str:
    """An amount's words without the amount, list markers and filler verbs: 研究生学历."""
    bare = re.sub(r"\d+(?:\.\d+)?[万亿]?[人个所名元]?", "", words)
    return _LABEL_TRIM.sub("", re.sub(r"^[\d.、．\s]+", "", bare)).strip("为是有")[:16]


def _per_unit(query: Query, text: str, amounts: list[Operand], focus: list[Operand]) -> Computation | None:
    """amount ÷ count (`4200万元 ÷ 3.2万人次`), or students ÷ teachers for 生师比."""
    if query.asked.per == "生师比":
        people = [o for o in focus or amounts if o.unit == "人"]
        students = next((o for o in people if "学生" in o.label or "在校" in o.label), None)
        teachers = next((o for o in people if "教师" in o.label), None)
        if students is None or teachers is None:
            return None
        return ratio(students, teachers, label="生师比", decimals=2)
    per = query.asked.per
    per_unit = _unit_of_one(per)
    seen = {f.source["start"] for f in focus}  # type: ignore[index]  # amounts always have a source
    pool = focus + [o for o in amounts if o.source["start"] not in seen]  # type: ignore[index]
    asks_money = not query.units or any(u.startswith("元") for u in query.units)  # not `平均每户多少人`
    if not asks_money:
        return None
    items = _item_pairs(text, focus, per_unit)
    # a list of items each with its count and amount: the one the question names
    chosen = _named_item(query, items) if len(items) > 1 else \
        (next((o for o in pool if o.unit == per_unit), None), next((o for o in pool if o.unit == "元"), None))
    count, money = chosen or (None, None)
    if count is None or money is None:
        return None
    result = ratio(money, count, label=f"平均每{per}金额", decimals=2)
    if "万元" in query.norm and result.value >= 1e4 and result.unit.startswith("元"):  # asked in 万元: that scale
        result.value /= 1e4
        result.unit = f"万{result.unit}"
        result.formula = result.formula.rsplit("=", 1)[0] + f"= {result.value:.2f} {result.unit}"
    return result


_CLAUSE_CUT = re.compile(pauses("，；;。"))  # the clauses of a list of items (between ，；。)
_PER_UNIT = {"学生": "人", "学位": "个"}  # the noun `平均每…` names → the unit it is counted in


def _unit_of_one(per: str) -> str:
    """The unit a count of what `平均每…` names is stated in: its noun's unit, else its counter's (名 → 人)."""
    return canonical_unit(_PER_UNIT.get(per, per))


def _item_pairs(text: str, focus: list[Operand], per_unit: str) -> list[tuple[str, Operand, Operand]]:
    """The items of a list that states each item's count and amount in its own clause (`学前教育资助400人次、
    20万元，义务教育资助2000人次、90万元`): (the clause's words, the count, the amount)."""
    clauses: dict[tuple[int, int], list[Operand]] = {}
    for o in focus:
        assert o.source is not None  # an amount found in the text
        at = o.source["start"]
        clauses.setdefault((clause_start(text, at, _CLAUSE_CUT), clause_end(text, at, _CLAUSE_CUT)), []).append(o)
    out = []
    for (s, e), found in clauses.items():
        counts = [o for o in found if o.unit == per_unit]
        money = [o for o in found if o.unit == "元"]
        if len(counts) == 1 and len(money) == 1:
            out.append((normalize(text[s:e]), counts[0], money[0]))
    return out


def _named_item(query: Query, items: list[tuple[str, Operand, Operand]]) -> tuple[Operand, Operand] | None:
    """(count, amount) of the one item the question names: by the school stage it names under any of the
    stage's names (中职 = 中等职业教育, server/lexicon/stages.tsv), else by the longest run of words shared;
    None when no item or several fit equally."""
    asked = stages_named(query.norm)
    if asked:
        items = [it for it in items if stages_named(it[0]) & asked]
    scored = sorted(((overlap(words, query.norm), count, money) for words, count, money in items),
                    key=lambda x: -x[0])
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]) or (not asked and scored[0][0] < 2):
        return None
    return scored[0][1], scored[0][2]


def stages_named(text: str) -> set[str]:
    """The school stages a text names under any of their names (中职 and 中等职业教育 alike)."""
    return {stage for _, stage in lexicon_stages_named(text)}


def _per_count(query: Query, text: str, focus: list[Operand]) -> Computation | None:
    """A count of one thing per count of another stated side by side in one clause (`20所高校130个
    学科…` → 130个 ÷ 20所; `市场经营主体13.9万户、带动就业36.8万人` → 36.8万人 ÷ 13.9万户): the pair
    (a count in the unit divided by, then one in the unit asked) whose clause shares most words with
    the question; None when two pairs fit equally (ambiguous). When a later count's own words name the
    things counted (`村小6所…学生共900人，其中村小720人`), the pair is that one, of the things the question
    names most — and none when those things have no count of their own."""
    per_unit = _unit_of_one(query.asked.per)
    if not query.units or not per_unit or per_unit in query.units or per_unit == "年":
        return None
    dens = [o for o in focus if o.unit == per_unit]
    nums = [o for o in focus if o.unit in query.units]
    named = {id(d): n for d in dens if (n := _count_named_as(d, nums, dens)) is not None}
    if named:
        asked = sorted(((overlap(d.label, query.norm), d) for d in dens), key=lambda x: -x[0])
        if len(asked) > 1 and asked[1][0] == asked[0][0] or id(asked[0][1]) not in named:
            return None
        den = asked[0][1]
        return ratio(named[id(den)], den, label=f"平均每{per_unit}数量", decimals=2)
    scored = []
    for i, den in enumerate(focus):
        num = next((n for n in _past_its_parts(text, focus, i) if n.unit in query.units), None)
        if den.unit != per_unit or num is None:
            continue
        assert den.source is not None and num.source is not None  # amounts found in the text
        left = clause_start(text, den.source["start"], _CLAUSE_CUT)
        right = clause_end(text, num.source["end"], _CLAUSE_CUT)
        if not _counts_asked(query, text[clause_start(text, num.source["start"], _CLAUSE_CUT):right],
                             text[left:clause_end(text, den.source["end"], _CLAUSE_CUT)]):
            continue
        scored.append((overlap(text[left:right], query.norm), den, num))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    _, den, num = scored[0]
    return ratio(num, den, label=f"平均每{per_unit}数量", decimals=2)


# a sentence's end, not its `；`: a count of things and the people they hold are often two clauses of one
# sentence (`小规模学校四十七所，其中…；在校生2386人`)
_FULL_STOP = re.compile(pauses("。！？!?\n"))
_SPLIT_AFTER = re.compile(r"\s*[，,]?\s*其中")
_LIST_END = re.compile(pauses("；;。"))


def _past_its_parts(text: str, focus: list[Operand], i: int) -> list[Operand]:
    """The two amounts after focus[i], those of a `其中` list splitting it passed over (`小规模学校四十七所，其中
    村小十八所、教学点二十九个；在校生2386人`: the pupils are of all 47 schools, the list only names their kinds)."""
    den = focus[i]
    assert den.source is not None  # an amount found in the text
    if not _SPLIT_AFTER.match(text, den.source["end"]):
        return focus[i + 1:i + 3]
    end = _LIST_END.search(text, den.source["end"])
    return [o for o in focus[i + 1:] if end is None or o.source is None or o.source["start"] > end.start()][:2]


def _counts_asked(query: Query, num_clause: str, den_clause: str) -> bool:
    """Whether the count divided names what the question counts, in its own clause when that is not
    the divisor's (`校车22辆，…，日均乘坐学生980人` for 学生, not `司机25名`): a term of the question's
    the divisor's clause does not hold, or a document's word for it (学生: 在校生, server/lexicon/synonyms.tsv)."""
    if num_clause == den_clause:
        return True
    own = [t for t in query.terms if t not in den_clause]
    return not own or any(w in num_clause for t in own for w in (t, *synonyms().get(t, ())))


NAMED_AS_CHARS = 2  # a run of words two amounts share that names one thing (`村小`, `小规模学校`)


def _count_named_as(den: Operand, nums: list[Operand], dens: list[Operand]) -> Operand | None:
    """Of the counts after a count of things, the one its own words name as those things (`小规模学校19所、
    教学点14个，学生共2074人，其中小规模学校1756人`: 1756, not the whole the sentence splits) and as no other
    things counted beside them (`公办园40所、民办园25所…其中公办园8000人`: 8000 is 公办园's only); None when no
    count does more than the others."""
    assert den.source is not None  # an amount found in the text
    after = [n for n in nums if n.source is not None and n.source["start"] > den.source["start"]]

    def fit(n: Operand, d: Operand) -> int:  # by words: a label may hold an amount (`3所高校`), no name
        return overlap(_DIGITS.sub("", _LABEL_OPENING.sub("", n.label)), _DIGITS.sub("", d.label))

    scored = sorted(((fit(n, den), n) for n in after), key=lambda x: -x[0])
    if not scored or scored[0][0] < NAMED_AS_CHARS or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    best = scored[0][1]
    return best if all(fit(best, d) < scored[0][0] for d in dens if d is not den) else None


_LABEL_OPENING = re.compile(r"^(?:其中|含|包括)")
_DIGITS = re.compile(r"[\d.,]+")


_SENTENCE_END = re.compile(r"[。；;！？\n]")  # where the sentence stating an amount begins
# words before an amount that make it a period's total (`“十四五”期间…累计新增就业522万人`) …
_PERIOD_AMOUNT = re.compile(r"累计|期间|时期|以来|年来|年间|[一二三四五六七八九]五|合计|总计|共计")
# … or one year's (`2025年新增就业40万人`, `全年`)
_YEAR_AMOUNT = re.compile(r"20\d\d\s*年(?![—–\-~至到])|全年|当年|今年|去年|上年")


def _per_year(query: Query, text: str, amounts: list[Operand]) -> Computation | None:
    """A period's total ÷ the years of the period the question names (`“十三五”这五年平均每年` → 5).
    An amount whose clause names one year (`2025年新增就业40万人`, `全年`) is never divided, and
    when the passage states both one year's amount and another for what is asked, which one the
    question means is unclear: nothing is computed. (A review section's amounts name no year of
    their own: the period is the section's.)"""
    years = _period_length(query.norm)
    wanted = [o for o in amounts if o.unit in query.units] if query.units else amounts
    if not wanted:
        return None
    source: dict[str, str | int] = {"kind": "question", "text": f"{years}年（问题所问时期）"}
    if years is None:  # the period the amount's own sentence states (`2020年至2024年，累计投入20亿元`)
        assert wanted[0].source is not None
        at = wanted[0].source["start"]
        start = clause_start(text, at, _SENTENCE_END)
        stated = _STATED_PERIOD.search(text, start, at)
        years = _period_length(normalize(stated.group(0))) if stated else None
        if stated is None or years is None:
            return None
        source = {"kind": "passage", "start": stated.start(), "end": stated.end(), "text": stated.group(0)}
    kinds = {}
    for o in wanted:
        assert o.source is not None  # an amount found in the text
        lead = text[clause_start(text, o.source["start"], _SENTENCE_END):o.source["start"]]
        clause = re.split(pauses("，、"), lead)[-1]
        kinds[id(o)] = "year" if _YEAR_AMOUNT.search(clause) and not _PERIOD_AMOUNT.search(clause) else "period"
    periods = [o for o in wanted if kinds[id(o)] == "period"]
    if not periods or any(kinds[id(o)] == "year" for o in wanted):
        return None
    total_amount = max(periods, key=lambda o: overlap(o.label, query.norm))  # the amount the question names
    span = Operand(label="年数", value=years, unit="年", decimals=0, source=source)
    result = ratio(total_amount, span, label=f"{total_amount.label} 年均", decimals=2)
    scale = total_amount.scale
    if scale != 1.0 and result.unit == f"{total_amount.unit}/年":  # in its published scale: 47.84万人/年
        result.value /= scale
        result.unit = f"{display_unit(total_amount)}/年"
        shown = f"{result.value:.2f}".rstrip("0").rstrip(".")  # 104.4, not 104.40: no digits the inputs lack
        result.formula = result.formula.rsplit("=", 1)[0] + f"= {shown}{result.unit}"
    return result


# a span of years a sentence states its amount over
_STATED_PERIOD = re.compile(r"(?:19|20)\d\d\s*年?\s*[—–\-~至到]\s*(?:19|20)\d\d\s*年?|"
                            r"(?:近|过去)?[两二三四五六七八九十]年(?:来|间)|[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间)")


def _period_length(norm: str) -> int | None:
    """Years of the period a question names: `五年`/`5年`, a five-year plan, `2021—2025年`."""
    span = re.search(r"(20\d\d)\s*年?\s*[—–\-~至到]\s*(20\d\d)", norm)  # `2021—2025年`, `2020年至2024年`
    if span and int(span.group(2)) > int(span.group(1)):
        return int(span.group(2)) - int(span.group(1)) + 1
    for m in re.finditer(r"(\d+|[两二三四五六七八九十])\s*年(?:间|来|内|里|中)?", norm):
        if not re.fullmatch(r"(?:19|20)\d\d", m.group(1)):  # a count of years, not a year
            value = parse_number(m.group(1) + "年")
            return int(value.value) if value else None
    if re.search(r"[十一二三四五六七八九]五(?:规划|时期|期间)?", norm):
        return 5
    return None


_CHANGE_WORD = re.compile(alternation(("新增",), RISE_VERBS, FALL_VERBS))
_CLAUSE = re.compile(pauses("，；;。:："))


def _start_value(sentence: str, offset: int) -> Computation | None:
    """The value before a change the sentence states with its result (`总数达到22个、新增12个`,
    `城镇化率61.61%、提高5.1个百分点`): the result minus the change."""
    found = [q for q in find_quantities(sentence) if q.is_measure]
    # the words that lead to each amount: from the amount before it (or its clause's start)
    lead = {id(q): sentence[max([clause_start(sentence, q.start, _CLAUSE)] +
                                [p.end for p in found if p.end <= q.start]):q.start] for q in found}
    changes = [q for q in found if _CHANGE_WORD.search(lead[id(q)])]
    for delta in changes:
        family = {"百分点": "%"}.get(delta.unit, delta.unit)
        ends = [q for q in found if q is not delta and q not in changes and q.unit == family]
        if not ends:
            continue
        end = min(ends, key=lambda q: abs(q.start - delta.start))
        sign = -1 if FALL.search(lead[id(delta)]) else 1
        value = end.value - sign * delta.value
        label = _subject(sentence, min(end.start, delta.start)) or "期初"
        inputs = []
        for q in (end, delta):
            o = Operand.literal(q.text, label=label)
            o.source = {"kind": "passage", "start": offset + q.start, "end": offset + q.end, "text": q.text}
            inputs.append(o.to_input())
        decimals = max(end.decimals, delta.decimals)
        shown = display_unit(Operand.literal(end.text))
        scale = end.value / float(re.sub(r"[^\d.]", "", end.text) or 1) if end.unit != "%" else 1.0
        result = value / scale
        op = "−" if sign > 0 else "+"
        return Computation(label=f"{label} 变化前", value=result, unit=shown,
                           formula=f"{end.text} {op} {delta.text} = {result:.{decimals}f}{shown}", inputs=inputs)
    return None


def _growth_with_change(old: Operand, new: Operand, label: str, fall_asked: bool = False) -> Computation:
    """The growth in %, noting the absolute change it comes from (`增加22生/千人`); a fall asked of an
    amount that fell (`减了百分之几`) as the size of the fall."""
    if fall_asked and new.value < old.value:
        result = decline(old, new, label=label.replace("增长率", "降幅"))
    else:
        result = growth(old, new, label=label)
    diff = change(old, new)
    number = diff.formula.split("=")[-1].split("（")[0].strip().replace(" ", "")
    result.related = [diff]
    result.note = f"{'增加' if diff.value >= 0 else '减少'}{number.lstrip('-')}"
    return result


def overlap(label: str, question: str) -> int:
    """Length of the longest run of characters the label shares with the question."""
    a, b = normalize(label, drop_space=True), normalize(question, drop_space=True)
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def _previous_value(sentence: str, offset: int) -> Computation | None:
    """`研究生77人,同比增长了71.11%` → the year before: 77 ÷ (1 + 71.11%)."""
    m = _YEAR_ON_YEAR.search(sentence)
    if m is None:
        return None
    counts = [o for o in _amounts(sentence, 0, m.start()) if o.unit != "%"]
    rate = next((q for q in find_quantities(m.group(0)) if q.unit == "%"), None)
    if not counts or rate is None:
        return None
    current = counts[-1]
    pct = Operand.literal(rate.text, label="同比增长率")
    assert current.source is not None  # an amount found in the text
    for o, (s, e) in ((current, (current.source["start"], current.source["end"])),
                      (pct, (m.start() + rate.start, m.start() + rate.end))):
        o.source = {"kind": "passage", "start": offset + s, "end": offset + e, "text": sentence[s:e]}
    value = current.value / (1 + pct.value / 100) / current.scale  # in the published scale (`亿元`)
    unit = display_unit(current)
    shown = f"{value:.0f}" if current.scale == 1.0 and current.unit in ("人", "人次") else f"{value:.2f}"
    return Computation(label=f"{current.label} 上一年", value=value, unit=unit,
                       formula=f"{current.source['text']} ÷ (1 + {rate.text}) = {shown}{unit}",
                       inputs=[current.to_input(), pct.to_input()])


SAME_INDICATOR_CHARS = 4  # a run two amounts' words share that makes them one indicator (`月平均工资收入`)


def _like_pair(amounts: list[Operand]) -> list[Operand] | None:
    """The first two amounts of one unit a difference may be taken between: two values of one
    indicator, their words sharing its name (a teacher's and a civil servant's 月平均工资收入). A
    sentence listing a stage's indicators (`每百名学生拥有…教师数5.64人、县级以上骨干教师数1.41人`)
    or a whole and its parts gives no difference of them (two figures named apart: comparison.py)."""
    for i, a in enumerate(amounts):
        for b in amounts[i + 1:]:
            if a.unit == b.unit and a.value != b.value and overlap(a.label, b.label) >= SAME_INDICATOR_CHARS:
                return [a, b]
    return None


def _parent_row(table: Table, row: Row) -> Row | None:
    """The row a sub-row splits (`在校学生数(万人)` above `… 中等职业教育`)."""
    label = row_label(table, row)
    if " " not in label:
        return None
    parent = label.rsplit(" ", 1)[0]
    return next((r for r in reversed(table.rows[:row.index]) if row_label(table, r) == parent), None)


def _row_asked(query: Query, table: Table, row: Row) -> Row:
    """The row itself, or the row it splits when the words the sub-row adds to its parent's
    (`普通小学` of `其中：普通小学在校生`) are none of the question's."""
    parent = _parent_row(table, row)
    if parent is None:
        return row
    own = _key(row_label(table, row).rsplit(" ", 1)[-1]).replace("其中", "").strip(":：")
    whole = _key(row_label(table, parent))
    for _ in range(3):  # the runs the sub-row shares with its parent name no part of it
        m = SequenceMatcher(None, own, whole, autojunk=False).find_longest_match(0, len(own), 0, len(whole))
        if m.size < 2:
            break
        own = own[:m.a] + own[m.a + m.size:]
    return row if len(own) < 2 or overlap(own, query.norm) >= 2 else parent


def _year_column(query: Query, row: Row) -> str | None:
    years = [c.column for c in row.cells if c.column[:4].isdigit()]
    asked = [c for c in years if any(c.startswith(y) for y in query.years)]
    return next(iter(asked or years[-1:]), None)


def _rows_total(query: Query, table: Table) -> Computation | None:
    """Σ of the column the question names over the rows it names."""
    flat = normalize(query.norm, drop_space=True)
    rows = [r for r in table.rows if len(_key(row_label(table, r))) >= 3 and _key(row_label(table, r)) in flat]
    columns = [c for c in table.columns[1:] if len(_key(c)) >= 2 and _key(c) in flat]
    if len(rows) < 2 or not columns:
        return None
    column = columns[0]
    found = [cell_operand(r.cell(column), table, r, normalize(row_label(table, r))) for r in rows if r.cell(column)]
    operands = [o for o in found if o is not None]
    if len(operands) < 2 or len(operands) < len(found):
        return None
    names = "、".join(normalize(row_label(table, r)) for r in rows)
    return total(operands, label=f"{names} {_key(column)} 合计")


def _key(text: str) -> str:
    """A row or column name as a question writes it: normalised, unit note dropped."""
    return normalize(UNIT_NOTE_END.sub("", text), drop_space=True)


def _first_quantity(text: str, start: int, end: int) -> Quantity | None:
    """The first amount inside text[start:end], its span moved to be relative to `text`."""
    found = [q for q in find_quantities(text[start:end]) if q.is_measure]
    if not found:
        return None
    q = found[0]
    q.start, q.end = q.start + start, q.end + start
    return q


def prose_operand(q: Quantity, label: str, offset: int) -> Operand:
    """A quantity of a passage (at `offset` in its document) as an operand citing its span."""
    start, end = offset + q.start, offset + q.end
    operand = Operand.literal(q.text, label=f"{label} {q.text}".strip())
    operand.source = {"kind": "passage", "start": start, "end": end, "text": q.text}
    return operand


def _subject(sentence: str, before: int) -> str:
    """The words before `从…至…` (or an amount) back to the previous comma: 体质健康合格率."""
    head = re.split(pauses("，；;。、\n"), sentence[:before])[-1]
    return _LABEL_TRIM.sub("", normalize(head).strip())[-16:]


def _num(value: float) -> str:
    """`9600000`, `4.5`: never the exponent form `:g` gives from a million up."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


