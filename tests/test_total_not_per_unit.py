"""A total asked (`一共多少名选手`, `总共有多少…`, `共计…`) is never answered by a figure its clause states per unit
(`各校报送名额以每校4名为限`), on documents written here (real ingest, Service.ask), in Traditional and Simplified
script: the table's total row (合计) of the column asked when its document has one, else an abstention. A sum word
asked of one role's count is out of the question's norm (server/intent.py one_role_count) and still asks the whole
(Query.role_total)."""
from __future__ import annotations

import pytest

from server.answer.verify import _per_unit_for_total
from server.query import analyse
from server.regions import RegionCatalog
from server.service import Service
from tests.written import first_figure, service_over

WITH_TABLE = """棠澗縣第三屆中小學生詩詞大會實施方案
棠澗縣教育局
2026年3月2日
一、參賽對象
全縣中小學在校學生。各校報送名額以每校4名為限，由學校初賽選拔產生。
二、比賽安排
比賽分初賽、復賽和決賽三個階段，決賽於5月中旬在縣文化館舉行。
三、名額分配
各校參賽選手名額見下表。
| 學校 | 參賽選手（名） |
| --- | --- |
| 棠澗縣第一中學 | 4 |
| 棠澗縣第二中學 | 3 |
| 城關小學 | 4 |
| 柳塘小學 | 2 |
| 合計 | 13 |
"""
WITH_TABLE_ID = "tangjian-poetry-contest-2026"

WITHOUT_TABLE = """栎坪县第二届中小学生诗词大会实施方案
栎坪县教育局
2026年3月5日
一、参赛对象
全县中小学在校学生。各校报送名额以每校3名为限，由学校初赛选拔产生。
二、比赛安排
比赛分初赛和决赛两个阶段，决赛于5月下旬在县图书馆举行。
"""
WITHOUT_TABLE_ID = "liping-poetry-contest-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "total-not-per-unit",
                        {WITH_TABLE_ID: WITH_TABLE, WITHOUT_TABLE_ID: WITHOUT_TABLE})


def test_a_sum_word_asked_of_one_roles_count_still_asks_the_whole():
    catalog = RegionCatalog({})
    assert analyse("某县诗词大会一共多少名选手", catalog).role_total
    assert analyse("某縣詩詞大會總共有多少名選手", catalog).role_total
    assert not analyse("某县诗词大会每校几名选手", catalog).role_total


@pytest.mark.parametrize("clause", ["各校报送名额以每校4名为限", "每队报名不超过5人", "每班推荐2名选手"])
def test_a_figure_per_unit_is_no_total(clause: str):
    query = analyse("某县诗词大会一共多少名选手", RegionCatalog({}))
    assert _per_unit_for_total(query, "人", clause)
    assert not _per_unit_for_total(query, "人", "全县共有13名选手参赛")


@pytest.mark.parametrize("question", ["棠澗縣詩詞大會一共多少名選手", "棠涧县诗词大会一共多少名选手",
                                      "棠涧县诗词大会总共有多少名选手"])
def test_the_total_asked_is_the_tables_total_row(service: Service, question: str):
    r = service.ask(question)
    assert first_figure(r) == (13.0, "名"), r.answer
    assert "4名" not in r.answer.split("依据")[0], r.answer


@pytest.mark.parametrize("question", ["栎坪县诗词大会一共多少名选手", "櫟坪縣詩詞大會一共多少名選手",
                                      "栎坪县诗词大会共计多少名选手"])
def test_no_total_stated_is_an_abstention_not_the_figure_per_unit(service: Service, question: str):
    r = service.ask(question)
    assert r.abstained, r.answer
    assert not any(f.value == 3 for f in r.figures), r.answer
