"""Computed figures from prose a document states apart: an item's share of the count a `其中` list splits,
the whole named with a qualifier the question leaves out; and the points a rate is to rise by a plan's
year, from the rate now and the level its list of targets sets. Documents written here (invented)."""
from __future__ import annotations

import pytest

from server.answer.comparison import _list_lead, asked_sides
from server.answer.derived import _names_whole
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a county's work report: counts split by `其中` lists, one written in Chinese numerals
REPORT = """青禾县2025年教育工作报告
青禾县教育局
2026年1月
一、基本情况
全县寄宿制学校在校住宿学生9600人，其中女生4320人、男生5280人。全县共有中小学校86所。
二、队伍建设
全年评定中级职称教师一百五十名，其中来自乡镇学校的九十名。
全年公开招录新教师240名，其中派往山区学校的168名。
"""
REPORT_ID = "qinghe-report-2025"

# a county's plan: the rates now in the prose, the targets numbered items under a line naming the year
PLAN = """青禾县义务教育优质均衡推进方案
青禾县人民政府办公室
2027年3月

## 一、发展基础

2026年，全县义务教育巩固率保持在95.5%，残疾儿童少年入学率93.0%，小学校际差异系数0.52。

## 二、指标安排

力争到2029年，全县以下指标达到省定优质均衡标准：

（1）义务教育巩固率达到98.5%以上；
（2）残疾儿童少年入学率提高到97%；
（3）小学校际差异系数控制在0.50以内。
"""
PLAN_ID = "qinghe-balance-plan-2027"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "splits", {REPORT_ID: REPORT, f"{PLAN_ID}.md": PLAN.encode()})


def test_whole_named_with_a_qualifier_the_question_leaves_out():
    assert _names_whole("寄宿制学校在校住宿学生", "寄宿制学校住宿生")
    assert _names_whole("评定中级职称教师", "评定中级职称教师")
    assert not _names_whole("寄宿制学校在校住宿学生", "住宿生")  # a wider count, named by its head alone
    assert not _names_whole("专任教师", "寄宿制学校住宿生")


def test_whole_named_by_the_other_group_a_negation_or_wider_stages_is_another_whole():
    assert not _names_whole("民办小学专任教师", "公办小学专任教师")  # the other member of an exhaustive pair
    assert not _names_whole("非住校学生", "住校学生")
    assert not _names_whole("中小学专任教师", "小学专任教师")  # 中小学 is both stages
    assert not _names_whole("初中及高中在校生", "初中在校生")
    assert _names_whole("公办幼儿园在园儿童", "公办幼儿园在园幼儿")  # a qualifier or wording the document adds


def test_share_of_an_item_in_a_whole_the_document_qualifies(service):
    r = service.ask("全县寄宿制学校住宿生中，女生所占比例是多少？")
    assert first_figure(r) == (45.0, "%"), r.answer  # 4320 ÷ 9600
    assert inputs_cited(service, r, REPORT_ID)


def test_share_of_an_item_counted_in_chinese_numerals(service):
    r = service.ask("去年评定中级职称的教师中，来自乡镇学校的占百分之几？")
    assert first_figure(r) == (60.0, "%"), r.answer  # 90 ÷ 150
    assert inputs_cited(service, r, REPORT_ID)


def test_share_of_a_wider_whole_is_not_the_split_one(service):
    r = service.ask("全县所有学生中，女生所占比例是多少？")
    assert r.abstained or all(round(f.value, 1) != 45.0 for f in r.figures), r.answer


def test_points_a_rate_is_to_rise_by_a_plan_year_are_sides_of_a_goal():
    sides = asked_sides("某县义务教育巩固率到2029年还需提升多少个百分点?")
    assert sides == ("某县义务教育巩固率2029年目标", "某县义务教育巩固率", False, True)
    assert asked_sides("某县学生肥胖率到2029年计划下降多少个百分点?")[2]  # a fall: the goal is the smaller
    assert asked_sides("某县高中阶段毛入学率从2019年到2024年提高了多少个百分点?") is None  # two years' values, no goal


def test_list_item_is_a_goal_when_its_lead_line_sets_one():
    text = "力争到2029年，以下指标达到省定标准：\n（1）巩固率达到98.5%以上；\n（2）入学率提高到97%；\n"
    assert _list_lead(text, text.index("入学率")).startswith("力争到2029年")
    prose = "2026年，全县巩固率95.5%。\n\n入学率93.0%。\n"
    assert _list_lead(prose, prose.index("入学率")) == ""


def test_report_line_after_a_goal_list_is_no_item_of_it():
    text = "到2029年，全市实现以下目标：\n1. 覆盖率达到95%；\n2. 巩固率达到98%。\n截至2025年底，全市覆盖率为90%。\n"
    assert _list_lead(text, text.index("巩固率")).startswith("到2029年")
    assert _list_lead(text, text.index("全市覆盖率为")) == ""


def test_points_to_rise_are_the_target_less_the_rate_now(service):
    r = service.ask("全县义务教育巩固率到2029年还需提升多少个百分点？")
    assert first_figure(r) == (3.0, "百分点"), r.answer  # 98.5 − 95.5, never 98.5 − 0 or 95.5 alone
    assert len(r.figures[0].inputs) == 2


def test_share_the_question_retells_in_its_own_words(service):
    # 新招录的教师 for 公开招录新教师, 派到山区学校 for 派往山区学校: the answering sentence's `其中` list
    r = service.ask("青禾县去年新招录的教师里，派到山区学校的占几成？")
    assert first_figure(r) == (70.0, "%"), r.answer  # 168 ÷ 240
    assert inputs_cited(service, r, REPORT_ID)


def test_share_of_a_whole_named_by_the_split_ones_head_alone_is_not_computed(service):
    # all the county's teachers are no count this sentence states: 240 is only the newly recruited
    r = service.ask("青禾县全部教师里，派往山区学校的占几成？")
    assert r.abstained or all(round(f.value, 1) != 70.0 for f in r.figures), r.answer
