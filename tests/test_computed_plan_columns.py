"""A change asked of a plan indicator whose table sets its present level beside its target (`现状 | 目标`,
`基期值 | 规划值`): target − present, in 个百分点 for a rate, with the formula and the row cited; in prose, the
two years' levels stated apart give the same. Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """岚溪县教育现代化推进规划（2021—2025年）
第三章 发展指标
表2 岚溪县教育现代化主要发展指标
| 指标 | 单位 | 发展现状 | 规划目标 | 属性 |
| --- | --- | --- | --- | --- |
| 普惠性幼儿园覆盖率 | % | 82.4 | 90 | 约束性 |
| 义务教育学校标准化建设达标率 | % | 76.5 | 92 | 预期性 |
| 中小学专任教师数 | 人 | 3180 | 3460 | 预期性 |
"""

PLAN2 = """石楠县教育发展规划（2021—2025年）
四、发展指标
表1 石楠县教育发展指标
指标
基期值
规划值
学前三年毛入园率（%）
88.6
94
中等职业学校双师型教师占比（%）
41.5
55
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "plan-columns", {"lanxi-plan-2021": PLAN, "shinan-plan-2021": PLAN2})


@pytest.mark.parametrize("question, value, unit", [
    ("岚溪普惠性幼儿园覆盖率到规划期末要提高多少", 7.6, "百分点"),  # 90 − 82.4
    ("岚溪义务教育学校标准化建设达标率还差几个百分点达到目标", 15.5, "百分点"),
    ("岚溪中小学专任教师数规划期内要增加多少", 280, "人"),  # an amount, not a rate
    ("石楠学前三年毛入园率规划要提升几个百分点", 5.4, "百分点"),  # 基期值 | 规划值, one cell per line
    ("石楠中职双师型教师占比要提高多少个百分点", 13.5, "百分点"),
])
def test_change_from_the_present_column_to_the_target_column(service: Service, question: str, value: float,
                                                              unit: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    figure = answer.figures[0]
    assert (round(figure.value, 2), figure.unit) == (value, unit), answer.answer
    assert "−" in answer.answer and answer.citations, answer.answer  # the formula, the row cited


def test_the_target_alone_is_still_quoted(service: Service) -> None:
    answer = service.ask("岚溪普惠性幼儿园覆盖率的规划目标是多少")
    assert answer.figures[0].value == 90 and "−" not in answer.answer, answer.answer
