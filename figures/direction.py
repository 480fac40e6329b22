"""The words for a fall and a rise of an amount: one vocabulary for what a text states and what a
question asks.

Reports and questions name the direction of a change with the same verbs (`下降`, `增加` …), so every
reader derives its pattern from these lists. The variants differ only in what their side's wording adds:
- a passage reaches a value with the verb's short form and 到/至 (`降至`, `减到`: `FALL_TO`) and states
  an amount of change as a noun (`增量`, `净增`, `减量`: `RISE_AMOUNT`, `FALL_AMOUNT`);
- a question (and speech) also says the direction with one character and 了/得 (`比去年少了`, `涨了`,
  `降得最多`, `减得最多`: `FALL_SPOKEN`, `RISE_SPOKEN`);
- a reader that must not take an amount asked for a direction (`增加了多少`) adds its own lookahead;
- a figure right after a change word is the change, not the level (`CHANGE_BEFORE`); a level is named by
  its verb and 到/至 (`TO_LEVEL`).
"""
from __future__ import annotations

import re

# a time's change too (`作业时长比去年缩短11分钟`, `服务时间延长1小时`)
FALL_VERBS = ("下降", "降低", "减少", "回落", "下滑", "缩减", "压减", "下调", "缩小", "缩短")
RISE_VERBS = ("上升", "增加", "增长", "提高", "提升", "上涨", "上调", "延长")
# one character and 了/得; 少了/多了 not the end of 最少, 至少, 多少 (`最少了`, `多少了`)
# (and 多/少 before a verb of one character asked by how much: `多给了多少`, `少招了几个`: more, fewer than before)
FALL_SPOKEN = r"(?<![最至多])少了|减了|降了|[降减]得|(?<![最至多])少[\u4e00-\u9fff]了(?=多少|几)"
RISE_SPOKEN = r"(?<![最至少])多了|涨了|涨得|(?<!改)扩了|(?<![最至少许])多[\u4e00-\u9fff]了(?=多少|几)"  # `扩了`: grew
FALL_TO = r"[降减](?:至|到)"  # `降至`, `减到`: a text's fall to its end value
# a text's amount of change named as a noun (`净增3000人`, `减量12所`)
RISE_AMOUNT = ("增量", "净增")
FALL_AMOUNT = ("减量", "净减")


def alternation(*words: tuple[str, ...] | str) -> str:
    """A regex alternation of word lists (longest first, so `降低` wins over a shorter word) and of
    patterns given as strings (kept as written)."""
    listed = sorted({w for group in words if isinstance(group, tuple) for w in group}, key=len, reverse=True)
    return "|".join([re.escape(w) for w in listed] + [group for group in words if isinstance(group, str)])


FALL = re.compile(alternation(FALL_VERBS))  # a fall as a text writes it
ASKS_FALL = re.compile(alternation(FALL_VERBS, FALL_SPOKEN))  # a fall as a question (or speech) says it
ASKS_RISE = re.compile(alternation(RISE_VERBS, RISE_SPOKEN))

# the verb of a level reached or to reach, with its 到/至 (`提高到`, `降至`, `控制到`, `建到`, `扩大到`, `达到`)
TO_LEVEL = rf"(?:{alternation(RISE_VERBS, FALL_VERBS, ('控制', '建', '扩大'))})(?:到|至)|{FALL_TO}|达到"
# words of an amount changed that name no fall or rise of an indicator's value: a scale widened, spending saved
CHANGED_ONLY = ("扩大", "节约")
# a change stated right before its figure (`增加1000元`, `净增30人`, `提高约5个百分点`), not its level (`提高到`,
# `增至`): what precedes the figure, searched at its end
CHANGE_BEFORE = re.compile(
    rf"(?:{alternation(FALL_VERBS, RISE_VERBS, FALL_AMOUNT, RISE_AMOUNT, CHANGED_ONLY)})了?(?:约|近|超过|超)?\s*$")
# … and as speech states it against its base (`比去年多了47人`, `较上年少12所`): one character after the base compared
SPOKEN_CHANGE_BEFORE = re.compile(r"[比较][^，,。；;\d]{1,10}?(?:多|少|涨|降)了?(?:约|近|超过|超)?\s*$")


def states_change(before: str) -> bool:
    """The words `before` a figure state it as a change, written or spoken (`增加`, `比去年多了`), not its level."""
    return bool(CHANGE_BEFORE.search(before) or SPOKEN_CHANGE_BEFORE.search(before))
