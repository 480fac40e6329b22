"""Two asks of a table's cells. A month asked as `N月份` is the period its row names (`N月`), a time like a year,
never a kind of the thing whose absence from the row refuses it. And several columns asked with 一共各多少 are each
column's total — the total row's cells, one per column — never those columns added into one sum. On documents
written here; real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

READING = """杉屿县中小学“书香月”阅读活动小结
一、活动开展
上半年全县各校持续开展班级共读、亲子阅读，学生人次按月统计。
| 月份 | 开展场次 | 学生参与(人次) |
| --- | --- | --- |
| 1月 | 20 | 3100 |
| 2月 | 9 | 1200 |
| 3月 | 35 | 5600 |
| 合计 | 64 | 9900 |
二、后续安排
暑期继续推荐阅读书目。
"""

SURVEY = """芷岗县中小学生心理健康筛查小结（2026）
| 学段 | 筛查学生(人) | 焦虑倾向（人） | 睡眠不足（人） | 网络依赖（人） |
| --- | --- | --- | --- | --- |
| 小学 | 5200 | 310 | 820 | 150 |
| 初中 | 3100 | 420 | 960 | 270 |
| 合计 | 8300 | 730 | 1780 | 420 |
筛查结果已反馈各校，由心理教师跟进。
"""

DOCS = {"shanyu-reading-month-2026": READING, "zhigang-mental-screening-2026": SURVEY}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "month-rows-each-total", DOCS)


def direct(answer: str) -> str:
    return answer.split("依据")[0].replace(" ", "")


def test_a_month_asked_with_its_suffix_is_its_row(service: Service) -> None:
    response = service.ask("杉屿县3月份阅读活动学生参与了多少人次")
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert "5600人次" in said and "9900" not in said, response.answer


def test_each_total_asked_is_each_columns_total_not_their_sum(service: Service) -> None:
    response = service.ask("芷岗县焦虑倾向、睡眠不足、网络依赖总共各是多少人")
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert all(f in said for f in ("730人", "1780人", "420人")), response.answer
    assert "2930" not in said, response.answer  # 730 + 1780 + 420 is no figure asked
