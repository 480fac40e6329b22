"""Deterministic computations over figures; each returns a `Computation` that carries its
value, unit, formula (`3.80 − 2.80 = 1.00 万人`) and its inputs with their sources.

Operands keep the scale they were published in (`3.80` 万人), so formulas read like the
document; values are converted to the base unit when scales differ. Percentages of rates
change in 百分点, counts in their unit and in %.
"""
from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from figures.extract import FigureRecord
from figures.numbers import (
    NON_MEASURE_UNITS,
    amount_text,
    canonical_unit,
    display_scale,
    fold,
    parse_number,
    published_scale,
)
from ingest.normalize import normalize

RATE_UNITS = ("%", "‰")
_SCALE_OF = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "千": 1e3}  # longest first
CONSISTENCY_TOLERANCE_PP = 0.01  # percentage points, after rounding to the stated precision


class ComputeError(ValueError):
    """A computation that cannot be done (mixed units, division by zero, a bad expression)."""


def decimals_of(value: float) -> int:
    """The decimals a value given as a literal is written with (`4.5` → 1, `19` → 0): an Operand's `decimals`."""
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


@dataclass
class Operand:
    label: str
    value: float  # base unit
    unit: str  # base unit (人, 元, %, 平方米 …)
    unit_as_written: str = ""  # 万人: the display scale
    decimals: int = 0
    qualifier: str = ""
    year: int | None = None
    figure_id: str | None = None
    source: dict[str, Any] | None = None  # the figure's source; None for a literal

    @classmethod
    def from_figure(cls, record: FigureRecord | dict[str, Any]) -> Operand:
        r = record if isinstance(record, FigureRecord) else FigureRecord.from_json(record)
        if r.unit in NON_MEASURE_UNITS:
            raise ComputeError(f"{r.figure_id} ({r.text}) is a {r.unit}, not an amount")
        return cls(label=r.label, value=r.value, unit=r.unit, unit_as_written=r.unit_as_written,
                   decimals=r.decimals, qualifier=r.qualifier, year=r.year, figure_id=r.figure_id,
                   source=r.source)

    @classmethod
    def literal(cls, text: str, label: str = "") -> Operand:
        """`3.80万人`, `54.79%`, `2361`."""
        q = parse_number(text)
        if q is None:
            raise ComputeError(f"not a number: {text!r}")
        return cls(label=label or text, value=q.value, unit=q.unit, unit_as_written=q.unit_as_written,
                   decimals=q.decimals, qualifier=q.qualifier)

    @property
    def scale(self) -> float:
        return _scale(self.unit_as_written)

    def to_input(self) -> dict[str, Any]:
        return {"label": self.label, "value": self.value, "unit": self.unit, "figure_id": self.figure_id,
                "text": _fmt(self.value / self.scale, self.decimals) + display_unit(self),
                "qualifier": self.qualifier, "year": self.year, "source": self.source}


@dataclass
class Computation:
    label: str
    value: float  # in `unit` (the display scale, e.g. 1.00 万人 → value 1.0, unit 万人)
    unit: str
    formula: str
    inputs: list[dict[str, Any]]
    related: list[Computation] = field(default_factory=list)  # e.g. the % change next to the change
    flag: str = ""  # consistency: "consistent" | "mismatch"; compliance: "pass" | "fail"
    note: str = ""
    stated: float | None = None  # the value the document itself states for it (a share it also writes)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- change, growth, CAGR ------------------------------------------------------------------------

def change(old: Operand, new: Operand, label: str = "") -> Computation:
    """new − old; a rate changes in 百分点, anything else also gets its % change as `related`."""
    _same_unit(old, new)
    scale, unit, decimals = _common_display(old, new)
    diff = (new.value - old.value) / scale
    if old.unit in RATE_UNITS:
        unit = "百分点"
    shown = "个百分点" if unit == "百分点" else unit  # as documents write a change of a rate
    g = _grouped(old, new)
    formula = (f"{_fmt(new.value / scale, decimals, g)} − {_fmt(old.value / scale, decimals, g)} "
               f"= {_fmt(diff, decimals, g)} {shown}")
    related = []
    if old.unit not in RATE_UNITS and old.value != 0:
        pct = growth(old, new)
        related.append(pct)
        formula += f"（{'+' if pct.value >= 0 else ''}{_fmt(pct.value, 1)}%）"
    return Computation(label=label or f"{new.label} 变化", value=diff, unit=unit, formula=formula,
                       inputs=[old.to_input(), new.to_input()], related=related)


