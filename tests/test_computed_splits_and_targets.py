"""Computed figures from prose a document states apart: an item's share of the count a `其中` list splits,
the whole named with a qualifier the question leaves out; and the points a rate is to rise by a plan's
year, from the rate now and the level its list of targets sets. Documents written here (invented)."""
from __future__ import annotations

import pytest

from server.answer.comparison import _list_lead, _sides
from server.answer.derived import _names_whole
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a county's work report: counts split by `其中` lists, one written in Chinese numerals
REPORT = """青禾县2025年教育工作报告
青禾县教育局
2026年1月
一、基本情况
全县义务教育阶段在校学生40000人，其中小学生26000人、初中生14000人。全县共有中小学校86所。
二、队伍建设
全年新录用教师一百八十名，其中安排到农村学校的一百零八名。
"""
REPORT_ID = "qinghe-report-2025"

# a county's preschool plan: the rates now in the prose, the targets a list under `到2028年…：`
PLAN = """青禾县学前教育提升计划（2026—2028年）
青禾县教育局
2026年2月

## 一、现状

截至2025年底，全县普惠性幼儿园覆盖率82.5%，公办幼儿园在园幼儿占比46.0%，幼儿园专任教师持证率90.5%。

## 二、主要目标

到2028年，全县学前教育普惠水平明显提高：

- 普惠性幼儿园覆盖率达到92%以上；
- 公办幼儿园在园幼儿占比达到52%以上；
- 幼儿园专任教师持证率达到98%以上。
"""
PLAN_ID = "qinghe-preschool-plan-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "splits", {REPORT_ID: REPORT, f"{PLAN_ID}.md": PLAN.encode()})


def test_whole_named_with_a_qualifier_the_question_leaves_out():
    assert _names_whole("义务教育阶段在校学生", "义务教育在校生")
    assert _names_whole("新录用教师", "新录用教师")
    assert not _names_whole("义务教育阶段在校学生", "在校生")  # a wider count, named by its head alone
    assert not _names_whole("专任教师", "义务教育在校生")


def test_whole_named_by_the_other_group_a_negation_or_wider_stages_is_another_whole():
    assert not _names_whole("民办小学专任教师", "公办小学专任教师")  # the other member of an exhaustive pair
    assert not _names_whole("非住校学生", "住校学生")
    assert not _names_whole("中小学专任教师", "小学专任教师")  # 中小学 is both stages
    assert not _names_whole("初中及高中在校生", "初中在校生")
    assert _names_whole("公办幼儿园在园儿童", "公办幼儿园在园幼儿")  # a qualifier or wording the document adds


def test_share_of_an_item_in_a_whole_the_document_qualifies(service):
    r = service.ask("全县义务教育在校生中小学生占多大比例？")
    assert first_figure(r) == (65.0, "%"), r.answer  # 26000 ÷ 40000
    assert inputs_cited(service, r, REPORT_ID)


def test_share_of_an_item_counted_in_chinese_numerals(service):
    r = service.ask("2025年全县新录用的教师中安排到农村学校的占多少？")
    assert first_figure(r) == (60.0, "%"), r.answer  # 108 ÷ 180
    assert inputs_cited(service, r, REPORT_ID)


def test_share_of_a_wider_whole_is_not_the_split_one(service):
    r = service.ask("全县全部学生中小学生占多大比例？")
    assert r.abstained or all(round(f.value, 1) != 65.0 for f in r.figures), r.answer


def test_points_a_rate_is_to_rise_by_a_plan_year_are_sides_of_a_goal():
    sides = _sides("某县公办幼儿园在园幼儿占比到2028年要提高多少个百分点?")
    assert sides == ("某县公办幼儿园在园幼儿占比2028年目标", "某县公办幼儿园在园幼儿占比", False, True)
    assert _sides("某县学生近视率到2028年要降低多少个百分点?")[2]  # a fall: the goal is the smaller
    assert _sides("某县毛入园率从2020年到2025年提高了多少个百分点?") is None  # two years' values, no goal


def test_list_item_is_a_goal_when_its_lead_line_sets_one():
    text = "到2028年，全县学前教育普惠水平明显提高：\n\n覆盖率达到92%以上；\n\n占比达到52%以上；\n"
    assert _list_lead(text, text.index("占比")).startswith("到2028年")
    prose = "截至2025年底，全县覆盖率82.5%。\n\n占比46.0%。\n"
    assert _list_lead(prose, prose.index("占比")) == ""


def test_report_line_after_a_goal_list_is_no_item_of_it():
    text = "到2029年，全市实现以下目标：\n1. 覆盖率达到95%；\n2. 巩固率达到98%。\n截至2025年底，全市覆盖率为90%。\n"
    assert _list_lead(text, text.index("巩固率")).startswith("到2029年")
    assert _list_lead(text, text.index("全市覆盖率为")) == ""


def test_points_to_rise_are_the_target_less_the_rate_now(service):
    r = service.ask("全县公办幼儿园在园幼儿占比到2028年要提高多少个百分点？")
    assert first_figure(r) == (6.0, "百分点"), r.answer  # 52 − 46.0, never 52 − 0 or 46.0 alone
    assert len(r.figures[0].inputs) == 2
