"""Whether a figure stands in the frame the question sets around what it asks: the period (a base period
asked, the present figure compared with it stated), the population (a whole asked, a sample's rows
summed), the comparison (two things compared, one thing's change over time computed) and the kind of
measure (a coefficient for a count or an area, visits for people, a percentage for a ratio, one side's price
for how much dearer it is) and the side of a judgement (a bar for the value measured against it). Each check
names what the figure is instead, so that the verification (server/answer/verify.py) abstains with the
closest passage rather than stating it."""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from ingest.normalize import normalize
from server.answer.draft import Claim, table_of
from server.answer.evidence import Reader, unit_kind
from server.answer.peoplegroups import group_of
from server.answer.text import bound_asked, noun_measured
from server.calc import states_rule
from server.query import Query

# the base of a period-on-period comparison (上年同期, 去年同期): asked as a period of its own
# when no comparison word stands before it (`比上年同期多多少` asks a change, not the base)
_BASE_PERIOD = re.compile(r"(?:上|去|前)一?(?:年度?|学年)同期")
_COMPARING = re.compile(r"(?:比|较|与|和|相比|同)$")
# a table of a sample (抽取/抽查/抽样 schools, 部分 schools, 样本): its rows are some members, never all
_SAMPLE = re.compile(r"抽取|抽查|抽样|抽测|样本|部分|随机|选取")
# a whole asked (一共, 共有, 全县): all members; and a question over the table itself (表2, 所列, 这些, 上述)
_WHOLE = re.compile(r"一共|总共|共有|合计|总数|总计|全(?:县|区|市|省|旗|镇|乡)")
_TABLE_NAMED = re.compile(r"表|所列|列出|这些|上述|以上")
# a measure with no unit by its nature: a coefficient, an index, a ratio (差异系数, 综合指数)
_DIMENSIONLESS = re.compile(r"系数|指数|比值")
# a question asking which of two things is more (哪个多, 谁更多): a comparison, not one thing's change over time
_WHICH_OF_TWO = re.compile(r"哪(?:一)?(?:个|所|家|县|区|市|方)|谁")
# words asking a change over time, not a comparison of two things (多多少, 哪个高)
# a count of visits (人次: one person counted once a time), never a number of persons unless asked in 次
_VISITS = "人次"
# persons counted by the counter of persons (几名, 多少位); a question counting with none (资助了多少学生) may be
# answered in the visits its document counts
_PERSONS_COUNTED = re.compile(r"(?:多少|几)(?:名|位)")
# a ratio asked by its name (生师比, 师生比, 班师比: so many of one per one of the other, `16.4:1`), not a share
# (占比, 百分比) nor a comparison (`和上年比多少`)
_RATIO_ASKED = re.compile(r"[\u4e00-\u9fff](?<![占分和跟与同较相])比(?:是|为|大概是|约|有)?(?:多少|几)")
# how much dearer or cheaper one price is than another (`比小学贵多少`, `便宜百分之几`): a gap between two prices
_PRICE_GAP = re.compile(r"比[^，。？?]{1,20}?(?:贵|便宜)")
_GAP_STATED = re.compile(r"贵|便宜|高出|多出|相差|差额|(?<![占师])比(?!例|重|率)")
# whether a bar is met, asked as said (`达到50%没有`, `满足…吗`, `达没达到`)
_ASKS_MET = re.compile(r"(?:达到|满足|超过|够)[^，。？?]{0,16}(?:没有|没|吗)[？?]?$|达没达到|有没有达到|满不满足")
# a name asked (`叫什么名字`, `名称是什么`, `有哪些名字`): the things' names, which no figure gives
# (also a body asked by its kind, `哪家公司…的`, `X方是谁`, `由谁承建`: its name, never a figure of the work)
_NAMES_ASKED = re.compile(r"叫(?:什么|啥)|(?:什么|啥|哪些)名(?:字|称)|名(?:字|称|单)(?:是|叫|有)?(?:什么|啥|哪些)"
                          r"|哪一?家(?:公司|企业)|(?:施工|承建|中标)(?:单位|企业|公司|方)(?:是|为)?(?:谁|哪)"
                          r"|由谁(?:来)?(?:施工|承建|建设)|谁(?:来)?(?:施工|承建)"
                          # (a person asked by the part they play in an event, `谁来主讲`, `主讲人是谁`: a name)
                          r"|谁(?:来)?(?:主讲|主持|授课|执教|点评|评课|带队|讲课|作报告|做报告)"
                          r"|(?:主讲|主持|授课|执教|点评)(?:人|教师|老师|专家|嘉宾)?(?:是|为)谁")
