"""A count column of those who did an act (`参加人数`) never answers a question asking those who did not
(`有多少人没参加`): the question asks the complement. Documents written here."""
from __future__ import annotations

import pytest

from server.answer.negatedcolumn import negated_act
from server.service import Service
from tests.written import service_over

TEXT = """石湾县教育局关于秋季学生体质健康抽测情况的通报
一、抽测情况
本次抽测分学段数据列于下表。

各学段体质健康抽测情况

| 学段 | 抽测学校（所） | 参测人数（人） | 优良率（%） |
| --- | --- | --- | --- |
| 小学 | 14 | 2860 | 52.4 |
| 初中 | 8 | 1720 | 47.9 |
| 合计 | 22 | 4580 | 50.7 |

二、下一步工作
各校要加强体育锻炼。
"""


@pytest.mark.parametrize("column, q, act", [
    ("参测人数（人）", "有多少人没参测", "参测"),
    ("参测人数（人）", "有多少人未参测", "参测"),
    ("参测人数（人）", "有多少人参测", ""),
    ("优良率（%）", "没优良的有多少", ""),
])
def test_the_columns_act_negated(column: str, q: str, act: str) -> None:
    assert negated_act(column, q) == act


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "negated-column", {"shiwan-bulletin": TEXT})


def test_those_who_did_not_are_not_the_count_of_those_who_did(service: Service) -> None:
    response = service.ask("石湾县初中有多少人没参测")
    assert 1720 not in {f.value for f in response.figures}, response.answer


def test_the_count_asked_plainly_still_answers(service: Service) -> None:
    response = service.ask("石湾县初中参测人数是多少")
    assert 1720 in {f.value for f in response.figures}, response.answer
