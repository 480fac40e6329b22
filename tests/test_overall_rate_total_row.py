"""A rate asked of the whole with no row of an items table named (`…的钱用掉几成了`) is the total row's
(server/answer/lookup.py TableAnswer), never the first item's the search ranks best; a row named by its
label, or its label's first characters, keeps its own. Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

REPORT = """栎蒲县2025年度校舍资金使用情况
栎蒲县教育局
2026年1月20日
一、使用概况
各校按进度使用资金，详见下表。
表1 校舍维护资金分用途使用情况（单位：万元）
| 用途 | 下达资金 | 已使用 | 使用率 |
| --- | --- | --- | --- |
| 屋面维护 | 420 | 412 | 98.1% |
| 门窗维护 | 380 | 361 | 95.0% |
| 围墙维护 | 260 | 182 | 70.0% |
| 合计 | 1060 | 955 | 90.1% |
二、下一步
围墙维护进度偏慢，须在汛期前完工。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "overall-rate", {"lipu-repair-funds-2025": REPORT})


def test_a_rate_of_the_whole_is_the_total_rows(service):
    answer = service.ask("栎蒲县去年维护的钱用掉了几成？")
    assert first_figure(answer)[0] == 90.1, answer.answer


def test_a_row_named_keeps_its_own_rate(service):
    answer = service.ask("栎蒲县门窗维护的资金使用率是多少？")
    assert first_figure(answer)[0] == 95.0, answer.answer
