"""A kind's share within a row that splits a whole by grade (`初中龋齿学生中深度龋齿占比`), on a document written
here (real ingest, Service.ask): the columns all end with the whole's noun (`轻度龋齿 | 中度龋齿 | 深度龋齿 | 合计`),
so the row's total column is the whole and the answer is the kind's cell ÷ it, the row cited."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, service_over

BULLETIN = """棠浦县中小学生口腔健康检查结果通报
棠浦县教育局
2026年10月20日
一、总体情况
9月至10月，县教育局组织对全县中小学生开展口腔健康检查。各学段受检和检出情况见下表。

| 学段 | 受检学生（人） | 检出龋齿（人） | 龋齿检出率 |
| --- | --- | --- | --- |
| 小学 | 8000 | 3900 | 48.8% |
| 初中 | 7000 | 2200 | 31.4% |

从学段看，小学生龋齿检出率明显高于初中，低年级学生龋齿较多。

表二：龋齿学生分程度人数（单位：人）

| 学段 | 轻度龋齿 | 中度龋齿 | 深度龋齿 | 合计 |
| --- | --- | --- | --- | --- |
| 小学 | 2500 | 1100 | 300 | 3900 |
| 初中 | 1500 | 560 | 140 | 2200 |
"""
BULLETIN_ID = "tangpu-dental-check-bulletin-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-kinds", {BULLETIN_ID: BULLETIN})


def test_a_kinds_share_of_its_rows_total(service):
    r = service.ask("棠浦初中龋齿学生中深度龋齿占比多少")
    assert first_figure(r) == (6.36, "%"), r.answer  # 140 ÷ 2200
