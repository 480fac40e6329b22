"""Compliance questions of four kinds. Those the documents cannot settle: asked of an indicator with a national
standard (生均图书册数) while quoting a figure the document does state (购书经费80余万元…), the
answer is that it cannot be judged — the figure is a total, not the indicator the standard
measures — with the standard and the cited figure, never a pass or fail. And those of a standard
set per school stage, each stage's stated figure judged against its own rule. And those of a standard per
student and period (膳食补助 每生每天, 寄宿生生活费补助 每生每年): judged only on a figure stated per
student for the same period, never on a total. And those restating a bar the document sets as a
requirement (…能否满足…比例不低于12%的要求): the requirement is never the value reached. A question setting
its own bar for each stage (小学每班不超过40人、初中每班不超过48人) has each stage judged against that bar instead.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from figures.compute import Computation, ComputeError, Operand, change, share
from figures.indicators import Indicator, match_form, match_indicator, match_stage
from figures.numbers import Quantity, find_quantities, fold, parse_number
from figures.standards import BOUNDS, ComplianceResult, Rule, check, rules_for
from figures.tablequery import TableCell, cells_of, key
from ingest.models import Row, Table
from ingest.normalize import normalize, pauses
from ingest.structure import split_sentences
from ingest.tables import BRACKETED_NOTE, label_column, row_label
from server.answer import rowrate
from server.answer.base import Ask
from server.answer.casejudged import ENOUGH_BEFORE, case_figures
from server.answer.draft import Claim, Draft, table_of
from server.answer.evidence import PLANNED
from server.answer.operands import Stated, document_amounts, named
from server.answer.reachedrule import judged
from server.answer.rowclasssize import row_class_size
from server.answer.rowperpupil import row_per_pupil
from server.answer.text import computed_figure, display, flat, quantity_figure, region_of, shown
from server.calc import (
    ACHIEVED_COLUMN,
    bare_noun,
    cell_operand,
    compliance,
    overlap,
    reached,
    states_rule,
    verdict_text,
)
from server.query import Query
from server.regions import without_places
from server.retrieve import Hit
from server.schemas import Figure

CANDIDATES = 10  # passages searched for the figure the question quotes


class CannotJudge:
    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asked.compliance or not ask.hits:
            return None
        indicator = match_indicator(normalize(query.norm, drop_space=True))
        rules = rules_for(indicator.key) if indicator else []
        quoted = [q for q in find_quantities(query.norm) if q.is_measure]
        if indicator is None or not rules or not quoted or not reader.refusal(query, ask.evidence.hit):
            return None  # no standard, nothing quoted, or the documents state the indicator: judged as usual
        for hit in ask.ranked[:CANDIDATES]:
            doc = reader.documents[hit.chunk.doc_id]
            text = doc.text
            for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
                sentence = flat(normalize(text[start:end], drop_space=True))
                if not any(flat(normalize(q.text, drop_space=True)) in sentence for q in quoted):
                    continue
                n = ask.book.cite(hit, start, end)
                standard = "；".join(dict.fromkeys(r.rule for r in rules))
                return Draft(f"无法判断：文件没有给出{indicator.name}。国家标准：{standard}。{region_of(doc)}文件写的是"
                             f"“{display(text[start:end])}”[{n}]，其中的数字是总量，不是按生均计的{indicator.name}，"
                             f"不能据此判断是否达标。", False, ask.book.citations)
        return None




# the end of a clause (`小学平均班额34.2人、最大班额42人，初中…`): a stage is named in its clause …
_CLAUSE = re.compile(pauses("，；;。\n"))
# … an indicator in its list item
_ITEM = re.compile(pauses("，；;。、\n"))


class StageStandards:
    """Handler: a standard set per school stage (班额: 小学 ≤ 45, 初中 ≤ 50) asked of the stages a
    passage states the indicator for (`小学…最大班额42人，初中…最大班额48人`): each stage's figure
    judged against its own stage's rule, with the rule and the cited figure. Self-evaluation reports
    state such figures in prose, one clause per stage; the question may name one stage or several."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asked.compliance or not ask.hits:
            return None
        # the question's own bar for each stage it names (`小学不超过40人、初中不超过48人`) stands for the rule,
        # of a measure that need have no national standard (平均班额): named by the question's words
        bars = stage_bars(query.norm)
        indicator = match_indicator(normalize(query.norm, drop_space=True))
        staged = [r.stage for r in rules_for(indicator.key) if r.stage] if indicator else []
        if bars:
            noun = _barred_noun(query, bars)
            key, name = (indicator.key, indicator.name) if indicator else (noun, noun)
            names = _naming_words(noun) if indicator is None else _naming_indicator(key)
        elif indicator is not None and staged and not query.asked.threshold:
            key, name, names = indicator.key, indicator.name, _naming_indicator(indicator.key)
        else:
            return None
        if not key:
            return None
        asked = list(bars) or [s for s in staged if s in query.norm] or staged
        for hit in ask.ranked[:CANDIDATES]:
            if not reader.year_ok(query, hit):
                continue
            found = _stage_figures(reader.documents[hit.chunk.doc_id].text, hit, names, asked)
            if set(found) != set(asked):
                continue
            doc = reader.documents[hit.chunk.doc_id]
            lines, figures, claims = [], [], []
            for stage in asked:
                q, span = found[stage]
                n = ask.book.cite(hit, *span)
                actual = Operand(label=f"{stage}{name}", value=q.value, unit=q.unit, decimals=q.decimals,
                                 source={"kind": "passage", "start": q.start, "end": q.end, "text": q.text})
                bar = bars.get(stage)
                if bar is not None and (bar.unit or q.unit) != q.unit:
                    return None  # a bar in another unit than the stated figure's judges nothing
                outcome = check(key, q.value, stage, operand=actual) if bar is None \
                    else _against_bar(key, stage, actual, bar)
                gap = outcome.gap
                gap.flag = outcome.verdict
                lines.append((outcome, f"{stage}{name}{q.text}[{n}]：{outcome.summary()}"))
                figures.append(computed_figure(gap, n))
                claims.append(Claim(q.unit, f"{stage}{name}", hit, span, True))
            # the bar's own 不超过 asks nothing of exceeding
            verdict = verdict_words([o for o, _ in lines], query.norm if not bars else "")
            quotes = "；".join(dict.fromkeys(f"“{display(doc.text[s:e])}”[{ask.book.cite(hit, s, e)}]"
                                             for _, (s, e) in found.values()))
            return Draft(f"{verdict}。{'；'.join(t for _, t in lines)}。依据{region_of(doc)}文件：{quotes}", False,
                         ask.book.citations, figures, claims)
        return None


