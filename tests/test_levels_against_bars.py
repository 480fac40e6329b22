"""The level a document reports against the bar it sets elsewhere: a plan's measure (`…1.5小时以上`) is the bar, the
survey sentence the level; a table cell judged against the requirement its report's prose quotes; a share computed
from the counts a notice states (名额66个 of 名额共150个) against the share it requires; a plan's own requirement told
against the national one, with no verdict; the present level asked plainly (达标率是多少) beside a target, and the
target asked (…目标是多少) never computed from the present counts; a year's column asked cites its row, and a count
column's counter (`（家）`) is shown; a table row stating its bar beside its value is judged by the row, the bar
named in the question (`够50%吗`) no requirement of prose; a yes/no question on reaching is answered 没有 first.
Written documents only."""
from __future__ import annotations

import pytest

from server.answer.askedcolumn import header_unit
from server.intent import classify
from server.service import Service
from tests.written import service_over

PLAN = """椿溪县中小学生体育活动推进方案
一、现状
抽样调查显示，全县中小学生每天在校体育活动时间平均为1.3小时。全县已建家长学校的学校90所，覆盖率75.0%。
二、主要措施
1. 保障活动时间。学生每天在校体育活动累计1.5小时以上，大课间一律安排学生到操场活动。
2. 办好家长学校。2026年内，全县中小学家长学校覆盖率要实现100%。
"""

REPORT = """桦岭县2025年度教育项目资金执行情况报告
一、总体情况
全年项目资金执行情况见下表。
| 项目 | 年初预算（万元） | 实际执行（万元） | 执行率（%） |
| 校园改造 | 3000 | 2100 | 70.0 |
| 设备购置 | 800 | 760 | 95.0 |
| 合计 | 3800 | 2860 | 75.3 |
按照市级“年度项目资金执行率不低于85%”的要求，校园改造执行率仍有差距。
"""

NOTICE = """楠坪县教育局关于2026年骨干教师评选工作的通知
一、今年全县核定骨干教师评选名额共150个。
其中小学名额70个，初中名额50个，高中名额30个。
农村学校分配名额66个，不少于总名额的40%。
二、到2028年，农村学校骨干教师占比达到30%以上。
"""

READING = """榆坪县2025年书香校园建设工作报告
一、工作成效
全县共有中小学校60所，已有48所通过书香校园验收，达标率80.0%。
二、今后目标
到2027年，全县中小学校书香校园达标率达到100%。
"""

ROTATION = """槐川市集团化办学实施方案
一、主要措施
集团内教师交流轮岗比例每年不低于12%，交流人员中骨干教师须达到25%以上。
"""

TRAINING = """檀山区校外培训机构治理情况通报
一、机构情况
| 街道 | 机构总数（家） | 学科类（家） |
| 东苑街道 | 41 | 6 |
| 西苑街道 | 33 | 5 |
| 合计 | 74 | 11 |
"""

SPECIAL = """柏塘县特殊教育提升计划
一、安置情况
| 安置方式 | 2025年人数（人） | 2027年目标（人） |
| 随班就读 | 200 | 230 |
| 送教服务 | 60 | 45 |
二、2027年目标
计划到2027年，送教服务学生减少到45人以内。
"""

