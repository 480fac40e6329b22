"""A passage stating a change from the year before speaks for that year too: the year gate does not
refuse a question about it (2023 asked of `2024年…比上年增加…`, 2024 asked of a 2025 工作要点's
`提高2个百分点，力争达到68%`), while the figure stated stays its own year's and never answers for the
year before. A plan period's rises count from its base year, not the year before. Documents written
here, real ingest, Service.ask."""

import pytest

from server.service import Service
from server.timespans import years_before
from tests.written import first_figure, service_over

# a year's 工作要点: its changes count from where the year before left off
POINTS = """青石县教育局2025年工作要点
青石县教育局
2025年2月10日
一、普通高中
1. 普通高中本科上线率提高3个百分点，力争达到72%。
2. 高中阶段毛入学率巩固在96%以上。
二、义务教育
3. 初中学业水平考试优秀率提升2个百分点，达到35%。
"""

# a budget: this year's amounts with the change from last year's
BUDGET = """白沙县教育局2024年部门预算公开说明
发布时间：2024年2月1日
一、收入预算情况
2024年部门收入预算52,000.00万元，比上年预算增加1,300.00万元，增长2.56%。
二、支出预算情况
部门支出预算中，基本支出38,600.00万元，较上年减少200.00万元。
三、学前教育
2023年全县普惠性幼儿园覆盖率达到90.5%，比上年提高1.5个百分点。
"""

# a five-year plan: its rises count from 2020, not from the year before its target year
PLAN = """绿水县教育事业发展“十四五”规划
绿水县人民政府
2021年8月
二、主要目标
到2025年，学前三年毛入园率提高5个百分点，达到95%。
"""


@pytest.mark.parametrize("text, dated, spanned, before", [
    ("2024年部门收入预算52000万元,比上年预算增加1300万元", set(), False, {"2023"}),
    ("在校生12000人,同比增长3%", {"2024"}, False, {"2023"}),
    ("普通高中本科上线率提高3个百分点,力争达到72%", {"2025"}, False, {"2024"}),
    ("普通高中本科上线率由2024年的69%提高到72%", {"2025"}, False, set()),  # the base is written
    ("到2025年,学前三年毛入园率提高5个百分点,达到95%", {"2025"}, False, set()),  # a plan's horizon
    ("学前三年毛入园率提高5个百分点", {"2025"}, True, set()),  # a passage of a plan period
    ("学前三年毛入园率提高5个百分点", {"2021", "2025"}, False, set()),  # of several years
])
def test_years_before(text, dated, spanned, before):
    assert years_before(text, dated, spanned) == before


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "year-before", {"qingshi-points-2025": POINTS, "baisha-budget-2024": BUDGET,
                                                          "lvshui-plan": PLAN})


@pytest.mark.parametrize("question, stated", [
    ("青石县2024年普通高中本科上线率是多少？", (72, 3)),
    ("青石县去年的初中学业水平考试优秀率大概是多少？", (35, 2)),
    ("白沙县2023年部门收入预算是多少万元？", (52000, 1300)),
    ("白沙县教育局2023年基本支出预算有多少？", (38600, 200)),
])
def test_the_year_before_a_stated_change_is_not_refused_for_its_year(service, question, stated):
    answer = service.ask(question)
    assert "年的相关内容" not in answer.answer, answer.answer  # not the year gate's refusal
    # the stated level or change is the later year's: it never answers for the year before
    assert not any(f.value in stated for f in answer.figures), answer.answer


@pytest.mark.parametrize("question, value", [
    ("青石县2025年普通高中本科上线率要达到多少？", 72),  # the level aimed at, not the rise to it
    ("青石县今年初中学业水平考试优秀率要提高到多少？", 35),
    ("白沙县教育局2024年部门收入预算是多少万元？", 52000),
])
def test_the_stated_year_is_answered_by_its_level(service, question, value):
    assert first_figure(service.ask(question))[0] == value


def test_a_level_and_its_change_asked_together_are_both_answered(service):
    r = service.ask("白沙县2023年普惠性幼儿园覆盖率达到多少？比上年提高多少？")
    assert {90.5, 1.5} <= {round(f.value, 1) for f in r.figures}, r.answer


def test_a_plan_rise_does_not_speak_for_the_year_before_its_horizon(service):
    answer = service.ask("绿水县2024年学前三年毛入园率是多少？")
    assert answer.abstained and not answer.figures, answer.answer
