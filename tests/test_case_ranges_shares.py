"""A case the question states judged against a bar that is a range (`控制在30至40平方米之间`: the side the case
falls out of judges it) or a share of a whole the question gives in one unit without calling it a share
(`一节40分钟的课播放了12分钟视频`: 12 ÷ 40 against `不超过…的25%`); a bar the question itself sets as a ceiling
(`控制在16以内了吗`) judged on the value reached, never on the document's target of the same wording; and
leave asked (`可以吗`) as a compliance ask. Documents written here (invented places and wordings), real ingest."""
from __future__ import annotations

import pytest

from server.intent import classify, intents_of
from server.service import Service
from tests.written import service_over

NOTICE = """雾岚县教育局关于规范乡村学校建设和课堂管理的通知
雾岚县教育局
2026年4月8日
一、教师公寓
全县计划新建教师公寓200套，单套使用面积应控制在30至40平方米之间，配备卫生间和厨房。
二、课堂管理
课堂上播放视频的时长一般不超过一节课时长的25%，不能以视频取代教师讲授。
三、师资配备
2025年底，雾岚县小学生师比16.8，初中生师比12.1。
目标：2027年前，本县小学生师比要控制在16以内，并使初中生师比稳定在12.5左右。
"""

RULES = """蓼汀区中小学食堂和体育课管理办法
蓼汀区教育局
2026年2月20日
第三条 新建学校食堂就餐区人均面积保持在1.0至1.5平方米，由学校后勤部门负责核定。
第五条 体育课中学生练习时间应不少于课堂时间的50%，教师讲解示范时间应当精简。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "case-ranges", {"wulan-notice-2026": NOTICE, "liaoting-rules-2026": RULES})


@pytest.mark.parametrize(("question", "bound"), [
    ("某县小学生师比2024年控制在15以内了吗", "<="),
    ("某县近视率降到50%以下没有", "<="),
    ("某县的毛入园率一直保持在92%以上了吗", ">="),
])
def test_a_bar_the_question_sets_with_its_side(question: str, bound: str) -> None:
    asked = classify(question, intents_of(question))
    assert asked.compliance and asked.threshold and asked.bound == bound, asked


@pytest.mark.parametrize(("question", "asked"), [
    ("某校打算盖60平米一间的宿舍，可以吗", True), ("每班安排50人行不行", True),
    ("这项补助政策现在还执行吗", False),  # 行吗 of a verb (执行, 进行) asks no leave
])
def test_leave_asked_is_a_compliance_ask(question: str, asked: bool) -> None:
    assert classify(question, intents_of(question)).compliance == asked


@pytest.mark.parametrize(("question", "verdict", "shown"), [
    ("雾岚县有学校计划建45平方米一套的教师公寓，可以吗", "不可以", "45 − 40 = 5平方米"),
    ("雾岚县教师公寓单套建35平方米，符合规定吗", "符合", "30平方米 ≤ 35平方米 ≤ 40平方米"),
    ("蓼汀区新建学校食堂人均0.8平方米，符合规定吗", "不符合", "1 − 0.8 = 0.2平方米"),
])
def test_a_range_judges_by_the_side_the_case_falls_out_of(service: Service, question: str, verdict: str,
                                                          shown: str) -> None:
    r = service.ask(question)
    assert r.answer.startswith(verdict), r.answer
    assert shown in r.answer, r.answer
    assert r.citations, r.answer


@pytest.mark.parametrize(("question", "verdict", "shown"), [
    ("雾岚县一节40分钟的课播放了12分钟视频，符合规定吗", "不符合", "12 ÷ 40 × 100% = 30.0%"),
    ("蓼汀区一节40分钟的体育课学生练习了25分钟，符合规定吗", "符合", "25 ÷ 40 × 100% = 62.5%"),
])
def test_a_share_of_a_whole_in_one_unit(service: Service, question: str, verdict: str, shown: str) -> None:
    r = service.ask(question)
    assert r.answer.startswith(verdict), r.answer
    assert shown in r.answer, r.answer


def test_a_share_bar_on_another_part_judges_nothing(service: Service) -> None:
    r = service.ask("雾岚县一节40分钟的课做了12分钟练习，符合规定吗")
    assert "25%" not in r.answer or not r.answer.startswith(("符合", "不符合")), r.answer


@pytest.mark.parametrize(("question", "reached"), [
    ("雾岚县2025年的小学生师比已控制在16以内了吗", "16.8"),
    ("雾岚县2025年的初中生师比已控制在12以内了吗", "12.1"),
])
def test_the_questions_ceiling_judged_on_the_value_reached(service: Service, question: str, reached: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.answer.startswith("未达标"), r.answer
    assert reached in r.answer and "12.5" not in r.answer, r.answer
