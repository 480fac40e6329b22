"""Rules of this round kept to the asks they are for, on documents written here (real ingest, Service.ask): a
small schools' funding rule answers only a question about small schools, not a stage's 生均公用经费 against the
national bar; a table of bare counts whose headers name no people (现有学位 | 预计入学) is no score sheet, so a count
of pupils asked of it is answered; a sentence setting a thing's time to a date ranks first for 什么时候, never one
whose term's time is a duration (完成时间超过N分钟)."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

FUNDING = """岑川县义务教育经费保障情况报告
岑川县教育局
2026年3月
一、经费保障
全县特殊教育学校生均公用经费达到8000元。
对不足100名学生的村小学和教学点按100名学生核定公用经费。
"""

PLACES = """岚坪县学位预警通报
岚坪县教育局
2026年4月
一、学位预警情况
| 学校 | 现有学位 | 2026年预计入学 | 缺口 |
| --- | --- | --- | --- |
| 溪口镇中心小学 | 240 | 263 | 23 |
| 南坝小学 | 180 | 171 | 0 |
"""

ACCOUNTABILITY = """澜溪县作业管理问责情况通报
澜溪县教育局
2026年11月
一、抽查情况
抽查发现，3所初中书面作业平均完成时间超过90分钟，最长的达105分钟。
上次复查时，被问责学校的书面作业完成时间仍有超过90分钟的。
| 学校 | 主要问题 | 整改时限 |
| --- | --- | --- |
| 澜溪县第二初级中学 | 书面作业平均完成时间105分钟 | 2026年12月31日前 |
二、问责要求
1. 被问责学校要于2026年12月15日前向县教育局报送书面整改报告。
2. 县教育局将于2027年1月底前完成复查。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rules-kept", {
        "cenchuan-funding-2026": FUNDING, "lanping-places-2026": PLACES, "lanxi-accountability-2026": ACCOUNTABILITY})


def test_a_stages_per_student_funding_is_judged_against_its_bar_not_the_small_schools_rule(service):
    answer = service.ask("岑川县特殊教育学校生均公用经费够不够国家要求？")
    assert not answer.abstained, answer.answer
    assert "8000元" in answer.answer and "6000" in answer.answer, answer.answer
    assert "按100人拨付" not in answer.answer, answer.answer


def test_the_small_schools_rule_still_answers_a_question_about_small_schools(service):
    answer = service.ask("岑川县教学点公用经费拨付符合国家要求吗")
    assert not answer.abstained, answer.answer
    assert "不足100名学生" in answer.answer, answer.answer


def test_a_table_of_bare_counts_is_no_score_sheet(service):
    answer = service.ask("岚坪县溪口镇中心小学2026年预计入学人数是多少？")
    assert not answer.abstained, answer.answer
    assert first_figure(answer)[0] == 263, answer.answer


def test_a_time_set_to_a_date_not_a_duration_answers_when(service):
    answer = service.ask("澜溪县被问责学校的整改报告什么时候交？复查什么时候完成？")
    assert not answer.abstained, answer.answer
    assert "2026年12月15日" in answer.answer and "2027年1月底" in answer.answer, answer.answer
