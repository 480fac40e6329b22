"""Follow-ups that swap a table's column: the school (or place) of an indicator × school table, the
year or target column of a plan table (`那2025年呢`, `目标是多少`, `要降到多少`), on documents
written here. A verb of change toward a level (降到, 提高到, 控制在) asks the planned level, no topic
of its own. Real ingest, real model, Service.ask."""

import pytest

from server.followup import resolve_followup
from server.service import Service
from tests.written import service_over

# a self-evaluation: one school's shortfall in prose, the schools as columns of the indicator rows
SCHOOLS = """清河县义务教育优质均衡发展自评报告
二、资源配置
全县小学七项指标的校际差异系数都在0.50以下。只有西街小学生均教学仪器设备值（1650元）没有达到2000元的标准。
表2 小学学校资源配置指标情况
| 指标 | 标准值 | 实验小学 | 东关小学 | 西街小学 | 差异系数 |
| 生均教学仪器设备值（元） | 2000 | 2480 | 2210 | 1650 | 0.181 |
| 生均体育运动场馆面积（平方米） | 7.5 | 8.2 | 9.6 | 7.9 | 0.094 |
| 每百名学生拥有网络多媒体教室数（间） | 2.3 | 2.6 | 3.1 | 2.4 | 0.120 |
"""

# a mid-term review: base year, a year reached and the plan's target as columns
REVIEW = """宁远县教育事业发展规划中期评估报告
二、规划指标进展
| 指标名称 | 2020年 | 2023年 | 2025年规划目标 | 指标属性 |
| 小学平均班额（人） | 48.3 | 46.1 | ≤45 | 约束性 |
| 学前三年毛入园率（%） | 85.2 | 89.7 | 92 | 预期性 |
| 高中阶段毛入学率（%） | 87.3 | 90.6 | 94 | 预期性 |
四、下一步工作
继续推进各项指标落实。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "followup-columns", {"qinghe-evaluation-2024": SCHOOLS,
                                                               "ningyuan-review-2023": REVIEW})


def after(question: str) -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": "……"}]


@pytest.mark.parametrize("follow_up, figure", [
    ("那东关小学呢？", "2210"),
    ("实验小学呢", "2480"),
    ("那东关小学的生均体育运动场馆面积呢？", "9.6"),
])
def test_the_school_column_asked_after_another_school(service, follow_up, figure):
    r = service.ask(follow_up, after("清河县西街小学生均教学仪器设备值是多少？"))
    assert not r.abstained, r.answer
    assert r.answer.startswith(figure) and "1650元。" not in r.answer


def test_a_school_asked_directly_is_its_column_not_the_sentence_of_another_school(service):
    r = service.ask("清河县东关小学生均教学仪器设备值是多少？")
    assert not r.abstained and r.answer.startswith("2210")


def test_a_school_written_before_a_glued_word_is_a_label(service):
    # jieba reads `西街小学生均` as 小学生/均: the school is still the slot the new one replaces
    assert resolve_followup("那东关小学呢", after("清河县西街小学生均教学仪器设备值是多少？"), service.catalog) \
        .startswith("清河县东关小学生均教学仪器设备值")


@pytest.mark.parametrize("previous, follow_up, figure", [
    ("宁远县小学平均班额2023年是多少？", "2025年计划降到多少", "≤45"),
    ("宁远县小学平均班额2023年是多少？", "要降到多少？", "≤45"),
    ("宁远县学前三年毛入园率2023年是多少？", "那2025年呢？", "92"),
    ("宁远县学前三年毛入园率2023年是多少？", "目标是多少", "92"),
    ("宁远县高中阶段毛入学率2023年达到多少？", "规划要提高到多少？", "94"),
])
def test_the_target_column_asked_after_a_year(service, previous, follow_up, figure):
    r = service.ask(follow_up, after(previous))
    assert not r.abstained, r.answer
    assert r.answer.startswith(figure), r.answer


def test_a_verb_toward_a_level_keeps_the_previous_topic(service):
    resolved = resolve_followup("到2025年要提高到多少", after("宁远县高中阶段毛入学率2023年是多少？"), service.catalog)
    assert resolved.startswith("宁远县高中阶段毛入学率2025年")
    # without a year of its own the target is the plan's year, not the one asked before
    target = resolve_followup("目标是多少？", after("宁远县高中阶段毛入学率2023年是多少？"), service.catalog)
    assert "2023" not in target and target.startswith("宁远县高中阶段毛入学率")


@pytest.mark.parametrize("follow_up", ["比2020年下降了多少", "比2020年提高了多少？", "提高了几个百分点"])
def test_a_change_asked_is_no_target(service, follow_up):
    # a verb of change without 到/至/在 asks how much the figure moved, not the level a plan sets
    resolved = resolve_followup(follow_up, after("宁远县高中阶段毛入学率2023年是多少？"), service.catalog)
    assert "目标" not in resolved, resolved
