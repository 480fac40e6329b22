"""A case the question states, judged against a bar (`某校学生1200人、专任教师60人，达到文件要求吗`, `一名教师五年里
培训了320学时，达到要求了吗`, `交流轮岗150人，其中骨干教师25人，比例合规吗`). The case's value comes from the question's
own figures — as given, the share of its part in its whole, or pupils per teacher (生师比) — and is compared with
the bar a leading passage sets as a requirement (`不少于360学时`, `每班不超过50人`, `生师比不超过17:1`), else with
the national standard (figures/standards.py) of the indicator the question names. A bar may be a range
(`控制在35至45平方米`: the side the case falls out of judges it), and a case of two figures in one unit with no
share word (`一堂40分钟的课里放了15分钟`) is the part's share of the whole when a document's bar is a share of that
part (`不超过总时长的30%`). The answer says 达到 / 未达到 with the gap's formula, and for a share the amount the bar
requires. A bar of another period (每年 against 五年)
or kind (生均 against a total) is never compared: 无法判断, and why. Notices, plans and standards documents set
such bars; parents and deputies ask them of their own school's figures.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from figures.compute import Computation, ComputeError, Operand, change, decimals_of, part_of, ratio, share
from figures.indicators import match_indicator, match_stage
from figures.numbers import Quantity, find_quantities, parse_number
from figures.standards import rule_of_whole, rules_for, standard_named
from ingest.normalize import normalize, pauses
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Draft, table_of
from server.answer.proseclauses import prose_clauses
from server.answer.text import computed_figure, display, region_of
from server.calc import states_rule
from server.regions import short_name
from server.retrieve import Hit
from server.schemas import Figure

CANDIDATES = 10  # leading passages searched for the bar
MIN_SHARED = 2  # bigrams a bar's clause must share with the question beside its number
_CLAUSE = re.compile(pauses("，；;。\n"))
_PIECE = re.compile(pauses("，；;。、\n"))
_PIECE_OR_FIGURE = re.compile(pauses("，；;。、\n") + r"|\d")
# a figure the question gives as the bar itself, not as its case (`达到国家要求的50%了吗`, `不低于20%的要求`)
# … or asked as enough (`够不够总指标的30%`): the figure is the bar, a floor
ENOUGH_BEFORE = re.compile(r"够(?:不够|没够)?[^\d，,。？?]{0,12}$")
_BAR_BEFORE = re.compile(r"(?:要求|标准|规定|目标|达到|超没超|超不超|超过|高于|低于|不低于|不少于|不超过|不高于"
                         r"|至少)的?$|"
                         + ENOUGH_BEFORE.pattern)
_BAR_AFTER = re.compile(r"^(?:的)?(?:要求|标准|规定|目标|以上|以下|以内)")
# a bar's comparator by its words: a floor or a ceiling; a range a rule holds a figure within (`控制在35至45平方米`)
_RANGE = re.compile(r"(?:控制|保持|限定|限制|规定|应|须|要)在$|(?:介于|应为|须为|标准为)$")
_FLOOR = re.compile(r"不低于|不少于|至少|以上|≥")
_CEILING = re.compile(r"不超过|不高于|不多于|最多|以下|以内|≤")
# a ratio bar as documents write it: `生师比不超过17:1`
_RATIO_BAR = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*[:：]\s*1(?!\d)")
# the period a figure or a bar counts over: `每年`, `每学期`, `全年`, `五年里`, `五年一周期` (not `一年级`)
_EACH = re.compile(r"(?:每|一个?|全|当)(?P<unit>学年|学期|年度|年|季度|月|周|天|日)(?!级)")
_SPAN = re.compile(r"(?<!\d)(?P<n>[\d一二两三四五六七八九十]{1,2})个?(?P<unit>学年|学期|年|月)"
                   r"(?:一个?周期|里|内|间|中|来|累计)")
_SAME_PERIOD = {"学年": "年", "年度": "年", "日": "天"}
# a figure per one (生均, 每班, 一名教师) or a total (总额, 全校): a bar of the one kind never judges the other
_PER_ONE = re.compile(r"生均|人均|每(?:个|名|位|所)?(?:学生|生|人|教师|老师|班|校|学校|幼儿)|"
                      r"一(?:个|名|位|所)(?:学生|教师|老师|班|学校|孩子)")
_TOTAL = re.compile(r"总额|总计|合计|共计|总投入|总经费|总数|全校|全县|全区|全市|全年")
_SHARE_ASKED = re.compile(r"比例|占比|比重|其中")
_STUDENTS = re.compile(r"学生|在校生|幼儿|孩子|小孩")
_TEACHERS = re.compile(r"教师|老师")
_PEOPLE_AFTER = re.compile(r"学生|孩子|小孩|幼儿|教师|老师|人")
# bigrams of the asking, not of the thing asked: never what ties a bar to the question
_ASKING = ("达到", "要求", "符合", "合规", "达标", "标准", "规定", "文件", "是否", "够不", "不够", "够吗")
_COUNTS = ("人", "所", "个", "名", "间", "班")


@dataclass
class Case:
    value: Operand  # the case's value, as given or computed
    words: str  # the question's words naming it
    how: Computation | None  # how it was computed (a share, pupils per teacher), None when given
    period: str
    per_one: bool
    total: bool
    implicit: bool = False  # a share of two figures in one unit the question does not call a share


@dataclass
class Bar:
    value: float
    unit: str
    comparator: str  # >= or <=; of a range, <= (value is its high end)
    clause: str  # as written (a national standard: its rule)
    period: str
    per_one: bool
    total: bool
    hit: Hit | None = None  # None: a national standard
    span: tuple[int, int] = (0, 0)
    source: str = ""  # a national standard's source
    low: float | None = None  # a range's low end


def _period(text: str) -> str:
    """`5年` for `五年里`, `1学期` for `每学期`, '' when `text` names no period."""
    m = _SPAN.search(text)
    if m:
        count = parse_number(m.group("n"))
        n = int(count.value) if count else 0
        if 0 < n < 20:
            return f"{n}{_SAME_PERIOD.get(m.group('unit'), m.group('unit'))}"
    m = _EACH.search(text)
    return f"1{_SAME_PERIOD.get(m.group('unit'), m.group('unit'))}" if m else ""


def _words_after(norm: str, q: Quantity) -> str:
    """The words of the question's list item after a figure: the noun that follows it (`15分钟投影画面`)."""
    m = _PIECE_OR_FIGURE.search(norm, q.end)
    return norm[q.end:m.start() if m else len(norm)]


