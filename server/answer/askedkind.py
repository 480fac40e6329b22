"""Whether a figure stated in a document is the kind of quantity a question asks, whatever its words share
with the question: an amount per one (`一台花了多少`, `每个孩子每年能分到多少`) is neither the count of those
ones (300台) nor a total (设备购置费2400万元); an actual year's value is no requirement (`不低于8%`); a bound
asked (`一所学校最多收多少人`) is no threshold naming a kind of thing (`2000人以上的大规模学校`); the rest asked
(`不是X的`) is not X's own figure; the thing `除A外` sets aside is not the one the sentence then gives a figure
of (`除A外，另补B300元`). Each check reads only stated figures: a computed one carries its own formula.
Called by the verification step (server/answer/verify.py) between composing and returning.
"""
from __future__ import annotations

import re

from figures.direction import ASKS_FALL, ASKS_RISE
from figures.numbers import Quantity, canonical_unit, find_quantities
from figures.years import years_named
from ingest.normalize import normalize, pauses
from server.answer.draft import Claim
from server.answer.evidence import Reader, unit_kind
from server.answer.exclusion import exclusions
from server.answer.perone import PER_ONE, PER_PUPIL_ASKED, asks_per_one, people_per_one, states_per, states_per_one
from server.answer.shortage import asks_shortage, states_shortage, stock_cell_for_shortfall
from server.intent import COUNTERS
from server.query import Query

_CLAUSES = re.compile(pauses("，；;：:。"))
# a part singled out of a whole the question counts (`142家机构中`, `这300名教师里`) and then asked of
_PART_OF_GIVEN = re.compile(r"[^，。？?]{0,16}?(?:中|里|当中|之中|其中)[^，。？?]{0,12}?(?:多少|几)")
# a figure the question sets as the basis of a computation it asks (`按每生20元算`, `以每班45人计`)
_BASIS_BEFORE = re.compile(r"(?:按|以|按照)[^，,。？?]{0,8}$")
_BASIS_AFTER = re.compile(r"[^，,。？?]{0,4}?(?:算|计)")
# a clause without the words of a rate (server/answer/perone.py) states a total when it says so or writes 万/亿
_TOTAL_STATED = re.compile(r"共|合计|总|累计|支出|投入|投资|预算|拨付|下达|安排|筹措")
# a requirement's bound (`不低于8%`, `原则上不超过40人`, `应达到`): a rule, not a value measured (`达到90%以上` may
# be one); 应 alone is no rule word (应届, 供应, 相应, 对应)
_RULE = re.compile(r"不低于|不少于|不超过|不高于|不得(?:低于|少于|超过|高于)|至少|原则上|须"
                   r"|应当|应该|应(?=达|不低|不少|在)")
# a level aimed at (`力争达到95%`, `预计完成`): what a plan hopes for, not a value measured either
_AIM = re.compile(r"力争|争取|预计|预期|拟")
# a question asking the rule itself (a requirement, a standard, a target), or a level to reach
_ASKS_RULE = re.compile(r"要求|标准|规定|应|须|不低于|不少于|不超过|不高于|至少|最多|最少|最高|最低|控制|目标|计划|规划"
                        r"|力争|要|上限|下限|底线|门槛|达到|任务|指标|预期|预计|将")
