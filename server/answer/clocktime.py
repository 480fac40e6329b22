"""A time of day asked (`几点放学`, `最晚待到几点`): the clock time a sentence states for it (`17:30`,
`下午5点半`, `18时30分`), which is no measure and so never the quantity a figure lookup picks."""
from __future__ import annotations

import re
from collections.abc import Callable

from figures.numbers import whole_number
from ingest.clauses import clause_end, clause_start
from server.lexicon import stages_named

# 几点 asking a time (`几点放学`, `待到几点`, `晚上几点熄灯`), not counting the points of a list (`提了几点要求`,
# `哪几点意见`, `第几点`): the nouns a list's points are counted as, in speeches and replies
_POINTS_OF = ("要求|意见|建议|措施|做法|经验|体会|启示|思考|考虑|希望|打算|原因|理由|内容|任务|目标|变化|不足|问题|"
              "工作|举措|看法|认识|说明|规定|原则|要点|成效|亮点|共识|收获|改进|整改|安排|部署|方面")
ASKS_CLOCK = re.compile(rf"(?<![哪第])几点(?:钟|几分)?(?!{_POINTS_OF})")

_NUMERAL = r"[零〇一二两兩三四五六七八九十\d]{1,3}"
_DAY_PART = r"上午|下午|中午|晚上|晚間|晚间|早上|傍晚|凌晨|早晨"
# a clock time as documents write it: `18:30`; `18时30分`; with a part of the day or a half/whole hour
# (`下午5点半`, `7点整`). A bare `三点` is not one: it counts the points of a list as often
CLOCK = re.compile(
    r"(?<![\d.:：])(?:[01]?\d|2[0-3])[:：][0-5]\d(?![\d:：])|"
    rf"(?:{_DAY_PART}){_NUMERAL}[点點时時](?:半|整|{_NUMERAL}分|[钟鐘])?|"
    rf"(?<![\d零〇一二两三四五六七八九十]){_NUMERAL}(?:[点點](?:半|整|{_NUMERAL}分|[钟鐘])|[时時]{_NUMERAL}分)")


def asks_clock(norm: str) -> bool:
    """Whether a question asks a time of day."""
    return bool(ASKS_CLOCK.search(norm))


def clock_clause(text: str, span: tuple[int, int], cover: Callable[[str], float]) -> tuple[str, str] | None:
    """The clock time of the sentence text[span] in the clause (between ，；) that carries most of the
    question's key terms (`放学时间不早于16:50；…看护延至19:00` asked `最晚几点` → 19:00), with that
    clause; the first among equals. None when the sentence states no clock time."""
    s, e = span
    best: tuple[float, str, str] | None = None
    for m in CLOCK.finditer(text, s, e):
        left, right = clause_start(text, m.start(), floor=s), clause_end(text, m.end(), ceiling=e)
        said = text[left:right].strip()
        weight = cover(said)
        if best is None or weight > best[0]:
            best = (weight, m.group(0), said)
    return (best[1], best[2]) if best else None


def stage_clocks(text: str, span: tuple[int, int]) -> list[tuple[str, str, str, str]]:
    """(stage as written, stage, clock time, clause) of each school stage the sentence text[span] sets its own clock
    time for (`小学17:30前放学，初中18:10前放学`), in text order. Empty unless two or more clauses each name
    one stage, a different one, with a clock time."""
    s, e = span
    found: list[tuple[str, str, str, str]] = []
    for m in CLOCK.finditer(text, s, e):
        said = text[clause_start(text, m.start(), floor=s):clause_end(text, m.end(), ceiling=e)].strip()
        named = dict((stage, written) for written, stage in stages_named(said))
        if len(named) != 1 or any(stage in named for _, stage, _, _ in found):
            return []
        stage, written = next(iter(named.items()))
        found.append((written, stage, m.group(0), said))
    return found if len(found) > 1 else []


_AFTERNOON = ("下午", "晚上", "晚間", "晚间", "傍晚")  # parts of the day whose hours 1–11 are after noon
_HOUR_MINUTE = re.compile(rf"({_NUMERAL})(?:[:：点點时時])(半|整|{_NUMERAL}(?=分|$)|[钟鐘])?")


def clock_minutes(written: str) -> int | None:
    """Minutes after midnight of a clock time as CLOCK finds it (`18:00` → 1080, `晚上8点40分` → 1240, `下午5点半`
    → 1050); None when it does not read as one."""
    m = _HOUR_MINUTE.search(written)
    if m is None:
        return None
    try:
        hour = whole_number(m.group(1))
        tail = m.group(2) or ""
        minute = 30 if tail == "半" else 0 if tail in ("", "整", "钟", "鐘") else whole_number(tail)
    except ValueError:
        return None
    if hour < 12 and written.startswith(_AFTERNOON):
        hour += 12
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def clock_text(minutes: int) -> str:
    """`20:40` of 1240."""
    return f"{minutes // 60}:{minutes % 60:02d}"
