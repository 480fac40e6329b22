"""A question asking the value of each row by the header that names the rows (`三个组别各有多少个班`, `各学段分别
多少`) and the one column asked: every row but the total, each with its cell — it abstained, since no row was
named. Documents written here."""
from __future__ import annotations

import pytest

from ingest.models import Table
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import parse
from server.service import Service
from tests.tablequestions import ask, labels
from tests.written import service_over

TEXT = """桐岭市教育局关于中小学合唱比赛获奖情况的通报
一、参赛情况
本届比赛各组别情况见下表。

| 组别 | 参赛合唱团（个） | 获奖合唱团（个） |
| --- | --- | --- |
| 小学组 | 46 | 15 |
| 初中组 | 32 | 11 |
| 高中组 | 18 | 6 |
| 合计 | 96 | 32 |

二、下一步工作
各校要加强艺术教育。
"""


@pytest.fixture(scope="module")
def table() -> Table:
    return find_tables("tongling", TEXT, parse_sections(TEXT))[0]


@pytest.mark.parametrize("question", ["三个组别各有多少个参赛合唱团", "各组别参赛合唱团分别多少"])
def test_each_row_of_the_column_asked(table: Table, question: str) -> None:
    assert labels(ask(table, question)) == ["小学组", "初中组", "高中组"]


@pytest.mark.parametrize("question", ["小学组参赛合唱团有多少个", "参赛合唱团各有多少"])
def test_no_header_named_no_rows_listed(table: Table, question: str) -> None:
    query = parse(table, question)
    assert query is None or query.aggregate != "list" or len(query.labels) < 3


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "each-row", {"tongling-bulletin": TEXT})


def test_the_answer_gives_each_rows_cell(service: Service) -> None:
    response = service.ask("桐岭三个组别各有多少个合唱团参赛")
    assert not response.abstained, response.answer
    for label, cell in (("小学组", "46个"), ("初中组", "32个"), ("高中组", "18个")):
        assert label in response.answer and cell in response.answer, response.answer
    assert "96" not in response.answer, response.answer  # the total row is no row asked


TEAMS = """桐岭市教育局关于青少年科技竞赛参赛情况的通报
一、参赛情况

| 项目 | 参赛队伍 | 获奖队伍 |
| --- | --- | --- |
| 航模 | 42 | 12 |
| 编程 | 57 | 16 |
| 合计 | 99 | 28 |

二、下一步工作
各校要加强科技教育。
"""


@pytest.fixture(scope="module")
def teams(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "each-row-teams", {"tongling-teams": TEAMS})


def test_bare_counts_are_given_in_the_counter_asked(teams: Service) -> None:
    response = teams.ask("桐岭两个项目各有多少支队伍参赛")
    assert "42支" in response.answer and "57支" in response.answer, response.answer
