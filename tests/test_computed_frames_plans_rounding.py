"""Figures computed from a report's prose and rows: a kind's share of the whole framing it in one clause
(`N所学校中M所达标`), the change a school's row plans between its present column and the column of a year's plan
under the same noun (`在校生 | 2030年计划在校生`), a share's gap to the target the question gives (the share from
a whole and its `其中` part), the mean class size of a table's total row, a rate asked of no row as the total
row's (整改完成率 = 已整改 ÷ 涉及), a row's share of all rows of a table without a total row as its cell ÷ the
prose's amount equal to the column's sum, an allotment to each of the things named (`各安排…`) read as an amount
per one, and a computed quotient shown also rounded to one decimal with its unit. Documents invented here."""
from __future__ import annotations

import pytest

from figures.compute import Operand, ratio, with_unit
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

INSPECTION = """榆溪区教育局关于幼儿园保教质量专项检查情况的通报
榆溪区教育局
各幼儿园：
2026年4月，区教育局对全区25所幼儿园的保教质量进行了专项检查。
一、总体情况
对照一日活动安排的要求，25所幼儿园中21所达标。家长问卷显示，对保教工作表示满意的占91.2%。
二、抽查情况
| 幼儿园 | 类别 | 户外活动日均时长（分钟） | 主要问题 |
| --- | --- | --- | --- |
| 榆溪一幼 | 公办 | 130 | 区角材料不足 |
| 南湾幼儿园 | 民办 | 110 | 午睡时间偏短 |
| 北坪幼儿园 | 民办 | 115 | 户外器械老化 |
| 溪口幼儿园 | 公办 | 125 | 保育记录不全 |
| 东林幼儿园 | 民办 | 121 | 晨检记录不全 |
"""

PLAN = """榆溪区普通高中扩容提质计划
榆溪区教育局
一、各校基本情况
| 学校 | 在校生 | 班级数 | 专任教师 | 2030年计划在校生 |
| --- | --- | --- | --- | --- |
| 榆溪一中 | 2400 | 48 | 190 | 2650 |
| 榆溪二中 | 1800 | 36 | 150 | 1900 |
| 合计 | 4200 | 84 | 340 | 4550 |
二、重点任务
一是推进特色办学。榆溪一中建设科技特色高中，榆溪二中建设体育特色高中，各安排专项经费三百万元。
二是改善乡镇学校条件。全区3所乡镇寄宿制学校计划投入200万元，用于宿舍改造。
"""

EVALUATION = """榆溪区学校体育工作自评报告
榆溪区教育局
全区共有中小学50所，其中体育特色学校17所。
目标：到2028年体育特色学校占比达到45%以上。
"""

AUDIT = """榆溪区教育经费审计整改情况报告
榆溪区教育局
区审计局共指出问题4类，涉及资金1200万元。截至3月底，已完成整改金额900万元。
| 问题类别 | 涉及金额（万元） | 已整改（万元） | 整改状态 |
| --- | --- | --- | --- |
| 公用经费拨付滞后 | 500 | 500 | 已完成 |
| 维修资金闲置 | 400 | 250 | 推进中 |
| 资助发放滞后 | 300 | 150 | 推进中 |
| 合计 | 1200 | 900 | — |
"""

