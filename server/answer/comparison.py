"""Differences between two figures the document states apart (`2027年计划的床位比2026年少多少`,
`入园率要从现有水平达到2028年目标，还要提高多少`): each side is looked up as a question of
its own, from its own best sentence, and figures.compute takes the difference, both inputs cited.
"""
from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from figures.compute import ComputeError, Operand, compare, growth, multiple
from figures.direction import FALL, FALL_VERBS, RISE_VERBS, alternation
from figures.indicators import match_indicator, match_stage
from figures.numbers import Quantity, find_quantities, parse_number
from ingest.clauses import clause_start
from ingest.models import Cell, Document
from ingest.normalize import normalize
from ingest.structure import split_sentences
from ingest.tables import row_label
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_of
from server.answer.evidence import Evidence, Reader
from server.answer.listed import listed_pair
from server.answer.operands import NAME_SHARE_MIN, Stated, document_amounts
from server.answer.text import clause, computed_figure, display, flat, pick_quantity, region_of
from server.answer.verify import mismatch
from server.calc import states_rule
from server.operation import asks_multiple
from server.query import STAGES, Query, key_terms
from server.retrieve import Hit, prefetch

# `A比B多/少/高/低多少`, `A比B下降了多少`: a comparative or a verb of change (figures/direction.py)
_LESS = ("少", "低")  # the comparatives of a smaller A
# (not the 比 of a rate's own name: `占比`, `比例`, `比重`, `比率`)
_THAN = re.compile(r"(?P<a>.+?)(?:(?<!占)比(?![例重率])|较(?![好大高低多少快为]))(?P<b>.+?)(?:要|将|会)?"
                   rf"(?P<dir>{alternation(FALL_VERBS, RISE_VERBS)}|多|少|高|低)出?了?(?:百分之)?(?:多少|几)")
# `…，与B相比还要提高多少`: said the way `比B还要提高多少` is
_AGAINST = re.compile(r"(?:与|和|同|跟)(?P<b>[^，,？?。]{1,12}?)相比")
# `A与B的X相差多少`, `A和B之间差距是多少`: the difference either way round, A's indicator named after B
_APART = re.compile(r"(?P<a>[^，,？?]+?)(?:与|和|同|跟)(?P<b>[^，,？?]+?)(?:之间)?的?"
                    r"(?:相差|差距(?:是|为|有)?|差)(?:多少|几)")
# `从B达到A，还需提高多少`
_FROM_TO_GAP = re.compile(r"(?P<subject>.*?)从(?P<b>.+?)(?:达到|提高到|提升到|增加到|增至|到)(?P<a>[^,，]+?)[,，]?"
                          r"还(?:需|要|差|得)")
# a goal still to reach: `X距离2028年目标还差多少`, `X要达到2028年的目标还要提高多少`,
# `要完成今年的目标，X还要增加多少` — the goal's words, and the indicator's around them
_GOAL_GAP = re.compile(r"(?P<lead>.*?)(?:距离?|离|要达到|达到|要实现|实现|要完成|完成)(?P<goal>[^,，？?]{0,16}?目标值?)"
                       r"[,，]?(?P<rest>[^,，？?]*?)(?:还|尚|仍)(?:需要?|要|差|得)")
# the points by which a plan moves a rate before its target year (`X到…年…多少个百分点`): plans state the rate
# now and the level to reach by that year (`达到…以上`), never the difference; asking in points keeps it to rates
_BY_YEAR_RISE = re.compile(r"(?P<subject>.+?)到(?P<year>20\d\d\s*年)(?:底|末)?[,，]?"
                           r"(?:要|将|需要?|还要|还需|计划|预计)?"
                           rf"(?P<dir>{alternation(FALL_VERBS, RISE_VERBS)})了?(?:多少|几)个?百分点")
# a sentence that sets a goal rather than reports a value: its words before the figure
# `A是B的几倍`, `A相当于B的多少倍`: B another thing, never the same thing before a change (`是原来的几倍`:
# server/answer/changes.py)
_TIMES = re.compile(r"(?P<a>.+?)(?:是|相当于|为)(?P<b>.+?)的(?:多少|几)倍")
_BEFORE_WORDS = re.compile(r"原来|原先|起初|最初|过去|以前|之前|期初|开始|当初|之初|初期|起步|起点|基期|五[”\"]?初")
# (also a deadline ahead of the figure, `…在2026年底前达到100%`: a level a plan sets, never one reported)
_SETS_GOAL = re.compile(r"目标|力争|预期|计划|争取|确保|(?:^|[，,：:])\s*到\s*20\d\d\s*年"
                        r"|(?:在|于)\s*20\d\d\s*年(?:底|末|年底|年末)?(?:以前|之前|前)")
