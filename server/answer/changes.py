"""A change the question asks about (增加了多少, 提高了几个百分点, 增长了百分之多少, 是原来的几倍,
原来是多少), computed from a change a passage states (figures.changes) whose subject is what the
question names.

Every change stated in the leading passages is a candidate, not only the best sentence's: a
report states dozens in a row (`高铁里程由…增至…，高速公路由…增至…`), and the one the question
means is the one whose own words cover its key terms. Two candidates that fit equally well but
give different figures make the answer ambiguous: then it abstains with both passages rather than
pick one.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from figures.changes import StatedChange, find_changes
from figures.compute import Computation, ComputeError, Operand, cagr, change, display_unit, growth, multiple
from figures.direction import ASKS_FALL
from figures.numbers import (
    Quantity,
    amount_text,
    chinese_to_number,
    display_scale,
    is_unit,
    published_scale,
)
from figures.periods import growth_years
from figures.years import years_named
from ingest.metadata import own_year, reported_year
from ingest.normalize import normalize, pauses
from ingest.structure import split_sentences
from server.answer.askedframe import ASKS_AIM, BY_YEAR
from server.answer.base import Ask
from server.answer.draft import CitationBook, Claim, Draft
from server.answer.evidence import Reader, has_term
from server.answer.operands import Stated, document_amounts, draft_apart, named, several_values
from server.answer.text import computed_figure, display, flat, region_of
from server.calc import in_written_counter, shortfall
from server.operation import PERIOD_BEFORE, asked_subject, asks_period_before
from server.query import Query
from server.retrieve import Hit
from server.timespans import RELATIVE_YEARS, relative_years, spans, years_before

OPERATIONS = ("change", "growth", "cagr", "multiple", "start")
CANDIDATE_PASSAGES = 8  # leading passages whose stated changes are candidates
SUBJECT_COVER_MIN = 0.7  # key-term coverage a change's own words need to be the one asked about …
SUBJECT_LIKE_MIN = 0.6  # … or their likeness to the question's words (bigram Dice)
TIE = 0.05  # candidates this close in coverage are equally good readings of the question
# question words about the time frame or the operation, not about what changed
_NOT_SUBJECT = re.compile(r"十[一二三四五六七八九]五|原来|原先|起初|最初|现在|目前|如今|期初|初期|之初|开始|"
                          r"倍|番|增幅|涨幅|增速|年均|平均|数量|总数|规模|水平|期末|末期|推算|按照|报告")
_PART = re.compile(r"^\s*(?:其中|内含)")  # `…，其中新能源汽车由…`: a part named after its whole
# words around an indicator's name in a report's sentence that name no indicator
_FILLER = re.compile(r"其中|全省|全市|全区|全县|全国(?=[^重])|全疆|推动|推进|实现|完成|预计|累计|达到|达|分别|[\d.]+")


@dataclass
class Candidate:
    fit: float  # likeness of the change's own words to what the question asks the change of
    cover: float  # key-term coverage of its own words
    hit: Hit
    stated: StatedChange
    result: Computation


class StatedChanges:
    """Handler: the change asked about, from the stated change whose subject the question names."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.operation not in OPERATIONS or ask.evidence.hit.chunk.row_index is not None:
            return None  # a table row answers from its year columns (server/answer/lookup.py)
        terms = [t for t in query.terms if not _NOT_SUBJECT.search(t) and not is_unit(t)]
        if not terms:
            return None
        asked = flat(normalize(asked_subject(query.search_text)))
        candidates = [c for c in _candidates(ask.reader, replace(query, terms=terms), asked,
                                             ask.ranked[:CANDIDATE_PASSAGES])
                      if c.cover >= SUBJECT_COVER_MIN or c.fit >= SUBJECT_LIKE_MIN]
        if query.operation == "cagr" and len(query.asks) == 1:
            if _states_yearly_rate(ask.reader, replace(query, terms=terms), ask.ranked[:CANDIDATE_PASSAGES]):
                return None  # the report states the yearly rate: a lookup quotes it
            if not candidates:  # no rate and no start and end to compute it from: never a raw change
                return ask.reader.abstain(f"文件中未找到{asked or '所问指标'}的年均增长率，"
                                          "也没有可用来推算的起止数值和年份。", ask.ranked)
        if len(query.asks) > 1:  # several asks: server/answer/several.py, one by one
            return None
        candidates = [c for c in candidates if _year_fits(ask.reader, query, c)]
        if not candidates:
            return _start_or_refuse(ask, asked) if query.operation == "start" else None
        return _best_or_ambiguous(ask, candidates)


def _best_or_ambiguous(ask: Ask, candidates: list[Candidate]) -> Draft:
    """The candidate fitting the question best; an abstention citing both when another fits as well
    with a different figure."""
    best = max(candidates, key=lambda c: (round(c.fit, 2), round(c.cover, 2), -ask.ranked.index(c.hit)))
    rivals = [c for c in candidates if c.fit >= best.fit - TIE and c.cover >= best.cover - TIE
              and c.stated is not best.stated and not math.isclose(c.result.value, best.result.value, rel_tol=1e-6)]
    if rivals:
        return _ambiguous(ask.reader, [best, *rivals])
    return _draft(ask.reader, ask.book, best)