def growth(old: Operand, new: Operand, label: str = "") -> Computation:
    """(new − old) ÷ old × 100%."""
    _same_unit(old, new)
    if old.value == 0:
        raise ComputeError(f"growth from zero ({old.label}) is undefined")
    scale, _, decimals = _common_display(old, new)
    pct = (new.value - old.value) / old.value * 100
    o, n = _fmt(old.value / scale, decimals), _fmt(new.value / scale, decimals)
    return Computation(label=label or f"{new.label} 增长率", value=pct, unit="%",
                       formula=f"({n} − {o}) ÷ {o} × 100% = {percent_text(pct)}",
                       inputs=[old.to_input(), new.to_input()])


def decline(old: Operand, new: Operand, label: str = "") -> Computation:
    """(old − new) ÷ old × 100%: a fall asked as a fall (`减了百分之几`) is answered by its size."""
    result = growth(old, new, label=label or f"{new.label} 降幅")
    scale, _, decimals = _common_display(old, new)
    o, n = _fmt(old.value / scale, decimals), _fmt(new.value / scale, decimals)
    result.value = -result.value
    result.formula = f"({o} − {n}) ÷ {o} × 100% = {percent_text(result.value)}"
    return result


def multiple(new: Operand, old: Operand, label: str = "", doublings: bool = False) -> Computation:
    """new ÷ old in 倍 (`是原来的几倍`); with `doublings` the number of doublings log₂(new ÷ old)
    (`翻了几番`)."""
    _same_unit(old, new)
    if old.value <= 0 or new.value < 0:
        raise ComputeError(f"a multiple needs a positive base (got {old.value}, {new.value})")
    scale, _, decimals = _common_display(old, new)
    o, n = _fmt(old.value / scale, decimals), _fmt(new.value / scale, decimals)
    times = new.value / old.value
    if doublings:
        value = math.log2(times) if times > 0 else 0.0
        return Computation(label=label or f"{new.label} 翻番数", value=value, unit="番",
                           formula=f"log₂({n} ÷ {o}) = log₂({_fmt(times, 2)}) = {_fmt(value, 2)}番",
                           inputs=[old.to_input(), new.to_input()])
    return Computation(label=label or f"{new.label} 倍数", value=times, unit="倍",
                       formula=f"{n} ÷ {o} = {_short(times)}倍", inputs=[old.to_input(), new.to_input()])


def cagr(old: Operand, new: Operand, years: int | None = None, label: str = "") -> Computation:
    """Compound annual growth: (new ÷ old)^(1/years) − 1; years from the operands' years if not given."""
    _same_unit(old, new)
    if years is None:
        if old.year is None or new.year is None:
            raise ComputeError("CAGR needs the number of years (the figures carry no year)")
        years = new.year - old.year
    if years <= 0 or old.value <= 0 or new.value < 0:
        raise ComputeError(f"CAGR needs positive values and years > 0 (got {old.value}, {new.value}, {years})")
    scale, _, decimals = _common_display(old, new)
    rate = ((new.value / old.value) ** (1 / years) - 1) * 100
    o, n = _fmt(old.value / scale, decimals), _fmt(new.value / scale, decimals)
    return Computation(label=label or f"{new.label} 年均增长率", value=rate, unit="%",
                       formula=f"({n} ÷ {o})^(1/{years}) − 1 = {percent_text(rate)}",
                       inputs=[old.to_input(), new.to_input()])


# --- shares, sums, tables ------------------------------------------------------------------------

