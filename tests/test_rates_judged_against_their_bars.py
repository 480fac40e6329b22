"""Rates judged against the bar they are asked of, on documents written here (real ingest, Service.ask): a
kind of school's indicator written with 的 (`<kind>的<indicator>标准为…`) is judged by that kind's national
standard; a rate now against the level the plan sets within a year (`N年内…达到95%以上`) or says must be reached
(`要提高到100%`); a 合格率 from the count put to the annual check and the count that passed, never a lesser
grade (基本合格) nor a change (合格学校增加N所); an overall rate (`整体整改率`) is the rate of what the report counts;
the present asked is never a level set for a later year."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

FUNDING = """岑溪县特殊教育工作评估报告
岑溪县教育局
2026年2月
一、基本情况
全县登记在册的适龄残疾儿童少年410人。县特殊教育学校的生均公用经费标准为每生每年6800元。
"""

PLAN = """檀州市心理健康教育推进方案
檀州市教育局
2026年3月
一、现状
全市现有中小学160所，已建立心理辅导站136所，建站率85%。
二、工作目标
2026年内，全市各中小学的心理辅导站建站率达到95%以上；培训心理健康教育教师200名。
"""

INSPECTION = """柘林县2025年度民办学校年度检查结果通报
柘林县教育局
2026年3月
一、年检总体情况
全县参加年检的民办学校共40所，年检结论分为合格、基本合格、不合格三个等次。
结论为合格的30所，基本合格的7所，不合格的3所。
与上年相比，合格学校增加2所，不合格学校减少1所。
二、发现的问题
民办中小学专任教师持证率为96.2%，仍有部分教师无证上岗。
三、工作要求
各民办学校要足额配备持证教师，2026年秋季学期开学前，专任教师持证率要提高到100%。
"""

SAFETY = """柘林县校园安全隐患排查整治通报
柘林县教育局
2026年5月
一、排查情况
检查共发现各类安全隐患200处，截至5月10日已整改150处，整体整改率为75%。
二、整改要求
未整改的50处隐患须在6月30日前完成整改。
"""

NOTICE = """蓟阳区关于加强中小学心理健康教育的通知
蓟阳区教育局
2025年9月
一、工作现状
目前已有40所学校配备专职心理教师，本区50所学校全部开设心理健康课程。
二、工作要求
（一）各校每学期开展心理健康教育活动不少于2次。
（二）2026年秋季学期结束前，专职心理教师配备率达到100%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rates-bars", {
        "cenxi-special-education-2026": FUNDING, "tanzhou-mental-health-plan-2026": PLAN,
        "zhelin-private-inspection-2026": INSPECTION, "zhelin-safety-2026": SAFETY,
        "jiyang-mental-health-notice-2025": NOTICE})


def test_a_kinds_indicator_written_with_de_is_judged_by_that_kinds_national_standard(service):
    answer = service.ask("岑溪县特教学校生均公用经费够标准吗")
    assert not answer.abstained, answer.answer
    assert "6800" in answer.answer and "6000" in answer.answer and "未达" not in answer.answer, answer.answer


def test_a_rate_now_is_judged_against_the_level_the_plan_sets_within_a_year(service):
    answer = service.ask("檀州市心理辅导站建站率现在达到方案目标了吗")
    assert not answer.abstained, answer.answer
    assert "85%" in answer.answer and "95%" in answer.answer and "未达" in answer.answer, answer.answer


def test_a_rate_is_judged_against_the_level_the_document_says_must_be_reached(service):
    answer = service.ask("柘林县民办中小学教师持证率达标没有")
    assert not answer.abstained, answer.answer
    assert "96.2%" in answer.answer and "100%" in answer.answer and "未达" in answer.answer, answer.answer


def test_a_pass_rate_counts_those_that_passed_not_a_lesser_grade_nor_a_change(service):
    answer = service.ask("柘林县民办学校年检合格率多少")
    assert first_figure(answer) == (75.0, "%"), answer.answer
    assert "30" in answer.answer and "40" in answer.answer, answer.answer


def test_an_overall_rate_is_the_rate_of_what_the_report_counts(service):
    answer = service.ask("柘林县截至5月10日隐患整改率达到100%的要求了没")
    assert not answer.abstained, answer.answer
    assert "75%" in answer.answer and "未达" in answer.answer, answer.answer


def test_the_present_asked_is_never_a_level_set_for_a_later_year(service):
    answer = service.ask("蓟阳区专职心理教师配备率现在是多少")
    assert "100%" not in answer.answer.split("。")[0] or answer.abstained, answer.answer
    assert not (answer.figures and answer.figures[0].value == 100 and not answer.abstained), answer.answer