def _words_before(norm: str, q: Quantity) -> str:
    """The words of the question's list item before a figure: what it counts (`其中骨干教师`)."""
    start = max([m.end() for m in _PIECE.finditer(norm, 0, q.start)], default=0)
    return norm[start:q.start]


def _noun(words: str) -> str:
    """The noun a figure counts, as its words end (`其中骨干教师` → 骨干教师, `某校有学生` → 学生)."""
    words = re.sub(r"(?:有|共有|共|为|是|约|达|计|合计)$", "", words)
    return re.split(r"其中|有|共|[某该本]校|[某该本]年", words)[-1]


def _bigrams(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff]", " ", normalize(text, drop_space=True))
    return {w[i:i + 2] for w in han.split() for i in range(len(w) - 1)} - set(_ASKING)


def case_figures(norm: str) -> list[Quantity]:
    """The figures a question gives as its case: amounts that are neither a year nor the bar it names."""
    out = []
    for q in find_quantities(norm):
        if not q.is_measure or q.unit == "年" or q.qualifier in (">=", "<=", ">", "<"):
            continue
        if _BAR_BEFORE.search(norm[:q.start]) or _BAR_AFTER.search(norm[q.end:]) or \
                states_rule(norm[:q.end], q.value, q.unit):
            continue
        if q.unit == "个" and _PEOPLE_AFTER.match(norm, q.end):
            q.unit = "人"  # `53个学生`: people, counted as documents count them
        out.append(q)
    return out


