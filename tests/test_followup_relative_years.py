"""Follow-ups naming a year relative to the document's (`今年呢` after a question about 去年): the new
word takes the old year's place and is read against each document's own year, so a speech's 今年 plan
answers and last year's figure never does. Written speech, real ingest, real model."""

import pytest

from server.followup import resolve_followup
from server.service import Service
from tests.written import service_over

SPEECH = """在2025年全县教育工作会议上的讲话
青禾县教育局局长 李明
2025年2月20日
同志们：
一、去年工作回顾
去年全县教育经费总投入达到6.8亿元，比上年增长5.2%。去年招聘新教师120名，其中音体美教师35名。全县新增学位1800个。
二、今年重点工作
今年计划招聘教师140名，新增学位2000个。今年要把城区小学大班额全部消除。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "followup-relative", {"qinghe-speech-2025": SPEECH})


def turn(question: str, answer: str = "……") -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


@pytest.mark.parametrize("previous, followup, resolved", [
    ("青禾县去年招聘了多少新教师？", "今年呢", "青禾县今年招聘了多少新教师?"),
    ("青禾县今年新增多少学位？", "那去年呢？", "青禾县去年新增多少学位?"),
])
def test_the_relative_year_takes_the_old_years_place(service, previous, followup, resolved):
    assert resolve_followup(followup, turn(previous), service.catalog) == resolved


@pytest.mark.parametrize("previous, followup, figure, not_figure", [
    ("青禾县去年招聘了多少新教师？", "今年呢", "140", "120"),
    ("青禾县去年新增多少学位？", "今年呢？", "2000", "1800"),
    ("青禾县今年新增多少学位？", "那去年呢", "1800", "2000"),
])
def test_the_year_asked_answers_never_the_previous_years(service, previous, followup, figure, not_figure):
    first = service.ask(previous)
    response = service.ask(followup, history=turn(previous, first.answer))
    head = response.answer.split("依据")[0]
    assert figure in head and not_figure not in head, response.answer