def share(part: Operand, whole: Operand, label: str = "", decimals: int = 2) -> Computation:
    """part ÷ whole × 100% (`随迁子女在公办学校就读比例 = 1827 ÷ 2361`)."""
    _same_unit(part, whole)
    if whole.value == 0:
        raise ComputeError(f"share of zero ({whole.label})")
    pct = part.value / whole.value * 100
    scale, _, dec = _common_display(part, whole)
    return Computation(label=label or f"{part.label} 占 {whole.label} 比例", value=pct, unit="%",
                       formula=f"{_fmt(part.value / scale, dec)} ÷ {_fmt(whole.value / scale, dec)} × 100% = "
                               f"{percent_text(pct, decimals)}",
                       inputs=[part.to_input(), whole.to_input()])


def part_of(whole: Operand, pct: Operand, label: str = "") -> Computation:
    """whole × pct ÷ 100, in the whole's unit (`教师4100人，其中骨干教师占49%` → 4100 × 49% = 2009人)."""
    if pct.unit != "%":
        raise ComputeError(f"{pct.label} is not a percentage")
    value = whole.value * pct.value / 100
    scale = whole.scale
    shown = _fmt(value / scale, max(whole.decimals, 0 if (value / scale).is_integer() else 2))
    return Computation(label=label or f"{whole.label} × {pct.label}", value=value / scale, unit=display_unit(whole),
                       formula=f"{_written(whole)} × {_fmt(pct.value, pct.decimals)}% = {shown} {display_unit(whole)}",
                       inputs=[whole.to_input(), pct.to_input()])


def whole_of(part: Operand, pct: Operand, label: str = "") -> Computation:
    """part ÷ pct, in the part's unit: the whole a part is stated as a share of (`交流轮岗156人，占符合交流条件
    教师的12%` → 156 ÷ 12% = 1300人); a whole that does not divide out is also shown rounded, as the
    count it estimates (`232.39 人（约232人）`)."""
    if pct.unit != "%" or pct.value <= 0 or pct.value > 100:
        raise ComputeError(f"{pct.label} is not a share of a whole")
    if part.unit in NON_MEASURE_UNITS or part.unit in RATE_UNITS:
        raise ComputeError(f"{part.label} is not an amount")
    scale = part.scale
    value = part.value * 100 / pct.value / scale
    shown = quotient_text(value, max(part.decimals, 2))
    about = "" if shown == f"{round(value)}" or part.decimals else f"（约{round(value)}{display_unit(part)}）"
    return Computation(label=label or f"{part.label} ÷ {pct.label}", value=value, unit=display_unit(part),
                       formula=f"{_written(part)} ÷ {_fmt(pct.value, pct.decimals)}% = {shown} {display_unit(part)}"
                               f"{about}",
                       inputs=[part.to_input(), pct.to_input()])


def ratio(a: Operand, b: Operand, label: str = "", decimals: int = 2, asked_scale: str = "") -> Computation:
    """a ÷ b (units divide: 元 ÷ 人 → 元/人; equal units cancel); shown in `asked_scale` (万, 亿) when the
    question asks the amount in it."""
    if b.value == 0:
        raise ComputeError(f"division by zero ({b.label})")
    unit = "" if a.unit == b.unit else f"{a.unit}/{b.unit}" if b.unit else a.unit
    value = a.value / b.value
    prefix, factor = display_scale(value, unit, published_scale(str((a.source or {}).get("text", "")),
                                                                a.unit_as_written), asked_scale) if unit else ("", 1.0)
    if prefix:  # an amount per unit in the scale it reads in: 1338万元 ÷ 12所 = 111.5 万元/所（约…）
        shown = amount_text(value, unit, prefix, asked=prefix)
        return Computation(label=label or f"{a.label} ÷ {b.label}", value=value / factor, unit=prefix + unit,
                           formula=f"{_written(a)} ÷ {_written(b)} = {shown}"
                                   f"{rounded_about(value / factor, shown[:-len(prefix + unit)], prefix + unit)}",
                           inputs=[a.to_input(), b.to_input()])
    shown = quotient_text(value, decimals, money=unit.startswith("元"))
    written = symbol_shown(a, unit)
    about = rounded_about(value, shown, written) if "/" in unit else ""
    return Computation(label=label or f"{a.label} ÷ {b.label}", value=value, unit=unit,
                       formula=f"{_written(a)} ÷ {_written(b)} = {shown}{' ' + written if unit else ''}{about}",
                       inputs=[a.to_input(), b.to_input()])


