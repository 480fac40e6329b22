"""The check between composing an answer and returning it: every figure the answer asserts must be
of the kind, stage, region and time the question asks about. A figure that is not (the 幼儿园
count for a question about 小学, a 2025 target for a question about the present, a city's figure
for a county) turns the answer into an abstention naming what the documents do state.

What is measured is read where the figure stands, not in its passage: the rate asked must be named
by the word that says what it measures (巩固率, 毛入学率, 占比) in an item of the figure's own clause,
that item naming the stage asked when it names one; a count must be of the noun asked (not the
schools of `新建学校3所，新增学位2700个`) and not a ratio per so many people; the figure's own item
must not name a place inside the region asked, nor its sentence date it by other years. Its
sentence, the one before and its section must carry the question's key terms. A part is no answer
for the whole asked: a total over the stages a question lists computed from some of them, one row of
a table for a total over rows, a figure computed over a city's districts for one district, a
ranking for `差多少`. The thing asked, when the documents never name it (a role, a kind of teacher),
needs a word near in meaning beside the figure; a figure of another provision of its sentence gives
way to the clause that states the subject asked. Nor is the whole an answer for a part: a figure of
all stages for one, of a kind for its largest member, of another kind of area (乡镇 for 农村); a
change stated beside a level gives way to that level. The number's value only tells which figure of
its clause is the answer's; it is never judged.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate

from figures.counters import noun_counter
from figures.direction import (
    ASKS_FALL,
    ASKS_RISE,
    FALL_TO,
    FALL_VERBS,
    RISE_VERBS,
    TO_LEVEL,
    alternation,
    states_change,
)
from figures.indicators import match_indicator
from figures.numbers import NON_MEASURE_UNITS, Quantity, canonical_unit, find_quantities, parse_number
from figures.tablequery import key, value_kind
from figures.years import years_named
from ingest.metadata import own_year, reported_year
from ingest.models import Document, Row, Table
from ingest.normalize import normalize, not_pauses, pauses
from ingest.places import gazetteer
from ingest.segment import pos_tokenizer, word_offsets, words
from ingest.structure import split_sentences
from ingest.tables import BRACKETED_NOTE, OPEN_NOTE, PAIRS_LAYOUT, key_columns, row_label, unit_of
from server.ages import age_conflict, age_unsaid
from server.answer.asides import aside_member
from server.answer.askedcolumn import count_unit
from server.answer.askedcounter import other_count, other_row_counted
from server.answer.askedframe import (
    bar_for_reached,
    bar_of_definition,
    base_unsaid,
    change_for_comparison,
    echo_of_question,
    level_for_price_gap,
    number_for_names,
    sample_for_whole,
    share_for_ratio,
    standard_for_aim,
    unitless_for_unit,
    visits_for_people,
)
from server.answer.askedkind import REST_STATED, count_for_per_one, given_whole, own_clauses, unlike_kind
from server.answer.base import Ask
from server.answer.complements import Opposite, complement, opposite, opposite_move, unsplit
from server.answer.countedalike import counted_alike_noun
from server.answer.draft import Claim, Draft, table_of
from server.answer.edition import earlier_edition_unsaid, other_edition
from server.answer.evidence import (
    CANDIDATES,
    COVER_MIN,
    CURRENT,
    PLANNED,
    SYNONYMS,
    Reader,
    doers_share,
    has_term,
    may_be_near,
    paragraph_lead,
    term_parts,
    title_named,
    unit_kind,
    work_named,
)
from server.answer.gradesum import award_by_grades
from server.answer.lookup import asks_goals, table_answer
from server.answer.narrowing import SPECIFIC_IDF, narrowing_unsaid
from server.answer.negatedcolumn import negated_act
from server.answer.peoplegroups import clause_of_other_group, other_group
from server.answer.perone import PER_COUNTED, things_per_pupil_asked
from server.answer.qualifiers import item_conflict, naming_piece, qualifier_conflict
from server.answer.restated import only_counted
from server.answer.sections import chunk_hit
from server.answer.shortage import asks_shortage, shortage_only
from server.answer.stagegroup import other_stage_group
from server.answer.stageunsaid import stage_unsaid
from server.answer.tables import MIN_ABBREVIATION_CHARS, in_order
from server.answer.text import (
    ITEM_HEAD,
    clause_spans,
    computed_figure,
    display,
    flat,
    pick_quantity,
    quantity_figure,
    region_of,
    written_value,
)
from server.answer.text import clause as clause_of
from server.answer.unitcap import unit_written
from server.answer.whether import money_said, money_unsaid, ranking_unsaid, school_unnamed, school_unsaid
from server.answer.whosefigure import WholeForPart, figure_at, whose
from server.answer.whosefigure import conflict as whose_conflict
from server.calc import BASE_COLUMN, compliance, verdict_text
from server.intent import (
    COUNTER_CLASS,
    COUNTERS,
    DEGREE,
    PART_END,
    PER_HEAD,
    PER_HEAD_UNITS,
    UNIT_AFTER_GE,
    asked_noun_kind,
    counts_things_of_people,
)
from server.lexicon import (
    area_kinds,
    document_kinds,
    member_nouns,
    money_kinds,
    money_nouns,
    overall_words,
    spoken_counters,
    stage_families,
    stages_named,
    unit_nouns,
)
from server.lexicon import stages as stage_lexicon
from server.operation import ASKS_COMPLETION, STATES_COMPLETION, SUM_ASKED
from server.query import ASK_AMOUNT, INDICATOR_NAMES, QUESTION_WORDS, Query, function_word, names_thing
from server.regions import without_places
from server.retrieve import Hit
from server.rowcounter import row_people_unit
from server.timespans import relative_years
from server.wordstarts import word_starts

# school stages by family (server/lexicon/stage_families.tsv): a figure of one family never answers a
# question about another
STAGE_FAMILIES = dict(stage_families())
# … under every name documents give them (server/lexicon/stages.tsv: 中等职业学校 is 中职)
STAGE_FAMILIES |= {name: STAGE_FAMILIES[stage] for stage, (names, _) in stage_lexicon().items()
                   if stage in STAGE_FAMILIES for name in names if name not in STAGE_FAMILIES}
# 其中 before a stage (`其中小学1845人`) is no part of it: not 中小学, nor 中职 of `其中职业学校`
_STAGE = re.compile("|".join((r"(?<!其)" if name.startswith("中") else "") + name
                             for name in sorted(STAGE_FAMILIES, key=len, reverse=True)))


def _stage_names(text: str) -> list[re.Match[str]]:
    """The stage names of `text` where a word starts: 学前 of 开学前 ('before school starts') names no stage."""
    starts = word_starts(text)
    return [m for m in _STAGE.finditer(text) if m.start() in starts]


def _stage_named(text: str) -> bool:
    """Whether `text` names a stage (_stage_names)."""
    return bool(_STAGE.search(text)) and bool(_stage_names(text))


# a question about the present; a sentence about a planned future (`到2025年`, a deadline `2025年前`)
# a sentence stating the present (`截至2021年底…为6000元`), in a section reviewing it or by its words
_PRESENT = re.compile(r"截至|截止|目前|现有|当前")
# a question asking a change from the year before; a computed comparison of two things (`A 比 B`)
_ASKS_YEAR_ON_YEAR = re.compile(r"比(?:上|前|去)一?年|较(?:上|去)年|同比")
# … with the change asked in so many words (`比上年增加了几家`, `较去年少了多少`), whatever reading the question got
_CHANGE_ON_YEAR = re.compile(rf"(?:{_ASKS_YEAR_ON_YEAR.pattern})(?:同期)?"
                             rf"(?:{alternation(RISE_VERBS, FALL_VERBS)}|多|少)了?(?:多少|几)")
_COMPARED = re.compile(r"\S\s+比\s+\S")
# a question about a level planned (`计划把…提高到什么标准`, `到2027年要建成几间`)
_ASKS_AIM = re.compile(r"(?:(?:提高|提升|增加|扩大|建|达|要)到|达到)(?:多少|什么|几)")  # not `是否达到标准`
_AIMED = re.compile(r"计划|规划|要|将|力争|目标|到\s*20\d\d\s*年")
# units a question names so plainly that a figure in another unit cannot answer it (处: places or problems found, never
# a count of schools in 所)
_STRICT = {"%", "百分点", "人", "人次", "所", "个", "名", "项", "次", "套", "家", "间", "台", "户", "件", "张", "支",
           "座", "批", "篇", "条", "种", "辆", "栋", "幢", "场", "门", "平方米", "分", "处"}
# a share or a change asked of money (`经费增长了百分之几`, `占总支出多少`, `增幅`): answered in %
_ASKS_SHARE = re.compile(rf"占|比例|比重|百分|几成|率|幅|倍|比|{ASKS_RISE.pattern}|{ASKS_FALL.pattern}")
_DURATIONS = {"年", "月", "天", "周", "小时"}  # `近三年`: a period, the answer only to a question about time
# the other units a question about time asks in (多久: 分钟, 日), and lessons of a timetable or a training (课时, 学时)
_TIMES = {"日", "分钟", "学期", "学年", "个月", "节", "课时", "学时"}
# a time a document counts with 个 (`3个月内`, `5个工作日内`: the counter read as the unit) or in lessons
# (`每周3节`)
_STATED_TIME = re.compile(rf"\d\s*(?:个\s*(?:{UNIT_AFTER_GE.pattern})|节|课时|学时)")
# a count with 个 (`两个`, `3个`), and one that is a time (`两个月内`, `3个工作日`: the counter read as the unit)
_GE_COUNT = re.compile(r"(?:\d|[一二两三四五六七八九十百])\s*个")
_GE_TIME = re.compile(rf"(?:\d|[一二两三四五六七八九十百])\s*个\s*(?:{UNIT_AFTER_GE.pattern})")
# an amount per period asked (`每周…要求多少`, `每天…上限多少`), and the period a clause states its figure for: an
# activity's time per the same period (`每周户外活动不少于3小时`, `每日阅读不少于半小时`) is its amount
_PER_PERIOD = re.compile(r"每(?:个)?(周|星期|天|日|月|学期|学年|年)")
_SAME_PERIOD = {"星期": "周", "天": "日"}


def _time_per_asked_period(asked: str, context: str) -> bool:
    """Whether the question asks an amount per a period and the figure's clause states it per that period, as
    an amount, not as an offset from a day the period holds (`每学期开学前2周`: when, not how much)."""
    def periods(text: str) -> set[str]:
        return {_SAME_PERIOD.get(m.group(1), m.group(1)) for m in _PER_PERIOD.finditer(text)}
    context = normalize(context)
    return bool(periods(asked) & periods(context)) and not _OFFSET_TIME.search(context)


# a time counted from a day (`开学前2周`, `结束后3天`, `提前5个工作日`): when something is done
_OFFSET_TIME = re.compile(rf"(?:前|后|提前)\s*(?:\d|[一二两三四五六七八九十半])[\d一二两三四五六七八九十半]*\s*个?\s*"
                          rf"(?:周|星期|天|日|月|小时|分钟|{UNIT_AFTER_GE.pattern})")


# (a time in days, weeks or minutes asked by its unit too: `公示几天`, `提前几分钟`, `几个工作日`)
_ASKS_TIME = re.compile(r"几年|多少年|几个月|多长|多久|期限|年限|时长|小时|(?:几|多少)个?(?:天|周|星期|分钟|工作日)")
# a time the question ends on (`用了几年`, `要多长时间`): what is asked, not a span the question is about (`近几年`)
_TIME_ASKED_LAST = re.compile(r"(?:几年|多少年|几个月|多少个月|多少天|几天|多长时间|多久|多长|期限|年限|时长)"
                              r"(?:时间)?(?:是多少|有多长|才能?\S{0,6})?[?？。]?$")
# a plan's own statements of aim (in its sections that do not review the past: its record, its base, its
# shortfalls — a 存在的问题 section states the present)
_PLAN_DOC = re.compile(r"规划|计划|方案|纲要|意见")
_REVIEW = re.compile(r"成绩|成就|回顾|现状|基础|环境|基本情况|进展|完成情况|达成情况|达标情况|存在的?问题|主要问题|"
                     r"困难|短板|不足")
_AIM = re.compile(r"达到|实现|确保|提高到|提升到|增加到|增至|控制在|不低于|以上")
_TARGET_COLUMN = re.compile(r"目标|规划值|预期值|预期性|约束性")  # a column header naming a plan's aim
# a clause stating a level reached: 已 before its verb (`已提高到74.2%`, `已建成120套`), or years before the
# document's (`由2020年的47.3人降至2022年的43.6人` in a 2023 review; its own year may be a plan's year of
# tasks) and no word of an aim; the verb is any change word or one of reaching
_REACH_VERBS = ("达到", "增至", "实现", "完成", "建成", "消除", "覆盖")
_ALREADY = re.compile(rf"已(?:经)?(?:{alternation(RISE_VERBS, FALL_VERBS, _REACH_VERBS, FALL_TO)})")
_AIM_WORDS = re.compile(r"到\s*20\d\d\s*年|计划|规划|将|拟|力争|争取|预计|预期|目标|确保")
_CLAUSE_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年")
_PER_YEAR = re.compile(r"每年|年均|平均每年|每学年")  # a figure over a span stated per year
# a figure that is itself a difference (`比上年多3万人`, `高出2个百分点`); a question asking how much one
# thing exceeds another is not answered by a figure of one side (`A、B分别增长5.3%、7.7%`); the 比 of a
# share's or a ratio's name (占比, 比例, 生师比) compares nothing, nor does a bar (不低于15%, 不超过45人): the
# level it sets, not a gap to it
_STATES_DIFFERENCE = re.compile(r"(?<![占师])比(?!例|重|率)|高出|多出|超出|相差|差距|差值"
                                r"|(?<!不)(?:高于|低于|超过|少于|多于)")
# a change asked in percentage points (`涨了几个百分点`, `回落几个百分点`)
_ASKS_POINTS = re.compile(r"(?:几|多少)个?百分点")
# an amount saved or overspent against another (`比预算省下多少`, `比计划多花了多少`): a difference, whatever
# words the question analysis knows for one; a figure stating it says so (`节约3万元`, `结余`)
_SAVING = re.compile(r"省下|省了|节约|节省|结余|少花|少用|多花|超支")
# a reply that only quotes a passage (`据X文件：“…”[1]`), and a question asked to be answered yes or no
_QUOTE_ONLY = re.compile(r"据[^：“]{0,20}文件：“[^”]*”\[\d+\]")
_ASKS_YES_NO = re.compile(r"吗[？?]?$|是否|能不能|能否|算不算|够不够|有没有|达没达到|行不行|可不可以")
# … and whether it is done yet (`达到92%了没有`, `达标没`): a yes or no, where `目标是多少` asks the aim
_ASKS_IF_YET = re.compile(r"没有?[？?]?$")
_ASKS_SAVING = re.compile(rf"比[^，。？?]{{1,12}}?(?:{_SAVING.pattern})")
# how far one thing exceeds another, in the words everyday speech (多出) or its rewriting (新增) gives it:
# `A比B多出多少`, `比B新增了几个` — a difference, never the figure of one side
_ASKS_EXCESS = re.compile(r"比[^，。？?]{1,30}?(?:多出|高出|超出|新增)了?(?:多少|几)")
# a verb of what a programme reaches (`惠及学生1.9万人`, `覆盖学校27所`)
_REACH = re.compile(r"(?:共|累计|直接|可)?(?:惠及|覆盖|辐射|带动|受益)")
NEXT_SENTENCES = 3  # how far after a figure's sentence a neighbour naming the thing asked is looked for
WINDOW_COVER_MIN = 0.5  # key-term coverage of a figure's clause, sentence, the one before and its section
# what a rate or share measures is named by the last word of its name (巩固率 of 小学巩固率, 毛入学率
# of 高等教育毛入学率, 占比 of 民办学校学生占比); its other words say of what
# (a degree surveyed, 满意度 or 社会认可度, is a rate so named: server.intent.DEGREE)
_RATE_NAME = re.compile(rf"(?:率|比例|占比|比重|{DEGREE})$")
_SHARE_WORDS = ("比例", "占比", "比重", "占")  # one measure, whatever the word: a part of a whole in %
_ITEMS = re.compile(pauses("、，；;：:。"))
_CLAUSES = re.compile(pauses("，；;：:。"))
_COUNTS = _STRICT - {"%", "百分点", "平方米", "分"}  # units of things counted
# units that never measure money: things counted, durations and times, and a test's score (分 of 满分60分)
_NOT_MONEY = frozenset(_COUNTS | _DURATIONS | _TIMES | {"分"})
_NUMBER = re.compile(r"\d")
_VERB_TAIL = re.compile(r"(?:分别|均|都|已|稳定|保持|提高|提升|增加|增长|下降|降低|升|降|达到|达|为|在|到|至"
                        r"|超过|以上|超)+$")
# a year or a span of years a sentence dates its figures by (`2025年`, `2021—2025年`)
_DATED = re.compile(r"((?:19|20)\d\d)\s*(?:年\s*)?(?:[—–\-~至到]\s*((?:19|20)\d\d)\s*)?年")
# 比 of a comparison (`比上年`, `A比B多`), not of a ratio's or a share's name (收入比是多少, 生师比为, 比例, 占比)
_ASKS_CHANGE = re.compile(r"增|提高|提升|减|降|扩大|(?<!改)扩了|变化|新|多了|少了|涨|上调|下调|差"
                          r"|比(?!例|重|率|是|为|分别|多少|有|达|约|大概|[?？，,。]|$)")
_TOTAL = re.compile(r"共|合计|总计|累计|总额|总量|总数")
# words asking over a table's rows, not naming one (`各乡镇中心学校`, `哪所学校`, `全县中心学校`)
_OVER_ROWS = re.compile(r"各|每|哪|所有|全部|全|这|那|其他|其余|其它")
_ROW_NAME_MIN = 3  # characters of a row label a question may name (a school, a town), not a stage (小学)
_TOTAL_ROW = re.compile(r"合计|总计|小计|共计|总数|全部|^总|^全")  # a table row that totals the others
# kinds of area a figure counts in, as the statistics classify them (server/lexicon/area_kinds.tsv): a
# figure of one kind never answers a question about another, however near the words (乡镇 for 农村)
AREA_KINDS = {word: kinds for word, (kinds, _) in area_kinds().items()}
_AREA = re.compile("|".join(re.escape(w) + (f"(?![{re.escape(after)}])" if after else "")
                            for w, (_, after) in sorted(area_kinds().items(), key=lambda x: len(x[0]), reverse=True)))
# one member of a kind singled out by size (`规模最大的初中`, `人数最多的学校`): its figure, not the kind's
# (the nouns: server/lexicon/member_nouns.tsv)
_ONE_MEMBER = re.compile(rf"最(?:大|小|多|少|高|低)的(?:一|那)?[所个家]?(?:{'|'.join(member_nouns())})")
# the opening of a clause that breaks down the clause before it into its parts
_BREAKDOWN = re.compile(r"其中|包括|含")
# a total asked (`一共查了多少趟`), not a count per unit of time or per member (server/answer/perone.py)
_ASKS_TOTAL = re.compile(alternation(SUM_ASKED, ("累计", "总数", "共有")))
# several items counted, each asked (`四项各是多少`, `两类学校各有多少`)
_EACH_OF = re.compile(r"([两二三四五六七八九十\d]+)\s*个?(?:项|类|种|部分|方面)[^?？。]{0,12}?(?:分别|各)")
_MARKS = {"n", "ng", "a", "ag", "b", "h"}  # parts of speech of a one-character kind mark
# a question asking the level a thing reaches (`建到多少个`, `总数达到多少`), not the amount added to it
_ASKS_LEVEL = re.compile(r"(?:建|提高|提升|增加|增|扩大|扩|达)到|达到|总数|总量")
# … the level an aim or a change reaches (`要达到多少`, `提高到多少`): never the amount of the change
_ASKS_REACHED = re.compile(TO_LEVEL)
_ASKS_ADDED = re.compile(r"新建|新增|增加了?多少|增加了?几|多了|扩大了?多少")
# the verbs of things added (`新增学位`, `补充教师`): what they count is the change, not a level
_ADDING = r"(?:新建|新增|增加|增设|扩增|新招聘|补充|扩建|改扩建)"
_ADDED = re.compile(rf"{_ADDING}了?(?:约|近|超过|超)?$")
_LEVEL = re.compile(r"(?:达到|增至|增加到|提高到|提升到|建到|总数|总量|总计|累计)(?:为)?(?:约|近|超过|超)?$")
# a question asking per so many people (`每千人口`, `平均每一万名常住人口`, `人均`)
_ASKS_PER = re.compile(r"每\s*[一二两几]?\s*[十百千万]|平均每|人均")
# a figure per so many people (每千人口床位数6.1张, 每百名学生拥有…): a ratio, never the count itself
_PER_PEOPLE = re.compile(r"每[百千万十]+(?:万)?(?:人口|人|名|户|常住人口)")
# halves of the year a figure may be of: the spring term is the first half of a calendar year, the
# autumn term its second (教育部 school calendars); a comparison base (`较2022年秋季学期提高…`) dates no figure
# a column header closing with its counter in brackets (`走访（户）`, `场次（场）`)
_HEADER_COUNTER = re.compile(r"[（(]([\u4e00-\u9fff]{1,2})[）)]$")
_HALVES = {"春季学期": "first", "春季": "first", "上半年": "first", "秋季学期": "second", "秋季": "second",
           "下半年": "second"}
_HALF = re.compile("|".join(sorted(_HALVES, key=len, reverse=True)))
# a term named relative to the document's own: a term's report says 本学期 of the term it reports, so 上学期 asked of
# it is the term before, not stated (教育部 school calendars: two terms a year); 上学期间 ('while at school') is none
_RELATIVE_TERMS = {"上学期": "previous", "上个学期": "previous", "本学期": "current", "这学期": "current",
                   "这个学期": "current", "下学期": "next", "下个学期": "next"}
_RELATIVE_TERM = re.compile(rf"(?:{'|'.join(sorted(_RELATIVE_TERMS, key=len, reverse=True))})(?!间)")
_BASE = re.compile(rf"(?:较|比|相比|同比){not_pauses('，；;。')}*")
_BASE_YEAR = re.compile(r"(?:较|比|相比|与)\s*(?:19|20)\d\d\s*年(?:相比|同期)?")  # `较2022年增长2.3%`
# an indicator per student or per person (生均公用经费, 人均教育经费): the words after 生均 tell which one
_PER_HEAD_NAMED = re.compile(r"(?:生均|人均)[\u4e00-\u9fff]{2,12}")
_COUNTED_ASK = re.compile(rf"(?:多少|几)(?:[{COUNTERS}人]|人次)")  # an ask naming its counter (多少名, 几所)


MIN_TITLED_RUN = 4  # characters of a rate's name a title must hold to name the activity (not a bare 开放)


class OtherStage(str):
    """The reason a figure does not answer: it is of another school stage than the one asked."""


class Unlike(str):
    """The reason a figure does not answer: it is a value of another indicator than the one asked."""
    stated: str
    asked: str

    def __new__(cls, stated: str, asked: str) -> Unlike:
        reason = super().__new__(cls, f"它说的是“{stated}”，不是“{asked}”")
        reason.stated, reason.asked = stated, asked
        return reason


class Verifier:
    def check(self, ask: Ask, draft: Draft, mark: int = 0) -> Draft:
        """The draft, or an abstention when one of its figures does not fit the question; an answer the
        check finds in its place cites in `ask.book` from `mark` on (the handler's citations, from there,
        are dropped; a part of a wider answer shares the book with the other parts)."""
        things = only_counted(ask.query.norm, draft.answer)
        if things:  # `那5项X各是什么` answered by `X5项`: the question's own premise (server/answer/restated.py)
            where = "".join(ask.query.regions[:1])
            return ask.reader.abstain(f"文件中未找到{where}所问{things}的具体内容：所引段落只给出了它们的数目。",
                                      ask.ranked)
        checked = self._figures(ask, draft, mark)
        other = _other_half_quoted(ask.query, checked) if not checked.abstained and not draft.claims else ""
        if other:  # `下半年什么时候…` answered by the only round stated, the other half's
            where = "".join(ask.query.regions[:1])
            return ask.reader.abstain(f"文件中未找到{where}所问时段的相关内容：所引段落说的是{other}。", ask.ranked)
        asked, others = other_stage_group(ask.query.norm, checked.citations) if not checked.abstained \
            and not draft.claims else ("", "")
        if asked:  # `甲组第一名是谁` answered by the sentence naming 乙组's
            where = "".join(ask.query.regions[:1])
            return ask.reader.abstain(f"文件中未找到{where}{asked}的所问内容：所引段落说的是{others}。", ask.ranked)
        if not checked.abstained and draft.claims and _figure_for_whether(ask.query, checked):
            # `达到…要求了吗` answered by a bare figure (the one found in its place too): no judgement made
            return refuse(ask.reader, ask.query, (checked.claims or draft.claims)[0],
                          "它只是一个数，没有判断是否达到所问的要求", ask.ranked)
        return checked

    def _figures(self, ask: Ask, draft: Draft, mark: int) -> Draft:
        if draft.abstained:
            return draft
        if _no_difference(ask.query, draft):  # a ranking or a total for `差多少`: no difference stated
            return refuse(ask.reader, ask.query, draft.claims[0], "它没有算出所问的两者之差", ask.ranked)
        if _growth_for_completion(ask.query, draft):  # `目标达成了百分之多少` answered by a growth on the base
            return refuse(ask.reader, ask.query, draft.claims[0], "它算的是增长幅度，不是完成目标的比例", ask.ranked)
        if _one_for_each(ask.query, draft):  # one figure for `四项各是多少`: the whole, not its items
            return refuse(ask.reader, ask.query, draft.claims[0], "它是一个数，不是所问的各项", ask.ranked)
        if _rule_for_case(ask.query, draft):  # a case stated, the rule quoted back: no judgement made
            where = "".join(ask.query.regions[:1])
            return ask.reader.abstain(f"文件中未找到{where}对所述情况的判断：相关规定见所列段落，是否符合需按其中"
                                      f"各项要求逐项核算，文件没有给出结论。", ask.ranked)
        money = money_unsaid(ask.query, draft)
        if money:  # whether there is money for a thing, answered by a passage that names none
            doc_id = draft.citations[0].doc_id
            del ask.book.citations[mark:]
            said = money_said(ask, doc_id)  # … the document's sentence that names it, if one of the leading does
            if said is not None:
                return said
            where = "".join(ask.query.regions[:1])
            return ask.reader.abstain(f"文件中未找到{where}关于“{money}”的说明：所引段落没有说到{money}。", ask.ranked)
        unsaid = stage_unsaid(ask.query, draft, ask.reader.documents)
        if unsaid:  # a stage the answer's document, setting its rules stage by stage, never names
            where = "".join(ask.query.regions[:1])
            return ask.reader.abstain(f"文件中未找到{where}关于“{unsaid[0]}”的规定：所引文件只说到"
                                      f"{'、'.join(unsaid[1])}。", ask.ranked)
        school = school_unsaid(ask.query, draft)
        if school:  # whether a rule applies to a school, answered by the rule without that school's case
            return ask.reader.abstain(f"文件中未找到关于“{school}”的说明：所引段落是一般规定，没有说到{school}的情况。",
                                      ask.ranked)
        if school_unnamed(ask.query, draft):  # which school asked, answered by a passage naming none
            where = "".join(ask.query.regions[:1])
            return ask.reader.abstain(f"文件中未找到{where}所问的学校：所引段落没有说到具体学校。", ask.ranked)
        if ranking_unsaid(ask.query, draft):  # which one is first, answered by a passage ranking nothing
            where = "".join(ask.query.regions[:1])
            return ask.reader.abstain(f"文件中未找到{where}的排序：所引段落没有比较各项的多少。", ask.ranked)
        values = [f.value for f in draft.figures] if len(draft.figures) == len(draft.claims) else []
        each = len(ask.query.asks) > 1 and len(draft.claims) >= len(ask.query.asks)
        for n, claim in enumerate(draft.claims):
            problem = mismatch(ask.reader, ask.query, claim, values[n] if values else None)
            if problem and each and _fits_an_ask(ask.reader, ask.query, claim, values[n] if values else None):
                problem = None
            if problem:
                del ask.book.citations[mark:]  # the handler's citations are not the answer's
            if isinstance(problem, ChangeNotLevel):  # the level the same sentence states beside the change
                level = _level_beside(ask, claim)
                if level is not None:
                    return level
            if isinstance(problem, LevelNotChange):  # the change from the year before stated beside the level
                change = _change_beside(ask, claim)
                if change is not None:
                    return change
            if isinstance(problem, OtherStage):  # the row of the stage asked in a leading table
                row = _stage_row(ask)
                if row is not None:
                    return row
            if isinstance(problem, OtherYear):  # the sentence of the year asked in a leading passage
                dated = _year_sentence(ask)
                if dated is not None:
                    return dated
            if isinstance(problem, NeighbourSentence):  # the next sentence's figure, naming what is asked
                neighbour = _neighbour_figure(ask, claim, problem)
                if neighbour is not None:
                    return neighbour
            if isinstance(problem, OtherClause):  # the sentence's clause about the subject asked
                return _other_clause(ask, claim, problem)
            if isinstance(problem, Opposite):  # the other member's share: the asked one's is the rest
                computed = complement(ask, claim, problem)
                if computed is not None:
                    return computed
            if problem:
                return refuse(ask.reader, ask.query, claim, problem, ask.ranked)
        return draft


def _fits_an_ask(reader: Reader, query: Query, claim: Claim, value: float | None) -> bool:
    """A figure of an answer giving one for each of several asks (`园长几名、覆盖几个乡镇、开展培训多少场次`) is
    held to the ask it answers, not to the units and nouns of the others."""
    return any(not mismatch(reader, query.narrowed(part), claim, value) for part in query.asks)


def names_indicator(reader: Reader, query: Query, draft: Draft) -> bool:
    """Whether every figure of an answer stands in words naming the indicator asked (its named indicator,
    else every key term but those its document's title names — the body issuing it names no indicator —
    心理健康 as well as 教师): what a later handler must show once a check refused an earlier one's figure,
    so that the next figure found is not of something else. A question naming neither asks nothing to hold
    a figure to."""
    named = [t for t in query.terms if t in INDICATOR_NAMES]
    for claim in draft.claims:
        doc = reader.documents[claim.hit.chunk.doc_id] if claim.hit else None
        title = normalize(doc.meta.title, drop_space=True) if doc else ""
        asked = named or [t for t in query.terms if t not in title]
        # its clause and its sentence (the subject may stand in a clause before), in the question's script
        context = normalize(claim.context + (doc.text[claim.span[0]:claim.span[1]] if doc else ""), drop_space=True)
        if not all(_loosely_has(reader, t, context) for t in asked):
            return False
    return True


def verified(reader: Reader, query: Query, draft: Draft | None) -> bool:
    """Whether every figure of a (partial) answer fits the question it answers."""
    return draft is not None and not any(mismatch(reader, query, c) for c in draft.claims)


def mismatch(reader: Reader, query: Query, claim: Claim, value: float | None = None) -> str | None:
    """Why the figure of `claim` (of `value`, as written, when known) does not answer `query`, or None."""
    context = normalize(claim.context, drop_space=True)
    sentence = normalize(reader.documents[claim.hit.chunk.doc_id].text[claim.span[0]:claim.span[1]], drop_space=True) \
        if claim.hit.chunk.doc_id in reader.documents else context
    unit = claim.unit or _people_cell_unit(reader, claim)  # (a people row's bare cell is shown in 人)
    if not claim.computed and _unit_conflict(query, unit, claim.hit.chunk.row_index is not None, context, sentence):
        # the count of the very things an amount per one is asked of says so, not only its unit
        return count_for_per_one(query, unit) or f"它是以“{unit or '无单位'}”计的数"
    if claim.hit.chunk.doc_id in reader.documents:
        text = reader.documents[claim.hit.chunk.doc_id].text
        earlier = earlier_edition_unsaid(query.norm, text, context) or other_edition(query.norm, text)
        if earlier:  # 上一届 or 第四届 asked of a report on another edition: its figures are all that edition's
            return earlier
    if not claim.computed and claim.hit.chunk.row_index is not None:
        table = _claim_table(reader, claim)
        column = _cell_column(table, claim)
        if counted := other_count(table, claim, column, query):
            return counted
        # a share asked (几成, 比例) of a cell shown bare, its unit only in its column's header (实地走访（户）,
        # a counter word ingest's unit list may lack)
        header_unit = "" if unit else unit_of(column) or (m.group(1) if (m := _HEADER_COUNTER.search(column)) else "")
        if header_unit and "%" in query.units and unit_kind(header_unit) != "share":
            return f"它是以“{header_unit}”计的数"
    if claim.computed:
        computed_kind = _computed_other_kind(query, claim.unit)
        if computed_kind:
            return computed_kind
    framed = base_unsaid(query, claim) or sample_for_whole(reader, query, claim) \
        or change_for_comparison(query, claim) or unitless_for_unit(reader, query, claim) \
        or visits_for_people(query, claim) or share_for_ratio(query, claim) or level_for_price_gap(query, claim) \
        or bar_for_reached(reader, query, claim, value) or number_for_names(query, claim) \
        or standard_for_aim(reader, query, claim) \
        or value is not None and _condition_of_question(query, claim, value)
    if framed:  # a base period, a whole, a gap, a count, people, a ratio, a price gap, a value reached or names
        # asked: the present, a sample, a change, a coefficient, visits, a percentage, one side's price, the bar, a
        # number, the question's own condition or a class's defining bar
        return framed
    if not claim.computed and _total_for_per_head(query, claim.unit, context):
        return "它是总量，不是按生均或人均计的数"
    if not claim.computed and _total_for_per_period(query, claim.unit, context):
        return "它是合计的总额，不是所问每期（每月、每年）的数"
    if (query.operation == "difference" or _ASKS_SAVING.search(query.norm) or _ASKS_EXCESS.search(query.norm)) \
            and not claim.computed \
            and not _STATES_DIFFERENCE.search(context) and not _SAVING.search(context):
        return LevelNotChange("它是其中一方的数值，不是所问的两者之差")
    if _level_for_yearly_change(query, claim, context):
        return LevelNotChange("它是当年的数值，不是所问的增减")
    if not claim.computed and claim.unit == "%" and _ASKS_POINTS.search(query.norm) \
            and not _STATES_DIFFERENCE.search(context) \
            and not any(_is_change(context, q) for q in find_quantities(context)):
        # `还得再涨多少个百分点` answered by one year's level (a cell of 现状, a rate reached): no change stated
        return LevelNotChange("它是一个年份的水平，不是所问的变化（百分点）")
    if not claim.computed and ASKS_COMPLETION.search(query.norm) and not STATES_COMPLETION.search(context):
        return "它是指标本身的数值，不是完成目标的比例"
    if query.operation == "sum" and not claim.computed and (_one_of_several(claim.unit, context)
                                                           and not _asked_alone(query, claim.unit, context)
                                                           or _one_row(reader, query, claim)):
        return "它是所问几项中的一项，不是合计"
    if claim.unit in ("人", "人次") and not claim.computed and claim.hit.chunk.row_index is None \
            and (group := clause_of_other_group(query.focus, context)):
        return group  # `多少孩子` answered by a clause counting teachers only
    timed = claim.unit in _DURATIONS or claim.unit == "个" and _counted_time(context)
    if timed and not _ASKS_TIME.search(query.norm) and not _time_per_asked_period(query.norm, context):
        return "它是一段时间，不是所问的数"
    aged = age_conflict(query.norm, context) or (not claim.computed and age_unsaid(query.norm, context))
    if aged:
        return aged
    stage = _stage_conflict(query, context)
    if stage:
        return OtherStage(f"它说的是{stage}")
    if not claim.computed and claim.hit.chunk.row_index is None:
        doc = reader.documents[claim.hit.chunk.doc_id]
        member = aside_member(query.norm, doc.text[claim.span[0]:claim.span[1]], claim.context)
        if member:  # the school asked is named only in a bracket saying which members another count covers
            return f"它是全部的数，不是{member}的"
    if not claim.computed:
        other = opposite(query.norm, context) or opposite_move(query.norm, context)
        if other:
            return other
    # (the member as the question writes it: an everyday word read as one, 村里 for 农村, may only describe the place)
    whole = unsplit(normalize(query.text, drop_space=True),
                    normalize(reader.documents[claim.hit.chunk.doc_id].text, drop_space=True))
    if whole:  # a part asked (男生) of a division the document never makes: every figure of it is the whole's
        return whole
    qualified = _untitled(reader, query, claim, qualifier_conflict(
        query.norm, query.regions, _condition_lead(reader, claim) + claim.context, claim.hit.chunk.section,
        claim.computed)) \
        or _narrowing_unsaid(reader, query, claim)
    if qualified:  # a part asked (省级, 非X, 除X以外, 第三学区, one item) the figure does not single out
        chunk = claim.hit.chunk
        piece = naming_piece(reader.documents[chunk.doc_id].text, (chunk.start, chunk.end), qualified, query.units)
        return OtherClause(qualified, piece) if piece else qualified
    if not claim.computed:
        lead = paragraph_lead(reader.documents[claim.hit.chunk.doc_id].text, claim.span[0]) \
            if claim.hit.chunk.row_index is None else ""
        heading = normalize(claim.hit.chunk.section.rsplit(">", 1)[-1], drop_space=True)
        problem = (_rate_conflict(query, claim.unit, context, _title(reader, claim))
                   or _noun_conflict(query, claim.unit, context, lead, heading)
                   or sentence != context and not _paired_row(reader, claim)
                   and _noun_conflict(query, claim.unit, _bare_clauses(sentence, claim.unit),
                                                             lead, heading)
                   or _own_stage_conflict(query, claim.unit, context) or _area_conflict(query, claim.unit, context)
                   or _area_unsaid(reader, query, claim)
                   or _one_member(query, claim.unit, context) or _part_for_whole(query, claim.unit, context, value)
                   or _partitive_part(query, claim.unit, context, value)
                   or _graded_for_total(query, claim.unit, context)
                   or _qualified_after(query, claim.unit, context, value)
                   or _whose_conflict(reader, query, claim, value) or _reach_of_whole(query, claim.unit, context)
                   or _owner_column(reader, query, claim) or _other_people(reader, query, claim)
                   or _negated_column(reader, query, claim)
                   or _part_of_breakdown(query, claim)
                   or _bare_count_for_measure(reader, query, claim)
                   or _per_unit_for_total(query, claim.unit, context) or _whole_for_rest(reader, query, claim, context)
                   or _done_unsaid(query, context)
                   or _change_for_level(query, claim.unit, context, value)
                   or _addition_for_level(reader, query, claim) or _other_amount(reader, query, claim)
                   or _other_money_kind(query, claim.unit, context) or _rate_for_money_share(query, claim.unit, context)
                   or unlike_kind(reader, query, claim, context, value))
        if problem:
            return problem
    if claim.computed or query.operation == "sum":
        partial = _some_members(query, context) or claim.computed and _other_places(reader, query, claim, context)
        if partial:
            return partial
    if not reader.speaks_for(query, claim.hit.chunk):
        return "它属于同一文件中另一地区的部分"
    if claim.hit.chunk.row_index is not None and not reader.year_ok(query, claim.hit):
        # a table (its cells, columns, caption, headings or document) that names no year asked: its figures,
        # stated or computed, are of the years it does name (a 决算 table of last year for this year's 预算)
        return OtherYear("它所在的表说的不是所问的年份")
    if not claim.computed:
        elsewhere = _place_conflict(reader, query, claim, context) or _year_conflict(reader, query, claim) \
            or _half_conflict(reader, query, claim, context) or _term_conflict(query, sentence) \
            or _other_row(reader, query, claim) or _stage_row_for_school(reader, query, claim) \
            or other_row_counted(reader, query, claim) \
            or _whole_for_row(reader, query, claim, context) or _other_school(reader, query, claim, context) \
            or _area_total_for_school(query, claim, context, sentence)
        if elsewhere:
            return elsewhere
    window = _window(reader, claim)
    window_text = flat(context + window)
    title = reader.documents[claim.hit.chunk.doc_id].meta.title
    given = _said_apart(reader, query, claim, window_text) + _share_of_computed(query, claim, window_text) \
        + title_named(query, title) \
        + titled_rate_words(query, title) + _caption_of_title(reader, query, claim, title) \
        + unit_written(query, window_text) + _title_event_shortened(query, title, window_text) \
        + [t for t in query.terms if award_by_grades(t, window_text)]
    if not claim.computed and not query.operation and not query.years:
        given += work_named(query, title)
    if reader.coverage(query, window_text, window_text, WINDOW_COVER_MIN, gate=True,
                       given=given)[0] < WINDOW_COVER_MIN:
        return f"它所在的句子说的不是“{'、'.join(query.terms[:3])}”"
    unknown = "" if claim.computed or claim.hit.chunk.row_index is not None \
        else _unknown_word(reader, query, context + window)
    if unknown:  # a word the documents never use, for which the figure's words have no near word
        return f"文件中没有说到“{unknown}”，它说的是别的"
    named = [t for t in query.terms if t in INDICATOR_NAMES and reader.idf(t)]
    missing = [t for t in named if not _loosely_has(reader, t, context + window)]
    if missing:  # the indicator asked is not the one stated (普惠率 asked, 毛入园率 stated)
        return f"它说的不是“{missing[0]}”"
    if not claim.computed:
        neighbour = _neighbours_figure(reader, query, claim, window) or _no_stage(reader, query, claim, window) \
            or _sibling_clause(reader, query, claim, context) \
            or _per_head_conflict(reader, query, _per_head_header(reader, claim) or window)
        if neighbour:
            return neighbour
    # (a plan's indicator table sets its baseline beside its targets, `2025年现状 | 2030年目标`, or `2025年基数 |
    # 2026年 | 2027年`: a cell whose header says it is the state reached or the level started from is the present,
    # whatever the section, `发展目标`, it stands in)
    column = _cell_column(_claim_table(reader, claim), claim)
    # (so is a sentence's value judged against a bar, `达到100%的目标了没`: the level reached, never the plan's aim
    # for it — unless the goal is what is asked, `要达到什么目标`; a table's verdict is read from its columns of the
    # level reached. Only a sentence that itself sets the aim (a year to come, 力争) is refused here: a sentence of
    # a target section or of a plan that reports a level, `…巩固率96.3%`, is the level reached)
    judged = query.asked.compliance and not asks_goals(query) and not claim.computed \
        and bool(_ASKS_YES_NO.search(query.norm) or _ASKS_IF_YET.search(query.norm)) \
        and claim.hit.chunk.row_index is None and _sets_aim(reader, claim)
    if (CURRENT.search(query.norm) or judged) and not query.years \
            and _planned(reader, claim, window) and value_kind(key(column)) != "achieved" \
            and not BASE_COLUMN.search(column):
        return "它是规划目标，不是现状"
    if not claim.computed and _ASKS_AIM.search(query.norm) and _AIMED.search(query.norm) \
            and not CURRENT.search(query.norm) and _present(reader, claim) and not _planned(reader, claim, window):
        return "它是现状，不是要达到的目标"
    if claim.computed and _ASKS_YEAR_ON_YEAR.search(query.norm) and not _DATED.search(claim.context) \
            and _COMPARED.search(claim.context):
        return "它比较的是同一年的两类事物，不是前后两年"
    return None


def _title_event_shortened(query: Query, title: str, window: str) -> list[str]:
    """The key terms naming an event the document's title writes whole and the figure's window by its head only: a
    term of four characters or more written by its last two (毕业典礼 → 典礼): a notice names its event in full in its
    title and by its head in its body. (A term before a separate head term, 结业 of 结业 仪式, is not credited so: the
    head alone, 比赛 or 仪式, lets a sentence of the whole event pass for a group the question narrows it to.)"""
    title = flat(normalize(title, drop_space=True))
    return [t for t in query.terms if len(t) >= 4 and t in title and t not in window and t[-2:] in window]


def _narrowing_unsaid(reader: Reader, query: Query, claim: Claim) -> str:
    """A word narrowing the thing asked that the figure's sentence, the one before and its section (a cell:
    its row, columns and caption) lack while its document states it elsewhere (server/answer/narrowing.py)."""
    if claim.computed:
        return ""
    doc = reader.documents[claim.hit.chunk.doc_id]
    return narrowing_unsaid(query.norm, query.focus, query.terms, query.regions,
                            normalize(claim.context, drop_space=True) + _window(reader, claim),
                            normalize(doc.text, drop_space=True), normalize(doc.meta.title, drop_space=True),
                            lambda term: reader.idf(term) >= SPECIFIC_IDF)


def _untitled(reader: Reader, query: Query, claim: Claim, qualified: str) -> str:
    """The qualifier conflict, unless it is an item of a funding head (奖补资金 of 奖补资金拨付进度) the
    document's title names: a report on one fund speaks of that fund in every figure (`一季度拨付进度`)."""
    if not qualified:
        return qualified
    question, context, section = (normalize(t, drop_space=True) for t in (query.norm, claim.context,
                                                                          claim.hit.chunk.section))
    title = normalize(reader.documents[claim.hit.chunk.doc_id].meta.title, drop_space=True)
    if qualified == item_conflict(question, context, section) and not item_conflict(question, context,
                                                                                     f"{section} {title}"):
        return ""
    return qualified