def _case(norm: str, figures: list[Quantity], pupils_per_teacher: bool) -> Case | None:
    """The case the figures make: pupils per teacher, a part's share of its whole, or the one figure given."""
    named = [(q, _words_before(norm, q)) for q in figures]
    if pupils_per_teacher:
        pupils = [(q, w) for q, w in named if q.unit == "人" and _STUDENTS.search(w)]
        teachers = [(q, w) for q, w in named if q.unit == "人" and _TEACHERS.search(w)]
        if len(pupils) == 1 and len(teachers) == 1:
            (p, pw), (t, tw) = pupils[0], teachers[0]
            how = ratio(_operand(p, _noun(pw) or "学生"), _operand(t, _noun(tw) or "教师"), label="生师比", decimals=2)
            return Case(Operand("生师比", how.value, "", decimals=2), "生师比", how, "", False, False)
        said = [(q, w) for q, w in named if q.unit == "人"]
        if len(said) == 1:  # `一个老师带25个学生`: the pupils one teacher has, given
            q, w = said[0]
            return Case(Operand("生师比", q.value, "", decimals=q.decimals), "生师比", None, "", True, False)
        return None
    counts = [(q, w) for q, w in named if q.unit in _COUNTS]
    if len(counts) == 2 and counts[0][0].unit == counts[1][0].unit and _SHARE_ASKED.search(norm):
        (whole, ww), (part, pw) = sorted(counts, key=lambda c: -c[0].value)
        if part.value < whole.value:
            whole_op, part_op = _operand(whole, _noun(ww)), _operand(part, _noun(pw))
            how = share(part_op, whole_op, label=f"{part_op.label}占{whole_op.label}比例", decimals=1)
            return Case(part_op, pw, how, _period(norm), False, False)
    if len(figures) == 2 and figures[0].unit == figures[1].unit:
        # no share word: the part of a whole in one unit (`一堂40分钟的课里放了15分钟投影`), its noun often after it
        (whole, ww), (part, pw) = sorted(named, key=lambda c: -c[0].value)
        if part.value < whole.value:
            after = _words_after(norm, part).removeprefix("的")
            first, second = sorted((whole, part), key=lambda q: q.start)
            # what the part is: the words between the two figures and those after the part's
            words = norm[first.end:second.start] + after
            part_op, whole_op = _operand(part, after or "部分"), _operand(whole, "全部")
            how = share(part_op, whole_op, label="所占比例", decimals=1)
            return Case(part_op, words, how, _period(norm), False, False, implicit=True)
    if len(figures) != 1:
        return None
    q, w = named[0]
    clause = norm[max([m.end() for m in _CLAUSE.finditer(norm, 0, q.start)], default=0):q.end]
    return Case(_operand(q, _noun(w) or q.text), w + _words_after(norm, q), None, _period(clause),
                bool(_PER_ONE.search(clause)),
                bool(_TOTAL.search(clause)) and not _PER_ONE.search(clause))


def _operand(q: Quantity, label: str) -> Operand:
    return Operand(label=label, value=q.value, unit=q.unit, unit_as_written=q.unit_as_written,
                   decimals=q.decimals, source={"kind": "question", "text": q.text})


_BOUNDS = {">=": ">=", ">": ">=", "<=": "<=", "<": "<="}


def _comparator(words: str) -> str:
    """A floor (>=) or a ceiling (<=) by the words of a bar, '' when they say neither."""
    if _CEILING.search(words):
        return "<="
    return ">=" if _FLOOR.search(words) else ""


def _bars(ask: Ask, case: Case, kind: str) -> list[tuple[tuple[int, int], Bar]]:
    """The bars leading clauses set for the case's kind (`ratio`, `share` or the case's unit), each with its
    score: (the case's period named, bigrams shared with the question)."""
    # the places the question names tie every passage of their documents to it: never what ties a bar
    places = set().union(*(_bigrams(r) | _bigrams(short_name(r)) for r in ask.query.regions))
    asked, own = _bigrams(ask.query.norm) - places, _bigrams(case.words) - places
    out = []
    for hit, (sentence, _), (a, b) in prose_clauses(ask, CANDIDATES, _CLAUSE):
        text = ask.reader.documents[hit.chunk.doc_id].text
        clause = normalize(text[a:b], drop_space=True)
        for value, unit, at, comparator, low in _bar_values(clause, kind):
            before = clause[:at]
            if kind == "share" and not case.implicit and not _names_part(before, case.value.label):
                continue  # a share's bar on another part
            # what the case names may stand in the bar's clause or earlier in its sentence (`宿舍320套，每套…`)
            named_before = _bigrams(before) | _bigrams(text[sentence:a])
            if (kind not in ("share", "ratio") or case.implicit) and not own & named_before:
                continue  # the clause names nothing the case's own words name
            period = _period(clause)
            bar = Bar(value, unit, comparator, display(text[a:b]).strip("，,；;。"), period,
                      bool(_PER_ONE.search(before)), bool(_TOTAL.search(before)) and not _PER_ONE.search(before),
                      hit, (a, b), low=low)
            out.append(((int(bool(period) and period == case.period), len(_bigrams(clause) & asked)), bar))
    return out