GROUPS = """榆溪区义务教育集团化办学方案
榆溪区教育局
一、现状
| 教育集团 | 核心校 | 成员校（所） | 2025年集团内交流教师数 |
| --- | --- | --- | --- |
| 榆溪实验小学教育集团 | 榆溪实验小学 | 4 | 30 |
| 南湾中学教育集团 | 南湾中学 | 3 | 20 |
| 北坪小学教育集团 | 北坪小学 | 2 | 10 |
2025年，各集团符合交流条件的教师共500人，实际在集团内交流60人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "computed-frames-plans",
                        {"yuxi-kindergarten-inspection": INSPECTION, "yuxi-high-school-plan": PLAN,
                         "yuxi-sports-evaluation": EVALUATION,
                         "yuxi-audit-rectification": AUDIT, "yuxi-school-groups": GROUPS})


def test_a_kinds_share_of_the_whole_framing_it(service: Service) -> None:
    response = service.ask("榆溪区这次检查达标幼儿园占比多少")
    assert first_figure(response) == (84.0, "%"), response.answer
    assert "21 ÷ 25" in response.answer, response.answer
    assert inputs_cited(service, response, "yuxi-kindergarten-inspection")


def test_the_frames_part_never_answers_another_kind(service: Service) -> None:
    response = service.ask("榆溪区这次检查优秀幼儿园占比多少")
    assert "21 ÷ 25" not in response.answer, response.answer


def test_the_change_a_row_plans_under_the_same_noun(service: Service) -> None:
    response = service.ask("榆溪一中到2030年计划多招多少学生")
    assert first_figure(response) == (250.0, "人"), response.answer
    assert "2650 − 2400" in response.answer, response.answer


def test_a_shares_gap_to_the_target_the_question_gives(service: Service) -> None:
    response = service.ask("榆溪区体育特色学校占比离45%的目标还差多少")
    assert not response.abstained, response.answer
    assert "17 ÷ 50" in response.answer and "34%" in response.answer, response.answer
    assert first_figure(response) == (11.0, "百分点"), response.answer


def test_the_mean_class_size_of_the_total_row(service: Service) -> None:
    response = service.ask("榆溪区普通高中平均班额多少人")
    assert "4200人 ÷ 84班 = 50" in response.answer, response.answer
    response = service.ask("榆溪二中平均班额多少人")
    assert "1800人 ÷ 36班 = 50" in response.answer, response.answer


def test_a_rate_asked_of_no_row_is_the_total_rows(service: Service) -> None:
    response = service.ask("榆溪区审计整改完成率是多少")
    assert first_figure(response) == (75.0, "%"), response.answer
    assert "900 ÷ 1200" in response.answer, response.answer


def test_a_rows_share_of_all_rows_the_prose_totals(service: Service) -> None:
    response = service.ask("榆溪区南湾中学教育集团交流教师占全部集团交流人数的比例")
    assert "20 ÷ 60" in response.answer, response.answer
    assert any("实际在集团内交流60人" in c.text for c in response.citations), response.citations


def test_an_allotment_to_each_answers_one_of_them(service: Service) -> None:
    response = service.ask("榆溪区给一所特色高中的专项经费是多少")
    assert not response.abstained, response.answer
    assert first_figure(response) == (300.0, "万元"), response.answer


def test_a_mean_over_rows_is_also_shown_rounded_with_its_unit(service: Service) -> None:
    response = service.ask("榆溪区抽查的民办幼儿园户外活动日均时长平均多少分钟")
    assert "115.33" in response.answer and "约115.3分钟" in response.answer, response.answer
    response = service.ask("榆溪区抽查的公办幼儿园户外活动日均时长平均多少分钟")
    assert "127.5" in response.answer and "约" not in response.answer, response.answer  # one decimal already


def test_an_amount_per_one_is_also_shown_rounded_in_its_scale() -> None:
    computed = ratio(Operand.literal("200万元", label="投入"), Operand.literal("3所", label="学校"))
    assert computed.formula.endswith("= 66.67万元/所（约66.7万元/所）"), computed.formula
    exact = ratio(Operand.literal("300万元", label="投入"), Operand.literal("2所", label="学校"))
    assert "约" not in exact.formula, exact.formula


def test_a_unit_appended_to_a_rounded_result_goes_into_its_rounded_form_too() -> None:
    assert with_unit("(96 + 84 + 89) ÷ 3 = 89.67（约89.7）", "分钟") == "(96 + 84 + 89) ÷ 3 = 89.67 分钟（约89.7分钟）"
    assert with_unit("(90 + 84) ÷ 2 = 87", "分钟") == "(90 + 84) ÷ 2 = 87 分钟"