_ASKS_ACTUAL = re.compile(r"实际|实有|现在|目前|当前|如今")
_ASKS_EXISTING = re.compile(r"(?:一共|总共|共)有(?:几|多少)")  # the count of what there is
# a level written as reached by a verb of reaching, right before it (`…率达到X%`, `提高到X%`)
_REACHES = re.compile(r"(?:达到|提高到|提升到|增加到|增至|实现)[^，；。\d]{0,4}$")
# a bound asked (`最多收多少人`, `上限是多少`)
_ASKS_BOUND = re.compile(r"最多|最少|最高|最低|上限|下限|不超过|不得超过|控制在|至少")
# a threshold naming a kind of thing (`2000人以上的大规模学校`, `3000人及以上的超大规模学校`): the figure names the kind
_THRESHOLD = re.compile(r"(?:及|或)?以[上下]$")
_NAMES_KIND = re.compile(r"的?[^\W\d_为是和及或且时就]")
_KIND = re.compile(r"[\u4e00-\u9fff]{0,6}")
# the rest asked by what it is not (`经费里不是上级补助的`, `不属于X的`); `除X以外的` is read by answer/exclusion.py
_NOT_OF = re.compile(r"(?:不是|不属于|并非|不算)([\u4e00-\u9fff]{2,16}?)的")
# words by which a passage states a rest itself (`其余`, `以外`, `另`), not only the part set aside
REST_STATED = re.compile(r"不|没|未|非|其余|剩下|剩余|[以之]外|另")
# `除A外，另补B…`: A is set aside, the figure after it is B's
_ASKS_BESIDES = re.compile(r"除|以外|之外|另|额外")
# an addition asked over several things (`那三个项目投资一共加起来`, `这些项目投资之和`), answered only by a figure
# stated as their total (`四个项目共投资5.2亿元`), not by one thing's own total (`建筑面积6000平方米，总投资3500万元`);
# several is pointed at (那几, 这些), not only asked of (`有几所`, `各多少`)
ADD_UP = re.compile(r"加起来|加在一起|相加|之和")  # words asking figures added up
_SEVERAL = re.compile(r"那几|这几|这些|那些|[两三四五六七八九十]个|[两三四五六七八九十][项所类]")
_SUM_STATED = re.compile(r"合计|共计|总计|累计|一共|总共|共有|共(?:投|新|建|完成|计划|安排|筹)"
                         r"|[两三四五六七八九十几]+[个项所类][^，；。]{0,8}?(?:共|总)")
# an amount asked over a term or a year; a rate stated per a shorter period, and one asked
_LONG_PERIOD = re.compile(r"学期|学年|一年|每年|全年")
_SHORT_PERIOD = re.compile(r"每(?:生|人)?每?(天|日|月|周|小时)")
_SHORT_PERIOD_ASKED = re.compile(r"每(?:生|人)?每?(?:天|日|月|周|小时)|一天|一个月|一周|每顿|一顿|一小时")
# which item fell or rose asked (`哪个科目今年压缩了`, `哪些科目增加了`): a change column's cell (增减额, 增长率) of
# the other sign is an item that moved the other way
_ASKS_WHICH = re.compile(r"哪(?:一)?(?:项|块|个|类|些|部分|所|方面|种|科目|笔)")
_CHANGE_COLUMN = re.compile(r"(?:增减|增长|增幅|变化|变动|增减额|增减幅度|增长率|比上年)[^\s]{0,4}$")


def unlike_kind(reader: Reader, query: Query, claim: Claim, context: str, value: float | None) -> str:
    """Why the stated figure of `claim` is another kind of quantity than the one asked, or ''."""
    if claim.computed:
        return ""
    own = _own(claim.unit, context, value)
    return (count_for_per_one(query, claim.unit) or _total_for_per_one(query, claim.unit, own)
            or _people_for_per_one(query, claim.unit, own) or _count_for_average(query, claim.unit, context)
            or _shorter_period(query, own)
            or _rule_for_actual(reader, query, claim, own) or _kind_for_bound(query, own)
            or _named_for_rest(query, context) or _set_aside(reader, query, claim) or _one_for_sum(query, own)
            or other_direction(query, context, value) or given_whole(query, claim.unit, value)
            or _shortage_for_stock(query, own)
            or (stock_cell_for_shortfall(query.norm, context) if claim.hit.chunk.row_index is not None else ""))


def given_whole(query: Query, unit: str, value: float | None) -> str:
    """The whole the question itself states before singling out a part of it (`120所学校中寄宿制的有几所`), or the
    basis it gives a computation (`按每生20元算`): the figure equal to it is that figure restated, never the
    part or the result asked."""
    if value is None:
        return ""
    for q in find_quantities(query.norm):
        if q.is_measure and q.value == value and canonical_unit(q.unit) == canonical_unit(unit) \
                and _PART_OF_GIVEN.match(query.norm, q.end):
            return f"它是问题已给出的全部（{q.text}），不是其中所问的部分"
        if q.is_measure and q.value == value and canonical_unit(q.unit) == canonical_unit(unit) \
                and _BASIS_BEFORE.search(query.norm[:q.start]) and _BASIS_AFTER.match(query.norm, q.end):
            return f"它是问题已给出的计算标准（{q.text}），不是按它算出的结果"
    return ""


