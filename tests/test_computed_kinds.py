"""Computed figures of the kinds bureau staff ask, on documents written here: a difference is taken
only between two values of one indicator (two stages, two years, a goal and the value reached) or
between the two indicators a question names; the rest of a whole beside a part it names is
whole − part; a share's whole is named by its indicator, never by the heading above it; an input
the document does not state makes the answer say so."""
from __future__ import annotations

import pytest

from server.answer.comparison import _period_paragraph
from server.answer.remainder import asked_remainder
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a county's 优质均衡 self-evaluation: one sentence per stage listing its indicators, counts with
# their parts (`…，其中…`), a funding section under a heading with words of its own
EVALUATION = """某县义务教育优质均衡发展自评报告
县教育局
2024年3月
一、基本情况
全县共有义务教育学校46所，其中小学30所、初中16所。全县在校学生28500人，其中寄宿生6200人。
二、资源配置
全县小学每百名学生拥有高于规定学历教师数5.10人、县级以上骨干教师数1.30人，生均教学及辅助用房面积5.90平方米，生均体育运动场馆面积8.40平方米，生均教学仪器设备值2600元。
全县初中每百名学生拥有高于规定学历教师数6.80人、县级以上骨干教师数1.60人，生均教学及辅助用房面积7.70平方米，生均体育运动场馆面积12.10平方米，生均教学仪器设备值3300元。
三、教师队伍
2023年，全县交流轮岗教师240人，占符合交流条件教师1600人的15%，其中骨干教师60人。
全县共有专任教师2300人，其中小学1400人、初中900人。
小学专任教师本科及以上学历占比达到80%，初中专任教师本科及以上学历占比达到95%。
全县民办教育机构52个，其中营利性机构20个。
四、经费保障
（一）教育经费投入持续加大
全县教育经费总投入12.5亿元，其中一般公共预算教育支出10亿元。
"""
EVALUATION_ID = "county-evaluation-2024"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "kinds", {EVALUATION_ID: EVALUATION})


def test_a_difference_between_stages_is_of_the_indicator_asked(service):
    # the 小学 sentence lists five indicators: never 5.10 − 1.30 of two of them
    r = service.ask("初中生均体育运动场馆面积比小学多多少平方米？")
    assert first_figure(r) == (3.7, "平方米")
    assert inputs_cited(service, r, EVALUATION_ID)
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["12.10平方米", "8.40平方米"]


def test_a_difference_asked_the_other_way_round_names_a_stage_only(service):
    r = service.ask("小学生均教学仪器设备值比初中低多少元？")
    assert first_figure(r) == (700.0, "元")
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["2600元", "3300元"]


def test_two_unlike_indicators_of_one_sentence_give_no_difference(service):
    r = service.ask("小学每百名学生拥有高于规定学历教师数比生均教学仪器设备值多多少？")
    assert r.abstained or all(f.value != pytest.approx(3.8) for f in r.figures)


def test_a_difference_of_counts_asked_in_people_is_never_of_two_rates(service):
    # both stages' counts stand in one list sentence; a rate sentence names each stage too
    r = service.ask("小学专任教师比初中专任教师多多少人？")
    assert r.abstained or (round(r.figures[0].value), r.figures[0].unit) == (500, "人"), r.answer
    assert all(f.unit != "百分点" for f in r.figures)


def test_a_difference_against_the_question_direction_is_not_given(service):
    r = service.ask("初中专任教师比小学专任教师多多少人？")
    assert r.abstained or all(f.value >= 0 for f in r.figures)


def test_the_rest_of_a_whole_beside_its_named_part(service):
    r = service.ask("2023年交流轮岗教师中，非骨干教师有多少人？")
    assert first_figure(r) == (180.0, "人")
    assert "240 − 60" in r.figures[0].formula
    assert inputs_cited(service, r, EVALUATION_ID)


def test_the_rest_asked_with_except(service):
    r = service.ask("全县在校学生中，除寄宿生以外的学生有多少人？")
    assert first_figure(r) == (22300.0, "人")
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["28500人", "6200人"]