def _bar_values(clause: str, kind: str) -> list[tuple[float, str, int, str, float | None]]:
    """(value, unit, offset, comparator, a range's low end) of the figures a clause sets as a bar of the kind: a
    floor or a ceiling by its words (`不少于360学时`, `不少于轮岗人数的15%`, `生师比不超过17:1`), or a range a rule
    holds it within (`控制在35至45平方米`: its high end as a ceiling, its low end beside)."""
    if kind == "ratio":
        named = standard_named(clause)
        if named is None or named.name != "生师比":
            return []
        found: list[tuple[float, str, int, str, float | None]] = [
            (float(m.group("n")), "", m.start(), _comparator(clause[max(0, m.start() - 8):m.start()]), None)
            for m in _RATIO_BAR.finditer(clause)]
    else:
        unit = "%" if kind == "share" else kind
        found = []
        for q in find_quantities(clause):
            if not q.is_measure or q.unit != unit:
                continue
            if q.is_range and q.low is not None and q.high is not None and _RANGE.search(clause[:q.start]):
                found.append((q.high, q.unit, q.start, "<=", q.low))
            elif states_rule(clause[:q.end], q.value, q.unit):
                found.append((q.value, q.unit, q.start,
                              _BOUNDS.get(q.qualifier) or _comparator(clause[max(0, q.start - 20):q.end]), None))
    return [f for f in found if f[3]]


def _names_part(before: str, part: str) -> bool:
    """Whether a share's bar is of the part asked: the clause names it (`其中骨干教师不低于…`)."""
    return len(part) >= 2 and (part in before or part[-2:] in before and len(part) <= 3)


def _national(norm: str, case: Case, whole: str = "") -> Bar | None:
    """The national standard of the indicator the question names (by its name or as said); of a share, the
    rule on the whole it is a share of (figures.standards.rule_of_whole)."""
    if whole:
        key = rule_of_whole(whole)
    else:
        spoken = standard_named(norm)
        indicator = match_indicator(normalize(norm, drop_space=True), case.value.unit)
        key = spoken.key if spoken and spoken.key else indicator.key if indicator else None
    rules = rules_for(key) if key else []
    stage = match_stage(norm)
    rule = next((r for r in rules if not r.stage or r.stage == stage), None)
    if rule is None or rule.threshold is None or rule.comparator not in (">=", "<="):
        return None
    unit = rule.unit.split("/")[0]
    if unit != ("%" if whole else case.value.unit):
        return None
    period = _period(f"每{rule.unit.split('/')[-1]}") if rule.unit.count("/") == 2 else ""
    note = "" if rule.verified else "；规则原文未核实"
    return Bar(rule.threshold, unit, rule.comparator, rule.rule, period, "/" in rule.unit, False,
               source=rule.source + note)


