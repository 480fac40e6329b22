"""A row's share of its table's total row asked `占…的百分比`, the column named by the counter the question writes
(`参赛人次` of `参赛学生（人次）` beside `参赛学校（所）`, both named by 参赛). A document written here, real ingest."""

import pytest

from server.intent import share_nouns
from server.service import Service
from tests.written import first_figure, service_over

FAIR = """枫岭区2026年中小学科技节活动情况通报
一、基本情况
全区各学段科技节开展情况见下表。
各学段科技节开展情况
| 学段 | 参赛学校（所） | 展演（场） | 参赛学生（人次） |
| --- | --- | --- | --- |
| 小学 | 18 | 90 | 7200 |
| 初中 | 8 | 40 | 3000 |
| 合计 | 26 | 130 | 10200 |
二、下一步工作
各校要总结经验，办好下一届科技节。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-share-counter", {"fengling-fair": FAIR})


def test_a_share_asked_as_a_percentage_of_a_whole() -> None:
    assert share_nouns("初中生参赛人次占全区的百分比") == ("初中生参赛人次", "全区")


def test_the_column_named_by_the_counter_asked(service: Service) -> None:
    r = service.ask("枫岭初中生参赛人次占全区的百分比")
    assert not r.abstained and "3000 ÷ 10200" in r.answer, r.answer
    assert first_figure(r)[0] == pytest.approx(29.41, abs=0.01)
