"""A level a plan intends asked in everyday words (打算办到多少所, 准备扩大到几所) is a target: answered with the
deadline its sentence sets it by (到2028年), on a document written here (real ingest, Service.ask) —
server/intent.py _TARGET, server/answer/levels.py deadline_lead."""
import pytest

from server.intent import intents_of
from server.service import Service
from tests.written import service_over

SUMMARY = """蓼川县2026年家校共育工作总结
一、工作成效
全年举办家长课堂320场，覆盖家长2.6万人次。
二、下一步打算
（一）到2028年，家长学校总数达到一百二十所，持证指导师达到四百人。
（二）继续办好线上家长课堂。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "target-intended", {"liaochuan-family-education-2026": SUMMARY})


def test_a_level_intended_is_answered_with_its_deadline(service: Service) -> None:
    response = service.ask("蓼川县家长学校打算办到多少所？")
    assert not response.abstained, response.answer
    assert "一百二十所" in response.answer and "2028年" in response.answer


def test_intending_a_level_is_a_target_but_plans_in_general_are_not() -> None:
    assert "target" in intents_of("家长学校打算办到多少所")
    assert "target" in intents_of("准备扩大到几所")
    assert "target" not in intents_of("下一步有什么打算")
