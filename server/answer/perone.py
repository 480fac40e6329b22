"""Per one or in total: whether a question asks an amount per one thing and whether a clause states one.

Reports, budgets and news state a total (`共投入450万元`) beside what it buys or whom it covers, and state a
rate with 每/均/标准 (`每生每年600元`, `生均`, `元/生`); people ask a rate as they say it (`一辆合多少钱`,
`每户补多少`, `人均`). The handler that divides a total by its count (server/answer/perunit.py) and the checks
that a total never answers a rate, nor a rate a total (server/answer/askedkind.py, server/answer/verify.py),
read these words here, so that what one computes the others accept. Money per head as a unit of the question
(`生均` → 元/生) is the intent's (server/intent.py PER_HEAD), which reads it first.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from figures.numbers import find_quantities
from server.intent import COUNTERS

# one of a counted thing asked, with the counter people say it with (`每间`, `一辆`): not an ordinal or a count
# (第一所, 十一个), not which one or the same one (`哪一所学校投入最多`, `同一所学校`), not 一个百分点 or 一次性
PER_ONE = re.compile(rf"(?<![第哪同十几多\d])(?:每|一)(?P<counter>[{COUNTERS}]|处)(?!百分点|性)")
# … with its counter, for the handler that divides by a count in that counter's unit (`人均`: one person)
PER_ONE_ASKED = re.compile(rf"(?:平均)?{PER_ONE.pattern}|人均")
# … or per head, per household, shared out (`人均`, `摊多少`); not per year (`每年投入` is a year's total)
_PER_SHARE_ASKED = re.compile(r"人均|生均|平均每(?![年月])|每(?:人|生|户)|摊")
# money per pupil or per person asked (`每名住校学生…多少钱`, `生均`, `人均`, `每生`): a table's row gives it only as a
# cell its column states per head, else as its amount ÷ its pupils
PER_PUPIL_ASKED = re.compile(r"每(?:个|名|位)?[\u4e00-\u9fff]{0,4}?学生|生均|人均|每生|每人")
# the counters of things one is handed or orders (`每人订几册`, `每生几本`), not of people, visits, time or measures
_THINGS = frozenset(COUNTERS) - frozenset("名位次") | {"本"}
# the verbs of an allotment 各 spreads over each of the things named before it (`各安排`, `各补助`)
_EACH_VERBS = "安排|补助|奖励|奖补|拨付|下达|投入|资助|补贴|给予|配备|配套"
# the words by which a clause states an amount per one (`每生每年600元`, `生均`, `元/生`, `补助标准为`,
# `单价`, `一台0.6万元`), also an allotment to each of the things just named (`A校、B校各安排经费500万元`)
_PER_STATED = re.compile(rf"每|均|/|标准|单价|(?<![第十\d])一[{COUNTERS}]|各(?:{_EACH_VERBS})")
# the words just before an amount that make it one per thing (`每辆28万元`, `每生每天6元`)
RATE_LEAD = re.compile(r"每[^，,；;。]{0,8}$")
# a count per unit of time or per member (`每月`, `每所学校`, `每生`, a one-character unit: `每校`, `每班`, `每队`),
# in a question or before a clause's figure
PER_COUNTED = re.compile(r"每[一两二三四五六七八九十\d]*"
                         r"(?:个|所|名|位|年|月|周|天|日|学期|季度|人|生|校|班|队|组|园)")


# the words of an amount given per head or per counted thing (`每生每年20元`, `生均`, `人均`, `每所学校`), never one
# per period alone (`每年投入500万元` is a year's total)
_PER_HEAD_WORDS = re.compile(rf"每(?:生|人|学生|幼儿|班|校|[{COUNTERS}])|[生人校]均")


def per_head_words(words: str) -> bool:
    """The words around an amount give it per head or per counted thing: a rate, not a total."""
    return bool(_PER_HEAD_WORDS.search(words))


def asks_per_one(norm: str) -> bool:
    """The question asks an amount per one thing (`每个孩子每年能分到多少`, `每户补多少`, `人均`)."""
    return bool(PER_ONE.search(norm) or _PER_SHARE_ASKED.search(norm))


def states_per_one(clause: str) -> bool:
    """The clause states an amount per one (by 每, 均, a unit per thing, 标准, 单价 or `一台…`)."""
    return bool(_PER_STATED.search(clause))


def people_per_one(norm: str, units: tuple[str, ...]) -> str:
    """The counter of the thing a count of people is asked per one of (`平均每辆校车接送多少名学生` → 辆), ''
    when the question asks no people (its `units`) per one thing. Per head or per class is a ratio of its own
    (生师比, 班额), not a count shared out."""
    if "人" not in units:
        return ""
    m = PER_ONE_ASKED.search(norm)
    if m is None or not m.group("counter") or m.group("counter") in "个名位":
        return ""
    return m.group("counter")


def states_per(counter: str, clause: str) -> bool:
    """The clause states its figure per one of the things counted with `counter` (`每辆`, `一所`, `校均`), or
    spread over each (`各`, `平均`)."""
    return bool(re.search(rf"(?:每|一){counter}|{counter}均|各|平均", clause))


def only_per_one(sentence: str) -> bool:
    """Every count or amount the sentence states is one per head or per counted thing (`每校至少有1名骨干教师`,
    `每生每年300元`; not per period alone, `每周巡查2次`): it states no total of what it counts."""
    figures = [q for q in find_quantities(sentence) if q.is_measure and q.unit != "%"]
    leads = [RATE_LEAD.search(sentence, max(0, q.start - 10), q.start) for q in figures]
    return bool(figures) and all(m is not None and per_head_words(m.group()) for m in leads)


def things_counter(units: Sequence[str]) -> str:
    """The one counter of things among the units asked (`每人订几册`: 册); "" when none or several."""
    things = [u for u in units if u in _THINGS]
    return things[0] if len(things) == 1 else ""


def things_per_pupil_asked(norm: str, units: Sequence[str]) -> bool:
    """Things per pupil asked by their counter (`每人订几册`): a quotient of a row's things and its pupils."""
    return PER_PUPIL_ASKED.search(norm) is not None and things_counter(units) != ""


def quotient_per_pupil_asked(norm: str, units: Sequence[str]) -> bool:
    """Money or things per pupil asked in their unit (`每生多少元`, `每人订几册`): no total's cell answers it,
    its row's amount ÷ its pupils does (server/answer/rowquotient.py)."""
    money = any(u.startswith("元") for u in units)
    return things_per_pupil_asked(norm, units) or money and PER_PUPIL_ASKED.search(norm) is not None
