"""A part asked of a group the question names by its act (`参演的两万来人中间教师占几个`): a count of the same kind of
people in another act (参加救护培训) is no answer — abstained; a sentence counting the part in that act answers.
Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

DRILL = """杉岗区2026年防震演练工作小结
一、总体情况
　　全区四十所学校共组织防震演练八十场，参演师生两万四千人，秩序良好。
二、主要做法
　　区地震局派出专家到校授课，全区共一千九百名教职员工参加了应急救护培训。
"""

TRAINING = """樟湾县2026年教师暑期研修情况
一、基本情况
　　今年暑期参训教师2100人，其中参训校长120人，集中研修五天。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "act-parts", {"shangang-drill": DRILL, "zhangwan-training": TRAINING})


def test_a_count_of_the_kind_in_another_act_is_no_part_of_the_group(service: Service) -> None:
    r = service.ask("杉岗区参演的两万来人中间教师占几个")
    assert r.abstained and "一千九百" not in r.answer and "1900" not in r.answer, r.answer


def test_the_part_counted_in_the_act_is_answered(service: Service) -> None:
    r = service.ask("樟湾县参训的两千多人里校长有几个")
    assert not r.abstained and "120" in r.answer, r.answer
