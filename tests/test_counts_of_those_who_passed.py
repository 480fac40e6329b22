"""达标 before what is counted (`达标人数`, `达标学校`) names the group counted: a question asking its count
gets that figure, never the count of everyone tested beside it, and is no pass/fail check — on a monitoring
notice written here that states both counts in one sentence and per stage in a table."""
from __future__ import annotations

import pytest

from server.intent import classify, intents_of
from server.query import key_terms
from server.service import Service
from tests.written import first_figure, service_over

NOTICE = """柽溪县2025年学生体质健康监测情况通报
柽溪县教育局
2025年12月
一、总体情况
全县参加体质健康测试学生28640人，达标人数26810人，达标率93.6%，优良率51.2%。
二、分学段情况
| 学段 | 测试人数（人） | 达标人数（人） | 优良人数（人） |
| 小学 | 17200 | 16340 | 9460 |
| 初中 | 11440 | 10470 | 5200 |
三、要求
到2026年，全县学生体质健康达标率保持在92%以上。
"""
NOTICE_ID = "chengxi-fitness-2025"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "passed-counts", {NOTICE_ID: NOTICE})


@pytest.mark.parametrize("question", ["体质健康达标人数是多少", "达标学校有几所"])
def test_the_group_counted_is_a_key_term_and_no_check(question):
    assert "达标" in key_terms(question)
    assert not classify(question, intents_of(question)).compliance


def test_a_check_keeps_its_verdict_word_out_of_the_terms():
    assert "达标" not in key_terms("体质健康是否达标")
    # those failing (不达标的学校) are not those who passed: no 达标 a passage must hold
    assert "达标" not in key_terms("作业时长不达标的学校怎么处理的")
    assert classify("体质健康达标了吗", intents_of("体质健康达标了吗")).compliance


def test_the_count_of_those_who_passed_not_of_all_tested(service):
    r = service.ask("柽溪县体质健康达标人数是多少")
    assert first_figure(r) == (26810.0, "人"), r.answer


def test_the_stage_row_of_the_passed_column(service):
    r = service.ask("柽溪县初中达标人数是多少")
    assert first_figure(r) == (10470.0, "人"), r.answer