_PROGRESS = re.compile(r"完成率|完成进度|时间进度")  # how far along a plan is, not an indicator's value
_REACHED = re.compile(r"实际|现状|完成值|实现值")  # a table column of the value reached, not a base or target
_YEARS = re.compile(r"20\d\d\s*年|今年|去年|明年")
# the present as one side of a comparison (`比现在多几个点`, `比目前`): the value a document reports now
_NOW = re.compile(r"现在|目前|当前|现阶段|眼下|现有水平")
_GOAL_ASKED = re.compile(r"目标|20\d\d\s*年")
# a month (`9月`, `10月份`): a side naming only a month is the other side's thing in that month
_MONTH = re.compile(r"(?<!\d)(?:1[0-2]|[1-9])\s*月份?")
# a side that names only a time relative to the other (`比上年`, `比同期`): a stated change's, not a stage's
_TIME_ONLY = re.compile(r"(?:上|前|去|同)(?:一)?(?:年|年度|期|月|季度)(?:同期)?|同期")
# a side that is a standard or a goal (`比省定标准高多少`): of the indicator the other side names, not another subject
_STANDARD_SIDE = re.compile(r"标准|要求|规定|目标|下限|上限")
SIDE_CANDIDATES = 8  # passages tried for each side


class Comparison:
    def try_answer(self, ask: Ask) -> Draft | None:
        query = ask.query
        if query.operation not in ("difference", "growth", "multiple", "change"):
            return None
        # the place names blanked: a side is looked up within the scope
        if query.operation == "multiple":
            times = _TIMES.search(query.search_text)
            if times is None or _BEFORE_WORDS.search(times.group("b")):
                return None  # `是原来的几倍`: a stated change's (server/answer/changes.py)
            sides = _times_sides(times.group("a"), times.group("b"))
            if sides is None:
                return None  # B names no thing of its own (`是上年的几倍`): a stated change's
            found = self._compare(ask, query, sides)
            if found is None and not _states_times(ask):
                # two things named and not both found: never a lookup of one of them for a multiple
                return ask.reader.abstain("文件中未找到所问两项可比的数值，无法计算倍数。", ask.ranked)
            return found
        if query.operation == "change" and not _change_between_years(ask):
            return None  # a change stated (`比2022年决算数增加1208.40万元`) or asked of a stated change
        sides = asked_sides(query.search_text)
        if sides is None and query.operation == "difference" and (apart := _APART.search(query.search_text)):
            sides = _apart_sides(apart.group("a"), apart.group("b"))
            found = self._compare(ask, query, sides, either_way=True) if sides else None
            return found
        return self._compare(ask, query, sides) if sides else None

    def _compare(self, ask: Ask, query: Query, sides: tuple[str, str, bool, bool],
                 either_way: bool = False) -> Draft | None:
        a_text, b_text, falls, goal = sides
        if query.operation == "difference":  # two items of one list (`城乡…增长5.3%、7.7%`)
            listed = listed_pair(ask, a_text, b_text, falls)
            if listed is not None:
                return listed
        if ask.scope:  # each side searches the scope with its own words: one model call for both
            prefetch(ask.search, [a_text, b_text])
        if goal:  # the value now first: the goal is one in its unit (`3.5%` for `3.3%`, not `7800亿元`)
            second = self._side(ask, query, b_text, goal=False)
            first = self._side(ask, query, a_text, (second[1].hit.chunk.doc_id, second[2].start), goal=True,
                               unit=second[2].unit) if second else None
        else:
            first = self._side(ask, query, a_text, own=_own_part(a_text, b_text))
            # side B is another figure than A's: the same sentence may rank first for both sides
            second = self._side(ask, query, b_text, (first[1].hit.chunk.doc_id, first[2].start),
                                own=_own_part(b_text, a_text)) if first else None
        found = [first, second]
        if any(f is None for f in found):
            return None
        (a_part, a_ev, a_q), (b_part, b_ev, b_q) = found  # type: ignore[misc]
        if query.operation in ("growth", "change") and any(ev.hit.chunk.row_index is not None for ev in (a_ev, b_ev)):
            return None  # a table row's growth between its year columns: server/answer/lookup.py
        if (a_ev.hit.chunk.chunk_id, a_q.start) == (b_ev.hit.chunk.chunk_id, b_q.start):
            return None  # one figure for both sides: nothing to compare
        reader, book = ask.reader, ask.book
        docs = reader.documents
        a_quote, b_quote = (_quote(docs[ev.hit.chunk.doc_id], ev, q) for ev, q in ((a_ev, a_q), (b_ev, b_q)))
        claims = [Claim(a_q.unit, a_quote, a_ev.hit, a_ev.span), Claim(b_q.unit, b_quote, b_ev.hit, b_ev.span)]
        # a bar read from side A's own sentence (_bar_beside) is checked with A's figure there, not on its own
        bar = (a_ev.hit.chunk.chunk_id, a_ev.span) == (b_ev.hit.chunk.chunk_id, b_ev.span) \
            and _STANDARD_SIDE.search(b_text) is not None
        if any(mismatch(reader, p, c) for p, c in list(zip((a_part, b_part), claims))[:1 if bar else 2]):
            return None
        # the indicator the question compares (`X比省定标准高多少`) is each side's, also the side whose own words
        # do not repeat it: a standard's list gives other indicators' figures beside it (a clause naming
        # another indicator is that one's; one naming none, or it loosely, may be the side's)
        asked = match_indicator(normalize(query.norm, drop_space=True))
        stated = [match_indicator(normalize(q, drop_space=True)) for q, side in ((a_quote, a_text), (b_quote, b_text))
                  if _STANDARD_SIDE.search(side)]
        if asked is not None and any(i is not None and i.key != asked.key for i in stated):
            return None
        try:
            a_op, b_op = _operand(a_q, a_part), _operand(b_q, b_part)
            high, low = (b_op, a_op) if falls else (a_op, b_op)
            if either_way and high.value < low.value:
                high, low = low, high
            if query.operation == "multiple":
                result = multiple(a_op, b_op, label=f"{a_op.label} 是 {b_op.label} 的倍数")
            elif query.operation == "growth":
                result = growth(b_op, a_op, label=f"{a_op.label} 比 {b_op.label} 增长率")
            else:
                result = compare(high, low, label=f"{high.label} 与 {low.label} 之差")
        except ComputeError:
            return None
        if query.operation in ("difference", "change") and result.value < 0:
            return None  # `A比B多多少` with A the smaller: the sides found are not the ones the question compares
        na, nb = book.cite(a_ev.hit, *a_ev.span), book.cite(b_ev.hit, *b_ev.span)
        figure = computed_figure(result, na)
        figure.citation_ids = sorted({na, nb})
        figures = [figure]
        formula = result.formula
        if query.operation == "difference" and asks_multiple(query.norm):  # `…是B的多少倍` asked beside it
            try:
                times = multiple(high, low, label=f"{high.label} 是 {low.label} 的倍数")
            except ComputeError:
                times = None
            if times is not None:
                formula = f"{formula}；{times.formula}"
                figures.append(computed_figure(times, na))
                figures[-1].citation_ids = figure.citation_ids
        region = region_of(docs[a_ev.hit.chunk.doc_id])
        answer = (f"{formula}[{na}][{nb}]。依据{region}文件：“{a_quote}”[{na}]；“{b_quote}”[{nb}]"
                  if na != nb else f"{formula}[{na}]。依据{region}文件：“{a_quote}”"
                  + (f"……“{b_quote}”" if b_quote != a_quote else "") + f"[{na}]")
        return Draft(answer, False, book.citations, figures,
                     [Claim(result.unit, result.label, a_ev.hit, a_ev.span, computed=True)])

    def _side(self, ask: Ask, query: Query, text: str, exclude: tuple[str, int] | None = None,
              goal: bool | None = None, unit: str = "", own: str = "") -> tuple[Query, Evidence, Quantity] | None:
        """The question for one side, its best evidence and the figure it states (not the figure
        `exclude` names: the document and offset of the other side's; when the sentence's figure is that
        one, the figure of the sentence whose own words hold `own`, the words only this side names).
        Of a goal still to reach,
        the goal side's figure is one a sentence sets as a goal (`goal` True), the other side's a
        value it reports (False): the value reached, never another year's goal."""
        part = query.narrowed(text)
        if goal is False:  # the value now: the one a change reached, not where it started
            part = replace(part, asked=replace(part.asked, operation=""))
        if unit:  # the unit of the other side's figure
            part = replace(part, asked=replace(part.asked, units=(unit,)))
        part.years = [y for y in re.findall(r"20\d\d", text)]
        part.relative_years = [o for w, o in (("今年", 0), ("去年", -1), ("明年", 1)) if w in text]
        reader = ask.reader
        # a difference is in the unit asked (`多多少人`); a growth asks a % of amounts of any unit; a gap
        # to a goal is in the goal's unit (`还需提高多少` of a rate: 个百分点, its sides in %)
        units = query.units if query.operation in ("difference", "change") and goal is None else ()
        candidates = reader.rank(part, ask.search(part, ask.scope) if ask.scope else ask.ranked)
        for hit in candidates[:SIDE_CANDIDATES]:  # the best passage whose figure fits this side
            evidence = reader.evidence(part, [hit])
            if reader.refusal(part, hit):
                continue
            doc = reader.documents[hit.chunk.doc_id]
            if hit.chunk.row_index is not None:  # a table row: the cell of the side's year
                quantity, quote = _cell(doc, hit, part, now=goal is False)
            else:
                quantity = pick_quantity(part, doc.text, evidence.span, reader.cover(part))
                if own and (quantity is None or (doc.doc_id, quantity.start) == exclude or
                            not _unit_fits(quantity.unit, units)):
                    # the other side's figure, another unit's or none: the passage's figure its own words
                    # name (`…小学2134人、初中1206人`, `全县小学…生均教学仪器设备值2600元`)
                    named = _named_by(reader, hit, own, text, exclude, units)
                    quantity = named.quantity if named else None
                    evidence = replace(evidence, span=named.sentence) if named else evidence
                if quantity is not None and (doc.doc_id, quantity.start) == exclude:
                    # `预算540万元，2024年实际拨付480万元`: the other side's figure; this side's is the one
                    # of the same kind whose own clause names this side's year
                    quantity = _of_year(doc.text, evidence.span, quantity, reader.asked_years(part, doc.doc_id))
                if quantity is None and exclude is not None and _STANDARD_SIDE.search(text) \
                        and (bar := _bar_beside(doc.text, hit, exclude, units)) is not None:
                    # a requirement asked beside the value reached (`比要求少多少`): the bar the other side's
                    # sentence sets (`为58课时，低于不少于60课时的规定`), checked with that side's figure there
                    return part, replace(evidence, span=bar[1]), bar[0]
                quote = display(clause(doc.text, evidence.span, quantity)) if quantity else ""
            if quantity is None or (hit.chunk.doc_id, quantity.start) == exclude:
                continue
            if goal is False and _PROGRESS.search(normalize(doc.text[evidence.span[0]:quantity.start])[-12:]) \
                    and not _PROGRESS.search(query.norm):
                continue  # the value now, not the share of the plan's way covered (`占比完成率仅为32.2%`)
            if not _unit_fits(quantity.unit, units):
                continue  # `多多少人` asked: never a side's rate
            if goal is None and len(wanted := reader.asked_years(part, doc.doc_id)) == 1 and \
                    _period_paragraph(doc.text, evidence.span[0], wanted[0]):
                continue  # one year asked: not a five-year review's figure (`粮食年产量稳定在700亿斤以上`)
            if goal is not None and hit.chunk.row_index is None and \
                    sets_goal(doc.text, evidence.span[0], quantity.start) != goal:
                continue
            before = doc.text[evidence.span[0]:quantity.start]
            if goal and not _goal_year_fits(reader.asked_years(part, doc.doc_id), before, hit.chunk.section):
                continue
            wanted = reader.asked_years(part, doc.doc_id)
            if wanted and not re.search(r"20\d\d\s*年", normalize(before)) and \
                    reader.year_lead(hit, evidence.span) not in ("", *wanted):
                continue  # a figure on a line of another year's targets (`2026年：…；…`, Reader.year_lead)
            if mismatch(reader, part, Claim(quantity.unit, quote, hit, evidence.span)) is None:
                return part, evidence, quantity
        return None


