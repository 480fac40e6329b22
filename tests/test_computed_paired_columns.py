"""A row's value measured against another column of it, and a share of a 其中 list asked 占比: budget and
performance tables set 决算数 beside 上年决算数 and 实际完成值 beside 目标值 (`决算比上年增长了多少`,
`实际比目标多补了多少人` → the difference of the two, with its %), and `A占比多少` of an amount a 其中 list
names is computed from the whole, never answered with another rate of the sentence (资金到位率100%).
Documents written here."""
from __future__ import annotations

import pytest

from tests.written import service_over

REPORT = """永登县2024年义务教育经费项目绩效自评报告
一、项目基本情况
2024年城乡义务教育补助经费共计5,200万元，其中中央资金3,640万元、省级资金1,040万元、县级配套资金520万元，资金到位率100%。
二、绩效目标完成情况
表2 绩效指标完成情况
指标 | 目标值 | 实际完成值
家庭经济困难寄宿生生活补助人数 | 3600人 | 3742人
营养改善计划覆盖学校数 | 45所 | 47所
三、支出决算
表1 一般公共预算财政拨款支出决算表（单位：万元）
项目 | 预算数 | 决算数 | 上年决算数
学前教育 | 2,400.00 | 2,310.00 | 2,100.00
小学教育 | 5,600.00 | 5,520.00 | 5,180.00
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "pairedcolumns", {"report": REPORT})


@pytest.mark.parametrize("question, value, unit, shown", [
    ("永登县困难寄宿生生活补助实际比目标多补了多少人？", 142, "人", "3742 − 3600 = 142"),
    ("永登营养改善计划覆盖学校实际比目标多了几所", 2, "所", "47 − 45 = 2"),
    ("永登县2024年学前教育支出决算比上年增长了多少？", 210, "万元", "+10.0%"),
    ("永登小学教育决算比上年增加了多少万元", 340, "万元", "5,520.00 − 5,180.00 = 340.00"),
])
def test_a_column_against_the_one_it_is_measured_by(service, question, value, unit, shown):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert (round(r.figures[0].value, 2), r.figures[0].unit) == (value, unit), r.answer
    assert shown in r.answer, r.answer


@pytest.mark.parametrize("question, pct", [
    ("永登县城乡义务教育补助经费中中央资金占比多少？", "70.0%"),
    ("永登城乡义务教育补助经费里县级配套资金占比是多少", "10.0%"),
    ("永登省级资金占城乡义务教育补助经费的比例是多少", "20.0%"),
])
def test_a_share_of_a_listed_part_is_computed_from_its_whole(service, question, pct):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert pct in r.answer and (round(r.figures[0].value, 1), r.figures[0].unit) == (float(pct[:-1]), "%"), r.answer