def stage_bars(norm: str) -> dict[str, Quantity]:
    """The bar a question sets for each school stage it names before it in the same item
    (`小学班额不超过40人、初中班额不超过48人`); {} unless every bar it sets names its stage."""
    bars: dict[str, Quantity] = {}
    for q in find_quantities(norm):
        if q.qualifier not in _BOUNDS:
            continue
        item = norm[max([m.end() for m in _ITEM.finditer(norm, 0, q.start)], default=0):q.start]
        stage = match_stage(item)
        if not stage or stage in bars:
            return {}
        bars[stage] = q
    return bars


def _against_bar(key: str, stage: str, actual: Operand, bar: Quantity) -> ComplianceResult:
    """A stage's figure judged against the bar the question sets for it, as a rule's check is."""
    standard = Operand(label=f"问题中的标准：{bar.text}", value=bar.value, unit=actual.unit, decimals=bar.decimals)
    return ComplianceResult(passed=BOUNDS[bar.qualifier](actual.value, bar.value), indicator=key,
                            value=actual.value, unit=actual.unit, comparator=bar.qualifier, threshold=bar.value,
                            rule=f"问题中的标准：{stage}{bar.text}", stage=stage, source="问题所述", verified=True,
                            gap=change(standard, actual, label=f"{key} 与问题中的标准之差"))


def _barred_noun(query: Query, bars: dict[str, Quantity]) -> str:
    """The measure a question's stage bars are of, flat: the words between the first bar's stage and the
    bar (`小学班额不超过40人` → 班额), qualified as the question names it beside its place (`…县平均班额` →
    平均班额: an average is not the largest class). '' when the bar follows its stage directly."""
    stage, bar = next(iter(bars.items()))
    before = query.norm[:bar.start]
    noun = flat(before[before.rfind(stage) + len(stage):]) if stage in before else ""
    if len(noun) < 2:
        return ""
    text = without_places(query.norm, query.regions, " ")
    qualifiers = [m.group(1) for m in re.finditer(rf"([\u4e00-\u9fff]{{2}})(?={noun})", flat(text))
                  if not match_stage(m.group(1))]
    return qualifiers[0] + noun if qualifiers else noun


def _naming_indicator(key: str) -> Callable[[str, str], bool]:
    """Whether a figure's item (its words before it, and its unit) names the indicator."""
    def names(item: str, unit: str) -> bool:
        named = match_indicator(normalize(item, drop_space=True), unit)
        return named is not None and named.key == key
    return names


def _naming_words(noun: str) -> Callable[[str, str], bool]:
    """Whether a figure's item writes the question's noun."""
    return lambda item, unit: noun in flat(normalize(item))


def _stage_figures(text: str, hit: Hit, names: Callable[[str, str], bool],
                   stages: list[str]) -> dict[str, tuple[Quantity, tuple[int, int]]]:
    """Per stage, the first figure of the measure `names` accepts the passage states in a clause naming
    that stage (spans in the document's text), with its sentence."""
    out: dict[str, tuple[Quantity, tuple[int, int]]] = {}
    for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
        for q in find_quantities(text[start:end]):
            if not q.is_measure:
                continue
            at = start + q.start
            item = text[max([m.end() for m in _ITEM.finditer(text, start, at)], default=start):at]
            clause = text[max([m.end() for m in _CLAUSE.finditer(text, start, at)], default=start):at]
            stage = match_stage(clause)
            if stage not in stages or stage in out or not names(item, q.unit):
                continue
            if states_rule(text[start:start + q.end], q.value, q.unit):
                continue  # a target or a requirement (`目标：…控制在15.5以内`) is no stage's value reached
            q.start, q.end = at, start + q.end
            out[stage] = (q, (start, end))
    return out


def verdict_words(outcomes: list[ComplianceResult], question: str) -> str:
    """In the question's own words: 没有超过 / 超过 when it asks whether a ceiling is exceeded, 符合 /
    不符合 when it asks 符合, else 达标 / 未达标 (达到 / 未达到 beside the last two when asked: calc.reached)."""
    passed = all(o.passed for o in outcomes)
    if re.search(r"超过|超出|超标", question) and all(o.comparator in ("<=", "<") for o in outcomes):
        # (`超标了吗` is answered in its own words too: 没超 / 超了, calc.reached)
        return ("没有超过国家标准" if passed else "有超过国家标准的") + reached(passed, question)
    if "符合" in question:
        return ("符合" if passed else "不符合") + reached(passed, question)
    return ("达标" if passed else "未达标") + reached(passed, question)


# a figure per student and period: `每生每天5元`, `小学每生每年1000元`, `每名学生每学年…`, or the unit `5元/生/天`
_PER_STUDENT_BEFORE = re.compile(r"(?:每生|每名?学生|每人|生均)(?:每(?P<period>天|日|学年|年|月))?[^\d，；;。、]{0,4}$")
_PERIOD = {"日": "天", "学年": "年"}