def refuse(reader: Reader, query: Query, claim: Claim, problem: str, ranked: list) -> Draft:
    """The abstention: what was asked is not stated; the closest statement named, its value not given."""
    where = "".join(query.regions[:1])
    asked = "、".join(query.terms[:3]) or "所问内容"
    nearest = display(claim.context)[:40]
    if isinstance(problem, Unlike) and not problem.stated:  # a name that is only a date (`到2031年末…`): unnamed
        message = (f"文件中未找到{where}“{problem.asked}”的数值。最接近的是“{nearest}”[1]，"
                   f"它不是“{problem.asked}”的数值，不能代替。")
    elif isinstance(problem, Unlike):  # the indicator the documents do state, named, not given as the answer
        message = (f"文件中未找到{where}“{problem.asked}”的数值。文件写的最接近的指标是“{problem.stated}”"
                   f"（“{nearest}”[1]），它与“{problem.asked}”不是同一指标，不能代替。")
    else:
        message = f"文件中未找到{where}“{asked}”的相关数值。最接近的是“{nearest}”，但{problem}，不能回答该问题。"
    hits = [claim.hit] + [h for h in ranked if h.chunk.chunk_id != claim.hit.chunk.chunk_id]
    return reader.abstain(message, hits)


def _unit_conflict(query: Query, unit: str, cell: bool = False, context: str = "", sentence: str = "") -> bool:
    """A figure in a unit the question does not ask in (any of its asks); a number without a unit in a
    sentence (`cell`: a table cell, whose unit its header may state) for an amount of money or a time;
    `context`, the words it stands in, may state the time its unit does not (`3个月`); `sentence`, the figure's
    sentence, may count the thing the question counts in 个 in the figure's own counter (`N所X中…M所`)."""
    asked = _asked_units(query)
    if _other_kind(query, asked, unit, cell, context):
        return True
    strict = [u for u in asked if u in _STRICT]
    if not strict and _things_for_people(query, unit):
        return True
    if not strict or not unit or "个" in strict and (_counted_alike(query.norm, unit, context)
                                                    or _counts_term_so(query, unit, sentence)):
        return False
    # compared by the kind of quantity measured (亩 answers 多大面积 as 平方米 does), and a count asked
    # in 个 of people (多少个孩子) is answered in 名 or 人, as the evidence's choice of sentence allows
    people = not counts_things_of_people(query.norm)
    kinds = {k for u in strict for k in (unit_kind(u), *(("people",) if u == "个" and people else ()))}
    return unit_kind(unit) not in kinds | _noun_kinds(query, kinds)


