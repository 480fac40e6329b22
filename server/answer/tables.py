"""Questions over a whole table (`表2里建筑面积加起来多少`, `哪些工程在2024年开工？共几项`, `投资额最高的是
哪一个`, `约束性指标有哪些`): the question is mapped onto a figures.tablequery template — never
free-form code — and every cell the answer uses is cited by its row.

The table is the one of the documents in scope whose caption, headers and cells the question
names most. The question names: a measured column (建筑面积, 2023), rows by a cell value (约束性,
2024, 某街道), by their label or group, a numeric condition (超过5000, 不足100%, 下降,
在校生多于学位数) and what it wants (哪些 → list, 几个 → count, 合计 → sum, 平均 → mean,
最大/最小 → max/min; an average per one, 平均每个班/平均每所园 → the ratio of two columns' totals).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from figures.compute import Computation, ComputeError, Operand, remainder, with_unit
from figures.counters import asked_counter, counter_for, head_counter
from figures.direction import ASKS_FALL, ASKS_RISE, FALL_SPOKEN, FALL_VERBS, RISE_SPOKEN, RISE_VERBS, alternation
from figures.numbers import ASKED_SCALE, base_unit, canonical_unit, is_unit, parse_number
from figures.tablequery import (
    CHANGE_HEADER,
    FALL_SIZE_HEADER,
    Condition,
    TableCell,
    TableQuery,
    TableQueryError,
    TableResult,
    UnlikeUnits,
    cells_of,
    is_total,
    key,
    of_asked_kind,
    period_columns,
    stated_changes,
    stated_total,
    total_column,
    value_kind,
)
from ingest.metadata import titled_year
from ingest.models import Document, Row, Table
from ingest.normalize import normalize
from ingest.numerals import CN_DIGITS
from ingest.segment import words
from ingest.tables import BRACKETED_NOTE, UNIT_NOTE_END, key_columns, label_column, row_label
from server.answer.askedcolumn import (
    PER_ONE_HEAD,
    asked_noun,
    column_kinds,
    count_unit,
    headed_by,
    header_unit,
    listed_columns,
    of_asked_noun,
    people_unit,
)
from server.answer.base import Ask
from server.answer.draft import Claim, Draft, table_name
from server.answer.exclusion import exclusions
from server.answer.failedcolumn import failure_named
from server.answer.meantotal import mean_of_total, ratio_of_totals, stated_average
from server.answer.partunit import PART_OF, part_unit, score_header_unit
from server.answer.perone import PER_ONE
from server.answer.prosetotal import prose_mean, prose_ratio, prose_total
from server.answer.tablescope import run_in_scope
from server.answer.text import computed_figure, region_of
from server.answer.totalrow import total_row_answer
from server.intent import asked_noun_kind
from server.lexicon import asks_spent, money_nouns, obtaining_verbs, synonyms
from server.operation import SUM_ASKED, asked_items
from server.regions import short_name
from server.retrieve import Hit
from server.timespans import spans

# `哪个…更多` between the rows named ranks them as `最多` does
# (an ordinal, `第二多`, ranks them so too: the row at that place — not a school's name, 第二小学, 第三高中)
# (a cap a rule allows, `最多能认定多少`, `最高可补助`, is a rule's figure, not a row ranked)
_MAX = re.compile(r"最大|最多(?![能可])|最高(?![能可])|最长(?![能可])|最快|哪[^，,。？?]{0,12}更(?:多|大|高|长)"
                  r"|第[二三四五2-5](?:多|大(?!学)|高(?!中)|长)")
_MIN = re.compile(r"最小|最少|最低|最短|最慢|哪[^，,。？?]{0,12}更(?:少|小|低|短)|第[二三四五2-5](?:少|小(?!学)|低|短)")
_ORDINAL = re.compile(r"第([二三四五2-5])[多大高长少小低短]")
_MEAN = re.compile(r"平均")
# a mean score asked (`平均分`, `平均成绩`, `平均得分`): only a column of scores gives it
_MEAN_SCORE = re.compile(r"平均(?:分|成绩|得分)")
_SUM = re.compile(alternation(SUM_ASKED, ("合起来", "相加", "总和", "累计")))  # also a running total over rows
_COUNT = re.compile(r"(?<!哪)(?:几个|几项|几所|几类)|多少个|多少项|多少所|有几|共几")
# a count asked of the kinds a row or table splits into (`分几类`, `有几种情况`), not of the things it counts
_KINDS_ASKED = re.compile(r"几[类种项]|多少[类种项]|哪几")
# one value asked of each of several things (`A、B各多少`, `分别是多少`)
_EACH = re.compile(r"各(?:是|有|为|得|占)?多少|分别(?:是|有|为)?多少")
_LIST = re.compile(r"哪些|哪几|哪个|哪项|哪一|哪所|列出|分别是什么")
# a list of what a text says, not of rows (`有哪些措施`, `采取了什么办法`, `哪些困难`): a table answers it only when
# its caption or header names that kind of item (a 问题清单 or 整改措施 table)
_TEXT_ITEMS = re.compile(r"(?:哪些|哪几[项条点个]?|什么)(?:主要|具体|有效)?(?P<noun>措施|举措|办法|做法|对策|途径|"
                         r"困难|问题|短板|要求|工作|任务)")
# a direction of change as a property of rows (`哪项指标下降了`, `增加最多`), not `增加了多少`: the shared
# words of a question (figures/direction.py, speech's `降得最多`, `比去年少了` included) and a comparison with
# last year, never followed by the amount asked
# (the words between never hold the 多/少 of an amount asked: `比上年增加了多少` asks how much, not which rows)
_THAN_BEFORE = r"(?:比|较)(?:上年|去年|上一年|前一年)[^，,。？?多少]{0,8}?"
_FALL = re.compile(rf"(?:{alternation(FALL_VERBS, FALL_SPOKEN)}|{_THAN_BEFORE}少)(?![了出]?多少|了?百分)")
_RISE = re.compile(rf"(?:{alternation(RISE_VERBS, RISE_SPOKEN)}|{_THAN_BEFORE}多(?!少))(?![了出]?多少|了?百分)")
# the question's words for "in the table" (`主要指标表中`, `表1所列`): the answer is read from one
_TABLE_REF = re.compile(r"表\s*\d{0,2}(?:中|内|里|所列|所示|列出)")
# the change that ranks rows, with its noun (`提高幅度`, `增长的数量`, `降幅`)
_CHANGE_WORDS = re.compile(rf"(?:{alternation(FALL_VERBS, RISE_VERBS)})(?:的)?(?:幅度|数量|量|值)?"
                           r"|[增降涨]幅")
_BOUND = r"\d+(?:\.\d+)?\s*(?:%|万平方米|平方米|万人|人|万元|元|所|个)?"  # a bound's number with its unit
_COMPARE = re.compile(r"(大于|超过|高于|多于|不低于|不少于|达到|小于|低于|少于|不到|没有到|没到|未达到|没有达到|"
                      rf"不足|等于)了?\s*({_BOUND})")  # `超过了0.4`
# a bound written after its number (`在0.5以上`, `85%以下`): 以上 and 以下 include the number (中华人民共和国民法典
# 第一千二百五十九条: 以上、以下…包括本数); the word in group 1 and the number in group 2, as _COMPARE has them
_BOUND_AFTER = re.compile(rf"(?={_BOUND}\s*及?(以上|以下))({_BOUND})")
_OP = {"以上": ">=", "以下": "<=", "大于": ">", "超过": ">", "高于": ">", "多于": ">", "不低于": ">=", "不少于": ">=",
       "达到": ">=", "小于": "<", "低于": "<", "少于": "<", "不到": "<", "没有到": "<", "没到": "<", "未达到": "<",
       "没有达到": "<", "不足": "<", "等于": "="}
_BETWEEN = re.compile(r"大于|超过|高于|多于|小于|低于|少于|等于")
_QUALIFIED = re.compile(r"[“\"]?(大于|超过|高于|小于|低于|不低于|不超过|以上|以下)[”\"]?[^0-9]{0,6}(?:表示|表述|写)")
_QUALIFIER = {"大于": ">", "超过": ">", "高于": ">", "以上": ">", "不低于": ">", "小于": "<", "低于": "<",
              "不超过": "<", "以下": "<"}
_TABLE_NUMBER = re.compile(r"表\s*(\d{1,2})")
# a change asked as a rate (%), not an amount: its speed (`涨得最快`) too
_RATE_WORDS = re.compile(r"增幅|增长率|增速|涨幅|降幅|下降率|(?:增长|增加|上涨|涨|提高|下降|减少|降)得?最[快慢]")
_GAP_WORDS = re.compile(r"相差|差距|差额|差值|差得|差了?多少|缺口")
_INNER_NOTE = re.compile(r"[(（][^()（）]{0,8}[)）]")
_YEAR = re.compile(r"(20\d\d)")
# a cell of a column of years (rows by label × year): the year, maybe with 年 or 年度
YEAR_CELL = re.compile(r"(20\d\d)(?:年度?)?")
MIN_LABEL_CHARS = 2  # a row label a question may name (a stage, 小学; a school)
_SCALES = ("万", "萬", "亿", "億", "千", "百")
_PART = re.compile(r"部分|其中|例如|如下[几部]|典型|抽[查样]")  # a table of some rows of a whole
# a column of one year: `2020`, `2020年底`, or the year with what it holds (`2024年决算数`, `2025年目标值`)
_YEAR_COLUMN = re.compile(r"(20\d\d)年?(?:底|末)?(?:[^\d]{1,6})?")
# `平均每个班`, `每所学校`, `每名教师`: the column a ratio divides by, named by what it counts
# (and the counters of what a purchase buys, `平均每套`, `每台`: a price per one over a procurement table)
# (and of events held, `平均每场…多少人`: a column of sessions beside one of those taking part)
_PER = re.compile(r"每(?:一)?(?:个|所|名|位|间|户|套|台|件|辆|场)?")
_SPECIFIC_COUNTERS = "所名位间户套台件辆场"  # the counters of _PER that say what they count (个 counts anything)
MAX_KIND_CHARS = 2  # of a word of kind before a counted thing's name (`专职`, `骨干`)
_KIND_WORD = r"(?:(?!多|少|几)[\u4e00-\u9fff])"
# a row whose whole was done, said in words (`全部压减了`, `都完成的`): the verb after the word of all
_ALL_DONE = re.compile(r"(?:全部|全都|全数|都已经?|都)(?P<verb>[^\W\d了的]{2})(?=了|的|$|[？?，,。])")


def _all_done(table: Table, numeric: list[str], q: str) -> tuple[list[str], Condition] | None:
    """The rows that did all they had of the verb asked: the column of what was done (`已压减`) equal to the
    whole in the same unit just before it (`原有`), else the verb's rate column (`压减率`) at 100%."""
    units = _column_units(table)
    by_key = {key(c): c for c in _data_columns(table)}
    for m in _ALL_DONE.finditer(q):
        verb = m.group("verb")
        done = [k for k in numeric if verb in k and not k.endswith("率")]
        at = numeric.index(done[0]) if len(done) == 1 else 0
        if at and units.get(by_key[numeric[at - 1]]) == units.get(by_key[done[0]]):
            return done, Condition("=", other=numeric[at - 1])
        rates = [k for k in numeric if f"{verb}率" in k]
        if len(rates) == 1:
            return rates, Condition(">=", number=100)
    return None


# a column that holds an amount per one already (a class size, a per-pupil or average figure): its mean answers
# an average per one; any other column's mean does not
_PER_ONE_COLUMN = re.compile(r"班额|生均|校均|人均|平均|均值")
# the noun an amount per one is asked of, after 多少/几 and its counter (`多少学生`, `多少名教师`, `几个班`)
_ASKED_NOUN = re.compile(r"(?:多少|几)(?:个|名|位|所|间|户)?(?P<noun>[^\W\d的是呢吗啊]{1,4})")
# a paragraph pointing to the table under it: `各县区情况见表1`, `如表2所示`, `详见表3`
_POINTER = re.compile(r"(?:见|如|详见|参见|列入|列于)表(\d{1,2})(?![\d\-－.．])")
MAX_POINTER_CHARS = 400
MAX_LEAD_CHARS = 80  # of the introducing paragraph, its end: the words next to the table
# rows chosen by their unit: `按百分比计的指标`, `以万人为单位的`, `单位为%的`
_UNIT_ROWS = re.compile(r"(?:以|用)(百分比|百分数|百分率|%|[^\s，。、？的]{1,3}?)(?:表示|为单位|计量)"
                        r"|单位(?:为|是)(百分比|%|[^\s，。、？的]{1,3})|(百分比|百分数|百分率)的?(?:指标|项)")
_PERCENT_WORDS = ("百分比", "百分数", "百分率")
# a negation just before a cell value the question names: rows that do not hold it (没有做到…全部达标, 非…)
_NEGATED = re.compile(r"(?:没有|没|未|尚未|不是|不|非)(?:做到|达到|实现|是|为|属于)?$")
MIN_FUZZY_RATIO = 0.75  # share of a category value's two-character pieces the question must hold
MIN_FUZZY_CHARS = 4
MIN_CAPTION_BIGRAMS = 3  # two-character pieces of a caption the question must share to name the table by it
MIN_MENTIONS = 1
MAX_PART_CHARS = 8  # of a word the question names rows of a kind by (`镇中心校`)
MAX_SHOWN = 3  # rows cited when a table cannot answer, or each stated when a ranking by change is among so few