def _own(unit: str, context: str, value: float | None) -> list[tuple[str, Quantity]]:
    """The clauses of `context` stating the figure (of `value` when known) with the figure in each."""
    found = [(c, q) for c in own_clauses(unit, context) for q in find_quantities(c) if q.unit == unit and q.is_measure]
    # the value as written (`2400万元` read as 万) matches none: every figure of the unit
    return [(c, q) for c, q in found if value is not None and value in (q.value, q.low, q.high)] or found


def own_clauses(unit: str, context: str) -> list[str]:
    """The clauses of `context` (between ，；：。) that state a figure in `unit`."""
    clauses = [c for c in _CLAUSES.split(context.replace(" ", "")) if c]
    return [c for c in clauses if unit and any(q.unit == unit and q.is_measure for q in find_quantities(c))]


def count_for_per_one(query: Query, unit: str) -> str:
    """A count of the very things an amount per one of them is asked of (`一台花了多少` → 300台, `每所学校
    配几名校医` → 学校12所)."""
    asked = PER_ONE.search(query.norm)
    if asked is None or not unit:
        return ""
    counter = asked.group(1)
    if canonical_unit(counter) != unit or unit in query.units:
        return ""
    return f"它是“{counter}”的个数，不是每一{counter}的数"


def _total_for_per_one(query: Query, unit: str, own: list[tuple[str, Quantity]]) -> str:
    """A total (`设备购置费2400万元`) for an amount asked per one (`每个孩子每年能分到多少`, `每户补多少`,
    `人均`), or a total of things (`添置图书8000册`) for their number per pupil or person asked (`生均图书`): the
    figure's own clauses state no amount per one and do state a total (by its words or 万/亿)."""
    kind = unit_kind(unit)
    per_head_count = kind not in ("money", "share", "area") and PER_PUPIL_ASKED.search(query.norm) is not None
    if (kind != "money" and not per_head_count) or "/" in unit or not own:
        return ""
    if not asks_per_one(query.norm):
        return ""
    if any(states_per_one(c) for c, _ in own):
        return ""
    if all(_TOTAL_STATED.search(c) or q.unit_as_written[:1] in "万亿" for c, q in own):
        return f"它是{'总额' if kind == 'money' else '总数'}，不是所问的每一份的数"
    return ""


def _people_for_per_one(query: Query, unit: str, own: list[tuple[str, Quantity]]) -> str:
    """All the people a service or a group of things covers (`接送学生1830人`) for the people per one of those
    things asked (`平均每辆车接送多少名学生`): its clauses state no figure per one of them."""
    counter = people_per_one(query.norm, query.units)
    if not counter or unit_kind(unit) != "people" or not own or any(states_per(counter, c) for c, _ in own):
        return ""
    return f"它是总人数，不是平均每{counter}的人数"


# an average per one thing asked outright (`平均每个考场…几份`, `平均每辆车…多少人`, `平均一个组…几人`), or with 平均
# after the thing (`每所学校平均…几份`)
_AVERAGE_PER_ONE = re.compile(rf"平均(?:每一?|一)(?P<counter>[{COUNTERS}])"
                              rf"|每一?(?P<after>[{COUNTERS}])[\u4e00-\u9fff]{{0,4}}?平均")


def _count_for_average(query: Query, unit: str, context: str) -> str:
    """A count (`送检水样300份`) for the average per one thing asked outright (`平均每个考场几份`): its clause states no
    figure per one (每, 均), so it is the count of them all. Money, shares and areas are judged by their own rules."""
    asked = _AVERAGE_PER_ONE.search(query.norm)
    if asked is None or unit_kind(unit) in ("money", "share", "area") or "/" in unit or states_per_one(context):
        return ""
    return f"它是总数，不是平均每{asked.group('counter') or asked.group('after')}的数"