_OVER_TIME = re.compile(r"增|减|提高|提升|下降|降低|上升|回落|变化|变动|涨|扩大|缩小"
                        r"|比(?:上|去|前)一?年|同比|同期|以来")


def asked_base(norm: str) -> str:
    """The base period a question asks the figure of (`上年同期…是多少`), or ''; a base compared with
    (`比上年同期增加多少`) is not asked."""
    for m in _BASE_PERIOD.finditer(norm):
        if not _COMPARING.search(norm[max(0, m.start() - 2):m.start()]):
            return m.group()
    return ""


def base_unsaid(query: Query, claim: Claim) -> str:
    """A base period asked (`去年同期的参与率`) and a stated figure whose clause does not date it by that
    period: the present figure, which a report compares with the base (`较上年同期上升2.7个百分点`), is
    not the base's."""
    asked = asked_base(query.norm)
    if not asked or claim.computed:
        return ""
    context = normalize(claim.context, drop_space=True)
    if any(not _COMPARING.search(context[max(0, m.start() - 2):m.start()]) for m in _BASE_PERIOD.finditer(context)):
        return ""
    return f"它是本期的数值，不是所问的{asked}"


def sample_for_whole(reader: Reader, query: Query, claim: Claim) -> str:
    """A whole asked (`全区总共有几名学生`) answered by a figure computed over a table of a sample
    (`抽取学校…情况`): the rows are the members the report chose to show, not all of them."""
    if not claim.computed or not _WHOLE.search(query.norm) or _SAMPLE.search(query.norm) \
            or _TABLE_NAMED.search(query.norm):
        return ""
    chunk = claim.hit.chunk
    table = table_of(reader.documents[chunk.doc_id], chunk) if chunk.row_index is not None else None
    named = normalize(table.caption if table is not None else claim.context, drop_space=True)
    sample = _SAMPLE.search(named)
    return f"它只算了表中{sample.group()}的几行，不是全部" if sample else ""


# a score sheet's words in its caption or headers: its bare numbers are points
SCORE_TABLE = re.compile(r"得分|总分|分值|满分|评分")


def unitless_for_unit(reader: Reader, query: Query, claim: Claim) -> str:
    """A table cell with no unit in a table or column of a coefficient (差异系数) for a question asking or
    setting a quantity in a unit (多少名, 4.5平方米): a coefficient is no count, area or amount."""
    if claim.unit or claim.computed or claim.hit.chunk.row_index is None or _DIMENSIONLESS.search(query.norm):
        return ""
    units = set(query.units) | {q.unit for q in find_quantities(query.norm) if q.is_measure}
    if not any(unit_kind(u) in ("people", "area", "money") or u in ("所", "个", "间") for u in units):
        return ""
    chunk = claim.hit.chunk
    table = table_of(reader.documents[chunk.doc_id], chunk)
    frame = normalize(" ".join([claim.context, *((table.caption, *table.columns) if table else ())]), drop_space=True)
    # the claim's own column, when its context ends with one: a count's column (达标学校数) beside a coefficient's
    # (差异系数) in an indicator table is no coefficient
    own = [c for c in table.columns if c and claim.context.endswith(c)] if table else []
    coefficient = _DIMENSIONLESS.search(frame if not own else
                                        normalize(f"{claim.context} {table.caption if table else ''}", drop_space=True))
    if coefficient:
        return f"它是无单位的{coefficient.group()}，不是所问的数量"
    # people counted asked of a score sheet (its caption or columns say 得分/总分…) whose columns count no one:
    # its bare numbers are scores or marks, and the row asked has no count of people at all; a table of other
    # bare counts (现有学位 | 预计入学) may well count people
    people = any(unit_kind(u) == "people" for u in units)
    scores = SCORE_TABLE.search(frame)
    return "它是无单位的分值，表中没有所问的人数" if people and scores and "人" not in frame and not group_of(frame) \
        else ""


def change_for_comparison(query: Query, claim: Claim) -> str:
    """Two things compared (`A县和B县哪个多，多多少`) answered by a change computed over time (`由1450人减至
    1320人` → 1320 − 1450): one side's change between two dates, neither its level nor the gap between the
    two sides. A question naming two years or a change over time (增加, 提高, 变化, 比上年) asks that change."""
    if not claim.computed or not normalize(claim.context, drop_space=True).endswith("变化") \
            or not _WHICH_OF_TWO.search(normalize(query.text)) or len(set(query.years)) >= 2 \
            or _OVER_TIME.search(query.norm):
        return ""
    return "它是前后两个时点之间的变化，不是所比较的数值或两者之差"


