"""A compliance question whose best sentence is the requirement (`…不低于…`), the value reached stated in
another sentence or another document of the place (server/answer/reachedrule.py): that value judged
against the question's bar, else the requirement's. Documents and places invented here; a real Service."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

SPEECH = """在蒿坪县2026年教育工作会议上的讲话
同志们：
今年，全县义务教育学校课后服务覆盖率不低于百分之九十五，学生自愿参加率稳步提高。
"""

SUMMARY = """蒿坪县2025年课后服务工作总结
一、基本情况
全县义务教育学校课后服务覆盖率为93.5%，参与学生4.1万人。
"""

PLAN = """苘川县教师发展三年行动计划
三、主要目标
到2027年，专任教师中本科及以上学历比例不低于85%。
四、现状
目前，全县专任教师中本科及以上学历的占比为88.2%，较上年提高1.4个百分点。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "reached-rule",
                        {"haoping-speech": SPEECH, "haoping-summary": SUMMARY, "qingchuan-plan": PLAN})


def test_the_value_of_another_document_against_the_questions_bar(service: Service) -> None:
    response = service.ask("蒿坪县课后服务覆盖率满足不低于90%的要求吗")
    assert not response.abstained, response.answer
    assert response.answer.startswith("达标"), response.answer
    assert "93.5%" in response.answer, response.answer


def test_the_value_of_another_document_against_the_documents_requirement(service: Service) -> None:
    response = service.ask("蒿坪县课后服务覆盖率达标了吗")
    assert not response.abstained, response.answer
    assert response.answer.startswith("未达标"), response.answer
    assert "93.5%" in response.answer and "95%" in response.answer, response.answer


def test_the_value_of_the_same_document_against_its_target(service: Service) -> None:
    response = service.ask("苘川县专任教师本科及以上学历比例达到要求了吗")
    assert not response.abstained, response.answer
    assert response.answer.startswith("达标"), response.answer
    assert "88.2%" in response.answer, response.answer
