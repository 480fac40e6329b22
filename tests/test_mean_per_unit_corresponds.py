"""A mean per unit asked as what one unit corresponds to (`平均一期研学对应多少学生`): 对应 names neither the unit nor
the people (server/lexicon/plain_words.tsv), so the table's total row answers it as people ÷ units. A document
written here, real ingest."""

import pytest

from ingest.normalize import normalize
from server.query import plain
from server.service import Service
from tests.written import first_figure, service_over

TRIPS = """柘川县2026年中小学研学实践活动安排
一、活动安排
各学段研学安排见下表：
| 学段 | 学校数 | 出行学生（人） | 研学期数 |
| --- | --- | --- | --- |
| 小学 | 40 | 12000 | 30 |
| 初中 | 16 | 6000 | 18 |
| 合计 | 56 | 18000 | 48 |
二、安全要求
各校须为参加学生购买意外伤害保险。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "mean-corresponds", {"zhechuan-trips": TRIPS})


def test_corresponds_names_nothing() -> None:
    assert plain(normalize("平均每班对应多少名老师")) == "平均每班多少名教师"


def test_a_mean_asked_as_what_one_unit_corresponds_to(service: Service) -> None:
    r = service.ask("柘川平均一期研学对应多少学生")
    assert not r.abstained and "18000" in r.answer and "48" in r.answer, r.answer
    assert first_figure(r)[0] == pytest.approx(375)
