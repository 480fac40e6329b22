"""People per unit of a table row asked against the cap its document sets per unit (`每队的人数超过上限了吗`), in
documents written here (real ingest, Service.ask): the row's people ÷ its units against the cap set for that row's
group, never a neighbouring count of the document (1名领队) judged — server/answer/rowmeanbar.py."""
import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """潼岭县中小学篮球赛安排（2026）
一、参赛办法
每校每组限一支球队，小学组每队报名队员最多12人，中学组每队报名队员最多15人。
每队须有1名领队随行。
二、参赛规模
| 分组 | 球队（支） | 队员（人） |
| --- | --- | --- |
| 小学组 | 10 | 110 |
| 中学组 | 8 | 128 |
| 合计 | 18 | 238 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "mean-per-unit-cap", {"tongling-basketball-2026": NOTICE})


def test_a_row_within_its_groups_cap_is_not_over(service: Service) -> None:
    answer = service.ask("潼岭县小学组每队的人数超过上限了吗")
    assert not answer.abstained, answer.answer
    assert "没超" in answer.answer and "11" in answer.answer and "12人" in answer.answer, answer.answer
    assert "1名" not in answer.answer.split("依据")[0], answer.answer


def test_a_row_over_its_groups_cap_is_over(service: Service) -> None:
    answer = service.ask("潼岭县中学组每队的人数超过上限了吗")
    assert not answer.abstained, answer.answer
    assert "超了" in answer.answer and "16" in answer.answer and "15人" in answer.answer, answer.answer
