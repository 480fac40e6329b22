"""Figures a document leaves to compute or to tell apart, on documents written here: what a purchase saved on its
budget (the budget stated in prose less the award's total row, an OCR-spaced table's); a school's share of the
rows of its kind (`…占城区初中计划的比例`: its cell ÷ the kind's rows, not ÷ the table's total of every kind); and
work done in a year asked (`安装了多少个`) answered by the sentence stating the work, never by a table of the
things' stock by year; and a share of a total income never taking the rate per head its part is collected at
(`按每人…不高于N元收取`) for the part, but the amount its sentence says it came to."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.shared_documents import award, enrolment_plan
from tests.written import service_over

AWARD = award("苇塘区教育局课桌椅采购项目成交公告\n本项目采购预算为120万元。\n")

PLAN = enrolment_plan("今年城区三校招生1270人。\n")

SAFETY = """岑湾县2025年校园安全工作总结
一、主要工作
全年安装校园监控摄像头350个，覆盖全部中小学。
二、近两年设施情况
| 设施 | 2024年 | 2025年 |
| --- | --- | --- |
| 校园监控摄像头（个） | 900 | 1250 |
| 紧急报警器（套） | 60 | 75 |
"""


FEES = """苇塘区2025年托管服务收支公示
一、经费来源
财政全年拨付四百零九点五万元。
家长缴费以每人每季度不高于三百元为限收取，全年共收九百二十点五万元。
全年托管服务总收入一千三百三十万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "computed-budget-kind-work",
                        {"weitang-award": AWARD, "cenwan-plan": PLAN, "cenwan-safety": SAFETY,
                         "weitang-fees": FEES})


def test_a_saving_on_the_budget_is_the_budget_less_the_awards_total(service):
    r = service.ask("苇塘区这批课桌椅采购比预算节省了多少")
    assert not r.abstained and "29.5万元" in r.answer and "120" in r.answer and "90.5" in r.answer, r.answer


def test_a_schools_share_of_its_kind_is_over_the_kinds_rows_not_the_tables_total(service):
    r = service.ask("岑湾县东关初级中学招生人数占城区初中计划比例为多少")
    assert not r.abstained and "52%" in r.answer and "1270" not in r.answer, r.answer  # 520 ÷ (520 + 480)


def test_work_done_in_a_year_is_not_a_tables_stock_by_year(service):
    r = service.ask("岑湾县2025年安装了多少个校园监控摄像头")
    assert not r.abstained and "350" in r.answer and "1250" not in r.answer, r.answer
    # the stock asked as such is the table's cell
    stock = service.ask("岑湾县2025年校园监控摄像头有多少个")
    assert not stock.abstained and "1250" in stock.answer, stock.answer


def test_a_share_of_a_total_takes_the_amount_collected_not_the_rate_per_head(service):
    r = service.ask("苇塘区家长缴费占托管服务总收入比例为多少")
    assert not r.abstained and "69.21%" in r.answer and "300" not in r.answer, r.answer  # 920.5 ÷ 1330