def visits_for_people(query: Query, claim: Claim) -> str:
    """Persons asked (`几名责任督学`, `多少位`) answered by a count of visits (`约谈责任督学3人次`): one person
    counted each time, so the figure is no number of persons unless the question asks in 人次 itself."""
    if claim.unit != _VISITS or "次" in query.norm or not _PERSONS_COUNTED.search(query.norm):
        return ""
    return "它是以“人次”计的次数（同一人可计多次），不是所问的人数"


def share_for_ratio(query: Query, claim: Claim) -> str:
    """A ratio asked by its name (`生师比是多少`: pupils per teacher, `16.4:1`) answered by a percentage: a
    share of something (`本科及以上学历的占72.4%`), never a ratio of two counts."""
    if claim.unit not in ("%", "百分点") or not _RATIO_ASKED.search(query.norm):
        return ""
    return "它是一个百分比，不是所问的比值"


def level_for_price_gap(query: Query, claim: Claim) -> str:
    """How much dearer or cheaper one thing is than another asked (`初中比小学贵多少`) answered by a stated
    figure whose clause states no gap: a price of one side or a figure of something else, not the difference."""
    if claim.computed or not _PRICE_GAP.search(query.norm) \
            or _GAP_STATED.search(normalize(claim.context, drop_space=True)):
        return ""
    return "它是其中一方的数值或别的数，不是所问的差价"


def bar_for_reached(reader: Reader, query: Query, claim: Claim, value: float | None) -> str:
    """Whether a value meets a bar the question quotes (`交流比例达到50%没有`, `满足不低于10%的要求吗`) answered by
    the bar itself (`…不低于交流总数的50%`), or by the same value a report sets as its aim for a later year
    (`到2029年，…供餐率100%` in a 2025 report's 下一步工作): the requirement or the aim judged against itself;
    the value reached is stated elsewhere or not at all."""
    if claim.computed or value is None or not (query.asked.compliance or _ASKS_MET.search(query.norm)) \
            or not any(q.value == value and q.unit == claim.unit for q in find_quantities(query.norm)):
        return ""
    if states_rule(normalize(claim.context, drop_space=True), value, claim.unit):
        return "它是文件中的要求本身，不是实际达到的数值"
    if not ASKS_AIM.search(query.norm) and _aimed_later(reader, claim, value, query.norm):
        return "它是文件为以后年份定的目标，不是实际达到的数值"
    return ""


# the level a place sets itself to reach asked (`明年要提升到几`, `目标是多少`), and table columns stating an aim
_ASKS_OWN_AIM = re.compile(r"要(?:提|提高|提升|增加|增长|扩大|降|降低|下降|减少|控制|达)到(?:多少|几)"
                           r"|目标(?:值)?(?:是|为)(?:多少|几)")
_AIM_COLUMN = re.compile(r"目标|计划|规划|预期|任务|(?:19|20)\d\d")
_AIM_ROW = re.compile(r"目标|计划|规划|预期")  # a row's label marking its figures as aims, not values reached


def standard_for_aim(reader: Reader, query: Query, claim: Claim) -> str:
    """The level a place sets itself to reach asked (`…明年要提升到几`) and a cell of a table column that states
    no aim (`国家标准`, `本县数值` of a self-evaluation table): an outside bar or the present level, not the place's
    own target, which its prose sets (`到…年底…提高到51%以上`)."""
    if claim.computed or claim.hit.chunk.row_index is None or not _ASKS_OWN_AIM.search(query.norm):
        return ""
    table = table_of(reader.documents[claim.hit.chunk.doc_id], claim.hit.chunk)
    if table is None or any(_AIM_COLUMN.search(normalize(c)) for c in table.columns) \
            or _AIM_COLUMN.search(normalize(f"{table.caption} {claim.hit.chunk.section}")):
        return ""  # a column, the caption or the heading states the table's rows as aims (`发展目标`)
    row = table.rows[claim.hit.chunk.row_index]
    if row.cells and _AIM_ROW.search(normalize(row.cells[0].text)):
        return ""  # a table of years whose row of the year asked is labelled as planned (`2026年（计划）`)
    return "它是表中的标准或现有数值，不是文件定的目标"


