"""A count of things a year added (`增加学位…个`, `新增公办园…所`: the verb, then the things, then their count) is
itself the change a question about that year asks (`…能增加多少学位`), never refused as a level; a level of the
same year (`在园幼儿…人`) still is. Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

BULLETIN = """苡川县2024年学前教育发展情况
苡川县教育局
2025年2月
2024年，全县实施幼儿园扩容工程，改扩建园舍3.6万平方米，增加学位2400个。
全年新增公办幼儿园5所，全县在园幼儿1.28万人。
"""

SUMMARY = """苡川县2024年义务教育学校建设工作总结
苡川县教育局
2025年1月
2024年全县完成薄弱学校改造项目，新建教学楼4栋，增设学位1350个，校舍面积达到41万平方米。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "added-things", {"yichuan-preschool-2024": BULLETIN,
                                                           "yichuan-schools-2024": SUMMARY})


@pytest.mark.parametrize("question, start", [
    ("苡川县2024年幼儿园扩容工程能增加多少学位？", "2400个"),
    ("苡川县2024年新增了几所公办幼儿园？", "5所"),
    ("苡川县2024年薄弱学校改造增设了多少学位？", "1350个"),
])
def test_the_count_of_things_a_year_added_is_the_change(service, question, start):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(start), answer.answer


# a neighbouring county's report of the same year: two places compared, each side a level of that year
NEIGHBOUR = """茛溪县2024年学生资助工作总结
茛溪县教育局
2025年1月
2024年全县共发放寄宿生生活费补助820万元，惠及寄宿生1.1万人次。
"""
YICHUAN_AID = """苡川县2024年学生资助情况
苡川县教育局
2025年1月
2024年全县发放寄宿生生活费补助690万元。
"""


def test_two_places_compared_in_one_year_are_levels(tmp_path_factory):
    service = service_over(tmp_path_factory, "compared-levels", {"genxi-aid-2024": NEIGHBOUR,
                                                                 "yichuan-aid-2024": YICHUAN_AID})
    answer = service.ask("2024年苡川县和茛溪县的寄宿生生活费补助哪个多？多多少？")
    assert not answer.abstained, answer.answer
    assert "130" in answer.answer, answer.answer  # 820 − 690


def test_a_level_of_the_year_is_still_no_change(service):
    answer = service.ask("苡川县2024年在园幼儿比上年增加了多少？")
    assert answer.abstained, answer.answer  # no change of 在园幼儿 is stated
