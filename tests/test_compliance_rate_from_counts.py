"""A rate asked against the bar its document sets (`整改率达没达标`) when the document states only the counts it is
of (发现隐患N处，已整改M处): the rate computed from the counts its definition names (figures/lexicon/
defined_rates.tsv), both cited, judged against the bar, which is quoted — the bar is never read as the rate
reached. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

HAZARDS = """榕岭县2026年校舍安全排查情况通报
一、排查情况
全年共排查中小学校舍52栋，发现隐患80处，已整改70处。
二、有关要求
县局定下的标准是隐患整改率须达95%以上，余下的隐患排进明年维修计划。
"""

CANTEENS = """柚川县校园餐饮抽查情况
一、检查情况
这学期抽查了36家校内餐厅，发现问题40个，已整改39个。
二、下一步工作
县里的标准是问题整改率须在90%以上，剩下的问题一个月内办结。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rate-counts", {"rongling-hazards": HAZARDS, "youchuan-canteens": CANTEENS})


def _cited(response) -> str:
    return " ".join(c.text for c in response.citations)


def test_a_rate_short_of_the_bar_is_computed_and_not_met(service: Service) -> None:
    r = service.ask("榕岭县隐患的整改率达没达标")
    assert not r.abstained and "没有达标" in r.answer and "87.5%" in r.answer and "95%" in r.answer, r.answer
    assert "已整改70处" in _cited(r) and "须达95%以上" in _cited(r)


def test_a_rate_over_the_bar_is_met_in_either_script(service: Service) -> None:
    r = service.ask("柚川縣問題整改率達標沒有")
    assert not r.abstained and "达标了" in r.answer and "97.5%" in r.answer, r.answer
    assert "已整改39个" in _cited(r) and "须在90%以上" in _cited(r)


def test_the_rate_asked_plainly_is_computed_not_the_bar(service: Service) -> None:
    r = service.ask("榕岭县隐患的整改率算下来多少")
    assert not r.abstained and "87.5%" in r.answer, r.answer
