"""A year's total asked of a fund set per pupil per year, on documents written here: the standard × the pupils the
document counts for its whole place in another sentence, both cited; the standard asked alone stays the standard;
a document counting no pupils of its whole place computes nothing."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a county's eyesight plan: its pupils counted in one section, its fund's standard per pupil and year in another
EYES = """某县2026年儿童青少年近视防控工作方案
县教育局
2026年3月
一、基本情况
全县现有在校学生25000人，去年筛查近视率为48.5%。
二、保障措施
县财政设立近视防控专项资金，按每生每年8元拨付到校，用于视力筛查和教室照明改造。
"""
EYES_ID = "county-eyesight-plan-2026"

# a district's reading fund: a standard per pupil and year, but no count of the district's pupils
BOOKS = """某区2026年书香校园推进方案
区教育局
2026年4月
一、经费保障
区财政安排书香校园专项资金，按每生每年15元标准拨付，其中城关小学已先行试点。
"""
BOOKS_ID = "district-reading-campus-plan-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "yearlyheads", {EYES_ID: EYES, BOOKS_ID: BOOKS})


def test_a_years_total_is_the_standard_times_the_places_pupils(service):
    r = service.ask("某县近视防控专项资金全年一共多少钱")
    assert first_figure(r) == (200000.0, "元"), r.answer  # 8 × 25000, never the 8元 alone
    assert inputs_cited(service, r, EYES_ID), r.answer


def test_the_standard_asked_alone_is_the_standard(service):
    r = service.ask("某县近视防控专项资金每生每年多少钱")
    assert first_figure(r) == (8.0, "元"), r.answer


def test_no_count_of_the_places_pupils_computes_nothing(service):
    r = service.ask("某区书香校园专项资金全年一共多少钱")
    assert not any(f.inputs for f in r.figures), r.answer
