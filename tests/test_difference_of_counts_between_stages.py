"""A difference of one count between two stages asked with the count named once (`小学专任教师人数比初中多
多少`): the second side is the same counted noun of the other stage, looked up on its own, both inputs cited —
on a report written here whose stages' counts stand in separate sentences and a table."""
from __future__ import annotations

import pytest

from server.answer.comparison import asked_sides
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

REPORT = """桐川县2026年教育事业发展情况
桐川县教育局
2026年3月
一、学校与学生
全县小学在校生18420人，比上年减少310人。
全县初中在校生9630人，寄宿生4100人。
二、教师
全县小学专任教师1125人，本科以上学历占76%。
初中专任教师742人，其中县级骨干教师96人。
三、学校
| 学段 | 学校数（所） | 教学班（个） |
| 小学 | 41 | 436 |
| 初中 | 15 | 207 |
"""
REPORT_ID = "tongchuan-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stage-counts", {REPORT_ID: REPORT})


@pytest.mark.parametrize(("question", "sides"), [
    ("小学专任教师人数比初中多多少", ("小学专任教师人数", "初中专任教师")),
    ("小学在校生人数比初中多多少", ("小学在校生人数", "初中在校生")),
])
def test_the_other_stage_borrows_the_counted_noun(question, sides):
    assert asked_sides(question)[:2] == sides


@pytest.mark.parametrize("question", ["城区小学比初中多多少", "小学比初中多多少", "重点实验室数量比五年前多多少"])
def test_no_noun_is_borrowed_but_by_a_stage_from_a_side_counting_one(question):
    # a side counting nothing past its stage, or a side naming a time (五年前) and no stage
    assert asked_sides(question) is None


def test_teachers_of_two_stages_each_from_its_sentence(service):
    r = service.ask("桐川县小学专任教师人数比初中多多少")
    assert first_figure(r) == (383.0, "人"), r.answer
    assert inputs_cited(service, r, REPORT_ID)


def test_pupils_of_two_stages_never_the_yearly_change(service):
    r = service.ask("桐川县小学在校生人数比初中多多少")
    assert first_figure(r) == (8790.0, "人"), r.answer
    assert "310" not in r.answer, r.answer
