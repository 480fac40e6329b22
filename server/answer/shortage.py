"""A shortage stated as a figure (`体育教师尚缺17人`, `学位缺口300个`, `尚缺3名`) is what is missing, not what
there is: a question asking how many there are is not answered by it, whatever nouns the two share, and one
asking how many are missing (`还差几个`, `缺多少`) is. Read by the evidence ranking (server/answer/evidence.py)
and the kind check (server/answer/askedkind.py).
"""
from __future__ import annotations

import re

from figures.numbers import find_quantities

# a shortage word just before its figure, within its clause (no pause, no other figure between)
_SHORTAGE = re.compile(r"(?:缺额|缺口|空缺|短缺|缺编|缺少|尚缺|仍缺|还缺)"
                       r"[^，；;。：:\d一二两三四五六七八九十百千万]{0,4}$")
# the words asking a shortage (缺, 差, 不足) or what must still be added (还需, 补充)
_ASKS_SHORTAGE = re.compile(r"缺|差|不足|不够|短|还需|还要|补充|补齐|空编")
# how many more it takes (`还差多少人`, `还需要多少`, `还要再增加几所`)
ASKS_SHORT = re.compile(r"(?:还|仍|尚)(?:差|缺|需要?|要|得)[\u4e00-\u9fff]{0,6}?(?:多少|几)")
# words by which a table's row or column holds what is still to do (`缺口`, `尚需`, `未完成`, `剩余`, `待建`)
_STILL_TO_DO = re.compile(r"缺|差|不足|需|未|剩|待|余|欠")


def asks_shortage(norm: str) -> bool:
    """Whether a question asks what is missing (`还差几个`, `缺多少`), not what there is."""
    return bool(_ASKS_SHORTAGE.search(norm))


def stock_cell_for_shortfall(norm: str, cell_context: str) -> str:
    """Why a table cell whose row and column name nothing still to do (`合计 教室数`) does not answer how many more it
    takes (`还得再添几台`): it is what there is; '' when it may answer."""
    if not ASKS_SHORT.search(norm) or _STILL_TO_DO.search(cell_context):
        return ""
    return "它是表中现有的数，不是还差的数"


def states_shortage(before: str) -> bool:
    """Whether the text up to a figure ends on a shortage word of the figure's own clause (`仍缺额`)."""
    return bool(_SHORTAGE.search(before))


def shortage_only(text: str) -> bool:
    """Whether every figure `text` states is a shortage (`…尚缺十七人，多在村小`)."""
    found = [q for q in find_quantities(text) if q.is_measure]
    return bool(found) and all(states_shortage(text[:q.start]) for q in found)
