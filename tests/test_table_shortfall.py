"""A shortfall asked of a table row (`决算数比预算数低了多少`, `距离目标还差多少个百分点`) is how much less: the larger
column's value minus the smaller's, a magnitude, never a negative change. Documents written here (invented
places), real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

ACCOUNTS = """# 岚桥县教育局2025年度部门决算说明

岚桥县教育局

2026年3月8日

## 一、支出决算情况

表1 2025年度支出决算与年初预算对比表

| 项目 | 年初预算数（万元） | 决算数（万元） | 完成率 |
| --- | --- | --- | --- |
| 基本支出 | 21,400.00 | 21,950.30 | 102.57% |
| 资本性支出 | 8,200.00 | 7,105.40 | 86.65% |
"""

REVIEW = """# 岚桥县“十四五”教育规划中期评估报告

岚桥县教育局

2024年6月

## 一、主要指标完成情况

表1 主要指标中期完成情况

| 指标 | 2020年基数 | 2025年目标 | 2023年实际 |
| --- | --- | --- | --- |
| 高中阶段毛入学率（%） | 91.5 | 96 | 93.8 |
| 九年义务教育巩固率（%） | 95.2 | 97 | 96.1 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "shortfall", {"lanqiao-accounts-2025.md": ACCOUNTS.encode(),
                                                        "lanqiao-review-2024.md": REVIEW.encode()})


@pytest.mark.parametrize("question, value", [
    ("岚桥县教育局2025年资本性支出的决算数比预算数低了多少万元？", 1094.6),
    ("岚桥县2023年高中阶段毛入学率距离2025年的目标还差多少个百分点？", 2.2),
])
def test_a_shortfall_is_a_magnitude(service, question, value):
    assert first_figure(service.ask(question))[0] == value
