"""A year no document states, asked of a report of another year: an undated sentence speaks for its report's
year only, and a change on the year before gives the year before that one only — any other year asked is
not stated, so the answer abstains rather than give a figure of another year. Documents written here (invented
places), real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a year's summary, written early the next year: its undated sentences are of the year it reviews
SUMMARY = """柘岭县教育局2025年工作总结
柘岭县教育局
2026年1月12日
一、基本情况
全县普通高中在校学生8600人，比上年增加240人。全县共有中小学校62所，教职工4180人。
二、学生资助
全年发放国家助学金1260万元，惠及学生9800人次。
"""

# a year's budget: this year's amounts, with the change from last year's
BUDGET = """苇塘区教育局2026年部门预算说明
发布时间：2026年2月3日
一、收入预算
部门收入预算36,400.00万元，比上年增加900.00万元。
二、支出预算
其中项目支出11,200.00万元。
"""

# an interview: its undated sentences are of the year it is given in
INTERVIEW = """檀溪县教育局局长答记者问
2025年9月5日
记者：营养改善计划落实得怎么样？
局长：全县享受营养膳食补助的学生有5200名，全年补助资金一共是1092万元，都按学期拨到学校。
现在的补助标准是每生每年2100元，比去年提高了200元。
"""

# a news item: the year its headline names is the year of its undated sentences
NEWS = """松阳县2025年累计发放学生资助资金2.16亿元
来源：松阳日报　2026年1月9日
本报讯 记者从县教育局获悉，2025年，松阳县全年累计投入学生资助资金2.16亿元，比上年增长5.2%。
据介绍，全年资助资金中，中央资金1.02亿元，县级财政资金0.48亿元。其中，县级财政投入比上年增长9.1%。
"""

# an interview of no date: its undated sentences are of its own time, 去年 is a year it names apart
UNDATED = """把寄宿生生活补助落到实处——访柏川县教育局负责人
问：寄宿生生活补助怎么发？
答：咱们县享受寄宿生生活补助的学生有三千二百名，全年补助资金一共是四百八十万元，按学期拨到学校。
现在的标准是每生每年一千五百元，比去年提高了一百元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "year-unstated", {"zheling-summary-2025": SUMMARY,
                                                            "weitang-budget-2026": BUDGET,
                                                            "tanxi-interview-2025": INTERVIEW,
                                                            "songyang-news-2025": NEWS,
                                                            "baichuan-interview": UNDATED})


@pytest.mark.parametrize("question, stated", [
    ("柘岭县2023年普通高中在校生有多少人？", (8600, 8360, 240)),  # two years before the report's
    ("柘岭县2022年一共有多少所中小学校？", (62,)),
    ("柘岭县2027年普通高中在校学生有多少？", (8600, 8360, 240)),  # after it
    ("柘岭县2023年发放国家助学金多少万元？", (1260,)),
    ("苇塘区2024年部门收入预算是多少万元？", (36400, 35500, 900)),  # two years before the budget's
    ("苇塘区2027年项目支出预算多少？", (11200,)),
    ("松阳县2024年县级财政投入的学生资助资金有多少？", (0.48,)),  # the headline's year is 2025
])
def test_a_year_neither_stated_nor_derivable_abstains(service, question, stated):
    answer = service.ask(question)
    assert answer.abstained, answer.answer
    assert not any(round(f.value, 2) in stated for f in answer.figures), answer.answer


@pytest.mark.parametrize("question, value", [
    ("柘岭县2025年普通高中在校学生多少人？", 8600),  # the report's year: its undated sentence
    ("柘岭县2024年普通高中在校学生多少人？", 8360),  # the year before it: 8600 − 240
    ("苇塘区2025年部门收入预算是多少万元？", 35500),  # 36400 − 900
])
def test_the_reports_year_and_the_year_before_it_are_answered(service, question, value):
    assert first_figure(service.ask(question))[0] == value


def test_an_amount_per_head_of_the_year_before_is_not_divided_from_this_years_total(service):
    answer = service.ask("檀溪县去年一个学生一年营养膳食补助多少钱？")
    assert not any(round(f.value) in (2100, 1092) for f in answer.figures), answer.answer
    assert answer.abstained or first_figure(answer)[0] == 1900, answer.answer


def test_last_year_per_head_is_not_divided_from_an_undated_documents_total(service):
    answer = service.ask("柏川县寄宿生生活补助去年一个学生一年多少钱")
    assert not any(round(f.value) == 1500 for f in answer.figures), answer.answer
    assert answer.abstained or first_figure(answer)[0] == 1400, answer.answer
