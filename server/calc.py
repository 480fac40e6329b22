"""Computed figures for answers: changes, growth and compliance checks, all by figures/*.

The answer composer finds the evidence (a table row or a sentence); this module turns the
numbers in it into figures.compute / figures.standards results, so every computed number
in an answer carries its formula and inputs. Nothing is computed when the evidence does not
hold the operands the question needs.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from figures.compute import (
    Computation,
    ComputeError,
    Operand,
    change,
    compare,
    consistency,
    growth,
    ratio,
    share,
    total,
)
from figures.indicators import match_indicator, match_stage
from figures.numbers import Quantity, find_quantities
from figures.standards import StandardError, check
from ingest.models import Cell, Row, Table
from ingest.normalize import normalize
from ingest.tables import row_label
from server.query import Query

_GROWTH = re.compile(r"百分之(?:多少|几)|增长率|增幅|增长了?百分|增长了?多少%|增长几成|提高了?百分之")
_CHANGE = re.compile(r"从多少.{0,6}(?:到|至)多少|增加|增长|提高|减少|下降|变化|多了|少了|增至|提升")
_SHARE = re.compile(r"占[^比]{1,24}?(?:的)?(?:比例|比重|百分之|几成)|重新计算|复核|按人数")
_PER = re.compile(r"平均每(?:净增|新增)?(?:一|1)?(?:个|名|位)?(?P<per>人次|人|学生|学位|名|所|个)|生师比")
_PREVIOUS = re.compile(r"上一年|去年|前一年|上年")
_YEAR_ON_YEAR = re.compile(r"(?:同比|比上年|较上年)(?:增长|增加)了?\s*\d+(?:\.\d+)?%")
_BOTH_CHANGE = re.compile(r"(?:增加|减少|提高|下降)了?多少(?!个?百分点)[万亿]?[人个名所元平]")
# list markers, leading years and filler verbs around an amount's subject
_LABEL_TRIM = re.compile(r"^(?:\d+\.|\d{4}年|其中|全区|全县|全市)+|(?:为|达到|达|是|有|共|约|高于|低于)$")
_SUM = re.compile(r"合计|总共|一共|加起来|总计|之和")
_HIGHER = re.compile(r"比.{1,16}?(?:高|低|多|少)多少|比.{1,16}?(?:多还是少|高还是低)|高出多少|相差多少|差多少")
_COMPLIANCE = re.compile(r"是否(?!一致)|达标|达到.{0,12}(?:标准|要求|目标)|符合|不低于")
_FROM_TO = re.compile(r"(?:从|由)\s*(?P<old>[^，,；;。从由]{1,12}?)\s*(?:提升|提高|增加|增长|上升|下降|减少|降低)?"
                      r"(?:至|到)\s*(?P<new>[^，,；;。]{1,12})")
_THRESHOLD = re.compile(r"(?:是否|有没有|能否)?(?:达到|超过|高于|不低于|低于)"
                        r"\s*(\d+(?:\.\d+)?\s*(?:%|万人|人|元|所|个)?)")


def wants_change(query: Query) -> bool:
    return "compute" in query.intents and bool(_CHANGE.search(query.norm) or _GROWTH.search(query.norm))


def operation(query: Query) -> str:
    """What the question asks to compute: growth | change | share | ratio | sum | difference | ''."""
    norm = query.norm
    if _PER.search(norm):
        return "ratio"
    if _PREVIOUS.search(norm) and "同比" in norm:
        return "previous"
    if _SHARE.search(norm):
        return "share"
    if _HIGHER.search(norm):
        return "difference"
    if _GROWTH.search(norm) and not _BOTH_CHANGE.search(norm):
        return "growth"
    if _SUM.search(norm):
        return "sum"
    if wants_change(query):
        return "change"
    return ""


def wants_compliance(query: Query) -> bool:
    return bool(_COMPLIANCE.search(query.norm))


def table_change(query: Query, table: Table, row: Row) -> Computation | None:
    """new − old (or growth in %) between two year columns of an indicator row."""
    years = [c for c in row.cells if c.column[:4].isdigit() and _operand(c) is not None]
    if len(years) < 2:
        return None
    asked = [c for c in years if any(c.column.startswith(y) for y in query.years)]
    old, new = (asked[0], asked[-1]) if len(asked) >= 2 else (years[0], years[-1])
    label = normalize(row_label(table, row))
    a, b = _operand(old, table, row, label), _operand(new, table, row, label)
    if a is None or b is None:
        return None
    try:
        return _growth_with_change(a, b, f"{label} {old.column}→{new.column} 增长率") if operation(query) == "growth" \
            else change(a, b, label=f"{label} {old.column}→{new.column} 变化")
    except ComputeError:
        return None


def prose_changes(query: Query, sentence: str, offset: int) -> list[Computation]:
    """`合格率从85%提升至91%` → 91% − 85% = 6 百分点 (or the growth in %), one per pair in the sentence."""
    results = []
    for m in _FROM_TO.finditer(sentence):
        old = _first_quantity(sentence, m.start("old"), m.end("old"))
        new = _first_quantity(sentence, m.start("new"), m.end("new"))
        if old is None or new is None or old.unit != new.unit:
            continue
        label = _subject(sentence, m.start())
        a = _prose_operand(old, label, offset)
        b = _prose_operand(new, label, offset)
        try:
            results.append(_growth_with_change(a, b, f"{label} 增长率") if operation(query) == "growth"
                           else change(a, b, label=f"{label} 变化"))
        except ComputeError:
            continue
    return results


def prose_compute(query: Query, text: str, window: tuple[int, int], focus: tuple[int, int]) -> list[Computation]:
    """The computation the question asks for over the amounts of a passage: `window` is the part
    of `text` whose amounts may be operands, `focus` the sentence that answers the question
    (its stated percentage, if any, picks the pair a share is recomputed from)."""
    op = operation(query)
    if op in ("growth", "change"):
        s, e = focus
        return prose_changes(query, text[s:e], s)
    amounts = _amounts(text, *window)
    try:
        if op == "previous":
            found = _previous_value(text[focus[0]:focus[1]], focus[0])
            return [found] if found else []
        if op == "share":
            found = _recomputed_share(query, amounts, text[focus[0]:focus[1]], focus)
            return [found] if found else []
        if op == "ratio":
            found = _per_unit(query, amounts, _amounts(text, *focus))
            return [found] if found else []
        if op == "difference":
            pair = _same_unit_pair(_amounts(text, *focus))
            if pair:
                low, high = sorted(pair, key=lambda o: o.value)
                return [compare(high, low, label=f"{high.label} 比 {low.label}")]
    except ComputeError:
        return []
    return []


def table_compute(query: Query, table: Table, row: Row) -> Computation | None:
    """Share of a sub-row in its parent row (`中等职业教育` of `在校学生数`) or the sum of the rows
    the question names (`龙洲湾高级中学和界石S分区高中的建筑面积合计`), in the year column asked."""
    op = operation(query)
    try:
        if op == "share":
            parent = _parent_row(table, row)
            column = _year_column(query, row)
            if parent is None or column is None:
                return None
            part, whole = (_operand(c, table, r, normalize(row_label(table, r)))
                           for r, c in ((row, row.cell(column)), (parent, parent.cell(column))))
            if part is None or whole is None:
                return None
            return share(part, whole, label=f"{part.label} 占 {whole.label} 比例")
        if op == "sum":
            return _rows_total(query, table)
    except ComputeError:
        return None
    return None


def compliance(query: Query, value: float, unit: str, context: str) -> Computation | None:
    """Pass/fail of a stated value: against the threshold the question names (`是否达到80%`), else
    against the national 优质均衡 standard of the indicator (figures.standards)."""
    asked = _THRESHOLD.search(query.norm)
    actual = Operand(label=normalize(context)[:30] or "文件数值", value=value, unit=unit,
                     decimals=_decimals(value))
    if asked:
        threshold = find_quantities(asked.group(1))
        if threshold and (threshold[0].unit or unit) == unit:
            target = Operand(label=f"问题中的标准 {asked.group(1)}", value=threshold[0].value, unit=unit,
                             decimals=threshold[0].decimals)
            result = compare(actual, target, label="与问题中的标准比较")
            result.flag = "pass" if value >= threshold[0].value else "fail"
            result.note = (f"{_num(value)}{unit} {'≥' if result.flag == 'pass' else '<'} {asked.group(1)}"
                           f"（问题中的标准）：{result.formula}")
            return result
    indicator = match_indicator(normalize(context, drop_space=True), unit) or \
        match_indicator(normalize(query.norm, drop_space=True), unit)
    if indicator is None:
        return None
    try:
        outcome = check(indicator.key, value, match_stage(query.norm) or match_stage(context) or None,
                        operand=actual)
    except StandardError:
        return None
    gap = outcome.gap
    gap.flag = outcome.verdict
    gap.note = outcome.summary()
    return gap


def verdict_text(result: Computation) -> str:
    return "达标" if result.flag == "pass" else "未达标"


def _operand(cell: Cell | None, table: Table | None = None, row: Row | None = None, label: str = "") -> Operand | None:
    if cell is None:
        return None
    try:
        operand = Operand.literal(cell.text + normalize(cell.unit), label=f"{label} {cell.column}".strip())
    except ComputeError:
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


def _recomputed_share(query: Query, amounts: list[Operand], focus_text: str,
                      focus: tuple[int, int]) -> Computation | None:
    """part ÷ whole for the pair of counts whose share is closest to the percentage the focus
    sentence states (`公辦在園幼兒19943人,公辦率54.79%` with `在園幼兒36381人` before it); failing
    that, the count whose subject the question names, of the largest count of its unit."""
    stated = [q for q in find_quantities(focus_text) if q.unit == "%"]
    pairs = [(a, b) for a in amounts for b in amounts if a.unit == b.unit and 0 < a.value < b.value]
    if not pairs:
        return None
    a, b = min(pairs, key=lambda p: abs(p[0].value / p[1].value * 100 - stated[0].value)) if stated else pairs[0]
    matched = bool(stated) and abs(a.value / b.value * 100 - stated[0].value) <= 1
    if not matched:  # both counts from the answering sentence itself
        pairs = [(p, w) for p, w in pairs
                 if all(focus[0] <= o.source["start"] < focus[1] for o in (p, w))]  # type: ignore[index]
        if not pairs:
            return None
        named = max((p for p, _ in pairs), key=lambda o: _overlap(o.label, query.norm))
        if _overlap(named.label, query.norm) < 2:
            return None
        a, b = named, max((w for p, w in pairs if p is named), key=lambda w: w.value)
    result = share(a, b, label=f"{a.label} 占 {b.label} 比例")
    if matched:
        check = consistency(Operand.literal(stated[0].text), a, b)
        result.flag = check.flag
        result.note = f"文件写{stated[0].text}，" + (
            "一致" if check.flag == "consistent"
            else f"相差{abs(check.value - stated[0].value):.2f}个百分点，文件数值不一致")
    return result


def _per_unit(query: Query, amounts: list[Operand], focus: list[Operand]) -> Computation | None:
    """amount ÷ count (`4200万元 ÷ 3.2万人次`), or students ÷ teachers for 生师比."""
    if "生师比" in query.norm:
        people = [o for o in focus or amounts if o.unit == "人"]
        students = next((o for o in people if "学生" in o.label or "在校" in o.label), None)
        teachers = next((o for o in people if "教师" in o.label), None)
        if students is None or teachers is None:
            return None
        return ratio(students, teachers, label="生师比", decimals=2)
    asked = _PER.search(query.norm)
    if asked is None:
        return None
    per = asked.group("per")
    per_unit = {"学生": "人", "学位": "个", "名": "人"}.get(per, per)
    seen = {f.source["start"] for f in focus}  # type: ignore[index]  # amounts always have a source
    pool = focus + [o for o in amounts if o.source["start"] not in seen]  # type: ignore[index]
    money = next((o for o in pool if o.unit == "元"), None)
    count = next((o for o in pool if o.unit == per_unit), None)
    if money is None or count is None:
        return None
    result = ratio(money, count, label=f"平均每{per}金额", decimals=2)
    if "万元" in query.norm and result.value >= 1e4:  # asked in 万元: shown in that scale
        result.value /= 1e4
        result.unit = f"万{result.unit}"
        result.formula = result.formula.rsplit("=", 1)[0] + f"= {result.value:.2f} {result.unit}"
    return result


def _growth_with_change(old: Operand, new: Operand, label: str) -> Computation:
    """The growth in %, noting the absolute change it comes from (`增加22生/千人`)."""
    result = growth(old, new, label=label)
    diff = change(old, new)
    number = diff.formula.split("=")[-1].split("（")[0].strip().replace(" ", "")
    result.related = [diff]
    result.note = f"{'增加' if diff.value >= 0 else '减少'}{number.lstrip('-')}"
    return result


def _overlap(label: str, question: str) -> int:
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
    value = current.value / (1 + pct.value / 100)
    unit = current.unit
    return Computation(label=f"{current.label} 上一年", value=value, unit=unit,
                       formula=f"{current.source['text']} ÷ (1 + {rate.text}) = {value:.0f}{unit}",
                       inputs=[current.to_input(), pct.to_input()])


def _same_unit_pair(amounts: list[Operand]) -> list[Operand] | None:
    for i, a in enumerate(amounts):
        for b in amounts[i + 1:]:
            if a.unit == b.unit and a.value != b.value:
                return [a, b]
    return None


def _parent_row(table: Table, row: Row) -> Row | None:
    """The row a sub-row splits (`在校学生数(万人)` above `… 中等职业教育`)."""
    label = row_label(table, row)
    if " " not in label:
        return None
    parent = label.rsplit(" ", 1)[0]
    return next((r for r in reversed(table.rows[:row.index]) if row_label(table, r) == parent), None)


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
    found = [_operand(r.cell(column), table, r, normalize(row_label(table, r))) for r in rows if r.cell(column)]
    operands = [o for o in found if o is not None]
    if len(operands) < 2 or len(operands) < len(found):
        return None
    names = "、".join(normalize(row_label(table, r)) for r in rows)
    return total(operands, label=f"{names} {_key(column)} 合计")


def _key(text: str) -> str:
    """A row or column name as a question writes it: normalised, unit note dropped."""
    return normalize(re.sub(r"[(（][^()（）]*[)）]?$", "", text), drop_space=True)


def _first_quantity(text: str, start: int, end: int) -> Quantity | None:
    """The first amount inside text[start:end], its span moved to be relative to `text`."""
    found = [q for q in find_quantities(text[start:end]) if q.is_measure]
    if not found:
        return None
    q = found[0]
    q.start, q.end = q.start + start, q.end + start
    return q


def _prose_operand(q: Quantity, label: str, offset: int) -> Operand:
    start, end = offset + q.start, offset + q.end
    operand = Operand.literal(q.text, label=f"{label} {q.text}".strip())
    operand.source = {"kind": "passage", "start": start, "end": end, "text": q.text}
    return operand


def _subject(sentence: str, before: int) -> str:
    """The words before `从…至…` (or an amount) back to the previous comma: 体质健康合格率."""
    head = re.split(r"[，,；;。、]", sentence[:before])[-1]
    return _LABEL_TRIM.sub("", normalize(head).strip())[-16:]


def _num(value: float) -> str:
    return f"{value:g}"


def _decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0