def times(amount: Operand, count: Operand, label: str = "", unit: str = "") -> Computation:
    """amount × count: an amount per period over the periods asked (`300元 × 2学期 = 600元`); `unit` the product's
    when the count changes the period it is per (`420元/生/月 × 5月 = 2100元/生/学期`)."""
    if amount.unit in NON_MEASURE_UNITS or amount.unit in RATE_UNITS:
        raise ComputeError(f"{amount.label} is not an amount")
    value = amount.value * count.value
    shown = unit or display_unit(amount)
    return Computation(label=label or f"{amount.label} × {count.label}", value=value / amount.scale,
                       unit=shown,
                       formula=f"{_written(amount)} × {_written(count)} = {quotient_text(value / amount.scale, 2)}"
                               f"{shown}",
                       inputs=[amount.to_input(), count.to_input()])


def total(operands: list[Operand], label: str = "合计") -> Computation:
    """Σ operands; all in one unit, none a year or period."""
    if not operands:
        raise ComputeError("nothing to add up")
    for o in operands[1:]:
        _same_unit(operands[0], o)
    scale, unit, decimals = _common_display(*operands)
    value = sum(o.value for o in operands) / scale
    g = _grouped(*operands)
    terms = " + ".join(_fmt(o.value / scale, decimals, g) for o in operands)
    return Computation(label=label, value=value, unit=unit, formula=f"{terms} = {_fmt(value, decimals, g)} {unit}",
                       inputs=[o.to_input() for o in operands])


def summed(operands: list[Operand]) -> Operand:
    """The operands' total as one operand, in their display unit (`1700`, `36321.2万元`)."""
    s = total(operands)
    return Operand.literal(f"{s.value:.12g}{s.unit}", label=s.label)


def gap(target: Operand, baseline: Operand, label: str = "") -> Computation:
    """How far the target lies above the baseline (target − baseline), e.g. 2025 target vs 2020."""
    return change(baseline, target, label=label or f"{target.label} 目标与基期差距")


def remainder(whole: Operand, *parts: Operand, label: str = "") -> Computation:
    """whole − parts: what a count leaves beside the parts it names (`教师186人，其中高级职称的45人` →
    the others; a middle age band: all − the oldest − the youngest); the parts must be of the whole's
    unit and together not larger."""
    if not parts:
        raise ComputeError("no part to take from the whole")
    for part in parts:
        _same_unit(whole, part)
    if sum(p.value for p in parts) > whole.value:
        raise ComputeError(f"{'、'.join(p.label for p in parts)} exceed {whole.label} ({whole.value})")
    scale, unit, decimals = _common_display(whole, *parts)
    rest = (whole.value - sum(p.value for p in parts)) / scale
    g = _grouped(whole, *parts)
    # the counter the amounts are written in (`126名 … 其中42名`), shown as written rather than as its base unit (人)
    written = {normalize(o.unit_as_written) for o in (whole, *parts)}
    shown = written.pop() if scale == 1.0 and len(written) == 1 and "" not in written else unit
    terms = " − ".join(_fmt(o.value / scale, decimals, g) for o in (whole, *parts))
    return Computation(label=label or f"{whole.label} 除 {'、'.join(p.label for p in parts)} 外",
                       value=rest, unit=unit, formula=f"{terms} = {_fmt(rest, decimals, g)} {shown}",
                       inputs=[o.to_input() for o in (whole, *parts)])


