"""A compliance question whose best sentence is the requirement (`…不低于…`), the value reached stated in
another sentence or another document of the place (server/answer/reachedrule.py): that value judged
against the question's bar, else the requirement's. Documents and places invented here; a real Service."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

SPEECH = """蒿坪县2026年全县教育大会讲话
同志们：
今年，全县中小学心理辅导室建成率不低于百分之九十五，专兼职心理教师逐步配齐。
"""

SUMMARY = """蒿坪县2025年心理健康教育工作总结
一、基本情况
全县中小学心理辅导室建成率为93.5%，配备专兼职心理教师210人。
"""

PLAN = """苘川县教师队伍提质行动计划（2025—2027年）
三、主要目标
到2027年，具有本科及以上学历的专任教师占比不低于85%。
四、现状
目前具有本科及以上学历的专任教师占比已达88.2%，较上年提高1.4个百分点。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "reached-rule",
                        {"haoping-speech": SPEECH, "haoping-summary": SUMMARY, "qingchuan-plan": PLAN})


def test_the_value_of_another_document_against_the_questions_bar(service: Service) -> None:
    response = service.ask("蒿坪县心理辅导室建成率满足不低于90%的要求吗")
    assert not response.abstained, response.answer
    assert response.answer.startswith("达标"), response.answer
    assert "93.5%" in response.answer, response.answer


def test_the_value_of_another_document_against_the_documents_requirement(service: Service) -> None:
    response = service.ask("蒿坪县心理辅导室建成率达标了吗")
    assert not response.abstained, response.answer
    assert response.answer.startswith("未达标"), response.answer
    assert "93.5%" in response.answer and "95%" in response.answer, response.answer


def test_the_value_of_the_same_document_against_its_target(service: Service) -> None:
    response = service.ask("苘川县本科及以上学历专任教师占比达到要求了吗")
    assert not response.abstained, response.answer
    assert response.answer.startswith("达标"), response.answer
    assert "88.2%" in response.answer, response.answer
