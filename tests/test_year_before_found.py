"""The value of a year no passage states, from the next year's value and its change on the year before
(server/answer/changes.py YearBefore), found where the question's wording or the passage's neighbours hid
it: a department's accounts that never repeat the department's name the question writes, a speech whose
paragraph names the year asked only in another topic's sentence, and a question whose best passage is a
table row of the other year. Documents written here, real ingest, Service.ask."""

import pytest

from figures.changes import find_changes
from server.service import Service
from tests.written import first_figure, service_over

# a department's final accounts: its own figures, the department named only in its head
ACCOUNTS = """溪桥县教育局2025年度部门决算公开说明
溪桥县教育局
2026年8月20日
一、收入支出决算总体情况
2025年度本部门基本支出决算12,400.00万元，较上年增加600.00万元，主要是人员经费增加。
2025年度项目支出决算3,150.00万元，主要用于校舍维修和设备购置。
二、其他情况
本部门2025年度无政府性基金预算支出。
"""

# a speech: last year's figures, and an earlier year named in another topic's sentence
SPEECH = """在云岭县2026年教育工作会议上的讲话
云岭县教育局局长 周明远
2026年2月18日
一、回顾去年工作
去年，全县学生资助资金达到5200万元，比上年增长4%；全年新建食堂3个。城区学校大班额由前年的30个减少到去年的12个，寄宿生床位紧张的问题得到缓解。
二、今年重点工作
今年要继续推进集团化办学，新增学位800个。
"""

# a budget with its table of the budget year and the change stated in prose
BUDGET = """石湾县教育体育局2025年部门预算公开说明
石湾县教育体育局
2025年2月6日
一、收入预算
2025年部门收入预算3,000.00万元，比上年预算增加120.00万元，增长4.17%。
表1 2025年部门收入预算表（单位：万元）
| 项目 | 预算数 |
| --- | --- |
| 一般公共预算拨款收入 | 2,860.00 |
| 事业收入 | 140.00 |
| 合计 | 3,000.00 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "year-before-found", {
        "xiqiao-accounts-2025": ACCOUNTS, "yunling-speech-2026": SPEECH, "shiwan-budget-2025": BUDGET})


@pytest.mark.parametrize("question, value", [
    ("溪桥县教育局2024年基本支出决算是多少？", 11800),  # 教育局 only in the issuer's line
    ("云岭县前年学生资助资金大概有多少？", 5000),  # 前年 only in the 大班额 sentence: 5200 ÷ 1.04
    ("石湾县教育体育局2024年的部门收入预算是多少万元？", 2880),
])
def test_the_year_before_is_computed_from_the_stated_change(service, question, value):
    answer = service.ask(question)
    assert first_figure(answer)[0] == value, answer.answer
    assert "推算" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "溪桥县教育局2024年项目支出决算是多少？",  # no change stated on the year before: nothing to compute from
    "云岭县前年新建了几个食堂？",  # a count of last year's, with no change on the year before
])
def test_no_stated_change_no_year_before(service, question):
    answer = service.ask(question)
    assert answer.abstained or "推算" not in answer.answer, answer.answer


# a year's work points: each rise stated before the level it aims at, with no base written
POINTS = """松岗县教育局2026年工作要点
松岗县教育局
2026年1月15日
一、学前教育
1. 普惠性幼儿园覆盖率提高1.5个百分点，力争达到93%。
二、职业教育
2. 中职毕业生就业率提升2个百分点，确保达到96%。
"""

# a plan period's rise counts from its base year, never from the year before its horizon
PERIOD_PLAN = """松岗县教育事业发展“十五五”规划
松岗县人民政府
2026年3月1日
二、主要目标
到2030年，学前三年毛入园率提高4个百分点，达到97%。
"""


@pytest.fixture(scope="module")
def points(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "year-before-points", {
        "songgang-points-2026": POINTS, "songgang-plan-2030": PERIOD_PLAN})


@pytest.mark.parametrize("question, value", [
    ("松岗县2025年普惠性幼儿园覆盖率大概是多少？", 91.5),  # 93 − 1.5
    ("松岗县去年中职毕业生就业率是多少？", 94),  # 96 − 2, 去年 of the 2026 points
])
def test_a_years_rise_before_its_level_gives_the_year_before(points, question, value):
    answer = points.ask(question)
    assert first_figure(answer)[0] == value, answer.answer
    assert "推算" in answer.answer and not answer.answer.startswith("1."), answer.answer


def test_a_plan_periods_rise_is_not_on_the_year_before(points):
    answer = points.ask("松岗县2029年学前三年毛入园率是多少？")
    assert answer.abstained or not any(round(f.value, 2) == 93 for f in answer.figures), answer.answer


@pytest.mark.parametrize("text, subject, base, new, delta", [
    ("3. 普惠性幼儿园覆盖率提高1.5个百分点，力争达到93%。", "3. 普惠性幼儿园覆盖率", "", "93%", "1.5个百分点"),
    ("寄宿生比上年增加120人，达到2400人。", "寄宿生", "比上年", "2400人", "120人"),
])
def test_a_rise_stated_before_its_level_is_a_change(text, subject, base, new, delta):
    found = [c for c in find_changes(text) if c.delta is not None]
    assert [(c.subject, c.base, c.new and c.new.text, c.delta.text) for c in found] == [(subject, base, new, delta)]


def test_a_new_total_is_read_once():
    # `新增D、总数达到B` is the change-and-end shape already; the rise-then-level reading adds nothing
    assert len(find_changes("新增学位600个，总数达到4200个。")) == 1
