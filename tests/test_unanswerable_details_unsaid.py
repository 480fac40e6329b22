"""Details a document does not give, asked of it: abstain, never answer with a neighbouring figure — who presents
when a timetable gives only a row's figures, a cost when only a sum insured is written, a year's rule when the
title dates the rule to another year, an earlier edition's place when only the current edition is described, one
school's group when only the area's total is written. And the dates of two events asked together (各是哪天):
each event's date from its own document. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

TIMETABLE = """楸坪县春学期学科教研轮值表
一、轮值安排
县级教研固定在周三下午，轮值学校如下。
| 教学周 | 时间 | 科目 | 主题 | 轮值学校 | 到会人数 |
| 第3周 | 3月11日 | 初中化学 | 分组实验展示 | 楸坪二中 | 33 |
| 第7周 | 4月8日 | 小学数学 | 口算教学 | 楸坪实小 | 51 |
二、几点说明
全县参加集体教研的老师合计一千二百名，请各校按时派员。
楸坪县教研室
2027年2月20日
"""

TRIP = """栾湾区秋季研学出行安排
一、对象
本学期面向五年级和八年级学生。
二、安全
参加学生一律投意外险，每人保额不少于二十万元。
"""

SPORTS = """杉坪县2029年中考体育测试实施办法
一、分值
体育科目总分50分，耐力跑为必测项目。
杉坪县教育局
2028年11月30日
"""

CONTEST = """榉溪区第四届少儿书法大赛通知
一、规模
这次报名的学校20所，学生3000名，较上届多了300名。
二、决赛
决赛12月20日在区文化馆进行。
"""

CEREMONY = """槐溪区2028届学生毕业仪式安排
一、时间
毕业仪式定于2028年7月2日上午8时30分开始，各校同步进行。
"""

FAIR = """桐溪区第二届中小学生科技节通知
一、参加范围
全区中小学生自愿参加，本届共有16所学校报名，参赛学生1900名。
"""

NURSERY_A = """柞岗县学前教育简况
全县现有托幼机构中幼儿园23所，在园幼儿四千余名。
"""

NURSERY_B = """栎川县教育事业统计摘要
全县各类学校共64所，其中幼儿园19所、小学28所。
"""

REVIEW = """椋川县2028年学校体育工作总结
一、工作成效
全年新建塑胶跑道6条。
二、二〇二九年工作打算
到二〇二九年底，体育课开足率提高到百分之九十八以上。
"""

RECITAL = """槐溪区少儿朗诵会通知
一、时间地点
朗诵会定于2028年11月3日至5日在区少年宫进行。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "details-unsaid", {
        "qiuping-timetable": TIMETABLE, "luanwan-trip": TRIP, "shanping-sports": SPORTS, "juxi-contest": CONTEST,
        "huaixi-ceremony": CEREMONY, "huaixi-recital": RECITAL, "tongxi-fair": FAIR,
        "zuogang-nursery": NURSERY_A, "lichuan-stats": NURSERY_B,
        "liangchuan-review": REVIEW})


def test_who_presents_is_no_figure_of_the_row(service: Service) -> None:
    r = service.ask("楸坪第3周化学那场谁来主讲")
    assert r.abstained and "33" not in r.answer.split("以下段落")[0], r.answer


def test_a_cost_is_never_the_sum_insured(service: Service) -> None:
    r = service.ask("栾湾研学坐大巴总共花多少钱")
    assert r.abstained, r.answer
    r = service.ask("栾湾研学每人保额多少")
    assert not r.abstained and "二十万元" in r.answer, r.answer
    r = service.ask("栾湾研学给学生买的保险一人能保多少")  # the insurance itself asked, in no money word
    assert not r.abstained and "二十万元" in r.answer, r.answer


def test_a_year_other_than_the_titles_is_not_answered_by_its_rule(service: Service) -> None:
    r = service.ask("杉坪县2028年体育科目总分多少")
    assert r.abstained, r.answer
    r = service.ask("杉坪县体育科目总分多少")
    assert not r.abstained and "50分" in r.answer, r.answer
    # a summary's plans for the next year, dated in Chinese numerals by their section: that year's target
    r = service.ask("椋川县体育课开足率2029年目标")
    assert not r.abstained and "九十八" in r.answer, r.answer


def test_an_earlier_edition_named_only_as_a_base_is_not_described(service: Service) -> None:
    r = service.ask("榉溪区上届书法大赛在什么地方举行")
    assert r.abstained and "文化馆" not in r.answer.split("以下段落")[0], r.answer


def test_one_schools_group_is_not_the_areas_total(service: Service) -> None:
    r = service.ask("楸坪县第五中学化学组多少个老师")
    assert r.abstained and "1200" not in r.answer and "一千二百" not in r.answer.split("以下段落")[0], r.answer


def test_schools_counted_are_no_school_named(service: Service) -> None:
    # `几所学校` counts schools over the area: the area's total answers it
    r = service.ask("桐溪区科技节一共有几所学校报名")
    assert not r.abstained and "16所" in r.answer, r.answer


def test_schools_counted_over_places_are_the_areas_totals(service: Service) -> None:
    # a count of schools themselves (多少所) asked of places names no one school: each area's total answers it
    r = service.ask("柞岗县、栎川县两地幼儿园一共多少所")
    assert "23" in r.answer and "19" in r.answer, r.answer


def test_the_dates_of_two_events_asked_together_each_from_its_document(service: Service) -> None:
    r = service.ask("槐溪区毕业仪式和朗诵会各是哪天")
    assert not r.abstained and "2028年7月2日" in r.answer and "2028年11月3日" in r.answer, r.answer