# `几个学校`: 个, which speech puts on any thing, asks the count of what the figure counts in its own counter when
# the figure's words name the very noun counted (`7所学校`): the documents count schools in 所
# (server/lexicon/spoken_counters.tsv: the nouns each written counter counts)
_GE_ASKED = re.compile(r"(?:几|多少)个(?P<after>[\u4e00-\u9fff]{2,8})")


def _counted_alike(norm: str, unit: str, context: str) -> bool:
    """Whether the question counts with 个 a noun the documents count in `unit`, which the figure's own words
    count so (`有几个学校食堂…` and `7所学校食堂…`)."""
    nouns = {n for _, written, listed in spoken_counters() if written == unit for n in listed if len(n) > 1}
    return any(m.group("after").startswith(n) and f"{unit}{n}" in context
               for m in _GE_ASKED.finditer(norm) for n in nouns)


# a count in a counter right before a noun (`N所X`, `十二所学校`): the counter the document counts that noun in
_NUMERAL = r"[\d一二两三四五六七八九十百千]+"
# 个 closing an ask (`良好的有几个`, `各有多少个`): the thing counted is the one the question named before
_GE_CLOSING = re.compile(r"(?:几|多少)个[?？。吗呢]*$")


def _counts_term_so(query: Query, unit: str, sentence: str) -> bool:
    """Whether the figure's sentence counts the thing the question counts in 个 in the figure's own counter (`N所X
    中，评为A等M所` for `X…各有几个`): 个 is the counter speech puts on anything, and a sentence counting
    a noun in 所 counts its kinds in 所 too. The thing is a question term the sentence so counts; an ask closing on
    几个 that names no thing (`良好的有几个`, one of a list whose noun the first item carried) counts what its
    sentence counts, so long as the sentence counts no term of it in another counter. Only a counter of things (not
    people, money, a share or a measure)."""
    if not sentence or unit_kind(unit) in ("people", "money", "share", "area"):
        return False
    counted = [t for t in query.terms if len(t) >= 2
               and re.search(rf"{_NUMERAL}{re.escape(unit)}{re.escape(t)}", sentence)]
    if counted:
        return True
    if not _GE_CLOSING.search(query.norm) or any(names_thing(t) and t not in sentence for t in query.terms):
        return False
    otherwise = [t for t in query.terms if re.search(rf"{_NUMERAL}(?!{re.escape(unit)})[{COUNTERS}]{re.escape(t)}",
                                                        sentence)]
    return not otherwise and bool(re.search(rf"{_NUMERAL}{re.escape(unit)}[\u4e00-\u9fff]{{2}}", sentence))


def _things_for_people(query: Query, unit: str) -> bool:
    """People asked by the noun the asking word asks of, with no counter (`共有多少在读学生`), and a count of
    things stated (`民办园11所`): the schools or classes the people are in, not the people. 个 may count
    either. Nor does an amount of money (`1500元/生/年`) count people: paid per one, it names them only."""
    if len(query.asks) > 1 or asked_noun_kind(query.norm) != "people":
        return False
    return unit in _COUNTS and unit_kind(unit) != "people" and unit not in ("个", "人次") \
        or unit_kind(unit) == "money"


def _asked_units(query: Query) -> set[str]:
    """The units the question asks in, over all its asks."""
    asked = set(query.units)
    for text in query.asks if len(query.asks) > 1 else []:
        asked |= set(query.narrowed(text).units)
    return asked


def _computed_other_kind(query: Query, unit: str) -> str:
    """A computed result of another kind than the money or the time asked (a count of days divided out for
    `花了多少钱`, an amount for `要多久`): what a computation yields is held to the kind asked as a figure
    stated is."""
    asked = _asked_units(query)
    if not _other_kind(query, asked, unit, True):
        return ""
    kind = "时间" if unit_kind(unit) == "money" else "金额"
    return f"算出的是以“{unit or '无单位'}”计的数，不是所问的{kind}"


def _asks_time_only(query: Query, asked: set[str]) -> bool:
    """A time asked by its last words (`用了几年`, `要多久`), whatever units the question's reading gave."""
    return (not asked or asked <= _DURATIONS | _TIMES) and bool(_TIME_ASKED_LAST.search(query.norm))


def _counted_time(context: str) -> bool:
    """Every count with 个 of the figure's clause is a time (`开学后两个月内完成`): a figure read as 个 there is the
    time's, not a count of things."""
    times = len(_GE_TIME.findall(context))
    return times > 0 and times == len(_GE_COUNT.findall(context))


def _other_kind(query: Query, asked: set[str], unit: str, cell: bool, context: str = "") -> bool:
    """Money asked as an amount (`分到多少资金`) and a count stated (`640人`, `7所`), or a time asked (`多久之内`)
    and no time stated (money least of all): the number counts other things, whatever its words share with the
    question. Money asked may be answered by a share (`增幅`), so only a count, an area or a time is refused for
    it; a question asking no amount (`是否符合要求`) may be answered by any figure its rule names."""
    money = bool(asked) and all(unit_kind(u) == "money" for u in asked) and bool(ASK_AMOUNT.search(query.norm)) \
        or not asked and bool(_money_noun_asked().search(query.norm))
    if unit_kind(unit) == "money" and _asks_time_only(query, asked):
        return True
    time = bool(asked) and asked <= _DURATIONS | _TIMES
    if time and unit in ("", "个") and _STATED_TIME.search(context):
        return False
    if time and unit.startswith("个") and UNIT_AFTER_GE.fullmatch(unit[1:]):
        return False  # a time counted with 个, read with its time word (`5个工作日`: server/answer/focustime.py)
    if not unit:
        return not cell and (money or time)
    if money:  # a count, an area, a time or a score (分) is never an amount of money, nor a share unless one is asked
        return unit_kind(unit) in ("people", "area") or unit in _NOT_MONEY \
            or unit_kind(unit) == "share" and not _ASKS_SHARE.search(query.norm)
    return time and unit not in _DURATIONS | _TIMES | NON_MEASURE_UNITS


@lru_cache(maxsize=1)
def _money_noun_asked() -> re.Pattern[str]:
    """An ask ending on a noun stated in money (server/lexicon/unit_nouns.tsv) and naming no counter: `工作补贴是
    多少`, `学费一年多少` ask an amount of money, though the question names no unit."""
    return re.compile(rf"(?:{alternation(money_nouns())})(?:标准)?(?:一年|每年|每月|每学期|一个月)?"
                      rf"(?:是|为|有|大概|大约|一共|共)*(?:多少|几)(?![{COUNTERS}人])"
                      # 钱, money and nothing else, asked at the clause's end (`多收的钱，一共退回去多少`)
                      rf"|钱[^。？?]{{0,12}}?(?:多少|几)[？?]?$")


def _noun_kinds(query: Query, kinds: set[str]) -> set[str]:
    """The kinds of unit the nouns of the question's asks are stated in (server/lexicon/unit_nouns.tsv:
    补助 in 元) where an ask names no counter: `生活补助小学生多少` asks an amount of money, though its
    wording (`小学生多少`) reads as a count of people. Never for a share, which no amount answers."""
    if "share" in kinds:
        return set()
    texts = query.asks if len(query.asks) > 1 else [query.norm]
    return {kind for text in texts if not _COUNTED_ASK.search(text)
            for noun, kind in unit_nouns().items() if noun in text}


def _total_for_per_head(query: Query, unit: str, context: str) -> bool:
    """A total (公用经费50万元) where the question asks only per head (生均/人均): an amount whose unit
    divides by nothing and whose own words do not say per head; or, things asked per head by their counter
    (`每人订几册`), any figure stated not per head (a row's copies or its pupils): per head is a quotient."""
    if "/" in unit or PER_HEAD.search(context):
        return False
    things = things_per_pupil_asked(query.norm, query.units)
    return things or bool(query.units) and all(u in PER_HEAD_UNITS for u in query.units) and unit.endswith("元")


# an amount asked per period (`每月多少钱`, `每人每年多少元`), and a clause that states its figure as a sum over
# everyone and every period (`发放金额合计…元`) with no rate of its own (no 每, no …/月)
_ASKS_PER_PERIOD = re.compile(r"每(?:人|生|名)?每?(?:月|年|学期|天|日)[^，,。？?]{0,6}?(?:多少|几)")
_SUM_SAID = re.compile(r"合计|总计|共计|累计|总额|总共|一共")


def _total_for_per_period(query: Query, unit: str, context: str) -> bool:
    return unit.endswith("元") and "/" not in unit and bool(_ASKS_PER_PERIOD.search(query.norm)) \
        and bool(_SUM_SAID.search(context)) and not re.search(r"每|/", context)


def _one_row(reader: Reader, query: Query, claim: Claim) -> bool:
    """A total asked (`总投资是多少`) answered by one table row's cell: a row that is no total row
    (合计, 总计) and that the question does not name is one of the rows the total is over."""
    chunk = claim.hit.chunk
    table = _claim_table(reader, claim)
    if table is None or chunk.row_index is None or chunk.row_index >= len(table.rows):
        return False
    label = normalize(row_label(table, table.rows[chunk.row_index]), drop_space=True)
    return bool(label) and not _TOTAL_ROW.search(label) and label not in normalize(query.norm, drop_space=True)


def _no_difference(query: Query, draft: Draft) -> bool:
    """A question asking how far apart two things are (`差多少`, `比…高多少`) answered only by computed
    figures none of which is a difference (the larger of two columns ranked, a total)."""
    return query.operation == "difference" and bool(draft.claims) and all(c.computed for c in draft.claims) \
        and not any("−" in (f.formula or "") for f in draft.figures)


# the words of a verdict on a bar (达标, 不符合, 满足, 没有达到, 无法判断, 完成, 一致, 高于 …)
_VERDICT = re.compile(r"达标|符合|满足|达到|无法判断|超过|够|完成|一致|高于|低于|是|否")
# where a figure's answer turns to its source (`依据X文件：`, `据X文件：`)
_SOURCE = re.compile(r"依?据[^：“]{0,30}[：:]")


def _figure_for_whether(query: Query, draft: Draft) -> bool:
    """A yes/no question on a bar (`达到…要求了吗`, `是否达标`) answered by stated figures only, with no verdict
    before their source: a figure of one side of the judgement, never the judgement (a passage stating the
    verdict is quoted, a judged figure says 达标 or 未达标)."""
    if not (query.asked.compliance and _ASKS_YES_NO.search(query.norm)) or not draft.figures \
            or any(c.computed for c in draft.claims) or any(f.formula for f in draft.figures):
        return False
    head = _SOURCE.split(draft.answer, maxsplit=1)[0]
    return bool(head.strip()) and not _VERDICT.search(head)


# a growth's formula: the change over the value it started from (`(52.1 − 41.5) ÷ 41.5`)
_GROWTH_FORMULA = re.compile(r"\(\s*[\d.]+\s*−\s*([\d.]+)\s*\)\s*÷\s*\1(?![\d.])")


def _growth_for_completion(query: Query, draft: Draft) -> bool:
    """A share of a target done asked (`规划目标达成了百分之多少`: done ÷ target, or the increase done ÷ the
    increase planned) answered by a growth computed on a start (`(实际 − 基期) ÷ 基期`): another quantity."""
    return bool(ASKS_COMPLETION.search(query.norm)) and any(
        _GROWTH_FORMULA.search(f.formula or "") for f in draft.figures)


def _rule_for_case(query: Query, draft: Draft) -> bool:
    """A yes/no question about a case it states in figures (`修了20个学分…，够不够要求`) answered only by
    quoting a rule: the quote judges nothing, and the case's figures may fail a clause of it the reader
    must work out."""
    return not draft.figures and bool(_QUOTE_ONLY.fullmatch(draft.answer)) and bool(_ASKS_YES_NO.search(query.norm)) \
        and any(q.is_measure and q.unit not in _DURATIONS for q in find_quantities(query.norm))


def _one_for_each(query: Query, draft: Draft) -> bool:
    """One stated figure for a question asking each of several items it counts but does not name
    (`四项费用各是多少`, `两类学校各有多少`): the whole's figure, or one item's."""
    asked = _EACH_OF.search(query.norm)
    if asked is None or len(draft.claims) != 1 or draft.claims[0].computed:
        return False
    count = parse_number(asked.group(1))
    return count is not None and count.value >= 2 and len(draft.figures) < count.value


def _some_members(query: Query, context: str) -> str:
    """A figure computed over several stages the question lists (`幼儿园、小学…合计`) whose
    inputs name some of them and not the others: it is the figure of those it names, not of all."""
    asked = list(dict.fromkeys(m.group() for m in _stage_names(query.norm)))
    if len(asked) < 2 or query.operation != "sum":  # a ranking among them names its winner only
        return ""
    named = {m.group() for m in _stage_names(OPEN_NOTE.sub("", context))}
    missing = [a for a in asked if a not in named]
    if not missing or len(missing) == len(asked):
        return ""
    return f"它只算了{'、'.join(a for a in asked if a in named)}，没有算{'、'.join(missing)}"


def _other_places(reader: Reader, query: Query, claim: Claim, context: str) -> str:
    """A figure computed over a document's rows or items for a place inside the document's region
    (one district of a city's plan) that names other places inside that region among its inputs: it
    is of several places, not of the one asked."""
    gaz = gazetteer()
    asked = [p for r in query.regions for p in gaz.lookup(r)]
    doc = reader.documents[claim.hit.chunk.doc_id]
    own = [p for r in doc.meta.region for p in gaz.lookup(r)]
    if len(query.regions) != 1 or not asked or not own \
            or not any(gaz.within(a, o) and a.id != o.id for a in asked for o in own):
        return ""
    others = [m.place.name for m in gaz.find(context)
              if any(gaz.within(m.place, o) and m.place.id != o.id for o in own)
              and not any(gaz.within(m.place, a) or gaz.within(a, m.place) for a in asked)]
    return f"它把{others[0]}等其他地区也算在内，不只是{asked[0].name}的" if others else ""


def _stage_conflict(query: Query, context: str) -> str:
    """The stage the context names (outside brackets, which break a figure down) when it names
    stages and none of those asked, else ''. A share asked by its whole and its part (`资助学生中初中生
    占比`) also names its stages in those nouns: the 中 between them may belong to no stage."""
    shared = query.asked.part and query.asked.whole
    # both readings count: the share's 中 may also be a stage's own character (`示范高中…录取的初中毕业生比例`)
    asked = {STAGE_FAMILIES[m.group()] for m in _stage_names(
        f"{query.asked.part} {query.asked.whole} {query.norm}" if shared else query.norm)}
    if not asked:
        return ""
    named = {m.group(): STAGE_FAMILIES[m.group()] for m in _stage_names(OPEN_NOTE.sub("", context))}
    if not named or asked & set(named.values()):
        return ""
    return "、".join(named)


