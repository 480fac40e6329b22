"""Compliance asked of a plan's table for a named year (the year's column judged, not the target's) and of
a budget rule written as `按…的5.5%安排` (the share rule whose whole it names); written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

# a preschool plan: baseline and target columns of one indicator table, no date line (the latest column
# would otherwise stand for the value)
PLAN = """某县学前教育发展提升行动计划（2021—2025年）
一、发展基础
近年来全县学前教育资源持续扩大。
二、主要指标
表1 主要指标
| 指标 | 2020年基数 | 2025年目标 | 属性 |
| 公办园在园幼儿占比（%） | 44.6 | 56 | 约束性 |
| 普惠性幼儿园覆盖率（%） | 83.5 | 90 | 约束性 |
三、保障措施
教师培训经费按学校年度公用经费预算总额的4.5%安排，专款专用。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "compliance-asked", {"preschool-plan": PLAN})


@pytest.mark.parametrize(("question", "verdict", "value"), [
    ("2020年公办园在园幼儿占比达到国家要求的水平了吗？", "未达标", "44.6"),  # the base year's column
    ("2020年公办园在园幼儿占比够不够国家要求？", "未达标", "44.6"),
    ("2020年公办园在园幼儿占比达标没有？", "未达标", "44.6"),  # 达标 asked: answered in the words of reaching too
    ("2025年公办园在园幼儿占比能不能达到国家要求？", "达标", "56"),
])
def test_a_named_years_value_is_judged(service, question, verdict, value):
    r = service.ask(question)
    assert not r.abstained
    assert r.answer.startswith(verdict), r.answer
    assert f"{value}% " in r.answer  # the judged value before its relation to the standard
    # 未达到 however it is asked, with how far it falls short
    said = ("未达到要求）", "差5.4个百分点") if verdict == "未达标" else ("（达到要求）",)
    assert all(s in r.answer for s in said), r.answer
    assert ("（不够，" in r.answer) == ("够不够" in question)  # asked 够: answered 够 / 不够


@pytest.mark.parametrize("question", [
    "教师培训经费够不够国家规定的比例？",
    "教师培训经费的安排达没达到国家标准？",
])
def test_a_budget_share_written_with_按_is_judged_by_its_rule(service, question):
    r = service.ask(question)
    assert r.answer.startswith("未达标"), r.answer  # 4.5% < 5%
    assert "5%" in r.answer