def _candidates(reader: Reader, query: Query, asked: str, hits: list[Hit]) -> list[Candidate]:
    out, seen = [], set()
    for hit in hits:
        if hit.chunk.row_index is not None:
            continue
        text = reader.documents[hit.chunk.doc_id].text
        stated = find_changes(text, hit.chunk.start, hit.chunk.end)
        for i, st in enumerate(stated):
            key = (hit.chunk.doc_id, st.start, st.end, st.old.start if st.old else -1)
            if key in seen:
                continue
            seen.add(key)
            years = growth_years(text[st.start:st.end]) or growth_years(query.norm) \
                if query.operation == "cagr" else None
            result = asked_result(query, st, years)
            if result is None:
                continue
            words = st.subject
            if _PART.match(words) and i > 0:  # a part of the change before it: its whole's words too
                words = stated[i - 1].subject + words
            own = flat(normalize(_FILLER.sub("", words)))
            # the words the document supplies (its issuer's name for the department's, its title's 预算) stand in,
            # only beside every other word asked (the department's 项目支出 is not its 基本支出)
            given = _supplied_words(reader, query, hit.chunk.doc_id)
            cover = 1.0 if given and not reader.coverage(query, own, given=given)[1] else reader.coverage(query, own)[0]
            out.append(Candidate(_likeness(asked, own), cover, hit, st, result))
    return out


def _supplied_words(reader: Reader, query: Query, doc_id: str) -> set[str]:
    """The question's words its document supplies to every passage (reader.supplied: its issuer, 教育局 of
    `…县教育局`, and its title, 预算 of `…部门预算说明`): a department's budget or accounts state its own
    figures without naming the department or the budget again."""
    supplied = reader.supplied(doc_id)
    return {t for t in query.terms if supplied and has_term(t, supplied)}


def asked_result(query: Query, st: StatedChange, years: int | None = None) -> Computation | None:
    """The figure the question's operation asks for, from one stated change (None when the
    statement does not give it, or gives it verbatim: then a lookup quotes it). A yearly rate
    (cagr) needs the `years` the change took: those the statement names, else the question's period."""
    label = normalize(re.sub(r"^\s*(?:其中|全省|全市|全区|全县|全疆)", "", st.subject)).strip() or "该指标"
    op = query.operation
    try:
        if st.old is not None and st.new is not None:
            old, new = _operand(st.old, label), _operand(st.new, label)
            if op == "change":
                if st.falls and ASKS_FALL.search(query.norm):  # `降了多少` of a value that fell: the fall's size
                    return shortfall(old, new, label=f"{label} 下降")
                return change(old, new, label=f"{label} 变化")
            if op == "growth":
                result = growth(old, new, label=f"{label} 增长率")
                result.note = change(old, new).formula.split("（")[0]
                return result
            if op == "cagr":
                if years is None:
                    return None
                result = cagr(old, new, years, label=f"{label} 年均增长率（按起止数值推算，文件未直接给出）")
                result.note = f"{years}年间从{st.old.text}到{st.new.text}，按复合增长计算"
                return result
            if op == "multiple":
                return multiple(new, old, label=f"{label} 倍数", doublings="番" in query.norm)
            if op == "start":
                return Computation(label=f"{label} 起始值", value=st.old.value / old.scale, unit=display_unit(old),
                                   formula=f"起始值 {st.old.text}（文件写“从{st.old.text}…到{st.new.text}”）",
                                   inputs=[old.to_input()])
            return None
        if st.new is not None and op in ("start", "growth", "change"):
            return _before(op, label, st)
    except ComputeError:
        return None
    return None


