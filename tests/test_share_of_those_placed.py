"""The share of those taking part who were placed, asked of a contest's table (`队员获奖率`): the total row's (or the
named row's) column totalling the placed (`获奖总数`, after its grades) ÷ the one counted column of entrants before
it, the formula shown and the row cited. Documents written here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

CONTEST = """桦岭县2026年青少年机器人竞赛结果通报
桦岭县教育局
2026年11月12日
共有3所学校组队，按年龄分两个组别。

表1 各校队员获奖名次

| 学校 | 参赛队员（人） | 金奖 | 银奖 | 铜奖 | 获奖总数 |
| --- | --- | --- | --- | --- | --- |
| 桦岭县启航小学 | 24 | 2 | 4 | 6 | 12 |
| 湖滨小学 | 16 | 1 | 2 | 3 | 6 |
| 桦岭县城西中学 | 20 | 3 | 3 | 4 | 10 |
| 合计 | 60 | 6 | 9 | 13 | 28 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "placed-share", {"hualing-robots": CONTEST})


def test_the_share_placed_is_the_total_rows_placed_over_its_entrants(service: Service) -> None:
    r = service.ask("桦岭机器人竞赛队员获奖的比例有多大")
    assert not r.abstained, r.answer
    assert "28 ÷ 60" in r.answer and any(abs(f.value - 46.67) < 0.01 for f in r.figures), r.answer


def test_a_named_rows_share_placed(service: Service) -> None:
    r = service.ask("桦岭湖滨小学队员获奖率是多少")
    assert not r.abstained and "6 ÷ 16" in r.answer, r.answer


SCREENING = """桦岭县2031年学生龋齿筛查情况
桦岭县教育局

表1 各学段龋齿筛查与目标

| 学段 | 筛查人数（人） | 患龋人数 | 2033年目标（%） |
| --- | --- | --- | --- |
| 小学 | 8000 | 2400 | 25 |
| 初中 | 5000 | 1200 | 20 |
| 合计 | 13000 | 3600 | 23 |
"""


@pytest.fixture(scope="module")
def screening(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "placed-share-screening", {"hualing-screening": SCREENING})


def test_a_count_right_after_the_whole_totals_no_grades(screening: Service) -> None:
    # a part counted right after the whole (患龋人数) is no column totalling grades: its rate's target is a cell
    r = screening.ask("桦岭县初中2033年患龋率目标是多少")
    assert "1200 ÷ 5000" not in r.answer and not any(abs(f.value - 24.0) < 0.01 for f in r.figures), r.answer
