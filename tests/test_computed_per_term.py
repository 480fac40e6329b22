"""An amount per year that a document states per term only (`小学每生每学期280元` asked `一年交多少钱`):
the term's amount × 2 terms of a school year, of the stage and the kind of school the question names when
the sentence states several; the term's amount itself when a term is asked. Documents written here."""
from __future__ import annotations

import pytest

from figures.compute import Operand, times
from tests.written import service_over

AFTER = """永登县义务教育学校课后服务实施方案
一、收费标准
课后服务收费标准为小学每生每学期280元、初中每生每学期320元。
二、经费保障
2025年县财政预算安排课后服务专项补助资金540万元，2024年实际拨付480万元。
"""
AFTER2 = """临夏县义务教育学校课后服务实施方案
一、收费标准
城区学校收费标准为小学每生每学期260元、初中每生每学期300元；农村学校收费标准为小学每生每学期180元、初中每生每学期220元。
"""


def test_times_shows_its_formula_in_the_amounts_unit():
    result = times(Operand.literal("280元"), Operand(label="学期数", value=2, unit="学期"))
    assert (result.value, result.unit, result.formula) == (560, "元", "280元 × 2学期 = 560元")


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "perterm", {"after": AFTER, "after2": AFTER2})


@pytest.mark.parametrize("question, value", [
    ("永登上小学的课后服务一年家长要交多少钱", 560),
    ("永登初中课后服务一学年收费多少", 640),
    ("临夏城区上小学的，课后服务一年家长得交多少钱", 520),
    ("临夏县农村初中课后服务一年收多少钱", 440),
])
def test_a_year_of_an_amount_stated_per_term(service, question, value):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert (r.figures[0].value, r.figures[0].unit) == (value, "元"), r.answer
    assert "× 2学期" in r.answer and r.figures[0].inputs, r.answer


def test_a_term_asked_is_the_amount_stated(service):
    r = service.ask("永登初中课后服务一学期收费多少")
    assert (r.figures[0].value, r.figures[0].unit) == (320, "元"), r.answer
