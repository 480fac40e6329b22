"""A ratio asked by its name (`城乡居民收入比是多少`) is one key term, so the sentence stating it is
found, and 比 of a ratio's name asks no change; a figure listed after a change verb (`分别增长4.6%、
6.2%`) is a change like the first, never the level asked; a change asked against the year before,
where a level was picked, is the change its sentence states beside that level. On a provincial report written here; real
ingest, real model, real Chroma, Service.ask."""

import pytest

from figures.numbers import find_quantities
from server.answer.verify import _is_change
from server.query import key_terms
from server.service import Service
from tests.written import first_figure, service_over

REPORT = """湖南省2026年政府工作报告
湖南省人民政府
2026年1月25日
一、2025年工作回顾
全省居民收入稳步增长，城乡居民人均可支配收入分别增长4.6%、6.2%。
统筹新型城镇化和乡村全面振兴，常住人口城镇化率达到62.1%，城乡居民收入比降至2.31。
全省在园幼儿182.6万人，比上年减少9.4万人，下降4.9%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "ratios-changes", {"hunan-report": REPORT})


def test_a_ratios_name_is_one_term_and_no_share_or_comparison():
    assert "收入比" in key_terms("城乡居民收入比是多少")
    assert "男女比" in key_terms("在校生男女比为多少")
    assert not any(t.endswith("比") for t in key_terms("公办园占比是多少") + key_terms("比上年增加多少"))


def test_every_figure_listed_after_a_change_verb_is_a_change():
    clause = "城乡居民人均可支配收入分别增长4.6%、6.2%"
    assert all(_is_change(clause, q) for q in find_quantities(clause))
    clause = "在园幼儿增加260人，达到9870人"
    assert [_is_change(clause, q) for q in find_quantities(clause)] == [True, False]


def test_a_ratio_asked_is_answered_by_the_ratio_not_a_growth_rate(service):
    r = service.ask("湖南城乡居民收入比是多少？")
    assert first_figure(r)[0] == 2.31, r.answer
    assert not any(f.value in (4.6, 6.2) for f in r.figures), r.answer


def test_the_growth_asked_is_still_answered(service):
    r = service.ask("湖南城乡居民人均可支配收入增长多少？")
    assert not r.abstained and any(f.value in (4.6, 6.2) for f in r.figures), r.answer


def test_a_change_from_the_year_before_is_the_change_beside_the_level(service):
    r = service.ask("湖南去年上幼儿园的孩子比前一年少了多少？")
    assert first_figure(r)[0] == 9.4 and not any(f.value == 182.6 for f in r.figures), r.answer
