"""A span of school or fiscal years (`2027至2031学年`) is a time the number reader leaves bare: never the count or
amount a question asks (real ingest, Service.ask, on a document written here)."""

import pytest

from server.answer.text import fitting_quantities
from server.query import analyse
from server.regions import RegionCatalog
from server.service import Service
from tests.written import first_figure, service_over

FORECAST = """蓼川县义务教育学位需求测算报告
蓼川县教育局
2026年6月3日
一、测算方法
县教育局依据近五年出生人口和随迁子女数据，对2027至2031学年全县义务教育学位需求进行了测算。
二、测算结论
预计2029学年小学入学人数达到峰值，需新增学位1350个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "school-years", {"liaochuan-places-forecast-2026": FORECAST})


def test_the_figure_stated_beside_a_school_year_is_still_read(service):
    answer = service.ask("蓼川县需新增多少个学位")
    assert first_figure(answer) == (1350, "个"), answer.answer


def test_a_span_of_school_years_is_no_quantity_a_question_can_be_answered_with():
    text = "县教育局对2027至2031学年全县义务教育学位需求进行了测算，需新增学位1350个。"
    found = fitting_quantities(analyse("一共有多少学校", RegionCatalog({})), text, (0, len(text)))
    assert all("2027" not in text[q.start:q.end] for q in found), [text[q.start:q.end] for q in found]