def asked_rate(query: Query) -> str:
    """The name of the rate or share the question asks for (`义务教育毛入学率`), or ''; when the key
    terms lost its last character (`参保` of 参保率), the measuring word as the question writes it."""
    if "%" not in query.units:
        return ""
    named = [t for t in query.terms if _RATE_NAME.search(t) and len(t) >= 2]
    if named:
        return query.focus if query.focus in named else named[-1]
    parts = [w for w in words(query.norm) if w.strip()]
    at = [n for n, w in enumerate(parts) if _RATE_NAME.search(w)]
    if not at:
        return ""
    n = at[-1]
    return parts[n - 1] + parts[n] if len(parts[n]) == 1 and n > 0 else parts[n]


def rate_word(name: str) -> str:
    """What a rate's name measures: its last word, with the word before when the last is one
    character (`合格率` of 教师资格合格率, `占比` of 寄宿生占比)."""
    parts = [w for w in words(name) if w.strip()]
    if not parts:
        return name
    last = parts[-1]
    return parts[-2] + last if len(last) == 1 and len(parts) > 1 else last


def _survey_twin(word: str) -> str:
    """The other name of a measure a survey states in % (满意度 and 满意率, 知晓度 and 知晓率: the share of those
    asked who say so, named by either word), or ''."""
    stem = word[:-1]
    if len(stem) < 2 or word[-1] not in "度率" or not re.search(rf"{DEGREE}$", f"{stem}度"):
        return ""
    return stem + ("率" if word.endswith("度") else "度")


def _names_rate(item: str, asked: str, word: str, question: str) -> bool:
    """Whether a list item names the rate asked: its measuring word (any word of a share for a
    share), or another published name of the same indicator (学前三年毛入学率 for 毛入园率)."""
    if word in item or (word in _SHARE_WORDS and any(w in item for w in _SHARE_WORDS)):
        return True
    if (other := _survey_twin(word)) and other in item:
        return True
    if doers_share(word, item):
        return True
    # a rate named by the asked thing's own words (公办率 for 公办园在园幼儿比例)
    stem = rate_word(_name_in(item)).removesuffix("率")
    if len(stem) >= 2 and stem in question and _name_in(item).endswith("率"):
        return True
    if word in _SHARE_WORDS and _rate_of_act(_name_in(item), question):
        return True
    indicator = match_indicator(asked, "%")
    return indicator is not None and match_indicator(item, "%") == indicator


def _rate_of_act(name: str, question: str) -> bool:
    """A rate named object + verb + 率 (`校服穿着率`) asked as the share doing the act in speech's order, verb +
    object + 的比例 (`穿校服的比例`): the object written as the name writes it, one of the verb's characters right
    before it (穿 of 穿着, 戴 of 佩戴), so a rate of another act on that object (校服征订率) is none of it."""
    if not name.endswith("率"):
        return False
    parts = [w for w in words(name.removesuffix("率")) if w.strip()]
    if len(parts) < 2 or len(parts[-2]) < 2 or parts[-2] not in question:
        return False
    verb, thing = parts[-1], parts[-2]
    at = question.find(thing)
    return any(c in question[max(0, at - 3):at] for c in verb)


def _rate_conflict(query: Query, unit: str, context: str, title: str = "") -> str:
    """A rate given for a rate the question does not ask (巩固率 stated, 毛入学率 asked), or for the
    asked rate of another stage (`小学巩固率、高中阶段毛入学率均达96%以上` for the
    毛入学率 of 初中): the measuring word must be in an item of the figure's own clause, and that
    item, when it names a stage, names the one asked."""
    asked = asked_rate(query)
    if not asked and query.operation == "share" and unit == "%":
        # a share asked by its whole and part (`投入里2028年占几成`): a named rate of the clause (覆盖率) is another
        # indicator, unless the question names it
        stated = [r for r in _stated_rates([i for i in _ITEMS.split(context.replace(" ", "")) if i])
                  if r.endswith("率") and rate_word(r) not in query.norm]
        return Unlike(stated[0], "所占比例") if stated else ""
    if not asked or unit not in ("%", "百分点", ""):
        return ""
    word = rate_word(asked)
    items = [i for i in _ITEMS.split(context.replace(" ", "")) if i]
    naming = [i for i in items if _names_rate(i, asked, word, query.norm)]
    if not unit:  # a bare number (a table's `督导次数：5`) is a rate only where its own words name the rate
        return "" if naming else f"它是没有单位的数，不是“{asked}”"
    if not naming:  # a bare share (`其中90%以上分配到…`) names no rate: the window check decides
        stated = _stated_rates(items) or _other_shares(items, word)
        if stated and word in _SHARE_WORDS and _lexicon_names(query, stated):
            return ""
        return Unlike(stated[0], asked) if stated else ""
    if _ASKS_MEMBER.search(query.norm) and all(_whose(i, word, overall=False) in overall_words() for i in naming):
        return Unlike(_name_in(naming[0]), asked)  # which kind reaches a rate: the whole's own rate is none of them
    whose = _whose(query.search_text or query.norm, word)
    if whose and all(_whose(i, word) not in ("", whose) and _whose(i, word) not in query.norm and whose not in i
                     and not _whose_named(query.norm, whose, i) and not _short_form(whose, i) for i in naming) \
            and not _activity_topic(items, naming, whose) and not _titled_activity(whose, title):
        # 学生参与率 stated, 教师参与率 asked
        return Unlike(_name_in(naming[0]), f"{whose}{word}")
    stages = {STAGE_FAMILIES[m.group()] for m in _stage_names(query.norm)}
    named = [{STAGE_FAMILIES[m.group()] for m in _stage_names(i)} for i in naming]
    if stages and all(n and not n & stages for n in named) and not _elliptic_stage(items, naming, stages):
        return Unlike(_name_in(naming[0]), asked)
    return ""


def _activity_topic(items: list[str], naming: list[str], whose: str) -> bool:
    """A rate asked by the activity it measures (研学旅行参与率), not by a group of people, whose sentence names
    that activity in a clause of its own stating no rate before the clause of the rate (`X实现各校全覆盖，学生
    参与率达到…`): the rate is the activity's, whatever words qualify it."""
    if canonical_unit(noun_counter(whose) or "") == "人":
        return False
    first = items.index(naming[0])
    return any(whose in i and not _stated_rates([i]) for i in items[:first])


def _titled_activity(whose: str, title: str) -> bool:
    """A rate asked by the activity the document's title names (a work summary on one line of work, its
    rates asked as that work's): every rate such a document states is the activity's, under whatever
    name it gives it; a group of people asked (教师满意率) stays a group."""
    return bool(title) and whose in title and canonical_unit(noun_counter(whose) or "") != "人"


def _title(reader: Reader, claim: Claim) -> str:
    return normalize(reader.documents[claim.hit.chunk.doc_id].meta.title, drop_space=True)


def _elliptic_stage(items: list[str], naming: list[str], stages: set[str]) -> bool:
    """The figure's own item (the clause's last) names a stage asked and no rate, after an item naming the rate:
    a list leaving the rate out of its later items (`小学近视率为34.2%，初中为68.5%`) gives each its own value."""
    own = items[-1] if items else ""
    return own not in naming and bool(naming) and not _stated_rates([own]) \
        and bool({STAGE_FAMILIES[m.group()] for m in _stage_names(own)} & stages)


def _lexicon_names(query: Query, rates: list[str]) -> bool:
    """A share asked by what it measures (`读到毕业没有辍学的比例`) whose words the lexicon gives a rate's
    name for (server/lexicon/synonyms.tsv: a question word → a rate the documents state): one of the
    `rates` stated is the share asked, in the documents' words."""
    named = [s for t in query.terms for s in SYNONYMS.get(t, ()) if _RATE_NAME.search(s)]
    return any(n in rate for n in named for rate in rates)


# what a rating is of, after who rates (`对午餐供应的`) and right before the rate's word
_RATED = re.compile(r"对[\u4e00-\u9fff]{1,8}?的?$")
RATED_CHARS = 10


# which kind or member of a whole a question asks (`哪类机构…达到100%`): the whole's own rate is none of them
_ASKS_MEMBER = re.compile(r"哪(?:一|几)?(?:类|种|些|个|所|家)")


def _whose(text: str, word: str, overall: bool = True) -> str:
    """The word right before a rate's measuring word in `text` (学生 of 学生知晓率, 家长 of 家长的满意度), or
    of a rating the one before its 对 (家长 of 家长对午餐供应的满意度: who rates, not what is rated), when it is a
    content word of two characters or more, no stage (stages are checked by family) and no scope
    (全省, 本市), nor with `overall` a word of the whole counted, else ''."""
    at = text.find(word)
    if at <= 0:
        return ""
    rated = _RATED.search(text, max(0, at - RATED_CHARS), at)
    parts = [w for w in words(text[:rated.start() if rated else at]) if w.strip()]
    if len(parts) > 1 and parts[-1] == "的":
        parts.pop()
    last = parts[-1] if parts else ""
    if len(last) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", last) or _stage_named(last) or last[0] in "全本该各" \
            or last in QUESTION_WORDS or function_word(last) or overall and last in overall_words():
        # `提高到多少普及率`, `年末普及率`: an asking word or a time word before the rate is nobody's; nor is a
        # word of the whole counted (整体, 总体 before the rate: server/lexicon/overall_words.tsv)
        return ""
    return last


def _whose_named(question: str, whose: str, item: str) -> bool:
    """Whether the item names the group asked in the documents' words the lexicon gives for it (孩子 →
    儿童, server/lexicon/synonyms.tsv), written after the same word as in the question: 残疾儿童 for
    残疾孩子, while 适龄儿童 is another group."""
    before = [w for w in words(question[:question.find(whose)]) if w.strip()]
    lead = before[-1] if before and len(before[-1]) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", before[-1]) else ""
    return bool(lead) and any(f"{lead}{form}" in item for form in SYNONYMS.get(whose, ()))


def _short_form(whose: str, item: str) -> bool:
    """Whether the group asked is a short form of the item's words (劳动课 of 劳动教育课程): its characters taken
    in order from a run of the item that opens with its first, as 简称 are formed."""
    return len(whose) >= MIN_ABBREVIATION_CHARS and any(
        in_order(whose, item[m.start():]) for m in re.finditer(re.escape(whose[0]), item))


def _stated_rates(items: list[str]) -> list[str]:
    """The names of rates and shares the items state, as written (`学前教育毛入园率`); an item whose name a
    number word cuts short (`二次` of a 二次X率) by the rate written right before its figure."""
    names = [_name_in(i) for i in items]
    return [n for n in names if _RATE_NAME.search(n)] \
        or [m.group(1) for i in items if (m := _RATE_AT_FIGURE.search(i))]


# a rate's name right before its figure, a verb or an adverb between (`…X率仅为72%`)
_RATE_AT_FIGURE = re.compile(r"([\u4e00-\u9fff]{2}率)[\u4e00-\u9fff]{0,3}?\d")


def _other_shares(items: list[str], word: str) -> list[str]:
    """The shares the items state of something the rate asked does not measure (`其中56人以上大班额
    62个，占教学班总数的39.7%` for 升学率): a share's subject is its own words before 占, else the item
    before it; it answers a rate only when it names the rate's stem (升学 of 升学率)."""
    stem = word.removesuffix("率")
    if word in _SHARE_WORDS or len(stem) < 2:
        return []
    found = []
    for n, item in enumerate(items):
        at = item.find("占")
        if at < 0 or not any(q.unit == "%" for q in find_quantities(item)):
            continue
        subject = _name_in(item[:at]) or (_subject(items[n - 1]) if n else "")
        if subject and stem not in subject and stem not in item:
            found.append(f"{subject}{_name_in(item)}比例")
    return found


def _subject(item: str) -> str:
    """What an item counts: its words before its last figure (`56人以上大班额` of `其中56人以上大班额62个`)."""
    figures = [q for q in find_quantities(item) if q.is_measure]
    return _VERB_TAIL.sub("", item[:figures[-1].start] if figures else item).removeprefix("其中")


def _name_in(item: str) -> str:
    """The words of an item before its figure and its verb (`高中毛入学率超过93%` → 高中毛入学率); a table
    row's context starts with its caption, whose number (`表1`, `附表2-1`) is no figure. A figure in words
    (`百分之九十二`, `三千六百人`) ends the name as digits do."""
    item = _NUMBER.split(_CAPTION_NUMBER.sub("", item), maxsplit=1)[0]
    worded = [q.start for q in find_quantities(item) if q.is_measure]
    return _VERB_TAIL.sub("", item[:worded[0]] if worded else item)


_CAPTION_NUMBER = re.compile(r"^(?:附)?表\s*\d+(?:[-—－.]\d+)*")


def _noun_conflict(query: Query, unit: str, context: str, lead: str = "", heading: str = "") -> str:
    """A count of another thing than the one asked: the figure's own item lacks the noun asked
    (学位) which another item of its clause names (`新建学校3所，新增学位2700个` for 学位), or the
    figure is a ratio per so many people (每千人口床位数) where the question asks no ratio. `lead`: the run-in
    heading of the figure's paragraph; `heading`: the heading of its section."""
    if not query.asks_number or "%" in query.units or unit not in _COUNTS:
        return ""
    # clauses, not 、-items: `聘用40余名骨干教师、学科带头人、名校长` counts each noun it lists
    items = [i for i in _CLAUSES.split(context.replace(" ", "")) if i]
    own = [i for i in items if any(q.unit == unit and q.is_measure for q in find_quantities(i))]
    if not own:
        return ""
    if not _ASKS_PER.search(query.norm) and all(_PER_PEOPLE.search(i) for i in own):
        return f"它是按“{_PER_PEOPLE.search(own[0]).group()}”计的比值，不是总数"  # type: ignore[union-attr]
    kind = _kind_asked(query.norm)
    if kind and any("".join(kind) in region for region in query.regions):
        kind = None  # a place's name the tokenizer does not know, cut in two (`瘦`+`湾区`), marks no kind
    if kind and not any(kind[0] in i for i in own):
        return f"它是“{_name_in(own[0]) or own[0]}”的数，不是“{''.join(kind)}”"
    noun = _counted(query)
    if not noun or len(noun) < 2 or noun in STAGE_FAMILIES or _is_verb(noun) or COUNTER_CLASS.get(unit) == noun:
        return ""  # (`多少所学校`: what 所 counts is a school of any kind, 中小学27所 too)
    if counted_alike_noun(unit, noun, context):
        return ""  # 多少处隐患 of 风险点N处: nouns its counter counts alike (server/lexicon/counted_alike.tsv)
    others = [i for i in items if i not in own]
    if asks_shortage(noun) and any(shortage_only(i) for i in own):
        return ""  # a shortfall asked (缺口) is named by its own shortage word (缺额N人: server/answer/shortage.py)
    if not any(noun in i for i in own) and any(noun in i for i in others) \
            and not _carries_on(noun, own[0], others) and not _framed(noun, items, own[0]) \
            and not _led(noun, own[0], lead) and not _headed(noun, others, unit, heading) \
            and not _act_object_before(query, noun, items, own[0]):
        return f"它是“{_name_in(own[0]) or own[0]}”的数，不是“{noun}”"
    return ""


def _act_object_before(query: Query, noun: str, items: list[str], item: str) -> bool:
    """People asked by an act done to a thing (`多少X练过Y`), the noun checked being that thing: the figure's item
    names the act (a key term the question writes between its asking word and the thing) and an earlier clause of its
    sentence names the thing (`…讲解Y的用法，全体X共N人参加Z培训`): the count of
    those who did the act on the thing that clause brought in."""
    ask = ASK_AMOUNT.search(query.norm)
    if ask is None or "人" not in query.units:
        return False
    between = query.norm[ask.end():query.norm.rfind(noun)]
    acts = [t for t in query.terms if t != noun and t != query.focus and t in between]
    before = items[:items.index(item)]
    return bool(acts) and any(a in item for a in acts) and any(noun in i for i in before)


def _bare_clauses(sentence: str, unit: str) -> str:
    """The clauses of `sentence` stating a figure in `unit` or none at all: the clause quoted may leave out one naming
    the noun asked with no figure (`…热门X采用线上登记`), which tells the figure's count apart from X; a clause naming
    it with a figure of its own is left to the checks that turn to that clause."""
    return "，".join(c for c in _CLAUSES.split(sentence)
                    if c and (any(q.unit == unit for q in find_quantities(c))
                              or not any(q.is_measure for q in find_quantities(c))))


def _led(noun: str, item: str, lead: str) -> bool:
    """The figure's item has only the verb its paragraph's run-in heading writes with the noun asked (`（二）补发
    X经费。…已补发12万元`): the figure counts what the heading names."""
    verb = _SCOPE_ADVERB.sub("", _name_in(item))
    return bool(verb) and noun in lead and verb in lead


def _headed(noun: str, others: list[str], unit: str, heading: str) -> bool:
    """The figure's section heading names the noun asked (`二、X借用` over `…每人最多借用2套，…借用X不限套数`) and
    no other item naming it states a figure in the unit: the figure counts what its section is about, the other
    clause only names the noun."""
    return noun in heading and not any(noun in i and any(q.unit == unit for q in find_quantities(i)) for i in others)


# a clause naming, with no figure of its own, what the items after it count (`新增学位中，`, `招聘教师里，`)
_FRAME_END = re.compile(r"(?<![高初集期其])(?:当中|之中|中|里)$")


def _framed(noun: str, items: list[str], item: str) -> bool:
    """The figure's item stands after a frame clause naming the noun asked (`新增学位中，甲校1350个，乙校900个`):
    each item is that noun's count for the thing it names."""
    before = items[:items.index(item)]
    return any(noun in i and _FRAME_END.search(i) and not find_quantities(i) for i in before)


def _carries_on(noun: str, item: str, others: list[str]) -> bool:
    """The figure's item has only the verb another item wrote after the noun asked (`新教师招聘，计划招聘46名`,
    `校舍维修，计划维修12所`): the figure counts that noun, the item names no other thing."""
    said = words(_name_in(item))
    if said and all(_PLANNED.fullmatch(w) or _SCOPE_ADVERB.fullmatch(w) for w in said):
        return True  # only a total's word after the clause naming the thing (`…对象为X，共17所`): X's count
    if not said or not _is_verb(said[-1]):
        return False
    bare = all(_is_verb(w) or function_word(w) or _PLANNED.fullmatch(w) for w in said)
    if len(said[-1]) >= 2 and bare and any(f"{noun}{said[-1]}" in i for i in others):
        return True
    # … or has only a scope, an adverb and its verb (`心理教师紧缺，全市仅有5名`, `…，目前共有5名`): it
    # counts the noun the clause before names, naming nothing else
    return all(_is_verb(w) or function_word(w) or _PLANNED.fullmatch(w) or _SCOPE_ADVERB.fullmatch(w)
               for w in said)


_PLANNED = re.compile(r"计划|拟|预计|力争|共|共计|累计|合计|本次|今年|年内")  # words of a plan or a total, no noun
# a scope or an adverb of degree, naming no thing (`全市仅有`)
_SCOPE_ADVERB = re.compile(r"全(?:国|省|市|区|县|镇|乡|校)|仅|只|才|还|已|现|目前|现已")


def _owner_column(reader: Reader, query: Query, claim: Claim) -> str:
    """A table cell whose column counts the thing the question names before its asking word (`食堂数` for
    `改建的食堂能增加多少餐位`), where the noun after the asking word — what is counted — stands nowhere in the
    cell's frame (its column, its row's label and naming cells, group, caption, section): a count of the
    owners, not of what they hold. The class its counter counts (所: 学校) needs no naming."""
    chunk = claim.hit.chunk
    table = _claim_table(reader, claim)
    column = normalize(_cell_column(table, claim), drop_space=True)
    ask = ASK_AMOUNT.search(query.norm)
    noun = _counted(query)
    if claim.computed or not column or ask is None or len(noun) < 2 or noun not in query.norm[ask.end():] \
            or noun in STAGE_FAMILIES or _is_verb(noun) or noun in (COUNTER_CLASS.get(claim.unit),
                                                                     COUNTER_CLASS.get(ask.group().lstrip("多少几"))):
        return ""
    if table is None or chunk.row_index is None or chunk.row_index >= len(table.rows):
        return ""
    row = table.rows[chunk.row_index]
    naming = [c.text for c in row.cells if c.column in key_columns(table)]
    frame = normalize(" ".join([row.group, row_label(table, row), *naming, table.caption, chunk.section, column]),
                      drop_space=True)
    owner = [t for t in query.terms if t != noun and t in query.norm[:ask.start()] and t in column]
    if not owner or _loosely_has(reader, noun, frame):
        return ""
    return f"它是“{column}”的数，不是“{noun}”"


