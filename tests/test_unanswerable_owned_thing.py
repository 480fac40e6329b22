"""A thing asked of its owner (`X决赛的辩题是什么`) that the document writes only of something else — no sentence
naming both, no heading or title naming the owner over it — is not stated: an abstention saying so, never a
neighbouring sentence; a thing under a heading or title naming its owner is answered. Written documents only —
server/answer/unwritten.py (owned_asked)."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

SUMMARY = """柘塘区2026年中学生朗诵比赛活动总结
一、总体情况
本届比赛分初赛、复赛和决赛三轮，决赛在区大剧院举行，共有十五所学校参赛。
二、主要做法
一是精心选篇。篇目围绕家国情怀、青春奋斗等主题征集，共征集篇目六十个，最终选用二十个。
二是赛前辅导。组织两期朗诵培训，参训学生一百二十人。
三、活动主题
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
