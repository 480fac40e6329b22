"""A list of what was done in a period (`新建小学12所、初中5所`) answers a difference of its items only when
the question asks of that act (`新建的初中比小学少多少所`); `初中比小学少多少所` asks what there is, and
is not answered from the schools newly built."""
from __future__ import annotations

import pytest

from figures.lists import named_amounts
from server.answer.listed import _done_not_asked
from server.service import Service
from tests.written import service_over

PLAN = """某市教育事业发展规划
一、发展成就
“十四五”期间，全市新建小学12所、初中5所，新增学位2.4万个。
二、主要任务
优化学校布局。
"""
STOCK = """某县教育事业统计公报
一、学校情况
全县现有小学86所、初中31所。
"""


@pytest.mark.parametrize(("text", "question", "done"), [
    ("全市新建小学12所、初中5所", "全市初中比小学少多少所", True),
    ("全市新建小学12所、初中5所", "全市新建的初中比小学少多少所", False),
    ("全县撤并小学8所、初中3所", "初中比小学少多少所", True),
    ("全县现有小学86所、初中31所", "初中比小学少多少所", False),
])
def test_a_list_of_what_was_done_answers_only_a_question_of_that_act(text: str, question: str, done: bool) -> None:
    members = [n for n in named_amounts(text) if n.size > 1]
    assert _done_not_asked(members, question) is done


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "listed-done", {"jiangyou-plan": PLAN.replace("某市", "江油市"),
                                                          "fengxian-statistics": STOCK.replace("某县", "凤县")})


def test_a_stock_difference_is_not_computed_from_the_schools_built(service: Service) -> None:
    response = service.ask("江油市初中比小学少多少所？")
    assert all(f.value != 7 for f in response.figures), response.answer


def test_the_difference_of_the_schools_built_is_still_computed(service: Service) -> None:
    response = service.ask("江油市新建的初中比小学少多少所？")
    assert not response.abstained and response.figures[0].value == 7, response.answer
    stock = service.ask("凤县初中比小学少多少所？")
    assert not stock.abstained and stock.figures[0].value == 55, stock.answer
