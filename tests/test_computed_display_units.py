"""Computed amounts shown in the unit a reader expects, and changes over a baseline taken to the value
reached: an average per school in the scale the budget writes (1338万元 ÷ 12所 = 111.5万元/所), an earlier
year's amount from a growth rate in 亿元 when the amount is a Chinese numeral (十一亿三千万元 ÷ 1.068 =
10.58亿元), a Chinese-numeral sum of money beside its value in 万元, the year before a value stated
`较2022年增长…` or in Chinese digits (二〇二四年), and `比2020年涨了几个点` over a plan table's base,
actual and target columns taken to the actual. Documents written here, in both scripts."""
from __future__ import annotations

import pytest

from figures.numbers import amount_text, published_scale
from tests.written import service_over

NOTICE = """临洮县教育局 临洮县财政局关于下达2025年校舍维修改造资金的通知
各乡镇中心学校：
根据上级有关要求，经县教育局、县财政局研究，现将2025年校舍维修改造资金2,460万元下达给你们，用于8所乡村学校的维修改造项目，具体分配见附表。
请各校严格按照项目管理要求使用资金。
"""
NEWS = """岷縣教育工作新聞
發布時間：2024年12月20日
二〇二四年全縣教育經費總投入九億六千萬元，比上年增長百分之六點四，佔全縣一般公共預算支出的百分之二十二點八。
今年全縣發放學生營養改善計劃補助資金三千二百零八萬五千元，惠及學生一萬八千名。
"""
REPORT = """库尔勒市“十四五”教育事业发展规划中期评估报告
一、总体进展
2023年全市教育经费总投入18.6亿元，较2022年增长3.1%，生均经费稳步提高。
二、主要指标完成情况
表1 主要指标完成情况
指标 | 2020年基数 | 2023年实际 | 2025年目标
学前三年毛入园率（%） | 91.2 | 95.6 | 97
九年义务教育巩固率（%） | 95.1 | 96.8 | 97.5
"""


@pytest.mark.parametrize("value, unit, written, expected", [
    (1.13e9 / 1.068, "元", ("十一亿三千万元", "万元"), "10.58亿元"),  # a Chinese numeral: by magnitude
    (13380000 / 12, "元/所", ("1338万元", "万元"), "111.5万元/所"),  # the budget's scale
    (53046000, "元", ("五千三百零四萬六千元", "元"), "5304.6万元"),
    (2.346e8 / 1.05, "元", ("23460万元", "万元"), "22342.86万元"),  # a total keeps the scale it is written in
    (12000, "元/人", ("4200万元", "万元"), "12000元/人"),  # a per-head amount of a few 万 reads whole
    (600, "元", ("300元", "元"), "600元"),
    (30476.19, "人", ("3.2万人", "万人"), "3.05万人"),
    (30476.19, "人", ("32000人", "人"), "30476.19人"),  # counts are never rescaled by magnitude
])
def test_a_computed_amount_is_shown_in_the_scale_it_reads_in(value, unit, written, expected):
    assert amount_text(value, unit, published_scale(*written)) == expected


@pytest.mark.parametrize("value, unit, written, decimals, expected", [
    (5.75e6 / 1.086, "元", ("575.0万元", "万元"), 1, "529.47万元（约529.5万元）"),  # to the input's one place
    (3200 / 1.05, "人", ("3200人", "人"), 0, "3047.62人（约3048人）"),  # a count estimated from a rate: whole
    (6.3e6 / 1.05, "元", ("630.0万元", "万元"), 1, "600万元"),  # it divides out: nothing to round
    (5.75e6 / 1.086, "元", ("575.00万元", "万元"), 2, "529.47万元"),  # as fine as its input already
    (1.13e9 / 1.068, "元", ("十一亿三千万元", "万元"), 0, "10.58亿元"),  # shown in another scale than written
])
def test_an_estimate_is_also_shown_to_the_places_its_input_is_written_with(value, unit, written, decimals, expected):
    assert amount_text(value, unit, published_scale(*written), decimals) == expected


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "displayunits", {"notice": NOTICE, "news": NEWS, "report": REPORT})


@pytest.mark.parametrize("question, shown, value, unit", [
    ("临洮县这批校舍维修改造资金平均每所学校能分到多少？", "307.5万元", 307.5, "万元/所"),
    ("岷县2023年教育经费总投入多少？", "9.02亿元", 9.02, "亿元"),
    ("库尔勒市2022年教育经费总投入大概多少", "18.04亿元", 18.04, "亿元"),
    ("库尔勒2022年全市教育上投了多少钱", "18.04亿元", 18.04, "亿元"),
])
def test_computed_amounts_in_their_natural_unit(service, question, shown, value, unit):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert shown in r.answer, r.answer
    assert (round(r.figures[0].value, 2), r.figures[0].unit) == (value, unit), r.answer
    assert r.figures[0].inputs, r.answer  # the formula's inputs are cited


def test_a_chinese_numeral_sum_of_money_is_shown_in_wan(service):
    r = service.ask("岷縣今年發放了多少營養改善補助資金？")
    assert "三千二百零八萬五千元（3208.5万元）" in r.answer, r.answer


@pytest.mark.parametrize("question, points", [
    ("库尔勒学前三年毛入园率比2020年提高了几个百分点", 4.4),  # 2023 actual − 2020 base, not the 2025 target
    ("库尔勒九年义务教育巩固率比2020年涨了多少", 1.7),
    ("库尔勒学前三年毛入园率2025年目标比2020年要提高多少", 5.8),  # the target when the question asks it
])
def test_change_over_a_base_is_to_the_value_reached(service, question, points):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert (round(r.figures[0].value, 2), r.figures[0].unit) == (points, "百分点"), r.answer
