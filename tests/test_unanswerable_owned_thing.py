"""A thing asked of its owner (`X初赛的考题是什么`) that the document writes only of something else — no sentence
naming both, no heading or title naming the owner over it — is not stated: an abstention saying so, never a
neighbouring sentence; a thing under a heading or title naming its owner is answered. Written documents only —
server/answer/unwritten.py (owned_asked)."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

SUMMARY = """柘塘区朗诵比赛工作小结（2026年）
一、概况
比赛共三轮，最后一轮即决赛在区大剧院举行，十五所学校派队。
二、做法
一是用心挑选篇目。篇目以家国情怀、青春奋斗为主，收上来六十篇，用了其中二十篇。
二是赛前辅导。办了两期朗诵培训，一百二十名同学参加。
三、主题
本届比赛以“声动青春，诵读经典”为主题。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "owned-thing", {"zhetang-recital": SUMMARY})


def test_a_thing_written_only_of_the_whole_contest_is_not_the_finals(service: Service) -> None:
    r = service.ask("柘塘朗诵比赛决赛的篇目是什么")
    assert r.abstained, r.answer
    assert "决赛" in r.answer and "篇目" in r.answer, r.answer


def test_a_thing_under_a_title_naming_its_owner_is_answered(service: Service) -> None:
    r = service.ask("柘塘朗诵比赛的主题是什么")
    assert not r.abstained, r.answer
    assert "声动青春" in r.answer, r.answer