class WholeTable:
    """`named_only`: answer only questions that name a table by its number (表2中哪个区县…最多), or whose
    places asked are all rows of one table (`A区和B区新增学位加在一起`: a county-by-county table of a
    city's report), which go to the table before strategies that read them as a question across places
    or documents."""

    def __init__(self, named_only: bool = False):
        self.named_only = named_only

    def try_answer(self, ask: Ask) -> Draft | None:
        docs = ask.scope if ask.scope is not None else list(dict.fromkeys(h.chunk.doc_id for h in ask.hits))
        texts = {d: ask.reader.documents[d].text for d in docs}
        # the documents in scope, else those of the passages found: reading every document's
        # tables would grow with the library
        tables = [t for d in docs for t in ask.reader.documents[d].tables if t.rows]
        q = without_named_superlatives(normalize(ask.query.norm, drop_space=True), texts.values(),
                                       [c for t in tables for c in t.columns])
        # (总 before a column's name is a sum asked only of a question asking one thing: `A多少台、总投资多少`
        # asks each figure apart, the several asks' handler reads each)
        summed = [c for t in tables for c in t.columns] if len(ask.query.asks) <= 1 else []
        if not (_MAX.search(q) or _MIN.search(q) or _MEAN.search(q) or _COUNT.search(q) or _LIST.search(q)
                or _EACH.search(q) or sum_asked(q, summed)):
            return None
        compare = _COMPARE.search(q)
        if compare and _labelled_by(tables, compare.group()):
            return None  # `班容量超过48人的班要压到几个`: the comparison names an indicator's row, not rows to filter
        items = _TEXT_ITEMS.search(q)
        if items and not (_MAX.search(q) or _MIN.search(q) or _MEAN.search(q) or _SUM.search(q) or _COUNT.search(q)):
            tables = [t for t in tables if _names_items(t, items.group("noun"))]
        number = _TABLE_NUMBER.search(q)
        if self.named_only:
            tables = [t for t in tables if number and table_number(t, texts[t.doc_id]) == number.group(1)
                      or _rows_are_places(t, ask.query.regions, ask.reader.documents[t.doc_id].meta.region)]
        # equally named tables: the one whose caption the question shares more words with (`支出` of 支出预算表)
        # (a sum asked of what a table's lead-in says it is of, `X分配如下表`, names that table)
        led = {id(t) for t in tables if _SUM.search(q) and _led_as_asked(ask, t, texts[t.doc_id])}
        scored = sorted(((_mentions(t, q, texts[t.doc_id]) + (id(t) in led), -_caption_shared(t, q), i, t)
                         for i, t in enumerate(tables)), key=lambda x: (-x[0], x[1], x[2]))
        unlike: tuple[Table, UnlikeUnits] | None = None
        still: tuple[Table, str] | None = None  # a table asked which rows fell (rose) where none did
        for at, (score, unshared, _, table) in enumerate(scored):
            if score < MIN_MENTIONS:
                break
            places = tuple(normalize(r, drop_space=True) for r in ask.query.regions) \
                + _title_place(ask.reader.documents[table.doc_id].meta.title, q)
            own = ask.reader.documents[table.doc_id].meta.region
            query = parse(table, q, ask.query.units, places,
                          tuple(_places_in_labels(table, tuple(_other_places(ask.query.regions, own)))),
                          titled_year(ask.reader.documents[table.doc_id].meta.title), bool(summed),
                          id(table) in led)
            if query is not None and query.aggregate == "count" and not _about_table(ask, table, q,
                                                                                     texts[table.doc_id]) \
                    and not _counted_by_its_values(table, query, texts[table.doc_id]):
                continue
            try:
                result = run_in_scope(table, query, lead_in(table, texts[table.doc_id]),
                                      texts[table.doc_id]) if query else None
            except UnlikeUnits as err:
                # (said only of rows the question asks: a figure the table does not hold, `历年投入累计`, read by
                # its year column alone sums nothing of it — the prose may state it)
                if query is not None and (query.labels or query.where or query.groups
                                          or _about_table(ask, table, q, texts[table.doc_id])):
                    unlike = unlike or (table, err)
                result = None
            except TableQueryError:
                result = None
            if result is not None and result.query.aggregate == "mean" and len(result.cells) < 2:
                result = None  # the mean of one cell is that cell: a lookup's answer, not a computation
            if result is not None and result.query.aggregate == "mean" and _MEAN_SCORE.search(q) \
                    and not all(score_header_unit(c.column) for c in result.cells):
                result = None  # a mean score asked of a table of counts: rooms and days are no score
            # a sum of rows whose whole the prose states answers only a question about those rows — never
            # one asking several figures (`总数多少，公办民办各多少`): its asks are the prose's figures
            if result is not None and result.query.aggregate == "sum" and not result.query.labels \
                    and not any(c.is_total for c in cells_of(table)) \
                    and not _summed_by_its_values(table, result.query, texts[table.doc_id]) \
                    and _prose_counts(table, result.query.measure, texts[table.doc_id]) \
                    and (len(ask.query.asks) > 1 or not _rows_asked(ask, table, q, texts[table.doc_id],
                                                                     len(result.rows))):
                continue
            if result is not None and result.query.aggregate == "sum" and not result.query.labels \
                    and _qualified_in_prose(table, result.query.measure, q, texts[table.doc_id]):
                continue
            # a sum of two or more things the question names (`A和B加起来`) is never one column's total over
            # every row: that column is at most one of them (a cross-document sum, server/answer/listed.py)
            if result is not None and result.query.aggregate == "sum" and len(result.query.measure) <= 1 \
                    and not _rows_chosen(result.query) and len(asked_items(q)) >= 2:
                continue
            unmoved = _unmoved(table, query, result, q) if query is not None else None
            if unmoved is not None:
                still = still or (table, unmoved)
                if at + 1 == len(scored) or scored[at + 1][:2] != (score, unshared):
                    break  # the table the question names best says no row moved so: not another table's rows
            elif result is not None and result.cells:
                return compose_ranked_apart(ask, table, result) if result.apart else compose(ask, table, result)
        if still is not None:
            return _refuse(ask, still[0], still[1])
        if unlike is not None:
            table, unlike_units = unlike
            units = "、".join(u or "无单位" for u in unlike_units.units)
            named = _title(table, ask.reader.documents[table.doc_id])
            return _refuse(ask, table, f"{named}中所问各行的单位不同（{units}），"
                                       "不能放在一起比较或相加；请限定指标或单位再问（如“以百分比表示的指标”）。")
        # a table named by its number with an aggregate asked of it that it cannot give: not a prose
        # figure of another kind (a count of schools in the text for `表1中哪所学校…最多`)
        numbered = next((t for t in tables if number and table_number(t, texts[t.doc_id]) == number.group(1)), None)
        if numbered is not None and (_MAX.search(q) or _MIN.search(q) or _MEAN.search(q) or _SUM.search(q)
                                     or _asks_change(q)):
            named = _title(numbered, ask.reader.documents[numbered.doc_id])
            return _refuse(ask, numbered, f"{named}中没有能回答该问题的列或行。")
        return None


def sum_asked(q: str, columns: list[str]) -> bool:
    """Whether the question asks a sum: by a word of summing, or by 总 before the name of a column of amounts
    (`总预算`, `总投资` of a 预算 or 投资 column: the whole of every row's, as budget tables total them)."""
    return bool(_SUM.search(q)) or any(f"总{k}" in q for c in columns
                                       if len(k := key(c)) >= 2 and not k.startswith("总"))


def _labelled_by(tables: list[Table], phrase: str) -> bool:
    """A row of the tables is named by the phrase (an indicator counting what passes a bar, `班容量超过48人的班数
    （个）` of a targets table): a question holding it asks that row."""
    phrase = key(phrase)
    return any(phrase in key(row_label(t, r)) for t in tables for r in t.rows)


# a superlative or 平均 opening a noun (`最大班额`, `最低工资标准`, `平均班额`, `平均完成时间`): the name of
# an indicator when the documents write it so, not a ranking of rows or a mean of a column; the word's own
# use (`最大的`, `最多是`, `平均每个班`, `平均是多少`) never is
_SUPERLATIVE_TERM = re.compile(r"(?:最[大小多少高低长短]|平均(?!每))(?=([^\W\d的是为了和与及也还在于时？?，,。]{2}))")


def without_named_superlatives(q: str, texts: Iterable[str], columns: Iterable[str] = ()) -> str:
    """`q` with the superlative (or 平均) of each indicator name the documents state (`最大班额`) masked,
    so that it is not read as a ranking or a mean — unless it names a column of the tables read
    (`平均班额` of a table of schools: 哪所学校平均班额最大 ranks by it)."""
    texts = list(texts)
    headers = [key(c) for c in columns]
    out = q
    for m in _SUPERLATIVE_TERM.finditer(q):
        term = m.group() + m.group(1)
        if any(term in normalize(t, drop_space=True) for t in texts) and not any(term in h for h in headers):
            out = out[:m.start()] + "\ue000" * len(m.group()) + out[m.end():]
    return out


# the place a document's title opens with (`某县教育局关于…`), named by the unit of division that closes it
_TITLE_PLACE = re.compile(r"^[^\W\d]{1,6}?[省市县区旗]")


def _title_place(title: str, q: str) -> tuple[str, ...]:
    """The place the document's title opens with, when the question opens with it too: a place the gazetteer
    may not list, which names what the whole document is of, never a kind of its table's rows (`某县第二小学`)."""
    m = _TITLE_PLACE.match(key(title))
    return (m.group(),) if m and len(m.group()) >= 3 and q.startswith(m.group()) else ()


def _rows_are_places(table: Table, regions: list[str], own: list[str]) -> bool:
    """Two or more places asked besides the document's own (`庆阳市`), each the label of a row of the
    table (full or short name); or places whose rows a record table names them by (`A区城南幼儿园新建
    项目`: a city plan's projects, each under its county)."""
    names = {key(c.own_label) for c in cells_of(table)}
    regions = _other_places(regions, own)
    return len(regions) >= 2 and all(
        {normalize(r, drop_space=True), short_name(normalize(r, drop_space=True))} & names for r in regions) \
        or bool(regions) and set(regions) <= set(_places_in_labels(table, tuple(regions)))


def _other_places(regions: list[str], own: list[str]) -> list[str]:
    """The places asked, normalised, other than the document's own."""
    owned = {normalize(o, drop_space=True) for o in own}
    return [r for r in (normalize(x, drop_space=True) for x in regions) if r not in owned]


def _places_in_labels(table: Table, places: tuple[str, ...]) -> list[str]:
    """Of the places (full names), those that open the labels of some rows, not all, and name none whole:
    the rows of a place in a table listing several places' projects or schools."""
    labels = {key(c.own_label) for c in cells_of(table)}
    return [p for p in places if len(p) >= 2 and p not in labels
            and 0 < sum(label.startswith(p) for label in labels) < len(labels)]


def _about_table(ask: Ask, table: Table, q: str, text: str) -> bool:
    """The question asks about the table itself — by its number, as `表中`/`所列`, or by the words of its
    caption (or heading) other than its place's name (`民生工程清单里…几项`). A count of a table's rows
    answers `多少所` only then: tables often list a part (部分学校, 重点项目) of what the prose counts."""
    number = _TABLE_NUMBER.search(q)
    if _TABLE_REF.search(q) or number and table_number(table, text) == number.group(1):
        return True
    caption = _own_words(table, text)
    places = [*ask.query.regions, *ask.reader.documents[table.doc_id].meta.region]
    for place in places:
        for form in (normalize(place, drop_space=True), short_name(normalize(place, drop_space=True))):
            caption = caption.replace(form, " ") if len(form) >= 2 else caption
    shared = {caption[i:i + 2] for i in range(len(caption) - 1)} & {q[i:i + 2] for i in range(len(q) - 1)}
    # a year or a number both name (`2025年`) says when, not what the table lists
    return len({b for b in shared if " " not in b and not re.search(r"\d", b)}) >= MIN_CAPTION_BIGRAMS


# the clause over a table that says what it lists (`实地核查学校主要指标如下表`, `各校情况见表2`)
_LEAD_SUBJECT = re.compile(r"([^，。；：:,]{2,40}?)(?:如下表|见下表|列表如下|见表\d{1,2}|如表\d{1,2}所示)")
# a count of things a question names (`6所抽查学校`, `五个项目`): how many rows it means
_COUNT_NAMED = re.compile(r"(\d{1,3}|[一二三四五六七八九十两]{1,3})(?:所|个|项|家|名|座|类|位|条|处)")


_PROSE_SENTENCE = re.compile(r"[^。；;！!？?\n]+")


def _prose_counts(table: Table, measure: list[str], text: str) -> bool:
    """The document's prose, outside the table, states a figure of what a measured column counts
    (`发现问题392个` beside a column 发现问题数): a table without a total row of its own may list a part
    of that whole."""
    stems = [s for c in measure if len(s := _INNER_NOTE.sub("", c).removesuffix("数")) >= 2]
    stems += [f for s in stems for f in synonyms().get(s, ()) if len(f) >= 2]  # 在校生 written 在校学生
    prose = text[:table.start] + "\n" + text[table.end:]
    for m in _PROSE_SENTENCE.finditer(normalize(prose, drop_space=True)):
        sentence = m.group()
        if any(re.search(rf"{re.escape(s)}\D{{0,6}}\d", sentence) for s in stems) \
                or any(_split_count(c, sentence) and re.search(r"\d", sentence) for c in measure):
            return True
    return False


# a word before a column's name in a question that only sums or picks (`总投资`, `各校投资`), not a kind of it
_NOT_A_KIND = re.compile(r"[总總合共全各每的和与及、了是]")


def _qualified_in_prose(table: Table, measure: list[str], q: str, text: str) -> bool:
    """The question asks a kind of what a summed column holds, by a word before its name no header and no
    cell has (`已到位资金` of a column 资金, `完成投资` of a column 投资: a plan's amounts, not what was done), and the
    prose outside the table states a figure of that kind: the sum of the column is not the figure asked."""
    headers = [key(c) for c in table.columns]
    cells = key("".join(c.text for r in table.rows for c in r.cells))  # a word of the rows chooses rows (`…初中`)
    prose = normalize(text[:table.start] + "\n" + text[table.end:], drop_space=True)
    for column in measure:
        name = _INNER_NOTE.sub("", key(column)) or key(column)
        at = q.find(name) if len(name) >= 2 else -1
        kind = q[max(at - 2, 0):at] if at > 0 else ""
        if len(kind) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in kind) and not _NOT_A_KIND.search(kind) \
                and not any(kind + name in h for h in headers) and kind not in cells \
                and re.search(rf"{re.escape(kind + name)}\D{{0,6}}\d", prose):
            return True
    return False


def _rows_asked(ask: Ask, table: Table, q: str, text: str, rows: int) -> bool:
    """A sum over rows the question does not name one by one answers only a question about those rows:
    one that names the table (its number, `表中`), states how many rows it adds (`6所抽查学校`), or
    shares words with the table's caption or the clause introducing it that its document's title lacks
    (`抽查学校`, `实地核查`). Tables of a report list a part (抽查学校, 试点学校) of what its prose totals,
    and the report's own words (本年度, 专项检查) name the whole."""
    if _TABLE_REF.search(q) or (number := _TABLE_NUMBER.search(q)) and table_number(table, text) == number.group(1):
        return True
    for m in _COUNT_NAMED.finditer(q):
        n = parse_number(m.group())
        if n is not None and n.value == rows:
            return True
    own = _own_words(table, text)
    title = key(ask.reader.documents[table.doc_id].meta.title)
    places = [*ask.query.regions, *ask.reader.documents[table.doc_id].meta.region]
    shared = _bigrams(own) & _bigrams(q) - _bigrams(title) - {b for p in places for b in _bigrams(key(p))}
    return len(shared) >= MIN_CAPTION_BIGRAMS


def _own_words(table: Table, text: str) -> str:
    """What the table is named by: its caption (or the heading it stands under) and the clause
    introducing it (`抽查学校主要指标如下表`), its notes in brackets left out."""
    subject = _LEAD_SUBJECT.search(BRACKETED_NOTE.sub("", lead_in(table, text)))
    return key(table.caption or table.section.rsplit(">", 1)[-1]) + " " + (key(subject.group(1)) if subject else "")


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if " " not in text[i:i + 2]}


def _counted_by_its_values(table: Table, query: TableQuery, text: str) -> bool:
    """A count of rows by a threshold on a column (`在校生超过1000人的学校有几所`) or by a yes/no column
    (`是否寄宿制`) is the table's to answer unless the paragraph over it says the table lists only some
    (`部分学校情况见表1`): prose rarely counts by a table's column, but a partial table would count a part."""
    by_values = query.condition is not None or any(key(c).startswith("是否") for c in [*query.where, *query.exclude])
    return by_values and _PART.search(lead_in(table, text)) is None


def _summed_by_its_values(table: Table, query: TableQuery, text: str) -> bool:
    """A sum over the rows a cell value or a threshold chooses (`10月开工的工程合计投资多少`) is the table's to
    answer, as a count by them is (`_counted_by_its_values`): prose rarely totals by a table's column."""
    return bool(query.where or query.condition) and _PART.search(lead_in(table, text)) is None


def _refuse(ask: Ask, table: Table, message: str) -> Draft:
    """An abstention that says why the table cannot answer, citing its first rows."""
    chunks = ask.reader.chunks_of[table.doc_id]
    hits = [h for r in table.rows[:MAX_SHOWN] if (h := _row_hit(chunks, table, r.index))]
    return ask.reader.abstain(message, hits)