class CaseJudged:
    """Handler: a case the question states judged against the bar a document or the national standard sets
    (module doc). None when the question gives no case of its own or no bar fits it."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.asked.compliance or not ask.hits:
            return None
        figures = case_figures(query.norm)
        if not figures:
            return None
        spoken = standard_named(query.norm)
        named = [_words_before(query.norm, q) for q in figures]
        pupils_per_teacher = spoken is not None and spoken.name == "生师比" or \
            any(_STUDENTS.search(w) for w in named) and any(_TEACHERS.search(w) for w in named)
        case = _case(query.norm, figures, pupils_per_teacher)
        if case is None:
            return None
        if pupils_per_teacher:
            return self._judged(ask, case, _best(_bars(ask, case, "ratio"), case))
        if case.how is not None:  # a share: the document's bar on the part, else the national one on the whole
            whole = str(case.how.inputs[1]["label"])
            found = _best(_bars(ask, case, "share"), case) or \
                (None if case.implicit else _national(query.norm, case, whole))
            return self._share(ask, case, found)
        found = _best(_bars(ask, case, case.value.unit), case) or _national(query.norm, case)
        return self._judged(ask, case, found)

    def _judged(self, ask: Ask, case: Case, bar: Bar | None) -> Draft | None:
        if bar is None:
            return None
        if bar.low is not None and case.value.value < bar.low:  # below a range: judged by its low end
            bar = replace(bar, value=bar.low, comparator=">=")
        n, where = _cite(ask, bar)
        said = f"{where}的要求：“{bar.clause}”{_mark(n, bar)}"
        mismatch = _mismatch(case, bar)
        if mismatch:
            return Draft(f"无法判断：{mismatch}，不能直接比较。{said}", False, ask.book.citations,
                         [_bar_figure(bar, n)])
        value = case.value.value
        passed = value >= bar.value if bar.comparator == ">=" else value <= bar.value
        required = Operand(label="要求", value=bar.value, unit=case.value.unit, decimals=decimals_of(bar.value))
        # the gap as reports write it: how far short of a floor (要求 − 实际), or over a ceiling (实际 − 要求)
        gap = change(case.value, required, label="与要求之差") if bar.comparator == ">=" else \
            change(required, case.value, label="超出要求之数")
        gap.flag = "pass" if passed else "fail"
        ratio_bar = case.words == "生师比"
        unit = "" if ratio_bar else bar.unit or case.value.unit
        shown, bar_shown = (f"{_num(value)}:1", f"{_num(bar.value)}:1") if ratio_bar else \
            (f"{_num(value)}{unit}", f"{_num(bar.value)}{unit}")
        computed = f"{case.how.formula}；" if case.how is not None else ""
        if passed and bar.low is not None:
            outcome = f"{_num(bar.low)}{unit} ≤ {shown} ≤ {bar_shown}"
        elif passed:
            outcome = f"{shown} {'≥' if bar.comparator == '>=' else '≤'} {bar_shown}"
        else:
            high, low = (bar.value, value) if bar.comparator == ">=" else (value, bar.value)
            outcome = (f"{shown} {'<' if bar.comparator == '>=' else '>'} {bar_shown}，"
                       f"{'差' if bar.comparator == '>=' else '超出'} {_num(high)} − {_num(low)} = "
                       f"{_num(high - low)}{unit}")
        said_verdict = verdict(passed, ask.query.norm, bar.comparator == "<=")
        return Draft(f"{said_verdict}。{computed}{outcome}。{said}{_case_row(ask, case)}", False, ask.book.citations,
                     [_bar_figure(bar, n), _computed(gap, n)])

    def _share(self, ask: Ask, case: Case, bar: Bar | None) -> Draft | None:
        if bar is None or bar.unit != "%" or case.how is None:
            return None
        whole_input = case.how.inputs[1]
        whole = Operand(label=str(whole_input["label"]), value=float(whole_input["value"]),
                        unit=str(whole_input["unit"]), source=whole_input["source"])
        pct = Operand(label="要求的比例", value=bar.value, unit="%", decimals=decimals_of(bar.value))
        try:
            needed = part_of(whole, pct, label=f"按要求的{case.value.label}数")
        except ComputeError:
            return None
        n, where = _cite(ask, bar)
        floor = bar.comparator == ">="
        # people or schools come whole: a floor needs the next one up, a ceiling allows the one below
        value, unit = case.value.value, case.value.unit
        count = needed.value if unit not in _COUNTS else \
            math.ceil(needed.value - 1e-9) if floor else math.floor(needed.value + 1e-9)
        passed = value >= count if floor else value <= count
        rounded = "" if count == needed.value else f"，即{'至少' if floor else '至多'}{_num(count)}{unit}"
        if passed:
            outcome = f"实际{_num(value)}{unit}，{'不少于' if floor else '不多于'}{_num(count)}{unit}"
        else:
            high, low = (count, value) if floor else (value, count)
            outcome = (f"实际{_num(value)}{unit}，{'少' if floor else '多'}{_num(high - low)}{unit}"
                       f"（{_num(high)} − {_num(low)} = {_num(high - low)}{unit}）")
        case.how.flag = needed.flag = "pass" if passed else "fail"
        said_verdict = verdict(passed, ask.query.norm, not floor)
        answer = (f"{said_verdict}。按要求{'需' if floor else '至多'} {needed.formula}{rounded}；"
                  f"{outcome}；实际占比 {case.how.formula}。{where}的要求：“{bar.clause}”{_mark(n, bar)}")
        return Draft(answer, False, ask.book.citations,
                     [_bar_figure(bar, n), _computed(needed, n), _computed(case.how, n)])


def _best(scored: list[tuple[tuple[int, int], Bar]], case: Case) -> Bar | None:
    """The bar sharing most with the question, those of the case's period first; a bar of a period the case does
    not name is kept (judged 无法判断) only when none fits."""
    fitting = [(s, b) for s, b in scored if not (b.period and case.period and b.period != case.period)]
    pool = fitting or scored
    if not pool:
        return None
    best = max(pool, key=lambda sb: sb[0])
    return best[1] if best[0][1] >= MIN_SHARED else None


def _mismatch(case: Case, bar: Bar) -> str:
    """Why the case and the bar cannot be compared: another period, or one per one and the other a total."""
    if bar.period and case.period and bar.period != case.period:
        return f"要求按{_period_name(bar.period)}计，问题给出的是{_period_name(case.period)}的数，计算周期不同"
    if bar.per_one and case.total:
        return "要求是按每个（生均、每人）计的，问题给出的是总量，没有可折算的人数"
    if bar.total and case.per_one:
        return "要求是总量，问题给出的是每个（生均、每人）的数"
    return ""


def _period_name(period: str) -> str:
    return f"每{period[1:]}" if period.startswith("1") and not period[1:2].isdigit() else period


_ADMIN_PREFIX = re.compile(r"^[省市县区镇乡]")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _case_row(ask: Ask, case: Case) -> str:
    """A leading table row of the school or place the question names (its label, but for a one-character
    区/县 prefix, written in the question) stating the case's own value: cited beside the rule, as the
    document's record of the case (`区育才小学 | 6 | 40` for `育才小学每班40人`)."""
    for hit in ask.ranked[:CANDIDATES]:
        table = table_of(ask.reader.documents[hit.chunk.doc_id], hit.chunk)
        if table is None or hit.chunk.row_index is None:
            continue
        row = table.rows[hit.chunk.row_index]
        label = normalize(row_label(table, row), drop_space=True)
        if len(_ADMIN_PREFIX.sub("", label)) < 3 or _ADMIN_PREFIX.sub("", label) not in ask.query.norm:
            continue
        for cell in row.cells:
            if _PLAIN_NUMBER.fullmatch(cell.text.strip()) and float(cell.text) == case.value.value:
                n = ask.book.cite(hit, row.start, row.end)
                return f"；{label}：{normalize(cell.column)}{cell.text.strip()}[{n}]"
    return ""