def required_by_ratio(base: Operand, per: float, need: Operand, label: str = "") -> Computation:
    """The count a ratio rule requires of a base count (`每200名学生配备1名`, 学生4300人: 4300 ÷ 200 × 1 = 21.5 → 22):
    base ÷ per × need, rounded up to a whole one (a floor of people is met only whole)."""
    if per <= 0 or base.value < 0:
        raise ComputeError(f"no ratio of {per} over {base.label}")
    exact = base.value / per * need.value
    whole = math.ceil(exact - 1e-9)
    rounded = "" if math.isclose(whole, exact) else f"，向上取整为{whole}"
    shown = normalize(need.unit_as_written) or need.unit
    return Computation(label=label or f"按{base.label}应有", value=whole, unit=need.unit,
                       formula=f"{_written(base)} ÷ {_short(per)} × {_fmt(need.value, need.decimals)} = "
                               f"{quotient_text(exact, 2)}{rounded} {shown}",
                       inputs=[base.to_input(), need.to_input()])


def compare(a: Operand, b: Operand, label: str = "") -> Computation:
    """`a 比 b 高多少`: a − b (百分点 for rates), with a ÷ b − 1 as related for amounts."""
    return change(b, a, label=label or f"{a.label} 比 {b.label}")


# --- consistency --------------------------------------------------------------------------------

def consistency(stated: Operand, part: Operand, whole: Operand, label: str = "") -> Computation:
    """Recompute a stated percentage from its parts, round to the stated precision and flag a
    difference above 0.01 percentage points (a plan's 19943 ÷ 36381 = 54.82% stated as 54.79%)."""
    recomputed = share(part, whole, decimals=stated.decimals)
    rounded = round(recomputed.value, stated.decimals)
    diff = rounded - stated.value
    mismatch = abs(diff) > CONSISTENCY_TOLERANCE_PP + 1e-9
    verdict = "mismatch" if mismatch else "consistent"
    formula = (f"{recomputed.formula}；stated {_fmt(stated.value, stated.decimals)}%，"
               f"difference {_fmt(diff, stated.decimals)} 百分点 → {verdict}")
    return Computation(label=label or f"{stated.label} 核对", value=rounded, unit="%", formula=formula,
                       inputs=[stated.to_input(), part.to_input(), whole.to_input()], flag=verdict,
                       note=(f"stated {stated.value}% but {part.value:g} ÷ {whole.value:g} gives {rounded}%"
                             if mismatch else ""))


# --- expressions --------------------------------------------------------------------------------

_FIGURE_ID = re.compile(r"\{([^{}]+)\}|([A-Za-z0-9_\-.\u4e00-\u9fff]+#f\d+)")
_ALLOWED_BINOPS = {ast.Add: "+", ast.Sub: "−", ast.Mult: "×", ast.Div: "÷"}
MAX_EXPRESSION_CHARS = 500


def evaluate(expression: str, resolve: Callable[[str], Operand], label: str = "") -> Computation:
    """An arithmetic expression over figure ids (`county-plan-2021#f42`, or `{id}`) and
    literal values (`3.80万人`, `54.79%`, `2361`): + − × ÷ and parentheses only. Parsed with
    `ast`, never eval'd. Units must agree for + and −; a ÷ of equal units gives a plain ratio."""
    if len(expression) > MAX_EXPRESSION_CHARS:
        raise ComputeError(f"expression longer than {MAX_EXPRESSION_CHARS} characters")
    operands: list[Operand] = []

    def figure(m: re.Match) -> str:
        operands.append(resolve(m.group(1) or m.group(2)))
        return f" _v{len(operands) - 1} "

    text = _FIGURE_ID.sub(figure, expression)
    text = fold(text).replace("×", "*").replace("÷", "/").replace("−", "-")
    text = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(万|亿)?\s*"
                  r"(%|[\u4e00-\u9fff](?:[\u4e00-\u9fff]|/(?=[\u4e00-\u9fff]))*)?",
                  lambda m: _literal(m, operands), text)
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as err:
        raise ComputeError(f"not an arithmetic expression: {expression!r} ({err.msg})") from None
    value, unit, shown = _eval(tree.body, operands)
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        raise ComputeError("the result is not a finite number")
    return Computation(label=label or expression, value=value, unit=unit,
                       formula=f"{shown} = {_fmt(value, 4).rstrip('0').rstrip('.')}{' ' + unit if unit else ''}",
                       inputs=[o.to_input() for o in operands])


