"""Numbers as Chinese documents write them, parsed into quantities with exact spans.

`find_quantities(text)` scans prose (or a table cell) and returns every quantity with its
span in `text`, the text as written, the value in the base unit (万/亿 applied: `49亿元` →
4.9e9 元) and the unit as written. Matching runs on a per-character folded copy of the text
(each character through `ingest.normalize.normalize`: full-width → half-width, Traditional →
Simplified), so offsets stay those of the input.

Forms: `54.79%`, `>55`, `90%以上`, `不少于1课时`, `200余万元` (approx), `1.5—2万` (range),
`1295 名`, `48生/千人`, `元/生/年`, `百分之九十五`, Chinese numerals with a counter
(`三年`, `四次`) and with 万/亿/千 in any position (`三万五千人`, `两千三百万元`, `一万二千名`,
`一亿零五百万`), mixed forms (`3.2万`, `3万5千`, `1,234`), years `2025年` / `二〇三五年` (unit 年份,
not a measure) and dates (日期). A plan's name (`十四五`) is no numeral and no quantity: the plan
periods are figures/periods.py's. The value of a numeral
is cn2an's (a maintained converter); this module finds the numbers, units and qualifiers around it.

Skipped on purpose: list markers (`1.`, `2、` at a line start, indented or after `附件：`; `（1）`), ordinals
(`第8期`, `附件1`, `附表2`), document
numbers (`〔2021〕20号`), times (`14:19`), numbers glued to Latin letters (`5G`) and
numbers inside quotes or book titles (`“985”`, `《中国教育现代化2035》`).
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

import cn2an

from ingest.normalize import normalize
from ingest.numerals import CN_DIGITS, arabic_digits

Qualifier = Literal["", ">", ">=", "<", "<=", "approx"]
NON_MEASURE_UNITS = frozenset({"年份", "日期"})  # labels of time, never summed or compared

_SCALES = {"万": Decimal(10**4), "亿": Decimal(10**8), "千": Decimal(10**3), "百万": Decimal(10**6),
           "千万": Decimal(10**7), "万亿": Decimal(10**12)}
# a unit or counter as written → the one unit figures are kept in; also a question's counter (`每位教师`,
# spoken `几趟`), which no figure is written in: the one table every reader normalises a counter by (场次 counts
# the events held, each one 场: 教育统计 counts 活动场次 as 场)
_CANONICAL_UNIT = {"周岁": "岁", "名": "人", "位": "人", "趟": "次", "㎡": "平方米", "m2": "平方米",
                   "个百分点": "百分点", "‰": "‰", "百分之": "%", "场次": "场"}
_PRE_QUALIFIER: dict[str, Qualifier] = {
    "不低于": ">=", "不少于": ">=", "至少": ">=", "≥": ">=", ">=": ">=",
    "超过": ">", "高于": ">", "大于": ">", "多于": ">", ">": ">",
    "不超过": "<=", "不高于": "<=", "≤": "<=", "<=": "<=",
    # a rule written with 得 (`不得超过`, `不得低于`): the same bound, never the 超过/低于 inside it
    "不得超过": "<=", "不得高于": "<=", "不得多于": "<=", "不得低于": ">=", "不得少于": ">=",
    "不足": "<", "低于": "<", "小于": "<", "少于": "<", "<": "<",
    "约": "approx", "近": "approx", "~": "approx",
}
# the words before a figure that set it as a bound, floor or ceiling (`不低于`, `不得超过`, `≤`): a rule's bar, where
# 超过/低于 alone compare a value reached (`超过90%`); ASCII `>=` written out is no document's wording
_BOUND_WORDS = tuple(w for w, qualifier in _PRE_QUALIFIER.items() if qualifier in (">=", "<=") and w.isalpha()
                     or w in ("≥", "≤"))


def bound_written(q: Quantity) -> bool:
    """Whether the figure is written after a bound word (`不低于90%`, `不得超过45人`): the bar a rule sets."""
    return q.text.startswith(_BOUND_WORDS)


# words leaving a figure short of a level without being a qualifier of their own (`未达到90%的`): 达到 alone
# compares nothing, so these are read before the figure, never as part of the quantity
_SHORT_OF = ("未达到", "达不到", "不到")


def condition_side(text: str, q: Quantity) -> Qualifier:
    """The side of its figure a comparison written before it picks out (`低于88%`, `不足`, `未达到90%` → '<';
    `超过`, `高于` → '>'), '' for any other figure; `q` is one of find_quantities(text). A rule acting on the units
    on one side of a figure (`…低于88%的学校`) holds them to the other side."""
    if q.qualifier in ("<", ">"):
        return q.qualifier
    return "<" if condition_words(text, q) else ""


def condition_words(text: str, q: Quantity) -> str:
    """The comparison words (folded) that pick out a side of the figure (condition_side), '' when none: the
    qualifier the quantity starts with (`低于`) or a short-of word written right before it (`未达到`)."""
    if q.qualifier in ("<", ">"):
        folded = fold(q.text)
        return next(w for w in _PRE_BY_LENGTH if folded.startswith(w))
    return next((w for w in _SHORT_OF if text.endswith(w, 0, q.start)), "")


_POST_QUALIFIER: dict[str, Qualifier] = {"以上": ">=", "及以上": ">=", "以下": "<=", "及以下": "<=", "以内": "<=",
                   "左右": "approx",
                   "上下": "approx", "余": "approx", "多": "approx"}

_CN_POWER = {"十": 10, "百": 100, "千": 1000}

# `3万5千`: Arabic digits around an inner 万/亿 (a trailing 万/亿 is the scale, read apart)
_ARABIC = r"\d+[万亿]\d{1,4}(?:千|百)?(?![\d.])|\d+(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?"
# 万/亿 inside a Chinese numeral only when a digit follows (三万五千); a trailing one is the scale
_CN_CHAR = "〇零一二三四五六七八九十两"
# … and a decimal part written 点 + digits (`一点五万`, `十二点零五亿`): never the scale without it
_CHINESE = (rf"[一二三四五六七八九十两〇零](?:[{_CN_CHAR}百千]|[万亿](?=[{_CN_CHAR}]))*"
            r"(?:点[〇零一二三四五六七八九]+)?")
_UNIT_WORDS = ("个百分点", "百分点", "平方公里", "平方千米", "平方米", "㎡", "m2", "人次", "校次", "场次",
               "课时", "学时", "小时", "分钟", "公里", "亩", "厘米", "米", "元", "人", "名", "所", "个", "间", "套",
               "台", "件", "项", "次", "场", "支", "家", "门", "册", "篇", "届", "班", "年", "月", "周岁", "周", "天",
               "批", "处", "座", "倍", "张", "户", "岁", "辆", "栋", "幢", "条", "吨", "公斤", "斤", "%", "‰", "秒",
               "节(?![约能省日假点])",  # lessons (`同步课堂312节`, `每周2节`)
               # devices, films and books counted one by one (`手机N部`, `影片N部`), never a part (`部分`),
               # nor a number of departments or offices (`5部门`, `部署`, `部委`)
               "部(?![分门署委队位])",
               # copies, forms and samples (`问卷N份`, `一式N份`, `采样N份`), never a share (`份额`); a month
               # or a year written with 份 (`3月份`) is read as 月/年, listed first
               "份(?!额)",
               # points of an exam or an evaluation (`统招线568分`, `得分38.5分`), not a part (`三分之一`), a share
               # of a whole (`5分制`), minutes (`分钟`) nor the minutes of a time (`8时30分`: _build)
               "分(?![之制钟])",
               "生(?=/)",
               # the runs of a course or a training held (`每年组织两期培训`), not a phase's label (`二期工程`,
               # `一期项目`), 期间, 期末, 期中, 期限 nor a periodical (`期刊`)
               "期(?![间末中限刊工项])")
_UNIT = "(?:" + "|".join(_UNIT_WORDS) + r")(?:/(?:千人|生|人|年|月|班|校|天|周|次|课时|平方米)){0,2}"
# counters a Chinese numeral may carry in prose (`三元主导`, `三位一体` are not quantities)
_CN_COUNTERS = ("人", "名", "所", "个", "年", "次", "项", "倍", "场", "间", "批", "届", "期", "周岁", "周", "天",
                "课时", "学时", "小时", "辆", "栋", "幢")  # vehicles and buildings a report counts (`校车五辆`)
_SP = "[ \u00a0\u3000]?"  # one space as some sites put between number and unit; never a line break
_SEP = rf"{_SP}(?:—|–|-|~|至|到){_SP}"
_PRE_BY_LENGTH = sorted(_PRE_QUALIFIER, key=len, reverse=True)  # the longest word a figure starts with first
_PRE = "|".join(map(re.escape, _PRE_BY_LENGTH))
_POST = "|".join(sorted(map(re.escape, _POST_QUALIFIER), key=len, reverse=True))
_SCALE = "万亿|千万|百万|万|亿|千"

_QUANTITY = re.compile(
    rf"(?:(?P<pre>{_PRE}){_SP})?"
    rf"(?:百分之(?P<pct>{_ARABIC}|{_CHINESE}|百(?!分))"  # 百分之百: all of it
    rf"|(?P<sign>[-−])?(?P<a>{_ARABIC}|{_CHINESE})(?P<aunit>%)?(?:{_SEP}(?P<b>{_ARABIC}|{_CHINESE}))?"
    rf"(?:{_SP}(?P<approx>余|多(?=(?:{_SCALE})?(?:{_UNIT}))))?"
    rf"(?P<scale>{_SCALE})?(?:{_SP}(?P<unit>{_UNIT}))?)"
    rf"(?P<post>以上|及以上|以下|及以下|以内|左右|上下)?")
_DATE_TAIL = re.compile(r" ?\d{1,2}月(?:\d{1,2}日)?")
# a month's day after it (`10月20日`, `十月二十日`): the month is a date's
_DAY_AFTER = re.compile(r" ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?[日号]")
# `7.2024年…`: item 7, year 2024; a line may be indented by ideographic spaces (notices set theirs so), and a
# notice lists its attachments after `附件：` (`附件：1.…分配表`): a list number, never an amount
_LIST_MARKER = re.compile(r"(?m)(?:^[ \t\u3000]*|(?<=附件:)|(?<=附表:))\d{1,2}[.、](?=\D|\d{4}年)")
# an enumeration in brackets (`（1）`, `三（2）班`): a number alone between them counts nothing
_BRACKET_MARKER = re.compile(r"\(\d{1,2}\)")
# an attachment's or an annex table's number (`附件1`, `附表2`): which one, not how many
_ATTACHMENT = re.compile(r"附[件表]$")
_NOT_AFTER_BARE = "日号时分秒期版级"  # `23日`, `20号`, `14时`: dates, numbers, times
_DURATION_BEFORE = ("近", "连续", "每", "这", "历时", "用")
_DURATION_AFTER = ("来", "前", "内", "后", "间", "中", "以来", "时间")
# texts whose quantities are kept: a question's gates scan the same passages' sentences again and
# again (7,709 scans of 2,101 texts for 40 dev questions), and the next question scans many of them
SCAN_CACHE = 8192
SCAN_CACHE_CHARS = 4000  # a longer text (a whole document) is scanned each time, not kept


@dataclass
class Quantity:
    value: float  # in the base unit: 万/亿 applied (`49亿元` → 4.9e9); the low end of a range
    unit: str  # normalised: 元, 人, 人次, 平方米, %, 百分点, 元/生/年, 生/千人, 年份, 日期 …; "" if none
    text: str  # as written, = input[start:end]
    start: int
    end: int
    unit_as_written: str = ""  # scale and unit as written: 亿元, 萬平方米, 名, 萬
    qualifier: Qualifier = ""
    is_range: bool = False
    low: float | None = None
    high: float | None = None
    decimals: int = 0  # digits after the point as written (for rounding to stated precision)

    @property
    def is_measure(self) -> bool:
        """False for years and dates: labels of time, not amounts."""
        return self.unit not in NON_MEASURE_UNITS

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def parse_number(text: str) -> Quantity | None:
    """The one quantity `text` consists of (surrounding spaces allowed), or None.

    `parse_number("3.2万人次").value == 32000`; `parse_number("十二").value == 12`;
    `parse_number(">99.5").qualifier == ">"`; `parse_number("预期性") is None`.
    """
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    # a change column's explicit plus (`+87` beside `-286`): the sign of a rise, no part of the figure
    if stripped[:1] in ("+", "＋") and stripped[1:2].isdigit():
        stripped, offset = stripped[1:], offset + 1
    found = _scan(stripped, prose=False)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
        return None
    q = found[0]
    q.start += offset
    q.end += offset
    return q


def base_unit(unit: str) -> str:
    """The unit a written unit counts in, its scale dropped and its synonym folded, as parsed
    quantities carry it: 万元, 亿元 → 元; 万平方米 → 平方米; 万人次 → 人次 (a count of visits, not of
    people: never 人); 名 → 人; 个百分点 → 百分点 (a difference of rates, not %). A unit the parser
    does not read stays as written."""
    q = parse_number(f"1{unit}")
    return q.unit if q else unit


def is_unit(text: str) -> bool:
    """`万元`, `个百分点`, `所`: the whole text is a unit as written (a question's word for what it asks
    in, a table's unit note), not a thing (学校) nor a unit with more words (人以上)."""
    q = parse_number(f"1{text}")
    return q is not None and q.unit_as_written == text


def same_base_unit(a: str, b: str) -> bool:
    """Two written units count the same kind of thing at any scale (万元 and 元, not 人次 and 人)."""
    return base_unit(a) == base_unit(b)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in prose, in text order, spans into `text`."""
    return _scan(text, prose=True)


def chinese_to_number(numeral: str) -> int:
    """`二〇三五` → 2035 (digit by digit), `十二` → 12, `三万五千` → 35000, `两` → 2 (cn2an)."""
    if len(numeral) > 1 and all(c in CN_DIGITS for c in numeral):
        return int(arabic_digits(numeral))
    if not numeral or any(c not in CN_DIGITS and c not in _CN_POWER and c not in "万亿" for c in numeral):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    return int(_cn2an(numeral, "normal"))


def whole_number(written: str) -> int:
    """An integer written in digits or in Chinese numerals (`12`, `十二`, `二〇三五`); ValueError when it is neither."""
    return int(written) if written.isdigit() else chinese_to_number(written)


def _cn2an(numeral: str, mode: str) -> Decimal:
    """cn2an's value; any failure of it (it raises KeyError on `1亿0`) is a ValueError here."""
    try:
        return Decimal(str(cn2an.cn2an(numeral, mode)))
    except Exception as e:  # noqa: BLE001 - cn2an raises ValueError, KeyError, IndexError on odd input
        raise ValueError(f"not a number: {numeral!r}") from e


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    n = normalize(c)
    return n if len(n) == 1 else c  # whitespace (→ '') and ㎡ (→ 'm2') keep their place


def fold(text: str) -> str:
    """Offset-preserving matching form: each character normalised on its own."""
    return "".join(_fold_char(c) for c in text)


def _number(token: str, scale: str = "") -> tuple[Decimal, int, bool]:
    """(value, decimals, is_chinese) in units of `scale`; Decimal so that 2.76万 is 27600, not
    27599.999999999996. A Chinese numeral with an inner 亿 is whole only with its scale (`两亿三千四百`
    alone is no number, `两亿三千四百万` is 234,000,000)."""
    if not token[0].isdigit() and "点" in token:  # 一点五: the whole part by cn2an, the digits after 点 one by one
        whole, digits = token.split("点")
        fraction = Decimal("0." + arabic_digits(digits))
        return Decimal(chinese_to_number(whole)) + fraction, len(digits), True
    if scale and not token[0].isdigit() and "亿" in token:
        return _cn2an(token + scale, "normal") / _SCALES[scale], 0, True
    if token[0].isdigit():
        if any(c in "万亿" for c in token):  # 3万5千
            return _cn2an(token, "smart"), 0, False
        plain = token.replace(",", "")
        return Decimal(plain), len(plain.split(".")[1]) if "." in plain else 0, False
    return Decimal(chinese_to_number(token)), 0, True


def _protected_spans(folded: str) -> list[tuple[int, int]]:
    """Quoted names and book titles on one line (`“985”`, `《…2035》`, `"双一流"`); a quoted rule
    (`“生均不低于800元”`) is a bound the document sets, not a name, so its figure is read."""
    spans = []
    for quoted in re.finditer(r"“[^“”\n]{1,20}”|《[^《》\n]{1,60}》|〔[^〔〕\n]{1,8}〕|\"[^\"\n]{1,20}\"", folded):
        if quoted.group()[0] in "“\"" and _states_bound(quoted.group()[1:-1]):
            continue
        spans.append((quoted.start(), quoted.end()))
    return spans


def _states_bound(text: str) -> bool:
    return any(_qualifier(m) in (">=", "<=", ">", "<") for m in _QUANTITY.finditer(text))


def _scan(text: str, prose: bool) -> list[Quantity]:
    """The quantities of `text`, fresh objects on every call: callers shift their spans in place
    (`q.start += offset`), so the kept ones are never handed out."""
    if len(text) > SCAN_CACHE_CHARS:
        return _scan_text(text, prose)
    return [replace(q) for q in _scanned(text, prose)]


@lru_cache(maxsize=SCAN_CACHE)
def _scanned(text: str, prose: bool) -> tuple[Quantity, ...]:
    return tuple(_scan_text(text, prose))


def _scan_text(text: str, prose: bool) -> list[Quantity]:
    folded = fold(text)
    protected = _protected_spans(folded) if prose else []
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    marker_ends: set[int] = set()
    if prose:
        for marker in _LIST_MARKER.finditer(folded):
            taken.append((marker.start(), marker.end()))
            marker_ends.add(marker.end())
        taken.extend((marker.start(), marker.end()) for marker in _BRACKET_MARKER.finditer(folded))
    pos = 0
    while (m := _QUANTITY.search(folded, pos)) is not None:
        clash = [e for s, e in taken if s < m.end() and m.start() < e]
        if clash:
            pos = max(max(clash), m.start() + 1)  # resume after the taken span (`7.` then `2024年`)
            continue
        q = _build(text, folded, m, prose, m.start() in marker_ends)
        if q is not None and not all(math.isfinite(v) for v in (q.value, q.low or 0, q.high or 0)):
            q = None  # a run of hundreds of digits overflows a float: no amount a document states
        if q is None:
            # `第8期` must not hide the numbers after it; an ordinal's whole numeral is skipped, so the tail of
            # `第十二届` is never read as a count of its own (`二届`)
            pos = m.end("a") if m.group("a") and _ordinal(folded, m.start("a")) else m.start() + 1
            continue
        pos = m.end()
        if prose and any(s <= q.start < e for s, e in protected):
            continue
        out.append(q)
        taken.append((q.start, q.end))
    return sorted(out, key=lambda q: q.start)


def _build(text: str, folded: str, m: re.Match, prose: bool, after_marker: bool) -> Quantity | None:
    start, end = m.start(), m.end()
    num_start = m.start("pct") if m.group("pct") else m.start("sign") if m.group("sign") else m.start("a")
    before = folded[max(0, num_start - 1):num_start]
    if before and before.isascii() and (before.isalnum() or before in "./") and not after_marker:
        return None  # inside an identifier, a decimal or a URL
    if before == ":" and num_start >= 2 and folded[num_start - 2].isascii() and folded[num_start - 2].isalnum() \
            and not (m.group("unit") or m.group("aunit")):
        return None  # the minutes of a time (`14:19`), a port; after a label (`比例：94.55%`) it is an amount
    if before and before in "-—" and num_start >= 2 and folded[num_start - 2].isdigit():
        return None  # the tail of `2021-12-08` or `…/2021-01716`
    after = folded[end:end + 1]
    if after and after.isascii() and after.isalpha():
        return None  # `5G`
    if after and after in ":" + _NOT_AFTER_BARE and not (m.group("unit") or m.group("aunit")):
        return None  # `1:` captions, `14:19`, `20号`, `23日`; `90%以上分配` and `5所：A、B` have their unit
    if m.group("unit") == "分" and before and before in "时点:：":
        return None  # the minutes of a time (`8时30分`, `8:30分`), not points
    if _ordinal(folded, num_start) or before and before in "〔[" or _ATTACHMENT.search(folded, 0, num_start):
        return None  # ordinals, bracketed years of document numbers, attachment numbers

    try:
        return _quantity(text, folded, m, prose, start, end, num_start)
    except ValueError:
        return None  # a run of numeral characters that is no number (`零五百`)


def _ordinal(folded: str, num_start: int) -> bool:
    return num_start >= 1 and folded[num_start - 1] == "第"


def _quantity(text: str, folded: str, m: re.Match, prose: bool, start: int, end: int,
              num_start: int) -> Quantity | None:
    if m.group("pct"):
        pct, decimals, _ = (Decimal(100), 0, True) if m.group("pct") == "百" else _number(m.group("pct"))
        value = float(pct)
        return Quantity(value=value, unit="%", text=text[start:end], start=start, end=end,
                        unit_as_written="百分之", qualifier=_qualifier(m), low=value, high=value,
                        decimals=decimals)

    a_tok, b_tok = m.group("a"), m.group("b")
    unit_written = m.group("unit") or m.group("aunit") or ""
    scale_written = m.group("scale") or ""
    a, decimals, a_cn = _number(a_tok, scale_written)
    if m.group("sign"):
        a = -a
    b, b_dec, b_cn = _number(b_tok, scale_written) if b_tok else (None, 0, False)

    if a_cn or b_cn:
        if prose and not _chinese_numeral_ok(folded, m, a_tok, unit_written, scale_written):
            return None
    if unit_written == "月" and folded[num_start - 1:num_start] == "年":
        return None  # the month of a date whose year was not a number here
    if unit_written == "月" and not b_tok and _DAY_AFTER.match(folded, end):
        return None  # the month of a date written without its year (`须在10月20日前`): a day, no length of time

    # years: 2025年, 二〇三五年, 2021—2022年 (+ 9月8日 → a date)
    if unit_written == "年" and _is_year(a_tok, a) and (b is None or _is_year(b_tok, b)):
        unit = "年份"
        tail = _DATE_TAIL.match(folded, end)
        if tail and b is None:
            end, unit = tail.end(), "日期"
        return Quantity(value=float(a), unit=unit, text=text[start:end], start=start, end=end,
                        unit_as_written=text[m.start("unit"):m.end("unit")], is_range=b is not None,
                        low=float(a), high=float(b if b is not None else a))

    if m.group("aunit") and m.group("unit") and m.group("unit") != "%":
        return None  # `5%—3人`: not one quantity
    factor = _SCALES.get(scale_written, Decimal(1))
    unit = canonical_unit(unit_written)
    if unit == "年" and (scale_written or a >= 1000):
        return None  # `20212025年`: a damaged year range, not a duration
    low = float(_scaled(a, a_tok, a_cn, scale_written, factor))
    high = float(_scaled(b, b_tok, b_cn, scale_written, factor)) if b is not None else low
    if b is not None and high < low:
        return None  # `2021-01716`-like identifiers, not ranges
    unit_from = m.start("scale") if scale_written else m.start("unit")
    written_unit = text[unit_from:m.end("unit")] if m.group("unit") else (
        scale_written or ("%" if m.group("aunit") else ""))
    return Quantity(value=low, unit=unit, text=text[start:end], start=start, end=end,
                    unit_as_written=written_unit.strip(), qualifier=_qualifier(m),
                    is_range=b is not None, low=low, high=high, decimals=max(decimals, b_dec))


def _scaled(value: Decimal, token: str, chinese: bool, scale: str, factor: Decimal) -> Decimal:
    """The value with its scale: a Chinese numeral is read whole with it (`一亿零五百` + `万` is
    105,000,000, not 一亿零五百 × 10⁴)."""
    if chinese and scale and "点" not in token:
        sign = -1 if value < 0 else 1
        return sign * _cn2an(token + scale, "normal")
    return value * factor


def canonical_unit(written: str) -> str:
    """The unit figures are kept in for a unit or counter as written (`名` → 人, `㎡/生` → 平方米/生)."""
    if not written:
        return ""
    head, *per = written.split("/")
    head = _CANONICAL_UNIT.get(head, head)
    return "/".join([head, *per])


def _is_year(token: str, value: Decimal) -> bool:
    return len(token) == 4 and value == int(value) and 1900 <= value <= 2100


def _qualifier(m: re.Match) -> Qualifier:
    pre: Qualifier = _PRE_QUALIFIER.get(m.group("pre") or "", "")
    if m.group("pre") == "近" and (m.group("unit") or "") in ("年", "月", "周", "天"):
        pre = ""  # 近三年 = the last three years, not about three
    post = _POST_QUALIFIER.get(m.group("post") or "", "") or _POST_QUALIFIER.get(m.group("approx") or "", "")
    if pre and pre != "approx":
        return pre
    return post or pre


def _chinese_numeral_ok(folded: str, m: re.Match, token: str, unit: str, scale: str) -> bool:
    """In prose a Chinese numeral counts only with a counter word, and `年` only as a duration
    or a year; a lone 一 (`一校一策`) never does. A numeral with a power or a scale and a unit
    (`两千三百万元`, `五百元`) or a decimal (`一点五个百分点`) is an amount whatever its unit; one digit and a
    unit may be a word (`三元`)."""
    if token == "一" and unit in _TERM_UNITS and _after_term(folded, m):
        return True  # a term's length (`服务期一年`): a duration, though a lone 一
    if not (unit or scale) or (m.group("b") and not scale) or (token == "一" and not (m.group("b") or scale)):
        return False  # a range of Chinese numerals only with a scale: `三至五万人`
    if unit == "分" and len(token) == 1:
        return False  # `十分重要`, `万分`: a word, not points
    if unit and unit != "年" and (scale or any(c in "十百千万亿点" for c in token)):
        return True
    if unit not in _CN_COUNTERS:
        return False
    if unit == "年":
        if len(token) == 4 and all(c in CN_DIGITS for c in token):
            return True  # 二〇三五年
        before = folded[max(0, m.start() - 2):m.start()]
        after = folded[m.end():m.end() + 2]
        return before.endswith(_DURATION_BEFORE) or after.startswith(_DURATION_AFTER) or _after_term(folded, m)
    return True


# a term named before its length (为期, 服务期, 试用期为, 期限为): the numeral after it is how long
_TERM_BEFORE = re.compile(r"期(?:限)?(?:为|是)?$")
_TERM_UNITS = ("年", "周", "天")


def _after_term(folded: str, m: re.Match) -> bool:
    """`期` before the numeral, and no grade or degree word after it (`本学期一年级新生` names a grade)."""
    return _TERM_BEFORE.search(folded[max(0, m.start() - 3):m.start()]) is not None \
        and folded[m.end():m.end() + 1] not in ("级", "度")


# --- showing a computed amount ---------------------------------------------------------------------

_DISPLAY_SCALES = (("亿", 1e8), ("万", 1e4))
_PER_UNIT_SCALE_MIN = 10.0  # digits before the point a per-unit amount needs to be shown in 万/亿
_CN_NUMERAL_CHARS = re.compile(rf"[{_CN_CHAR}百千]")


def published_scale(text: str, unit_as_written: str) -> str:
    """The scale (`万`, `亿`, or "") a document chose to publish an amount in: `1338万元` → 万. A
    Chinese numeral carries its magnitude in its words (`十一亿三千万元`, `五千三百零四萬六千元`): its
    trailing 万 is part of the number, no chosen scale, so a result from it is shown by magnitude."""
    if _CN_NUMERAL_CHARS.search(fold(text)) and not re.search(r"\d", text):
        return ""
    folded = fold(unit_as_written)
    return next((s for s, _ in _DISPLAY_SCALES if folded.startswith(s)), "")


# money asked in a scale (`多少万元`, `几亿元`): an amount per one shown in it rather than the one it reads in
ASKED_SCALE = re.compile(r"(?:多少|几)(?P<scale>[万亿])元")


def display_scale(value: float, unit: str, scale: str = "", asked: str = "") -> tuple[str, float]:
    """(prefix, factor) a computed amount `value` (in the base unit) is shown in. The scale the question
    asks it in (`每台多少万元`: 1.2万元/台, not 12000元/台) first; then the input's
    published scale when the result reads naturally in it (`1338万元 ÷ 12所` = 111.5万元/所, as the
    budget writes its amounts); otherwise an amount of money by its magnitude (`1.058e9元` = 10.58亿元,
    `53046000元` = 5304.6万元), as reports and readers state sums of money; any other amount as is."""
    if asked in dict(_DISPLAY_SCALES):
        return asked, dict(_DISPLAY_SCALES)[asked]
    factor = dict(_DISPLAY_SCALES).get(scale, 0.0)
    # a per-unit amount of a few 万 reads better whole (12000元/人, not 1.2万元/人); a total keeps its scale
    if factor and abs(value) / factor >= (_PER_UNIT_SCALE_MIN if "/" in unit else 1):
        return scale, factor
    if unit.split("/")[0] == "元":
        for prefix, f in _DISPLAY_SCALES:
            if abs(value) / f >= (1 if f == 1e8 else _PER_UNIT_SCALE_MIN):
                return prefix, f
    return "", 1.0


def amount_text(value: float, unit: str, scale: str = "", decimals: int | None = None, asked: str = "") -> str:
    """A computed amount as the answer shows it: in `display_scale`, to at most two decimals without
    zeros the computation did not produce (`10.58亿元`, `111.5万元/所`, `600元`). Given the `decimals` its
    input is written with (in the same scale), an estimate finer than that is also shown rounded to them,
    as a reader of the document states it (`575.0万元 ÷ (1 + 8.6%) = 529.47万元（约529.5万元）`)."""
    prefix, factor = display_scale(value, unit, scale, asked)
    number = f"{value / factor:.2f}".rstrip("0").rstrip(".")
    text = f"{number}{prefix}{unit}"
    if decimals is None or decimals >= 2 or prefix != scale:
        return text
    about = f"{value / factor:.{decimals}f}"
    return text if float(about) == float(number) else f"{text}（约{about}{prefix}{unit}）"