def _period(unit: str) -> str:
    """`元/生/天` → 天; '' when the unit is not per student and period."""
    parts = unit.split("/")
    return _PERIOD.get(parts[2], parts[2]) if len(parts) == 3 and parts[1] in ("生", "人") else ""


def _names(indicator: Indicator, text: str) -> bool:
    form = match_form(text)
    return any(match_form(s) in form for s in indicator.synonyms)


class PerStudentStandard:
    """Handler: a standard per student and period (营养膳食补助 每生每天5元; 寄宿生生活费补助 小学每生每年1000元,
    初中1250元) asked of a document: the rate the document states per student (`每生每天补助5元`,
    `小学每生每年1000元、初中每生每年1200元`) judged against it, stage by stage where the standard
    differs by stage. A rate of another period is not judged (no conversion: school days vary), and a total
    (全年补助资金1800万元) never is: plans and replies state both, and only the rate is the standard's kind."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asked.compliance or query.asked.threshold or not ask.hits:
            return None
        indicator = match_indicator(normalize(query.norm, drop_space=True))
        rules = [r for r in rules_for(indicator.key) if _period(r.unit)] if indicator else []
        if indicator is None or not rules:
            return None
        asked_stage = match_stage(query.norm)
        rules = [r for r in rules if not r.stage or not asked_stage or r.stage == asked_stage] or rules
        for hit in ask.ranked[:CANDIDATES]:
            if not reader.year_ok(query, hit):
                continue
            text = reader.documents[hit.chunk.doc_id].text
            for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
                if not _names(indicator, text[start:end]):
                    continue
                rates = _rates(text, start, end)
                if rates:
                    return _judged(ask, hit, indicator.name, rules, rates, (start, end))
        return None


def _rates(text: str, start: int, end: int) -> list[tuple[Quantity, str, str]]:
    """The amounts text[start:end] states per student, each with its period and the stage its item names."""
    out = []
    for q in find_quantities(text[start:end]):
        if not q.is_measure or not q.unit.startswith("元"):
            continue
        at = start + q.start
        item = text[max([m.end() for m in _ITEM.finditer(text, start, at)], default=start):at]
        before = _PER_STUDENT_BEFORE.search(fold(item))  # either script
        period = _period(q.unit) or (_PERIOD.get(before.group("period") or "", before.group("period") or "")
                                     if before else "")
        if not period or "/" not in q.unit and before is None:
            continue
        q.start, q.end = at, start + q.end
        out.append((q, period, match_stage(item)))
    return out


def _judged(ask: Ask, hit: Hit, name: str, rules: list[Rule], rates: list[tuple[Quantity, str, str]],
            span: tuple[int, int]) -> Draft:
    """Each rule against the rate of its stage (or the one rate stated for all stages) of its period; a
    rule whose period the document does not state its rate in is said to be not judged, with why."""
    doc = ask.reader.documents[hit.chunk.doc_id]
    n = ask.book.cite(hit, *span)
    outcomes: list[ComplianceResult] = []
    lines, figures, claims = [], [], []
    for rule in rules:
        period = _period(rule.unit)
        fitting = [(q, st) for q, p, st in rates if p == period and (not rule.stage or st in (rule.stage, ""))]
        fitting = [f for f in fitting if f[1] == rule.stage] or fitting
        if not fitting:
            stated = "、".join(f"{q.text}（每{p}）" for q, p, _ in rates)
            lines.append(f"国家标准按每生每{period}计（{rule.rule}），文件写的是{stated}[{n}]，计算周期不同，不能直接比较")
            continue
        q, stage = fitting[0]
        actual = Operand(label=f"{stage or rule.stage}{name}", value=q.value, unit=rule.unit, decimals=q.decimals,
                         source={"kind": "passage", "start": q.start, "end": q.end, "text": q.text})
        outcome = check(rule.key, q.value, rule.stage or None, operand=actual)
        gap = outcome.gap
        gap.flag = outcome.verdict
        outcomes.append(outcome)
        lines.append(f"{rule.stage}{name}{q.text}[{n}]：{outcome.summary()}")
        figures.append(computed_figure(gap, n))
        claims.append(Claim(q.unit, f"{rule.stage}{name}", hit, span, True))
    verdict = verdict_words(outcomes, ask.query.norm) if len(outcomes) == len(rules) else "无法判断"
    quote = display(doc.text[span[0]:span[1]])
    return Draft(f"{verdict}。{'；'.join(lines)}。依据{region_of(doc)}文件：“{quote}”[{n}]", False,
                 ask.book.citations, figures, claims)


_BOUNDS = (">=", ">", "<=", "<")
_MEASURES_SHARE = re.compile(r"占|比例|比重")  # words before a percentage that make it a share of a whole


class RestatedRequirement:
    """Handler: a question restating a share's bar the document itself sets as a requirement (a notice's
    `跟岗培训参训比例不低于20%`; asked `…的人数能否满足…比例不低于20%的要求`). The requirement is never
    the value reached: the share is computed from the document's table — the row the question names ÷ the
    total row, in the column of the kind it counts (人数) — and judged against the bar; when no table holds
    both, the answer abstains, saying the document states only the requirement."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asked.compliance:
            return None
        # the bar as the question writes it (`不低于12%`, `不少于10%`), or asks it enough (`够不够…的30%`: a floor)
        bar = next((q if q.qualifier in _BOUNDS else replace(q, qualifier=">=") for q in find_quantities(query.norm)
                    if q.unit == "%" and (q.qualifier in _BOUNDS or ENOUGH_BEFORE.search(query.norm[:q.start]))),
                   None)
        # a target restated as one to reach (`达到…90%的目标了吗`) is judged here only on a rate a named table
        # row leaves to compute; a share the prose states is left to the handlers after
        target = None if bar is not None else next(
            (replace(q, qualifier=">=") for q in find_quantities(query.norm)
             if q.unit == "%" and _reached_target(query.norm, q)), None)
        if bar is None and target is None:
            return None
        asked_bar = bar or target
        assert asked_bar is not None  # (one of them, by the test above)
        stated = _requirement(ask, asked_bar)
        if stated is None:
            return None
        hit, span, opening = stated
        doc = reader.documents[hit.chunk.doc_id]
        if target is not None:
            found = rowrate.row_rate(ask, lambda _ask, *found: found)
            return _computed_rate_judged(ask, hit, span, found, target) \
                if found is not None and found[1].doc_id == doc.doc_id else None
        bar = asked_bar
        judged = _share_before(doc.text, opening, span[0])
        if judged is not None:  # the value reached stated beside the bar: computed again from its part and whole
            passed = _meets(judged.value, bar)
            judged.flag = "pass" if passed else "fail"
            n = ask.book.cite(hit, opening, span[1])
            word = ("满足" if passed else "不满足") if "满足" in query.norm else ("达到" if passed else "未达到")
            relation = "≥" if passed else "<"
            return Draft(f"{word}：{judged.formula}[{n}]，{judged.value:.2f}% {relation} {bar.value:g}%"
                         f"（文件的要求：“{_bare(doc.text[span[0]:span[1]])}”）", False, ask.book.citations,
                         [computed_figure(judged, n)], [Claim("%", judged.label, hit, (opening, span[1]), True)])
        # a rate of its own the named row leaves to compute (参加 ÷ 学生总数), not the row's share of the total row
        computed_rate = rowrate.row_rate(ask, lambda _ask, *found: found)
        if computed_rate is not None and computed_rate[1].doc_id == doc.doc_id:
            return _computed_rate_judged(ask, hit, span, computed_rate, bar)
        for table in doc.tables:
            computed = _named_share(table, query.norm)
            if computed is None:
                continue
            passed = _meets(computed.value, bar)
            computed.flag = "pass" if passed else "fail"
            rows = sorted({i["source"]["row_index"] for i in computed.inputs})
            chunk = next((h for h in ask.ranked if h.chunk.doc_id == doc.doc_id), hit)
            marks = "".join(f"[{ask.book.cite(chunk, table.rows[r].start, table.rows[r].end)}]" for r in rows)
            n = ask.book.cite(hit, *span)
            word = ("满足" if passed else "不满足") if "满足" in query.norm else ("达标" if passed else "未达标")
            relation = "≥" if passed else "<"
            return Draft(f"{word}：{computed.formula}{marks}，{computed.value:.1f}% {relation} {bar.value:g}%"
                         f"（文件的要求：“{_bare(doc.text[span[0]:span[1]])}”[{n}]）", False, ask.book.citations,
                         [computed_figure(computed, n)], [Claim("%", computed.label, hit, span, True)])
        reached_share = _share_beside(doc.text, opening, span)
        if reached_share is not None:
            return _judged_beside(ask, hit, span, reached_share, bar)
        of_whole = _share_of_whole(ask, hit, opening, span)
        if of_whole is not None:
            return _judged_of_whole(ask, hit, (opening, span[1]), of_whole, bar)
        row_rate = _named_row_rate(doc.tables, query.norm)
        if row_rate is not None:
            return _row_rate_judged(ask, hit, span, row_rate, bar)
        return reader.abstain(f"文件中未找到实际达到的比例：“{_bare(doc.text[span[0]:span[1]])}”是要求，不是实际值。",
                              [hit] + [h for h in ask.ranked if h is not hit])


