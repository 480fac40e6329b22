"""What a question narrows its thing to is kept, on documents written here (real ingest, Service.ask): a member of a
pair asked with a quality (普惠性民办园) is only a part of the member, so the whole less the other member is no
answer for it; a follow-up naming one member after a turn about the other asks that member alone, never both; a
question pointing at one unit of a table (那所…高中) asks that row's average, never the total row's; a stage's name
(幼儿园) names no people, so 幼儿园教师 asked are staff, counted by a clause of teachers."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

KINDERGARTENS = """榕溪县2025年学前教育发展情况报告
榕溪县教育局
2026年2月
一、基本情况
2025年底，全县共有幼儿园40所，其中公办园22所、普惠性民办园13所、非普惠性民办园5所。
全县在园幼儿5000人，其中公办园在园幼儿2600人，普惠性幼儿园在园幼儿4100人。
"""

CLASSES = """榕溪县普通高中办学条件监测报告
榕溪县教育局
2026年3月
一、基本情况
全县普通高中4所，各校班级和班额情况见下表。
| 学校 | 班级数（个） | 平均班额（人） |
| --- | --- | --- |
| 县第一中学 | 48 | 55.2 |
| 省级示范高中榕溪中学 | 36 | 52.0 |
| 县第三中学 | 24 | 48.5 |
| 县职教中心 | 12 | 47.0 |
| 合计 | 120 | 52.4 |
"""

TEACHERS = """榕溪县2026年教育工作要点
榕溪县教育局
2026年2月
一、队伍建设
全年公开招聘教师一百三十名，其中幼儿园教师五十名，重点补充乡镇中心幼儿园。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-member-unit", {
        "rongxi-preschool-2025": KINDERGARTENS, "rongxi-high-school-classes-2026": CLASSES,
        "rongxi-work-points-2026": TEACHERS})


def test_a_qualified_member_is_not_the_whole_less_the_other_member(service):
    answer = service.ask("榕溪县普惠性民办园的在园幼儿大概有多少？")
    # 5000 − 2600 counts every 民办园, not the 普惠性 ones
    assert 2400 not in {f.value for f in answer.figures}, answer.answer


def test_a_follow_up_naming_one_member_asks_that_member_alone(service):
    history = [{"role": "user", "content": "榕溪县公办幼儿园有多少所？"},
               {"role": "assistant", "content": "22所。"}]
    answer = service.ask("普惠性民办园呢？", history)
    assert first_figure(answer) == (13, "所"), answer.answer


def test_both_members_joined_are_each_answered(service):
    answer = service.ask("榕溪县公办园和普惠性民办园各有多少所")
    assert {(f.value, f.unit) for f in answer.figures} >= {(22, "所"), (13, "所")}, answer.answer


def test_one_school_pointed_at_is_not_answered_by_the_total_row(service):
    answer = service.ask("榕溪县那所省里挂牌的高中一个班平均坐多少学生")
    assert (52.4, "人") not in {(f.value, f.unit) for f in answer.figures}, answer.answer


def test_the_whole_places_average_is_the_total_rows(service):
    answer = service.ask("榕溪县普通高中全县平均班额是多少")
    assert first_figure(answer) == (52.4, "人"), answer.answer


def test_teachers_of_a_stage_asked_are_counted_by_a_clause_of_teachers(service):
    answer = service.ask("榕溪县2026年要招多少幼儿园教师")
    assert first_figure(answer) == (50, "名"), answer.answer
