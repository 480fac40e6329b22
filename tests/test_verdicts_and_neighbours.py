"""Verdicts said when the evidence decides them, and the gate refusing a neighbour's figure, not the asked one:
a row's value reached judged against the target its own row sets (the target's stated bound, else its direction
from the baseline) — 达到 / 未达到 said; an elliptic list (`小学…率为A，初中为B`) gives the later stage its own
value; a rate of cutting (压减率) answers a question asking in everyday words how much was cut; a time counted
with 个 (`两个月内`) is no count of people; a count of people judged against a document's requirement is shown in
the document's own counter (名); a count after a list of stages is of them all, not of one stage asked; a
count of breaches stated as remaining (大班额仍有17个) is the bar not met. Documents and places invented here;
real ingest, Service.ask."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

SELF_EVALUATION = """苓岗县教育局2025年度部门整体支出绩效自评报告
二、绩效目标完成情况
| 指标 | 年度目标 | 实际完成 | 得分 |
| --- | --- | --- | --- |
| 义务教育巩固率 | ≥96% | 97.1% | 10 |
| 学校食堂食品安全事故发生率 | ≤0.5% | 0.8% | 6 |
| 中小学教师培训完成人次 | ≥3000人次 | 2760人次 | 7 |
"""

MIDTERM = """蓼汀县教育发展规划中期评估报告
二、主要指标对照
| 指标 | 2020年基数 | 2025年目标 | 2024年实际 |
| --- | --- | --- | --- |
| 高中阶段毛入学率（%） | 88.2 | 94.0 | 92.6 |
| 义务教育大班额比例（%） | 9.5 | 2.0 | 1.6 |
| 中小学心理健康教师数（人） | 40 | 40 | 46 |
"""

REPORT = """苕溪县2025年学生体质健康监测报告
一、总体情况
全县共监测学生一万二千人。小学肥胖检出率为12.6%，初中为16.3%。
二、校外培训治理
义务教育阶段学科类培训机构由年初的40家压减至9家，压减率77.5%。
三、心理健康
每学期开学后三个月内完成一次心理健康测评，由心理教师和班主任共同跟踪。
"""

SURVEY = """芦湾县2025年教育事业发展概况
一、基本情况
全县共有各类学校八十六所，其中幼儿园四十所、小学二十八所、初级中学十二所、普通高中四所、特殊教育学校一所；在校学生三万五千二百人。
二、初中情况
全县初中十二所，在校学生九千八百人。
三、存在问题
城区学校学位紧张，56人以上的大班额仍有17个。
"""

TEACHERS = """苕溪县教师队伍建设规划
三、主要任务
每年支持不少于200名教师参加学历提升培训。
"""

TEACHERS_DONE = """苕溪县2026年教育工作总结
二、教师队伍
全年支持二百一十五名教师参加学历提升培训，专任教师学历结构进一步优化。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "verdicts-neighbours",
                        {"linggang-self-evaluation-2025": SELF_EVALUATION, "liaoting-midterm-2024": MIDTERM,
                         "tiaoxi-health-2025": REPORT, "tiaoxi-teachers-plan": TEACHERS,
                         "tiaoxi-summary-2026": TEACHERS_DONE,
                         "luwan-survey-2025": SURVEY})


@pytest.mark.parametrize("question, said, shown", [
    ("苓岗县义务教育巩固率达标没有", "达到", "97.1%"),  # ≥96%: a floor its cell states
    ("苓岗县学校食堂食品安全事故发生率达标没有", "未达", "0.8%"),  # ≤0.5%: a ceiling its cell states, broken
    ("苓岗县中小学教师培训完成人次达到目标没有", "未达到", "2760"),
    ("蓼汀县高中阶段毛入学率2024年达到规划目标没有", "未达到", "92.6%"),  # 88.2 → 94.0: a floor, not reached
    ("蓼汀县义务教育大班额比例达到规划目标没有", "达到", "1.6%"),  # 9.5 → 2.0: a ceiling, kept under
])
def test_a_rows_value_reached_is_judged_against_its_own_target(service: Service, question: str, said: str,
                                                                shown: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert said in response.answer.split("：")[0], response.answer
    assert shown in response.answer, response.answer
    assert any(f.formula for f in response.figures), response.figures  # the comparison shown


def test_a_target_whose_direction_is_untold_is_no_verdict(service: Service) -> None:
    # 40 → 40: the row states no bound and no change, so neither 达到 nor 未达到 is said of 46
    response = service.ask("蓼汀县中小学心理健康教师数达到规划目标没有")
    assert not response.answer.startswith(("达到", "未达到", "达标", "未达标")), response.answer


def test_an_elliptic_list_gives_the_later_stage_its_own_value(service: Service) -> None:
    response = service.ask("苕溪县初中肥胖检出率是多少")
    assert not response.abstained, response.answer
    assert "16.3%" in response.answer.split("。")[0], response.answer


def test_the_earlier_stage_of_an_elliptic_list_is_still_its_own(service: Service) -> None:
    response = service.ask("苕溪县高中肥胖检出率是多少")
    assert "16.3%" not in response.answer.split("。")[0] and "12.6%" not in response.answer.split("。")[0], \
        response.answer


def test_a_rate_of_cutting_answers_how_much_was_cut(service: Service) -> None:
    response = service.ask("苕溪县补文化课的培训机构砍掉了多大比例")
    assert not response.abstained, response.answer
    assert "77.5%" in response.answer, response.answer


def test_a_time_counted_with_ge_is_no_count_of_people(service: Service) -> None:
    response = service.ask("苕溪县心理教师里有多少是班主任")
    assert response.abstained, response.answer  # not 三个 of 三个月


def test_a_count_of_people_is_shown_in_the_documents_counter(service: Service) -> None:
    response = service.ask("苕溪县2026年支持教师学历提升的人数达到规划要求了吗")
    assert not response.abstained, response.answer
    assert response.answer.startswith("达标"), response.answer
    assert "215名" in response.answer and "200名" in response.answer, response.answer


def test_a_count_after_a_list_of_stages_is_no_one_stages(service: Service) -> None:
    # (the list's last item, a school counted `…一所`, holds a 一 the parser leaves unread: still an item of the list)
    response = service.ask("芦湾县普通高中在校学生有多少人")
    assert response.abstained, response.answer  # 35200 is every stage's together
    assert "全部学段" in response.answer, response.answer


def test_a_count_after_its_own_stage_is_that_stages(service: Service) -> None:
    response = service.ask("芦湾县初中在校生有多少人")
    assert not response.abstained, response.answer
    assert "9800" in response.answer, response.answer


def test_breaches_remaining_say_the_bar_is_not_met(service: Service) -> None:
    response = service.ask("芦湾县现在班额符合要求吗")
    assert response.answer.startswith("不符合"), response.answer
    assert "17个" in response.answer, response.answer
