"""A table of an event's money by month, on a document written here: a month's row asked with the event the title
names (its caption naming the title's subject by its head word, 活动) answered by that row's cell, a month
asked by its number (`4月份`) as a share of the whole answered by its row over the total row, and months said one
after another with no mark between them (`3月4月5月`) asked as the list of their rows."""
from __future__ import annotations

import pytest

from server.query import month_lists
from server.service import Service
from tests.written import first_figure, service_over

# a district's reading festival plan: its money by month under a caption naming the plan's 活动
FESTIVAL = """某区2026年校园读书节系列活动方案
区教育局
2026年2月
一、活动安排
读书节自3月持续到5月，各校分月开展阅读推广。
二、经费安排

表1 活动经费分月安排（单位：万元）

| 月份 | 经费（万元） | 主要用途 |
| --- | --- | --- |
| 3月 | 3.0 | 图书采购 |
| 4月 | 4.5 | 作家进校园讲座 |
| 5月 | 2.5 | 评比表彰 |
| 合计 | 10.0 | — |
"""
FESTIVAL_ID = "district-reading-festival-plan-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "monthrows", {FESTIVAL_ID: FESTIVAL})


def test_a_month_asked_with_the_titles_event_is_its_rows_cell(service):
    r = service.ask("某区读书节4月经费是多少")
    assert first_figure(r) == (4.5, "万元"), r.answer


def test_a_month_asked_by_its_number_as_a_share_of_the_whole(service):
    r = service.ask("某区读书节5月份花的经费占合计经费多少")
    assert first_figure(r) == (25.0, "%"), r.answer  # 2.5 ÷ 10.0


def test_months_run_together_are_a_list_never_a_day():
    assert month_lists("3月4月5月各多少") == "3月、4月、5月各多少"
    assert month_lists("3月10日开始") == "3月10日开始"


def test_months_run_together_are_each_their_rows_cell(service):
    r = service.ask("某区读书节3月4月5月经费各是多少")
    assert not r.abstained and all(f in r.answer for f in ("3.0", "4.5", "2.5")), r.answer