# the whole a share's bound is of, named between the bound and its figure (`不少于总指标的30%`)
_TOTAL_WORD = re.compile(r"共|总|合计")
_WHOLE_OF_BOUND = re.compile(r"(?:不低于|不少于|至少|不超过|不高于)(?P<whole>[\u4e00-\u9fff]{2,12}?)的?\s*\d")


def _share_of_whole(ask: Ask, hit: Hit, opening: int, rule: tuple[int, int]) -> tuple[Stated, Stated] | None:
    """The part and the whole of a share whose bar a requirement sets on a count its sentence states
    (`薄弱学校分配指标45个，不少于总指标的30%`): the one count of the clauses before the bound, and the one
    larger count of the same unit the document states elsewhere of the whole the bound names (`指标共120个`).
    None when either is missing or not told apart."""
    text = ask.reader.documents[hit.chunk.doc_id].text
    m = _WHOLE_OF_BOUND.search(normalize(text[rule[0]:rule[1]], drop_space=True))
    amounts = document_amounts(ask.reader, hit.chunk.doc_id)
    parts = [a for a in amounts if opening <= a.quantity.start < rule[0] and a.quantity.unit != "%"]
    if m is None or len(parts) != 1:
        return None
    part = parts[0]
    whole = m.group("whole").removeprefix("总").removeprefix("全部")  # the thing counted (指标), not its total
    # (an item of a `其中` list is a part too; of several counts left, the one stated as a total, `共120个`)
    found = [a for a in named(amounts, whole, (part.quantity.unit,)) if not a.head
             and a.quantity.value > part.quantity.value and not opening <= a.quantity.start < rule[1]]
    wholes = {a.quantity.value: a for a in found}
    if len(wholes) > 1:
        wholes = {a.quantity.value: a for a in found if _TOTAL_WORD.search(a.lead)}
    return (part, next(iter(wholes.values()))) if len(wholes) == 1 else None