def _title(table: Table, doc: Document | None = None) -> str:
    """How an answer names the table: its caption, else its number and the heading it stands under, else
    (`doc` given) the document's title."""
    if table.caption:
        return f"《{normalize(table.caption)}》"
    heading = normalize(table.section.rsplit(">", 1)[-1].strip())
    number = table_number(table, doc.text) if doc else None
    return f"表{number}（{heading}）" if number else f"《{normalize(table_name(doc, table)) if doc else heading}》"


def _mentions(table: Table, q: str, text: str = "") -> int:
    """How strongly the question names this table: its number, caption, headers and cell values.
    `text`: the document's text, where a table without a caption is numbered by the prose above it."""
    score = 0
    number = _TABLE_NUMBER.search(q)
    if number and table_number(table, text) == number.group(1):
        score += 3
    # its caption, or the heading it stands under when it has none (`办学条件8项指标达标情况`)
    shared = _caption_shared(table, q)
    score += shared if shared >= MIN_CAPTION_BIGRAMS else 0
    headers = _data_columns(table)
    score += sum(1 for h in headers if column_named(key(h), q) or _year_word_named(key(h), q) or _counted(key(h), q))
    score += 1 if distinct_named([key(h) for h in headers], q) and not most_named([key(h) for h in headers], q) else 0
    score += 1 if any(_cell_filters(table, q)) or status_filter(table, q) else 0
    # rows chosen by their unit (`以%计的指标里`) that some of its rows are in
    units = _row_units(q)
    score += 1 if units and any(c.unit in units for c in cells_of(table)) else 0
    # several of its groups named together (`小学、初中两个学段中`) name the table
    score += 1 if sum(_group_named(key(g), q) for g in _groups(table)) >= 2 else 0
    # the rows asked by what the label column names them (`哪家X`, `…的X有几个`), or ranked by a total it states
    # (or by its head noun, the header's last two characters: `哪个项目` of `使用项目`)
    rows = key(label_column(table))
    names = "|".join(re.escape(r) for r in dict.fromkeys((rows, rows[-2:])))
    score += 1 if len(rows) >= 2 and re.search(rf"哪[个家所类项些几一]*(?:{names})"
                                               rf"|(?:{names})(?:一共|共)?有?(?:几|多少)[个所家项类]", q) else 0
    score += 1 if total_column(table) and _TOTAL_ASKED.search(q) and (_MAX.search(q) or _MIN.search(q)) else 0
    # which rows fell or rose, or changed most, asked of a table stating each row's change or two periods
    score += 1 if _asks_change(q) and _change_columns(table) else 0
    # rows ranked by how often they do a thing (`跑得最少`), of a table counting times
    score += 1 if _times_ranked([key(h) for h in headers], q) else 0
    if score == 0:
        return 0  # a row label or a group word alone (小学) does not name a table
    shared_word = _label_word(table)  # `专任教师` of `幼儿园专任教师（人）`, `小学专任教师（人）`…: what it counts
    score += 1 if shared_word and shared_word in q else 0
    score += 1 if _labels(table, q) else 0
    score += 1 if any(_group_named(key(g), q) for g in _groups(table)) else 0
    return score


def _names_items(table: Table, noun: str) -> bool:
    """Whether a table lists items of the kind a text's list is asked by (措施, 问题): its caption,
    the heading it stands under or a header names them."""
    return any(noun in key(h) for h in (table.caption, table.section.rsplit(">", 1)[-1], *table.columns))


def _caption_shared(table: Table, q: str) -> int:
    """How many two-character pieces of the table's caption (or its heading) the question holds: its note
    in brackets too, which often says which part of a whole it lists (`支出决算表（按功能分类，单位：万元）`),
    but not the unit the note states."""
    named = key(table.caption) + _caption_note(table.caption) if table.caption else \
        key(table.section.rsplit(">", 1)[-1])
    caption = re.sub(r"^\d+[:：]", "", named)
    return len({caption[i:i + 2] for i in range(len(caption) - 1)} & {q[i:i + 2] for i in range(len(q) - 1)})


_UNIT_STATED = re.compile(r"(?:金额|计量)?单位[:：][^，,；;、)）]*")


def _caption_note(caption: str) -> str:
    """The words of the note closing a caption, its unit left out (`按功能分类` of `（按功能分类，单位：万元）`)."""
    note = UNIT_NOTE_END.search(normalize(caption, drop_space=True))
    return _UNIT_STATED.sub("", note.group()).strip("()（），,") if note else ""


def _asks_change(q: str) -> bool:
    """The question asks which rows fell or rose, or which changed most."""
    return bool(_FALL.search(q) or _RISE.search(q) or _RATE_WORDS.search(q)) \
        and bool(_LIST.search(q) or _MAX.search(q) or _MIN.search(q))


def table_number(table: Table, text: str = "") -> str | None:
    """The table's number: from its caption (`表1 …`, `1:…指标表`), else, for a table published
    without one (web and Word tables lose theirs), from the paragraph just above it that points
    to it (`…见表1。`, `如表2所示`)."""
    caption = normalize(table.caption, drop_space=True)
    m = re.match(r"表(\d{1,2})(?![\d\-－.．])", caption) or re.match(r"(\d{1,2})[:：]", caption)
    if m:
        return m.group(1)
    if table.caption or not text:
        return None
    pointer = _POINTER.findall(normalize(lead_in(table, text), drop_space=True))
    return pointer[-1] if pointer else None


def _led_as_asked(ask: Ask, table: Table, text: str) -> bool:
    """The paragraph just above the table names the question's focus (`名额` of `各项名额见下表`)."""
    focus = normalize(ask.query.focus, drop_space=True)
    return len(focus) >= 2 and focus in normalize(lead_in(table, text), drop_space=True)


def lead_in(table: Table, text: str) -> str:
    """The paragraph just above the table (`全区各学段专任教师情况见下表。`): what it is a table of."""
    before = [p for p in text[max(0, table.start - MAX_POINTER_CHARS):table.start].split("\n") if p.strip()]
    return before[-1] if before else ""


def parse(table: Table, q: str, units: tuple[str, ...] = (), places: tuple[str, ...] = (),
          opening: tuple[str, ...] = (), own_year: int | None = None, total_named: bool = False,
          led_as_asked: bool = False) -> TableQuery | None:
    """The template the question maps onto, or None when it names nothing to measure or filter.
    `units`: the units the question asks in (its 人数 keeps the counts, not the rates of a group);
    `places`: the places it asks about, rows of a table by place however short their name (环县);
    `opening`: places asked that open the labels of the rows they choose (`B镇河西小学改扩建工程`);
    `own_year`: the one year the document's title names (`2023年度部门决算`), its tables' 本年;
    `total_named`: 总 before a column's name (`总预算`) asks that column's sum;
    `led_as_asked`: the paragraph leading the table names the thing the question asks (its focus)."""
    columns = {key(c): c for c in _data_columns(table)}
    numeric = [k for k, c in columns.items() if _numeric(table, c)]
    named = most_named(list(columns), q) or distinct_named(list(columns), q)
    # year columns (an indicator table), headed `2020` or `2020年`
    dated = [(m.group(1), k) for k in columns if (m := _YEAR_COLUMN.fullmatch(k))]
    by_year = {y: k for y, k in dated if [x for x, _ in dated].count(y) == 1}  # one column per year
    years = [by_year[y] for y in _YEAR.findall(q) if y in by_year]
    left_out = _left_out(table, q)
    labels = _spanned_rows(table, q) or [x for x in _labels(table, q, places) if not any(w in x for w in left_out)]
    where, exclude = _cell_filters(table, q)
    # a cell value named only inside a row's name (小学 in 实验小学) or a header's (完成 in 实际完成值) does not
    # choose rows
    headers = [k for k in columns if len(k) > 2 and k in q]
    where = {c: v for c, v in where.items() if not _inside(v, labels + headers, q)}
    exclude = {c: v for c, v in exclude.items() if not _inside(v, labels + headers, q)}
    status = status_filter(table, q)
    if any(_bare_done(where.get(c, "")) or _bare_done(exclude.get(c, "")) for c in status):
        # a status cell named (完成 of 没完成) is one value of a status column: its other done values
        # (超额完成) are done too, so the rows asked are the status's, not those of the one cell
        where = {c: v for c, v in where.items() if c not in status}
        exclude = {c: v for c, v in exclude.items() if c not in status}
    one_of = {} if where or exclude else status
    named += [k for k in numeric if k not in named and (_counted(k, q) or _year_word_named(k, q))]
    named += [k for k in _verb_named(numeric, q) if k not in named]
    if not [k for k in named if k in numeric]:
        named += _times_ranked(numeric, q)
    groups = [key(g) for g in _groups(table) if _group_named(key(g), q)]
    labels = [x for x in labels if x not in groups]  # a group's own row (`二、项目支出`) names the group
    each_row = not (labels or groups) and bool(_EACH.search(q)) and bool(labels := _each_row_asked(table, q))
    # a question naming a year reads that year's columns only, not every year column the rest names (经费)
    asked_years = set(_YEAR.findall(q)) & {y for y, _ in dated}
    if asked_years:
        named = [k for k in named if not (m := _YEAR_COLUMN.fullmatch(k)) or m.group(1) in asked_years]
    measure = sorted(of_asked_kind([k for k in named if k in numeric], q), key=lambda k: _position(k, q)) \
        or years[-1:]
    measure = [_head_of_modifier(m, numeric, q) for m in measure]
    whole = total_column(table)
    whole = key(whole) if whole is not None and key(whole) in numeric else None
    if whole and len(measure) > 1 and whole in measure and not _TOTAL_ASKED.search(q):
        measure = [m for m in measure if m != whole]  # `合计多少` asks a sum of the other column it names
    if whole and (_MAX.search(q) or _MIN.search(q)) and (not measure or _TOTAL_ASKED.search(q)):
        measure = [whole]  # a row ranked as a whole (`哪个单位名额最多`, `总钱数最高`): by its total
    spread = [k for k in numeric if _SPREAD_COLUMN.search(k)]
    if not measure and len(spread) == 1 and _SPREAD_ASKED.search(q) and (_MAX.search(q) or _MIN.search(q)):
        measure = spread  # `哪项指标各校差别最大`: the rows ranked by the one statistic of how far apart they are
    if not measure and (_MAX.search(q) or _MIN.search(q)) and not _asks_change(q):
        measure = _period_asked(table, q, own_year)
    within = [] if labels or where or exclude or groups else _label_part(table, q, places, left_out)
    if whole and not measure and (within or groups and _counts_noun_asked(table, q, groups)) and _SUM.search(q):
        measure = [whole]  # `各中心校一共多少个名额`, `小学一共招多少名教师`: their totals added up
    if whole and not measure and not labels and not groups and not where and led_as_asked and _SUM.search(q):
        measure = [whole]  # `X一共多少` of a table its lead-in says is of X (`X分配如下表`): all its rows' totals
    condition = None
    pair = _column_pair(list(columns), q)
    compare = _COMPARE.search(q) or _BOUND_AFTER.search(q)
    qualifier = _QUALIFIED.search(q)
    if pair:
        measure, condition = [pair[0]], Condition(pair[1], other=pair[2])  # type: ignore[arg-type]
    elif _NONE_GIVEN.search(q) and len(measure) == 1:
        condition = Condition("=", number=0, empty=True)  # `哪些学科乡镇学校一名也不招`: its 0 or empty cell
    elif compare and not qualifier:
        threshold = parse_number(compare.group(2))
        if threshold is not None:
            op, number = _OP[compare.group(1)], threshold.value
            # a change by more than a share (`增长超过10%`, `减少超过5%`): the column stating the change
            stated = [k for k in numeric if CHANGE_HEADER.search(k)]
            moved = _FALL.search(q[:compare.start()]) or _RISE.search(q[:compare.start()])
            if threshold.unit == "%" and stated and moved:
                measure = stated[:1]
                # fell by more than 5%: a change below −5% (a column of the fall's size, 下降率, above 5)
                if _FALL.search(q[:compare.start()]) and not FALL_SIZE_HEADER.search(measure[0]):
                    op, number = {">": "<", ">=": "<=", "<": ">", "<=": ">="}.get(op, op), -number
            condition = Condition(op, number=number, unit=threshold.unit,  # type: ignore[arg-type]
                                  scaled=threshold.unit_as_written[:1] in _SCALES)
    elif not (_MAX.search(q) or _MIN.search(q)) and (done := _all_done(table, numeric, q)) is not None:
        measure, condition = done
    short = _SHORT_OF.search(q)
    kinds = {k: value_kind(k) for k in numeric}
    achieved = [k for k in numeric if kinds[k] == "achieved"]
    required = [k for k in numeric if kinds[k] == "required"]
    # (a verdict column the question names, 是否达标 or 完成情况, judges instead: a standard may be a ceiling)
    if short and condition is None and not (where or exclude or one_of) and len(achieved) == 1 and len(required) == 1 \
            and (_LIST.search(q) or _COUNT.search(q)):
        # `哪些指标未达到预期值`: the rows whose achieved value falls short of the required one beside it
        measure, condition = achieved, Condition(">" if short.group(1) else "<", other=required[0])
    noted = _column_units(table)
    per = _per_column(numeric, q, {k: noted[c] for k, c in columns.items() if c in noted})
    change_from = None
    ranks = bool(_MAX.search(q) or _MIN.search(q) or _LIST.search(q))
    rate = _RATE_WORDS.search(q)  # `增幅最大`: rows ranked by growth %, which rows in unlike units share
    falls = bool(_FALL.search(q) or rate and rate.group().startswith("降"))
    apart = False
    shown: list[str] = []
    if ranks and (_FALL.search(q) or _RISE.search(q) or rate) and not compare:
        change = _change_measure(table, q, numeric, by_year, years, falls)
        if change is not None:
            measure, condition, change_from, apart = change
        elif not any(_CHANGE_NAMED.search(m) for m in measure):
            return None  # a change asked of a table of one period's values: its largest value is no change
    # two columns of each row compared (`哪所学校在编人数与核定人数相差最大`): rows ranked by the size
    # of their gap, whichever column is the larger
    gap = bool(_GAP_WORDS.search(q)) and len(measure) >= 2 and change_from is None and condition is None \
        and bool(_MAX.search(q) or _MIN.search(q))
    # a column headed by the gap word asked (a supply-and-demand table's 缺口, 差额) states each row's gap: ranked
    # by it, never by a gap computed between two columns
    stated_gap = [m for m in measure if (w := _GAP_WORDS.search(m)) and w.group() in q] if gap else []
    if len(stated_gap) == 1:
        measure, gap = stated_gap, False
    if gap:
        measure, change_from = measure[:1], measure[1]
    if condition is None and change_from is None and not per and not (ranks and (falls or _RISE.search(q) or rate)):
        # `一共计划招多少个班`: the column of the noun or kind asked, never a column of another kind (a ranking by
        # change reads its change column, whatever the amount's unit: `生均经费涨得最快`)
        asked = of_asked_noun({k: columns[k] for k in numeric}, _kind_units(table), measure, q, units)
        if measure and not asked:
            return None
        measure = asked
    if _MAX.search(q) or _MIN.search(q):
        aggregate = "max" if _MAX.search(q) and not (_MIN.search(q) and not _RISE.search(q)) else "min"
        if falls and (change_from or measure and _is_stated_change(table, measure[0])
                      and not FALL_SIZE_HEADER.search(measure[0])):
            aggregate = "min" if aggregate == "max" else "max"  # `下降最多`: the lowest change
        measure = measure or _money_ranked(table, columns, numeric, q)
        if not measure:
            return None
        if len(measure) > 1 and change_from is None:
            ranked_by = _ranked_by(measure, q)
            shown, measure = [m for m in measure if m not in ranked_by], ranked_by
    elif per and _MEAN.search(q):
        # an amount per one (`平均一所X多少Y`): the mean of a column holding it per one already (平均班额,
        # named by more than its 平均), else the total of the column holding the amount ÷ the count's total —
        # never the mean of the count column; no such column, no answer
        rated = [m for m in measure if m != per and _PER_ONE_COLUMN.search(m)]
        held = [m for m in rated if _named_beyond_mean(m, q)]
        amounts = [m for m in measure if m != per and m not in rated] or \
            [a for a in (_amount_column([k for k in numeric if not _PER_ONE_COLUMN.search(k)], q, per),) if a]
        if held:
            measure, aggregate = held[:1], "mean"
        elif amounts:
            measure, aggregate = amounts[:1], "ratio"
        else:
            return None
    elif per and [m for m in measure if m != per]:
        measure, aggregate = [m for m in measure if m != per][:1], "ratio"
    elif _MEAN.search(q) and measure and len(labels) == 1 and not _MEAN.search(_column_names_out(q, measure)):
        return None  # one row's cell of averages asked by its column's name (`…的平均得分`): no mean to compute
    elif _MEAN.search(q) and measure:
        # (a column of averages named only by the question's own 平均 is not asked: `各乡镇平均有几所学校`)
        measure = [m for m in measure if not _PER_ONE_COLUMN.search(m) or _named_beyond_mean(m, q)] or measure
        aggregate = "mean"
    elif _MEAN.search(q):
        return None  # an average of a column it does not name (`平均每所多少个`): not a count of rows
    elif sum_asked(q, list(columns) if total_named else []) and measure \
            and (where or labels or groups or condition or len(labels) != 1):
        aggregate = "sum"
    elif each_row and len(measure) == 1:
        aggregate = "list"  # (`三个组别各有多少个X`: a 个 counting X in each row, no rows counted)
    elif _COUNT.search(q):
        aggregate = "count"
    elif _LIST.search(q) or _EACH.search(q) and len(labels) >= 2 and len(measure) == 1:
        aggregate = "list"  # (`A、B、C的X各多少`: the rows named, each with its cell of the one column named)
    else:
        return None
    mark = _QUALIFIER[qualifier.group(1)] if qualifier else None
    ordinal = _ORDINAL.search(q) if aggregate in ("max", "min") and change_from is None else None
    rank = (CN_DIGITS.get(ordinal.group(1)) or int(ordinal.group(1))) if ordinal else 1
    # (columns named as a list, `学校数、受益学生、补助资金`, are each asked in their own unit)
    units = () if len(measure) > 1 and listed_columns(measure, q) else tuple(units) + _row_units(q)
    if aggregate == "list" and len(measure) == 1 and not (where or exclude or one_of or condition or groups
                                                         or labels or mark or opening or within) \
            and _zero_and_more(table, measure[0]):
        condition = Condition(">", number=0)  # `高级岗位分到了哪些单位`: the rows given any, not those given none
    if aggregate in ("list", "count") and not (where or exclude or one_of or condition or groups or labels or mark
                                               or opening or within):
        return None  # nothing chosen: a question about one row, not the table
    if aggregate in ("sum", "mean") and len(labels) == 1 and not (where or exclude or one_of) and len(measure) < 2:
        return None
    if aggregate == "count" and measure and condition is None and not mark:
        return None  # `生均图书有几所学校达标`: a value of the table, not a count of its rows
    if aggregate == "count" and len(labels) == 1 and not (where or exclude or one_of or condition or groups or mark
                                                          or within or _KINDS_ASKED.search(q)):
        return None  # `X有几件` of the one row X: its cells count X, not how many columns it has
    # several groups compared by a max/min (`两个学段中哪一个减少最多`): each group's own rows, not their parts
    top_level = aggregate in ("max", "min") and len(groups) >= 2 and not labels
    return TableQuery(aggregate, measure, labels, where, exclude, groups, condition, change_from,  # type: ignore[arg-type]
                      mark, units, top_level, per if aggregate == "ratio" else None, gap, list(opening),
                      bool(rate) and change_from is not None and not gap, left_out, within, one_of, rank, apart,
                      shown, m.group("scale") if aggregate == "ratio" and (m := ASKED_SCALE.search(q)) else "")