def _of_year(text: str, span: tuple[int, int], other: Quantity, years: list[str]) -> Quantity | None:
    """The one amount of the sentence in `other`'s unit, not `other`, whose clause names the one year asked."""
    if len(years) != 1:
        return None
    found = []
    sentence = text[span[0]:span[1]]
    for q in find_quantities(sentence):
        own = sentence[clause_start(sentence, q.start):q.start]  # a grouping comma (1,200) ends no clause
        q.start, q.end = q.start + span[0], q.end + span[0]
        if q.unit == other.unit and q.start != other.start and years[0] in normalize(own):
            found.append(q)
    return found[0] if len(found) == 1 else None


def _bar_beside(text: str, hit: Hit, exclude: tuple[str, int], units: tuple[str, ...]
                ) -> tuple[Quantity, tuple[int, int]] | None:
    """The one amount (in `units`) of the sentence of the passage holding the other side's figure that the
    sentence sets as a requirement's bound (server/calc.py states_rule), with that sentence's span."""
    doc_id, other = exclude
    if hit.chunk.doc_id != doc_id:
        return None
    for s, e in split_sentences(text, hit.chunk.start, hit.chunk.end):
        if not s <= other < e:
            continue
        bars = [q for q in find_quantities(text[s:e]) if s + q.start != other and _unit_fits(q.unit, units)
                and states_rule(text[s:e], q.value, q.unit)]
        if len(bars) != 1:
            return None
        bars[0].start, bars[0].end = bars[0].start + s, bars[0].end + s
        return bars[0], (s, e)
    return None