def _other_people(reader: Reader, query: Query, claim: Claim) -> str:
    """A count of people of another group than the people asked (pupils for `多少名教师`), in a table cell or a
    sentence's clause: a count of the other group, whatever its row or sentence, says nothing of the group asked."""
    chunk = claim.hit.chunk
    if unit_kind(claim.unit) != "people":
        return ""
    noun = _counted(query)
    if chunk.row_index is None:
        # a clause's items each name the people their figure counts (`在校学生八万六千人，专任教师六百九十六人`):
        # of another group only when every item counting people names another group
        items = [_name_in(i) for i in _ITEMS.split(normalize(claim.context, drop_space=True))
                 if any(unit_kind(q.unit) == "people" and q.is_measure for q in find_quantities(i))]
        others = [other_group(noun, i, "") for i in items]
        return f"它是“{others[0]}”的数，不是“{noun}”" if items and all(others) else ""
    table = _claim_table(reader, claim)
    if table is None or chunk.row_index >= len(table.rows):
        return ""
    column = key(_cell_column(table, claim))
    named = other_group(noun, column, normalize(row_label(table, table.rows[chunk.row_index]), drop_space=True))
    return f"它是“{named}”的数，不是“{noun}”" if named else ""


def _negated_column(reader: Reader, query: Query, claim: Claim) -> str:
    """A table cell counting those who did an act the question negates (answer/negatedcolumn.py)."""
    column = _cell_column(_claim_table(reader, claim), claim) if claim.hit.chunk.row_index is not None else ""
    act = negated_act(column, query.norm) if column else ""
    return f"它是“{key(column)}”的数，问的是没有{act}的" if act else ""


def _part_of_breakdown(query: Query, claim: Claim) -> str:
    """A part the question names that the figure's sentence states only as one item of a breakdown counted in
    another unit (`其中甲类园12所、乙类园9所、丙类园3所，在园幼儿4100人` for 丙类园里有多少在园幼儿): the figure
    after the breakdown is the whole's. Naming every item asks the whole."""
    if claim.computed:
        return ""
    kind = unit_kind(claim.unit)
    clauses = [c for c in _CLAUSES.split(normalize(claim.context, drop_space=True)) if c]
    mine = [c for c in clauses if any(q.is_measure and unit_kind(q.unit) == kind for q in find_quantities(c))]
    for clause in clauses:
        items = [i for i in clause.split("、") if i]
        if clause in mine or len(items) < 2 \
                or not all(any(q.is_measure for q in find_quantities(i)) for i in items):
            continue
        names = [_name_in(i).removeprefix("其中") for i in items]
        named = [n for n in names if len(n) >= 2 and n in query.norm and not any(n in m for m in mine)]
        named = [n for n in named if not any(n != o and n in o for o in named)]  # 普惠性民办园 inside 非普惠性民办园
        if named and len(named) < len(names):
            return f"它是全部的数，不是“{named[0]}”的"
    return ""


def _bare_count_for_measure(reader: Reader, query: Query, claim: Claim) -> str:
    """A bare number of a table whose header counts things (`学校数`: 所) for an area or an amount of money asked
    (`多少亩`, `多少万元`): a count of things, whatever the table's other columns measure."""
    column = _cell_column(_claim_table(reader, claim), claim)
    asked = {unit_kind(u) for u in query.units}
    if claim.unit or not column or not asked or not asked <= {"area", "money"}:
        return ""
    counter = count_unit(column)
    return f"它是“{key(column)}”的数，不是所问的{'面积' if 'area' in asked else '金额'}" \
        if counter and unit_kind(counter) not in asked else ""


def _other_amount(reader: Reader, query: Query, claim: Claim) -> str:
    """An amount of another item than the money asked (`图书采购值0.6亿元` for `投入多少资金`): the
    noun asked names money (server/lexicon/unit_nouns.tsv) and is not in the figure's own item, but in
    another item of its sentence stating an amount (`统筹安排资金3.2亿元，…、图书采购值0.6亿元`)."""
    noun = _counted(query)
    if unit_kind(claim.unit) != "money" or claim.hit.chunk.row_index is not None or unit_nouns().get(noun) != "money":
        return ""
    doc = reader.documents[claim.hit.chunk.doc_id]
    own = normalize(claim.context, drop_space=True)
    items = [i for i in _ITEMS.split(normalize(doc.text[claim.span[0]:claim.span[1]], drop_space=True)) if i]
    money = [i for i in items if any(unit_kind(q.unit) == "money" and q.is_measure for q in find_quantities(i))]
    mine = [i for i in money if i in own]
    if not mine or any(noun in i for i in mine) or not any(noun in i for i in money if i not in own) \
            or _led(noun, mine[0], paragraph_lead(doc.text, claim.span[0])):
        return ""
    return f"它是“{_name_in(mine[0]) or mine[0]}”的数，不是“{noun}”"


def _other_money_kind(query: Query, unit: str, context: str) -> str:
    """Money of another kind than the one asked: what a project costs to build (总投资) for what something
    costs to run (运行经费), or the reverse (server/lexicon/money_kinds.tsv). A figure's clause naming the
    kind asked too is left to the other checks."""
    if unit_kind(unit) != "money":
        return ""
    asked, stated = _money_words(query.norm), _money_words(context)
    if not stated or set(asked.values()) & set(stated.values()):
        return ""
    if not asked:  # a sum insured answers only itself, whatever money the question asks by other words
        only_insured = set(stated.values()) == {_INSURED} and not _INSURANCE_ASKED.search(query.norm)
        return f"它是“{next(iter(stated))}”的数，不是所问的钱数" if only_insured else ""
    return f"它是“{next(iter(stated))}”的数，不是“{next(iter(asked))}”"


# a share asked (`占几成`, `占多大比例`, `比重`) and the rate a clause names (`保障率`, `覆盖率`)
_SHARE_ASKED = re.compile(r"占|比例|比重|几成")
_NAMED_RATE = re.compile(r"[\u4e00-\u9fff]{1,6}率")


def _rate_for_money_share(query: Query, unit: str, context: str) -> str:
    """A rate of something else (`宿舍保障率85%`) for the share of money asked (`省级拨付多少资金，占几成`): a share of
    an amount is stated beside money (a money noun or an amount in 元), never by a clause naming none."""
    if unit != "%" or not _SHARE_ASKED.search(query.norm) or not (
            any(n in query.norm for n in money_nouns()) or any(unit_kind(u) == "money" for u in query.units)):
        return ""
    if any(n in context for n in money_nouns()) or any(unit_kind(q.unit) == "money" for q in find_quantities(context)):
        return ""
    rate = _NAMED_RATE.search(context)
    return f"它是“{rate.group()}”，不是所问钱数的占比" if rate else ""


_INSURED = "insured"  # the kind of a sum insured (server/lexicon/money_kinds.tsv)
# the insurance itself asked (`意外险每人保多少`, `保险能赔多少`): its sum insured is the answer, not another money
_INSURANCE_ASKED = re.compile(r"险|保多少|赔多少|赔付")


def _money_words(text: str) -> dict[str, str]:
    """The words of `text` naming money of one kind alone, each with its kind."""
    return {word: kind for word, kind in money_kinds().items() if word in text}


def _kind_asked(norm: str) -> tuple[str, str] | None:
    """A one-character mark and the noun it marks right before the asking word (女 of `专任教师中女
    教师多少名`, 非 of `非在编教师多少名`): the count of a kind of the thing, which the count of
    the whole (专任教师960人) is not."""
    ask = ASK_AMOUNT.search(norm)
    if ask is None:
        return None
    parts = [w for w in words(norm[:ask.start()]) if w.strip()]
    while parts and parts[-1] in ("有", "是", "为", "共", "约", "共有", "达到", "一共", "总共"):
        parts.pop()
    if len(parts) < 2 or len(parts[-1]) < 2 or len(parts[-2]) != 1 or _is_verb(parts[-1]):
        return None
    mark = parts[-2]
    tagged = list(pos_tokenizer().cut(mark))
    # a noun, adjective, distinguishing word or prefix (男, 女, 新, 非), not 要/将/年/中
    if len(tagged) != 1 or tagged[0].flag not in _MARKS or mark in "各每其该本全":
        return None
    return mark, parts[-1]


def _counted(query: Query) -> str:
    """What a count asks of: the last key term of the asking clause after its asking word (学位 of
    `增加了几个幼儿园学位`), else the question's focus (`新增学位多少个` → 新增学位)."""
    ask = ASK_AMOUNT.search(query.norm)
    if ask is None:
        return query.focus
    rest = PART_END.split(query.norm[ask.end():], maxsplit=1)[0]
    after = [(rest.rfind(t), t) for t in query.terms if t in rest]
    return max(after)[1] if after else query.focus


def _is_verb(word: str) -> bool:
    """`新增`, `提高`, `新建`: what happened, not what was counted (a verb by the tokenizer's
    dictionary, or 新 + a verb, which it tags as a name)."""
    tagged = list(pos_tokenizer().cut(word))
    return len(tagged) == 1 and tagged[0].flag.startswith("v") or (word[0] == "新" and len(word) == 2)


def _asked_alone(query: Query, unit: str, context: str) -> bool:
    """Of the clause's figures in `unit`, one alone names the thing asked and the others none of the question's
    words (`在校生1870人，专任教师212人` for `教师一共几个`): the total of that one thing, not one of several."""
    items = [i for i in _ITEMS.split(context) if any(q.unit == unit and q.is_measure for q in find_quantities(i))]
    naming = [i for i in items if query.focus and query.focus in i]
    return len(naming) == 1 and not any(t in i for i in items if i not in naming for t in query.terms)


def _one_of_several(unit: str, context: str) -> bool:
    """The figure's clause lists several figures in its unit and states no total of them
    (`发放助学金3.5亿元、免学费补助2.1亿元` for the sum of both)."""
    own = own_clauses(unit, context)
    figures = [q for c in own for q in find_quantities(c) if q.unit == unit and q.is_measure]
    return len(figures) >= 2 and not any(_TOTAL.search(c) for c in own)


def _own_stage_conflict(query: Query, unit: str, context: str) -> str:
    """The figure's own clause names stages and none of those asked (`新增普惠性学位3万个，改造800
    多所初中薄弱学校` for 幼儿园; `标准(小学900元/生` for 幼儿园): a bracket that breaks the
    figure down is no stage of the figure, one that holds the figure is."""
    asked = {STAGE_FAMILIES[m.group()] for m in _stage_names(query.norm)}
    own = own_clauses(unit, context)
    if not asked or not own:
        return ""
    named: dict[str, str] = {}
    for clause in own:
        bare = OPEN_NOTE.sub(lambda m: m.group() if any(q.unit == unit for q in find_quantities(m.group())) else "",
                             clause)
        named.update({m.group(): STAGE_FAMILIES[m.group()] for m in _stage_names(bare)})
    if not named or asked & set(named.values()):
        return ""
    return f"它说的是{'、'.join(named)}"


def _area_conflict(query: Query, unit: str, context: str) -> str:
    """The figure's own clause names kinds of area and none of the one asked (乡镇中心幼儿园 for 农村
    幼儿园): a sibling kind, not the same in other words."""
    question = without_places(query.norm, query.regions, " ")  # 县城 of `某县城镇…` is no kind of area asked
    asked = {k for m in _AREA.finditer(question) for k in AREA_KINDS[m.group()]}
    own = own_clauses(unit, context)
    if not asked or not own:
        return ""
    named = {m.group(): AREA_KINDS[m.group()] for c in own for m in _AREA.finditer(c)}
    if not named or any(asked & kinds for kinds in named.values()):
        return ""
    return f"它说的是{'、'.join(named)}，不是{_AREA.search(question).group()}"  # type: ignore[union-attr]


def _area_unsaid(reader: Reader, query: Query, claim: Claim) -> str:
    """A kind of area asked (乡村学校的岗位) and a table cell whose row, table, section and document name
    none of that kind: the figure of all areas, not of the part asked."""
    question = without_places(query.norm, query.regions, " ")
    asked = {k for m in _AREA.finditer(question) for k in AREA_KINDS[m.group()]}
    chunk = claim.hit.chunk
    doc = reader.documents[chunk.doc_id]
    table = table_of(doc, chunk) if chunk.row_index is not None else None
    if not asked or table is None or claim.computed or chunk.row_index is None or chunk.row_index >= len(table.rows):
        return ""
    row = table.rows[chunk.row_index]
    frame = normalize(" ".join([row.group, row_label(table, row), table.caption, *table.columns, chunk.section,
                                doc.meta.title, claim.context]), drop_space=True)
    if any(asked & AREA_KINDS[m.group()] for m in _AREA.finditer(frame)):
        return ""
    return f"它没有分出{_AREA.search(question).group()}，是全部的数"  # type: ignore[union-attr]


def _one_member(query: Query, unit: str, context: str) -> str:
    """A figure of a whole kind (`全县有初中24所，在校生18600人`) for a question about its largest or
    smallest member (`规模最大的初中`): the figure's own clause singles no member out."""
    asked = _ONE_MEMBER.search(query.norm)
    own = own_clauses(unit, context)
    if asked is None or not own or any("最" in c or "之首" in c for c in own):
        return ""
    return f"它是全部的数，不是其中{asked.group()}的"


# a rule's opening clause naming those it is for (`外出参加省、市级培训的，凭…认定`): a condition ending on 的
_CONDITION_LEAD = re.compile(r"[^，,。；;：:]{2,30}的(?=[，,])")


def _condition_lead(reader: Reader, claim: Claim) -> str:
    """The condition a rule's sentence opens on (`参加省级培训的，`) when the figure's quoted clauses leave it out:
    it says whom the figure is for, as the clauses quoted would; '' otherwise."""
    doc = reader.documents.get(claim.hit.chunk.doc_id)
    lead = _CONDITION_LEAD.match(doc.text, claim.span[0]) if doc and claim.hit.chunk.row_index is None else None
    return lead.group() + "，" if lead and lead.group() not in claim.context else ""


def _part_for_whole(query: Query, unit: str, context: str, value: float | None) -> str:
    """A count of a part (`占应参训教师的12.5%，其中骨干教师21人`) for a question about the whole its
    clause breaks down (应参训的教师): the figure's own clause opens with 其中 and its item names
    the noun asked under a qualifier the question does not write (骨干)."""
    noun = _counted(query)
    own = own_clauses(unit, context)
    if unit not in _COUNTS or len(noun) < 2 or not own or not all(_BREAKDOWN.match(c) for c in own):
        return ""
    items = [i for c in own for i in _figure_items(c, unit)]
    if value is not None:  # the item of the figure itself
        items = [i for i in items if any(value in (q.value, written_value(q)) for q in find_quantities(i))]
    for item in items[:1]:
        name = _subject(item)
        at = name.rfind(noun)
        # the part is the one asked when the question writes its qualifier, in whole or by a key term of it
        # (`服务特色农业的课程` of `其中服务A、B、C等特色农业的课程7门`)
        if at > 0 and not all(ch in query.norm for ch in name[:at]) \
                and not any(t in name[:at] for t in query.terms if t not in noun):
            return f"它是其中“{name}”的数，不是全部{noun}"
    return ""


# a clause naming a whole the next clause takes a part of (`在参训教师中`, `X当中`, `X里`)
_PARTITIVE_HEAD = re.compile(r"(?:之|当)?[中里]$")
# the part's own words: a 的-phrase of those who do something, with the verb that counts them (`担任组长的有`);
# a bare 的-phrase before the count (`符合条件的63名校长参评`) describes all of them
_PART_OF_HEAD = re.compile(r"^(?P<name>.+?)的(?:有|共|为|达)$")


def _partitive_part(query: Query, unit: str, context: str, value: float | None) -> str:
    """A count of a part after a partitive head (`X中，Y的有N名`): the clause before the figure's names the whole
    (X, what the question asks), the figure counts only those of it who do Y — a part, not the whole, unless the
    question writes Y (a part after 其中 is _part_for_whole's)."""
    clauses = [c for c in _CLAUSES.split(normalize(context, drop_space=True)) if c]
    own = own_clauses(unit, context)
    if value is not None:  # the clause of the figure itself
        own = [c for c in own if any(value in (q.value, written_value(q)) for q in find_quantities(c))]
    if unit not in _COUNTS or len(own) != 1 or own[0] not in clauses:
        return ""
    at = clauses.index(own[0])
    head = clauses[at - 1] if at > 0 else ""
    part = _PART_OF_HEAD.match(_subject(own[0]))
    if not _PARTITIVE_HEAD.search(head) or head == "其中" or part is None:
        return ""
    name = part.group("name")
    if name in query.norm or any(t in name for t in query.terms):
        return ""
    return f"它是其中“{name}”的数，不是全部"


# the word class of a grade put before a noun (重大 of 重大隐患, 一般 of 一般问题, 严重): adjectives; not the
# distinguishing words of a state (现有 of `现有幼儿园41所`: all there are)
_GRADE_FLAGS = ("a",)


def _graded_for_total(query: Query, unit: str, context: str) -> str:
    """A total asked (`合计查出隐患多少处`) answered by a count whose own item grades the noun asked by an adjective
    the question does not write (`发现重大隐患5处`): a grade of the things counted, a part, though no 其中 opens it
    (a part after 其中 is _part_for_whole's)."""
    noun = _counted(query)
    if not _ASKS_TOTAL.search(query.norm) or len(noun) < 2:
        return ""
    for item in [i for c in own_clauses(unit, context) for i in _figure_items(c, unit)][-1:]:
        name = _subject(item)
        tail = next((noun[k:] for k in range(len(noun) - 1) if noun[k:] in name), "")
        at = name.rfind(tail) if tail else -1
        if at <= 0:
            continue
        tagged = list(pos_tokenizer().cut(name[:at]))
        grade = ""
        for word in reversed(tagged):
            if not word.flag.startswith(_GRADE_FLAGS):
                break
            grade = word.word + grade
        if grade and grade not in query.norm:
            return f"它是其中“{grade}{tail}”的数，不是全部{noun}"
    return ""


# the rest of a clause saying what all those counted did (`N个项目全部完工`, `均已到位`): it singles none out
_ALL_OF = re.compile(r"^(?:全部|全都|均|都|一律|悉数)")


def _qualified_after(query: Query, unit: str, context: str, value: float | None) -> str:
    """A total asked (`一共有多少X`) answered by a count whose clause goes on after the noun counted (`有N名X证件已
    过期`): those of X the rest of the clause singles out, a part, when the question writes none of its words."""
    noun = _counted(query)
    if not _ASKS_TOTAL.search(query.norm) or unit not in _COUNTS or len(noun) < 2:
        return ""
    for clause in own_clauses(unit, context):
        figures = [q for q in find_quantities(clause) if q.is_measure and q.unit == unit
                   and (value is None or value in (q.value, written_value(q)))]
        at = clause.find(noun, figures[0].end) if figures else -1
        rest = clause[at + len(noun):] if at >= 0 else ""
        if len(rest) >= 2 and not _ALL_OF.match(rest) and not any(t in rest for t in query.terms) \
                and not any(ch in query.norm for ch in rest):
            return f"它是“{noun}{rest}”的数，不是全部{noun}"
    return ""


def _figure_items(clause: str, unit: str) -> list[str]:
    """The items of a `其中` clause, split at 、 between items that each state a figure in `unit`; a piece
    stating none (a list inside one item's qualifier: `服务A、B、C等行业的课程7门`) is joined to the next."""
    items: list[str] = []
    pending = ""
    for piece in clause.split("、"):
        pending = f"{pending}、{piece}" if pending else piece
        if any(q.unit == unit and q.is_measure for q in find_quantities(piece)):
            items.append(pending)
            pending = ""
    return items


def _whose_conflict(reader: Reader, query: Query, claim: Claim, value: float | None) -> str:
    """A part of a whole, the whole, or two groups counted together, for another of them asked
    (server/answer/whosefigure.py); read in the figure's sentence, a table cell being its row's own. A part
    the question names in part (专科及以上 for 专科以下) is _part_for_whole's."""
    chunk = claim.hit.chunk
    if chunk.row_index is not None or unit_kind(claim.unit) in ("", "share"):  # a share names its own whole
        return ""
    text = reader.documents[chunk.doc_id].text
    at = figure_at(text, *claim.span, claim.unit, value)
    if at is None:
        return ""
    asked = normalize("".join(query.asks) or query.norm, drop_space=True)  # its place names blanked: 县 is no 县级
    problem = whose_conflict(asked, whose(text, at))
    # the part asked, stated apart in the same sentence, is the answer
    return OtherClause(problem.part, problem.span) if isinstance(problem, WholeForPart) else problem