def _before(op: str, label: str, st: StatedChange) -> Computation | None:
    """The value before a change stated with its result: B − D (or B + D for a fall), B ÷ (1 + P%);
    for growth, D ÷ (B − D); for the change, B − B ÷ (1 + P%) (a stated D is quoted by a lookup)."""
    assert st.new is not None
    new = _operand(st.new, label)
    if st.delta is not None and op != "change":
        delta = _operand(st.delta, label)
        if delta.unit == "百分点" and new.unit == "%":
            delta = Operand(label=delta.label, value=delta.value, unit="%", decimals=delta.decimals,
                            source=delta.source)
        if delta.unit != new.unit:
            return None
        scale = new.scale
        value = (new.value + (delta.value if st.falls else -delta.value)) / scale
        decimals = max(new.decimals, delta.decimals)
        unit = display_unit(new)
        op_sign = "+" if st.falls else "−"
        shown = f"{value:.{decimals}f}{unit}"
        start = in_written_counter(Computation(label=f"{label} 变化前", value=value, unit=unit,
                                               formula=f"{st.new.text} {op_sign} {st.delta.text} = {shown}",
                                               inputs=[new.to_input(), delta.to_input()]), new, delta)
        if op == "start":
            return start
        if unit == "%":
            return None  # a rate's change is stated in points; its growth in % is not what is asked
        return growth(Operand(label=f"{label} 变化前", value=value * scale, unit=new.unit,
                              unit_as_written=new.unit_as_written, decimals=decimals), new,
                      label=f"{label} 增长率")
    if st.rate is not None and op in ("start", "change"):
        rate = _operand(st.rate, "增长率")
        if rate.unit != "%":
            return None
        factor = 1 + (-rate.value if st.falls else rate.value) / 100
        before = new.value / factor  # base unit; shown in the scale the amount reads in (10.58亿元)
        sign = "−" if st.falls else "+"
        written = published_scale(st.new.text, st.new.unit_as_written)
        if op == "change":  # the amount of the change: B − B ÷ (1 + P%), or B ÷ (1 − P%) − B for a fall
            amount = abs(new.value - before)
            formula = (f"{st.new.text} ÷ (1 − {st.rate.text}) − {st.new.text}" if st.falls else
                       f"{st.new.text} − {st.new.text} ÷ (1 + {st.rate.text})")
            prefix, shown_in = display_scale(amount, new.unit, written)
            return Computation(label=f"{label} {'减少' if st.falls else '增加'}量（按增长率推算）",
                               value=amount / shown_in, unit=prefix + new.unit,
                               formula=f"{formula} = {amount_text(amount, new.unit, written, st.new.decimals)}",
                               inputs=[new.to_input(), rate.to_input()])
        prefix, shown_in = display_scale(before, new.unit, written)
        return Computation(label=f"{label} 变化前（按增长率推算）", value=before / shown_in, unit=prefix + new.unit,
                           formula=f"{st.new.text} ÷ (1 {sign} {st.rate.text}) = "
                                   f"{amount_text(before, new.unit, written, st.new.decimals)}",
                           inputs=[new.to_input(), rate.to_input()])
    return None


# a yearly rate a report states: `一般公共预算收入年均增长7.8%`, `年均增速5.7%`
_YEARLY_RATE = re.compile(r"(?:年均|平均每年|每年平均)(?:分别)?(?:增长|增速|增幅|提高|提升|递增)(?:了|为|达到?)?\s*"
                          r"(?:超过|超|近|约)?\d+(?:\.\d+)?\s*[%％]")


def _states_yearly_rate(reader: Reader, query: Query, hits: list[Hit]) -> bool:
    """Whether a leading passage states the yearly rate of what the question names: a stated
    rate whose clause carries the question's key terms."""
    for hit in hits:
        if hit.chunk.row_index is not None:
            continue
        text = reader.documents[hit.chunk.doc_id].text[hit.chunk.start:hit.chunk.end]
        for m in _YEARLY_RATE.finditer(text):
            clause = re.split(pauses("，；;。：:"), text[max(0, m.start() - MAX_RATE_SUBJECT):m.start()])[-1]
            if reader.coverage(query, flat(normalize(clause)))[0] >= SUBJECT_COVER_MIN:
                return True
    return False


MAX_RATE_SUBJECT = 40  # words before a stated yearly rate that may name its indicator