def _own_part(side: str, other: str) -> str:
    """The words of a side before those it shares with the other at the end (`初中` of `初中专任教师`
    against `小学专任教师`); '' when that is no name (a year, or under two characters)."""
    n = 0
    while n < min(len(side), len(other)) and side[-1 - n] == other[-1 - n]:
        n += 1
    own = _YEARS.sub("", side[:len(side) - n]).strip(" 的")
    return flat(normalize(own)) if n >= 2 and len(own) >= 2 and not re.search(r"\d", own) else ""


def _named_by(reader: Reader, hit: Hit, own: str, side: str, exclude: tuple[str, int] | None,
              units: tuple[str, ...]) -> Stated | None:
    """The one amount of the passage (in `units`, when given) named by the side: `own` in its own words
    (its list item or clause) and the rest of the side in its sentence, or the rest of the side in
    its own words and `own` in its sentence."""
    chunk = hit.chunk
    text = reader.documents[chunk.doc_id].text
    rest = flat(normalize(_YEARS.sub("", side))).replace(own, "")
    by_own, by_rest = [], []  # named by its own words first: `其中小学1400人` before the whole it splits
    for a in document_amounts(reader, chunk.doc_id):
        if not chunk.start <= a.quantity.start < chunk.end or (chunk.doc_id, a.quantity.start) == exclude or \
                not _unit_fits(a.quantity.unit, units):
            continue
        sentence = flat(normalize(text[a.sentence[0]:a.sentence[1]]))
        if own in a.words and _holds(sentence, rest):
            by_own.append(a)
        elif own in sentence and len(rest) >= 2 and rest in a.words:
            by_rest.append(a)
    found = by_own or by_rest
    return found[0] if len(found) == 1 else None


