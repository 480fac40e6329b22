"""Awards stated grade by grade, on documents written here (real ingest, Service.ask): an award asked whole
(`X奖一共评几个`) that one sentence lists only by its grades (X一等奖N个、二等奖M个), summed without another award
of the sentence; and a group's share placed (`某组获奖比例`) from a one-row header of grade columns with no total
column, its grades summed ÷ its entrants."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

PLAN = """棠岭县2027年中小学合唱节实施方案
棠岭县教育局
2026年12月1日
一、参赛范围
全县24所中小学均可报名，每校限报1支合唱队。
二、奖项设置
合唱节按组别评出集体一等奖4个、二等奖7个、三等奖11个，另评优秀指导教师奖8个。
"""
PLAN_ID = "tangling-choir-plan-2027"

BULLETIN = """棠岭县第二届中小学生演讲比赛获奖通报
棠岭县教育局
2026年11月18日
一、比赛概况
全县30所学校的100名选手参加了决赛。
二、获奖情况
| 组别 | 参赛选手（人） | 一等奖（名） | 二等奖（名） | 三等奖（名） |
| --- | --- | --- | --- | --- |
| 小学组 | 40 | 2 | 5 | 9 |
| 初中组 | 35 | 2 | 4 | 7 |
| 高中组 | 25 | 1 | 3 | 4 |
| 合计 | 100 | 5 | 12 | 20 |
"""
BULLETIN_ID = "tangling-speech-awards-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "award-grades", {PLAN_ID: PLAN, BULLETIN_ID: BULLETIN})


def test_an_award_asked_whole_sums_its_listed_grades(service):
    r = service.ask("棠岭合唱节集体奖一共评几个")
    assert first_figure(r) == (22.0, "个"), r.answer
    assert inputs_cited(service, r, PLAN_ID)


def test_a_groups_share_placed_from_its_grade_columns(service):
    r = service.ask("棠岭演讲比赛初中组获奖比例多少")
    assert first_figure(r) == (37.14, "%"), r.answer
    assert inputs_cited(service, r, BULLETIN_ID)