# a money column stating a rate per one, not an amount a row got: a standard per head (月标准), a per-pupil figure
_RATE_PER_ONE = re.compile(rf"标准|{PER_ONE_HEAD.pattern}")


def _money_ranked(table: Table, columns: dict[str, str], numeric: list[str], q: str) -> list[str]:
    """The column a ranking by money naming none ranks by (`哪个学校奖补资金拿得最多` of a 人数 | 月标准 | 金额
    table): the question names a kind of money (补助, 资金, 经费) or asks by a verb of spending (`哪项活动花得最多`:
    server/lexicon/spending_verbs.tsv), and the table has one money column of amounts — not one of a rate per one
    beside it. [] otherwise."""
    if not any(n in q for n in money_nouns()) and not asks_spent(q):
        return []
    money = [k for k in numeric if "money" in column_kinds(columns[k], table.units.get(columns[k], ""))
             and not _RATE_PER_ONE.search(k)]
    return money if len(money) == 1 else []


def _period_asked(table: Table, q: str, own_year: int | None) -> list[str]:
    """The column of the period a ranking naming no column asks, of a table of one pair of columns of two
    periods named relatively (上年决算数 / 本年决算数, as budget and final-account tables publish them): the
    current one, unless the question names a year, which must be the year of the document's title (本年) or
    the one before it (上年); [] when the table has no such pair or the year asked is neither."""
    pair = period_columns(table)
    if pair is None:
        return []
    asked = {int(y) for y in _YEAR.findall(q)}
    if not asked:
        return [pair[1]]
    if own_year is None or len(asked) > 1:
        return []
    year = asked.pop()
    return [pair[1]] if year == own_year else [pair[0]] if year == own_year - 1 else []


# an achieved value short of (or over) the required one of its row, as a question about a target table puts it
_SHORT_OF = re.compile(r"(超额|超过|超出|高于)|(?:没有|没|未|尚未|不能)(?:完全|全部)?(?:达到|完成|实现|达标)"
                       r"|低于|不足|不到")


# a column stating how far apart the values of each row are across schools or places (inspection tables' 差异系数)
# and the words a question asks that by (`各校之间差别最大`, `校际差异最小`)
_SPREAD_COLUMN = re.compile(r"差异系数|變異係數|差異係數|变异系数|离散系数|标准差")
_SPREAD_ASKED = re.compile(r"差距|差异|差别|悬殊|差異|差別")


# counters of people a table may head its counts with instead of 人
_PERSON_COUNTERS = ("名", "位")
# rows given none of a column asked (`一个也不招`, `一所都没有`, `为零`): the rows whose cell is 0 or left empty
_NONE_GIVEN = re.compile(r"(?:一|1)[个名所人位项家间]?(?:也|都)(?:不|没)|(?:为|是)(?:0|零)(?!\.)")


# a row's total asked by its word (`总钱数`, `总额`, `总人数`): the total column, not a part beside it
_TOTAL_ASKED = re.compile(r"总[^\W\d的是]{0,3}?(?:数|额|量|和)")


def _counts_noun_asked(table: Table, q: str, groups: list[str]) -> bool:
    """The table counts what the question asks of a group (`小学教师` of a table of teachers to recruit, by its
    caption or a header), or the question asks no noun: a group's total is never of another thing (保安)."""
    noun = asked_noun(q)
    for group in groups:
        noun = noun.replace(group, "")
    said = key(f"{table.caption} {table.section} {' '.join(table.columns)}")
    return len(noun) < 2 or noun in said or noun[-2:] in said


def _zero_and_more(table: Table, column: str) -> bool:
    """The column counts something some rows were given none of (0) and others some: a list of rows by
    it asks which were given any."""
    values = {c.value for c in cells_of(table) if key(c.column) == column and not c.is_total and c.value is not None}
    return 0 in values and any(v > 0 for v in values)


def _label_part(table: Table, q: str, places: tuple[str, ...] = (), left_out: Iterable[str] = ()) -> list[str]:
    """A word the question names that several row labels, not all, hold (`中心校` of `东镇中心校`,
    `西镇中心校`; `中学` closing `第一中学`): the rows of that kind, which a sum, count or list is over.
    A place's name is not a kind of row (`某市第一中学`), nor a row set aside (`除X以外`: `left_out`), nor
    what the table's caption or heading says all its rows are of."""
    labels = list(dict.fromkeys(key(c.own_label) for c in cells_of(table) if not c.is_total))
    forms = [f for p in places for f in (p, short_name(p))]
    # what every row is of: the caption's words (`教育经费投入`: 经费) and the noun its label column heads
    # (`基地名称`: every row is a 基地, whatever else its name says)
    about = key(f"{table.caption} {table.section} {_NAME_HEAD.sub('', label_column(table))}")
    # a word of a header the question names (`培训项目`, `培训人数`) is not a kind of row, nor a place (`某自治县`
    # of 某自治县第二小学, however short the name it is asked by)
    for word in sorted({key(c) for c in table.columns} | set(left_out) | set(forms), key=len, reverse=True):
        if len(word) >= 2:
            q = q.replace(word, "\ue000" * len(word))
    for size in range(min(len(q), MAX_PART_CHARS), 1, -1):
        for i in range(len(q) - size + 1):
            part = q[i:i + size]
            # (a part opening a word of the caption names what the whole table is of: `教育支出` of a 支出表)
            after = q[i + size:i + size + 2]
            if not part.isalpha() or part in about or len(after) == 2 and after in about:
                continue
            holding = [x for x in labels if part in x]
            if 2 <= len(holding) < len(labels) and (size >= 3 or all(x.endswith(part) for x in holding)):
                return [part]
    return []


# the word a label column's header adds to the noun its rows are (`学校名称`, `基地名字`)
_NAME_HEAD = re.compile(r"(?:名称|名字|全称)$")


def _left_out(table: Table, q: str) -> list[str]:
    """The row names a question sets aside (`除X以外`, `除X之外`, `X以外的`), when some row's label holds them:
    they are left out of what is added up or listed (`除上级补助收入以外的收入`)."""
    labels = {key(c.own_label) for c in cells_of(table)}
    return [w for e in exclusions(q, ("except",)) if any((w := key(e.part)) in label for label in labels)]


