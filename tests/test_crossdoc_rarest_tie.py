"""`哪些文件提到了X`: the word of X a passage must name (the rarest in the library) is chosen the same way
in every process. Words of X counted in the same passages (a compound and its parts) tie on rarity; a
set's order changes with the process's string hashing (PYTHONHASHSEED), so a tie settled by that order
listed a document in one run and not in the next. The most specific — the longest — is weighed, equal
lengths by spelling."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from server.answer.crossdoc import _names_specific
from server.query import analyse
from server.regions import RegionCatalog


class _Reader:
    """As much of a Reader as the check reads: one passage, every word of X equally rare, and a record of
    the word weighed by nearness of meaning."""

    def __init__(self, text: str):
        self.flat = {"c": text}
        self.near = self
        self.weighed: list[str] = []

    def idf(self, word: str) -> float:
        return 2.5

    def near_word(self, word: str, text: str) -> None:
        self.weighed.append(word)


@pytest.mark.parametrize(("question", "weighed"), [
    ("哪些县的文件提到了骨干教师交流比例", "骨干教师交流比例"),  # a compound and its parts 骨干教师, 交流, 比例
    ("哪些文件提到了课后服务参与率", "课后服务"),  # two words of different lengths
    ("哪些县提到了营养改善计划覆盖率", "营养改善计划"),
    ("哪些报告涉及教师培训经费", "经费"),  # 教师, 培训, 经费: one length, by spelling
])
def test_equally_rare_words_of_the_thing_asked_yield_the_longest(question: str, weighed: str) -> None:
    query = analyse(question, RegionCatalog({}))
    reader = _Reader("全年新增校舍面积3.2万平方米。")  # names no word of it: nearness decides
    hit = SimpleNamespace(chunk=SimpleNamespace(chunk_id="c"))
    assert not _names_specific(reader, query, hit)  # type: ignore[arg-type]
    assert reader.weighed == [weighed]
