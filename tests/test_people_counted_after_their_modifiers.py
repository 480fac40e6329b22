"""People asked with words between the asking word and their noun (`有多少体育专任教师`, `多少乡村学生`) are
a count in 人: the sentence stating the stock of them answers, never a sentence naming them beside a count of
something else (`补齐…教师缺额，每名学生掌握一至两项技能`), nor one counting another group of people (pupils for
teachers) — on a sports report written here."""
from __future__ import annotations

import pytest

from server.intent import wanted_units
from server.service import Service
from tests.written import first_figure, service_over

REPORT = """璃川县2025年学校体育工作年度报告
璃川县教育局
2026年1月15日
一、基本情况
全县共有中小学校六十四所，在校学生五万二千人，体育专任教师四百一十二人，其中乡村学校一百零六人。全县学校体育场地达标率百分之八十六，全年新建塑胶跑道十一条、室内体育馆三座，更新体育器材一千二百余件。
二、主要工作
全县特殊教育学校一所，现有在校生一百二十人，配备康复训练室两间。
一是开齐开足体育课，小学每周四节、初中每周三节。二是组建校园足球、篮球联赛，全年参赛学生九千余人。
三、存在问题
体育专任教师仍缺额三十八人，乡村学校场地器材不足。
四、体育专任教师队伍目标
到2026年底，补齐体育专任教师缺额，每名学生掌握一至两项运动技能。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "people-after-modifiers", {"lichuan-sports-2025": REPORT})


@pytest.mark.parametrize("question", ["有多少体育专任教师", "全县有多少乡村学生", "体育专任教师有多少"])
def test_people_after_modifiers_are_counted_in_persons(question):
    assert wanted_units(question)[:1] == ("人",)


@pytest.mark.parametrize("question", ["有多少体育经费", "多少学生资助资金", "多少学校达标"])
def test_other_nouns_keep_their_own_units(question):
    assert "人" not in wanted_units(question)


def test_the_stock_not_a_goal_naming_them(service):
    r = service.ask("璃川县有多少体育专任教师？")
    assert first_figure(r) == (412.0, "人"), r.answer


def test_a_count_of_pupils_never_answers_for_teachers(service):
    r = service.ask("璃川县特殊教育学校有多少专任教师？")
    assert r.abstained and not r.figures, r.answer