def _unit_fits(unit: str, units: tuple[str, ...]) -> bool:
    """Whether a figure's unit is one the question asks in (any, when it names none); a per-head
    unit asked (元/生/年) takes the amount its documents write per head (`生均…2600元`)."""
    return not units or unit in units or any(u.startswith(f"{unit}/") for u in units)


def _holds(sentence: str, words: str) -> bool:
    """Whether the sentence holds most of `words` in one run."""
    return not words or SequenceMatcher(None, words, sentence, autojunk=False).find_longest_match(
        0, len(words), 0, len(sentence)).size >= NAME_SHARE_MIN * len(words)


def _cell(doc: Document, hit: Hit, part: Query, now: bool = False) -> tuple[Quantity | None, str]:
    """The cell of a table row in the year column the side asks about, as a quantity over the cell;
    for the value `now` a side names no year of, the one column stating the value reached (`2022年实际`)."""
    table = table_of(doc, hit.chunk)
    if table is None or hit.chunk.row_index is None or not (part.years or now):
        return None, ""
    row = table.rows[hit.chunk.row_index]
    reached = [c for c in row.cells if _REACHED.search(c.column)]
    cell = next(iter(_of_role([c for c in row.cells if c.column.startswith(part.years[0])], part.norm)), None) \
        if part.years else (reached[0] if len(reached) == 1 else None)
    q = parse_number(cell.text + normalize(cell.unit)) if cell else None
    if cell is None or q is None:
        return None, ""
    q.start, q.end, q.text = cell.start, cell.end, cell.text + normalize(cell.unit)
    return q, f"{normalize(row_label(table, row))} {cell.column}：{q.text}"


