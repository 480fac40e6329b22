"""A plan's indicator table standing in its aims section (`二、发展目标`) sets the baseline beside the targets
(`2025年现状 | 2028年目标 | 2030年目标`): asked what an indicator is now, the baseline cell answers — its
header says it is the state reached, whatever the section says — and asked a target year, that year's
target. Documents written here: a text plan with `|` rows, a Markdown plan."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

TEXT = """荇川县“十五五”教育发展规划
一、发展基础
荇川县目前有各类学校96所。
二、发展目标
2030年前，全县主要教育指标力争进入全省前列。
指标 | 2025年现状 | 2028年目标 | 2030年目标 | 属性
学前三年毛入园率（%） | 91.4 | 94 | 96 | 预期性
高中阶段毛入学率（%） | 93.2 | 95 | 97 | 预期性
新增劳动力平均受教育年限（年） | 13.1 | 13.4 | 13.8 | 预期性
三、主要任务
增加普惠性学前学位供给。
"""

MARKDOWN = """# 菰城区学前教育三年提升计划

## 一、工作目标

到2028年，普惠学前教育服务网络基本健全。

| 指标 | 现状值 | 2027年目标值 | 2028年目标值 |
| --- | --- | --- | --- |
| 公办园在园幼儿占比（%） | 46.5 | 50 | 55 |
| 普惠性幼儿园覆盖率（%） | 84.3 | 88 | 90 |

## 二、主要措施

建成4所公办幼儿园。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "baseline-in-aims", {"xingchuan-plan": TEXT,
                                                               "gucheng-preschool.md": MARKDOWN.encode("utf-8")})


@pytest.mark.parametrize("question,figure", [
    ("荇川县新增劳动力的平均受教育年限眼下为多少年", "13.1"),
    ("眼下荇川县的高中阶段毛入学率为多少", "93.2"),
    ("菰城区的普惠性幼儿园覆盖率当前为多少？", "84.3"),
])
def test_the_baseline_cell_answers_what_is_now(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(figure), response.answer


@pytest.mark.parametrize("question,figure", [
    ("荇川县的学前三年毛入园率2030年目标定为多少", "96"),
    ("菰城区的公办园在园幼儿占比到2028年要提到多少", "55"),
])
def test_a_target_year_asked_still_reads_its_target(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(figure), response.answer
