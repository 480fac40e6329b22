"""Compliance asked of a value a report only aims at, a planned figure's purpose, a report's suggestions, over
documents written here (real ingest, Service.ask): the same value as the question's bar, dated to a year after
the report's (`到2027年，…供餐率100%` in a 2025 report), is no value reached; a planned count is quoted with the
clause saying what it goes to first (`重点补充…`); `提了哪些建议` of a survey report is its 对策建议 section, the
word naming the report (调研 of 调研报告) no topic of another section."""
import pytest

from server.service import Service
from tests.written import service_over

NUTRITION = """萱河县2025年农村义务教育学生营养改善计划实施情况报告
萱河县教育局 2025年12月20日
一、供餐情况。全县农村义务教育学校40所中实行食堂供餐的34所，食堂供餐率85.0%。
二、下一步工作。到2027年，全县农村义务教育学校全部实现食堂供餐，供餐率100%。
"""

SPEECH = """萱河县教育局局长在全县教育工作会议上的讲话
萱河县教育局 2025年12月26日
一、明年重点工作
明年计划招聘教师一百二十名，重点补充音乐、美术和初中紧缺学科教师，校长教师交流轮岗比例不低于百分之十二。
"""

SURVEY = """萱河县乡村小规模学校办学情况调研报告
县教育局调研组
二〇二六年十月
为摸清全县乡村小规模学校办学现状，2026年9月，县教育局组成调研组走访12所学校。有关情况报告如下。
一、调研发现的主要问题
1．教师年龄偏大。50岁以上教师占比超过四成。
2．专递课堂使用率不高。每周使用不少于5节的只有3所。
二、对策建议
1．每年招聘公费师范生不少于40人，优先补充小规模学校。
2．以乡镇中心校为单位组建教学共同体，2027年底前实现全覆盖。
县教育局调研组
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "aims-purposes",
                        {"xuanhe-nutrition-2025": NUTRITION, "xuanhe-speech-2025": SPEECH,
                         "xuanhe-survey-2026": SURVEY})


def test_a_value_aimed_at_for_a_later_year_is_not_the_value_reached(service: Service) -> None:
    r = service.ask("萱河县农村学校食堂供餐率达到100%了没有")
    assert not r.answer.startswith(("100%", "达标", "达到")), r.answer


def test_a_question_naming_the_aims_year_is_answered_by_the_aim(service: Service) -> None:
    r = service.ask("萱河县到2027年农村学校食堂供餐率要达到多少")
    assert "100%" in r.answer.split("依据")[0], r.answer


def test_a_planned_count_is_quoted_with_what_it_goes_to_first(service: Service) -> None:
    r = service.ask("萱河县明年计划招聘多少教师？")
    assert "120" in r.answer and "音乐、美术" in r.answer, r.answer
    assert "百分之十二" not in r.answer  # a clause with a figure of its own is another thing


def test_a_survey_reports_suggestions_are_its_suggestions_section(service: Service) -> None:
    r = service.ask("萱河县调研报告提了哪些建议")
    assert "公费师范生不少于40人" in r.answer and "教学共同体" in r.answer, r.answer
    assert "教师年龄偏大" not in r.answer
