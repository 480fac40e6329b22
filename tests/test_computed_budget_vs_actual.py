"""A plan's amount against the one reached a year before, stated in one sentence (`2025年预算安排…540万元，
2024年实际拨付480万元`) and asked `今年预算比去年实际拨的多多少`: side B is A's thing as reached (its plan word
dropped), the sentence's other amount whose clause names B's year. Documents written here."""
from __future__ import annotations

import pytest

from tests.written import service_over

AFTER = """永登县义务教育学校课后服务实施方案
（2025年8月20日）
一、收费标准
课后服务收费标准为小学每生每学期280元、初中每生每学期320元。
二、经费保障
2025年县财政预算安排课后服务专项补助资金540万元，2024年实际拨付480万元。
"""
REPAIR = """榆中县2025年校舍安全保障工作要点
（2025年3月5日）
一、资金安排
2025年预算安排校舍维修改造资金1,200万元，2024年实际到位资金950万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "budgetactual", {"after": AFTER, "repair": REPAIR})


@pytest.mark.parametrize("question, formula", [
    ("永登今年课后服务补助预算比去年实际拨的多多少", "540 − 480 = 60 万元"),
    ("永登2025年课后服务补助预算比2024年实际拨付多多少万元", "540 − 480 = 60 万元"),
    ("榆中今年校舍维修改造资金预算比去年实际到位的多多少", "1,200 − 950 = 250 万元"),
])
def test_a_budget_against_last_years_actual(service, question, formula):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.answer.startswith(formula), r.answer
    assert len(r.figures[0].inputs) == 2, r.answer
