"""Standards judged on what a table's rows leave to compute or to read together, on documents written here: a
per-pupil resource (the teaching rooms' area per pupil, asked by a short form) as a school row's total ÷ its
pupils against its stage's national bar; a bar a notice sets per unit named in full (每间标准化试室) judged on
the row a question names by its short form, asked 有无超标; a stage's 班额 judged on each of its schools' rows;
and a rule's condition on the units it acts on (整改率低于N%的学校…) read as the floor the area's total row is
held to."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.shared_documents import enrolment_plan
from tests.written import service_over

ROOMS = """岑湾县各校校舍情况统计
一、基本情况
各校校舍情况列表如下。
| 学校名称 | 学段 | 在校学生（人） | 教辅用房面积（㎡） |
| --- | --- | --- | --- |
| 岑湾县育才小学 | 小学 | 800 | 4000 |
| 岑湾县东关中学 | 初中 | 1200 | 7800 |
| 岑湾县西岭中学 | 初中 | 700 | 3850 |
| 合计 | — | 2700 | 15650 |
二、下一步工作
继续补齐短板。
"""

EXAM = """苇塘区2026年中考试点安排的通知
一、试点安排
| 试点名称 | 试室数（间） | 考生数（人） | 备用试室（间） |
| --- | --- | --- | --- |
| 苇塘区师范附属小学 | 20 | 610 | 1 |
| 苇塘区第二中学 | 30 | 870 | 2 |
| 合计 | 50 | 1480 | 3 |
二、考务要求
每间标准化试室不得超过30人，考生座位单人单桌。
"""

PLAN = enrolment_plan()

CANTEEN = """苇塘区2026年校园食堂抽查结果
一、检查情况
共发现问题60项，已整改51项。
| 问题类别 | 发现数（项） | 已整改（项） | 整改率（%） |
| --- | --- | --- | --- |
| 食品留样 | 20 | 19 | 95.0 |
| 人员持证 | 25 | 20 | 80.0 |
| 设施设备 | 15 | 12 | 80.0 |
| 合计 | 60 | 51 | 85.0 |
二、整改要求
整改率低于88%的学校，当年不能参加评优。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "compliance-rows-computed", {
        "cenwan-rooms": ROOMS, "weitang-exam": EXAM, "cenwan-plan": PLAN, "weitang-canteen": CANTEEN})


@pytest.mark.parametrize(("question", "verdict", "shown"), [
    ("岑湾县西岭中学生均教辅用房面积达标了没", "未达标", "5.5m2"),  # 3850 ÷ 700 < 5.8
    ("岑湾县东关中学生均教辅用房面积是否达标", "达标", "6.5m2"),  # 7800 ÷ 1200 ≥ 5.8
])
def test_a_per_pupil_resource_is_the_rows_total_over_its_pupils_judged_by_its_stage(service, question, verdict,
                                                                                     shown):
    r = service.ask(question)
    assert not r.abstained and verdict in r.answer and shown in r.answer, r.answer


def test_a_bar_per_unit_named_in_full_is_judged_on_the_row_named_by_its_short_form(service):
    r = service.ask("苇塘区师附小学试点的试室人数有无超标")
    assert not r.abstained and "30.5" in r.answer and "超过" in r.answer and "没有超过" not in r.answer, r.answer


def test_a_stages_class_size_is_judged_on_each_of_its_schools_rows(service):
    r = service.ask("岑湾县初中各校班额超标了吗")
    assert not r.abstained and "52" in r.answer and "48" in r.answer and "育才小学" not in r.answer, r.answer
    assert "有超过" in r.answer, r.answer


def test_a_rules_condition_on_units_is_the_floor_the_areas_total_row_is_held_to(service):
    r = service.ask("苇塘区食堂抽查的整改率达到评优的要求了吗")
    assert not r.abstained and "85" in r.answer and "88%" in r.answer and "未达到" in r.answer, r.answer


LABS = """岑湾县2026年学校实验室改造计划
一、改造学校
| 学校名称 | 学段 | 在校学生（人） | 改造实验室（间） |
| --- | --- | --- | --- |
| 岑湾县南浦小学 | 小学 | 900 | 2 |
| 岑湾县北塘中学 | 初中 | 1500 | 3 |
二、现有装备
截至今年3月，岑湾县南浦小学的仪器设备资产合计184万元，岑湾县北塘中学的仪器设备资产合计330万元。
"""


@pytest.fixture(scope="module")
def labs(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "per-pupil-stated-total", {"cenwan-labs": LABS})


@pytest.mark.parametrize(("question", "verdict", "shown"), [
    ("岑湾县北塘中学生均教学仪器设备值达标了没", "未达标", "2200元"),  # 330万 ÷ 1500 < 2500 (初中)
    ("岑湾县南浦小学生均教学仪器设备值是否达标", "达标", "2044元"),  # 184万 ÷ 900 ≥ 2000 (小学)
])
def test_a_per_pupil_resource_from_the_total_a_sentence_states_over_the_rows_pupils(labs, question, verdict, shown):
    r = labs.ask(question)
    assert not r.abstained and r.answer.startswith(verdict) and shown in r.answer, r.answer
    assert len(r.citations) == 2, r.answer  # the row and the total's sentence
