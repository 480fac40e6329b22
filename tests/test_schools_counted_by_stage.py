"""Wording over a document written here (real ingest, real model, Service.ask): schools asked for (几所学校,
学校有多少所) are counted where a clause names them by their stage (中小学、幼儿园N所, N所初中) — the clause
names the schools asked, so no other sentence writing 学校 with its own figure answers instead."""
import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """澄溪镇校园周边环境整治情况通报
澄溪镇人民政府 2026年4月2日
一、总体情况
此次整治覆盖全镇各中小学、幼儿园三十六所，出动执法人员一百二十人次。
二、存在问题
检查中发现5所学校门前仍有流动摊点，已下发整改通知。
"""
REVIEW = """苇塘县义务教育均衡发展自查报告
苇塘县教育局 2026年3月9日
一、存在问题
校舍短板尚未补齐，3所初中的生均体育运动场馆面积仍低于标准。
二、整改措施
计划再投入资金，2所学校已完成操场改造。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "schools-by-stage", {
        "chengxi-campus-surroundings-2026": NOTICE, "weitang-balance-review-2026": REVIEW})


def test_schools_counted_under_their_stages(service):
    response = service.ask("澄溪镇整治覆盖的学校有多少所")
    assert not response.abstained and "三十六所" in response.answer and "5所" not in response.answer


def test_schools_counted_under_one_stage(service):
    response = service.ask("苇塘县生均体育运动场馆面积低于标准的有几所学校")
    assert not response.abstained and "3所" in response.answer
