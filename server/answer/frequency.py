"""How often asked (`多久查一次`, `多长时间检查一次`): inspection and activity rules state how often an act is done
per period (`每学期至少检查2次`) and, in the clauses after it, how often in another period or case (`汛期每周
一次`, `考试期间每天一次`). The answer quotes every frequency the sentence states on from the one found, not the
first clause alone, which would read as the only rule."""
from __future__ import annotations

import re
from collections.abc import Callable

from ingest.clauses import clause_end
from ingest.structure import split_sentences

# how often asked: a span of time asked, then once (`多久检查一次`, `隔几天查一回` read as 一次 by plain_words.tsv)
_ASKS_HOW_OFTEN = re.compile(r"(?:多久|多长时间|隔几天|几天|几周|几个?星期|几个?月)[^，,。？?]{0,8}?一次")
# a clause stating a frequency: a period (每周, 每月, 每学期 …) and a count of times in it
_FREQUENCY = re.compile(r"每(?:天|日|周|星期|个?月|季度?|学期|学年|年|半年)[^，,；;。]{0,16}?"
                        r"(?:\d+|[一二两三四五六七八九十]+)\s*次")
_PAUSE = "，,；;"


def asks_how_often(question: str) -> bool:
    return bool(_ASKS_HOW_OFTEN.search(question))


def frequencies_after(text: str, span: tuple[int, int], quoted: str, question: str) -> str:
    """The clauses right after `quoted` (a frequency's clause, in text[span]) that each state a frequency too,
    when the question asks how often; '' otherwise."""
    at = text.find(quoted, *span)
    if at < 0 or not asks_how_often(question) or not _FREQUENCY.search(quoted):
        return ""
    right = end = at + len(quoted)
    while end < span[1] and text[end] in _PAUSE:
        after = clause_end(text, end + 1, ceiling=span[1])
        if not _FREQUENCY.search(text, end + 1, after):
            break
        end = after
    return text[right:end]


def states_frequency(text: str) -> bool:
    return bool(_FREQUENCY.search(text))


def frequency_sentence(passages: list[tuple[str, int, int]], cover: Callable[[str], float],
                       floor: float) -> tuple[int, tuple[int, int]] | None:
    """How often asked where the evidence sentence states no frequency (it counts the schools a problem was found
    in): the sentence of the passages (text, start, end) that states one and carries the most key terms, at least
    `floor` of them, with the passage's index; None when none does."""
    found = [(cover(text[s:e]), -i, i, (s, e)) for i, (text, start, end) in enumerate(passages)
             for s, e in split_sentences(text, start, end) if states_frequency(text[s:e])]
    found = [f for f in found if f[0] >= floor]
    if not found:
        return None
    _, _, i, span = max(found)
    return i, span