def _reach_of_whole(query: Query, unit: str, context: str) -> str:
    """A figure of what a whole reaches (`共覆盖学校27所，其中农村学校19所，惠及学生1.9万人`): the clause after a
    其中 part that counts another thing by a verb of reach is the whole's, not the part's (its subject is the
    programme), so the part asked (农村学校的学生) named only in the 其中 clause is not what it counts."""
    clauses = [c for c in _CLAUSES.split(context) if c]
    for i, clause in enumerate(clauses):
        reach = _REACH.match(clause)
        if not reach or not any(q.unit == unit for q in find_quantities(clause)):
            continue
        parts = [c for c in clauses[:i] if c.startswith("其中")]
        named = [t for t in query.terms if t not in clause and any(t in c for c in parts)]
        if named:
            return f"它是全部所{reach.group()}的数，不是“{named[0]}”的"
    return ""


def _per_unit_for_total(query: Query, unit: str, context: str) -> str:
    """A count per unit of time or per school (`每月对每所挂牌学校督导不少于1次`, a rule or a rate) for a
    question asking a total (`一共查了多少趟`): each figure of the figure's own clauses is counted per
    something, which the question does not ask (a sum word asked of one role's count too: query.role_total)."""
    if unit not in _COUNTS or not (_ASKS_TOTAL.search(query.norm) or query.role_total) \
            or PER_COUNTED.search(query.norm):
        return ""
    own = own_clauses(unit, context)
    per = [m for c in own for q in find_quantities(c) if q.unit == unit and q.is_measure
           for m in [list(PER_COUNTED.finditer(c[:q.start]))]]
    if not per or not all(per):
        return ""
    return f"它是按“{per[0][-1].group()}”计的数，不是总数"


# a part asked by what it is not or as the rest of a whole (`不参加午休的学生`, `没有参加体检的`, `非寄宿生`,
# `其余学校`, `剩下的`, `X以外的`); not a bound (`不超过45人`, `不少于`, `不到`) nor 不同/不断/非常
_REST_ASKED = re.compile(r"(?:不|没有?|未)(?!同|断|少|足|到|超|低|高|多|仅|但|再)[\u4e00-\u9fff]{1,4}的"
                         r"|非(?!常|得|要|凡)[\u4e00-\u9fff]|其余|剩下|剩余|[以之]外")
_BREAKDOWN_NEXT = re.compile(r"\s*[，,；;。]?\s*(?:其中|包括)")


def _whole_for_rest(reader: Reader, query: Query, claim: Claim, context: str) -> str:
    """A rest asked (`不参加午休的学生有几个`) answered by the whole a sentence then breaks down (`全校现有学生
    420名，其中参加午休的380名`): the whole is the part asked and the part named together, never the rest."""
    if not query.asks_number or not _REST_ASKED.search(query.norm) or REST_STATED.search(context):
        return ""
    text = reader.documents[claim.hit.chunk.doc_id].text
    clause = normalize(claim.context)
    sentence = normalize(text[claim.span[0]:min(len(text), claim.span[1] + 8)])
    at = sentence.find(clause)
    if at < 0 or not _BREAKDOWN_NEXT.match(sentence, at + len(clause)):
        return ""
    return "它是总数，所问的是其中除去一部分后的其余部分"


# a count of what has been done, asked with its verb (`已经验收了几所`, `已办结多少件`, `已经建了几个`): documents
# state it with the verb (`已验收12所`, `已建立9个`); a figure whose clause lacks it counts something else (what was
# found, planned, listed). A one-character verb stops before 了, so it is looked for alone; those done may be asked
# as a group (`已X的有多少人`). An amount completed so far (`现在完成了投资多少`) is asked the same way: a project's
# planned 投资 is not what it has completed.
_DONE_ASKED = re.compile(r"已(?:经)?(?P<verb>[\u4e00-\u9fff](?:(?!了)[\u4e00-\u9fff])?)了?(?:的(?:有|是)?)?(?:多少|几)"
                         r"|(?:目前|现在|至今|累计)(?P<so_far>完成)[\u4e00-\u9fff]{0,4}?(?:多少|几)")


def _done_unsaid(query: Query, context: str) -> str:
    """The verb of a count done asked (_DONE_ASKED) missing from the figure's clause."""
    m = _DONE_ASKED.search(query.norm)
    verb = (m.group("verb") or m.group("so_far")) if m else ""
    if not verb or verb in context:
        return ""
    return f"它没有说到“{verb}”，不是已经{verb}的数"


# the figures listed before a figure (`4.4%、` of `分别增长4.4%、5.6%`)
_LISTED_BEFORE = re.compile(r"(?:[\d.,]+[^\d\s、，；。]{0,3}(?:左右|以上)?[、和及])+$")


class ChangeNotLevel(str):
    """The reason a figure does not answer: it is a change where a level is asked."""


def _is_change(clause: str, q: Quantity) -> bool:
    """The quantity is stated as a change (`增加140人`, `比上年增长6.2%`), or listed after one (`分别增长
    4.4%、5.6%`: the verb governs every figure of the list)."""
    return states_change(_LISTED_BEFORE.sub("", clause[:q.start]))


def _change_for_level(query: Query, unit: str, context: str, value: float | None = None) -> str:
    """A figure stated as a change (`生均经费增加1000元`) for a question that asks no change: the
    amount added, not the amount. A target may well be a change (近视率每年下降0.5%以上), but not for a
    question asking the level to reach (`要达到多少`, `提高到多少`). A clause
    stating both (`专任教师3350人（比上年增加85人）`) is a change only for the figure of the change."""
    # a change asked beside the level (`是多少，较上年升了多少`), not the verb of the level (`提高到多少`);
    # the goals asked by name (`要达到什么目标`) are whatever the plan sets, a change among them
    if _ASKS_CHANGE.search(_ASKS_REACHED.sub(" ", query.norm)) or ("target" in query.intents or "目标" in query.norm) \
            and not _ASKS_REACHED.search(query.norm) or asks_goals(query):
        return ""
    own = [(c, [q for q in find_quantities(c) if q.unit == unit and q.is_measure]) for c in own_clauses(unit, context)]
    if value is not None:
        figures = [(c, q) for c, found in own for q in found if value in (q.value, written_value(q))]
        if figures:
            changed = all(_is_change(c, q) for c, q in figures)
            return ChangeNotLevel("它是增减的数，不是所问的数值") if changed else ""
    changes = [c for c, found in own if found and all(_is_change(c, q) for q in found)]
    return ChangeNotLevel("它是增减的数，不是所问的数值") if own and len(changes) == len(own) else ""


_LEVEL_UNIT = {"百分点": "%"}


def _level_beside(ask: Ask, claim: Claim) -> Draft | None:
    """The answer from the level the figure's sentence states beside the change (`在园幼儿增加260人，达到
    9870人`; `在校生比上年增加12人，共有186人`): of the same unit, stated as no change, the one whose
    clause carries most of the question's key terms; None when the sentence states none or it does
    not fit the question either."""
    reader, query = ask.reader, ask.query
    doc = reader.documents[claim.hit.chunk.doc_id]
    sentence = doc.text[claim.span[0]:claim.span[1]]
    cover = reader.cover(query)
    levels = []
    for a, b in clause_spans(sentence):
        part = sentence[a:b]
        for q in find_quantities(part):
            # a change in 百分点 is of a level in % (`提高3个百分点，力争达到72%`)
            if q.is_measure and q.unit in (claim.unit, _LEVEL_UNIT.get(claim.unit)) and not _is_change(part, q):
                levels.append((cover(part), -a, replace(q, start=q.start + a + claim.span[0],
                                                           end=q.end + a + claim.span[0])))
    if not levels:
        return None
    return _figure_of_sentence(ask, claim, max(levels, key=lambda x: x[:2])[2])


def _figure_of_sentence(ask: Ask, claim: Claim, quantity: Quantity) -> Draft | None:
    """The answer stating `quantity` (spans in the document) of the claim's own sentence, quoting its
    clause; None when that figure does not fit the question either."""
    doc = ask.reader.documents[claim.hit.chunk.doc_id]
    quoted = display(clause_of(doc.text, claim.span, quantity))
    figure = Claim(quantity.unit, quoted, claim.hit, claim.span)
    if mismatch(ask.reader, ask.query, figure, written_value(quantity)):
        return None
    n = ask.book.cite(claim.hit, *claim.span)
    answer = f"{quantity.text}。依据{region_of(doc)}文件：“{quoted}”[{n}]"
    figures = [quantity_figure(quoted, quantity, n)]
    # a bar the question sets (`有没有达到95%`): the figure found in its place is judged against it, as the
    # lookup judges the figure it finds first
    judged = compliance(ask.query, quantity.value, quantity.unit, quoted) \
        if ask.query.asked.compliance and ask.query.asked.threshold else None
    if judged is not None and judged.flag in ("pass", "fail"):
        answer = f"{verdict_text(judged, ask.query.norm)}：{answer}。{judged.note or judged.formula}"
        figures.append(computed_figure(judged, n))
    return Draft(answer, False, ask.book.citations, figures, [figure])


class LevelNotChange(str):
    """The reason a figure does not answer: it is a level where a difference is asked."""


# a change stated against the year before (`比上年减少0.71万人`, `同比增长6%`)
_YEAR_ON_YEAR = re.compile(r"(?:比|较)(?:上|前|去)一?年|同比")


def _level_for_yearly_change(query: Query, claim: Claim, context: str) -> bool:
    """A level (`专任教师23420人`) for a question asking how much a year changed it (`去年扩了多少人`,
    `2025年比上年增加了多少`) or how much it changed between two years: the change is counted against the
    earlier year, which the level's clause does not state."""
    # places or things compared (`A和B哪个多？多多少？`): the difference is between them, each side a level
    # (two years compared are the years of one thing, whatever the comparison's reading)
    years = _two_years_asked(query)
    asks_change = query.operation == "change" or bool(_CHANGE_ON_YEAR.search(query.norm))
    if claim.computed or not asks_change or "compare" in query.intents and not years \
            or not (years or _one_year_asked(query)):
        return False
    if claim.hit.chunk.row_index is not None:  # a cell: a change only where its row or column says so (增减)
        return not _ASKS_CHANGE.search(context)
    own = [(c, q) for c in own_clauses(claim.unit, context) for q in find_quantities(c)
           if q.unit == claim.unit and q.is_measure]
    return bool(own) and not any(_is_change(c, q) or _ADDED_THINGS.search(c[:q.start]) for c, q in own)


# the things a year added, named between the verb and their count (`增加学位1.16万个`, `新增公办园3所`):
# the count is the change itself (not `增加到…`, a level reached)
_ADDED_THINGS = re.compile(rf"{_ADDING}[^\d，,。；;到至]{{1,8}}(?:约|近|超过)?$")


def _one_year_asked(query: Query) -> bool:
    """The question asks the change of one year: against the year before, or in one year it names."""
    return bool(_ASKS_YEAR_ON_YEAR.search(query.norm)) or len(query.years) + len(query.relative_years) == 1 \
        and not _FROM_TO_ASKED.search(query.norm)


def _two_years_asked(query: Query) -> bool:
    """The question asks the change between two years it names (`2024年较2020年多出几个`, `从2020年到2024年
    升了多少`), not the level one of them reaches (`提高到多少`): one year's level is either end, no change."""
    return len(set(query.years)) >= 2 and not _ASKS_REACHED.search(query.norm)


_FROM_TO_ASKED = re.compile(r"从.{0,12}(?:到|至)|(?:19|20)\d\d\s*年?\s*[—–\-~至到]")


def _change_beside(ask: Ask, claim: Claim) -> Draft | None:
    """For a question asking the change from the year before (`比上一年减了多少`) answered by a level
    (`在校生8.3万人`): the change its sentence states right after it against the year before
    (`，比上年减少0.52万人`), of the same kind of quantity; None when there is none or it does not fit."""
    reader, query = ask.reader, ask.query
    if claim.computed or claim.hit.chunk.row_index is not None or not _one_year_asked(query):
        return None
    doc = reader.documents[claim.hit.chunk.doc_id]
    sentence = doc.text[claim.span[0]:claim.span[1]]
    context = normalize(claim.context, drop_space=True)
    spans = clause_spans(sentence)
    own = [n for n, (a, b) in enumerate(spans) if normalize(sentence[a:b], drop_space=True) in context
           and any(q.unit == claim.unit and q.is_measure for q in find_quantities(sentence[a:b]))]
    # the clause after the level's own: the change it states of that level
    for a, b in spans[own[-1] + 1:own[-1] + 2] if own else []:
        part = sentence[a:b]
        if not _YEAR_ON_YEAR.search(part):
            continue
        for q in find_quantities(part):
            if q.is_measure and unit_kind(q.unit) == unit_kind(claim.unit) and _is_change(part, q):
                return _figure_of_sentence(ask, claim, replace(q, start=q.start + a + claim.span[0],
                                                                end=q.end + a + claim.span[0]))
    return None


def _addition_for_level(reader: Reader, query: Query, claim: Claim) -> str:
    """An amount added (`资源教室新建18个`) for a question asking the level reached (`要建到多少个`,
    `总数达到多少`), where the figure's sentence also states that level (`总数达到30个`): plans and
    reports state both, one after the other."""
    if claim.hit.chunk.row_index is not None or not _ASKS_LEVEL.search(query.norm) or _ASKS_ADDED.search(query.norm):
        return ""
    doc = reader.documents[claim.hit.chunk.doc_id]
    sentence = normalize(doc.text[claim.span[0]:claim.span[1]], drop_space=True)
    own = normalize(claim.context, drop_space=True)
    added = level = owns_level = False
    for item in _ITEMS.split(sentence):
        for q in find_quantities(item):
            if q.is_measure and unit_kind(q.unit) == unit_kind(claim.unit):
                is_level = bool(_LEVEL.search(item[:q.start]))
                added |= bool(_ADDED.search(item[:q.start])) and item in own
                level |= is_level
                owns_level |= is_level and item in own  # the claim's own words state the level too
    return "它是新增的数，不是要达到的总数" if added and level and not owns_level else ""


def _place_conflict(reader: Reader, query: Query, claim: Claim, context: str) -> str:
    """A figure of another place than the one asked: the figure's own item names a place inside the
    region asked (a city's figure in a provincial report asked for the province), or the region asked
    lies inside the document's own and the figure's sentence does not name it (the province's
    figure asked for one of its cities)."""
    gaz = gazetteer()
    asked = [p for r in query.regions for p in gaz.lookup(r)]
    if not asked or len(query.regions) > 1:
        return ""
    doc = reader.documents[claim.hit.chunk.doc_id]
    own = [p for r in doc.meta.region for p in gaz.lookup(r)]
    if own and not any(gaz.within(o, a) for o in own for a in asked):
        sentence = normalize(doc.text[claim.span[0]:claim.span[1]], drop_space=True)
        if not any(a.name in sentence or a.short in sentence for a in asked):
            return f"它是{own[0].name}全域的数，不是{asked[0].name}的"
        return ""
    unit = claim.unit
    for item in _ITEMS.split(context.replace(" ", "")):
        if not any(q.unit == unit and q.is_measure for q in find_quantities(item)):
            continue
        inside = [m.place for m in gaz.find(item)
                  if all(m.place.id != a.id for a in asked) and any(gaz.within(m.place, a) for a in asked)]
        if inside and not any(a.name in item for a in asked):
            return f"它是{inside[0].name}的数，不是{asked[0].name}的"
    return ""


def _year_conflict(reader: Reader, query: Query, claim: Claim) -> str:
    """A stated figure whose sentence dates it by years, none of them the year asked (a 2023 figure
    in a passage that also speaks of 2025, asked for 2025); an undated one, by its passage's years."""
    if claim.hit.chunk.row_index is not None:  # a table cell: its column is the year, chosen by the lookup
        return ""
    asked = {int(y) for y in reader.asked_years(query, claim.hit.chunk.doc_id)}
    if not asked:
        return ""
    chunk = claim.hit.chunk
    # the figure's own clause dates it when it names a year (`2022—2024年累计投入9.3亿元，其中2024年投入3.5亿元`
    # dates its two figures apart), else its sentence
    text = reader.documents[chunk.doc_id].text
    # (a part after a semicolon, `…；优良率为51%`, is dated by its whole sentence's head: `2025年…合格率为…；`)
    opening = max(text.rfind(stop, 0, claim.span[0]) for stop in "。\n") + 1
    dated = _sentence_dates(reader, chunk.doc_id, claim.context) or \
        _sentence_dates(reader, chunk.doc_id, text[claim.span[0]:claim.span[1]]) or \
        _sentence_dates(reader, chunk.doc_id, text[opening:claim.span[1]])
    if not dated:
        # an undated sentence speaks for the years its headings, caption or document give its passage
        # (`全年公开招聘教师150人` under `一、2024年工作回顾`), unless its paragraph names the year asked
        # elsewhere; the year before them, from which a change it states counts (`提高2个百分点，力争达到
        # 68%`), is the change's start, not its figure's year
        end = text.find("\n", claim.span[1])
        paragraph = text[text.rfind("\n", 0, claim.span[0]) + 1:end if end >= 0 else len(text)]
        titled = _titled(reader.documents[chunk.doc_id])
        own = {int(y) for y in reader.own_years(query, claim.hit)} or titled
        # (a year named as a comparison's base, `比2024年高出…`, dates none of the paragraph's figures)
        named = {int(y) for y in _CLAUSE_YEAR.findall(_BASE_YEAR.sub("", normalize(paragraph, drop_space=True)))}
        if own and not asked & (own | titled) and not asked & named:
            dated = [(y, y) for y in sorted(own)]
        elif titled and not asked & titled and not asked & named \
                and not any(str(y) in reader.flat[chunk.chunk_id] for y in asked) \
                and not asked & set(years_named(reader.flat[chunk.chunk_id] + paragraph)):
            # a rule of the year the title names (`2027年…实施办法`) that its passage never dates otherwise (in
            # digits or Chinese numerals: `二〇二六年工作打算` of a summary dates its plans): the notice's own date,
            # the year before, dates the notice, not the rule
            dated = [(y, y) for y in sorted(titled)]
    if not dated:
        return ""
    covering = [(a, b) for a, b in dated if any(a <= y <= b for y in asked)]
    if covering and all(a < b and not min(asked) <= a < b <= max(asked) for a, b in covering) \
            and claim.unit not in ("%", "百分点", "") and not _PER_YEAR.search(normalize(claim.context)):
        # an amount or a count over a span (`2022—2024年累计投入`, `2021—2023年新建学校5所`) is the span's
        # total, not one of its years'; a rate over a span holds in each year, and `每年`/`年均` says so
        a, b = covering[0]
        return OtherYear(f"它是{a}—{b}年合计的数，不是{'、'.join(map(str, sorted(asked)))}年一年的")
    if covering:
        return ""
    return OtherYear(f"它是{'、'.join(dict.fromkeys(str(a) if a == b else f'{a}—{b}' for a, b in dated))}年的数")


def _titled(doc: Document) -> set[int]:
    """The one year a document's title names, which its passages naming none speak for (a news item's `2024年
    累计发放…` of 2025-01: its `全年发放补助中…` is 2024's, never the year before asked)."""
    year = own_year(doc.meta)
    return {year} if year else set()


def _other_row(reader: Reader, query: Query, claim: Claim) -> str:
    """A table cell of one row (a school, a town, a project) for a question that names another row of the same
    table: the row asked is not the row cited. Rows are compared by their labels without bracketed notes
    (`城区学校（3所）`); a total row is no row a question names."""
    chunk = claim.hit.chunk
    table = _claim_table(reader, claim)
    if table is None or chunk.row_index is None or chunk.row_index >= len(table.rows):
        return ""
    asked = normalize(query.norm, drop_space=True)

    def bare(row: Row) -> str:
        return normalize(BRACKETED_NOTE.sub("", row_label(table, row)), drop_space=True)

    own = bare(table.rows[chunk.row_index])
    labels = [label for r in table.rows if (label := bare(r)) and not _TOTAL_ROW.search(label)]
    named = [label for label in labels if len(label) >= _ROW_NAME_MIN and label in asked]
    longest = max(named, key=len, default="")
    if own and longest != own and own in longest:
        return f"它是“{own}”一行的数，不是“{longest}”的"  # a row whose label the asked row's extends
    if all(w in asked for w in words(own) if len(w) > 1):
        return ""  # the question names the cited row too, in its words (a follow-up naming it by its parts)
    if named:
        fits = any(own in label or label in own for label in named)
        return "" if fits else f"它是“{own}”一行的数，不是“{named[0]}”的"
    # no row named, but a thing of the kind the rows are (their labels' common ending, `…中心学校`): a row the
    # table does not have
    unnamed = _row_kind_named(asked, labels, [normalize(r) for r in query.regions]) if own in labels else ""
    return f"表中没有“{unnamed}”这一行，它是“{own}”一行的数" if unnamed else ""