def _likeness(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two phrases (0 … 1)."""
    x, y = {a[i:i + 2] for i in range(len(a) - 1)}, {b[i:i + 2] for i in range(len(b) - 1)}
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def _operand(q: Quantity, label: str) -> Operand:
    return Operand(label=f"{label} {q.text}".strip(), value=q.value, unit=q.unit, unit_as_written=q.unit_as_written,
                   decimals=q.decimals, qualifier=q.qualifier,
                   source={"kind": "passage", "start": q.start, "end": q.end, "text": q.text})


def _sentence(reader: Reader, c: Candidate) -> tuple[int, int]:
    """The sentence(s) of the passage that hold the statement."""
    doc = reader.documents[c.hit.chunk.doc_id]
    spans = split_sentences(doc.text, c.hit.chunk.start, c.hit.chunk.end) or [(c.hit.chunk.start, c.hit.chunk.end)]
    inside = [(s, e) for s, e in spans if s < c.stated.end and c.stated.start < e]
    return (inside[0][0], inside[-1][1]) if inside else (c.stated.start, c.stated.end)


def _draft(reader: Reader, book: CitationBook, c: Candidate) -> Draft:
    doc = reader.documents[c.hit.chunk.doc_id]
    span = _sentence(reader, c)
    n = book.cite(c.hit, *span)
    result = c.result
    note = f"（{result.note}）" if result.note else ""
    answer = (f"{result.label}：{result.formula}{note}[{n}]。"
              f"依据{region_of(doc)}文件：“{display(doc.text[span[0]:span[1]])}”[{n}]")
    return Draft(answer, False, book.citations, [computed_figure(result, n)],
                 [Claim(result.unit, result.label, c.hit, span, True)])


def _ambiguous(reader: Reader, candidates: list[Candidate]) -> Draft:
    """Two changes fit the question equally well: say so and cite both, computing neither."""
    book = CitationBook(reader.documents)
    cited = []
    for c in candidates[:3]:
        cited.append(book.cite(c.hit, *_sentence(reader, c)))
    names = "、".join(dict.fromkeys(f"“{normalize(c.stated.subject).strip()}”" for c in candidates[:3]))
    return Draft(f"文件中未找到唯一对应的数据：{names}都可能是所问的指标，无法确定按哪一项计算。"
                 f"以下段落相关但不能回答该问题：{''.join(f'[{n}]' for n in dict.fromkeys(cited))}",
                 True, book.citations)


_YEAR_BEFORE_BASE = re.compile(r"上年|去年|上一年|前一年|同比")
_YEAR = re.compile(r"(20\d\d)\s*年")


class YearBefore:
    """Handler: the value of a year no passage states, from the next year's value stated with its
    change on the year before (`2025年粮食总产量86.4万吨，比上年增加2.4万吨` asked for 2024: 86.4 −
    2.4). It comes before the year gate, which would refuse the missing year: the computation
    supplies it. The stated value's year is the one its sentence names, else its section heading's,
    else the year before the document's (a report reviews the year before it is written)."""

    def try_answer(self, ask: Ask) -> Draft | None:
        query, reader = ask.query, ask.reader
        if not query.asks_number or query.operation not in ("", "previous", "start") or len(query.asks) > 1:
            return None
        # `比上年增长8%，上年是多少`: the year before the stated value's, named or not by the question
        previous = query.operation == "previous"
        if previous and not query.years and (found := previous_apart(ask)) is not None:
            return found
        evidence = ask.evidence.hit
        if (evidence.chunk.row_index is not None and (previous or reader.year_ok(query, evidence))) or (
                not previous and reader.year_ok(query, evidence) and not _year_only_as_base(ask)
                and not _year_only_as_aim(ask)):
            return None  # the year asked is stated: a lookup answers (a table row: its own year's columns)
        terms = [t for t in query.terms if not _NOT_SUBJECT.search(t) and not is_unit(t) and not _YEAR.search(t)
                 and not t.isdigit() and not _YEAR_BEFORE_BASE.search(t) and t != "同期"]
        if not terms:
            return None
        asked = flat(normalize(asked_subject(_before_change(query.search_text) if previous else query.search_text)))
        start_query = replace(query, terms=terms, asked=replace(query.asked, operation="start"))
        # the years the question writes: its 上年/去年 is the year before the stated value's, not the
        # year before the question's or the document's date
        written = list(dict.fromkeys(_YEAR.findall(query.norm)))
        # the evidence passage too, when the year asked ranks rows of that year's column above it
        hits = ask.ranked[:CANDIDATE_PASSAGES]
        if all(h.chunk.chunk_id != evidence.chunk.chunk_id for h in hits):
            hits = [*hits, evidence]
        candidates = []
        for c in _candidates(reader, start_query, asked, hits):
            named = _YEAR.search(c.stated.base)  # `较2022年增长2.3%`: the base is that year
            implied = _rise_of_its_year(reader, c)
            if (c.stated.delta is None and c.stated.rate is None) or not (
                    _YEAR_BEFORE_BASE.search(c.stated.base) or named or implied):
                continue
            stated = implied + 1 if implied else _stated_year(reader, c)
            if named and stated is not None and int(named.group(1)) != stated - 1:
                continue  # a change over several years (较2020年), not on the year before
            before = int(named.group(1)) if named else stated - 1 if stated else None
            wanted = written if previous else reader.asked_years(query, c.hit.chunk.doc_id)
            if previous and not wanted:
                base = f"{before}年" if before else "上一年"
            elif len(wanted) != 1 or before is None or before != int(wanted[0]):
                continue
            else:
                base = f"{before}年"
            if c.cover >= SUBJECT_COVER_MIN or c.fit >= SUBJECT_LIKE_MIN or _sentence_cover(reader, start_query, c):
                from_year = f"{stated}年" if stated else "所述"
                c.result.label = f"{_label(c.stated)} {base}（由{from_year}数值及比上年变化推算）"
                candidates.append(c)
        if not candidates:
            if previous:
                return _period_before_missing(ask)
            return next((d for noun in _as_written(query, asked) if (d := year_before_apart(ask, noun))), None)
        # `职教本科录取了多少人` of a sentence stating the count and its rate (`263人…；录取率63.7%…`): the count
        in_unit = [c for c in candidates if c.result.unit in query.units]
        return _best_or_ambiguous(ask, in_unit or candidates)


# the period before named as the time of a value the passage states (`上年同期为67个`, `（去年412条）`), not as
# the base of a change (`较上年同期少9件`)
_PERIOD_BEFORE_STATED = re.compile(r"(?<![比较与和同])(?:上年|去年|上一年|前一年)(?:同期|度)?(?:为|是|的|[:：])?\s*\d")


def _period_before_missing(ask: Ask) -> Draft | None:
    """A question asking the same period a year before as its time (`上年同期…多少`) whose passages state
    neither that period's value nor a change on it the handler could compute from: an abstention, not
    this period's value quoted (a lookup would). A passage stating the value itself leaves it to the lookup."""
    if not asks_period_before(ask.query.norm):
        return None
    if any(_PERIOD_BEFORE_STATED.search(h.chunk.norm) for h in ask.ranked[:CANDIDATE_PASSAGES]):
        return None
    return ask.reader.abstain("文件中未找到上年同期的数值，也没有可用来推算的本期数值及其比上年同期的变化。",
                              ask.ranked)


def _rise_of_its_year(reader: Reader, c: Candidate) -> int | None:
    """The year a change stated with no base counts from: the one before the year of a passage of one
    year (a year's 工作要点: `提高2个百分点，力争达到68%`), never for a passage of a plan period or a
    sentence aiming at a horizon year (server/timespans.years_before); None otherwise."""
    change = c.stated.delta or c.stated.rate
    if c.stated.base or change is None or c.stated.new is None or change.start > c.stated.new.start:
        return None  # `B、增长8%` states no base: only a rise set before its level (`提高D，达到B`) is the year's
    chunk = c.hit.chunk
    s, e = _sentence(reader, c)
    sentence = normalize(reader.documents[chunk.doc_id].text[s:e])
    before = years_before(sentence, reader.years[chunk.chunk_id], bool(reader.spans[chunk.chunk_id]))
    return int(next(iter(before))) if len(before) == 1 else None


def _sentence_cover(reader: Reader, query: Query, c: Candidate) -> bool:
    """Whether the change's sentence up to its value names what is asked, when its own clause does not: a
    speech sets the topic in a clause before (`今年中考，全县普通高中录取980人，比去年多了40人`)."""
    assert c.stated.new is not None
    text = reader.documents[c.hit.chunk.doc_id].text
    before = text[_sentence(reader, c)[0]:c.stated.new.start]
    return reader.coverage(query, flat(normalize(_FILLER.sub("", before))))[0] >= SUBJECT_COVER_MIN


def _year_only_as_base(ask: Ask) -> bool:
    """Whether the evidence names the year asked only as the base of a change (`2023年…22.4亿元，较2022年增长
    2.3%` asked for 2022, `今年…1432人，比去年多了58人` asked for 去年): the passage states no value of that
    year, its change on it gives one."""
    doc_id = ask.evidence.hit.chunk.doc_id
    years = ask.reader.asked_years(ask.query, doc_id)
    if len(years) != 1:
        return False
    # the year as written, or as a speech names it from its own year (`比去年多了58人`)
    written = ask.reader.doc_year(doc_id)
    names = [years[0], *(w for w, o in RELATIVE_YEARS.items() if written and str(written + o) == years[0])]
    norm = ask.evidence.hit.chunk.norm
    # a speech's section runs over several topics (`去年这个时候…大班`, `比去年增长6.3%`): the sentences naming
    # what is asked decide, when some do
    sentences = [s for s in _SENTENCE_END.split(norm)
                 if ask.reader.coverage(ask.query, flat(s))[0] >= SUBJECT_COVER_MIN]
    found = [m for text in (sentences or [norm]) for name in names for m in re.finditer(name, text)]
    if sentences and not found:
        return True  # the year is named by another topic's sentence (`大班额由前年的74个…`), not of what is asked
    return bool(found) and all(re.search(r"(?:比|较)\s*$", m.string[max(0, m.start() - 3):m.start()])
                               or _COMPARED_WITH.match(m.string, max(0, m.start() - 1)) for m in found)


# what was done in a year asked by its verb in the past (`招了多少人`, `实际招生多少`), not the aim for it
_ASKS_DONE = re.compile(r"[\u4e00-\u9fff]了(?:多少|几)|实际|已经?[\u4e00-\u9fff]{1,2}(?:多少|几)")


def _year_only_as_aim(ask: Ask) -> bool:
    """Whether the evidence names the year asked only as the year an aim is to be reached by (a plan's `到2035年…
    稳定在850人以上`) while the question asks what was done in it (`2035年招了几人`): a goal for a year is not
    what was done in it (server/answer/askedframe.py judges a verdict alike); a later report's value and its
    change on the year before give it."""
    if not _ASKS_DONE.search(ask.query.norm) or ASKS_AIM.search(ask.query.norm):
        return False
    years = ask.reader.asked_years(ask.query, ask.evidence.hit.chunk.doc_id)
    norm = ask.evidence.hit.chunk.norm
    found = [m for year in years for m in re.finditer(year, norm)]
    return bool(found) and all(BY_YEAR.match(m.string, max(0, m.start() - 1)) or
                               BY_YEAR.match(m.string, m.start()) for m in found)


# a year named as the base of the changes after it (`与上年相比，在校生减少960人`), not as a value's time
_COMPARED_WITH = re.compile(r"[与和同]\s*(?:\d{4}年|上年|去年|上一年|前一年)(?:同期)?相比")


_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])")