def _judged_of_whole(ask: Ask, hit: Hit, rule: tuple[int, int], found: tuple[Stated, Stated],
                     bar: Quantity) -> Draft | None:
    """The part's share of the whole computed and judged against the bar, the requirement and the whole cited."""
    part, whole = found
    text = ask.reader.documents[hit.chunk.doc_id].text
    try:
        computed = share(part.operand(part.words or "部分"), whole.operand(whole.words or "总数"),
                         label=f"{part.words}占{whole.words}比例", decimals=1)
    except ComputeError:
        return None
    passed = _meets(computed.value, bar)
    computed.flag = "pass" if passed else "fail"
    n = ask.book.cite(hit, *rule)
    m = ask.book.cite(whole.hit, *whole.sentence)
    word = "达到" if passed else "未达到"
    relation = "≥" if bar.qualifier in (">=", ">") else "≤"
    relation = relation if passed else {"≥": "<", "≤": ">"}[relation]
    place = region_of(ask.reader.documents[hit.chunk.doc_id])
    return Draft(f"{word}{reached(passed, ask.query.norm)}：{computed.formula}[{n}][{m}]，"
                 f"{computed.value:.1f}% {relation} {bar.value:g}%。依据{place}"
                 f"文件：“{display(text[rule[0]:rule[1]])}”[{n}]；“{display(text[slice(*whole.sentence)])}”[{m}]",
                 False, ask.book.citations, [computed_figure(computed, n)],
                 [Claim("%", computed.label, hit, rule, True)])


def _meets(value: float, bar: Quantity) -> bool:
    """Whether a value reached meets the question's bar: at least a lower bound, at most an upper one."""
    return value >= bar.value if bar.qualifier in (">=", ">") else value <= bar.value


def _share_beside(text: str, opening: int, rule: tuple[int, int]) -> tuple[tuple[int, int], Quantity] | None:
    """The share reached that the requirement's own sentence (opening at `opening`) states before measuring it
    against the bar (a budget notice's `…列支N万元占…总额M万元的5.3%，符合不低于5%的规定`): a percentage in an
    earlier clause that a 占 or 比例 measures and no bound qualifies. None when the sentence states only the bar."""
    for a, b in reversed(_clauses(text, opening, rule[0])):
        clause = text[a:b]
        shares = [q for q in find_quantities(clause)
                  if q.unit == "%" and not q.qualifier and _MEASURES_SHARE.search(clause[:q.start])]
        if shares and not states_rule(clause, shares[-1].value, "%"):
            return (a, b), shares[-1]
    return None


def _judged_words(passed: bool, bar: Quantity, question: str) -> tuple[str, str]:
    """The verdict in the question's word (满足, else 达标) with 达到/未达到 beside it, and the relation of the value
    reached to the bar (≥/< of a floor, ≤/> of a cap)."""
    word = ("满足" if passed else "不满足") if "满足" in question else ("达标" if passed else "未达标")
    relation = ("≤" if passed else ">") if bar.qualifier in ("<=", "<") else ("≥" if passed else "<")
    return word + reached(passed, question), relation


def _judged_beside(ask: Ask, hit: Hit, rule: tuple[int, int], stated: tuple[tuple[int, int], Quantity],
                   bar: Quantity) -> Draft:
    """达标/未达标 of the share the sentence states against the question's bar, both quoted."""
    (a, b), q = stated
    text = ask.reader.documents[hit.chunk.doc_id].text
    passed = _meets(q.value, bar)
    word, relation = _judged_words(passed, bar, ask.query.norm)
    n = ask.book.cite(hit, min(a, rule[0]), max(b, rule[1]))
    place = region_of(ask.reader.documents[hit.chunk.doc_id])
    return Draft(f"{word}：实际为{shown(q)}，{shown(q)} {relation} {bar.value:g}%。依据{place}文件："
                 f"“{_bare(text[a:b])}”，文件的要求：“{_bare(text[rule[0]:rule[1]])}”[{n}]", False,
                 ask.book.citations, [quantity_figure(text[a:b], q, n)], [Claim("%", text[a:b], hit, (a, b))])


_TARGET_RESTATED = re.compile(r"\d\s*%\s*的?目标")


def _requirement(ask: Ask, bar: Quantity) -> tuple[Hit, tuple[int, int], int] | None:
    """The leading passage's clause that sets the question's bar as a requirement, with its span and where
    its sentence opens. A table row's bar is not one: the row states its value beside it (`指标 | ≥50% | 52.6%`),
    which the row handlers judge."""
    for hit in ask.ranked[:CANDIDATES]:
        if hit.chunk.table_id:
            continue
        text = ask.reader.documents[hit.chunk.doc_id].text
        for start, end in split_sentences(text, hit.chunk.start, hit.chunk.end):
            for a, b in _clauses(text, start, end):
                # (a target's date may open the sentence in a clause of its own, `到某年底，X率达到90%以上`: the
                # clause is then read with it when the question restates the bar as the target, `…的目标`)
                if states_rule(text[a:b], bar.value, bar.unit) \
                        or _TARGET_RESTATED.search(ask.query.norm) and PLANNED.search(text[start:a]) \
                        and states_rule(text[start:b], bar.value, bar.unit) \
                        and any(q.value == bar.value and q.unit == bar.unit for q in find_quantities(text[a:b])):
                    return hit, (a, b), start
    return None