def _of_role(cells: list[Cell], side: str) -> list[Cell]:
    """The columns of one year in the role the side asks: a plan's review sets a year's target beside the
    value reached (`2025年目标值 | 2025年实际值`); a side naming the one (实际, 目标) never takes the other's,
    and a side naming neither takes the value reached when the year has both."""
    goal, reached = bool(_GOAL_WORDS.search(side)), bool(_REACHED_ASKED.search(side))
    if goal != reached:
        return [c for c in cells if not (_REACHED if goal else _GOAL_WORDS).search(c.column)]
    if len(cells) > 1 and any(_GOAL_WORDS.search(c.column) for c in cells):
        return [c for c in cells if _REACHED.search(c.column)]
    return cells


# a paragraph reviewing a span of years (`五年来，…`, `“十四五”时期，…`, `过去五年`): its figures are the span's
_PERIOD_OPENING = re.compile(r"\s*(?:过去|近)?(?:[一二三四五六七八九十两]|\d+)年(?:来|间|里)|"
                             r"\s*过去[一二三四五六七八九十两]年|\s*[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间|以来)")


def _period_paragraph(text: str, at: int, year: str) -> bool:
    """Whether the paragraph holding text[at] opens as a review of a span of years and names no
    `year` of its own before `at`."""
    start = text.rfind("\n", 0, at) + 1
    return bool(_PERIOD_OPENING.match(text, start)) and year not in text[start:at]


def sets_goal(text: str, sentence_start: int, at: int) -> bool:
    """Whether the words of a sentence before a figure set it as a goal (`到2030年，…达到3.5%`,
    `力争…达到3.35%`, `主要预期目标是：…`) rather than report it; an item of a list, whether the line
    leading the list does (plans list their targets under a line naming the year, ending in a colon)."""
    return bool(_SETS_GOAL.search(normalize(text[sentence_start:at]))
                or _SETS_GOAL.search(normalize(_list_lead(text, sentence_start))))


_LIST_ITEM = re.compile(r"\s*(?:[-*•·]|\d+[.、．]|[（(]\d+[）)]|[①-⑳])")


def _list_lead(text: str, at: int) -> str:
    """The line leading the list whose item holds text[at]: the nearest line before it ending in a colon,
    over lines that are items (a list marker, or a `；` ending them: rendered lists lose their markers);
    '' when text[at] is in no list (its own line neither an item nor ending in `；`: a report after the list)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    own = text[start:end if end >= 0 else len(text)].strip()
    if not (own.endswith(("；", ";")) or _LIST_ITEM.match(own)):
        return ""
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev:start - 1].strip()
        start = prev
        if not line:
            continue
        if line.endswith(("：", ":")):
            return line
        if not (line.endswith(("；", ";")) or _LIST_ITEM.match(line)):
            return ""
    return ""


def _goal_year_fits(wanted: list[str], before: str, section: str) -> bool:
    """Whether a goal is for the year asked: the years its sentence names before it, else its
    section heading's (`三、2026年工作安排`); a goal naming no year fits any."""
    named = set(re.findall(r"(20\d\d)\s*年", normalize(before))) or \
        set(re.findall(r"(20\d\d)\s*年", normalize(section)))
    return not wanted or not named or bool(named & set(wanted))


# a sentence stating a change on another time or thing (`比2022年决算数增加1,208.40万元`)
_STATED_CHANGE = re.compile(rf"(?:比|较)[^，,。；;]{{0,24}}?(?:{alternation(FALL_VERBS, RISE_VERBS)}|多|少)了?\s*\d")


def _change_between_years(ask: Ask) -> bool:
    """Whether `A比B增加了多少` asks the change of one thing between two years (`藏书2024年比2022年`)
    that the best sentence does not state itself: B names a year and nothing else."""
    m = _THAN.search(ask.query.search_text)
    if m is None or _own_words(m.group("b")) or not _YEARS.search(m.group("b")):
        return False
    doc = ask.reader.documents[ask.evidence.hit.chunk.doc_id]
    return not _STATED_CHANGE.search(normalize(doc.text[ask.evidence.span[0]:ask.evidence.span[1]]))