def _year_fits(reader: Reader, query: Query, c: Candidate) -> bool:
    """A change stated on the year before (`比上年增长8%`) answers a question naming years only when
    the year of its value is one of them (the year it is on is the one before that); one stated
    from A to B, always."""
    if c.stated.old is not None or not _YEAR_BEFORE_BASE.search(c.stated.base):
        return True
    written = set(_YEAR.findall(query.norm))
    if not written:
        return True
    stated = _stated_year(reader, c)
    if stated is None or str(stated) not in written:
        return False
    c.result.label = f"{_label(c.stated)} {stated}年比{stated - 1}年{c.result.label.rsplit(' ', 1)[-1]}"
    return True


def _before_change(text: str) -> str:
    """The words of a question before the change on the year before it writes (`全区校舍维修资金`
    of `全区校舍维修资金比上年增长6%，上年是多少`): what the change is of; a question asking the period
    before as its time (`上年同期…收到几件来信`) names it around that word, which is dropped."""
    if asks_period_before(text):
        return PERIOD_BEFORE.sub("", text)
    m = _YEAR_BEFORE_BASE.search(text)
    return re.split(pauses("，；;"), text[:m.start()])[-1] if m else text


def _stated_year(reader: Reader, c: Candidate) -> int | None:
    """The year of the value a stated change reached (see _year_at): a change on the same period a year
    before (`比上年同期`) is of a period still running, and one on `去年` is said from the year the document is
    written in (去年 is the speaker's last year, unlike a bulletin's 上年): both of the document's year."""
    assert c.stated.new is not None
    base = c.stated.base
    return _year_at(reader, c.hit, _sentence(reader, c)[0], c.stated.new.start, "同期" in base or "去年" in base)