def test_the_rest_named_with_the_whole_noun_and_of_a_stage(service):
    r = service.ask("民办教育机构中，非营利性民办教育机构有多少个？")
    assert first_figure(r) == (32.0, "个")
    r = service.ask("全县义务教育学校中，除小学以外的学校有多少所？")
    assert first_figure(r) == (16.0, "所")


def test_the_rest_of_a_whole_whose_part_is_not_stated_abstains_saying_so(service):
    r = service.ask("全县在校学生中，非留守儿童有多少人？")
    assert r.abstained
    assert not r.figures


def test_a_part_the_document_names_itself_is_looked_up_not_computed(tmp_path_factory):
    svc = service_over(tmp_path_factory, "named-rest", {"kindergartens": (
        "某县学前教育情况\n全县共有幼儿园50所，其中公办幼儿园30所、普惠性民办幼儿园12所、非普惠性民办幼儿园8所。\n")})
    r = svc.ask("非普惠性民办幼儿园有多少所？")
    assert first_figure(r) == (8.0, "所")
    r = svc.ask("除公办园以外的幼儿园有多少所？")
    assert first_figure(r) == (20.0, "所")


def test_a_share_whole_is_named_by_its_indicator_not_its_heading(service):
    r = service.ask("一般公共预算教育支出占教育经费总投入的比例是多少？")
    assert first_figure(r) == (80.0, "%")
    assert "持续加大" not in r.answer.split("：")[0]


@pytest.mark.parametrize(("question", "expected"), [
    ("交流轮岗教师中，非骨干教师有多少人？", ("骨干教师", "交流轮岗教师")),
    ("除公办园以外的幼儿园有多少所？", ("公办园", "幼儿园")),
    ("在校学生中除了寄宿生之外的有多少人？", ("寄宿生", "在校学生")),
    ("非骨干教师有多少人？", ("骨干教师", "")),
    ("交流轮岗教师中骨干教师以外的有多少人？", ("骨干教师", "交流轮岗教师")),
    ("2023年新增学位中义务教育学位之外的其他学位有多少个？", ("义务教育学位", "新增学位")),
    ("骨干教师有多少人？", None),
    ("非遗项目有哪些？", None),
])
def test_remainder_wordings(question, expected):
    assert asked_remainder(question) == expected


# a provincial work report: last year's review, a five-year review whose figures are the span's,
# and this year's goals
WORK_REPORT = """2026年某省政府工作报告
省人民政府
2026年1月25日
一、2025年和“十四五”工作回顾
五年来，全省综合实力持续提升，粮食年产量稳定在350万吨以上，城镇累计新增就业58万人。
2025年，全省地区生产总值增长5.4%。新建高标准农田12.5万亩，完成灌区现代化改造8.2万亩，新建现代农业产业园2个、产业集群1个，粮食产量达到366.5万吨、创历史新高，生猪出栏620万头，城镇新增就业12.3万人。
二、2026年工作安排
今年全省经济社会发展主要预期目标是：地区生产总值增长5%左右；城镇新增就业11万人以上；粮食产量365万吨以上。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "kinds-report", {"province-report-2026": WORK_REPORT})


def test_goal_below_last_year_actual_amount(report):
    r = report.ask("今年的粮食产量目标比去年实际产量低多少万吨？")
    assert first_figure(r) == (1.5, "万吨")
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["365万吨以上", "366.5万吨"]


def test_goal_below_last_year_actual(report):
    r = report.ask("今年城镇新增就业目标比去年实际完成的少多少万人？")
    assert first_figure(r) == (1.3, "万人")


def test_a_five_year_review_paragraph_speaks_for_its_span_not_one_year():
    text = WORK_REPORT
    review = text.index("350万吨")
    last_year = text.index("366.5万吨")
    assert _period_paragraph(text, review, "2025")
    assert not _period_paragraph(text, last_year, "2025")
    assert not _period_paragraph("“十四五”时期，2025年粮食产量366.5万吨。", 20, "2025")  # names the year