def _states_times(ask: Ask) -> bool:
    """Whether the best sentence states a multiple itself (`是初中的2.2倍`): a lookup quotes it."""
    doc = ask.reader.documents[ask.evidence.hit.chunk.doc_id]
    return "倍" in doc.text[ask.evidence.span[0]:ask.evidence.span[1]]


def _apart_sides(a: str, b: str) -> tuple[str, str, bool, bool] | None:
    """(A, B, False, False) of `A与B的X相差多少`: A naming no indicator takes the one B names after
    the words A and B share (`城区学校与农村学校办学条件达标率` → 城区学校办学条件达标率)."""
    a, b = a.strip(" ,，的"), b.strip(" ,，的")
    if _names_measure(a) or not _names_measure(b):
        return asked_sides(f"{a}比{b}多多少")
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    tail = b[m.b + m.size:] if m.size >= 2 and m.a + m.size == len(a) else _indicator(b)
    return (f"{a}{tail}", b, False, False) if tail else None


def _times_sides(a: str, b: str) -> tuple[str, str, bool, bool] | None:
    """(A, B, False, False) of `A是B的几倍`; B naming only another stage or a year borrows A's
    indicator, as for a difference."""
    stage_a, stage_b = match_stage(a), match_stage(b)
    if stage_a and stage_b and stage_a != stage_b and stage_a in a and len(b) <= len(stage_b) + 1:
        b = a.replace(stage_a, stage_b, 1)  # `小学在校生是初中的几倍`: 初中在校生
    return asked_sides(f"{a}比{b}多多少")


def asked_sides(norm: str) -> tuple[str, str, bool, bool] | None:
    """(side A, side B, whether A is the smaller, whether A is a goal B has still to reach) of
    `A比B多/少多少`, `从B达到A还需…` or `X距离G目标还差多少`; a side that names only a year borrows
    the other side's words (`2027年的床位比2026年少多少`)."""
    rise = _BY_YEAR_RISE.search(norm)
    if rise is not None and not _YEARS.search(rise.group("subject")) and "从" not in rise.group("subject"):
        # before `A比B`: the 比 of a rate's own name (`占比`, `比例`) compares nothing
        subject = rise.group("subject").strip(" ,，的")
        return (f"{subject}{rise.group('year')}目标", subject, bool(FALL.fullmatch(rise.group("dir"))), True) \
            if _own_words(subject) else None
    m = _THAN.search(_AGAINST.sub(r"比\g<b>", norm))
    goal = False
    if m:
        a, b, falls = m.group("a"), m.group("b"), m.group("dir") in _LESS or bool(FALL.fullmatch(m.group("dir")))
    elif (m := _FROM_TO_GAP.search(norm)) is not None:
        a, b, falls = m.group("subject") + m.group("a"), m.group("subject") + m.group("b"), False
        goal = "目标" in m.group("a")
    elif (m := _GOAL_GAP.search(norm)) is not None:
        subject = re.sub(r"^(?:按|根据|据)[^，,]*[，,]", "", m.group("lead") + m.group("rest")).strip(" ,，的")
        if not _own_words(subject):
            return None
        return f"{subject}{m.group('goal')}", subject, False, True
    else:
        return None
    a, b = a.strip(" ,，"), b.strip(" ,，")
    if _NOW.fullmatch(b) and _GOAL_ASKED.search(a):
        # `2028年X的目标比现在多几个点`: a plan's goal against the value it reports now (its 现状), of the one
        # indicator — the goal side's year picks the goal, the other side is the value reached
        now = _GOAL_WORDS.sub("", _YEARS.sub("", a)).strip(" ,，的")
        return (a, now, falls, True) if _own_words(now) else None
    if not _own_words(b):  # `比2025年`: side A's words with B's year
        years = _YEARS.findall(b)
        if not years and _MONTH.fullmatch(b) and _MONTH.search(a):  # `10月的X比9月多多少`: X in 9月
            return a, _MONTH.sub(b, a, count=1), falls, goal
        if not years:  # `比初中`: a stage the key terms leave out, of A's indicator
            if len(b) < 2 or _TIME_ONLY.fullmatch(b) or not (_names_measure(a) or b in STAGES and _counted(a)):
                return None
            b = f"{b}{_indicator(a)}"
        else:
            b_said = b
            b = _YEARS.sub("", a, count=1) if _YEARS.search(a) else a
            if _REACHED_ASKED.search(b_said):  # `预算比上年实际付的`: A's thing as reached, not its plan
                b = _GOAL_WORDS.sub("", b)
            b = f"{years[0]}{b}"
    elif not _YEARS.search(b) and _YEARS.search(a) and not set(key_terms(a)) & set(key_terms(b)):
        b = f"{b}{_measure(a)}"
    elif not set(key_terms(a)) & set(key_terms(b)) and not _names_measure(b) and _names_measure(a):
        # `高中生均…藏书比初中多多少`, `教师工资比公务员高多少`: B names another stage, place or group,
        # not an indicator — the difference is of A's indicator, looked up for B
        b = f"{b}{_indicator(a)}"
    elif b.endswith("的") and "的" in a:  # `比2026年建成的`: B's head noun is the one of A (`…的惠民工程`)
        b = f"{b}{a.rsplit('的', 1)[1]}"
    elif _YEARS.search(b):  # `今年招生目标比上年实际录取的`: a side with its own year but not A's indicator
        a_terms, b_terms = (key_terms(_YEARS.sub(" ", t)) for t in (a, b))
        if not set(a_terms) & set(b_terms):  # A's thing; as reached when B asks it (`比2022年实际拨付`)
            b = f"{b}{''.join(t for t in a_terms if not (_REACHED_ASKED.search(b) and _GOAL_WORDS.fullmatch(t)))}"
        elif all(any(t in u for u in a_terms) for t in b_terms):
            # `比2026年实际支出`, `比去年实际产量`: A's fuller name in B's year, never A's goal words
            b = "".join(_YEARS.findall(b)) + _GOAL_WORDS.sub("", _YEARS.sub("", a, count=1))
    return a, b, falls, goal