def _label(st: StatedChange) -> str:
    years = r"(?:20\d\d\s*|[〇零一二三四五六七八九]{4})年度?"  # in Arabic or Chinese digits
    # a speech's `今年全县…`: the year stands in the label's year, not in the indicator's name
    # … and an item's number (`8. 普通高中本科上线率`) is the list's, not the indicator's
    lead = r"^\s*(?:\d{1,2}[.．、]\s*)?(?:今年|本年|当年)?(?:其中|全省|全市|全区|全县|全疆)?"
    return normalize(re.sub(f"{lead}|{years}", "", st.subject)).strip() or "该指标"


# the change of an amount on the year before, stated on its own (`增量39.7亿斤`, `比上年增加2.4万吨`)
_DELTA_LEAD = re.compile(r"(?P<base>(?:比|较)(?:上年|去年|上一年)|同比)?"
                         r"(?P<verb>增量|增加|增长|净增|提高|减少|下降|降低|减量)了?\s*$")
# a change over a span, its verb before the thing (`新增省级示范园6所`) or before the amount (`增加6所`)
_SPAN_DELTA = re.compile(r"^[“\"]?(?:十[一二三四五六七八九]五[”\"]?(?:时期|期间|以来)?|[五三两十]年来|近[五三两十]年)?"
                         r"(?:全省|全市|全区|全县|累计|共)*(?:新增|净增)|"
                         r"(?:新增|净增|增加|增长|提高|提升|减少|下降|降低)了?\s*$")
# words of a sentence that make its change one over several years, not on the year before
_OVER_YEARS = re.compile(r"累计|期间|时期|以来|年来|年间|五年|十[一二三四五六七八九]五|年均|比20\d\d年|较20\d\d年")


_SEVERAL = "文件中所问指标有不止一个数值或变化，无法确定按哪一项推算。"
# a sentence opening on its comparison with the year before, the changes it lists after it bare (`与上年相比，A增加3所`)
_COMPARED_OPENING = re.compile(r"^(?:与|和|同|跟|较|比)(?:上年|去年|上一年)度?(?:相比|比较)?[,，]")
# the year before as a question names it (`上一年度`, `上年`), no word of the thing asked
_YEAR_BEFORE_WORDS = re.compile(r"(?:上年|去年|上一年|前一年)度?")
NOUN_TAIL_MIN = 2  # characters of the asked noun's end a value's words must hold whole


def _holds_unnegated(words: str, noun: str) -> bool:
    """Whether `words` hold `noun`, not as the negated other grade (合格 of 不合格学校) unless asked so."""
    return any(noun.startswith(("不", "未", "没", "非")) or not re.search(r"[不未没非]$", words[:m.start()])
               for m in re.finditer(re.escape(noun), words))


