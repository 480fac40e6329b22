"""Computed changes on documents written here: the ways reports state a change (figures.changes),
the wordings questions ask for one (server.operation), and answers that compute the figure from
the change whose own words are the question's subject, cite it, and abstain when two changes fit
equally well. Real ingest, real model, real Chroma, Service.ask for the end-to-end part."""

import pytest

from figures.changes import find_changes
from figures.compute import Operand, change, multiple
from figures.numbers import parse_number
from server.operation import asked_subject, operation_of
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# --- how reports state a change ------------------------------------------------------------------


def _pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.subject.strip("，"), c.old.text if c.old else None, c.new.text if c.new else None)
            for c in find_changes(text)]


def test_start_and_end_with_any_verb_or_years():
    text = ("全市高铁里程由2110公里增至3055公里，体育场地从15个扩大到57个，"
            "人均收入从2020年的10.5万元提高到2025年的14万元左右，万元产值能耗从0.52吨降至0.41吨。")
    assert _pairs(text) == [("全市高铁里程", "2110公里", "3055公里"), ("体育场地", "15个", "57个"),
                            ("人均收入", "10.5万元", "14万元左右"), ("万元产值能耗", "0.52吨", "0.41吨")]
    assert [c.falls for c in find_changes(text)] == [False, False, False, True]


def test_several_starts_and_ends_pair_in_order():
    found = find_changes("残疾人两项补贴标准分别从每人每月209元、280元提高到217元、290元。")
    assert [(c.old.text, c.new.text) for c in found] == [("209元", "217元"), ("280元", "290元")]


def test_end_with_its_change_in_points_percent_or_count():
    found = find_changes("普通高中学位供给率70.4%、提高5.9个百分点，旅游收入1.24万亿元、增长12.5%，"
                         "新增示范校12所、总数达到30所。")
    assert [(c.new.text, c.delta.text if c.delta else None, c.rate.text if c.rate else None) for c in found] == \
        [("70.4%", "5.9个百分点", None), ("1.24万亿元", None, "12.5%"), ("30所", "12所", None)]


def test_spoken_change_after_its_base():
    # speeches and news: `比去年多了D` / `较上年少D`; a bare 多/少 after an amount is no change
    found = find_changes("今年中考，全县普通高中录取1432人，比去年多了58人；新招聘教师86名，较上年少12名。")
    assert [(c.new.text, c.delta.text, c.falls, c.base) for c in found] == \
        [("1432人", "58人", False, "比去年"), ("86名", "12名", True, "较上年")]
    assert find_changes("全县有学生1432人，多58人住校。") == []


def test_no_change_across_two_indicators_ratios_or_durations():
    # `44.1万人，居民收入增长5.6%`: another indicator's rate; `2.50:1`: a ratio; `五年增长30%`: a span
    assert find_changes("城镇新增就业44.1万人，居民人均可支配收入增长5.6%。") == []
    assert find_changes("城乡居民收入比从2.50:1缩小至2.27:1。") == []
    assert all(c.new is None or c.new.unit != "年" for c in find_changes("营收五年增长30%。"))


# --- how questions ask for one ---------------------------------------------------------------------

@pytest.mark.parametrize("question, operation", [
    ("高等教育毛入学率提高了几个百分点？", "change"),
    ("产业投资占全部投资比重提高了多少个百分点？", "change"),
    ("全市重点实验室多了几家？", "change"),
    ("汽车保有量少了多少万辆？", "change"),
    ("高新技术企业数量涨了多少%？", "growth"),
    ("年接待游客增幅是多少？", "growth"),
    ("一般公共预算收入增长了百分之几？", "growth"),
    ("重点实验室数量现在是原来的几倍？", "multiple"),
    ("研发投入翻了几番？", "multiple"),
    ("按报告推算，学位供给率原来是多少？", "start"),
    ("“十四五”期间年均城镇新增就业多少万人？", "ratio"),
    ("2026年新增多少学位？", ""),  # a stated amount, not a change
    ("学位比2025年多多少？", ""),  # two named values: server/intent.py's difference
    ("居民收入年均增长多少？", "cagr"),  # a yearly rate: the one stated, else computed
])
def test_operation_by_wording(question, operation):
    assert operation_of(question).name == operation


def test_asked_subject_drops_time_frame_and_asking_words():
    assert asked_subject("“十四五”期间基本养老保险参保率提高了多少个百分点？") == "基本养老保险参保率"
    assert asked_subject("新能源汽车保有量是“十四五”初的多少倍？") == "新能源汽车保有量"
    assert asked_subject("按报告推算，普通高中学位供给率原来是多少？") == "普通高中学位供给率"
    assert asked_subject("一般公共预算收入增长了百分之多少？") == "一般公共预算收入"


