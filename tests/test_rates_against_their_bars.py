"""Rates and sizes judged against their bars, on documents written here (real ingest, Service.ask): a work summary's
明年 is the year after the one it reports on; a rate asked by the work its report's title names is the rate that report
states under its own name; 满意度 and 满意率 name one surveyed share; a completion rate's counts are in one counter;
an opening rate is the units that opened ÷ those able to (a planned count is none of them), judged against the bar
asked; a year's figure stated undated in its report on that year answers the year asked, judged against the bar; a
school's size against the national bar; a stage's average class size against its ceiling; a table row's score
against the bar the document's prose sets for the title."""

import pytest

from server.service import Service
from tests.written import service_over

PETITIONS = """岫川县教育局2025年信访工作总结
一、基本情况
全年共受理信访事项一百二十件，已办结一百一十二件，其余正在办理。
网上信访事项受理告知时间缩短至三个工作日。
回访群众满意率达到百分之九十一。
二、2026年工作目标
回访群众满意率达到百分之九十三以上；重复信访件数下降百分之十以上。
岫川县教育局
2026年1月12日
"""

FUNDS = """岫川县2025年度教育专项资金绩效评价报告
县教育局于2026年2月对2025年度县级教育专项资金开展了绩效评价。
一、评价方法
回收问卷800份，受益群众满意度为89.5%。
二、资金使用情况
2025年全县教育经费总投入3.2亿元。4个专项实际支出2610万元，整体支出率87.0%。
三、整改措施
2026年县级教育专项资金整体支出率达到95%以上。
岫川县教育局
2026年3月2日
"""

VENUES = """峦溪县2025年学校体育场地开放工作总结
一、总体情况
全县具备开放条件的学校40所，2025年实际向社会开放28所。全年入场健身群众9.5万人次。
二、2026年工作安排
2026年计划开放学校34所，开放率达到85%以上。
峦溪县教育局
2026年1月20日
"""

STAFFING = """峦溪县2026年教职工编制核定情况
峦溪县教育局　2026年4月2日
一、需要说明的情况
（一）全县小学平均班额41人，无超大班额。
（二）县第三小学在校生2380人，规模偏大，秋季起分流。
"""

OPENING = """岷阳市教育局关于2026年秋季学期开学工作的通知
全市各中小学校2026年秋季学期于9月1日正式开学。
全市小学平均班额为42.8人，初中平均班额为52.4人。
岷阳市教育局
2026年8月10日
"""

MODELS = """岷阳市2025年书香校园示范校评选结果
一、评选基本情况
评审满分100分，其中阅读环境40分、阅读活动60分，得分80分及以上方可评为示范校。
二、示范校名单
| 序号 | 学校 | 评审得分 | 特色项目 |
| --- | --- | --- | --- |
| 1 | 岷阳市实验中学 | 91.5 | 整本书阅读 |
| 2 | 青岗镇中心小学 | 83.2 | 晨读经典 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rates-bars", {
        "xiuchuan-petitions-2025": PETITIONS, "xiuchuan-funds-2025": FUNDS, "luanxi-venues-2025": VENUES,
        "luanxi-staffing-2026": STAFFING, "minyang-opening-2026": OPENING, "minyang-models-2025": MODELS})


def test_next_year_of_a_years_summary_is_the_year_after_the_one_it_reports_on(service):
    answer = service.ask("岫川县明年信访满意率目标")
    assert not answer.abstained, answer.answer
    assert "百分之九十三" in answer.answer, answer.answer


def test_a_completion_rate_is_counted_in_one_counter(service):
    answer = service.ask("岫川县2025年教育信访办结率多少")
    assert not answer.abstained, answer.answer
    assert "112 ÷ 120" in answer.answer and "93.3" in answer.answer, answer.answer


def test_a_satisfaction_degree_and_rate_name_one_surveyed_share(service):
    answer = service.ask("岫川县专项资金问卷满意率是多少")
    assert not answer.abstained, answer.answer
    assert "89.5%" in answer.answer, answer.answer


def test_a_yes_no_tail_glues_to_no_term(service):
    assert not any("有" in t for t in service.analyse("岫川县2025年专项资金支出率有没有达到95%").terms)


def test_a_years_rate_stated_undated_in_its_report_answers_the_year_asked_and_is_judged(service):
    answer = service.ask("岫川县2025年专项资金支出率有没有达到95%")
    assert not answer.abstained, answer.answer
    assert "87.0%" in answer.answer and "未达" in answer.answer, answer.answer


def test_an_opening_rate_is_those_opened_over_those_able_to_and_is_judged(service):
    answer = service.ask("峦溪县学校体育场地开放率达到85%了吗")
    assert not answer.abstained, answer.answer
    assert "28 ÷ 40" in answer.answer and "未达" in answer.answer, answer.answer


def test_a_schools_size_is_judged_against_the_national_bar(service):
    answer = service.ask("峦溪县第三小学规模超没超国家标准")
    assert not answer.abstained, answer.answer
    assert "2380人" in answer.answer and "2000人" in answer.answer and "超过" in answer.answer, answer.answer


def test_a_stages_average_class_size_is_judged_against_its_ceiling(service):
    answer = service.ask("岷阳市初中班额符合国家标准吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("不符合") and "52.4人" in answer.answer, answer.answer


def test_a_rows_score_is_judged_against_the_bar_the_prose_sets(service):
    answer = service.ask("青岗镇中心小学的分数够示范校标准吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("达到") and "83.2" in answer.answer and "80分" in answer.answer, answer.answer


def test_two_measures_of_one_place_are_each_found_and_ranked(service):
    answer = service.ask("岫川县专项资金问卷满意度和信访回访满意率哪个高")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("信访回访满意率更高"), answer.answer
    assert "89.5%" in answer.answer and "百分之九十一" in answer.answer, answer.answer