INSPECTION = """柞溪县学前教育普及普惠督导评估报告
三、评估指标达成情况
| 序号 | 指标 | 评估标准 | 柞溪县 | 结论 |
| 1 | 学前三年毛入园率 | ≥90% | 93.1% | 达标 |
| 2 | 公办园在园幼儿占比 | ≥50% | 47.2% | 未达标 |
| 3 | 普惠性幼儿园覆盖率 | ≥80% | 86.4% | 达标 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "levels-bars", {
        "chunxi-sports": PLAN, "hualing-funds": REPORT, "nanping-notice": NOTICE, "yuping-reading": READING,
        "huaichuan-groups": ROTATION, "tanshan-training": TRAINING, "baitang-special": SPECIAL,
        "zuoxi-inspection": INSPECTION})


def _cited(response) -> str:
    return " ".join(c.text for c in response.citations)


def test_enough_with_an_amount_asks_a_bar() -> None:
    asked = classify("某县学生体育活动时间够1.5小时了吗", set())
    assert asked.compliance and asked.threshold == "1.5"
    assert not classify("某县书香校园达标率是多少", set()).compliance  # 达标率 names a level


def test_the_survey_level_is_judged_against_the_measures_bar(service: Service) -> None:
    r = service.ask("椿溪县学生在校体育活动时间够1.5小时了吗")
    assert not r.abstained
    assert "未达到" in r.answer and "1.3小时" in r.answer, r.answer
    assert "平均为1.3小时" in _cited(r) and "1.5小时以上" in _cited(r)


def test_a_level_that_must_be_reached_is_the_bar(service: Service) -> None:
    r = service.ask("椿溪县家长学校覆盖率达到目标了吗")
    assert not r.abstained
    assert "未达到" in r.answer and "75.0%" in r.answer, r.answer
    assert "要实现100%" in _cited(r)


def test_a_table_cell_is_judged_against_the_reports_quoted_bar(service: Service) -> None:
    r = service.ask("桦岭县校园改造执行率符合市里要求吗")
    assert not r.abstained
    assert "未达到" in r.answer and "70.0%" in r.answer and "85%" in r.answer, r.answer
    assert "校园改造 | 3000 | 2100 | 70.0" in _cited(r) and "不低于85%" in _cited(r)


def test_a_share_is_computed_from_the_counts_not_the_bar_restated(service: Service) -> None:
    r = service.ask("楠坪县农村学校名额够不够总名额的40%")
    assert not r.abstained
    assert "66 ÷ 150" in r.answer and "44.0%" in r.answer and r.answer.startswith("达到"), r.answer
    assert "40% ≥ 40%" not in r.answer


def test_a_shares_target_is_the_sentence_setting_it(service: Service) -> None:
    r = service.ask("楠坪县农村学校骨干教师占比目标是多少？")
    assert not r.abstained
    assert "30%" in r.answer and "÷" not in r.answer, r.answer


def test_the_present_level_asked_plainly_is_not_the_target(service: Service) -> None:
    r = service.ask("榆坪县书香校园达标率是多少")
    assert not r.abstained
    assert "80.0%" in r.answer and "100%" not in r.answer, r.answer
    target = service.ask("榆坪县书香校园达标率目标是多少")
    assert "100%" in target.answer, target.answer


def test_a_plans_own_requirement_is_told_against_the_national_one_but_not_judged(service: Service) -> None:
    r = service.ask("槐川市集团内交流轮岗比例达到国家要求没有")
    assert r.abstained  # no level reached is stated: nothing to judge, however strict the plan's bar
    assert "不能判断" in r.answer and "12% ≥ 国家要求的10%" in r.answer, r.answer


def test_a_ranked_rows_count_is_shown_in_its_headers_counter(service: Service) -> None:
    assert header_unit("机构总数（家）") == "家"
    r = service.ask("檀山区培训机构最多的是哪个街道")
    assert "东苑街道" in r.answer and "41家" in r.answer, r.answer


def test_a_year_column_asked_by_name_cites_its_row(service: Service) -> None:
    r = service.ask("柏塘县送教服务2027年目标是多少人")
    assert not r.abstained
    assert "45人" in r.answer, r.answer
    assert [c.text for c in r.citations] == ["送教服务 | 60 | 45"], _cited(r)


def test_a_rows_bar_beside_its_value_is_judged_by_the_row(service: Service) -> None:
    r = service.ask("柞溪县普惠性幼儿园覆盖率够80%吗")
    assert not r.abstained and "86.4%" in r.answer and "达到要求" in r.answer, r.answer


def test_a_yes_no_question_on_reaching_is_answered_no_first(service: Service) -> None:
    r = service.ask("柞溪县公办园在园幼儿占比达到国家要求了吗？")
    assert not r.abstained and "47.2%" in r.answer and "（没有，未达到要求）" in r.answer, r.answer
