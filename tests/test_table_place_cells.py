"""Where a table row's event is held (`在哪办`): the row's cell under its table's place column (地点), also when the
row found is the same school's row in another table of the document, which has none (its supplies). Document
written here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

GRADUATION = """榆屯县2026年小学毕业典礼活动方案
榆屯县教育局
2026年6月2日
一、典礼安排
各校毕业典礼安排如下。

表1：各校毕业典礼安排

| 学校 | 日期 | 地点 | 毕业生（人） |
| --- | --- | --- | --- |
| 榆屯县东关小学 | 6月28日 | 县体育馆 | 215 |
| 榆屯县南湖小学 | 6月29日 | 学校报告厅 | 164 |

二、物品准备

表2：典礼物品分配（单位：份）

| 学校 | 纪念册 | 毕业证书封皮 | 合计 |
| --- | --- | --- | --- |
| 榆屯县东关小学 | 220 | 215 | 435 |
| 榆屯县南湖小学 | 170 | 164 | 334 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "place-cells", {"yutun-graduation": GRADUATION})


def test_a_place_asked_is_the_rows_place_cell_in_the_table_that_has_one(service: Service) -> None:
    r = service.ask("榆屯县南湖小学毕业典礼在哪办")
    assert not r.abstained and r.answer.startswith("学校报告厅"), r.answer
    text = service.index.documents["yutun-graduation"].text
    assert [text[c.start:c.end] for c in r.citations] == ["榆屯县南湖小学 | 6月29日 | 学校报告厅 | 164"]


def test_a_count_asked_of_the_same_row_stays_its_tables_cell(service: Service) -> None:
    r = service.ask("榆屯县南湖小学分到多少份纪念册")
    assert not r.abstained and r.answer.startswith("170份"), r.answer