def _shorter_period(query: Query, own: list[tuple[str, Quantity]]) -> str:
    """A rate per day or month (`每生每天5元`) for an amount asked over a term or a year (`秋季学期每个学生能
    拿到多少`): school days and months vary, so the rate is not the amount asked, nor is it converted here."""
    asked = _LONG_PERIOD.search(query.norm)
    if asked is None or _SHORT_PERIOD_ASKED.search(query.norm) or not own:
        return ""
    stated = [m for c, q in own if (m := _SHORT_PERIOD.search(c[:q.start]))]
    if len(stated) != len(own):
        return ""
    return f"它是每{stated[0].group(1)}的标准，不是所问{asked.group()}的数"


def _before(context: str, quantity: Quantity) -> str:
    """The context before a quantity, its own bound word (`不少于`) left out."""
    return context[:quantity.start]


def _through(context: str, quantity: Quantity) -> str:
    """The context up to a quantity's end, its own bound word (`应不低于85%`) in."""
    return context[:quantity.end]


def _rule_for_actual(reader: Reader, query: Query, claim: Claim, own: list[tuple[str, Quantity]]) -> str:
    """A requirement (`心理健康教师配备比例不低于8%`) or a level aimed at (`力争达到95%`) for the value of a
    year asked (`2023年…配备比例是多少`, `去年`, `实际`), or a bound for a share asked: a rule or a hope, not a
    value measured. Not for a year after the document's (a plan's target year) nor where the rule's own clause
    names the year asked."""
    if not own or _ASKS_RULE.search(query.norm):
        return ""
    # a share asked of counts (`A占B的比例是多少`) asks what they come to, the bound a rule sets on it no answer
    # (the bound word may be the figure's own, `应不低于85%` read as one bounded quantity)
    share = query.operation == "share" and all(_RULE.search(_through(c, q)) for c, q in own)
    # … and an average asked (`平均分是多少`) is one of values measured, never the bar each must reach
    mean = "平均" in query.norm and all(_RULE.search(_through(c, q)) for c, q in own)
    # … and a count of what there is (`一共有几个`) is the count stated, never a bound a rule sets on some of them
    share = share or all(bound_for_existing(query, _through(c, q)) for c, q in own)
    if not (query.years or query.relative_years or _ASKS_ACTUAL.search(query.norm) or share or mean):
        return ""
    issued = reader.documents[claim.hit.chunk.doc_id].meta.date[:4]
    later = _later_level(reader, query, claim, own, issued)
    if later:
        return later
    # the figure's own bound word makes a rule only of a share or a mean asked: a year asked (`今年…能进几个`) is
    # answered by a plan's bounded figure (`不少于N名`) as written
    ruled = _through if share or mean else _before
    if not all(_RULE.search(ruled(c, q)) or _AIM.search(c[:q.start]) for c, q in own):
        return ""
    if any(issued.isdigit() and int(y) > int(issued) or y in c for y in query.years for c, _ in own):
        return ""
    aimed = not any(_RULE.search(ruled(c, q)) for c, q in own)
    return "它是力争达到的目标，不是实际的数值" if aimed else "它是要求达到的标准，不是实际的数值"


def bound_for_existing(query: Query, through: str) -> bool:
    """A count of what there is asked (`一共有几个`) and the words `through` a figure's end set a rule's bound on it
    (`…的X不少于20个`): a requirement on some of them, not the count there is."""
    return bool(_ASKS_EXISTING.search(query.norm)) and bool(_RULE.search(through))


def _later_level(reader: Reader, query: Query, claim: Claim, own: list[tuple[str, Quantity]], issued: str) -> str:
    """The present asked (`现在`, `目前`) answered by a level its sentence sets to reach in a year after the
    document's own (`<a later year>…学期结束前，…达到X%` in a notice of this year): a target, whatever words date it,
    not the level now."""
    if query.years or query.relative_years or not _ASKS_ACTUAL.search(query.norm) or not issued.isdigit() \
            or not all(_REACHES.search(c[:q.start]) for c, q in own):
        return ""
    sentence = reader.documents[claim.hit.chunk.doc_id].text[claim.span[0]:claim.span[1]]
    later = [y for y in years_named(sentence) if y > int(issued)]
    return f"它是{later[0]}年要达到的目标，不是现在的数值" if later else ""


