"""A share judged by the rule whose whole it is of: the training share of 公用经费补助 (as performance reports
name the whole) against the 5% training-funds rule, and the 骨干 share of the teachers rotated (computed from
the counts when the document states no such share) against the 20% rule — never the rotation rate of the
eligible teachers the same passage states (10% rule). Asked `B里A的比例`, `B中A占比`. Documents written here."""
from __future__ import annotations

import pytest

from figures.standards import rule_of_whole
from tests.written import service_over

EVAL = """平凉市崆峒区2024年义务教育经费绩效自评报告
一、资金使用情况
分项目支出情况：公用经费补助2,855万元，免费教科书182万元。其中用于教师培训的支出128.5万元，占公用经费补助的4.5%。
二、教师队伍建设
全区义务教育学校交流轮岗教师240人，占符合交流轮岗条件教师数的12.4%，其中骨干教师42人。
"""


@pytest.mark.parametrize("whole, key", [
    ("义务教育学校交流轮岗教师", "backbone_rotation_ratio"),  # the schools it is of before the whole
    ("全年下达公用经费补助", "training_funds_share"),
    ("符合交流条件教师", "rotation_ratio"),
    ("在校学生", None),
])
def test_the_rule_of_a_whole_named_with_what_it_is_of(whole, key):
    assert rule_of_whole(whole) == key


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "sharerules", {"eval": EVAL})


@pytest.mark.parametrize("question, share, rule", [
    ("崆峒区公用经费里教师培训支出的比例符合优质均衡标准吗？", 4.5, 5),
    ("崆峒区教师培训经费占公用经费的比例达到国家要求没有", 4.5, 5),
    ("崆峒区交流轮岗教师里骨干教师的比例符合优质均衡要求吗？", 17.5, 20),
    ("崆峒区交流轮岗教师中骨干教师占比够不够标准", 17.5, 20),
])
def test_a_share_is_judged_by_the_rule_of_its_whole(service, question, share, rule):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert round(r.figures[0].value, 1) == share, r.answer
    assert "未达标" in r.answer and f"≥ {rule}%" in r.answer, r.answer


def test_the_rotation_rate_is_still_judged_by_its_own_rule(service):
    r = service.ask("崆峒区交流轮岗教师比例达标了吗")
    assert r.figures[0].value == 12.4 and "≥ 10%：达标" in r.answer, r.answer
