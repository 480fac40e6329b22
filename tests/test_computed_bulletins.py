"""Computed figures over the shapes statistics bulletins, funding bulletins, speeches and
Traditional-script summaries state their counts in, on documents written here: a share whose
part and whole are a total and its qualified kinds, a total spread over the heads it reached, and
the year before a Traditional-script count stated with its change, a stage's 生师比 from its
counts stated as items of `其中` lists. Each shows formula and cited
inputs, and refuses when the whole is only stated as one of its kinds."""
from __future__ import annotations

import pytest

from tests.written import first_figure, inputs_cited, service_over

PRESCHOOL = """某市学前教育发展规划（2023—2025年）
一、发展现状
截至2022年底，全市共有幼儿园200所，其中公办园120所、普惠性民办园60所；在园幼儿50000人，其中公办园在园幼儿26000人，普惠性民办园在园幼儿15000人。全市学前三年毛入园率92.0%。
"""
FUNDING = """某市2023年教育经费统计公告
一、教育经费总投入情况
2023年，全市教育经费总投入为20.00亿元，比上年增长6.00%。
在全市教育经费总投入中，一般公共预算安排的教育经费15.00亿元，事业收入2.50亿元。
二、各级教育经费投入
2023年，全市学前教育经费总投入2.00亿元，比上年增长9.80%；义务教育经费总投入12.00亿元，比上年增长5.20%。
三、一般公共预算教育经费情况
2023年，全市一般公共预算教育经费为15.00亿元，比上年增长4.10%。按在校学生人数平均的一般公共预算教育经费为18000.00元。
"""
SPEECH = """在全县2025年教育工作会议上的讲话
一、过去一年的工作
去年全县教育总投入2.10亿元，比上年增长8.0%。足额落实营养改善计划资金600万元，惠及2400名学生；落实学前教育资助资金150万元。
"""
SUMMARY = """安平縣教育局2021年工作總結
2021年，安平縣教育局圍繞年度目標，推動全縣教育事業持續健康發展。現將全年工作總結如下。
一、教育事業發展總體平穩
安平縣共有各級各類學校80所。2021年末全縣在校學生12000人，比上年減少300人；專任教師1100人。
"""
STAGES = """清苑区义务教育情况
全区义务教育阶段在校生9000人，其中小学在校生6000人、初中在校生3000人；义务教育阶段专任教师700人，其中小学480人。
全区规模最大的小学在校生1500人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "bulletins", {"preschool": PRESCHOOL, "funding": FUNDING,
                                                        "speech": SPEECH, "summary": SUMMARY, "stages": STAGES})


def test_a_kind_of_a_total_as_a_share_of_the_bare_total(service):
    r = service.ask("2022年底普惠性民办园在园幼儿占全市在园幼儿的比重是多少？")
    assert first_figure(r) == (30.0, "%")  # 15000 ÷ 50000, not of the 公办园 count beside it
    assert "15000 ÷ 50000" in r.answer
    assert inputs_cited(service, r, "preschool")


def test_the_whole_is_the_bare_total_not_a_sibling_kind_or_a_per_head_figure(service):
    r = service.ask("一般公共预算教育经费占全市教育经费总投入的比重是多少？")
    assert first_figure(r) == (75.0, "%")  # 15.00 ÷ 20.00: the per-student 18000元 is no part
    assert inputs_cited(service, r, "funding")
    r = service.ask("学前教育经费总投入占教育经费总投入的比例是多少？")
    assert first_figure(r) == (10.0, "%")  # of 20.00亿元, not of the 义务教育 kind in the same sentence
    assert inputs_cited(service, r, "funding")


def test_a_share_of_a_total_stated_only_by_its_kinds_is_refused(service):
    r = service.ask("小学在校生占在校生的比例是多少？")
    assert r.abstained or not r.figures or round(r.figures[0].value, 2) != 66.67 or "9000" in r.answer


def test_a_total_spread_over_the_heads_it_reached(service):
    r = service.ask("按惠及学生数平均，营养改善计划资金每名学生大约多少元？")
    assert first_figure(r)[0] == 2500.0  # 600万元 ÷ 2400人
    assert "÷" in r.answer and "2400" in r.answer
    assert inputs_cited(service, r, "speech")


def test_the_year_before_from_a_traditional_script_count_and_its_change(service):
    r = service.ask("安平县2020年在校学生有多少人？")
    assert first_figure(r) == (12300.0, "人")  # 12000 + 300 (減少 read as 减少)
    assert "12000人 + 300人" in r.answer
    assert inputs_cited(service, r, "summary")


def test_a_stages_student_teacher_ratio_from_the_items_of_two_lists(service):
    r = service.ask("用清苑区小学在校生数和小学专任教师数算，小学生师比是多少？")
    assert first_figure(r)[0] == 12.5  # 6000 ÷ 480: the list item 小学 under 专任教师; not the largest school's
    assert "6000人 ÷ 480人" in r.answer
    assert inputs_cited(service, r, "stages")


def test_no_ratio_when_the_stage_has_no_teacher_count(service):
    r = service.ask("清苑区初中生师比是多少？")  # 初中 teachers not stated: not 3000 ÷ 700
    assert r.abstained or not r.figures or round(r.figures[0].value, 2) not in (4.29, 12.86)


CLASSES = """望都县义务教育优质均衡发展自评报告
二、政府保障程度
1.学校规模和班额。小学平均班额38.0人、最大班额44人，初中平均班额45.5人、最大班额52人。
"""


@pytest.fixture(scope="module")
def classes(tmp_path_factory):
    return service_over(tmp_path_factory, "classes", {"classes": CLASSES})


def test_a_standard_set_per_stage_judges_each_stages_figure_against_its_own_rule(classes):
    r = classes.ask("望都县小学和初中的最大班额有没有超过国家规定？")
    assert not r.abstained, r.answer
    assert r.answer.startswith("有超过国家标准的")  # 初中 52 > 50; 小学 44 ≤ 45
    assert "44人 ≤ 45人" in r.answer and "52人 > 50人" in r.answer
    assert "38.0" not in r.answer.split("依据")[0]  # an average is never judged against the class ceiling
    r = classes.ask("望都县小学最大班额符合国家标准吗？")
    assert r.answer.startswith("符合") and "初中" not in r.answer.split("依据")[0]


PLACES = {
    "place-x": "清河县教育事业发展报告\n清河县学前三年毛入园率为96.5%。\n",
    "place-y": "抚松县教育事业发展报告\n抚松县学前三年毛入园率为91.2%。\n",
    "place-z": "安远县教育事业发展报告\n安远县学前三年毛入园率为93.0%。\n",
}


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    return service_over(tmp_path_factory, "places", PLACES)


def test_the_gap_across_more_than_two_places_is_the_highest_less_the_lowest(places):
    r = places.ask("清河县、抚松县和安远县的学前三年毛入园率相差多少？")
    assert not r.abstained, r.answer
    assert "96.5 − 91.2 = 5.3 个百分点" in r.answer
    assert {(96.5, "%"), (91.2, "%"), (93.0, "%"), (5.3, "百分点")} <= {(round(f.value, 2), f.unit) for f in r.figures}
