"""A question of whether documents mention a thing (`哪些文件提到了X`) and the alternatives X may be
named by (`A或B`, a name with its short form in brackets `A（B）`): one definition for the query
analysis (the words either side join into one term) and the cross-document answer (a passage naming
either side mentions X).
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from ingest.normalize import normalize

# the verbs of a question about mentioning (`提到`, `涉及`, `部署了`, `出现过`)
_VERBS = r"提到|提及|涉及|说到|讲到|写到|谈到|部署了?|出现"
MENTION = re.compile(_VERBS)
# what a `哪些文件提到了X` asks about: X
# (X ends at the first pause: `…提到了X？各是什么情况？` asks about X, then what each says of it)
# (a year's business, `提到2027年要做的事`, mentions the year: what is done that year is whatever its clauses say;
# so does a time within a year, `2030年春季前办完的工作`, `2030年底前的任务`)
# (a topic's `问题` after its name, `说到防溺水问题`, names the topic: a passage on 防溺水 mentions it, whether
# it calls it a problem or not; not the `问题` a phrase names by 的, `存在的问题`)
# (so does a topic's `安排` after its name, `讲到X的安排`: a passage on X tells of its arrangements or none are made)
MENTIONED = re.compile(rf"(?:{_VERBS})(?:了|过)?[“\"]?([^？?。，,；;]+?)[”\"]?"
                       r"(?:的(?:内容|文件|地区|省份|报告)|(?<=[\u4e00-\u9fff]{2})(?<!的)(?:方面的?)?问题|"
                       r"(?<=[\u4e00-\u9fff]{2})(?<!的)的?安排|"
                       r"(?<=[年季底末月前])(?:要|将|计划|准备)?(?:做|干|办|开展|完成|落实)?的?"
                       r"(?:事情?|工作安排|工作|安排|任务|打算))?(?:吗|呢)?(?:[？?。，,；;]|$)")
# `X在某区几份报告中各自讲到哪些内容`: the thing first, then what each of a place's documents says of it
_SUBJECT_FIRST = re.compile(r"^(?P<thing>[^？?。，,；;]{2,}?)(?:在|于)[^？?。，,；;]{0,10}?"
                            r"(?:文件|报告|材料|资料)(?:里|中)"
                            rf"(?:分别|各自?)都?(?:{_VERBS})(?:了|过)?(?:什么|啥|哪些内容)")


# a place's documents counted by the question (`这三份方案`, `两个文件`): which documents, not a thing asked of them
COUNTED_DOCUMENTS = re.compile(r"(?:这|那)?(?:两|二|三|几)(?:份|个|篇)(?:文件|通报|通知|报告|方案|材料|总结)")
# `三份报告中X的状况如何`: a place's documents, counted, then the thing each says something of (X, up to 的)
IN_COUNTED = re.compile(rf"{COUNTED_DOCUMENTS.pattern}(?:里|中)"
                        r"(?P<thing>[^？?。，,；;的]{2,12}?)的?(?:学校|各校|工作)?"
                        r"(?:情况|状况)(?:怎么样|怎样|如何|是什么|有哪些)")


# a 把 whose object only holds the place of whatever each document puts there (`提到将相关工作列入X`): what is
# mentioned is the act that follows it (纳入X), done to any object
_PLACEHOLDER = re.compile(r"^(?:把|将)(?:有关|相关|哪些|什么|这些|某些|各项|一些)的?"
                          r"(?:内容|工作|事项|事情|情况|东西|方面|成果)?(?=[\u4e00-\u9fff]{2})")


# which documents link a result to a use (`哪些文件把督查结果与绩效挂钩`, `…与评优联系起来`): evaluation and
# supervision reports state the link as the use of whatever their own check yields (检查结果与评优挂钩, 考评分数
# 纳入…考核, 等次作为…的依据), each naming the result in its own words; the result asked by a generic word only
# holds its place, and what is mentioned is the use it is linked to
_LINKED = re.compile(r"(?:把|将)(?:结果|成绩|得分|分数|等次|等级|结论)(?:和|与|同|跟)(?P<thing>[^？?。，,；;]{2,16}?)"
                     r"(?:联系起来|联系在一起|挂钩|挂起钩来?|关联起来|结合起来|联系|关联)(?:了|的)?(?:吗|呢)?"
                     r"(?:[？?。，,；;]|$)")


def linked(norm: str) -> bool:
    """The question asks which documents link a result to a use (_LINKED): a document does only in a clause naming
    that use as written or nearly (names_near), not in one sharing its generic words (年度考核 of a teacher's own
    review for a school's 学校年度考核)."""
    return _LINKED.search(norm) is not None


def mentioned(norm: str) -> tuple[str, str] | None:
    """The thing a question about mentioning asks (X of `哪些报告提到X`, of `X在几份报告中各自讲到哪些内容`, of
    `三份报告中X的状况如何`, the use of `哪些文件把结果与X挂钩`) and the phrase holding it, or None."""
    first = _SUBJECT_FIRST.search(norm) or IN_COUNTED.search(norm) or _LINKED.search(norm)
    if first is not None:
        return first.group("thing"), first.group(0)
    m = MENTIONED.search(norm)
    return (_PLACEHOLDER.sub("", m.group(1)), m.group(0)) if m else None


# `A或B` (not 或许 / 或将, which hedge), and another name in brackets right after a word (`A（B）`: a
# bracket of 2–10 characters and no digits — not a unit or a year in brackets)
OR = re.compile(r"或者|或是|(?<![或])或(?![许将])|[(（](?=[^)）\d]{2,10}[)）])")


def alternatives(thing: str) -> list[str]:
    """The names `thing` is given by: `A或B` → [A, B]; `A（B）` → [A, B]; anything else → [thing]."""
    names, start = [], 0
    for m in OR.finditer(thing):
        names.append(thing[start:m.start()])
        start = m.end()
        if m.group() in "(（":  # the bracketed name ends at its closing bracket
            close = min(i for i in (thing.find(")", start), thing.find("）", start)) if i >= 0)
            names.append(thing[start:close])
            start = close + 1
    names.append(thing[start:])
    return [n for n in names if n]


# X as documents write it with small variations (`“X”` quoted or not, `互联网+X` with a prefix, one word
# left out: `校舍改造工程` for `校舍安全改造工程`, either script): a clause holding this share of X's
# characters, in X's order and in runs of at least two, names X
NEAR_SHARE = 0.8
NEAR_RUN = 2
NEAR_MIN_CHARS = 4  # a shorter X is matched only literally: a few characters leave no room for variation
_NON_WORD = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")


def holds_number(thing: str) -> bool:
    """An X holding a number (a time: 2030年春季) is named only as written: a year or a count one off is another."""
    return bool(_DIGIT.search(thing))


def letters(text: str) -> str:
    """The matching form of a name or a clause: normalised (Simplified, half width), no punctuation or spaces."""
    return squeezed(normalize(text))


def squeezed(norm: str) -> str:
    """`letters` of a text already normalised (a passage's matching form)."""
    return _NON_WORD.sub("", norm)


def names_near(thing: str, clause: str) -> bool:
    """Whether `clause` (in the form `letters` gives) names `thing` (in that form too) literally or with
    small variations (NEAR_SHARE)."""
    if not thing or thing in clause:
        return bool(thing)
    if len(thing) < NEAR_MIN_CHARS or holds_number(thing):
        return False
    matcher = SequenceMatcher(None, thing, clause, autojunk=False)
    held = sum(b.size for b in matcher.get_matching_blocks() if b.size >= NEAR_RUN)
    return held >= NEAR_SHARE * len(thing)


def may_name(thing: str, passage: str) -> bool:
    """A cheap first look (`passage` in the form `letters` gives): enough of X's character pairs are in
    it for some clause of it to name X (runs of two or more holding NEAR_SHARE of X's characters hold
    at least half as many of its pairs)."""
    if len(thing) < NEAR_MIN_CHARS or holds_number(thing):
        return thing in passage
    pairs = {thing[i:i + 2] for i in range(len(thing) - 1)}
    return sum(p in passage for p in pairs) >= NEAR_SHARE * len(thing) / 2
