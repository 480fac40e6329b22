"""Details a document does not give, asked of it: abstain, never answer with a neighbouring figure — who presents
when a timetable gives only a row's figures, a cost when only a sum insured is written, a year's rule when the
title dates the rule to another year, an earlier edition's place when only the current edition is described, one
school's group when only the area's total is written. And the dates of two events asked together (各是哪天):
each event's date from its own document. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

TIMETABLE = """楸坪县教育局关于春季学期县级教研活动安排的通知
一、活动日程
每次活动均在周三下午举行，活动安排见下表。
| 周次 | 日期 | 学科 | 活动内容 | 承办学校 | 参加人数 |
| 第3周 | 3月11日 | 初中化学 | 分组实验展示 | 楸坪县第二中学 | 33 |
| 第7周 | 4月8日 | 小学数学 | 计算教学研讨 | 楸坪县实验小学 | 51 |
二、工作要求
全县参与集体教研的教师共一千二百人，各校要按时选派。
楸坪县教育局
2027年2月20日
"""

TRIP = """栾湾区秋季中小学研学旅行实施方案
一、实施范围
本学期研学旅行面向小学五年级和初中八年级。
二、安全保障
所有参加学生统一投保研学旅行意外险，保额每人不低于二十万元。
"""

SPORTS = """杉坪县2029年初中学业水平体育考试工作方案
一、考试内容和分值
体育中考满分50分，男生1000米跑、女生800米跑为必考项目。
杉坪县教育局
2028年11月30日
"""

CONTEST = """关于举办榉溪区第四届中小学生书法大赛的通知
一、参赛规模
本届共有20所学校报名，报名学生3000人，比上一届增加300人。
二、赛程安排
决赛于12月20日在区文化馆举行。
"""

CEREMONY = """槐溪区2028届毕业生毕业典礼工作方案
一、总体安排
典礼定于2028年7月2日上午9时在各校同时举行。
"""

RECITAL = """槐溪区教育局关于举办中小学生朗诵比赛的通知
一、比赛时间
比赛于2028年11月3日至5日在区青少年宫举行。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "details-unsaid", {
        "qiuping-timetable": TIMETABLE, "luanwan-trip": TRIP, "shanping-sports": SPORTS, "juxi-contest": CONTEST,
        "huaixi-ceremony": CEREMONY, "huaixi-recital": RECITAL})


def test_who_presents_is_no_figure_of_the_row(service: Service) -> None:
    r = service.ask("楸坪第3周化学教研谁来主讲")
    assert r.abstained and "33" not in r.answer.split("以下段落")[0], r.answer


def test_a_cost_is_never_the_sum_insured(service: Service) -> None:
    r = service.ask("栾湾研学包车一共花了多少钱")
    assert r.abstained, r.answer
    r = service.ask("栾湾研学意外险保额每人多少")
    assert not r.abstained and "二十万元" in r.answer, r.answer


def test_a_year_other_than_the_titles_is_not_answered_by_its_rule(service: Service) -> None:
    r = service.ask("杉坪县2028年体育中考满分多少")
    assert r.abstained, r.answer
    r = service.ask("杉坪县体育中考满分多少")
    assert not r.abstained and "50分" in r.answer, r.answer


def test_an_earlier_edition_named_only_as_a_base_is_not_described(service: Service) -> None:
    r = service.ask("榉溪区上一届书法大赛在哪里举办的")
    assert r.abstained and "文化馆" not in r.answer.split("以下段落")[0], r.answer


def test_one_schools_group_is_not_the_areas_total(service: Service) -> None:
    r = service.ask("楸坪县第二中学化学组有几名老师")
    assert r.abstained and "1200" not in r.answer and "一千二百" not in r.answer.split("以下段落")[0], r.answer


def test_the_dates_of_two_events_asked_together_each_from_its_document(service: Service) -> None:
    r = service.ask("槐溪区毕业典礼和朗诵比赛各是哪天")
    assert not r.abstained and "2028年7月2日" in r.answer and "2028年11月3日" in r.answer, r.answer