def previous_apart(ask: Ask) -> Draft | None:
    """The year before's count asked plainly (`去年…未达标的有几个`) of a report stating this year's count in
    one sentence (`未达标的4个`) and its change on the year before in another (`比上年…未达标单位减少2个`):
    B ∓ D. The thing asked is matched by the longest end of the question's noun that both amounts' words hold
    whole (不达标 of 单位考核不达标, never 达标 inside it); two values or two changes that differ leave it to
    the stated changes' own reading."""
    query, reader = ask.query, ask.reader
    asked = _FILLER.sub("", _YEAR_BEFORE_WORDS.sub("", flat(normalize(asked_subject(query.search_text)))))
    for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
        amounts = [a for a in document_amounts(reader, doc_id) if not query.units or a.quantity.unit in query.units]
        for n in range(len(asked), NOUN_TAIL_MIN - 1, -1):
            noun = asked[-n:]
            holding = [a for a in amounts if _holds_unnegated(flat(normalize(a.words)), noun)]
            deltas = [a for a in holding if _on_year_before(reader, a)]
            values = [a for a in holding if _DELTA_LEAD.search(a.lead) is None and not _OVER_YEARS.search(a.lead)
                      and not re.search(r"比|较|增|减|新", a.lead)]
            if not deltas or not values:
                continue
            if len({a.quantity.value for a in values}) > 1 or len({a.quantity.value for a in deltas}) > 1:
                return None  # several values or changes of it: the stated changes' own reading decides
            value, delta = values[0], deltas[0]
            if delta.quantity.unit != value.quantity.unit or _year_of(reader, value) != _year_of(reader, delta):
                return None
            st = StatedChange(subject=noun, start=value.quantity.start, end=value.quantity.end, new=value.quantity,
                              delta=delta.quantity, falls=bool(re.search(r"减少|下降|降低|减量", delta.lead)),
                              base="比上年")
            result = _before("start", noun, st)
            if result is None:
                return None
            result.label = f"{noun} 上年（由本年数值及其比上年变化推算）"
            return draft_apart(reader, ask.book, result, [value, delta])
    return None


def year_before_apart(ask: Ask, asked: str) -> Draft | None:
    """The value of the year before the one a document states it for, from that value and its
    change on the year before stated in other sentences or passages of the document (a work
    report's opening summary gives `粮食总产量1640.06亿斤`, its section on farming `增量39.7亿斤`).
    Each input is looked up by the words naming it (server/answer/operands.py). The change is one in
    the value's unit (points of a rate) or a rate of change (B ÷ (1 + P%)); stated without its base it
    counts as on the year before only as a year's increment (`增量`) whose sentence names no span of
    years. Two values or two changes that differ make it abstain."""
    query, reader = ask.query, ask.reader
    asked = _FILLER.sub("", asked)  # `全县粮食总产量` names 粮食总产量
    if len(asked) < 2:
        return None
    for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
        wanted = reader.asked_years(query, doc_id)
        if len(wanted) != 1:
            continue
        year = int(wanted[0]) + 1
        amounts = [a for a in named(document_amounts(reader, doc_id), asked) if _year_of(reader, a) == year]
        values = [a for a in amounts if _DELTA_LEAD.search(a.lead) is None and not _OVER_YEARS.search(a.lead)
                  and (not query.units or a.quantity.unit in query.units)]
        if not values:
            continue
        unit = values[0].quantity.unit
        changes = [a for a in amounts if _on_year_before(reader, a)]
        # a change in the value's unit (or in points of a rate), else a rate of change of an amount
        deltas = [a for a in changes if a.quantity.unit == unit or (unit, a.quantity.unit) == ("%", "百分点")] \
            or [a for a in changes if a.quantity.unit == "%" != unit]
        if not deltas:
            continue
        several = several_values(reader, [values, deltas], _SEVERAL)
        if several is not None:
            return several
        value, delta = values[0], deltas[0]
        falls = bool(re.search(r"减少|下降|降低|减量", delta.lead))
        verb = _DELTA_LEAD.search(delta.lead)
        base = (verb.group("base") if verb else "") or "比上年"
        rate = delta.quantity.unit == "%" != unit
        st = StatedChange(subject=asked, start=value.quantity.start, end=value.quantity.end, new=value.quantity,
                          delta=None if rate else delta.quantity, rate=delta.quantity if rate else None,
                          falls=falls, base=base)
        result = _before("start", asked, st)
        if result is None:
            continue
        result.label = f"{asked} {wanted[0]}年（由{year}年数值及其比上年变化推算）"
        return draft_apart(reader, ask.book, result, [value, delta])
    return None


def _start_or_refuse(ask: Ask, asked: str) -> Draft | None:
    """The value before the span asked, from a value and a change stated apart; failing that, when
    the best sentence names no year the span starts from (a lookup would quote today's value or the
    change itself as the value before), an abstention."""
    found = next((d for noun in _as_written(ask.query, asked) if (d := start_apart(ask, noun))), None)
    if found is not None or not ask.query.spans:
        return found
    written = ask.reader.doc_year(ask.evidence.hit.chunk.doc_id)
    starts = {str(s[0] - d) for w in ask.query.spans for s in spans(w, written)[:1] for d in (0, 1)}
    doc = ask.reader.documents[ask.evidence.hit.chunk.doc_id]
    sentence = doc.text[ask.evidence.span[0]:ask.evidence.span[1]]
    if not starts or any(f"{y}年" in sentence for y in starts):
        return None  # the sentence states the start year's value: a lookup quotes it
    return ask.reader.abstain(f"文件中未找到{asked or '所问指标'}在{'、'.join(ask.query.spans)}开始前的数值，"
                              "也没有可用来推算的现值和期间变化。", ask.ranked)


