"""A change asked of a plan indicator whose table sets its present level beside its target (`现状 | 目标`,
`基期值 | 规划值`): target − present, in 个百分点 for a rate, with the formula and the row cited; in prose, the
two years' levels stated apart give the same. Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """泰宁县“十四五”教育事业发展规划
第二章 主要目标
表1 泰宁县“十四五”教育事业发展主要指标
| 指标 | 单位 | 发展现状 | 规划目标 | 属性 |
| --- | --- | --- | --- | --- |
| 学前三年毛入园率 | % | 91.3 | 95 | 预期性 |
| 公办园在园幼儿占比 | % | 48.5 | 60 | 约束性 |
| 在园幼儿数 | 万人 | 1.2 | 1.5 | 预期性 |
"""

PLAN2 = """将乐县“十四五”教育发展规划
三、发展指标
表2 将乐县教育发展指标
指标
基期值
规划值
九年义务教育巩固率（%）
97.2
98.5
高中阶段毛入学率（%）
90.1
93
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "plan-columns", {"taining-plan-2021": PLAN, "jiangle-plan-2021": PLAN2})


@pytest.mark.parametrize("question, value, unit", [
    ("泰宁公办园幼儿占比五年要提高几个百分点", 11.5, "百分点"),  # 60 − 48.5
    ("泰宁学前三年毛入园率要提高多少", 3.7, "百分点"),
    ("泰宁在园幼儿数十四五期间要增加多少", 0.3, "万人"),  # an amount, not a rate
    ("将乐九年义务教育巩固率要提高多少个百分点", 1.3, "百分点"),  # 基期值 | 规划值, one cell per line
    ("将乐高中阶段毛入学率规划期内提高几个百分点", 2.9, "百分点"),
])
def test_change_from_the_present_column_to_the_target_column(service, question, value, unit):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    figure = answer.figures[0]
    assert (round(figure.value, 2), figure.unit) == (value, unit), answer.answer
    assert "−" in answer.answer and answer.citations, answer.answer  # the formula, the row cited


def test_the_target_alone_is_still_quoted(service):
    answer = service.ask("泰宁公办园在园幼儿占比的规划目标是多少")
    assert answer.figures[0].value == 60 and "−" not in answer.answer, answer.answer
