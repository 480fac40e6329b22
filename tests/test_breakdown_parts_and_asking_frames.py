"""A figure after a breakdown is the whole's, never one listed part's; a noun before the asking word is the
indicator, not a frame a sentence must echo; a count lists the groups it takes together only right after its
counter — on a preschool and a funding report written here."""
from __future__ import annotations

import pytest

from server.answer.text import asked_frame
from server.answer.whosefigure import whose
from server.service import Service
from tests.written import first_figure, service_over

REPORT = """琅溪县2025年学前教育和教育经费情况报告
琅溪县教育局
2026年2月10日
一、学前教育
全县幼儿园共42所，其中公办园20所、普惠性民办园16所、非普惠性民办园6所，在园幼儿9300人。
全年为超1.2万名适龄儿童免费提供视力和口腔检查。
二、教育经费
2025年，全县教育经费总投入为9.6亿元，比上年增长5.1%；全县学前教育经费总投入1.2亿元，比上年增长8.0%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "breakdown-frames", {"langxi-preschool-funds-2025": REPORT})


def test_a_part_of_a_breakdown_is_not_answered_with_the_whole(service):
    r = service.ask("琅溪县非普惠性民办园里有多少在园幼儿？")
    assert r.abstained and not r.figures, r.answer


def test_the_whole_after_a_breakdown_still_answers_for_the_whole(service):
    r = service.ask("琅溪县有多少在园幼儿？")
    assert first_figure(r) == (9300.0, "人"), r.answer


def test_a_noun_before_the_asking_word_is_no_frame(service):
    assert asked_frame("教育经费总投入多少") == ""
    assert asked_frame("连续工作满几年") == "工作满"
    r = service.ask("琅溪县2025年教育经费总投入多少？")
    assert first_figure(r) == (9.6, "亿元"), r.answer


def test_a_list_deep_in_the_clause_is_no_group_counted(service):
    text = "全年为超1.2万名适龄儿童免费提供视力和口腔检查。"
    assert whose(text, text.index("1.2")).role != "listed"
    listed = "对全县120所中小学、幼儿园开展了检查。"
    assert whose(listed, listed.index("120")).role == "listed"
    r = service.ask("琅溪县为多少名适龄儿童免费做视力和口腔检查？")
    assert not r.abstained and "1.2万" in r.answer, r.answer
