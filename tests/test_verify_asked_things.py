"""The thing a question counts must be what the figure counts: people asked (`有多少在读幼儿`) are no count of
schools (`民办园9所`); people per one bus asked are no total carried by all buses (divided when the sentence counts
the buses); a count of places the people only describe (`几个孩子不满三十人的教学点`) is no figure in 人; a sector
asked (城区, 公办) is not another sector's figure (民办); a case the question states in figures, asked yes or no, is
not answered by quoting the rule back. Documents written here (invented places), real ingest, Service.ask."""

import pytest

from server.answer.qualifiers import sector_conflict
from server.intent import counts_things_of_people, wanted_units
from server.service import Service
from tests.written import first_figure, service_over

PLAN = """槐溪县学前教育发展报告（2025年）
槐溪县教育局
2025年11月3日
一、基本情况
截至2024年底，全县共有幼儿园64所，其中公办园35所、普惠性民办园20所、非普惠性民办园9所；在园幼儿9300人。
二、幼儿园校车
全县运营幼儿园校车24辆，覆盖9个乡镇，每天接送幼儿1680人。
三、小规模学校
全县共有乡村小规模学校41所，其中在校生不满三十人的教学点6个。
四、营养膳食补助
营养膳食补助标准为每生每天6元，由县财政按学期拨付。
"""

NOTICE = """梓陵市2026年义务教育招生工作通知
梓陵市教育局
2026年4月20日
一、招生计划
2026年全市民办初中计划招生640人，民办小学计划招生260人。
二、培训要求
每名班主任年度参加专题培训不少于40学时，其中线上学习不超过16学时。
"""

SELF_CHECK = """槐溪县义务教育优质均衡发展自评报告
槐溪县人民政府教育督导室
2025年10月
一、学校情况
槐溪县城西小学生均教学及辅助用房面积5.2平方米，生均体育运动场馆面积8.1平方米。
注：国家标准为小学、初中分别达到：生均教学及辅助用房面积4.5平方米、5.8平方米；生均体育运动场馆面积7.5平方米、10.2平方米。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-things", {"huaixi-preschool-2025": PLAN, "ziling-notice-2026": NOTICE,
                                                            "huaixi-self-check-2025": SELF_CHECK})


@pytest.mark.parametrize("question, people", [
    ("槐溪县有几个孩子不满三十人的教学点？", False),  # the places are counted, the children describe them
    ("有多少个残疾孩子的家庭领到了补贴？", False),  # the households are counted
    ("多少个孤独症孩子免费做了康复？", True),
])
def test_a_count_of_things_the_people_describe(question, people):
    assert counts_things_of_people(question) is not people
    assert ("人" in wanted_units(question)) is people


def test_people_asked_are_no_count_of_schools(service):
    answer = service.ask("槐溪县非普惠性民办园一共有多少在读幼儿？")
    assert not any(f.value == 9 for f in answer.figures), answer.answer
    assert answer.abstained or "所" not in answer.figures[0].unit, answer.answer


def test_people_per_bus_is_the_total_divided_by_the_buses(service):
    value, _ = first_figure(service.ask("槐溪县平均每辆幼儿园校车每天接送多少名幼儿？"))
    assert value == 70  # 1680 ÷ 24


def test_a_count_of_places_is_not_answered_in_people(service):
    answer = service.ask("槐溪县有几个孩子不满三十人的教学点？")
    assert not any(f.unit.startswith("人") for f in answer.figures), answer.answer


def test_another_sector_figure_does_not_answer(service):
    answer = service.ask("梓陵市城区小学2026年计划招生多少人？")
    assert answer.abstained and not any(f.value == 260 for f in answer.figures), answer.answer


def test_a_stated_case_is_not_answered_by_the_rule_quoted(service):
    answer = service.ask("梓陵市一位班主任今年线上学习20学时、线下培训22学时，算完成培训要求吗？")
    assert answer.abstained or answer.figures, answer.answer


@pytest.mark.parametrize("question, context, conflict", [
    ("城区小学计划招多少人？", "全市民办小学计划招生260人", True),
    ("乡镇初中有多少学生？", "其中公办初中在校生3100人", True),
    ("公办小学计划招多少人？", "城区公办小学计划招生1800人", False),  # the sector asked is stated
    ("非公办幼儿园有多少所？", "民办幼儿园17所", False),  # 公办 is set aside, not asked
    ("除公办园以外的幼儿园有多少所？", "民办园36所", False),
    ("城区小学计划招多少人？", "全市小学计划招生2400人", False),  # no sector stated: other checks' business
])
def test_a_sector_asked_against_the_one_stated(question, context, conflict):
    assert bool(sector_conflict(question, [], context, "")) is conflict


def test_a_daily_rate_is_not_a_terms_amount(service):
    answer = service.ask("槐溪县这学期每个学生能拿到多少营养膳食补助？")
    assert not any(f.value == 6 for f in answer.figures), answer.answer


def test_a_comparison_with_a_standard_takes_the_standard_of_the_indicator_asked(service):
    answer = service.ask("槐溪县城西小学的生均体育运动场馆面积比国家标准多多少？")
    # 8.1 − 4.5 or 7.5 − 4.5: another indicator's standard; 0.6 or an abstention
    assert not any(round(f.value, 1) in (3.6, 3.0) for f in answer.figures), answer.answer
