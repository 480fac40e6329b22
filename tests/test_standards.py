"""Stated figures of the real corpus checked against the national 优质均衡 standards."""
import pytest

from figures.indicators import match_indicator
from figures.standards import RULES, StandardError, check, check_figure
from tests.test_figures_extract import BANAN, RONGCHANG, figures_of, one


@pytest.mark.parametrize("indicator,where,threshold", [
    ("special_school_funding", {"unit": "元/生/年"}, 6000),
    ("rotation_ratio", {"unit": "%"}, 10),
    ("backbone_rotation_ratio", {}, 20),
    ("quota_allocation_ratio", {"label": "分配比例"}, 50),
    ("junior_retention", {}, 95),
    ("disabled_enrolment", {}, 95),
])
def test_rongchang_figures_pass_their_standard(indicator, where, threshold):
    record = one(RONGCHANG, indicator=indicator, **where)
    result = check_figure(record)
    assert result.passed and result.threshold == threshold and result.comparator == ">="
    assert "教督〔2017〕6号" in result.source and result.verified
    assert result.gap.inputs[1]["figure_id"] == record.figure_id  # the gap cites the figure


def test_difference_coefficients_by_stage():
    primary = check_figure(one(RONGCHANG, indicator="difference_coefficient", stage="小学"))
    junior = check_figure(one(RONGCHANG, indicator="difference_coefficient", stage="初中"))
    assert (primary.passed, primary.threshold, junior.passed, junior.threshold) == (True, 0.5, True, 0.45)
    assert not primary.verified and "未核实" in primary.summary()  # the per-indicator wording is unverified
    assert not check("difference_coefficient", 0.46, "初中").passed
    assert check("difference_coefficient", 0.46, "小学").passed
    with pytest.raises(StandardError, match="stage"):
        check("difference_coefficient", 0.3)


def test_fail_and_relative_rules():
    fail = check("junior_retention", 93)
    assert not fail.passed and fail.label == "未达标" and round(fail.gap.value, 2) == -2 and fail.gap.unit == "百分点"
    assert fail.summary().startswith("93% < 95%（要求 ≥ 95%，差2个百分点）：未达标")
    assert "（要求 ≤ 45人，超出3人）" in check("class_size", 48, "小学").summary()
    salary = one(RONGCHANG, indicator="teacher_salary")
    assert check("teacher_salary", salary.value, reference=13196).passed
    with pytest.raises(StandardError, match="reference"):
        check("teacher_salary", salary.value)
    with pytest.raises(StandardError, match="no national"):
        check("compulsory_retention", 99.5)


def test_figures_in_another_unit_or_without_a_rule_are_not_checked():
    total = one(RONGCHANG, indicator="special_school_funding", unit="元")  # 87万元 is a budget, not per student
    assert check_figure(total) is None
    assert check_figure(one(BANAN, indicator="compulsory_retention", year=2025, period="十四五")) is None
    banan_share = check_figure(one(BANAN, indicator="public_kindergarten_share", label="公辦率"))
    assert banan_share.passed and not banan_share.verified  # a national goal, source not seen verbatim


def test_every_rule_names_its_source_and_unverified_ones_say_so():
    assert all(r.source for r in RULES)
    assert {r.key for r in RULES if not r.verified} >= {"difference_coefficient"}
    assert len([r for r in figures_of(RONGCHANG) if check_figure(r)]) >= 8


@pytest.mark.parametrize("text, key", [
    ("县级以上骨干教师交流轮岗比例为22.4%", "backbone_rotation_ratio"),  # the 骨干 rule (≥ 20%), either word order
    ("交流轮岗的骨干教师103名，占比37.73%", "backbone_rotation_ratio"),
    ("交流轮岗比例为13.6%，其中骨干教师交流87人", "rotation_ratio"),
    ("按每生每天5元标准享受膳食补助", "meal_subsidy"),
    ("家庭经济困难寄宿生生活费补助标准为小学每生每年1000元", "boarding_subsidy"),
])
def test_indicators_named_in_either_order(text, key):
    found = match_indicator(text, "%" if "%" in text else None)
    assert found is not None and found.key == key