def _cite(ask: Ask, bar: Bar) -> tuple[int, str]:
    """The bar's citation number (0 for a national standard) and who sets it."""
    if bar.hit is None:
        return 0, "国家标准"
    doc = ask.reader.documents[bar.hit.chunk.doc_id]
    return ask.book.cite(bar.hit, *bar.span), f"{region_of(doc)}文件" if doc.meta.region else f"《{doc.meta.title}》"


def _mark(n: int, bar: Bar) -> str:
    return f"[{n}]" if n else f"（{bar.source}）"


def _computed(c: Computation, n: int) -> Figure:
    """A computed figure citing the bar's passage (none for a national standard)."""
    figure = computed_figure(c, n)
    figure.citation_ids = [n] if n else []
    return figure


def _bar_figure(bar: Bar, n: int) -> Figure:
    return Figure(label=f"要求：{bar.clause}", value=bar.value, unit=bar.unit, citation_ids=[n] if n else [])


_VERDICT_WORDS = (("符合", "不符合"), ("合规", "不合规"), ("达标", "未达标"), ("可以", "不可以"), ("允许", "不允许"))


def verdict(passed: bool, question: str, ceiling: bool = False) -> str:
    """In the question's own word (合规, 符合, 达标), with 达到 / 未达到 (a ceiling's: 超出) beside it."""
    reached = "达到要求" if passed else "超出要求" if ceiling else "未达到要求"
    for word, no in _VERDICT_WORDS:
        if word in question:  # 符合规定 holds 合规; 可不可以 holds 可以
            return f"{word if passed else no}（{reached}）"
    return "达到" if passed else reached


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
