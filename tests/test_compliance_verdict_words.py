"""A compliance verdict worded as the question asks it, beside the figures, in either script: `达标没` → 没有达标 /
达标了, `达标吗` → 不达标, `超标了吗` → 超了 / 没超, `够不够` → 够 / 不够. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

READING = """柘岗区2026年校园阅读推进工作总结
一、主要成效
全区各校图书室都已联入区里的借阅系统。
二、存在问题
一是各校学生月借阅率应不低于90%，区第六小学抽查借阅率仅为82%。
二是各校教师月借阅率应不低于60%，区第九小学教师抽查借阅率为71%。
"""

CANTEEN = """檩川区中小学食堂运行情况报告
一、基本情况
檩川区东湖初级中学目前有学生2650人，午餐分三批就餐。
檩川区桥西小学目前有学生1460人，食堂面积较为充足。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "verdict-words", {"zhegang-reading": READING, "linchuan-canteen": CANTEEN})


@pytest.mark.parametrize("question", ["柘岗区第六小学借阅率达标没", "柘崗區第六小學借閱率達標沒"])
def test_met_asked_yes_or_no_is_answered_not_met(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained and "没有达标" in r.answer and "82%" in r.answer, r.answer


def test_met_asked_plainly_is_answered_not_met(service: Service) -> None:
    r = service.ask("柘岗区第六小学借阅率达标吗")
    assert not r.abstained and "不达标" in r.answer and "82%" in r.answer, r.answer


def test_met_asked_yes_or_no_of_a_passing_school_is_met(service: Service) -> None:
    r = service.ask("柘岗区第九小学教师借阅率达标没有")
    assert not r.abstained and "达标了" in r.answer and "没有达标" not in r.answer and "71%" in r.answer, r.answer


@pytest.mark.parametrize("question", ["檩川区东湖初级中学的规模超没超标", "檁川區東湖初級中學的規模超沒超標"])
def test_exceeded_asked_is_answered_exceeded(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained and "超了" in r.answer and "2650" in r.answer, r.answer


def test_a_ceiling_kept_is_answered_not_exceeded(service: Service) -> None:
    r = service.ask("檩川区桥西小学的规模超没超标")
    assert not r.abstained and "没超" in r.answer and "超了" not in r.answer and "1460" in r.answer, r.answer