def _quote(doc: Document, evidence: Evidence, q: Quantity) -> str:
    """The figure in its words: its clause, or its row's label and column (`在園幼兒數(萬人) 2016：2.76`)."""
    table = table_of(doc, evidence.hit.chunk)
    if table is not None and evidence.hit.chunk.row_index is not None:
        row = table.rows[evidence.hit.chunk.row_index]
        cell = next((c for c in row.cells if c.start == q.start), None)
        if cell is not None:
            return f"{normalize(row_label(table, row))} {cell.column}：{q.text}"
    return display(clause(doc.text, evidence.span, q))


def _own_words(text: str) -> bool:
    return bool(key_terms(_YEARS.sub(" ", text)))


# the head nouns of an indicator (a rate, a count, an amount, an area …): a side naming none names
# only whose value it is (a stage, a place, a group)
_MEASURE_NOUN = re.compile(r"(?:率|数|额|量|面积|经费|支出|投入|收入|工资|规模|值|指数|占比|比例|比重|标准|产值|时长|"
                           r"学位|床位|人口|人次|资金)$")
_GOAL_WORDS = re.compile(r"目标值?|计划|预期|力争|预算")
# a side asking the value reached (also the close of a year, the date a report's status is stated at: `比2025年底`)
_REACHED_ASKED = re.compile(r"实际|完成|实现|决算|拨付|拨的|到位|年底|年末")


def _names_measure(text: str) -> bool:
    return any(_MEASURE_NOUN.search(t) for t in key_terms(_YEARS.sub(" ", text)))


def _counted(text: str) -> bool:
    """Whether a side ends on what is counted after its stage (`小学专任教师人数`, `小学在校生`), so that the
    other stage is asked of the same noun: a count's indicator is the counted noun itself, its 人数/数 being
    no term of its own (`城区小学` counts nothing)."""
    terms = key_terms(_YEARS.sub(" ", text))
    return len(terms) > 1 and terms[-1] not in STAGES


def _indicator(text: str) -> str:
    """The words of a side that name its indicator (`生均图书册数` of `高中生均图书册数`)."""
    terms = key_terms(_YEARS.sub(" ", text))
    return next((t for t in terms if _MEASURE_NOUN.search(t)), terms[-1] if terms else "")


def _measure(text: str) -> str:
    terms = key_terms(_YEARS.sub(" ", text))
    return terms[-1] if terms else ""


def _operand(q: Quantity, part: Query) -> Operand:
    """The figure as an operand citing where the document states it."""
    years = "".join(f"{y}年" for y in part.years)
    o = Operand.literal(q.text, label=f"{years}{normalize(''.join(part.terms[:2]))}" or q.text)
    o.source = {"kind": "passage", "start": q.start, "end": q.end, "text": q.text}  # a cell: its text and unit
    return o