def _stage_row_for_school(reader: Reader, query: Query, claim: Claim) -> str:
    """A table cell of a stage's row (初中, 小学低段) or of the total, asked of a school the question names by
    its proper name (县第X中学初中部) that neither the table nor its document's title names: the stage's figure over
    the whole place (a plan's task per stage), never that school's."""
    chunk = claim.hit.chunk
    table = _claim_table(reader, claim)
    if table is None or chunk.row_index is None or chunk.row_index >= len(table.rows):
        return ""
    asked = without_places(normalize(query.norm, drop_space=True), query.regions)
    # a school named ends a word of the question with its kind word (中学 read across 职中|学前… names none), and
    # a stage before the kind word (高中学校) is a kind of school, not one school's name
    ends = {start + len(word) for start, word in word_offsets(asked).items()}
    schools = sorted(s for s in _schools_named(asked) if not stages_named(_SCHOOL_END.sub("", s))
                     and any(m.end() in ends for m in re.finditer(re.escape(s), asked)))
    if not schools:
        return ""
    labels = [normalize(BRACKETED_NOTE.sub("", row_label(table, row)), drop_space=True) for row in table.rows]
    own = labels[chunk.row_index]
    if _names_a_part(own) or not (_TOTAL_ROW.search(own) or stages_named(own)):
        return ""
    named = "".join(labels) + _window(reader, claim) + normalize(reader.documents[chunk.doc_id].meta.title,
                                                                 drop_space=True)
    return "" if any(s in named for s in schools) else f"它是“{own}”一行的数，不是“{schools[0]}”的"


# a row label naming a place under the document's own (a town, a village): a part of the whole the document's
# prose counts
_PART_PLACE = re.compile(r"(?:镇|乡|街道|村|社区|苏木)$")
# words before a stage that make a kind of school (公办小学, 城区初中), not one school's proper name (东坪小学)
_SCHOOL_END = re.compile(r"(?:学校|小学|中学|幼儿园)$")
_SCHOOL_KIND = re.compile(r"公办|民办|中心|普通|完全|一贯制|寄宿|城区|城镇|乡村|农村|县城|镇区|其他|其余|各")


def _whole_for_row(reader: Reader, query: Query, claim: Claim, context: str) -> str:
    """A figure of the document's prose (`全县28所学校…`) for a question naming one row of the document's
    own table (a town, a school): the whole's figure, not that row's, unless its sentence names the row."""
    if claim.hit.chunk.row_index is not None:
        return ""
    doc = reader.documents[claim.hit.chunk.doc_id]
    asked = normalize(query.norm, drop_space=True)
    said = context + normalize(doc.text[claim.span[0]:claim.span[1]], drop_space=True)
    regions = [normalize(r) for r in query.regions]
    for table in doc.tables:
        for row in table.rows:
            label = normalize(BRACKETED_NOTE.sub("", row_label(table, row)), drop_space=True)
            if len(label) >= _ROW_NAME_MIN and _names_a_part(label) and not _TOTAL_ROW.search(label) \
                    and label in asked and label not in said and label not in regions:
                return f"它是全域的数，不是“{label}”的"
    return ""


# a school by its proper name: two characters before its kind (东坪小学, 第六中学); a kind of school (公办小学, 县中小学
# of 全县中小学) is sorted out by _names_a_part and the 中 of 中小学
_SCHOOL_NAMED = re.compile(r"(?=([\u4e00-\u9fff]{2}(?:小学|中学|幼儿园|学校)))")
# schools counted or asked over, not named (`几所学校`, `14所学校`, `多少所中学`, `每所学校`): a measure word or a
# question word before the kind, never a proper name
_SCHOOLS_COUNTED = re.compile(r"[\u4e00-\u9fff]?[所个座]|[几哪每各全这那该本多]")
# a town under the document's place by its proper name (two characters before 镇, 乡 or 街道), not 乡镇 (各乡镇)
_TOWN_NAMED = re.compile(r"(?=([\u4e00-\u9fff]{2}(?:镇|乡|街道))(?!镇))")


def _schools_named(text: str, kind: re.Pattern[str] = _SCHOOL_NAMED) -> set[str]:
    """The schools `text` names by their proper names (with _TOWN_NAMED, the towns)."""
    # a proper name opens a word of its own (not 教育 of 特殊教育学校) that is no preposition (在新学校, 对新学校)
    starts = word_offsets(text)
    return {name for m in kind.finditer(text) if _names_a_part(name := m.group(1))
            and not name.endswith("中小学") and not name.startswith(("中", "小")) and not _SCHOOLS_COUNTED.match(name)
            and m.start(1) in starts and not function_word(starts[m.start(1)])}


def _other_school(reader: Reader, query: Query, claim: Claim, context: str) -> str:
    """A prose figure whose clause names another school (or town) by its proper name, not the one the question
    names (its document naming both): that one's figure, whatever the sentence says of the one asked elsewhere."""
    if claim.hit.chunk.row_index is not None:
        return ""
    asked = without_places(normalize(query.norm, drop_space=True), query.regions)
    for kind in (_SCHOOL_NAMED, _TOWN_NAMED):
        asked_names = _schools_named(asked, kind)
        if not asked_names:  # most questions name no school nor town: the document is not read for them
            continue
        document = normalize(reader.documents[claim.hit.chunk.doc_id].text, drop_space=True)
        named = [s for s in asked_names if s in document]
        others = sorted(s for s in _schools_named(context, kind) if s not in asked)
        if named and others and not any(s in context for s in named):
            return f"它是“{others[0]}”的数，不是“{named[0]}”的"
    return ""


# a figure's clause counting over the whole area (`全区参与…的教师共N人`), not over one of its schools
_AREA_WIDE = re.compile(r"(?:全|整个)(?:省|市|州|区|县|旗|镇|乡)")
# a count of schools themselves (`幼儿园多少所`, `几所中学`): a total over places, which an area-wide count answers
_COUNTS_SCHOOLS = re.compile(r"(?:多少|几)所")
_GROUP_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:组|班|年级|部|处|室)")


def _area_total_for_school(query: Query, claim: Claim, context: str, sentence: str) -> str:
    """A count asked of one school the question names (or of a group inside it: `X中学数学组`) answered by a prose
    figure whose clause counts over the whole area and whose sentence names no school asked: the area's total,
    never the school's part."""
    area = _AREA_WIDE.search(context)
    if claim.computed or claim.hit.chunk.row_index is not None or area is None or _COUNTS_SCHOOLS.search(query.norm):
        return ""
    asked = without_places(normalize(query.norm, drop_space=True), query.regions)
    # one school told by its ordinal (`第五中学`) or a group inside it (`…中学数学组`), not a stage of the area's
    # schools its words run into (`义务教育阶段小学、初中在校生`)
    schools = sorted(s for s in _schools_named(asked)
                     if s.startswith("第") or _GROUP_AFTER.match(asked, asked.find(s) + len(s)))
    if not schools or any(s in sentence for s in schools):
        return ""
    return f"它是{area.group()}的总数，不是“{schools[0]}”的"


def _names_a_part(label: str) -> bool:
    """A row label naming one place under the document's (`柘塘镇`) or one school by its proper name
    (`蓼洲小学`: a name before its stage), not a kind of school (`城区学校`, `公办初中`)."""
    if _PART_PLACE.search(label):
        return True
    stage = next((word for word, _ in stages_named(label) if label.endswith(word)), "") \
        or (m.group() if (m := _SCHOOL_END.search(label)) else "")
    name = label[:len(label) - len(stage)] if stage else ""
    return len(name) >= 2 and not _SCHOOL_KIND.search(name) and not _AREA.search(name)


def _row_kind_named(asked: str, labels: list[str], regions: list[str]) -> str:
    """The name in the question of a thing of the kind a table's rows are, which no row is: the word that ends
    with the rows' common ending (`桂溪镇中心学校` asked, rows `…中心学校`), a proper name before it, not a
    word asking over the rows (各, 哪所, 全县), or ''."""
    if len(labels) < 2:
        return ""
    kind = labels[0]
    while kind and not all(label.endswith(kind) for label in labels):
        kind = kind[1:]
    if len(kind) < 2 or kind in labels:
        return ""
    asked = without_places(asked, regions, "，")  # the region the question opens with is no part of a row's name
    tokens = words(asked)
    ends = list(accumulate(len(t) for t in tokens))
    for m in re.finditer(re.escape(kind), asked):
        if m.end() not in ends:
            continue  # inside a longer word (教育局 of 教育)
        name = re.search(rf"[\u4e00-\u9fff]{{2,6}}{re.escape(kind)}$", asked[:m.end()])
        if name is None or _OVER_ROWS.search(name.group()[:-len(kind)]):
            continue
        if not any(label in name.group() or label.endswith(name.group()) for label in labels):
            return name.group()  # (a label may hold its region before the name asked: `某县城南小学`)
    return ""


def _sentence_dates(reader: Reader, doc_id: str, sentence: str) -> list[tuple[int, int]]:
    """The years (spans as first, last) a sentence dates its figures by: written (not as a comparison's
    base, `较2022年`), else named relative to its document's year (`去年全县…`, `今年计划…`)."""
    sentence = normalize(sentence, drop_space=True)
    dated = [(int(m.group(1)), int(m.group(2) or m.group(1))) for m in _DATED.finditer(_BASE_YEAR.sub("", sentence))]
    return dated or [(y, y) for y in sorted(relative_years(sentence, reader.doc_year(doc_id)))]


def _report_years(reader: Reader, hit: Hit) -> list[tuple[int, int]]:
    """The year a sentence naming none speaks for when its headings name none either: the year its document
    reports on (a year's evaluation report issued the spring after states that year's figures undated), as
    Reader.undated_sentence_year reads it."""
    doc = reader.documents[hit.chunk.doc_id]
    written = reader.doc_year(hit.chunk.doc_id)
    if not written or _sentence_dates(reader, hit.chunk.doc_id, hit.chunk.section):
        return []
    year = reported_year(doc.meta.title, doc.meta.date) or written
    return [(year, year)]


class OtherYear(str):
    """The reason a figure does not answer: its sentence dates it to another year than the one asked."""


def _year_sentence(ask: Ask) -> Draft | None:
    """For a figure of another year: the sentence of a leading passage dated to the year asked (a speech's
    `去年招聘新教师120名` and `今年计划招聘教师140名` in one passage, 今年 asked) that states the amount asked
    with as many of the question's key terms, when its figure passes the same check; else None. Of that
    sentence the figure picked first, else the others of the unit asked (`2021—2023年累计投入…，其中2023年
    投入7.6亿元`: the span's total fails, the year's figure of the next clause answers)."""
    reader, query = ask.reader, ask.query
    cover = reader.cover(query)
    best: tuple[float, int, Hit, tuple[int, int], Quantity] | None = None
    for order, hit in enumerate(ask.ranked[:CANDIDATES]):
        if hit.chunk.row_index is not None:
            continue
        asked = {int(y) for y in reader.asked_years(query, hit.chunk.doc_id)}
        text = reader.documents[hit.chunk.doc_id].text
        for span in split_sentences(text, hit.chunk.start, hit.chunk.end):
            dated = _sentence_dates(reader, hit.chunk.doc_id, text[span[0]:span[1]]) or _report_years(reader, hit)
            if not asked or not any(a <= y <= b for a, b in dated for y in asked):
                continue
            quantity = pick_quantity(query, text, span, cover)
            value = cover(text[span[0]:span[1]])
            if quantity is not None and value >= COVER_MIN and (best is None or (value, -order) > best[:2]):
                best = (value, -order, hit, span, quantity)
    if best is None:
        return None
    _, _, hit, span, quantity = best
    text = reader.documents[hit.chunk.doc_id].text
    others = [replace(q, start=q.start + span[0], end=q.end + span[0]) for q in find_quantities(text[span[0]:span[1]])
              if q.is_measure and q.unit == quantity.unit and q.start + span[0] != quantity.start]
    return next((draft for q in (quantity, *others)
                 if (draft := _figure_of_sentence(ask, Claim(q.unit, "", hit, span), q)) is not None), None)


def _half_conflict(reader: Reader, query: Query, claim: Claim, context: str) -> str:
    """A figure of the other half of the year than the one asked (an autumn-term table for the spring
    term): its own words, or a table's caption and headers, name a half, none of them the one asked.
    A figure naming no half is of the half its document's title names (a term's 通报 or 总结 says
    本学期 for the term of its title)."""
    asked = {_HALVES[m.group()] for m in _HALF.finditer(query.norm)}
    if not asked:
        return ""
    own = _window(reader, claim) if claim.hit.chunk.row_index is not None else context
    named = {m.group(): _HALVES[m.group()] for m in _HALF.finditer(_BASE.sub("", own))}
    if not named:
        title = normalize(reader.documents[claim.hit.chunk.doc_id].meta.title)
        named = {m.group(): _HALVES[m.group()] for m in _HALF.finditer(_BASE.sub("", title))}
    if not named or asked & set(named.values()):
        return ""
    return f"它是{'、'.join(named)}的数"


def _term_conflict(query: Query, sentence: str) -> str:
    """A prose figure whose sentence names only another term relative to its document's own than the one asked
    (本学期 stated, 上学期 asked): that term's figure. A sentence naming no such term is not judged here."""
    asked = {_RELATIVE_TERMS[m.group()] for m in _RELATIVE_TERM.finditer(query.norm)}
    named = {m.group(): _RELATIVE_TERMS[m.group()] for m in _RELATIVE_TERM.finditer(_BASE.sub("", sentence))}
    if not asked or not named or asked & set(named.values()):
        return ""
    return f"它是{'、'.join(named)}的数"


def _other_half_quoted(query: Query, draft: Draft) -> str:
    """A half of the year asked (下半年, 秋季) and an answer quoting passages without a figure (a date, a
    procedure) each of which names only the other half, in its own words or else in its document's title (the
    notice of one round): the half named, or ''. The figures of an answer are judged by _half_conflict."""
    asked = {_HALVES[m.group()] for m in _HALF.finditer(query.norm)}
    if not asked or not draft.citations:
        return ""
    others: list[str] = []
    for citation in draft.citations:
        named = {m.group(): _HALVES[m.group()] for m in _HALF.finditer(_BASE.sub("", normalize(citation.text)))} \
            or {m.group(): _HALVES[m.group()] for m in _HALF.finditer(_BASE.sub("", normalize(citation.title)))}
        if not named or asked & set(named.values()):
            return ""
        others += named
    return "、".join(dict.fromkeys(others))


def _per_head_header(reader: Reader, claim: Claim) -> str:
    """The header of a row's cell when it names a per-student indicator itself (`生均用房`), else '' (a year
    column of a table whose caption or heading names it: the whole window says which)."""
    header = normalize(_cell_column(_claim_table(reader, claim), claim), drop_space=True)
    return header if _PER_HEAD_NAMED.search(header) else ""


def _per_head_conflict(reader: Reader, query: Query, window: str) -> str:
    """A per-student amount of another indicator than the one asked (生均公用经费 stated, 生均财政拨款
    asked): the words naming the asked one after 生均 are nowhere in the figure's window, which names
    another 生均 indicator."""
    asked = _PER_HEAD_NAMED.search(query.norm)
    stated = _PER_HEAD_NAMED.search(window)
    if asked is None or stated is None:
        return ""
    name = [w for w in words(asked.group()[2:]) if w.strip()][:1]
    if not name or len(name[0]) < 2 or _loosely_has(reader, name[0], window):
        return ""
    other = [w for w in words(stated.group()[2:]) if w.strip()][:1]
    if other and len(other[0]) >= 2 and other[0] in asked.group():
        return ""  # a table's short header for the one asked (`生均图书` heading the cells of 生均图书册数)
    return f"它说的是“{stated.group()[:2]}{''.join(other)}”，不是“{asked.group()[:2]}{name[0]}”"


def _said_apart(reader: Reader, query: Query, claim: Claim, text: str) -> list[str]:
    """The compounds asked that the corpus never writes whole and a figure computed over table rows says
    in its parts: a row group and the thing the table lists (`小学教师` of the rows grouped 小学 in a table
    of teachers to recruit) — the rows are of it, however the document never joins the words."""
    if not claim.computed or claim.hit.chunk.row_index is None:
        return []
    return [t for t in query.terms if not reader.idf(t) and len(parts := term_parts(t)) > 1
            and all(reader.idf(p) and has_term(p, text) for p in parts)]


def _share_of_computed(query: Query, claim: Claim, text: str) -> list[str]:
    """The share's names asked (`X占比`, `X比例`) of a share computed as part ÷ whole, when the window writes the
    share's part X: the computation is that share, which the document states only by its two figures."""
    if not claim.computed or claim.unit != "%" or "÷" not in claim.context:
        return []
    return [t for t in query.terms for w in _SHARE_WORDS if len(w) > 1 and t.endswith(w)
            and len(t) - len(w) >= 2 and has_term(t[:-len(w)], text)]


def titled_rate_words(query: Query, title: str) -> list[str]:
    """The key terms of a rate's name asked (`学校图书馆借阅率`) that the document's title writes as they run before
    率 (a `…学校图书馆开放工作总结`): the report is on that activity, so every count and rate it states is the
    activity's, whether a sentence repeats its words or not (`全县开放N所`)."""
    norm, title = flat(query.norm), flat(normalize(title, drop_space=True))
    for m in re.finditer("率", norm):
        head = norm[:m.start()]
        run = next((head[i:] for i in range(len(head)) if len(head) - i >= MIN_TITLED_RUN and head[i:] in title), "")
        if run:
            return [t for t in query.terms if t in run]
    return []


def _caption_of_title(reader: Reader, query: Query, claim: Claim, title: str) -> list[str]:
    """The question's terms a table row's document title holds, when the table's caption holds one of them too
    (a `报考人数一览表` in a notice on some 报考): the caption names the title's subject by its last words
    only, and the row is of that subject."""
    table = _claim_table(reader, claim)
    if table is None or not table.caption:
        return []
    caption, title = (flat(normalize(t, drop_space=True)) for t in (table.caption, title))
    named = [t for t in query.terms if t in title]
    head = _subject_head(title)
    return named if any(t in caption for t in named) or head and head in caption else []


def _subject_head(title: str) -> str:
    """The last word of what a title is about, its kind word (方案, 通知: server/lexicon/document_kinds.tsv) and a
    的 before it left out (`…系列活动方案` → 活动): a caption naming it (`活动经费安排`) is of that subject."""
    kind = max((k for k in document_kinds() if title.endswith(k)), key=len, default="")
    subject = title[:len(title) - len(kind)].removesuffix("的")
    return subject[-_HEAD_CHARS:] if kind and len(subject) > _HEAD_CHARS else ""


_HEAD_CHARS = 2  # a subject's head word: its last two characters (活动, 比赛, 工作)


def _window(reader: Reader, claim: Claim) -> str:
    """The figure's sentence, the sentence before it in its passage and the passage's section path."""
    chunk = claim.hit.chunk
    if chunk.row_index is not None:  # a table row: its caption, group, label and every column header
        # (a table with no caption of its own — a 公示's one list, a plan's targets under a generic 目标任务
        # heading — is of what the document's title names)
        table = table_of(reader.documents[chunk.doc_id], chunk)
        title = reader.documents[chunk.doc_id].meta.title if table and not table.caption else ""
        return normalize(title + chunk.norm, drop_space=True)
    text = reader.documents[chunk.doc_id].text
    before = split_sentences(text, chunk.start, claim.span[0])[-1:]
    start = before[0][0] if before else claim.span[0]
    return normalize(chunk.section + text[start:claim.span[1]], drop_space=True)


def _unknown_word(reader: Reader, query: Query, text: str) -> str:
    """A key term (a noun) the documents never use (a role, a kind of school or teacher they do not name:
    the coverage gives it no weight) for which the figure's clause, sentence, the one before and its
    section have no word near in meaning: the figure is a neighbour's (all teachers for one kind),
    not the thing asked. An everyday word for what the text names (文凭 for 学历) has its near word."""
    if reader.near is None:
        return ""
    flat_text = flat(text)
    for term in query.terms:
        # only the thing asked: the asking word's term or a word written right before it (特岗 of 特岗教师),
        # not a word of a clause describing it (`随务工父母进城上学的孩子`)
        asked = term == query.focus or bool(query.focus) and term + query.focus in query.norm
        # a term with a part neither the documents' words nor the passage hold (a kind of school they never name) is
        # said only when written whole: the other part alone (学校) leaves the kind unsaid
        if not asked or reader.idf(term) or not may_be_near(term) or not _is_noun(term) \
                or (_loosely_has(reader, term, flat_text)
                    if all(reader.idf(p) or p in flat_text for p in _word_parts(term)) else _written(term, flat_text)):
            continue
        # worded twice (`学手艺、长技能`): the other wording, which the text has, says what is asked
        if any(t != term and _loosely_has(reader, t, flat_text) and re.search(
                rf"{re.escape(term)}.{{0,2}}[、和或及].{{0,2}}{re.escape(t)}|{re.escape(t)}.{{0,2}}[、和或及].{{0,2}}"
                rf"{re.escape(term)}", query.norm) for t in query.terms):
            continue
        if reader.near_word(term, flat_text) is None:
            return term
    return ""


