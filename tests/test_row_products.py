"""Amounts a table row gives as the product of two of its cells, on documents written here: the total a 生均
figure implies (生均 × the pupils the row counts), and how many of a row's counted have what a rate column
measures (count × rate); the rate asked itself stays the cell, and a row the question does not single out
(two years' rows of one stage) gives no product."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a county's school-by-school inspection: pupils beside figures per pupil
INSPECTION = """某县义务教育学校办学条件核查情况报告
县教育局
2026年10月
一、核查结果
各校核查数据见下表。

| 学校 | 学段 | 在校生（人） | 生均图书册数（册） | 生均仪器设备值（元） |
| --- | --- | --- | --- | --- |
| 某县第一小学 | 小学 | 1200 | 30.5 | 2400 |
| 某县第二中学 | 初中 | 1500 | 41.2 | 2900 |
"""
INSPECTION_ID = "county-inspection-2026"

# a county's physical-health sampling: one row per stage and year, rates beside the count sampled
HEALTH = """某县学生体质健康抽测情况通报
县教育局
2026年11月
一、抽测结果

| 学段 | 年度 | 抽测人数 | 优良率 | 近视率 |
| --- | --- | --- | --- | --- |
| 初中 | 2025年 | 1700 | 44.0% | 62.0% |
| 初中 | 2026年 | 1800 | 46.5% | 60.5% |
"""
HEALTH_ID = "county-health-2026"

# a county's study-trip notice: each batch's trainees beside the teachers leading them and the fee charged per head
TRIPS = """某县暑期研学旅行安排
县教育局
2026年6月
一、批次安排

| 批次 | 路线 | 学员（人） | 随队老师（人） | 每人缴费（元） |
| --- | --- | --- | --- | --- |
| 甲批 | 古镇寻访 | 64 | 6 | 250 |
| 乙批 | 湿地考察 | 90 | 8 | 310 |
"""
TRIPS_ID = "county-trips-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rowproducts", {f"{INSPECTION_ID}.md": INSPECTION.encode(),
                                                          f"{HEALTH_ID}.md": HEALTH.encode(),
                                                          f"{TRIPS_ID}.md": TRIPS.encode()})


def test_total_a_per_pupil_figure_implies_is_it_times_the_rows_pupils(service):
    r = service.ask("某县第一小学按生均图书算，一共有多少册书？")
    assert first_figure(r) == (36600.0, "册"), r.answer  # 30.5 × 1200, never the 30.5 per pupil
    assert "30.5册 × 1200人" in r.figures[0].formula
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["1200", "30.5"]
    assert inputs_cited(service, r, INSPECTION_ID)


def test_count_of_those_a_rate_measures_is_the_rows_count_times_the_rate(service):
    r = service.ask("某县2026年抽测的初中生里近视的有多少人？")
    assert first_figure(r) == (1089.0, "人"), r.answer  # 1800 × 60.5%, the 2026 row
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["1800", "60.5%"]
    assert inputs_cited(service, r, HEALTH_ID)


def test_the_rate_asked_itself_is_the_cell_not_a_product(service):
    r = service.ask("某县2026年初中近视率是多少？")
    assert not any("×" in (f.formula or "") for f in r.figures), r.answer
    assert "60.5%" in r.answer, r.answer


def test_no_product_when_two_rows_fit(service):
    r = service.ask("某县抽测的初中生里近视的有多少人？")  # no year: the 2025 and the 2026 row both fit
    assert not any("×" in (f.formula or "") for f in r.figures), r.answer


def test_a_fee_per_head_times_those_served_never_the_staff_leading_them(service):
    r = service.ask("某县研学旅行乙批一共能收上来多少钱？")
    assert first_figure(r) == (27900.0, "元"), r.answer  # 310 × 90 trainees, never × the 8 teachers
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["310", "90"]
    assert inputs_cited(service, r, TRIPS_ID)


def test_the_fee_per_head_asked_itself_is_the_cell(service):
    r = service.ask("某县研学旅行乙批每人缴费多少？")
    assert not any("×" in (f.formula or "") for f in r.figures), r.answer
    assert "310" in r.answer, r.answer