def _literal(m: re.Match, operands: list[Operand]) -> str:
    written = m.group(0).strip()
    if m.group(3) and not parse_number(written):
        raise ComputeError(f"unknown unit in {written!r}")
    operands.append(Operand.literal(written))
    return f" _v{len(operands) - 1} "


def _eval(node: ast.AST, operands: list[Operand]) -> tuple[float, str, str]:
    if isinstance(node, ast.Name) and node.id.startswith("_v") and node.id[2:].isdigit():
        o = operands[int(node.id[2:])]
        return o.value, o.unit, _fmt(o.value / o.scale, o.decimals) + display_unit(o)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return float(node.value), "", str(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v, u, s = _eval(node.operand, operands)
        return (-v if isinstance(node.op, ast.USub) else v), u, f"−{s}" if isinstance(node.op, ast.USub) else s
    if isinstance(node, ast.BinOp) and type(node.op) in _ALLOWED_BINOPS:
        lv, lu, ls = _eval(node.left, operands)
        rv, ru, rs = _eval(node.right, operands)
        sym = _ALLOWED_BINOPS[type(node.op)]
        shown = f"({ls} {sym} {rs})"
        if isinstance(node.op, (ast.Add, ast.Sub)):
            if lu and ru and lu != ru:
                raise ComputeError(f"cannot {'add' if sym == '+' else 'subtract'} {ru} and {lu}")
            return (lv + rv if sym == "+" else lv - rv), lu or ru, shown
        if isinstance(node.op, ast.Mult):
            if lu and ru:
                raise ComputeError(f"cannot multiply {lu} by {ru}")
            return lv * rv, lu or ru, shown
        if rv == 0:
            raise ComputeError("division by zero")
        unit = "" if lu == ru else (f"{lu}/{ru}" if lu and ru else lu or (f"1/{ru}" if ru else ""))
        return lv / rv, unit, shown
    raise ComputeError(f"only numbers, figure ids, + − × ÷ and parentheses are allowed (found {type(node).__name__})")


# --- helpers ------------------------------------------------------------------------------------

def _same_unit(a: Operand, b: Operand) -> None:
    for o in (a, b):
        if o.unit in NON_MEASURE_UNITS:
            raise ComputeError(f"{o.label} is a {o.unit}, not an amount")
    if a.unit != b.unit:
        raise ComputeError(f"units differ: {a.label} in {a.unit or 'no unit'}, {b.label} in {b.unit or 'no unit'}")


def _scale(unit_as_written: str) -> float:
    folded = fold(unit_as_written)
    return next((factor for prefix, factor in _SCALE_OF.items() if folded.startswith(prefix)), 1.0)


def _written(o: Operand) -> str:
    """The operand as published: `4200万元`, `3.2万人次`."""
    return _fmt(o.value / o.scale, o.decimals) + display_unit(o)


_SYMBOL = re.compile(r"[A-Za-z]+[0-9²³]?")  # a unit written as its symbol (㎡, read m2, for 平方米)


def symbol_shown(o: Operand, unit: str) -> str:
    """`unit`, a quotient's opening with the operand's, in the symbol or counter the document writes the operand's
    unit in (a table headed `面积（㎡）`: its per-one figure printed in ㎡ as the table writes it, not 平方米; people
    counted in 名: `名/所`, not 人/所)."""
    written = normalize(o.unit_as_written)
    if o.scale != 1.0 or written == o.unit or not unit.startswith(o.unit) \
            or not (_SYMBOL.fullmatch(written) or canonical_unit(written) == o.unit):
        return unit
    return written + unit[len(o.unit):]


def display_unit(o: Operand) -> str:
    """The unit an operand is shown in: its published scale (`万人`) when it has one."""
    return normalize(o.unit_as_written) if o.scale != 1.0 else o.unit


def _common_display(*operands: Operand) -> tuple[float, str, int]:
    """(scale, unit, decimals) to show all operands in: their published scale if they share one."""
    scales = {o.scale for o in operands}
    if len(scales) == 1:
        o = operands[0]
        return o.scale, display_unit(o), max(x.decimals for x in operands)
    return 1.0, operands[0].unit, 0


def percent_text(pct: float, decimals: int = 2) -> str:
    """A computed percentage as shown: `66.67%（约66.7%）`, `70.00%（即70%，70.0%）`. Reports and readers
    round shares and growth rates to one decimal, a whole one written either way; the exact figure
    comes first, the rounded forms after it so any reading is found in the answer."""
    exact = _fmt(pct, decimals)
    if decimals < 2:
        return f"{exact}%"
    short = f"{pct:.1f}"
    if short == exact:
        return f"{exact}%"
    if short.endswith(".0") and math.isclose(float(short), float(exact)):
        return f"{exact}%（即{short[:-2]}%，{short}%）"
    return f"{exact}%（{'即' if math.isclose(float(short), float(exact)) else '约'}{short}%）"


def _fmt(value: float, decimals: int, grouped: bool = False) -> str:
    return f"{value:{',' if grouped else ''}.{max(decimals, 0)}f}"


_GROUPED = re.compile(r"\d[,，]\d{3}")


def _grouped(*operands: Operand) -> bool:
    """Whether the document writes these amounts with thousands separators (`40,125人`, statistics
    bulletins and budgets do): a result computed from them is shown the same way (`1,485人`)."""
    return any(_GROUPED.search(str((o.source or {}).get("text", ""))) for o in operands)


def quotient_text(value: float, decimals: int, money: bool = False) -> str:
    """A quotient to `decimals` places, or as a whole number when it divides out (`360 ÷ 8 = 45`, not
    45.00, and `1710人 ÷ 36个 = 47.5`, not 47.50: zeros the division did not produce would claim a precision it
    does not have); money keeps its fen (`1312.50 元/人次`), as amounts of yuan are written."""
    if abs(value - round(value)) < 1e-9:
        return f"{round(value)}"
    shown = _fmt(value, decimals)
    return shown.rstrip("0") if not money and abs(value - round(value, decimals)) < 1e-9 else shown


def rounded_about(value: float, shown: str, unit: str) -> str:
    """A computed quotient as readers also round it, to one decimal with its unit (`89.33 分钟（约89.3分钟）`,
    `1145.51 元/人次（约1145.5元/人次）`, `53.33万元/所（约53.3万元/所）`), like a share; nothing when `shown` is
    that already or the value is below one (one decimal would drop too much of it). Money's fen padded with a
    zero (`318.50`) is written without it too (`即318.5元/人次` when exact, `约` when the division went on)."""
    rounded = f"{value:.1f}".rstrip("0").rstrip(".")
    if value < 1 or rounded == shown:
        return ""
    return f"（{'即' if math.isclose(float(rounded), value) else '约'}{rounded}{unit}）"


_ABOUT_END = re.compile(r"（(?P<word>[约即])(?P<number>[\d.]+)）$")


def with_unit(formula: str, unit: str) -> str:
    """`formula` with the `unit` its result is in appended, to the rounded form after it too (`= 89.33（约89.3）`
    → `= 89.33 分钟（约89.3分钟）`)."""
    m = _ABOUT_END.search(formula)
    if m is None:
        return f"{formula.rstrip()} {unit}"
    return f"{formula[:m.start()].rstrip()} {unit}（{m['word']}{m['number']}{unit}）"


def _short(value: float) -> str:
    """A computed multiple without trailing zeros: `2.5倍`, not `2.50倍`."""
    return _fmt(value, 2).rstrip("0").rstrip(".")
