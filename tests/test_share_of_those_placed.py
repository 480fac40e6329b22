"""The share of those taking part who were placed, asked of a contest's table (`选手获奖的比例`): the total row's (or
the named row's) column totalling the placed (`获奖合计`, after its grades) ÷ the one counted column of entrants
before it, the formula shown and the row cited — never a grade's cell, nor a rate when the question names no group
the table totals. Documents written here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

CONTEST = """桦岭县2026年中小学生机器人竞赛获奖情况通报
桦岭县教育局
2026年11月12日
全县5所学校组队参赛，比赛分小学组和初中组进行。

表1 各校参赛及获奖人数

| 学校 | 参赛队员（人） | 一等奖 | 二等奖 | 三等奖 | 获奖合计 |
| --- | --- | --- | --- | --- | --- |
| 桦岭县实验小学 | 24 | 2 | 4 | 6 | 12 |
| 县第二小学 | 16 | 1 | 2 | 3 | 6 |
| 县第一初级中学 | 20 | 3 | 3 | 4 | 10 |
| 合计 | 60 | 6 | 9 | 13 | 28 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "placed-share", {"hualing-robots": CONTEST})


def test_the_share_placed_is_the_total_rows_placed_over_its_entrants(service: Service) -> None:
    r = service.ask("桦岭机器人竞赛队员获奖的比例是多少")
    assert not r.abstained, r.answer
    assert "28 ÷ 60" in r.answer and any(abs(f.value - 46.67) < 0.01 for f in r.figures), r.answer


def test_a_named_rows_share_placed(service: Service) -> None:
    r = service.ask("桦岭县第二小学队员获奖的比例是多少")
    assert not r.abstained and "6 ÷ 16" in r.answer, r.answer
