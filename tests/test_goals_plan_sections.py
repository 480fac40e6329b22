"""Targets of a plan from its 目标 section, on a plan written here: a heading that says only
`主要目标` answers `…发展的主要目标是什么` when the title carries the question's topic, quoted with its
content; a year the heading does not name (`2035年远景目标`) is answered by the section's paragraph
that speaks for it, not by the whole section nor by the bare words `到2035年远景`. A target stated
for a whole and a part of it (`…达到300人，其中省级…达到25人`) gives the whole unless the part is asked.
Real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """嘉禾县“十四五”学前教育发展规划（2021—2025年）
一、总体要求
（一）指导思想
坚持学前教育公益普惠基本方向，加快构建覆盖城乡、布局合理的学前教育公共服务体系。
（二）主要目标
到2025年，全县学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率达到90%以上，公办园在园幼儿占比达到55%以上。
到2035年远景，全面普及高质量学前教育，建成覆盖城乡的学前教育公共服务体系，各项主要指标达到全省前列，保教质量位居全市前列，把嘉禾建成全市学前教育高质量发展示范县。
二、主要任务
（一）加强教师队伍建设
到2025年，县级以上骨干教师达到300人，其中省级骨干教师达到25人。
（二）扩大普惠性资源
新建、改扩建公办幼儿园12所，新增公办学位3600个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "plan-goals", {"jiahe-preschool-plan-2021": PLAN})


def test_a_heading_saying_only_main_goals_answers_for_the_plan_topic(service):
    r = service.ask("嘉禾县学前教育发展的主要目标是什么？")
    assert not r.abstained
    assert "普惠性幼儿园覆盖率达到90%以上" in r.answer and "公办园在园幼儿占比达到55%以上" in r.answer
    assert "嘉禾县“十四五”学前教育发展规划" not in r.answer.split("一节")[-1]  # not the title as the answer


def test_a_long_range_year_is_answered_by_its_own_paragraph_of_the_goal_section(service):
    r = service.ask("嘉禾县2035年远景目标是什么？")
    assert not r.abstained
    assert "全面普及高质量学前教育" in r.answer and "保教质量位居全市前列" in r.answer
    assert "95%以上" not in r.answer  # the 2025 paragraph speaks for another year


def test_the_whole_target_not_its_part_unless_the_part_is_asked(service):
    whole = service.ask("嘉禾县到2025年骨干教师要达到多少人？")
    assert not whole.abstained and whole.figures[0].value == 300, whole.answer
    part = service.ask("嘉禾县到2025年省级骨干教师要达到多少人？")
    assert not part.abstained and part.figures[0].value == 25, part.answer
