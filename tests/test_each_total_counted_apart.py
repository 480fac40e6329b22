"""A total asked (一共, 总共) of money a notice sets per unit (`入选单位每校给予N万元`) in one sentence and whose
units it counts in another (`M所…获评…称号`): M × N — the count whose sentence names the award the question
asks by, never the count of the units that entered nor a target for a year to come; asked per unit, the amount
as set. On a notice written here; real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

NOTICE = """棠溪县美丽校园评审公告（2026）
本次参加评选的学校有31所，最终8所学校获评县级美丽校园称号。
入选名单：棠溪县育才小学、棠溪县青禾中学等。
入选学校每校给予环境改善奖励经费5万元。
全县美丽校园力争三年内增至25所。
棠溪县教育局
2026-11-05
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "each-total-apart", {"tangxi-campus-award-2026": NOTICE})


@pytest.mark.parametrize("question", ["棠溪县这次美丽校园奖励的钱总共是多少", "棠溪县美丽校园评选总共奖励多少经费？"])
def test_total_is_the_amount_per_unit_times_the_units_awarded(service: Service, question: str) -> None:
    response = service.ask(question)
    assert first_figure(response) == (40.0, "万元"), response.answer  # 5万元 × 8所, not × 31 nor × 25
    assert "8所" in response.answer.split("依据")[0], response.answer


def test_the_amount_per_unit_asked_is_the_amount_set(service: Service) -> None:
    response = service.ask("棠溪县美丽校园每校给多少奖励经费？")
    assert not response.abstained, response.answer
    assert "5万元" in response.answer and "40万元" not in response.answer, response.answer