def _share_before(text: str, start: int, end: int) -> Computation | None:
    """The share a sentence states before the requirement it then says is met (`安排的86万元占公用经费
    1720万元的5.00%，达到不低于5%的要求`): budgets and reports put the value reached and the bar in one
    sentence. Computed again from the part and the whole 占 stands between, with the formula; None unless
    the clauses before hold exactly one such share."""
    amounts = [q for q in find_quantities(text[start:end]) if not q.qualifier]
    found = []
    for part, whole, pct in zip(amounts, amounts[1:], amounts[2:]):
        between = text[start + part.end:start + whole.start]
        if pct.unit == "%" and part.unit == whole.unit != "%" and "占" in between \
                and text[start + whole.end:start + pct.start] in ("的", ""):
            found.append((part, whole, pct))
    if len(found) != 1:
        return None
    part, whole, pct = found[0]
    named = _CLAUSE.split(text[start:start + part.start])[-1].strip() or "部分"
    label = text[start + part.end:start + whole.start].split("占")[-1].strip() or "总额"
    try:
        computed = share(_operand(part, text, start, named), _operand(whole, text, start, label),
                         label=f"{named}{part.text}占{label}比例", decimals=2)
    except ComputeError:
        return None
    return computed if abs(computed.value - pct.value) <= 0.01 else None


def _operand(q: Quantity, text: str, start: int, label: str) -> Operand:
    """A quantity found in text[start:…] as an input citing its span of the document text."""
    return Operand(label=label, value=q.value, unit=q.unit, unit_as_written=q.unit_as_written, decimals=q.decimals,
                   source={"kind": "passage", "start": start + q.start, "end": start + q.end,
                           "text": text[start + q.start:start + q.end]})


def _bare(clause: str) -> str:
    """The clause as quoted inside a sentence: without its closing pause or a leading `其中`."""
    return display(clause).strip("，,；;。").removeprefix("其中")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start, *(m.end() for m in _CLAUSE.finditer(text, start, end)), end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _named_share(table: Table, question: str) -> Computation | None:
    """The share of the row the question names (its label written in it) in the table's total row, in the
    column the question names (`人数` → 培训人数（人）) or else the first of counted people."""
    cells = [c for c in cells_of(table) if c.value is not None and c.unit == "人"]
    asked = key(question)
    named = [c for c in cells if not c.is_total and len(key(c.own_label)) >= 2 and key(c.own_label) in asked]
    totals = {c.column: c for c in cells if c.is_total}
    for c in sorted(named, key=lambda c: -_column_named(c.column, asked)):
        whole = totals.get(c.column)
        if whole is None:
            continue
        part_op = cell_operand(c.cell, table, c.row, key(c.own_label))
        whole_op = cell_operand(whole.cell, table, whole.row, key(whole.label))
        if part_op is None or whole_op is None:
            continue
        try:
            return share(part_op, whole_op, label=f"{key(c.own_label)}占{key(whole.label)}比例", decimals=1)
        except ComputeError:
            continue
    return None


def _named_row_rate(tables: list[Table], question: str) -> tuple[Table, TableCell] | None:
    """The percentage a table states for the row the question names (a stage's or a school's row: `高中` of
    `高中…X率够不够N%`) in the one column the question names most: reports set the bar for every stage
    in prose and the stages' values in a table. None unless exactly one cell is so named."""
    asked = key(question)
    found = []
    for table in tables:
        cells = [c for c in cells_of(table) if c.value is not None and c.unit == "%" and not c.is_total
                 and len(key(c.own_label)) >= 2 and key(c.own_label) in asked]
        best = max((_column_named(c.column, asked) for c in cells), default=0)
        found += [(table, c) for c in cells if best and _column_named(c.column, asked) == best]
    return found[0] if len(found) == 1 else None


def _row_rate_judged(ask: Ask, hit: Hit, rule: tuple[int, int], found: tuple[Table, TableCell],
                     bar: Quantity) -> Draft:
    """达标/未达标 of the named row's percentage against the question's bar, the row and the rule cited."""
    table, c = found
    assert c.value is not None  # a rate cell holds a number
    text = ask.reader.documents[hit.chunk.doc_id].text
    passed = _meets(c.value, bar)
    word, relation = _judged_words(passed, bar, ask.query.norm)
    chunk = next((h for h in ask.ranked if h.chunk.doc_id == table.doc_id and h.chunk.row_index == c.row.index),
                 hit)
    m = ask.book.cite(chunk, c.row.start, c.row.end)
    n = ask.book.cite(hit, *rule)
    label, column = display(c.own_label), display(c.column)
    figure = Figure(label=f"{label} {column}", value=c.value, unit="%", citation_ids=[m])
    shown = f"{display(c.cell.text).strip().rstrip('%')}%"  # as the table writes it (89.0)
    return Draft(f"{word}：{label}{column}为{shown}[{m}]，{shown} {relation} {bar.value:g}%"
                 f"（文件的要求：“{_bare(text[rule[0]:rule[1]])}”[{n}]）", False, ask.book.citations, [figure],
                 [Claim("%", f"{label} {column}", chunk, (c.row.start, c.row.end))])


# a percentage asked as a target to reach (`达到…90%的目标了吗`): a floor, as `不低于` would write it
_REACH_BEFORE = re.compile(r"(?:达到|达成|实现|达)[^\d，,。？?]{0,6}$")
_TARGET_AFTER = re.compile(r"^(?:的)?(?:目标|要求|标准)")


def _reached_target(question: str, q: Quantity) -> bool:
    return bool(_REACH_BEFORE.search(question[:q.start]) and _TARGET_AFTER.match(question[q.end:]))


