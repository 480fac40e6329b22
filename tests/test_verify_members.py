"""Checks between composing and returning, on documents written here: a statistics bulletin on one
year issued the next, and a county plan. A question about the year after the bulletin's is refused
while 去年 (of its issue year) and its own year answer; a share of another subject is no rate asked;
the other member of an exhaustive pair (公办 for 民办) is never given, its share's rest is computed;
a whole's figure does not answer for a stage; an amount added is not the level to reach, nor the
present the level planned. Real ingest, real model, real Chroma, Service.ask."""

import pytest

from ingest.metadata import reported_year
from server.answer.complements import opposite
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# an annual statistics bulletin: titled by the year it reports on, issued early the next year,
# its sections dated by nothing but the title
BULLETIN = """临泽县2023年教育事业发展统计公报
临泽县教育局
2024年4月2日
现将2023年全县教育事业发展主要统计数据公布如下。
全县共有各级各类学校61所；在校学生3.12万人。
一、学前教育
全县共有幼儿园27所，其中公办幼儿园19所。在园幼儿5,460人，比上年减少310人。公办幼儿园在园幼儿占比72.4%，学前三年毛入园率96.8%。
二、初中
全县共有初中8所。初中招生2,950人；在校生8,770人。初中专任教师806人，其中女教师占比61.2%。
"""
BULLETIN_ID = "linze-statistics-2023"

# a county plan: the present in its review, the levels to reach in its targets
PLAN = """高台县普通高中发展提升计划（2024—2026年）
高台县人民政府办公室
2024年5月8日
一、发展基础
2023年，全县普通高中教学班98个，其中56人以上大班额31个，占教学班总数的31.6%。普通高中生均公用经费为每生每年1000元。
二、发展目标
到2026年，全县创新实验室新建12个，总数达到20个；普通高中生均公用经费提高到每生每年1300元。
"""
PLAN_ID = "gaotai-plan-2024"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "members", {BULLETIN_ID: BULLETIN, PLAN_ID: PLAN})


# --- the year a document reports on ----------------------------------------------------------

def test_the_year_a_report_is_on_when_issued_the_next_year() -> None:
    assert reported_year("某县2023年教育事业发展统计公报", "2024-04-02") == 2023
    assert reported_year("某县2024年部门决算", "2025-06-30") == 2024
    assert reported_year("某县2025年部门预算", "2025-01-10") is None  # issued in its own year
    assert reported_year("某县教育发展规划（2021—2025年）", "2022-03-01") is None  # a span, not a year
    assert reported_year("某县教育统计公报", "2024-04-02") is None


def test_the_year_after_the_bulletins_is_refused(service):
    r = service.ask("临泽县2024年初中招生多少人？")
    assert r.abstained and not r.figures, r.answer


def test_the_bulletins_own_year_and_last_year_of_its_issue_answer(service):
    assert first_figure(service.ask("临泽县2023年初中招生多少人？")) == (2950, "人")
    assert first_figure(service.ask("临泽县去年初中招生多少人？")) == (2950, "人")


# --- a share of another subject is not the rate asked ------------------------------------------

def test_a_share_of_another_subject_is_no_rate_asked(service):
    r = service.ask("高台县2023年普通高中升学率是多少？")
    assert r.abstained and not r.figures and "大班额" in r.answer, r.answer


def test_the_share_asked_by_its_subject_still_answers(service):
    assert first_figure(service.ask("高台县2023年普通高中大班额占比是多少？")) == (31.6, "%")


# --- the other member of an exhaustive pair ------------------------------------------------------

def test_the_members_named_by_question_and_clause() -> None:
    assert opposite("民办幼儿园在园幼儿占比是多少", "公办幼儿园在园幼儿占比68.5%") == "它说的是“公办”，不是“民办”"
    assert opposite("非公办幼儿园占比", "公办幼儿园在园幼儿占比68.5%") is not None
    assert opposite("公办幼儿园在园幼儿占比", "公办幼儿园在园幼儿占比68.5%") is None
    assert opposite("民办学校就读的比例", "在公办学校和民办学校就读的比例为96.4%") is None  # both named
    assert opposite("随迁子女男生人数", "随迁子女5.83万人") is None  # 女 of 子女 is no member


def test_the_other_members_share_leaves_the_rest(service):
    r = service.ask("临泽县民办幼儿园在园幼儿占比是多少？")
    assert first_figure(r) == (27.6, "%")
    assert "72.4" in r.figures[0].formula and inputs_cited(service, r, BULLETIN_ID)


def test_the_rest_of_a_share_of_teachers(service):
    assert first_figure(service.ask("临泽县初中男教师占比是多少？")) == (38.8, "%")


def test_the_other_members_count_is_never_given(service):
    r = service.ask("临泽县民办幼儿园有多少所？")
    assert not r.figures or r.figures[0].value != 19, r.answer


def test_the_members_own_share_still_answers(service):
    assert first_figure(service.ask("临泽县公办幼儿园在园幼儿占比是多少？")) == (72.4, "%")


# --- stage, level, plan ------------------------------------------------------------------------------

def test_the_wholes_figure_is_not_a_stages(service):
    r = service.ask("临泽县2023年小学在校生有多少？")
    assert not r.figures or r.figures[0].value != 31200, r.answer


def test_an_addition_is_not_the_level_to_reach(service):
    r = service.ask("高台县创新实验室到2026年要建到多少个？")
    assert not r.figures or r.figures[0].value != 12, r.answer
    assert first_figure(service.ask("高台县要新建多少个创新实验室？")) == (12, "个")


def test_the_present_is_not_the_level_planned(service):
    r = service.ask("高台县计划把普通高中生均公用经费提高到什么标准？")
    assert not r.figures or r.figures[0].value != 1000, r.answer
    assert first_figure(service.ask("高台县普通高中生均公用经费现在是多少？"))[0] == 1000


def test_a_change_from_the_year_before_is_no_comparison_of_two_kinds(service):
    r = service.ask("临泽县去年上幼儿园的孩子比前一年少了多少？")
    assert not r.figures or "公办" not in r.figures[0].label, r.answer


def test_a_target_not_stated_as_the_present_still_answers(service):
    assert first_figure(service.ask("高台县普通高中生均公用经费到2026年要提高到多少？"))[0] == 1300