def _position(column: str, q: str) -> int:
    """Where the question first names the column (whole, its first half or what it counts)."""
    stem = _INNER_NOTE.sub("", column).removesuffix("数")
    found = [q.find(f) for f in (column, column[:max(2, (len(column) + 1) // 2)], stem) if f and f in q]
    return min(found, default=len(q))


def _year_word_named(column: str, q: str) -> bool:
    """A column of a year and what it holds (`2025年预算数`) named by that word alone (`预算`)."""
    m = _YEAR_COLUMN.fullmatch(column)
    word = column[m.end(1):].lstrip("年").removesuffix("数") if m else ""
    return len(word) >= 2 and word in q


# a column that is itself a change (`新增学位`, `增加人数`): ranked by its values when a change is asked
_CHANGE_NAMED = re.compile(rf"{CHANGE_HEADER.pattern}|{alternation(('新增', '扩大'), RISE_VERBS, FALL_VERBS)}")
# a change asked as an amount (`增加最多`, `比去年少了多少钱`), not a rate; `涨得最多`, `降得最多` say neither
_AMOUNT_WORDS = re.compile(r"增加|减少|多了|少了|增减额|增加额|减少额|数额|金额")


def _is_stated_change(table: Table, column: str) -> bool:
    return column in stated_changes(table)


def _change_measure(table: Table, q: str, numeric: list[str], by_year: dict[str, str], years: list[str],
                    falls: bool) -> tuple[list[str], Condition | None, str | None, bool] | None:
    """(measure, condition, change_from, apart) of a question about each row's change between two periods:
    rows that fell or rose (`哪一项比上年减了`, `哪几项增加了`) or the row that changed most (`涨得最多`, `增幅最大`).
    A change the table states per row is read (its amount column for an amount, its rate column for a rate,
    each ranked apart when the words say neither: `涨得最多`); else the change is computed per row between two
    columns of years (2023年, 2024年) or of periods (上年预算数, 本年预算数). None when it has neither."""
    year_columns = list(by_year.values())
    chronological = sorted(set(years), key=lambda k: _YEAR_COLUMN.fullmatch(k).group(1))  # type: ignore[union-attr]
    periods = (chronological[0], chronological[-1]) if len(chronological) >= 2 \
        else (year_columns[0], year_columns[-1]) if len(year_columns) >= 2 else period_columns(table)
    amount, rate_column = (c if c in numeric else None for c in stated_changes(table))
    rate_asked = _RATE_WORDS.search(q) is not None
    ranked = bool(_MAX.search(q) or _MIN.search(q))
    if not ranked:  # `哪一项比上年减了`: the rows whose change is below (above) 0 — read where the table states it,
        # unless the question names the two years to compare (`2024年预算比2023年决算减少了`)
        stated = amount or rate_column
        if stated and len(chronological) < 2:  # (a column of the fall's size, 下降率: a fall above 0)
            fell = falls != bool(FALL_SIZE_HEADER.search(stated))
            return [stated], Condition("<" if fell else ">", number=0), None, False
        if periods is None:
            return None
        return [periods[1]], Condition("<" if falls else ">", other=periods[0]), None, False
    if rate_asked:
        if rate_column:
            return [rate_column], None, None, False
        return ([periods[1]], None, periods[0], False) if periods else None
    if amount and (_AMOUNT_WORDS.search(q) or not rate_column):
        return [amount], None, None, False
    if rate_column and not amount and not _AMOUNT_WORDS.search(q) and _verb_headed(rate_column, q):
        return [rate_column], None, None, False  # `降得最多` of a table stating 下降率: the change its verb names
    if amount and rate_column:  # `涨得最多`: by how much and by how fast may name two rows, both said
        return [amount, rate_column], None, None, True
    if periods is None:
        return ([rate_column], None, None, False) if rate_column else None
    return [periods[1]], None, periods[0], False


def _verb_headed(column: str, q: str) -> bool:
    """Whether the column's header holds the verb of the change the question asks (`降得最多` of 下降率, `涨得
    最多` of 涨幅): the table states the change so asked, which no computed difference replaces."""
    verb = _FALL.search(q) or _RISE.search(q)
    return verb is not None and verb.group()[0] in column


def _verb_named(numeric: list[str], q: str) -> list[str]:
    """The one numeric column of a verb and its object (`投资`, `招生`) asked by the verb alone with 多少
    (`一共投多少`, `招了几个`), as spoken questions put it; [] when no column, or several, start so."""
    found = [k for k in numeric if len(stem := _INNER_NOTE.sub("", k)) == 2
             and re.search(rf"{re.escape(stem[0])}了?(?:多少|几)", q)]
    return found if len(found) == 1 else []


# a ranking by how often a thing is done, asked by its verb and 得 (`跑得最少`, `去得最多`), not by a change
_DONE_OFTEN = re.compile(r"([\u4e00-\u9fff])得最(?:多|少)")


def _times_ranked(numeric: list[str], q: str) -> list[str]:
    """The one column counting times (`督导次数`, `检查次数`) of a question ranking rows by how often they do a
    thing, in its own verb (`哪个区的督学跑得最少`), naming no column; [] otherwise (`增长得最多` ranks a change)."""
    m = _DONE_OFTEN.search(q)
    if m is None or ASKS_RISE.search(q) or ASKS_FALL.search(q):
        return []
    times = [k for k in numeric if _INNER_NOTE.sub("", k).endswith("次数")]
    return times if len(times) == 1 else []


def _per_column(numeric: list[str], q: str, units: dict[str, str]) -> str | None:
    """The numeric column a `平均每个班`/`每所学校` divides by: the one counting what follows 每 — or, in a
    question asking an average, what follows 一 and its counter (`平均一个班`). A kind of the counted thing
    after the counter (`每所小学` of a table whose rows are stages) names no column: the one column counted
    in that counter (`学校（所）`, `units`: each column's unit) is it."""
    ones = list(PER_ONE.finditer(q)) if _MEAN.search(q) else []
    for m in [*_PER.finditer(q), *ones]:
        after = q[m.end():]
        for column in numeric:
            stem = _INNER_NOTE.sub("", column).removesuffix("数").removesuffix("数量")
            if _other_counter(m.group()[-1], units.get(column, "")):
                continue  # (`每所应配几名`: a column counted in 名 is no count of what 所 counts)
            if stem and any(after.startswith(s) for s in _spoken_forms(stem)) \
                    or len(stem) > 2 and after.startswith(stem[-2:]) or _thing_and_counter(stem, m.group(), after):
                return column
    for m in (m for m in ones if m.group().startswith("一")):
        # the column's thing with a word of its kind before it (`平均一位专职X` of X（名）): still that column's
        # (an asking word is no kind: `每所几名教师` divides by the schools)
        kinds = [c for c in numeric if len(stem := _INNER_NOTE.sub("", c).removesuffix("数")) >= 2
                 and re.match(rf"{_KIND_WORD}{{1,{MAX_KIND_CHARS}}}{re.escape(stem)}", q[m.end():])]
        if len(kinds) == 1:
            return kinds[0]
    counters = {m.group()[-1] for m in [*_PER.finditer(q), *ones] if len(m.group()) > 1}
    counted = [k for k in numeric if units.get(k) in counters]
    if len(counted) > 1:  # (schools in 所 beside the schools that did something, in 所: the very things counted)
        counted = [k for k in counted
                   if head_counter(_INNER_NOTE.sub("", k).removesuffix("数量").removesuffix("数")) == units[k]]
    return counted[0] if len(counted) == 1 else None


def _thing_and_counter(stem: str, per: str, after: str) -> bool:
    """A column named by the thing counted and the counter after 每 (`演习场次` of `每场演习`): the thing's word
    follows the counter in the question, the counter closes the column's name or stands in it after the thing."""
    counter = per[-1]
    if len(per) < 2 or counter not in _SPECIFIC_COUNTERS:
        return False
    thing = stem.split(counter)[0]
    return len(thing) >= MIN_LABEL_CHARS and counter in stem and after.startswith(thing)


def _other_counter(counter: str, unit: str) -> bool:
    """Whether a column counted in `unit` counts other things than the specific counter `counter` after 每 or 一
    does (名 → 人 is the same; 个 counts anything)."""
    return bool(unit) and counter in _SPECIFIC_COUNTERS and canonical_unit(unit) != canonical_unit(counter)


def _spoken_forms(stem: str) -> list[str]:
    """A column's stem and the stems a question says it in: a documents' word in it replaced by the everyday word
    for it (server/lexicon/synonyms.tsv: `指导教师` asked as `指导老师`)."""
    return [stem, *(stem.replace(form, word) for word, forms in synonyms().items() for form in forms
                    if len(form) >= 2 and form in stem and form != word)]


def _column_names_out(q: str, columns: list[str]) -> str:
    """The question without the column names it writes whole: the words left are what it asks of them."""
    for column in sorted(columns, key=len, reverse=True):
        q = q.replace(column, " ")
    return q


def _named_beyond_mean(column: str, q: str) -> bool:
    """The question names a column of amounts per one by more than its 平均/均 (`平均班额` asked as 班额)."""
    rest = re.sub(r"平均|均值", "", column)
    return bool(rest) and column_named(rest, q)


def _amount_column(numeric: list[str], q: str, per: str) -> str | None:
    """The column holding the amount a per-one question asks (`多少学生` → 在校生, `多少名教师` → 教师数): the
    one whose name is the noun asked or the documents' word for it (server/lexicon/synonyms.tsv), else the one
    holding it, else the one ending in the documents' word, else (a noun of two characters or more) the one
    ending in its last character, else for heads asked (`多少人…`) the one head count; None when none, or several
    alike, does."""
    m = _ASKED_NOUN.search(q)
    if m is None:
        return None
    noun = m.group("noun")
    stems = {k: _INNER_NOTE.sub("", k).removesuffix("数量").removesuffix("数") for k in numeric if k != per}
    # (last, heads asked with their verb after, `多少人参加`: the one column of a head count, `…人数`)
    said = synonyms().get(noun, ())
    tiers = (lambda s: s == noun or s in said, lambda s: noun in s,
             lambda s: any(len(w) >= 2 and s.endswith(w) for w in said),  # headed by it: 购书金额 of 金额
             lambda s: len(noun) >= 2 and len(s) >= 2 and s[-1] == noun[-1],
             lambda s: noun.startswith("人") and len(s) >= 2 and s.endswith("人"))
    for tier in tiers:
        found = [k for k, s in stems.items() if s and tier(s)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _counted(column: str, q: str) -> bool:
    """A count column (`班数`, `学校数`) asked by what it counts: `多少个班`, `几所学校`."""
    stem = _INNER_NOTE.sub("", column).removesuffix("数")
    # or by its first character closing the question's clause (`班级数` asked as `多少个班？`)
    short = rf"|{re.escape(stem[0])}(?=[？?，,。；;的呢吗]|$)" if len(stem) == 2 else ""
    if column == "人数":  # a bare head count (a recruitment table's 人数) asked as `多少名`, `几个人`
        return re.search(r"(?:多少|几)(?:名|位|个人|人(?!次))", q) is not None
    return column.endswith("数") and bool(stem) and re.search(
        rf"(?:多少|几)(?:个|所|名|位|间)?(?:{re.escape(stem)}(?!数){short})", q) is not None


def _inside(value: str, labels: list[str], q: str) -> bool:
    """Every place `value` occurs in q lies inside a row name the question names."""
    spans = [(m.start(), m.start() + len(label)) for label in labels for m in re.finditer(re.escape(label), q)]
    starts = [m.start() for m in re.finditer(re.escape(value), q)]
    return bool(starts) and all(any(a <= i and i + len(value) <= b for a, b in spans) for i in starts)


@lru_cache(maxsize=256)
def _words_of(q: str) -> frozenset[str]:
    return frozenset(words(q))


def column_named(column: str, q: str) -> bool:
    """The question names the column: whole, or by its first half or more (`占地` for 占地面积)."""
    return _named_chars(column, q) > 0


def _named_chars(column: str, q: str) -> int:
    """How many characters of the column the question names (0: it does not name it)."""
    if len(column) < 2 or column.isdigit():
        return 0
    # a header joined from two rows keeps the upper one's unit inside it (`生均图书(册)实际`): read without
    column = _INNER_NOTE.sub("", column) or column
    if column in q or _named_by_parts(column, q) or failure_named(column, q):
        return len(column)
    if column.startswith(_PLANNED) and len(column) > len(_PLANNED) + 1:
        # a plan's column of what it means to do (`拟撤并`, `拟新增`) asked by the act alone (`要撤并多少所`)
        return _named_chars(column.removeprefix(_PLANNED), q)
    if column.startswith(PART_OF) and len(column) > len(PART_OF) + 1:
        # a 其中 column (`人数 | 其中女性`) is the part of the count before it that its words after 其中 name:
        # asked by those words alone (`女性多少人`), as no question says 其中; a part holding a thing obtained
        # (`其中已取得资质`) by the thing alone, in the question's own verb (`拿到资质的`)
        part = column.removeprefix(PART_OF)
        held = next((part.removeprefix(v) for v in obtaining_verbs() if part.startswith(v)), "")
        return _named_chars(part, q) or (len(held) if len(held) >= MIN_HELD_CHARS and held in q else 0)
    # a count column by the thing it counts (`班级数`, `学生数` asked as `多少个班级`, `学生多少人`)
    if len(column) >= 3 and column.endswith("数") and column[:-1] in q:
        return len(column) - 1
    if _split_count(column, q):
        return len(column) - 1
    if _share_named(column, q):
        return 4
    if abbreviated := abbreviation(column, q):
        return len(abbreviated)
    # the everyday word for the column's statistic (学生 for 在校生: server/lexicon/synonyms.tsv), a word of the
    # question of its own (not the 学生 of 小学生师比)
    # (an amount per one, `每名教师平均要教几个孩子`, names the counts it divides, not one column to average)
    said = 0 if _MEAN.search(q) or PER_ONE.search(q) else \
        max((len(w) for w, forms in synonyms().items() if column in forms and len(w) >= 2 and w in q
             and w in _words_of(q)), default=0)
    if said:
        return said
    head = column[:max(2, (len(column) + 1) // 2)]
    # a year column (`2023年`) is named by its year, never by the first digits every year shares (`202`)
    # (a three-character one by its first two: `副高` for 副高级, `城区` for 城区小学 — most_named keeps the one
    # it names more of when two share them)
    return len(head) if len(column) >= 3 and not head.isdigit() and head in q else 0


_PLANNED = "拟"
MIN_HELD_CHARS = 2  # of the thing a 其中 column's holders obtained (许可, 证书)
MIN_ABBREVIATION_CHARS = 3


def abbreviation(column: str, q: str) -> str:
    """The question's short form of a header of several words (`保教费` of 保育教育费, `在校生数` of 在校学生数):
    a run of three or more characters of the question, fewer than the header's, that opens with the header's
    first character, closes with its last, and takes the rest from it in order — as 简称 are formed. ''."""
    if len(column) <= MIN_ABBREVIATION_CHARS or not all("\u4e00" <= ch <= "\u9fff" for ch in column):
        return ""
    for start in (m.start() for m in re.finditer(re.escape(column[0]), q)):
        for end in range(start + MIN_ABBREVIATION_CHARS, min(start + len(column), len(q) + 1)):
            if q[end - 1] == column[-1] and in_order(q[start:end], column):
                return q[start:end]
    return ""


MAX_SKIPPED_CHARS = 2  # of a word a short form leaves out between two it keeps (保教费: 育 of 保育, 育 of 教育)


def in_order(short: str, long: str) -> bool:
    """`short` takes its characters from `long` in order, leaving out no more than a word's tail between two
    (`生均面积` names neither 生均校舍建筑面积 nor 生均绿化用地面积: it leaves out what tells them apart)."""
    at = 0
    for ch in short:
        found = long.find(ch, at)
        if found < 0 or at and found - at > MAX_SKIPPED_CHARS:
            return False
        at = found + 1
    return True


# a column of a share (`本科及以上占比`, `达标学校比例`) and the words a question asks a share by
_SHARE_COLUMN = re.compile(r"(?:所占|占)?(?:比例|比重|占比|百分比)$")
_SHARE_ASKED = re.compile(r"比例|比重|占比|百分比|占多少|几成")


def _share_named(column: str, q: str) -> bool:
    """A share column named by the first word of what it is a share of and any word for a share
    (`本科老师比例` for 本科及以上占比): questions shorten the subject and swap the share's word."""
    m = _SHARE_COLUMN.search(column)
    stem = column[:m.start()] if m else ""
    return len(stem) >= 3 and not stem[:2].isdigit() and stem[:2] in q and bool(_SHARE_ASKED.search(q))


def _named_by_parts(column: str, q: str) -> bool:
    """A header joined from two rows or two words (`初中差异系数`: 初中 over 差异系数) named by both
    parts apart (`初中…校际差异系数`)."""
    return any(not column[:i].isdigit() and column[:i] in q and column[i:] in q
               for i in range(2, len(column) - 1))


def most_named(columns: list[str], q: str) -> list[str]:
    """Of the columns the question names, those not named only by a part another names more of:
    `初中…差异系数` names 初中差异系数 whole and 初中均值 by its 初中 alone, which it does not ask."""
    named = {c: _named_chars(c, q) for c in columns}
    named = {c: n for c, n in named.items() if n}
    # (a share column the question asks as a share is kept beside the count of its subject: `研究生学历…比重`;
    # a column whose stretch the question lists as an item of its own is kept beside the longer one holding it:
    # `A、考生、备用A` asks A数 and 备用A both)
    return [c for c, n in named.items()
            if not (any(m > n and c[:n] in other for other, m in named.items() if other != c)
                    and not _listed_apart(c[:n], [o[:m] for o, m in named.items() if m > n], q))
            and not _straddled(c[:n], [o[:m] for o, m in named.items() if m > n], q) or _share_named(c, q)]


_LIST_JOIN = "、和及与"  # what joins the items of a list of things asked together


def _listed_apart(stretch: str, longer: list[str], q: str) -> bool:
    """The question writes the stretch as an item of a list (`A、B`: before a list's joining word), at a
    place outside every longer stretch holding it: it asks that column itself, not the longer one's part."""
    spans = [(m.start(), m.start() + len(o)) for o in longer if o in q for m in re.finditer(re.escape(o), q)]
    return any(q[i + len(stretch):i + len(stretch) + 1] in tuple(_LIST_JOIN)
               and not any(i < e and b < i + len(stretch) for b, e in spans)
               for i in (m.start() for m in re.finditer(re.escape(stretch), q)))


def _straddled(stretch: str, longer: list[str], q: str) -> bool:
    """Every place the question writes a column's stretch overlaps the stretch of a column it names by more
    characters: a count column's noun across a stage and a 生均 column (`小学生均…` of 学生数 and 生均…) is no
    column asked."""
    spans = [(m.start(), m.start() + len(o)) for o in longer if o in q for m in re.finditer(re.escape(o), q)]
    starts = [m.start() for m in re.finditer(re.escape(stretch), q)] if stretch else []
    return bool(starts) and bool(spans) and all(any(i < e and b < i + len(stretch) for b, e in spans)
                                                for i in starts)


MIN_DISTINCT_CHARS = 4


def distinct_named(columns: list[str], q: str) -> list[str]:
    """The one column the question names by a stretch of its words no other column holds, four characters
    or more (`仪器设备值` of 生均教学仪器设备值（元）, `运动场馆` of 生均体育运动场馆面积（㎡）): long headers
    of inspection tables are asked by their distinctive part. [] when none, or several, are so named."""
    plain = {c: _INNER_NOTE.sub("", UNIT_NOTE_END.sub("", c)) or c for c in columns}
    found = []
    for c, text in plain.items():
        parts = {text[i:j] for i in range(len(text)) for j in range(i + MIN_DISTINCT_CHARS, len(text) + 1)}
        if any(p in q and not p.isdigit() and not any(p in o for x, o in plain.items() if x != c) for p in parts):
            found.append(c)
    return found if len(found) == 1 else []


def _split_count(column: str, q: str) -> bool:
    """A count column of a verb and its object (`发现问题数`, `新增学位数`) asked with the count between
    them, as questions put it (`查出了多少处隐患`, `一共增加了几个班`): both words in one clause, in order."""
    stem = column.removesuffix("数")
    if not column.endswith("数") or len(stem) != 4:
        return False
    return re.search(rf"{re.escape(stem[:2])}[^，,。？?；;、]{{1,8}}?{re.escape(stem[2:])}", q) is not None


# the word a question counts a column's value by, after the column's name (`在校生人数`, `学校数量`)
_COUNTED_WORD = re.compile(r"的?(?:人数|数量|总数|数)$")


def _ranked_by(measure: list[str], q: str) -> list[str]:
    """Of several columns a ranking names (`计划招生班数` names 计划招生人数 and 计划班数), the share columns when
    it asks a share, else the one named right before the superlative, else those whose last word — what the
    column counts (班数, 人数, 面积) — the question holds: rows are ranked by one column."""
    plain = {m: _INNER_NOTE.sub("", UNIT_NOTE_END.sub("", m)) or m for m in measure}
    shares = [m for m in measure if _SHARE_COLUMN.search(plain[m])] if _SHARE_ASKED.search(q) else []
    counted = [m for m in measure if plain[m][-2:] in q]
    # … the column named right before the superlative first (`食堂抽检问题最多`: 抽检问题数, not 食堂数, whose
    # word there says whose problems they are)
    ranking = _MAX.search(q) or _MIN.search(q)
    head = q[:ranking.start()] if ranking else ""
    before = [m for m in measure
              if any(len(f) >= 2 and head.endswith(f) for f in (plain[m], plain[m].removesuffix("数")))]
    return next((c for c in (shares, before, counted) if 0 < len(c) < len(measure)), measure)


def _column_pair(columns: list[str], q: str) -> tuple[str, str, str] | None:
    """`在校生多于核定学位`: (column, comparator, other column) when a comparison joins two columns."""
    for m in _BETWEEN.finditer(q):
        head = q[:m.start()]
        ends = (head, _COUNTED_WORD.sub("", head))  # `毕业生人数多于招生人数`: the column before its 人数
        # a column named by its parts (`差异系数` in `校际差异系数`) has no form at the end of the head
        before = [c for c in columns if column_named(c, head) and any(
            e.endswith(f) for f in (c, c[:max(2, (len(c) + 1) // 2)]) if f in head for e in ends)]
        rest = q[m.end():].removeprefix("了")  # `完成值超过了年度目标`
        after = [c for c in columns if rest.startswith(c) or (len(c) >= 4 and rest.startswith(c[:2]))]
        if before and after and before[0] != after[0]:
            return before[0], _OP[m.group()], after[0]
    return None


def _change_columns(table: Table) -> set[str]:
    """The columns of the periods a table compares and of the changes it states per row (by key)."""
    return {c for c in (*(period_columns(table) or ()), *stated_changes(table)) if c}


def _moved_by(result: TableResult) -> str:
    """What rows were chosen or ranked by, as the answer names it: a column stating each row's change
    (`增减额`), or the change between two columns computed per row (`本年预算数 − 上年预算数`)."""
    q = result.query
    if q.change_from:
        return f"{q.measure[0]} − {q.change_from}" + ("（增幅）" if q.rate else "")
    if q.condition is not None and q.condition.other:
        return f"{q.measure[0]} − {q.condition.other}"
    return q.measure[0] if q.measure else ""


def _unmoved(table: Table, query: TableQuery, result: TableResult | None, q: str) -> str | None:
    """Why no row is the answer to a question asking which rows fell (rose), or which fell (rose) most, when
    none did: the rows' changes, by the column named, are all on the other side of 0. None otherwise."""
    rate = _RATE_WORDS.search(q)
    falls = bool(_FALL.search(q) or rate and rate.group().startswith("降"))
    rises = not falls and bool(_RISE.search(q) or rate)
    stated = bool(query.measure) and query.measure[0] in stated_changes(table)
    by_pair = query.condition is not None and query.condition.other in (period_columns(table) or ())
    if not (falls or rises) or not (stated or query.change_from or by_pair) or result is None:
        return None
    if query.aggregate == "list":
        moved = bool(result.cells)
    elif query.aggregate in ("max", "min") and result.computation is not None and result.cells:
        value = result.computation.value
        # (a column of the fall's size, 下降率, states a fall above 0)
        moved = value < 0 if falls != bool(FALL_SIZE_HEADER.search(query.measure[0])) else value > 0
    else:
        return None
    if moved:
        return None
    word = "减少" if falls else "增加"
    return (f"{_title(table)}中没有{word}的一项：按“{_moved_by(result)}”，各行的变化都"
            f"{'不小于0' if falls else '不大于0'}。")


def _changes_asked(table: Table, query: TableQuery) -> bool:
    """The rows are chosen or ranked by a change between two periods, stated or computed."""
    periods = period_columns(table) or ()
    return bool(query.measure) and query.measure[0] in stated_changes(table) \
        or query.change_from is not None and query.change_from in periods \
        or query.condition is not None and query.condition.other in periods


def _stated_moves(table: Table, result: TableResult, names: list[str]) -> str:
    """`（设备购置费减少35.00万元）`: each listed row's change as the column stating it gives it,
    its sign said in words; '' when the rows were not chosen by a stated change."""
    q = result.query
    if not (q.measure and q.measure[0] in stated_changes(table) and q.condition is not None):
        return ""
    shown = []
    for name, c in zip(names, result.cells, strict=False):
        text = normalize(c.cell.text).strip().lstrip("+")
        if c.value is None:
            return ""
        word = "减少" if (c.value < 0) != bool(FALL_SIZE_HEADER.search(q.measure[0])) else "增加"
        shown.append(f"{name}{word}{text.lstrip('-－−')}{normalize(c.cell.unit)}")
    return f"（按“{q.measure[0]}”列：{'；'.join(shown)}）"


def _moved_apart(table: Table, result: TableResult, at: int) -> bool:
    """The row at `at` of a ranking by a stated change moved the other way from the first row."""
    if not (result.query.measure and result.query.measure[0] in stated_changes(table)):
        return False
    first, other = result.cells[0].value, result.cells[at].value
    return first is not None and other is not None and (first < 0) != (other < 0)


def _most_moved(table: Table, result: TableResult) -> str:
    """`增加最多`, `降幅最大`: what the first row of a ranking by change did most, in the column's terms."""
    computation = result.computation
    if computation is None or result.query.rank != 1:
        return ""
    rate = computation.unit == "%" or result.query.rate
    # (a column of the fall's size, 下降率: its largest fell most)
    if (computation.value < 0) != bool(result.query.measure and FALL_SIZE_HEADER.search(result.query.measure[0])):
        return "降幅最大" if rate else "减少最多"
    return "增幅最大" if rate else "增加最多"


def compose_ranked_apart(ask: Ask, table: Table, result: TableResult) -> Draft:
    """A ranking by change whose words name neither an amount nor a rate (`哪项涨得最多`): by each stated
    column on its own. One row first by all: one answer naming them all; else each ranking, said by its column."""
    parts = [result, *result.apart]
    if len({id(p.cells[0].row) for p in parts if p.cells}) == 1:
        return compose(ask, table, result)
    drafts = [compose(ask, table, p) for p in parts]
    answer = "\n".join(d.answer for d in drafts)
    return Draft(answer, False, ask.book.citations, [f for d in drafts for f in d.figures],
                 [c for d in drafts for c in d.claims])


def compose(ask: Ask, table: Table, result: TableResult) -> Draft:
    # a total the prose states too: that sentence, not the rows; a mean of a table with its total row: that row
    # (several columns' sums over every row, asked at once: the total row stating each — not a stock a
    # forecast's rows each hold, whose sum is no total of anything)
    summed = [result.computation, *result.others] if result.computation else []
    columns = [_of_column(table, result, c) for c in summed] \
        if result.query.aggregate == "sum" and result.others and len(ask.query.asks) <= 1 \
        and all(_level_kept(table, result, c) is c for c in summed) else []
    # the paragraph introducing the table, its notes in brackets left out (a standard quoted beside it is not what
    # the table lists): what its rows are, for a mean the prose totals and for the claim's context below
    lead = BRACKETED_NOTE.sub("", lead_in(table, ask.reader.documents[table.doc_id].text))[-MAX_LEAD_CHARS:]
    # (a mean whose total the prose states only when the table states none in a total row of its own)
    stated = prose_total(ask, table, result) or stated_average(ask, table, result) \
        or mean_of_total(ask, table, result, _names(result), _bare_unit(ask, table, result)) \
        or prose_mean(ask, table, result, lead) \
        or prose_ratio(ask, table, result) or ratio_of_totals(ask, table, result) \
        or total_row_answer(ask, table, columns)
    if stated is not None:
        return stated
    reader, book = ask.reader, ask.book
    doc = reader.documents[table.doc_id]
    caption = normalize(table.caption or table.section.rsplit(">", 1)[-1].strip())
    ranked = result.query.aggregate in ("max", "min")
    # a maximum or minimum is read from its winning row: that row is cited, the others it was chosen
    # among are its computation's inputs (each with its cell), not passages the answer rests on
    tied = _tied(result) if ranked else 0
    # a ranking by a change computed per row among a few rows (`三个学段里`) states every row's change, each
    # from its own row: all cited; among many, the winner and the runner-up
    each_change = ranked and result.query.change_from is not None and len(result.rows) <= MAX_SHOWN
    # an ordinal (`第二多`) cites the rows ranked before it too: they place it
    before = result.query.rank - 1
    used = [c.row for c in result.cells[:tied + before]] if ranked and not each_change else result.rows
    hits = {r.index: hit for r in used if (hit := _row_hit(reader.chunks_of[doc.doc_id], table, r.index))}
    marks = {r.index: book.cite(hits[r.index], r.start, r.end) for r in used if r.index in hits}
    where = f"依据{region_of(doc)}{_title(table, doc)}"
    computation = result.computation
    names = _names(result)
    details = "；".join(f"{name}：{_values(table, result, c)}[{marks[c.row.index]}]"
                        for name, c in zip(names, result.cells) if c.row.index in marks)
    if each_change:
        details += f"；各{key(label_column(table)) or '行'}：{computation.formula}" if computation else ""
    elif ranked and before:  # `第二多`: the rows ranked before it, each cited, say where it stands
        ahead = "；".join(details.split("；")[tied:])
        details = "；".join(details.split("；")[:tied]) + f"；排在其前的是{ahead}"
    # (not a row that moved the other way: the one rise beside a fall ranked `降得最多` is no runner-up)
    elif ranked and len(result.cells) > tied and not _moved_apart(table, result, tied):
        details += f"；其次为{names[tied]}（{_values(table, result, result.cells[tied])}）"
    first = next(iter(hits.values()), None)
    counter = counter_for(normalize(ask.query.norm, drop_space=True), key(label_column(table)),
                          *_counted_nouns(normalize(ask.query.norm, drop_space=True)))
    if result.query.aggregate == "list":
        changed = _each_change(table, result, names, ask.query.norm) or _stated_moves(table, result, names)
        answer = f"共{len(names)}{counter}：{'、'.join(names)}{changed}。{where}：{details}"
        if _EACH.search(normalize(ask.query.norm, drop_space=True)) and result.query.labels:
            bare = _bare_unit(ask, table, result) if len(result.query.measure) == 1 and len(result.rows) > 1 \
                and not any(c.cell.unit for c in result.cells) else ""
            if bare:  # bare counts (参赛队伍 | 88) in the counter the question asks them in (多少支)
                details = "；".join(f"{name}：{normalize(c.column)}：{normalize(c.cell.text)}{bare}"
                                    f"[{marks[c.row.index]}]" for name, c in zip(names, result.cells)
                                    if c.row.index in marks)
            answer = f"{where}：{details}"  # each row named, its value asked: no count of them
        return Draft(answer, False, book.citations)
    assert computation is not None
    if result.query.aggregate == "count":
        computation.unit = counter
    elif result.query.aggregate in ("sum", "mean") and not computation.unit \
            and (asked := _bare_unit(ask, table, result)):
        computation.unit, computation.formula = asked, with_unit(computation.formula, asked)
    elif result.query.aggregate == "ratio" and not computation.unit and \
            not any(i.get("unit") for i in computation.inputs) and \
            (asked := header_unit(result.cells[0].column)
             or ("人" if asked_noun_kind(normalize(ask.query.norm, drop_space=True)) == "people" else "")):
        # counts with no unit stated (受益学生 ÷ 学校数): the quotient in the unit of what the dividend counts
        computation.unit, computation.formula = asked, with_unit(computation.formula, asked)
    elif result.query.aggregate == "sum" and computation.unit == "人" and not result.others and \
            len(written := {normalize(c.cell.unit) for c in result.cells}) == 1 and written <= set(_PERSON_COUNTERS):
        # people the table counts in 名 (招聘人数（名）): the sum written in the table's own counter, as its cells
        # are shown; the figure keeps the canonical 人 (figures.numbers) that checks and scores compare
        computation.formula = f"{computation.formula.rstrip().removesuffix('人')}{written.pop()}"
    summed = [computation, *result.others]
    if result.query.aggregate == "sum" and result.others:
        computation, *result.others = [_level_kept(table, result, c) for c in summed]
    ids = sorted(set(marks.values()))
    figures = [computed_figure(c, ids[0]) for c in [computation, *result.others]]
    for figure in figures:
        figure.citation_ids = ids
    # what the figure is of: the table, its measured columns, the groups and labels it was chosen among and
    # the question's words for what was computed over them (提高幅度最大, 以百分比表示)
    # what the rows are (学段, 学校名称), the cell values and columns that chose them (初中, 约束性) and the paragraph
    # introducing the table (`各学段专任教师情况见下表`) say what it is of too
    # the document's title names what kind of report the table belongs to (督导评估报告, 预算说明)
    context = " ".join([doc.meta.title, caption, lead, *result.query.measure,
                        *result.query.groups, *result.query.labels, *result.query.opens,
                        *(names[:1] if ranked else names),
                        key(label_column(table)), *result.query.where.values(), *result.query.exclude.values(),
                        *(v for values in result.query.one_of.values() for v in values),
                        # the columns that chose them, a yes/no one by what it asks (是否寄宿制: 寄宿制)
                        *(c.removeprefix("是否") for c in [*result.query.where, *result.query.exclude,
                                                           *result.query.one_of]),
                        *operation_words(normalize(ask.query.norm, drop_space=True), result.query)])
    claim = Claim(computation.unit, context, first, (first.chunk.start, first.chunk.end), computed=True) \
        if first else None
    if result.query.aggregate == "count":
        answer = f"{len(names)}{counter}：{'、'.join(names)}（{computation.formula}）。{where}：{details}"
    elif result.query.aggregate in ("max", "min"):
        # the change that ranks it, when the rows are ranked by one (`增加最多`): 9.07 − 7.23 = 1.84万人
        ranking = next((x for x in computation.related if x.value == computation.value), None) \
            if result.query.change_from else None
        by = f"，{ranking.formula.split('（')[0]}" if ranking else ""
        winners = "、".join(_period_named(table, n) for n in names[:tied]) + ("并列" if tied > 1 else "")
        # a ranking by change says which change it ranked by: the column stating it, or the two subtracted
        ranked_by = f"按“{_moved_by(result)}”，" if _changes_asked(table, result.query) else ""
        most = _most_moved(table, result) if ranked_by else ""
        answer = f"{ranked_by}{winners}{most}（{_values(table, result, result.cells[0])}{by}）。{where}：{details}"
    else:
        # each column summed over every row checked against the table's own total row, when it has one
        # (a level stated in place of its sum over the periods has no total to agree with)
        checks = [_checked_total(ask, table, _of_column(table, result, c)) if c in summed else None
                  for c in [computation, *result.others]]
        wrong = next((c for c in checks if c is not None and c[0] is None), None)
        if wrong is not None:
            return _refuse(ask, table, wrong[1])
        marked = "".join(f"[{i}]" for i in ids)
        if not result.others:
            formulas = computation.formula + _grouped(computation.formula, result.cells)
            answer = f"{formulas}{marked}{checks[0][1] if checks[0] else ''}。{where}：{details}"
        else:
            formulas = "；".join(c.formula + _grouped(c.formula, result.cells) + (check[1] if check else "")
                                for c, check in zip([computation, *result.others], checks))
            answer = f"{formulas}{marked}。{where}：{details}"
    return Draft(answer, False, book.citations, figures, [claim] if claim else [])


def _bare_unit(ask: Ask, table: Table, result: TableResult) -> str:
    """Cells counting things with no unit stated (发现问题数, 人数, 督导次数): the unit of what they count, people
    in 人, or the unit of the count their column is a part of (server/answer/partunit.py: a speaker's 几个 of
    people still sums people), 分 of a score column (评估得分), else the counter the question asks in (个 with the
    noun it counts: `个班`); '' when none says."""
    asked = header_unit(result.cells[0].column) or part_unit(table, result.cells[0].cell) \
        or score_header_unit(result.cells[0].column) or asked_counter(ask.query.norm)
    if not asked:
        return ""
    noun = asked_noun(normalize(ask.query.norm, drop_space=True))
    return asked + noun if asked == "个" and headed_by(result.cells[0].column, noun) else asked


# a row label naming one period (`2026`, `2026年`, `2026学年`, `2026年度`)
_PERIOD_LABEL = re.compile(r"(?:19|20)\d\d(?:学?年度?)?")


def _of_column(table: Table, result: TableResult, computation: Computation) -> TableResult:
    """The result of one of the columns a sum over several added up: its own cells and computation."""
    column = computation.inputs[0]["source"]["column"] if computation.inputs else None
    rows = {id(r) for r in result.rows}
    cells = [c for c in cells_of(table) if c.column == column and id(c.row) in rows and c.value is not None]
    return replace(result, cells=cells, computation=computation, others=[])


def _level_kept(table: Table, result: TableResult, computation: Computation) -> Computation:
    """A column holding the same value in every period row (a forecast's 现有学位, a stock that holds each
    year) is a level, not an amount per period: its sum over the periods counts it once per year and is no
    total of anything. The level itself is stated, from the rows that hold it."""
    column = _of_column(table, result, computation)
    labels = [key(c.label) for c in column.cells]
    values = {c.value for c in column.cells}
    if len(column.cells) < 2 or len(values) != 1 or not all(_PERIOD_LABEL.fullmatch(x) for x in labels):
        return computation
    level = computation.value / len(column.cells)
    written = normalize(column.cells[0].cell.text)
    return Computation(label=key(column.cells[0].column), value=level, unit=computation.unit,
                       formula=f"{written} {computation.unit}（{'、'.join(labels)}各年相同，为存量，不逐年相加）",
                       inputs=computation.inputs)


# the header of a column of bare years and the period word each of its cells is one of (学年 → 2028学年)
_PERIOD_HEADS = {"学年": "学年", "年度": "年度", "年份": "年", "年": "年"}


def _period_named(table: Table, name: str) -> str:
    """A row named by a bare year under a period header (学年 | 2028) is named as that period: `2028学年`."""
    period = _PERIOD_HEADS.get(key(label_column(table)))
    return f"{name}{period}" if period and re.fullmatch(r"(?:19|20)\d\d", name) else name


def _checked_total(ask: Ask, table: Table, result: TableResult) -> tuple[int | None, str] | None:
    """A sum over every row checked against the table's own total row: (its citation, `，与表中合计一致`)
    when they agree, (None, why not) when they differ — the table contradicts itself and neither is
    stated as the answer —, None when the table has no total row for it."""
    total_cell = stated_total(table, result)
    if total_cell is None or total_cell.value is None or result.computation is None:
        return None
    written = f"{normalize(total_cell.cell.text)}{normalize(total_cell.cell.unit)}"
    added = sum(c.value for c in result.cells if c.value is not None)
    if abs(total_cell.value - added) > 1e-6 * max(1.0, abs(total_cell.value)):
        named = _title(table, ask.reader.documents[table.doc_id])
        return None, (f"{named}中各行之和（{result.computation.formula}）与表中“{key(total_cell.label)}”行"
                      f"（{written}）不一致，无法确定合计数。")
    hit = _row_hit(ask.reader.chunks_of[table.doc_id], table, total_cell.row.index)
    if hit is None:
        return None
    mark = ask.book.cite(hit, total_cell.row.start, total_cell.row.end)
    summed = "各行之和" if result.query.aggregate == "mean" else ""  # a mean's numerator is what the row states
    return mark, f"，{summed}与表中“{key(total_cell.label)}”行（{written}）一致[{mark}]"


# the noun a question counts or lists: before `中`/`里` (`主要指标中`), or after `哪些`/`哪几` (`哪几所学校`)
_COUNTED_NOUN = re.compile(r"([^\s，,。？?、的“”]{2,8})(?:中|里|当中)|哪(?:些|几)[个所项]?([^\s，,。？?的]{2,8})")


def _counted_nouns(q: str) -> list[str]:
    """The nouns a question counts or lists rows as, nearest its `哪些` first."""
    return [m.group(2) or m.group(1) for m in reversed(list(_COUNTED_NOUN.finditer(q)))]


# `各增加多少所`: rows chosen by a fall or rise between two columns, each with its size asked
_EACH_SIZE = re.compile(r"(?:各|分别|每个|每项)[^，,。？?]{0,4}"
                        r"(?:减少|增加|下降|提高|降低|上升|增长|少|多)了?(?:多少|几)")


def _each_change(table: Table, result: TableResult, names: list[str], q: str) -> str:
    """`（幼儿园专任教师：1736 − 1702 = 34人 …）`: each listed row's change from the column it was compared
    with, when the question asks the size of each; '' otherwise."""
    condition = result.query.condition
    # (rows chosen by their change between two periods always show it: the change is computed, not stated)
    if condition is None or not condition.other or not (_EACH_SIZE.search(q) or _changes_asked(table, result.query)):
        return ""
    shown = []
    for name, c in zip(names, result.cells, strict=False):
        old = next((x for x in c.row.cells if key(x.column) == condition.other), None)
        if old is None:
            return ""
        a, b = (parse_number(x.text + normalize(x.unit)) for x in (old, c.cell))
        if a is None or b is None or a.unit != b.unit:
            return ""
        high, low = (old, c.cell) if a.value >= b.value else (c.cell, old)
        try:
            diff = remainder(Operand.literal(high.text + normalize(high.unit)),
                             Operand.literal(low.text + normalize(low.unit)))
        except ComputeError:
            return ""
        shown.append(f"{name}{'减少' if a.value > b.value else '增加'}：{diff.formula}")
    return f"（{'；'.join(shown)}）"


_RESULT = re.compile(r"= (\d{4,})(\.\d+)? ?(\S*)$")


def _grouped(formula: str, cells: list[TableCell]) -> str:
    """The result again with its thousands grouped (`（即36,321.20万元）`) when the table groups its cells
    so (`22,418.90`): the answer states its figure the way the document writes figures."""
    m = _RESULT.search(formula)
    if m is None or not any(re.search(r"\d,\d{3}", c.cell.text) for c in cells):
        return ""
    return f"（即{int(m.group(1)):,}{m.group(2) or ''}{m.group(3)}）"


def _tied(result: TableResult) -> int:
    """How many rows share the top value of a max/min (a ranking by change keeps its one winner)."""
    if result.query.change_from:
        return 1
    top = result.cells[0].value
    return next((i for i, c in enumerate(result.cells) if c.value != top), len(result.cells))


def operation_words(q: str, query: TableQuery) -> list[str]:
    """The question's words that the query carried out: the table it reads, its aggregate, the change
    it ranks by and the unit it keeps rows of."""
    patterns = {"max": _MAX, "min": _MIN, "mean": _MEAN, "sum": _SUM, "count": _COUNT}
    found = [_TABLE_REF.search(q), patterns[query.aggregate].search(q) if query.aggregate in patterns else None,
             _CHANGE_WORDS.search(q) if query.change_from else None,
             _UNIT_ROWS.search(q) if query.units else None]
    return [m.group() for m in found if m]


def _names(result: TableResult) -> list[str]:
    if result.varies == "column":
        return [normalize(key(c.column)) for c in result.cells]
    # rows chosen among several groups are named with their group (`义务教育 在校学生数`)
    grouped = len(result.query.groups) > 1
    return [" ".join(([key(c.group)] if grouped and c.group else []) + [key(part) for part in c.label.split(" ")])
            for c in result.cells]


def _values(table: Table, result: TableResult, c: TableCell) -> str:
    """The cells of the row that the query looked at (all data cells of a record row when it measured none)."""
    row = [x for x in cells_of(table) if x.row is c.row]
    condition = result.query.condition
    # rows chosen by a change between two columns show the column stating that change too (增减%)
    changes = {key(x.column) for x in row if condition and condition.other and CHANGE_HEADER.search(key(x.column))}
    # rows chosen or ranked by their change between two periods show both periods and every change stated
    if _changes_asked(table, result.query):
        changes |= _change_columns(table)
    shown = [x for x in row if key(x.column) in set(result.query.measure) | set(result.query.shown)
             | set(result.query.where)
             | set(result.query.exclude) | set(result.query.one_of) | changes
             | {result.query.change_from or "", condition.other if condition else "", result.query.per or ""}]
    if result.varies == "column":
        return f"{normalize(c.cell.text)}{normalize(c.cell.unit)}"
    if result.query.aggregate in ("max", "min") and shown:
        # the row found is named by every cell naming it, not its label alone (项目 | 学校: the school too)
        naming = naming_columns(table)
        shown = [x for x in row if key(x.column) in naming] + shown
    chosen_by = set(result.query.where) | set(result.query.exclude) | set(result.query.one_of)
    if result.query.aggregate == "list" and (len(result.rows) == 1 or {key(x.column) for x in shown} <= chosen_by):
        # the one row found, or rows found by a cell the question names (未达标): all of each, its own values
        shown = []
    return "，".join(f"{normalize(x.column)}：{normalize(x.cell.text)}{_shown_unit(x, table)}" for x in shown or row)


def _shown_unit(x: TableCell, table: Table) -> str:
    """The unit a cell is shown in: its own, else the counter its count column reads a bare whole number in
    (联系学校数：7所), or the unit of the count its column is a part of (server/answer/partunit.py), so a count
    is never shown as a bare number; a bare score as points; a column of people counted bare in 人 (毕业生：1620人)."""
    if normalize(x.cell.unit) or x.value is None or x.unit:
        return normalize(x.cell.unit)
    whole = x.value == int(x.value) and "." not in x.cell.text
    return (count_unit(x.column) if whole else "") or part_unit(table, x.cell) or score_header_unit(x.column) \
        or (people_unit(x.column) if whole else "")


def naming_columns(table: Table) -> set[str]:
    """The columns right after the label column whose cells are all words, each row's its own (a 学校 column
    beside 项目, a 校区 beside 学校): they name the row as its label does. By key."""
    columns = table.columns
    label = label_column(table)
    if label not in columns:
        return set()
    naming: set[str] = set()
    for column in columns[columns.index(label) + 1:]:
        texts = [normalize(c.text).strip() for r in table.rows for c in r.cells if c.column == column]
        if not texts or len(set(texts)) < len(texts) \
                or not all(re.search(r"[\u4e00-\u9fff]", t) and not re.search(r"\d", t) for t in texts):
            break
        naming.add(key(column))
    return naming


def _row_hit(chunks: list, table: Table, index: int) -> Hit | None:
    chunk = next((c for c in chunks if c.table_id == table.table_id and c.row_index == index), None)
    return Hit(-1, chunk, 0.0) if chunk else None


def _data_columns(table: Table) -> list[str]:
    cells = cells_of(table)
    return list(dict.fromkeys(c.column for c in cells))


def _column_units(table: Table) -> dict[str, str]:
    """The unit of each column: its header's note, else % when all its numbers are written as shares (a rate
    column headed `执行率` whose cells read `98.8%`), so that its kind is known like a noted column's."""
    units = dict(table.units)
    written: dict[str, set[str]] = {}
    for c in cells_of(table):
        if c.column not in units and c.value is not None:
            written.setdefault(c.column, set()).add(c.unit)
    # (a share only: a counter every cell takes from a table-wide note, `单位：个`, says no kind of its own)
    units.update({column: "%" for column, seen in written.items() if seen == {"%"}})
    return units


def _kind_units(table: Table) -> dict[str, str]:
    """_column_units, with 分 for a score column with no note (`评估得分`, `平均分`): a question asking a score
    (`得分最低`, in 分) is of that column's kind, never of a count column it also names in part."""
    units = _column_units(table)
    return units | {c: unit for c in _data_columns(table) if c not in units and (unit := score_header_unit(c))}


# a column named only inside a modifier of the noun asked (`乘X的学生`, `有Y的学校`): the noun after 的, up to the
# ranking or asking word, is what the question measures
_MODIFIED = re.compile(r"的(?P<head>[^\W\d的]{1,4}?)(?:最|多少|几|是|有多少|一共|共|合计|总)")


# words of a measure (人数, 数量, 金额), which any column has: after 的 they measure the column named, no other thing
_MEASURE_WORD = re.compile(r"人数|数量|总数|数|个数|金额|资金|面积|规模|比例|占比|得分|分数|比率|率")


def _head_of_modifier(measure: str, numeric: list[str], q: str) -> str:
    """The numeric column whose header ends with the noun the named column modifies (`坐车的学生` of a table with
    车辆 and 乘车学生 columns: the students column), else the named column itself."""
    at = q.find(measure)
    m = _MODIFIED.match(q, at + len(measure)) if at >= 0 else None
    if m is None or _MEASURE_WORD.fullmatch(m.group("head")):
        return measure  # `教师的人数`: the named column's own measure, not another thing's
    heads = [k for k in numeric if k != measure and _INNER_NOTE.sub("", k).endswith(m.group("head"))]
    return heads[0] if len(heads) == 1 else measure


def _numeric(table: Table, column: str) -> bool:
    """Most of the column's cells are amounts (not text, not bare years such as 2021, not dates: 2025年12月)."""
    values = [c for c in cells_of(table) if c.column == column]
    amounts = [c for c in values if c.value is not None and not _YEAR.fullmatch(c.cell.text.strip())
               and c.unit != "日期"]
    return bool(values) and len(amounts) >= len(values) / 2


def _cell_filters(table: Table, q: str) -> tuple[dict[str, str], dict[str, str]]:
    """Cell values the question names, by column: the rows must hold them (`where`: 约束性, 高职城区域,
    a year in a column of years: `2025年的项目`) or, named after a negation, must not (`exclude`:
    `未能5项全部达标`, `非约束性`). A value of a category column (one that repeats down the
    column, as a status or attribute does) is also named by most of its two-character pieces in
    one stretch of the question (`5项指标全部达标` names `5项全部达标`)."""
    where: dict[str, str] = {}
    exclude: dict[str, str] = {}
    named: dict[str, tuple[str, int]] = {}  # column → (value, where it starts in q), the longest named
    cells = cells_of(table)
    for c in cells:
        text = key(c.cell.text)
        year = YEAR_CELL.fullmatch(text)
        if len(text) < 2 or c.value is not None and not year:
            continue
        if year:
            # a year cell (`2025`, `2025年`, `2025年度`) is named by its year said with 年
            said = re.search(rf"{year.group(1)}\s*年", q)
            if said is None:
                continue
            at = said.start()
        else:
            at = q.find(text)
        floor = _FLOOR.sub("", text)  # `本科及以上` asked as `要求本科学历的`
        if at < 0 and floor != text and len(floor) >= 2 and _FLOOR.search(q) is None:
            at = q.find(floor)
        column = key(c.column)
        if at >= 0 and len(text) > len(named.get(column, ("", 0))[0]):
            named[column] = (text, at)
    for column, value in _month_named(cells, q).items():
        named.setdefault(column, value)
    named.update(_yes_no(table, q))
    if not named:
        fuzzy = _fuzzy_category(cells, q)
        if fuzzy:
            named[fuzzy[0]] = fuzzy[1:]
    for column, (text, at) in named.items():
        (exclude if at >= 0 and _NEGATED.search(q[:at]) else where)[column] = text
    return where, exclude


# a status column of project and task tables (进度, 完成情况: 已完工 beside 在建, 未开工) asked by whether a
# row is done (`哪些项目尚未竣工`, `已经竣工的有几个`): a done cell is the bare word, maybe with 已; a partial
# stage (主体完工) is short of it; done beyond the aim or before the date (超额完成, 提前建成) is done
_DONE_WORD = r"(?:完工|竣工|完成|建成|交付使用|投入使用|投用)"
# (and done as accepted on completion: 竣工验收, the last step of a building project)
_DONE_CELL = re.compile(rf"(?:已经?|全部|全面|超额|提前|如期|按期|圆满)?{_DONE_WORD}(?:验收)?")
# the done word closing its clause (`完成投资` is a column's name, not a status), or said as the work finished
# (`建完没有`, `修完的`)
_DONE_ASKED = re.compile(rf"(还?没有?|尚未|仍未|还未|未|不)?(?:能|完全|全部|彻底|已经?)?"
                         rf"(?:{_DONE_WORD}|[干做建修弄搞]完)"
                         r"(?=[的了呢吗？?，,。；]|$)")


def _bare_done(cell: str) -> bool:
    """A status cell that is the done word alone (完成, 已完成): named by a question asking done or not, while a
    qualified one (超额完成, 基本完成) named asks the rows of that status only."""
    return bool(cell) and bool(re.fullmatch(rf"(?:已经?)?{_DONE_WORD}", key(cell)))


def status_filter(table: Table, q: str) -> dict[str, list[str]]:
    """{status column: the values of the rows asked} for a question asking which rows are (or are not yet)
    done: the column whose cells name a done status for some rows and another for others; the rows with a
    done cell, or (after 没/未/尚未) those with another status. {} when the question asks no status or the
    table has no such column: a table without one never tells which rows are done."""
    m = _DONE_ASKED.search(q)
    if m is None:
        return {}
    cells = cells_of(table)
    for column in dict.fromkeys(c.column for c in cells):  # the data columns, in order
        values = list(dict.fromkeys(key(c.cell.text) for c in cells
                                    if c.column == column and c.value is None and c.cell.text.strip()))
        done = [v for v in values if _DONE_CELL.fullmatch(v)]
        if done and len(done) < len(values):
            return {key(column): [v for v in values if v not in done] if m.group(1) else done}
    return {}


# a date cell of a month, or of a day of it, maybe as a deadline (`2026年11月30日前`)
_MONTH_CELL = re.compile(r"(?:(20\d\d)年)?(\d{1,2})月(?:(\d{1,2})日)?(?:底|末|份)?(?:之?前|以前)?")


def _month_named(cells: list[TableCell], q: str) -> dict[str, tuple[str, int]]:
    """A column of dates (`完成时限` of 2025年9月, `整改时限` of 2026年11月30日前) whose rows the question chooses by
    a month or a day (`9月完工的`, `11月30日前改完的`): column → (the one date cell text of that month or day, where
    in q the month starts). Only when every cell of that month (day) is the same date (one year) and the
    question names no other year: else which rows is unsure."""
    found: dict[str, tuple[str, int]] = {}
    for m in re.finditer(r"(?<!\d)(\d{1,2})月(?:(\d{1,2})日)?", q):
        year = re.search(r"(20\d\d)年\s*$", q[:m.start()])
        by_column: dict[str, set[str]] = {}
        for c in cells:
            d = _MONTH_CELL.fullmatch(key(c.cell.text))
            # (a deadline `…日前` is read as no number: a text cell)
            if (c.unit == "日期" or c.value is None) and d and int(d.group(2)) == int(m.group(1)) \
                    and (m.group(2) is None or d.group(3) is not None and int(d.group(3)) == int(m.group(2))) \
                    and (year is None or d.group(1) == year.group(1)):
                by_column.setdefault(key(c.column), set()).add(key(c.cell.text))
        for column, texts in by_column.items():
            if len(texts) == 1:
                found[column] = (texts.pop(), m.start())
    return found


# a requirement cell's floor (`本科及以上`, `大专以上`): the level it names is asked without it
_FLOOR = re.compile(r"(?:及|或)?以[上下]$")


def _yes_no(table: Table, q: str) -> dict[str, tuple[str, int]]:
    """A yes/no column (`是否达标` of 是/否) named by its word (`达标`): column → (是 or, after a negation
    — `没有达标`, `未达标` — 否, where in q the word starts)."""
    found = {}
    for column in _data_columns(table):
        word = key(column).removeprefix("是否")
        at = q.find(word)
        if word == key(column) or len(word) < 2 or at < 0:
            continue
        values = {key(c.cell.text) for c in cells_of(table) if c.column == column}
        if values and values <= {"是", "否"}:
            negated = bool(_NEGATED.search(q[:at]))
            found[key(column)] = ("否" if negated else "是", -1)  # -1: not negated again by the caller
    return found


def _fuzzy_category(cells: list[TableCell], q: str) -> tuple[str, str, int] | None:
    """(column, value, start in q) of the one category value most of whose pieces the question holds."""
    by_column: dict[str, list[str]] = {}
    for c in cells:
        if c.value is None and c.cell.text.strip():
            by_column.setdefault(key(c.column), []).append(key(c.cell.text))
    found = []
    for column, values in by_column.items():
        if len(set(values)) >= len(values):
            continue  # every row its own text: names, not a category
        for value in set(values):
            if len(value) < MIN_FUZZY_CHARS:
                continue
            pieces = [value[i:i + 2] for i in range(len(value) - 1)]
            at = [q.find(p) for p in pieces if p in q]
            # its head, the last piece, named too: `学前教育` does not name the office `学前教育科`
            if pieces[-1] in q and len(at) / len(pieces) >= MIN_FUZZY_RATIO and max(at) - min(at) <= len(value) + 4:
                found.append((len(at) / len(pieces), column, value, min(at)))
    found.sort(reverse=True)
    if not found or len(found) > 1 and found[1][0] == found[0][0]:
        return None
    return found[0][1], found[0][2], found[0][3]


def _row_units(q: str) -> tuple[str, ...]:
    """The unit the question keeps rows of (`按百分比计的指标` → %)."""
    m = _UNIT_ROWS.search(q)
    if not m:
        return ()
    word = next(w for w in m.groups() if w)
    if word in _PERCENT_WORDS:
        return ("%",)
    unit = base_unit(word) if is_unit(word) else ""
    return (unit,) if unit else ()


def _spanned_rows(table: Table, q: str) -> list[str]:
    """The labels of a table's year rows inside the one span of years the question names (`2023到2025年…合计`:
    2023年, 2024年 and 2025年, not its two ends alone); [] when it names none, or fewer than two rows lie in it."""
    found = spans(q, None)
    if len(found) != 1:
        return []
    first, last = found[0]
    rows = [form for c in cells_of(table) if not c.is_total
            and (m := YEAR_CELL.fullmatch(form := key(c.own_label))) and first <= int(m.group(1)) <= last]
    rows = list(dict.fromkeys(rows))
    return rows if len(rows) >= 2 else []


def _labels(table: Table, q: str, places: tuple[str, ...] = ()) -> list[str]:
    """Row labels the question names: whole, of three characters or more (a two-character one, 小学,
    is as often a word of another noun) or a place asked — or two characters long when the question
    lists it with other labels of the table (`初中、普通高中两个学段`)."""
    labels: list[str] = []
    short: list[str] = []
    counted = _count_column_nouns(table)
    for c in cells_of(table):
        for form in (key(c.own_label), key(c.label)):
            if form in labels or form in short or form not in q:
                continue
            # (or one the question asks an average of: `初中平均…`, its subject, or per one of: `每所小学`, or
            # one right before the noun a count column counts that an average is asked per one of: `初中示范校的
            # 平均…` of a `示范校数` column, that row's)
            if len(form) >= 3 or form in places \
                    or re.search(rf"{re.escape(form)}的?平均|{_PER.pattern}{re.escape(form)}", q) \
                    or _MEAN.search(q) and any(re.search(rf"{re.escape(form)}的?{re.escape(n)}", q) for n in counted):
                labels.append(form)
            elif len(form) == 2:
                short.append(form)
    listed = [f for f in short if any(_ENUMERATION.match(q, i + 2) or i and q[i - 1] in _LIST_JOINS
                                      for i in _starts(f, q))]
    labels = labels + listed if len(labels) + len(listed) >= 2 and listed else labels
    return labels + _sharing(table, q, labels, lead=False) + _sharing(table, q, labels, lead=True)


def _each_row_asked(table: Table, q: str) -> list[str]:
    """The labels of every row but the total, when the question asks the value of each by the header naming
    the rows (`三个项目各有多少`, `各组别分别多少`); [] otherwise, or when two rows share a label."""
    header = key(label_column(table))
    if len(header) < 2 or not re.search(rf"各{re.escape(header)}|{re.escape(header)}(?:各|分别)", q):
        return []
    rows = [key(row_label(table, r)) for r in table.rows if not is_total(row_label(table, r))]
    return rows if len(rows) >= 2 and len(set(rows)) == len(rows) else []


_COUNT_END = re.compile(r"(?:总数|数量|数)$")


def _count_column_nouns(table: Table) -> list[str]:
    """The nouns the table's count columns count (`示范校` of `示范校数（所）`), of two characters or more."""
    return [n for c in _data_columns(table) if _COUNT_END.search(k := key(c))
            and len(n := _COUNT_END.sub("", k)) >= 2]


def _sharing(table: Table, q: str, named: list[str], *, lead: bool) -> list[str]:
    """Row labels the question lists beside a named one whose lead or head they share, said once: a table by
    grade or stage opens its labels alike and a list says the opening once, after the named label
    (`初中七年级、八年级` names 初中八年级 beside 初中七年级); a table by stage or item ends them alike and a
    list says the end once, on the named label (`高中和中职教育` names 高中教育 beside 中职教育)."""
    out: list[str] = []
    for found in named:
        shared = found[:LABEL_HEAD_CHARS] if lead else found[-LABEL_HEAD_CHARS:]
        for form in dict.fromkeys(key(c.own_label) for c in cells_of(table) if not c.is_total):
            said = form[LABEL_HEAD_CHARS:] if lead else form[:-LABEL_HEAD_CHARS]
            if form in named or form in out or not (form.startswith(shared) if lead else form.endswith(shared)) \
                    or len(said) < (3 if lead else 2):
                continue
            between = rf"(?:[{_LIST_JOINS}][\u4e00-\u9fff]{{2,{6 if lead else 4}}})*[{_LIST_JOINS}]"
            first, last = (found, said) if lead else (said, found)
            if re.search(re.escape(first) + between + re.escape(last), q):
                out.append(form)
    return out


LABEL_HEAD_CHARS = 2  # the head a list of row labels says once (教育 of 小学教育, 初中教育)


_LIST_JOINS = "、和与及"
_ENUMERATION = re.compile(r"[、和与及]")


def _label_word(table: Table) -> str:
    """The longest word (two characters or more) every row label but a total's carries, '' if none:
    a statistics table of one count per stage names that count in each row."""
    labels = list(dict.fromkeys(key(c.own_label) for c in cells_of(table) if not c.is_total))
    if len(labels) < 2:
        return ""
    shortest = min(labels, key=len)
    for size in range(len(shortest), 1, -1):
        for i in range(len(shortest) - size + 1):
            if all(shortest[i:i + size] in label for label in labels):
                return shortest[i:i + size]
    return ""


def _starts(word: str, q: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), q)]


def _groups(table: Table) -> set[str]:
    """The row groups of the table (分类 of a grouped indicator table)."""
    return {c.group for c in cells_of(table) if c.group and not is_total(c.group)}


def _group_named(group: str, q: str) -> bool:
    """The question names the group whole, or without the 教育 of a stage's name (学前 for 学前教育)."""
    return len(group) >= 2 and (group in q or (group.endswith("教育") and len(group) >= 4 and group[:-2] in q))


# a range said with 到 between two numerals (`三到五年级`), as documents write it with 至 (`三至五年级`)
_SPOKEN_RANGE = re.compile(r"(?<=[一二三四五六七八九十\d])到(?=[一二三四五六七八九十\d])")


def as_written_range(q: str) -> str:
    """`q` with a range said with 到 written with 至, as row labels write a span of grades or ages."""
    return _SPOKEN_RANGE.sub("至", q)


def named_row(table: Table, q: str) -> Row | None:
    """The one row whose label the question holds whole (the longest, when one label holds another); when it
    holds none, the one row whose naming cell it holds (the 学校 of a 项目 | 学校 table: `石门乡小学那个项目`)."""
    q = as_written_range(q)
    named = [(len(label), row) for row in table.rows
             if len(label := key(row_label(table, row))) >= MIN_LABEL_CHARS and _named_whole(label, q)]
    if not named:
        naming = naming_columns(table)
        named = [(len(text), row) for row in table.rows for c in row.cells
                 if key(c.column) in naming and len(text := key(c.text)) >= MIN_LABEL_CHARS
                 and _named_whole(text, q)]
    longest = [row for n, row in named if n == max((n for n, _ in named), default=0)]
    if len(longest) > 1:
        # rows by label × year (a 年度 column beside the label): the label's row of the year asked, else (no
        # year asked) its latest, the state a question asks of as it stands
        years = {row.index: row_year(table, row) for row in longest}
        asked = [int(y) for y in re.findall(r"(20\d\d)\s*年", q)]
        if None in years.values() or len(set(years.values())) < len(longest) or len(asked) > 1:
            return None
        wanted = asked[0] if asked else max(y for y in years.values() if y is not None)
        longest = [row for row in longest if years[row.index] == wanted]
    return longest[0] if len(longest) == 1 else None


# the naming word of one unit right before its kind (第五 of 第五小学, 实验 of 实验小学): a label
# written after it is the tail of that unit's name, not a row of its own (a stage's row, 小学, is not 第五小学's)
_UNIT_NAMING = re.compile(rf"(?:第[{''.join(CN_DIGITS)}十百\d]+|实验)$")


def _named_whole(label: str, q: str) -> bool:
    """The question writes the label somewhere not as the tail of a longer unit's name."""
    return any(not _UNIT_NAMING.search(q[:at]) for at in _starts(label, q))


def row_year(table: Table, row: Row) -> int | None:
    """The year a cell of the row outside its label states (`2026年`, `2026年度`), when one does."""
    keys = key_columns(table)
    years = {int(m.group(1)) for c in row.cells if c.column not in keys and (m := YEAR_CELL.fullmatch(key(c.text)))}
    return years.pop() if len(years) == 1 else None


def _rows_chosen(query: TableQuery) -> bool:
    """Whether a table query keeps some rows only (by label, cell value, group, condition or place)."""
    return bool(query.labels or query.where or query.exclude or query.one_of or query.groups or query.condition
                or query.opens or query.without or query.within)
