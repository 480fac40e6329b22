"""A share named by what its part did (获奖比例) that a report leaves to compute, on a document written here: the
count of all that did it (not a kind's count the question does not name) ÷ the count put forward, stated in prose,
each in its own sentence."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a city's science contest results: the entries put forward and those that won, one group's winners apart, and a
# table of the winners by group
CONTEST = """某市2026年中小学生科技创新大赛结果公示
市教育局
2026年11月
一、评审情况
本届大赛共收到各校报送作品240件参赛。
经初评和终评，评出一等奖20件、二等奖40件、三等奖60件，获奖作品共120件。
初中组获奖作品55件，比上届多6件。分组结果列于下表。

表1 各组获奖作品统计（单位：件）

| 组别 | 一等奖 | 二等奖 | 三等奖 | 合计 |
| --- | --- | --- | --- | --- |
| 小学组 | 12 | 22 | 31 | 65 |
| 初中组 | 8 | 18 | 29 | 55 |
| 合计 | 20 | 40 | 60 | 120 |
"""
CONTEST_ID = "city-science-contest-results-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "actshares", {CONTEST_ID: CONTEST})


def test_a_share_named_by_the_parts_act_is_all_that_did_it_over_those_put_forward(service):
    r = service.ask("某市参赛作品的获奖比例")
    assert first_figure(r) == (50.0, "%"), r.answer  # 120 ÷ 240, not the 55 of one group
