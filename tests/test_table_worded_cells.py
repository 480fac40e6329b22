"""Where a table row's event is held (`在哪办`) or what it is about (`讲什么`): the row's cell under its table's
place or topic column (地点, 主题), also when the row found is the same school's row in another table of the
document, which has none (its supplies), or the row is found by its date cell. Documents written here, real
ingest."""
from __future__ import annotations

import pytest

from ingest.models import DocMeta, Document
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.wordedcell import dated_row_with
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

LECTURES = """榆屯县教育局关于6月安全讲座安排的通知
各中小学：
县教育局在6月举办两场安全讲座，均在县青少年宫举行。各场次安排如下表。

| 场次 | 日期 | 主讲单位 | 主题 | 听众（人） |
| --- | --- | --- | --- | --- |
| 第一场 | 6月12日 | 县消防救援大队 | 家庭用电与火灾逃生 | 520 |
| 第二场 | 6月19日 | 县交警大队 | 暑期交通安全 | 480 |

各校须于讲座前两天报送名单。
"""


def test_a_row_found_by_its_date_cell_not_its_first():
    sections = parse_sections(LECTURES)
    doc = Document("lectures", LECTURES, DocMeta(), sections=sections,
                   tables=find_tables("lectures", LECTURES, sections))
    found = dated_row_with(doc, [("6", "19")], "topic")
    assert found is not None and found[1].cells[0].text == "第二场"
    assert dated_row_with(doc, [("6", "26")], "topic") is None


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "place-cells", {"yutun-graduation": GRADUATION,
                                                           "yutun-lectures": LECTURES})


def test_a_place_asked_is_the_rows_place_cell_in_the_table_that_has_one(service: Service) -> None:
    r = service.ask("榆屯县南湖小学毕业典礼在哪办")
    assert not r.abstained and r.answer.startswith("学校报告厅"), r.answer
    text = service.index.documents["yutun-graduation"].text
    assert [text[c.start:c.end] for c in r.citations] == ["榆屯县南湖小学 | 6月29日 | 学校报告厅 | 164"]


def test_a_count_asked_of_the_same_row_stays_its_tables_cell(service: Service) -> None:
    r = service.ask("榆屯县南湖小学分到多少份纪念册")
    assert not r.abstained and r.answer.startswith("170份"), r.answer


def test_a_topic_asked_of_a_dated_row_with_its_audience(service: Service) -> None:
    r = service.ask("榆屯县6月19日的讲座讲的是什么")
    assert not r.abstained and r.answer.startswith("暑期交通安全") and "480" in r.answer, r.answer
