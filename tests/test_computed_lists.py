"""Figures computed from amounts a report lists and from the year before a stated change, on a
report written here: respective lists, lists after a coordinate abbreviation and item-count pairs
(figures.lists), the sum of the things a question names, the difference of two items of one list,
and a year no passage states from the next year's value and its change on it. Real ingest, real
model, real Chroma, Service.ask for the end-to-end part."""

import pytest

from figures.changes import find_changes
from figures.lists import match_length, named_amounts
from server.operation import asked_items
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# --- how reports list amounts ------------------------------------------------------------------


def _named(text: str) -> list[tuple[str, str]]:
    return [(n.item, n.quantity.text) for n in named_amounts(text)]


def test_respective_list_assigns_values_by_order():
    assert _named("孵化器、众创空间和科技园分别达到12家、30家和8家。") == \
        [("孵化器", "12家"), ("众创空间", "30家"), ("科技园", "8家")]


def test_list_after_a_coordinate_abbreviation_with_or_without_respectively():
    for text in ("城乡居民人均收入年均增长5.3%、7.7%。", "城乡居民人均收入分别增长5.3%、7.7%。"):
        found = named_amounts(text)
        assert [(n.item, n.quantity.text) for n in found] == [("城镇", "5.3%"), ("农村", "7.7%")]
        assert "农村居民人均收入" in found[1].own  # the statement read for the item alone


def test_item_count_pairs_and_a_unit_written_once():
    assert _named("新建幼儿园5所、中小学3所。") == [("幼儿园", "5所"), ("中小学", "3所")]
    found = named_amounts("甲、乙两地客运量分别达1409万、1305万人次。")
    assert [n.quantity.unit for n in found] == ["人次", "人次"]


def test_last_item_carrying_the_shared_noun_is_named_by_its_own_words():
    found = named_amounts("城镇、农村居民人均可支配收入分别增长4.4%、5.6%。")
    assert match_length(found[1], "农村居民人均收入") >= 2 and match_length(found[0], "农村居民人均收入") == 0


def test_no_list_where_values_are_a_change_or_of_other_units():
    # `分别从A、B提高到C、D`: a change (figures.changes reads it), not two lists of the items
    assert named_amounts("两项补贴标准分别从每人每月209元、280元提高到217元、290元。") == []
    assert named_amounts("学校、学生分别达到12所、300人。") == []


@pytest.mark.parametrize("question, items", [
    ("概念验证中心和中试基地一共有多少家？", ["概念验证中心", "中试基地"]),
    ("2025年新建幼儿园、中小学和高中合计多少所", ["新建幼儿园", "中小学", "高中"]),
    ("城镇新增就业一共多少人？", []),
    ("小巨人企业与单项冠军企业加起来有多少家？", ["小巨人企业", "单项冠军企业"]),
])
def test_asked_items_of_a_sum(question, items):
    assert asked_items(question) == items


def test_change_on_the_year_before_keeps_its_base():
    found = find_changes("2025年粮食总产量1640.06亿斤，比上年增量39.7亿斤；零售总额120亿元、增长8%。")
    assert [(c.new.text, c.base) for c in found] == [("1640.06亿斤", "比上年"), ("120亿元", "")]


# --- answers ---------------------------------------------------------------------------------------

REPORT = """2026年县政府工作报告
县人民政府
2026年1月15日
一、“十四五”时期工作回顾
五年来，城乡居民人均可支配收入年均增长5.1%、7.9%，城镇新增就业累计6.5万人。
科技创新加快，孵化器、众创空间分别达到12家、30家，省级技术中心18个、市级技术中心27个。
二、2025年工作回顾
2025年全县粮食总产量86.4万吨，比上年增加2.4万吨；社会消费品零售总额120亿元、增长8%。
学前教育毛入园率达到91.5%。
三、2026年工作安排
到2030年，学前教育毛入园率达到95%以上。新建幼儿园5所、中小学3所。
"""
REPORT_ID = "county-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "lists", {REPORT_ID: REPORT})


@pytest.mark.parametrize("question, value, unit", [
    ("孵化器和众创空间一共有多少家？", 42, "家"),
    ("省级技术中心和市级技术中心合计多少个？", 45, "个"),
])
def test_sum_of_the_listed_things_asked(service, question, value, unit):
    r = service.ask(question)
    assert first_figure(r) == (value, unit)
    assert inputs_cited(service, r, REPORT_ID) and len(r.figures[0].inputs) == 2


def test_sum_abstains_when_a_thing_asked_is_not_listed(service):
    r = service.ask("孵化器、众创空间和科技园一共有多少家？")
    assert r.abstained and "科技园" in r.answer and not r.figures


def test_difference_of_two_items_of_one_list(service):
    r = service.ask("“十四五”期间农村居民人均可支配收入年均增速比城镇居民高几个百分点？")
    assert first_figure(r) == (2.8, "百分点")
    assert inputs_cited(service, r, REPORT_ID)
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["5.1%", "7.9%"]


def test_year_before_from_the_next_years_value_and_its_change(service):
    r = service.ask("2024年全县粮食总产量是多少万吨？")
    assert first_figure(r) == (84.0, "万吨")
    assert "2024年" in r.figures[0].label and inputs_cited(service, r, REPORT_ID)


@pytest.mark.parametrize("question", [
    "2023年全县粮食总产量是多少万吨？",  # two years back: no stated change reaches it
    "2024年社会消费品零售总额是多少？",  # `增长8%` states no base: not taken as year on year
    "2024年学前教育毛入园率是多少？",  # no change stated at all
])
def test_year_before_abstains_without_a_change_on_that_year(service, question):
    r = service.ask(question)
    assert r.abstained and not r.figures


def test_per_year_over_a_plan_period_shows_no_digits_the_inputs_lack(service):
    r = service.ask("“十四五”五年里城镇新增就业平均每年多少万人？")
    assert first_figure(r) == (1.3, "万人/年")
    assert "= 1.3万人/年" in r.figures[0].formula
