"""A report setting each group's figures on a line of `header：value` pairs is a table (ingest/tables._pair_table):
its cells are answered as any table's, the row's pauses parting cells, not a sentence's items, and a column is
asked by the noun a verb's object splits from it (`罚了多少球` of `罚球数`, beside `进球数`) or that ends its
header after another verb (`拿了几个优胜奖` of `获优胜奖`). Document written here,
real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

LEAGUE = """棠浦县2026年中小学篮球赛情况通报
棠浦县教育局
2026年11月20日
一、比赛情况
本届比赛分两个组别进行，全县十四所学校参加，各组别情况如下：
组别：小学组；参赛队：10支；队员：120人；比赛场次：25场；罚球数：86个；进球数：410个；获优胜奖：4个
组别：初中组；参赛队：8支；队员：96人；比赛场次：20场；罚球数：64个；进球数：352个；获优胜奖：2个
组别：合计；参赛队：18支；队员：216人；比赛场次：45场；罚球数：150个；进球数：762个；获优胜奖：6个
二、下一步工作
明年增设高中组，继续办好县级联赛。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "pair-rows", {"tangpu-basketball": LEAGUE})


def test_a_column_asked_by_the_object_of_its_verb(service: Service) -> None:
    r = service.ask("棠浦初中组罚了多少球")
    assert not r.abstained and r.answer.startswith("64个"), r.answer
    text = service.index.documents["tangpu-basketball"].text
    (cited,) = {text[c.start:c.end] for c in r.citations}
    assert cited.startswith("组别：初中组；参赛队：8支"), cited


def test_a_cell_of_a_pairs_row_by_its_counter(service: Service) -> None:
    r = service.ask("棠浦小学组一共比了几场")
    assert not r.abstained and "25场" in r.answer, r.answer


def test_a_column_ending_with_the_noun_asked_after_another_verb(service: Service) -> None:
    r = service.ask("棠浦初中组拿了几个优胜奖")
    assert not r.abstained and r.answer.startswith("2个"), r.answer