def start_apart(ask: Ask, asked: str) -> Draft | None:
    """The value before a span of years (`“十四五”开始前`, `期初`), from the value the document states
    now and its change over that span stated in another sentence or passage (`新增12个` in one,
    `总数达到22个` in another): B − D. The change must speak for the span asked (its sentence or
    headings name it); two values or two changes that differ make it abstain."""
    query, reader = ask.query, ask.reader
    asked = _FILLER.sub("", asked)
    if len(asked) < 2 or not query.spans:
        return None
    for doc_id in ask.ranked_docs(CANDIDATE_PASSAGES):
        amounts = named(document_amounts(reader, doc_id), asked)
        deltas = [a for a in amounts if _SPAN_DELTA.search(normalize(a.lead).strip())
                  and not reader.spans_missing(query, a.hit) and _OVER_YEARS.search(
                      reader.documents[doc_id].text[a.sentence[0]:a.sentence[1]] + a.hit.chunk.section)]
        values = [a for a in amounts if not _SPAN_DELTA.search(normalize(a.lead).strip())
                  and not re.search(r"累计|新增|净增|比|较", a.lead)
                  and any(a.quantity.unit in (d.quantity.unit, {"百分点": "%"}.get(d.quantity.unit)) for d in deltas)]
        if not values or not deltas:
            continue
        several = several_values(reader, [values, deltas], _SEVERAL)
        if several is not None:
            return several
        value, delta = values[0], deltas[0]
        st = StatedChange(subject=asked, start=value.quantity.start, end=value.quantity.end, new=value.quantity,
                          delta=delta.quantity, falls=bool(re.search(r"减少|下降|降低|减量", delta.lead)))
        result = _before("start", asked, st)
        if result is None:
            continue
        result.label = f"{asked} {'、'.join(query.spans)}开始前（由现值及期间变化推算）"
        return draft_apart(reader, ask.book, result, [value, delta])
    return None


def _as_written(query: Query, asked: str) -> list[str]:
    """What the question asks about as it writes it, then as retrieval reads it (its near words
    replaced): a document's sentences name things as the question's own words may."""
    return list(dict.fromkeys([flat(normalize(asked_subject(normalize(query.text)))), asked]))


def _year_of(reader: Reader, a: Stated) -> int | None:
    """The year an amount is stated for (see _year_at)."""
    return _year_at(reader, a.hit, a.sentence[0], a.quantity.start)


def _year_at(reader: Reader, hit: Hit, sentence_start: int, at: int, current: bool = False) -> int | None:
    """The year of the value at `at`: the last year its sentence names before it (`今年`: the
    document's year), else the one year its section headings name, else — for a value compared with
    the same period a year before (`current`: `比上年同期`, a period still running when it is written) —
    the document's year, else the year before the document's (a report reviews the year before it is
    written) — never the question's year: the year a `比上年`/`同比` change is on is the one before this."""
    doc = reader.documents[hit.chunk.doc_id]
    named_years = years_named(doc.text[sentence_start:at])
    if named_years:
        return named_years[-1]
    # a speech or a work report says 今年 for the year it is written in (`今年…录取1432人，比去年多了58人`)
    relative = relative_years(normalize(doc.text[sentence_start:at]), reader.doc_year(doc.doc_id))
    if len(relative) == 1:
        return relative.pop()
    heading = set(years_named(hit.chunk.section))
    if len(heading) == 1:
        return int(heading.pop())
    if current and reader.doc_year(doc.doc_id):
        return reader.doc_year(doc.doc_id)
    # a bulletin's figures are of the one year its title names (`2024年…统计公报`): issued later, or
    # undated (taken as issued after it)
    reported = reported_year(doc.meta.title, doc.meta.date or "9999")
    if reported:
        return reported
    # … and a budget's or a year's plan or summary of the year its title names, issued in that year (`2024年部门
    # 预算`, a summary's `二〇二六年工作总结`: its year in Chinese digits read as the same year)
    arabic = re.sub(r"[〇零一二三四五六七八九]{4}(?=年)", lambda m: str(chinese_to_number(m.group())), doc.meta.title)
    titled = own_year(replace(doc.meta, title=arabic))
    if titled and doc.meta.date[:4] == str(titled):
        return titled
    written = reader.doc_year(doc.doc_id)
    return written - 1 if written else None


def _on_year_before(reader: Reader, a: Stated) -> bool:
    """Whether the amount is a change on the year before: its base says so, or it has none and
    its sentence names no span of years."""
    m = _DELTA_LEAD.search(a.lead)
    if m is None:
        return False
    if m.group("base"):
        return True
    sentence = reader.documents[a.hit.chunk.doc_id].text[a.sentence[0]:a.sentence[1]]
    if _COMPARED_OPENING.match(normalize(sentence, drop_space=True)):
        return True  # `较上年，达标单位增加5个，未达标单位减少2个`: every change after it is on the year before
    if m.group("verb") not in ("增量", "减量"):  # `增长8%` alone states no base (a year's 增量 is on the year before)
        return False
    return not _OVER_YEARS.search(sentence)