# a value dated to a year it is to be reached by (`到2029年，…`, `2029年底前…`); a question asking the aim itself
# (`目标是达到98%吗`, `计划…要达到…吗`) is answered by it
BY_YEAR = re.compile(r"到\s*((?:19|20)\d\d)\s*年|((?:19|20)\d\d)\s*年(?:底|末)?(?:以?前)")
ASKS_AIM = re.compile(r"目标|计划|规划|力争|要求|要达到|能否|能不能")


def _aimed_later(reader: Reader, claim: Claim, value: float, asked: str) -> bool:
    """Whether the claim's sentence dates `value` to a year after its document's, before stating it, and the
    question names no such year (a question naming the year asks the aim)."""
    issued = reader.doc_year(claim.hit.chunk.doc_id)
    sentence = reader.documents[claim.hit.chunk.doc_id].text[slice(*claim.span)]
    at = next((q.start for q in find_quantities(sentence) if q.value == value and q.unit == claim.unit), None)
    if issued is None or at is None:
        return False
    later = [y for m in BY_YEAR.finditer(sentence, 0, at) if (y := m.group(1) or m.group(2)) and int(y) > issued]
    return bool(later) and not any(y in asked for y in later)


def number_for_names(query: Query, claim: Claim) -> str:
    """Names asked (`新建的3个基地叫什么名字`) and no number with them: a figure (the count of those things, a
    cell of their row) names none of them, however well its words match."""
    if query.asked.number or not _NAMES_ASKED.search(query.norm):
        return ""
    return "它是一个数，不是所问的名称"


# a question asking a figure (`多少`, `几门`), not whether one holds (`是50人吗`, `够不够`)
_ASKS_FIGURE = re.compile(r"多少|几(?![乎])")
_ASKS_WHETHER = re.compile(r"吗[？?]?$|是否|是不是|够不够|有没有达到|达没达到|满不满足|符合")


def echo_of_question(query: Query, claim: Claim, value: float | None) -> str:
    """A figure asked (`班容量超过48人的班有几个`) answered by a figure the question itself states as its qualifier
    (`班容量不超过48人`): the question's own number is what it qualifies the thing asked by, never news about it. A
    question asking whether a figure holds (`是50人吗`, `达到50%了吗`) may be answered by that very figure."""
    if claim.computed or value is None or query.asked.compliance or not _ASKS_FIGURE.search(query.norm) \
            or _ASKS_WHETHER.search(query.norm):
        return ""
    if not any(q.is_measure and q.value == value and q.unit == claim.unit for q in find_quantities(query.norm)):
        return ""
    return "它是问题自己给出的条件，不是所问的数"


# a bound that defines a class by a figure, in the attribute before its noun (`在校生不满80人的村校`, `50人以上
# 的大班额`): the figure is the class's bar, not a count of it
_DEFINING_AFTER = re.compile(r"(?:以上|以下|以内|及以上|及以下)?的[\u4e00-\u9fff]")
# … unless the bar itself is asked (`不足多少人的学校算小规模学校`, `标准是多少`, `是指`)
_ASKS_BAR = re.compile(r"(?:不足|不到|不满|少于|低于|超过|多于|不超过|不低于)(?:多少|几)"
                       r"|(?:多少|几)\S{0,2}(?:以上|以下|以内)|标准|界定|是指|指的是|定义|条件")


def bar_of_definition(query: Query, claim: Claim, value: float | None) -> str:
    """A count or an amount asked (`村校的在校生有几人`) answered by the bound that defines the class asked about
    (`小规模学校（学生数不满100名的村小、教学点）`): a bar on each member, stated in the attribute of a noun, counts
    none of them."""
    if claim.computed or value is None or not query.asked.number or query.asked.compliance \
            or _ASKS_WHETHER.search(query.norm) or _ASKS_BAR.search(query.norm) or bound_asked(query.norm):
        return ""  # (a question whether a rule holds for the class, or asking its bound, is answered by the rule)
    context = normalize(claim.context, drop_space=True)
    for q in find_quantities(context):
        if q.value == value and q.unit == claim.unit and q.qualifier and _DEFINING_AFTER.match(context, q.end) \
                and not noun_measured(query, context, q):  # (`不少于40学时的培训` asked 培训多少学时: its length)
            noun = re.match(r"[\u4e00-\u9fff]+", context[q.end:].lstrip("以上下内及的"))
            return f"它是限定“{noun.group() if noun else ''}”的界限，不是所问的数"
    return ""