def _is_noun(word: str) -> bool:
    """One word the tokenizer's dictionary tags as a noun (保育员, 文凭), not a phrase (占多大) nor a verb
    or adverb (建到, 大概): what a question names, not how it asks."""
    tagged = list(pos_tokenizer().cut(word))
    # any noun tag of the dictionary's own words, which tags some common nouns as names (孤儿, 寄宿生 as nr); a
    # name the tagger guesses for characters it does not know as a word (a surname and one more) is none
    return len(tagged) == 1 and (tagged[0].flag in ("n", "nz") or tagged[0].flag.startswith("n")
                                 and word in pos_tokenizer().word_tag_tab)


def _neighbours_figure(reader: Reader, query: Query, claim: Claim, window: str) -> str:
    """A figure whose sentence (with the one before and its section) lacks a key term of the question
    — the rarest it lacks — that one of the next sentences of its paragraph names beside a figure of
    the same unit: the figure asked is that sentence's, not this one's (`为超2万名残疾儿童…。为超8000名
    孤独症儿童…` asked about 孤独症)."""
    chunk = claim.hit.chunk
    if chunk.row_index is not None:
        return ""
    missing = [t for t in query.terms if reader.idf(t) and not _loosely_has(reader, t, window)]
    if not missing:
        return ""
    rarest = max(missing, key=reader.idf)  # the word that most tells what is asked
    text = reader.documents[chunk.doc_id].text
    paragraph = text.find("\n", claim.span[1])
    # a neighbour sharing only that word (`各级各类学校150所` for `建成了几所新学校`, whose figure's
    # sentence states 建成中小学和幼儿园12所) does not say better what is asked
    cover = reader.cover(query)
    own = cover(text[claim.span[0]:claim.span[1]])
    # the sentences after the figure's own in its paragraph (a passage may end before them); those
    # before it are the topic they share
    for start, end in split_sentences(text, claim.span[1], paragraph if paragraph >= 0 else len(text))[:NEXT_SENTENCES]:
        sentence = normalize(text[start:end], drop_space=True)
        if _loosely_has(reader, rarest, sentence) and cover(text[start:end]) >= own and any(
                unit_kind(q.unit) == unit_kind(claim.unit)
                for q in find_quantities(sentence) if q.is_measure):
            return NeighbourSentence(f"它所在的句子没有说“{rarest}”，同一段的另一句才说到", (start, end))
    return ""


class NeighbourSentence(str):
    """The reason a figure does not answer: a later sentence of its paragraph, at `span` of the document's
    text, names what is asked beside a figure of the same kind."""
    span: tuple[int, int]

    def __new__(cls, reason: str, span: tuple[int, int]) -> NeighbourSentence:
        made = super().__new__(cls, reason)
        made.span = span
        return made


def _neighbour_figure(ask: Ask, claim: Claim, reason: NeighbourSentence) -> Draft | None:
    """The figure asked of the later sentence that names it (`总投资1860万元。资金来源为…补助1120万元` asked
    about the 补助), when it passes the same check; else None."""
    doc = ask.reader.documents[claim.hit.chunk.doc_id]
    quantity = pick_quantity(ask.query, doc.text, reason.span, ask.reader.cover(ask.query))
    if quantity is None:
        return None
    return _figure_of_sentence(ask, Claim(quantity.unit, "", chunk_hit(ask.reader, doc, reason.span[0]), reason.span),
                               quantity)


class OtherClause(str):
    """The reason a figure does not answer: its sentence states the subject asked in another clause,
    at `span` of the document's text."""
    span: tuple[int, int]

    def __new__(cls, lacking: str, span: tuple[int, int]) -> OtherClause:
        reason = super().__new__(cls, f"它所在的分句说的不是“{lacking}”，同一句的另一分句才说到")
        reason.span = span
        return reason


def _sibling_clause(reader: Reader, query: Query, claim: Claim, context: str) -> str:
    """A figure whose own clause lacks most of the question's key terms its sentence holds, while
    another clause of that sentence holds every one of them with a figure of its own: a sentence of
    several provisions (`甲类学校按50人拨付运转经费，乙类学校按生均300元追加补助`) answers about
    the subject asked in that clause, not in the figure's."""
    chunk = claim.hit.chunk
    if chunk.row_index is not None:
        return ""
    text = reader.documents[chunk.doc_id].text
    start, end = claim.span
    bounds = [start, *(m.end() for m in _CLAUSES.finditer(text, start, end)), end]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
    clauses = [(span, normalize(text[span[0]:span[1]], drop_space=True).rstrip("，；;：:。,")) for span in spans]
    own = [c for _, c in clauses if c and c in context]
    # a clause breaking down the one before it (`共有专任教师4386人，其中小学2134人`) counts what that
    # clause names: its subject is the whole's, not another provision's
    own += [clauses[n - 1][1] for n in range(1, len(clauses)) if clauses[n][1] in own
            and _BREAKDOWN.match(clauses[n][1]) and clauses[n - 1][1] not in own]
    others = [(span, c) for span, c in clauses if c and c not in own]
    sentence = "".join(c for _, c in clauses)
    terms = [t for t in query.terms if reader.idf(t) and _loosely_has(reader, t, sentence)]
    if not own or not others or len(terms) < 2:
        return ""
    # a paragraph's run-in heading (`（二）…资助项目。安排…万元，惠及…学生…人`) names what the figure's clause is of
    lead = paragraph_lead(text, start)
    covered = [t for t in terms if any(_loosely_has(reader, t, c) for c in [*own, lead] if c)]
    if len(covered) * 2 >= len(terms):
        return ""
    for span, clause in others:
        if all(_loosely_has(reader, t, clause) for t in terms) and any(q.is_measure for q in find_quantities(clause)):
            return OtherClause("、".join(t for t in terms if t not in covered)[:20], span)
    return ""


def _stage_row(ask: Ask) -> Draft | None:
    """A figure of another stage (`中小学…占比达到58%`) where a leading passage is a table row labelled
    with the stage asked (a report's 学段 × indicator table: `初中 | 1236 | 93.5 | 61.8`): that row's cell
    under the column the question names, when it passes the same check."""
    asked = {STAGE_FAMILIES[m.group()] for m in _stage_names(ask.query.norm)}
    for hit in ask.ranked[:CANDIDATES]:
        doc = ask.reader.documents[hit.chunk.doc_id]
        table = table_of(doc, hit.chunk)
        if table is None or hit.chunk.row_index is None:
            continue
        row = table.rows[hit.chunk.row_index]
        label = normalize(f"{row.group} {row_label(table, row)}", drop_space=True)
        if not asked & {STAGE_FAMILIES[m.group()] for m in _stage_names(label)}:
            continue
        mark = len(ask.book.citations)
        draft = table_answer(ask.reader, ask.query, hit, table, row, ask.book)
        if not draft.abstained and len(draft.figures) == 1 and verified(ask.reader, ask.query, draft):
            return draft
        del ask.book.citations[mark:]
    return None


def _other_clause(ask: Ask, claim: Claim, reason: OtherClause) -> Draft:
    """The clause of the figure's sentence that states the subject asked, quoted as the answer, with its
    figure when it states one only in the unit asked."""
    doc = ask.reader.documents[claim.hit.chunk.doc_id]
    start, end = reason.span
    while end > start and doc.text[end - 1] in "，；;：:。, \n":
        end -= 1
    n = ask.book.cite(claim.hit, *claim.span)
    quoted = display(doc.text[start:end])
    stated = [q for q in find_quantities(quoted) if q.is_measure]
    # of several amounts (`3所学校，投入1.2亿元`), the one in the unit the question asks; a clause whose
    # every figure is in another unit (多少辆车 asked, the clause counts 人) does not answer it
    found = [q for q in stated if not _unit_conflict(ask.query, q.unit, context=quoted[q.start:q.end + 4])]
    if not found and len(stated) == 1 and "个" in ask.query.units:  # 个 counts anything: 180项 for 多少个
        found = stated
    restated = [r for q in found if (r := given_whole(ask.query, q.unit, q.value)
                                      or _condition_of_question(ask.query, Claim(q.unit, quoted, claim.hit, claim.span),
                                                                q.value))]
    if restated:  # the clause names the part asked only in the whole, the condition or the class's bar the
        # question states (`142家X中`, `超过48人的班`, `不满80人的村校`)
        return refuse(ask.reader, ask.query, claim, restated[0], ask.ranked)
    if stated and not found:
        return refuse(ask.reader, ask.query, claim,
                      f"说到所问内容的“{quoted}”是以“{stated[0].unit or '无单位'}”计的数", ask.ranked)
    if len(found) == 1:
        return Draft(f"{found[0].text}。依据{region_of(doc)}文件：“{quoted}”[{n}]", False, ask.book.citations,
                     [quantity_figure(quoted, found[0], n)])
    return Draft(f"据{region_of(doc)}文件：“{quoted}”[{n}]", False, ask.book.citations)


def _condition_of_question(query: Query, claim: Claim, value: float) -> str:
    """The question's own condition or the bar defining the class it asks about, stated as the figure."""
    return echo_of_question(query, claim, value) or bar_of_definition(query, claim, value)


def _no_stage(reader: Reader, query: Query, claim: Claim, window: str) -> str:
    """A count or amount of no school stage for a question about one (全市在校学生 for 初中在校生, all
    education spending for 高等教育经费): neither its sentence, the one before, its section nor its
    document's title names any stage, so it is the whole's figure, not the stage's. (A figure naming
    another stage is refused by _stage_conflict.) Stages an enumeration of another figure names
    (`幼儿园34所、小学21所、初中4所，在校学生12630名`) qualify those figures, not this one; a whole of
    several stages (`全县72所中小学校…配备心理健康教师169人`) is no figure of one of them. Refused as
    another stage's, so that a leading table's row of the stage asked may answer instead."""
    asked = [m.group() for m in _stage_names(query.norm)]
    if claim.unit == "%" and asked:
        return _rate_of_all_stages(reader, query, claim, window, asked)
    # a rate's name may imply its stage (公办率, 巩固率); a time set for all pupils (每天1小时体育活动) is each stage's
    if not claim.unit or claim.unit in ("%", "百分点", "小时", "分钟"):
        return ""
    if not asked:
        return ""
    title = normalize(reader.documents[claim.hit.chunk.doc_id].meta.title, drop_space=True)
    window = _own_item(reader, claim, window)
    table = table_of(reader.documents[claim.hit.chunk.doc_id], claim.hit.chunk)
    if table is not None and claim.hit.chunk.row_index is not None:  # a cell's stage is its table's, row's
        label = row_label(table, table.rows[claim.hit.chunk.row_index])  # or column's, not a sibling's
        window = normalize(f"{label} {claim.context}", drop_space=True)
    named = _qualifying_stages(claim.unit, window)
    families = {STAGE_FAMILIES[a] for a in asked}
    if not named:
        # a document of the stage asked speaks of it in every figure; one of several stages (中小学) does not
        titled = {STAGE_FAMILIES[m.group()] for m in _stage_names(title)}
        return "" if titled & families and not _breakdown_stages(claim.unit, window) \
            else OtherStage(f"它是全部学段的数，不是{asked[0]}的")
    stated = set(named.values())
    if families & stated or families <= _WHOLE_STAGES.keys() and stated <= _WHOLE_STAGES[next(iter(families))]:
        return ""
    return OtherStage(f"它是{'、'.join(named)}的数，不是{asked[0]}的")


def _own_item(reader: Reader, claim: Claim, window: str) -> str:
    """`window` without the sentence before when the figure's sentence opens an enumerated item (（三）…, 三是…):
    the item before is a sibling, and a stage it names qualifies its own figures, not this one's."""
    chunk = claim.hit.chunk
    if chunk.row_index is not None:
        return window
    sentence = reader.documents[chunk.doc_id].text[claim.span[0]:claim.span[1]]
    return normalize(chunk.section + sentence, drop_space=True) if ITEM_HEAD.match(sentence) else window


def _rate_of_all_stages(reader: Reader, query: Query, claim: Claim, window: str, asked: list[str]) -> str:
    """A rate stated of no stage for a question about one, when its document breaks that very rate down by stage
    in a table (rows of two stages or more, one the stage asked, under a column naming the rate): the rate
    without a stage is the whole's, the stage's is its row's. (A rate's name alone may imply its stage —
    公办率, 巩固率 — so a rate is refused only where the document itself tells the stages apart.)"""
    rate = asked_rate(query)
    if claim.computed or claim.hit.chunk.row_index is not None or not rate \
            or _qualifying_stages(claim.unit, window):
        return ""
    families = {STAGE_FAMILIES[a] for a in asked}
    for table in reader.documents[claim.hit.chunk.doc_id].tables:
        if not any(rate in normalize(c, drop_space=True) for c in table.columns):
            continue
        rows = {STAGE_FAMILIES[m.group()] for r in table.rows
                for m in _stage_names(normalize(row_label(table, r), drop_space=True))}
        if len(rows) >= 2 and families & rows:
            return OtherStage(f"它是全部学段的数，不是{asked[0]}的")
    return ""


# a family made of others (server/lexicon/stage_families.tsv: 义务教育 is 小学 and 初中): a figure stated
# of its parts together may be of the whole
_WHOLE_STAGES = {"compulsory": {"compulsory", "primary", "junior"}}


def _breakdown_stages(unit: str, window: str) -> set[str]:
    """The families an enumeration by stage of another figure names: a clause listing two families or more
    (`幼儿园34所、小学21所、初中4所`), no item stating a figure in `unit` and two or more one in another unit (an
    item's figure may be one the parser leaves unread: `职教中心一所`, whose 一 may be an article)."""
    families: set[str] = set()
    for clause in _CLAUSES.split(window):
        items = [i for i in clause.split("、") if _stage_named(i)]
        other = [i for i in items if any(q.is_measure and q.unit != unit for q in find_quantities(i))]
        if len(other) >= 2 and not any(q.unit == unit for i in items for q in find_quantities(i)):
            listed = {STAGE_FAMILIES[m.group()] for i in items for m in _stage_names(i)}
            families |= listed if len(listed) >= 2 else set()
    return families


def _qualifying_stages(unit: str, window: str) -> dict[str, str]:
    """The stages `window` names (name → family), leaving out those of an enumeration of another figure."""
    breakdown = _breakdown_stages(unit, window)
    named: dict[str, str] = {}
    for clause in _CLAUSES.split(window):
        for item in clause.split("、"):
            found = {m.group(): STAGE_FAMILIES[m.group()] for m in _stage_names(item)}
            if breakdown and set(found.values()) <= breakdown and len(clause.split("、")) >= 2 and not any(
                    q.unit == unit for q in find_quantities(item)):
                continue
            named.update(found)
    return named


def _present(reader: Reader, claim: Claim) -> bool:
    """A figure stated as the present: its sentence says so (截至, 目前), its clause states a level
    reached, or its section reviews it."""
    doc = reader.documents[claim.hit.chunk.doc_id]
    sentence = normalize(doc.text[claim.span[0]:claim.span[1]], drop_space=True)
    return bool(_PRESENT.search(sentence) or _reached(reader, claim)
                or _REVIEW.search(normalize(claim.hit.chunk.section, drop_space=True)))


def _reached(reader: Reader, claim: Claim) -> bool:
    """A clause of prose stating a level reached (_ALREADY, or only years before the document's own):
    the state when the document was written, whatever section or kind of document it stands in."""
    if claim.hit.chunk.row_index is not None:
        return False
    context = normalize(claim.context, drop_space=True)
    if _AIM_WORDS.search(context):
        return False
    if _ALREADY.search(context):
        return True
    # the year dates the clause's last figure only when nothing else is stated between them: not the
    # start of a change to an aim (`由2023年的18.6%提高到25%以上`)
    years = list(_CLAUSE_YEAR.finditer(context))
    written = reader.doc_year(claim.hit.chunk.doc_id)
    if not years or not written or max(int(y.group(1)) for y in years) >= written:
        return False
    return len([q for q in find_quantities(context[years[-1].end():]) if q.is_measure]) == 1


def _planned(reader: Reader, claim: Claim, window: str) -> bool:
    """A planned figure: its sentence names a future year or an aim word; it stands in a 目标
    section; or it is a plan's statement of aim outside the sections that review the past."""
    doc = reader.documents[claim.hit.chunk.doc_id]
    sentence = _claim_text(reader, claim)
    section = normalize(claim.hit.chunk.section, drop_space=True)
    if _reached(reader, claim):  # a level reached, beside an aim in the same sentence or section
        return False
    if _aims_ahead(sentence, reader.doc_year(doc.doc_id)) or "目标" in section:
        return True
    # a table cell under a target column (`2025年目标`, `目标值`, `规划值`): its header says so, whatever
    # section the table stands in (a mid-term review tabulates the plan's targets beside their progress)
    if claim.hit.chunk.row_index is not None and _TARGET_COLUMN.search(normalize(claim.context, drop_space=True)):
        return True
    # a plan by its kind when that is known (a plan's `…中期评估报告` is a report on it), else by its title
    plan = _PLAN_DOC.search(doc.meta.genre or normalize(doc.meta.title))
    return bool(plan) and not _REVIEW.search(section) and bool(_AIM.search(sentence))


def _sets_aim(reader: Reader, claim: Claim) -> bool:
    """The claim's own sentence names a year to come or an aim word (PLANNED)."""
    return _aims_ahead(_claim_text(reader, claim), reader.doc_year(claim.hit.chunk.doc_id))


_PLAN_YEAR = re.compile(r"20\d\d")


def _aims_ahead(sentence: str, written: int | None) -> bool:
    """A plan's words (PLANNED) in a sentence, other than a date the document was written after: `到` a day of a
    year before the document's own (the last day of the year before, in a report of the next) is the day a count
    was taken, as 截至 is, never a deadline still to come."""
    return any(not (written and (y := _PLAN_YEAR.search(m.group())) and int(y.group()) < written)
               for m in PLANNED.finditer(sentence))


def _claim_text(reader: Reader, claim: Claim) -> str:
    """The text of the claim's span in its document, normalised without spaces."""
    return normalize(reader.documents[claim.hit.chunk.doc_id].text[claim.span[0]:claim.span[1]], drop_space=True)


def _people_cell_unit(reader: Reader, claim: Claim) -> str:
    """人 for a bare cell of a row counting people (server/rowcounter.py), as the answer shows it; '' else."""
    table = _claim_table(reader, claim)
    column = _cell_column(table, claim)
    if table is None or not column or claim.hit.chunk.row_index is None \
            or claim.hit.chunk.row_index >= len(table.rows):
        return ""
    row = table.rows[claim.hit.chunk.row_index]
    cell = next((c for c in row.cells if c.column == column), None)
    return row_people_unit(table, row, cell) if cell is not None else ""


def _claim_table(reader: Reader, claim: Claim) -> Table | None:
    """The table a row's claim stands in; None for a sentence's."""
    chunk = claim.hit.chunk
    return table_of(reader.documents[chunk.doc_id], chunk) if chunk.row_index is not None else None


def _paired_row(reader: Reader, claim: Claim) -> bool:
    """A claim of a row of a table of `header：value；…` lines (ingest/tables.PAIRS_LAYOUT): its pauses part cells,
    not clauses, so the row is read by its cell as any table's, never as a sentence of items."""
    table = _claim_table(reader, claim)
    return table is not None and table.layout == PAIRS_LAYOUT


def _cell_column(table: Table | None, claim: Claim) -> str:
    """The header of the cell of `table` (the claim's: _claim_table) a row's claim states (its context closes with
    it), or ''."""
    context = claim.context.rstrip()
    return max((c for c in table.columns if c and context.endswith(c)), key=len, default="") if table else ""


def _word_parts(term: str) -> list[str]:
    """The words a term opens and closes with (单亲 and 家庭 of 单亲家庭), not the overlapping pieces a search
    cut adds inside it (政资 of 财政资金)."""
    return [p for p in term_parts(term) if term.startswith(p) or term.endswith(p)]


def _written(term: str, text: str) -> bool:
    """The term or one of its synonyms, or its characters in order with at most one between each (总数 in
    总人数, 在校生 in 在校学生), in `text` (flat)."""
    return has_term(term, text) or bool(re.search(".?".join(map(re.escape, term)), text))


def _loosely_has(reader: Reader, term: str, text: str) -> bool:
    """The term written (_written), or each of its words the documents use (高级教师占比: 高级, 教师, 占比)."""
    text = flat(text)
    if _written(term, text):
        return True
    parts = [p for p in term_parts(term) if reader.idf(p)]
    return bool(parts) and all(has_term(p, text) for p in parts)