def test_multiple_and_doublings_and_scale_of_trillions():
    old, new = Operand.literal("15家"), Operand.literal("38家")
    assert round(multiple(new, old).value, 2) == 2.53
    assert multiple(Operand.literal("80亿元"), Operand.literal("20亿元"), doublings=True).value == 2.0
    assert parse_number("14.58万亿元").value == 14.58e12
    assert change(Operand.literal("11.37万亿元"), Operand.literal("14.58万亿元")).formula.startswith(
        "14.58 − 11.37 = 3.21 万亿元")


# --- answers --------------------------------------------------------------------------------------

REPORT = """2026年政府工作报告
市人民政府
2026年1月20日
一、“十四五”时期工作回顾
五年来，全市经济实力跃上新台阶。地区生产总值从3200亿元提高到4100亿元，人均地区生产总值从6.2万元提高到7.9万元。
交通更加便捷，高铁里程由210公里增至355公里，高速公路由747公里增至931公里。汽车保有量由255万辆增至323万辆，其中新能源汽车由4.5万辆增至35.6万辆。
教育事业全面发展，高等教育毛入学率从53.4%提高到63%以上，普通高中学位供给率70.4%、提高5.9个百分点。全市重点实验室由7家增至16家。
产业投资占全部投资比重从26.7%提高到52.1%，产业民间投资占民间投资比重从39.8%提高到65.1%。
乡村学校少年宫由40所增至52所，城市学校少年宫由38所增至61所。
2025年，全市新增返乡创业市场经营主体1.5万户、带动就地就业4.5万人。3所高校9个学科入选国家一流学科，12所高校60个学科进入省级一流学科行列。
二、2026年工作安排
全市托育服务持续扩容，新增普惠托位3000个。
"""
REPORT_ID = "city-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "changes", {REPORT_ID: REPORT})


@pytest.mark.parametrize("question, value, unit", [
    ("高铁里程增长了百分之多少？", 69.05, "%"),
    ("高速公路多了多少公里？", 184, "公里"),
    ("高等教育毛入学率提高了几个百分点？", 9.6, "百分点"),
    ("重点实验室数量现在是原来的几倍？", 2.29, "倍"),
    ("按报告推算，普通高中学位供给率原来是多少？", 64.5, "%"),
    ("地区生产总值增加了多少亿元？", 900, "亿元"),
    ("汽车保有量多了多少万辆？", 68, "万辆"),
    ("新能源汽车保有量是“十四五”初的多少倍？", 7.91, "倍"),
    ("产业投资占全部投资比重提高了多少个百分点？", 25.4, "百分点"),
])
def test_change_computed_from_the_change_the_question_names(service, question, value, unit):
    r = service.ask(question)
    assert first_figure(r) == (value, unit), r.answer
    assert r.figures[0].formula and len(r.figures[0].inputs) >= 2
    assert inputs_cited(service, r, REPORT_ID)


def test_two_changes_fitting_equally_abstain_with_both_passages(service):
    # 少年宫 of the villages and of the towns: the question names neither
    r = service.ask("学校少年宫增加了多少所？")
    assert r.abstained, r.answer
    assert r.citations  # the closest passages, to read
    assert "12" not in r.answer and "23" not in r.answer


@pytest.mark.parametrize("question, value, unit", [
    ("2025年新增的返乡创业市场经营主体，平均每户带动多少人就地就业？", 3, "人/户"),
    ("进入省级一流学科行列的高校，平均每所有几个学科？", 5, "个/所"),
])
def test_count_per_count_from_the_clause_the_question_names(service, question, value, unit):
    r = service.ask(question)
    assert first_figure(r) == (value, unit), r.answer
    assert inputs_cited(service, r, REPORT_ID)


def test_difference_side_with_only_a_year_and_a_verb_borrows_the_indicator():
    from server.answer.comparison import asked_sides
    assert asked_sides("今年城镇新增就业目标比去年实际完成的少多少？") == \
        ("今年城镇新增就业目标", "去年实际完成的城镇新增就业", True, False)
    # a fuller name on side A, side B only its year and a shorter name: A's name in B's year, without
    # A's goal words (B is the value reported)
    assert asked_sides("2026年科技创新投入目标比2025年实际投入要增长百分之多少？")[1] == "2025年科技创新投入"