def _kind_for_bound(query: Query, own: list[tuple[str, Quantity]]) -> str:
    """A threshold that names a kind of thing (`不再新建2000人以上的大规模学校`) for a bound asked (`最多收多少人`):
    the figure says which things are of the kind, not how many the bound allows."""
    if not own or not _ASKS_BOUND.search(query.norm):
        return ""
    kinds = [q.text + _KIND.match(c, q.end).group()  # type: ignore[union-attr]
             for c, q in own if _THRESHOLD.search(q.text) and _NAMES_KIND.match(c, q.end)]
    if len(kinds) < len(own):
        return ""
    return f"它是“{kinds[0]}”这一类的界线，不是所问的限额"


def _named_for_rest(query: Query, context: str) -> str:
    """The figure of X itself (a table row `上级补助收入`, `其中上级补助…`) for the rest asked
    (`经费里不是上级补助的有多少`, `除了上级补助以外的收入`): it is the part set aside, not what is left."""
    bare = context.replace(" ", "")
    if REST_STATED.search(bare):
        return ""
    named_parts = [m.group(1) for m in _NOT_OF.finditer(query.norm)] + [
        e.part for e in exclusions(query.norm, ("except",))]
    for named in named_parts:
        if named in bare:
            return f"它是“{named}”本身的数，所问的是除此以外的部分"
    return ""


def _set_aside(reader: Reader, query: Query, claim: Claim) -> str:
    """A figure of what a sentence gives besides the thing asked (`除按规定享受营养膳食补助外，寄宿生每生每学期
    另补助300元` for 营养膳食补助): the thing asked is what `除…外` sets aside."""
    if _ASKS_BESIDES.search(query.norm) or not query.terms or claim.hit.chunk.row_index is not None:
        return ""
    text = reader.documents[claim.hit.chunk.doc_id].text
    sentence = normalize(text[claim.span[0]:claim.span[1]], drop_space=True)
    context = normalize(claim.context, drop_space=True)
    for e in exclusions(sentence, ("except",)):  # `除…外` read as a question's is (server/answer/exclusion.py)
        if e.opened is None:
            continue  # `X以外的Y` names a rest, sets nothing aside before a figure
        said, after = sentence[e.opened:e.closed], sentence[e.closed:]
        figure = context[context.find(said) + len(said):] if said in context else context
        # the thing asked is named in the part set aside; the rate words asked (每生, 每学期) may be the figure's
        named = [t for t in query.terms if t in e.part]
        if not named or not all(t in e.part or t in after for t in query.terms) or figure not in after:
            continue
        if any(q.unit == claim.unit for q in find_quantities(figure)) and not all(t in figure for t in named):
            return f"它是“{e.part}”以外另给的数，不是“{e.part}”的"
    return ""


def _one_for_sum(query: Query, own: list[tuple[str, Quantity]]) -> str:
    """One thing's figure (`建筑面积6000平方米，总投资3500万元`) for the addition of several asked (`那三个项目
    投资一共加起来多少`): the figure's own clauses do not state it as a total over several."""
    if not own or not ADD_UP.search(query.norm) or not _SEVERAL.search(query.norm):
        return ""
    return "" if any(_SUM_STATED.search(c) for c, _ in own) else "它是其中一项的数，不是所问几项加起来的合计"


def other_direction(query: Query, context: str, value: float | None) -> str:
    """A table row's change of one sign (`增减额：75.20`) for a question asking which item moved the other way
    (`哪个科目今年压缩了`): the row rose where a fall is asked, or fell where a rise is."""
    if value is None or not value or not _ASKS_WHICH.search(query.norm) or not _CHANGE_COLUMN.search(context.strip()):
        return ""
    fall, rise = bool(ASKS_FALL.search(query.norm)), bool(ASKS_RISE.search(query.norm))
    if fall != rise and (value > 0) == fall:
        return "它是增加的数，所问的是减少的一项" if fall else "它是减少的数，所问的是增加的一项"
    return ""


def _shortage_for_stock(query: Query, own: list[tuple[str, Quantity]]) -> str:
    """A shortage (`体育教师尚缺17人`, `学位缺口300个`) for the number there is asked (`有多少专任教师`): what is
    missing is not the stock, whatever nouns the two share."""
    if not own or asks_shortage(query.norm):
        return ""
    if not all(states_shortage(c[:q.start]) for c, q in own):
        return ""
    return "它是缺额（还缺的数），不是现有的数"