def _computed_rate_judged(ask: Ask, hit: Hit, rule: tuple[int, int],
                          found: tuple[Hit, Table, Row, Computation], bar: Quantity) -> Draft:
    """达标/未达标 of the rate the named row leaves to compute (part ÷ whole of its cells) against the
    question's bar, the row and the rule cited."""
    chunk, table, row, computed = found
    text = ask.reader.documents[hit.chunk.doc_id].text
    passed = _meets(computed.value, bar)
    computed.flag = "pass" if passed else "fail"
    word, relation = _judged_words(passed, bar, ask.query.norm)
    m = ask.book.cite(chunk, row.start, row.end)
    n = ask.book.cite(hit, *rule)
    return Draft(f"{word}：{computed.label}：{computed.formula}[{m}]，{computed.value:.1f}% {relation} "
                 f"{bar.value:g}%（文件的要求：“{_bare(text[rule[0]:rule[1]])}”[{n}]）", False, ask.book.citations,
                 [computed_figure(computed, m)], [Claim("%", computed.label, chunk, (row.start, row.end), True)])


def _column_named(column: str, asked: str) -> int:
    """How much of the column's header the question writes (`培训人数（人）` and `…的人数`: 人数)."""
    words = re.findall(r"[\u4e00-\u9fff]{2}", key(column))
    return sum(w in asked for w in words)


ROW_CANDIDATES = 8  # leading passages searched for the table row of the school or place a question names
STAGE_ROW = "普通高中"  # a row labelled no longer than a stage's name (`初中`, `普通小学`) may be named by its stage
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,6}?[省市县区](?=[\u4e00-\u9fff]{3})")


class NamedRowJudged:
    """A standard asked of one school or place (`城南小学运动场馆够标准吗`) that a table's row states, whether or
    not the best passage is that row (a plan to reach the standard, no value, may rank first): the row the
    question names by its label, the column whose header shares most words with the question, judged against
    the national standard. A tie of columns, or no column with a standard, leaves the question to the other
    strategies."""

    def try_answer(self, ask: Ask) -> Draft | None:
        if not ask.query.asked.compliance or len(ask.query.asks) > 1:
            return None  # no standard asked, or several things (达标学校数, 达标比例), each its own figure
        for hit in [ask.evidence.hit, *ask.ranked[:ROW_CANDIDATES]]:
            if hit.chunk.row_index is None:
                continue
            draft = _row_judged(ask, hit)
            if draft is not None:
                return draft
        return None


def _row_judged(ask: Ask, hit: Hit) -> Draft | None:
    query = ask.query
    doc = ask.reader.documents[hit.chunk.doc_id]
    table = table_of(doc, hit.chunk)
    if table is None:
        return None
    row = table.rows[hit.chunk.row_index]  # type: ignore[index]  # a row's chunk
    label = normalize(row_label(table, row), drop_space=True)
    asked = normalize(query.norm, drop_space=True)
    # the row's name as the question writes it: without the places the question names, or without the
    # county or district a school's full name opens with (`某县城南小学` asked as `城南小学`)
    names = {bare_noun(label, query), _PLACE_PREFIX.sub("", label)}
    # … or a stage's row (`初中`) of a table of stages, the stage the question names
    stage_row = len(label) <= len(STAGE_ROW) and match_stage(label) != "" and match_stage(label) == match_stage(asked)
    if not stage_row and not any(len(name) >= 3 and name in asked for name in names):
        return None  # not the row the question names
    if (size := row_class_size(ask, hit, table, row, label)) is not None:
        return size  # a 班额 asked of a row of pupils and classes: their quotient
    if (per := row_per_pupil(ask, hit, table, row, label)) is not None:
        return per  # a 生均 resource asked of a row of its total and its pupils: their quotient
    scored = []
    for cell in row.cells:
        header = BRACKETED_NOTE.sub("", normalize(cell.column, drop_space=True))
        q = parse_number(cell.text + normalize(cell.unit))
        if q is None or cell.column == label_column(table):
            continue
        scored.append((overlap(header, query.norm), header, cell, q))
    scored.sort(key=lambda s: -s[0])
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return _worded_judged(ask, hit, row)
    _, header, cell, q = scored[0]
    judged = compliance(query, q.value, q.unit, f"{label}{header}")
    if judged is None or judged.flag not in ("pass", "fail"):
        return None
    n = ask.book.cite(hit, row.start, row.end)
    caption = normalize(table.caption or table.section)
    answer = (f"{verdict_text(judged, query.norm)}：{label}{header}{cell.text}{normalize(cell.unit)}[{n}]。"
              f"{judged.note or judged.formula}。依据{region_of(doc)}《{caption}》“{label}”：{header}{cell.text}[{n}]")
    figure = Figure(label=f"{label}{header}", value=q.value, unit=normalize(q.unit_as_written or q.unit),
                    citation_ids=[n])
    return Draft(answer, False, ask.book.citations, [figure, computed_figure(judged, n)],
                 [Claim(q.unit, header, hit, (row.start, row.end))])


# a worded cell's demand to reach a share (an inspection's 整改事项: `…率N%，须于某月底前达到M%`)
_MUST_REACH = re.compile(r"(?:须|必须|应|要求)[^，,；;。%]{0,16}达到$")


def _worded_judged(ask: Ask, hit: Hit, row: Row) -> Draft | None:
    """The standard asked of a named row whose worded cell states the share reached and, after it, the share it
    must reach (`某率85%，须于…前达到95%`): the one judged against the other, when the words before the share
    reached name what the question asks (某 of 某率). None otherwise."""
    text = ask.reader.documents[hit.chunk.doc_id].text
    for cell in row.cells:
        at = text.find(cell.text, row.start, row.end)
        shares = [q for q in find_quantities(cell.text) if q.unit == "%"]
        if at < 0 or parse_number(cell.text) is not None or len(shares) != 2:
            continue
        value, bar = shares
        if value.qualifier or overlap(cell.text[:value.start], ask.query.norm) < 2 \
                or not _MUST_REACH.search(cell.text[value.end:bar.start]):
            continue
        span = (at, at + len(cell.text))
        return judged(ask, (hit, span, replace(value, start=at + value.start, end=at + value.end)),
                      (hit, span, replace(bar, qualifier=">=", start=at + bar.start, end=at + bar.end)))
    return None


