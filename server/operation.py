"""Which computation a question asks for, read from the common wordings of Chinese questions about
figures (server/intent.py asks this first and keeps its own rules for the rest).

The wordings are those any bureau's staff use for a change between two values, whatever the
document: 增加/多了/少了多少, 提高了几个百分点, 增长了百分之多少/增幅/涨了多少%, 是…的几倍/翻了几番,
原来/起初是多少, 年均/平均每年. A question comparing two named things (`A比B多多少`, `还需提高多少`),
the year before a stated year-on-year change, shares, sums and per-unit amounts are left to
server/intent.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from figures.direction import FALL_VERBS, RISE_VERBS, alternation
from figures.numbers import is_unit
from ingest.normalize import pauses
from ingest.segment import word_cuts

_ASK = r"(?:多少|几)"
# a change asked by its verb (figures/direction.py, and 扩大), or in one character as questions say it (`涨了多少`,
# `降了多少`, `减了几所`) — not the bound of a rule (`至少几次`, `最多多少人`), which asks the rule's figure
_UP_DOWN = rf"(?<!新)(?:{alternation(RISE_VERBS, FALL_VERBS, ('扩大',))}|涨|降|减|(?<!改)扩|" \
    r"(?<![至最])多|(?<![至最])少)"
# two named things or a target still to reach: server/intent.py's `difference`
_BETWEEN = re.compile(rf"比(?![重例率值])[^，,？?]{{1,30}}?(?:高|低|多|少|增加|减少|提高|下降)出?了?{_ASK}|"
                      r"还(?:需|要|差|得)|相差|差距|高出")
# a change on the year before asked (`较上年多了几所`): the change of one thing over a year, never two things compared
_ON_LAST_YEAR = re.compile(rf"(?:比|较)(?:上年|去年|上一年|前一年)(?:同期)?{_UP_DOWN}了?{_ASK}")
# (a question naming its own year, `今年…比去年多几人`, compares the two years' values: server/intent.py's difference)
_OWN_YEAR = re.compile(r"今年|本年|当年|20\d\d\s*年")
_PREVIOUS = re.compile(r"同比")  # `…同比增长71%，上一年…`: server/intent.py's `previous`
# a question that writes a change on the year before (`比上年增长8%`, `同比增长5%`) and asks the value of
# that year after it (`上年是多少`, `去年有多少`): the year before the stated value's, whatever the question's date
_ON_YEAR_BEFORE = re.compile(r"同比|(?:比|较)(?:上年|去年|上一年|前一年)")
_YEAR_BEFORE_ASKED = re.compile(rf"(?:上年|去年|上一年|前一年)[^，,；;]{{0,24}}?(?:是|为|有|达到)?{_ASK}")
# the same period a year before asked as the time of the value (`上年同期…多少`, `去年同期…是多少`), not as a
# comparison's base (`比上年同期`): the period before the one the document reports, whatever its date
PERIOD_BEFORE = re.compile(r"(?<![比较])(?:上年|去年|上一年|前一年)同期")
# the year before asked as the time of the value (`上年毕业生有几人`): the year before the one the document
# reports (去年 is a year named relative to the document's date: server/timespans.py)
_YEAR_BEFORE = re.compile(r"(?<![比较])(?:上年|上一年|前一年)(?!同期)度?")
# a part of a whole asked in per cent (`暗访占检查总次数的百分之多少`): server/intent.py's `share`
_SHARE_OF = re.compile(rf"占[^，,？?]{{0,24}}?的?百分之{_ASK}")
# … or the part of a named group that did something (`参赛队员有百分之几拿了奖`): the act after the asking word,
# never a change verb (`有百分之几的增长` asks a growth)
SHARE_BY_ACT = re.compile(rf"有百分之{_ASK}(?!的?(?:{_UP_DOWN}|增幅|涨幅))(?:的人)?(?P<act>[\u4e00-\u9fff]{{2,12}})")
# the rate of a change (`增长了百分之多少`, `增幅`, `涨了多少%`); not `增长了多少个百分点`
_GROWTH = re.compile(rf"百分之{_ASK}|增幅|涨幅|增速|增长率|降幅|减幅|下降率|"
                     rf"{_UP_DOWN}了?{_ASK}\s*[%％]|{_UP_DOWN}了?(?:几成|多少成)")
# how many times one value is of another: `是原来的几倍`, `增长了几倍`, `翻了几番`
_MULTIPLE = re.compile(rf"的{_ASK}倍|是.{{0,24}}?{_ASK}倍|{_UP_DOWN}了?{_ASK}倍|翻了?{_ASK}番|{_ASK}倍")
# a completion rate asked (`新增学位的完成率`, `完成了计划的百分之多少`, `目标完成了几成`, `年度目标达成了百分之多少`),
# and a clause stating one (`完成率96%`, `完成全年任务的85%`)
ASKS_COMPLETION = re.compile(r"完成率|完成比例|完成进度|"
                             r"完成(?:了)?[^，,。？?的]{0,6}?(?:计划|目标|任务|指标)的?(?:百分之|多少|几成)|"
                             r"(?:计划|目标|任务)完成(?:了)?(?:百分之|多少|几成)")
STATES_COMPLETION = re.compile(r"完成率|完成(?:了)?(?:年度|全年)?(?:计划|目标|任务)的?\s*\d")
_POINTS = re.compile(rf"{_UP_DOWN}了?{_ASK}个?百分点")
# (多/少 before a one-character verb, `多拨了多少`, `少招了几个`: more or fewer than before, as speech asks a change)
_CHANGE = re.compile(rf"{_UP_DOWN}了?{_ASK}|(?<![至最许])[多少][\u4e00-\u9fff]了{_ASK}|从多少.{{0,6}}(?:到|至)多少|"
                     rf"变化了?{_ASK}|净增{_ASK}")
# the value before a change the document states with its result (`原来是多少`, `“十四五”开始前`)
_START = re.compile(r"原来|原先|起初|最初|开始前|开始时|期初|之初|初期|起步时|起点|基期|[一二三四五六七八九]五初")
# a yearly average over a period: `年均新增`, `平均每年`; `年均增长…` asks for a yearly rate (cagr)
_PER_YEAR = re.compile(r"年均|平均每年|每年平均|平均一年|一年平均")
# an amount per unit the older rules do not name (`平均每家吸纳多少人`, `平均每所有几个`)
# … also of a vehicle or a machine (`平均每辆车`), and said `平均一辆校车` with no 每
_PER_COUNT = re.compile(r"平均每(?:一|1)?(?:个|名|位)?(?P<per>户|家|校|班|项|场|座|所|辆|台)|"
                        r"平均一(?P<one>辆|台|所|家|户)")
_VEHICLES = ("辆", "台")
_MONEY = re.compile(r"钱|元|费|资金|经费|投入|投资|花")
# an amount spread over the heads a document counts (`按受助人数平均，每人多少元`): the average is
# asked by its basis first and the head after
_PER_HEAD_OF = re.compile(r"按[^，,？?]{1,16}平均[^？?]{0,30}?每(?:一|1)?(?:个|名|位)?"
                          r"(?P<per>学生|人次|人|户|家|校|班|所)")
_COMPOUND = re.compile(r"(?:年均|平均每年|每年平均)(?:增长|增速|增幅|提高|提升)")


@dataclass(frozen=True)
class Operation:
    name: str  # change | growth | cagr | multiple | start | ratio | previous | '' (not recognised here)
    per: str = ""  # for ratio: what the amount is divided by (年: a yearly average)


def operation_of(norm: str) -> Operation:
    """The computation the normalised question asks for, or Operation('') when its wording is
    not one of the change wordings above."""
    stated = _ON_YEAR_BEFORE.search(norm)
    if stated and _YEAR_BEFORE_ASKED.search(norm, stated.end()):
        return Operation("previous")
    if asks_period_before(norm) or asks_period_before(norm, _YEAR_BEFORE):
        return Operation("previous")
    if _ON_LAST_YEAR.search(norm) and not _OWN_YEAR.search(norm):
        return Operation("change")
    if _PREVIOUS.search(norm) or _BETWEEN.search(norm) or _SHARE_OF.search(norm) or SHARE_BY_ACT.search(norm):
        return Operation("")  # the year before, two named things, a share: server/intent.py
    if _COMPOUND.search(norm):  # a yearly rate: the one a report states, else computed from a start and end
        return Operation("cagr") if re.search(rf"{_ASK}|百分之|是什么|怎样|如何", norm) else Operation("")
    if _PER_YEAR.search(norm):
        return Operation("ratio", per="年")
    per = _PER_COUNT.search(norm) or _PER_HEAD_OF.search(norm)
    word = (per.groupdict().get("per") or per.groupdict().get("one") or "") if per else ""
    # money per vehicle or machine (`平均每台多少钱`) is one sentence's total ÷ its count: server/answer/perunit.py
    if word and not (word in _VEHICLES and _MONEY.search(norm)):
        return Operation("ratio", per=word)
    if _MULTIPLE.search(norm):
        return Operation("multiple")
    if _START.search(norm) and re.search(rf"{_ASK}|是什么", norm) and not _CHANGE.search(norm):
        return Operation("start")
    if _POINTS.search(norm):
        return Operation("change")
    if _GROWTH.search(norm):
        return Operation("growth")
    if _CHANGE.search(norm):
        return Operation("change")
    if _SHARED.search(norm) and asked_items(norm):
        return Operation("sum")
    return Operation("")


def asks_period_before(norm: str, before: re.Pattern[str] = PERIOD_BEFORE) -> bool:
    """Whether the question asks a value of the same period a year before (`上年同期…多少`; with
    `before=_YEAR_BEFORE` of the year before, `上年…多少`) and names no year: not a change on it
    (`与上年同期相比增加了多少`)."""
    period = before.search(norm)
    if period is None or re.search(r"20\d\d\s*年", norm) or re.search(r"[与和跟同]$", norm[:period.start()]):
        return False
    rest = norm[period.end():]
    changed = re.search(r"相比|比较", rest) or _CHANGE.search(rest) or _GROWTH.search(rest) or _POINTS.search(rest)
    return bool(re.search(rf"{_ASK}|多长|多久|多大|多高", rest)) and not changed


def asks_multiple(norm: str) -> bool:
    """Whether the question asks how many times one value is of another, whatever else it asks
    (`高多少元？是小学的多少倍？` asks a difference and a multiple)."""
    return bool(_MULTIPLE.search(norm)) and not re.search(r"翻了?(?:多少|几)番", norm)


# the time frame a question sets, never part of what it asks about
_TIME_FRAME = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:期间|时期|以来|规划期)?|20\d\d\s*年?(?:底|末|以来)?|"
                         r"(?:近|过去)?[五三两十]年(?:来|间|里)?|期间|以来")
_ASKING_TAIL = re.compile(rf"(?:{_UP_DOWN}了?|是|为|有|达到|将)*(?:{_ASK}|是什么)")
_LEAD = re.compile(r"^(?:按|根据|据|从|用)[^，,]*[，,]|^(?:请问|我想知道)")


def asked_subject(norm: str) -> str:
    """What the question asks the change of, as written: the words before its asking phrase, its
    time frame and lead-in dropped (`“十三五”期间高中毛入学率提高了多少个百分点` → 高中毛入学率)."""
    text = _LEAD.sub("", norm.strip())
    ask = None
    for rx in (_POINTS, _GROWTH, _MULTIPLE, _START, _CHANGE, _ASKING_TAIL):
        m = rx.search(text)
        if m and (ask is None or m.start() < ask):
            ask = m.start()
    head = text[:ask] if ask is not None else text
    head = re.split(pauses("，；;"), head)[-1]
    head = _TIME_FRAME.sub("", head)
    for _ in range(3):  # trailing verbs, `在`, `现在`, `数量`, quotes, in any order
        head = re.sub(rf"(?:{_UP_DOWN}了?|现在|目前|如今|当前|在|将|的|数量|年均|平均每年|每年平均|"
                      r"[\s“”\"'‘’？?。])+$", "", head)
    head = re.sub(r"^[\s“”\"'‘’的]+", "", head)
    if len(_SCOPE_OR_HAVE.sub("", _START.sub("", head))) < 2:  # `…开始前全县有多少所省级示范园`: named after the ask
        start = _START.search(text)  # `“十四五”开始时城镇化率是多少`: named between the time and the ask
        asking = _ASKING_TAIL.search(text, start.end()) if start else None
        between = _SCOPE_OR_HAVE.sub("", text[start.end():asking.start()]) if start and asking else ""
        if len(between) >= 2:
            return between
        tail = _NAMED_AFTER.search(text)
        if tail and not is_unit(tail.group(1)):
            return tail.group(1)
    return head


# the thing a question names after its asking words (`有多少所省级示范幼儿园`)
_NAMED_AFTER = re.compile(rf"{_ASK}[个所名人项家座条张万亿元]*([\u4e00-\u9fff]{{2,20}}?)(?:的?数量|的?总数)?[？?。]*$")
_SCOPE_OR_HAVE = re.compile(r"全省|全市|全区|全县|共有|一共有|总共有|有|是|为|[\s“”\"'‘’]")


# the words by which a question asks a sum (the question readers of a sum or a total start from these)
SUM_ASKED = ("合计", "一共", "总共", "共计", "总计", "加起来", "加在一起", "之和")
# a sum of named things: `A和B一共有多少`, `A、B、C合计`, `A加上B总共`
_SUM_WORD = re.compile(rf"{alternation(SUM_ASKED)}|的和|(?<![总一])共(?:有)?(?=多少|几)")
# `A、B和C共多少所`: 共 alone asks a sum only after a list of things (`全市共有多少所学校` asks one count)
_SHARED = re.compile(r"(?<![总一])共(?:有)?(?=多少|几)")
_ITEM_SEP = re.compile(r"、|以及|加上|和|与|及|跟|同")
_ITEM_TAIL = re.compile(r"(?:的|数量|总数|数|有|共有|达到|是|为|分别|各|两者|三者|两项|三项|[\s“”\"'‘’？?])+$")


def _items_apart(head: str) -> list[str]:
    """`head` cut at each separator the segmenter starts a word with: 与 in 参与, 及 in 普及, 同 in 共同 are part of
    the thing named, not a joint between two things (a separator may open a word the segmenter guesses from an
    unknown name after it: `和X县`)."""
    cuts = word_cuts(head)
    parts, at = [], 0
    for m in _ITEM_SEP.finditer(head):
        if m.start() in cuts:
            parts.append(head[at:m.start()])
            at = m.end()
    return [*parts, head[at:]]


def asked_items(norm: str) -> list[str]:
    """The things a question asks the sum of, as written (`概念验证中心和中试基地一共有多少家` →
    [概念验证中心, 中试基地]); [] when it asks no sum or names fewer than two things."""
    m = _SUM_WORD.search(norm)
    if m is None:
        return []
    head = re.split(pauses("，；;"), _LEAD.sub("", norm[:m.start()].strip()))[-1]
    head = _TIME_FRAME.sub("", head)
    items = [_ITEM_TAIL.sub("", re.sub(r"^[\s“”\"'‘’的]+", "", i)) for i in _items_apart(head)]
    items = [i for i in items if len(i) >= 2]
    return items if len(items) >= 2 else []
