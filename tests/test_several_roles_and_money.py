"""Several things asked under one predicate (`裁判、志愿者、经费分别多少`), on a document written here (real ingest,
Service.ask): the money the list asks is never put on an item naming people by their role
(server/lexicon/role_nouns.tsv), each item answered in its own unit, figures in Chinese numerals read too."""
from __future__ import annotations

import pytest

from server.answer.several import _listed_units
from server.query import analyse
from server.regions import RegionCatalog
from server.service import Service
from tests.written import service_over

SUMMARY = """棠湖区2026年中小学篮球联赛工作总结
棠湖区教育局
2026年12月2日
一、赛事概况
本届联赛历时六周，全区二十四所学校派队参赛，赛事聘请裁判员三十六名，招募学生志愿者九十名，投入经费四十五万元。
二、下一步打算
明年新建室外篮球场十块。
"""
SUMMARY_ID = "tanghu-basketball-league-summary-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "several-roles", {SUMMARY_ID: SUMMARY})


def test_an_item_of_people_by_role_is_not_asked_in_the_lists_money():
    query = analyse("某区联赛裁判、志愿者、经费分别多少", RegionCatalog({}))
    units = [_listed_units(query, t, query.narrowed(t).asked).units for t in query.asks]
    assert units[0][0] == "人" and units[1][0] == "人" and units[2] == ("元",), units


def test_roles_and_money_each_in_its_unit(service):
    r = service.ask("棠湖联赛裁判、志愿者、经费分别多少")
    assert not r.abstained, r.answer
    head = r.answer.split("依据")[0]
    assert all(f in head for f in ("36名", "90名", "45万元")), r.answer