# characters of an indicator row's label a question must write (`仪器设备`) when it names it otherwise
INDICATOR_NAMED = 4
_YEAR_IN = re.compile(r"(?:19|20)\d\d")
# words many indicators' names share (their stage, 生均, 每百名学生拥有): never what tells one from another
_SHARED_WORDS = re.compile(r"每百名学生拥有|每百名学生|生均|普通|义务教育|小学|初中|中学|高中")


def core_name(name: str) -> str:
    """An indicator's name without the words many indicators share (their stage, 生均)."""
    return _SHARED_WORDS.sub("", name)


class IndicatorRowJudged:
    """Handler: a standard asked of an indicator that a table states by row, its columns the years' values
    (`指标 | 2020年基数 | 2023年实际 | 2025年目标`): the cell of the column of the value reached (实际, 完成) in
    the indicator's own row, judged against the national standard — never the target column nor a neighbour
    row. Mid-term reviews and plan reports set their indicators so. A prose sentence of the document stating the
    same value for the indicator is cited beside the row."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if not query.asked.compliance or query.asked.threshold or case_figures(query.norm):
            return None  # no standard asked, or asked of the question's own case (server/answer/casejudged.py)
        if len(query.asks) > 1:
            return None  # several things asked (达标学校数, 达标比例): each its own figure, no one judgement
        asked = normalize(query.norm, drop_space=True)
        seen: set[str] = set()
        for hit in ask.ranked[:ROW_CANDIDATES]:
            doc = ask.reader.documents[hit.chunk.doc_id]
            if doc.doc_id in seen:
                continue
            seen.add(doc.doc_id)
            for table in doc.tables:
                found = _indicator_cell(table, asked, query.years)
                if found is not None:
                    return _cell_judged(ask, hit, table, *found)
        return None


def _indicator_cell(table: Table, asked: str, years: list[str]) -> tuple[TableCell, Indicator] | None:
    """The reached value's cell of the one row whose label names an indicator with a standard that the
    question names too (by a synonym, or by a run of the label's characters)."""
    found = []
    for row in table.rows:
        label = normalize(row_label(table, row), drop_space=True)
        indicator = match_indicator(label)
        if indicator is None or not rules_for(indicator.key):
            continue
        named = match_indicator(asked)
        if not (named is not None and named.key == indicator.key or
                overlap(core_name(BRACKETED_NOTE.sub("", label)), core_name(asked)) >= INDICATOR_NAMED):
            continue
        stage = match_stage(label)
        if stage and match_stage(asked) not in ("", stage):
            continue
        reached = [c for c in cells_of(table) if c.row is row and c.value is not None and
                   ACHIEVED_COLUMN.search(c.column)]
        if years:  # the year asked, never another year's value
            reached = [c for c in reached if any(y in c.column for y in years)]
        if reached:  # the latest year's when several (2022年实际, 2023年实际)
            found.append((max(reached, key=lambda c: _YEAR_IN.findall(c.column) or [""]), indicator))
    return found[0] if len(found) == 1 else None


def _cell_judged(ask: Ask, hit: Hit, table: Table, c: TableCell, indicator: Indicator) -> Draft | None:
    query = ask.query
    label = normalize(c.label, drop_space=True)
    note = _UNIT_NOTE.search(label)  # a row stating its unit in its label: `初中生均教学仪器设备值（元）`
    stated = parse_number(f"1{note.group(1)}") if note and not c.unit else None
    unit = stated.unit if stated is not None else c.unit
    assert c.value is not None  # a reached cell holds a number
    judged = compliance(query, c.value, unit, label)
    if judged is None or judged.flag not in ("pass", "fail"):
        return None
    doc = ask.reader.documents[table.doc_id]
    row_hit = next((h for h in ask.ranked if h.chunk.doc_id == doc.doc_id and h.chunk.row_index == c.row.index),
                   hit)
    n = ask.book.cite(row_hit, c.row.start, c.row.end)
    column = normalize(c.column)
    caption = normalize(table.caption or table.section)
    cell = f"{column}{c.cell.text}[{n}]"
    answer = (f"{verdict_text(judged, query.norm)}：{label}（{column}）{c.cell.text}[{n}]。"
              f"{judged.note or judged.formula}。依据{region_of(doc)}《{caption}》“{label}”：{cell}")
    prose = _prose_stating(doc.text, indicator, c.cell.text)
    if prose is not None:
        answer += f"；正文：“{display(doc.text[prose[0]:prose[1]]).strip('，,；;。')}”[{ask.book.cite(hit, *prose)}]"
    figure = Figure(label=f"{label}{column}", value=c.value, unit=unit, citation_ids=[n])
    return Draft(answer, False, ask.book.citations, [figure, computed_figure(judged, n)],
                 [Claim(unit, f"{label} {column}", row_hit, (c.row.start, c.row.end))])


_UNIT_NOTE = re.compile(r"[(（]([^()（）]{1,6})[)）]$")


def _prose_stating(text: str, indicator: Indicator, number: str) -> tuple[int, int] | None:
    """The span of the clause of the document's prose that states `number` for the indicator, or None."""
    for start, end in split_sentences(text, 0, len(text)):
        sentence = text[start:end]
        if "|" in sentence or number not in sentence:
            continue
        for a, b in _clauses(text, start, end):
            clause = text[a:b]
            at = clause.find(number)
            named = match_indicator(normalize(clause[:at], drop_space=True)) if at >= 0 else None
            if named is not None and named.key == indicator.key and not states_rule(clause, float(number), ""):
                return a, b
    return None
