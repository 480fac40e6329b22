"""More figures of the right passage that do not answer: the whole or the done part for a rest asked by what is
not done (`还有多少…没…`); the basis a question gives its computation (`按每生N元算`) restated; another rate for a
share asked by its whole and part; one year's level for a change asked in percentage points; a present value for
the level a plan aims at (`哪年要到多少`); a city's all-stage cell for one stage. Documents written here, real
ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# an audit's total and its part put right in another sentence; a lunch-break count of those who can
AUDIT = """栎岑县教育系统审计整改情况报告
栎岑县教育局
2025年11月
审计发现问题4个方面，所涉金额共计312.6万元。
截至10月底，已整改到位金额298.1万元，其余款项年底前归垫。
"""

NAP = """荻港区中小学午休工作情况
荻港区教育局
2025年10月
全区小学在校生4.2万人，其中已有2.7万名小学生能在校午休。
"""

# a funding rule, a plan's indicator table (a level per year, no change stated), a review section stating attainment
FUNDS = """杉坳县学生心理健康促进行动方案
杉坳县人民政府办公室
2025年9月
一、经费保障
心理健康专项经费按在校生每人每年15元以上的标准纳入财政预算。
二、三年投入
2026年至2028年共投入心理健康经费900万元，其中2028年投入330万元。班主任心理培训覆盖率达到70%。
三、主要指标
| 指标 | 2025年现状 | 2028年目标 |
| --- | --- | --- |
| 专任教师中研究生学历比例（%） | 5.2 | 9.0 |
"""

REVIEW = """杉坳县幼儿园督导评估报告
杉坳县教育督导室
2025年12月
一、评估指标达成情况
专任教师持证率只有84.5%，未持证教师多在民办园。
二、整改要求
力争2027年专任教师持证率达到95%。
"""

# a city's statistics: one all-stage count of teachers in a table whose sibling columns name stages
STATS = """栎岑市2025年教育事业统计公报
栎岑市教育局
2026年3月
表2 全市专任教师和生师比
| 年份 | 专任教师(人) | 小学生师比 | 初中生师比 |
| --- | --- | --- | --- |
| 2024 | 18960 | 16.2 | 12.8 |
| 2025 | 19310 | 15.8 | 12.5 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rest-basis-points", {
        "licen-audit": AUDIT, "digang-nap": NAP, "shanao-funds": FUNDS, "shanao-review": REVIEW, "licen-stats": STATS})


@pytest.mark.parametrize("question, stated", [
    ("栎岑县审计问题金额尚有多少没有整改到位？", (312.6, 298.1)),  # the whole, or the part put right
    ("荻港区仍有多少小学生不能在校午休？", (4.2, 2.7)),  # the whole, or those who can
])
def test_a_rest_asked_by_what_is_not_done_is_no_stated_figure(service, question, stated):
    r = service.ask(question)
    assert r.abstained or not any(f.value in stated and not f.formula for f in r.figures), r.answer


def test_the_basis_a_question_gives_is_no_answer(service):
    r = service.ask("杉坳县如果每个学生按15元计，心理健康经费一年最少需要多少？")
    assert not any(f.value == 15 for f in r.figures), r.answer


def test_a_share_asked_is_no_other_rate(service):
    r = service.ask("杉坳县2028年的心理健康投入占三年总投入的几成？")
    assert not any(f.value == 70 for f in r.figures), r.answer


def test_a_change_in_points_is_no_level(service):
    r = service.ask("杉坳县专任教师研究生学历比例2028年比现在要高出几个百分点？")
    assert r.abstained or first_figure(r)[0] == pytest.approx(3.8), r.answer


def test_the_level_aimed_at_is_no_present_value(service):
    r = service.ask("杉坳县专任教师持证率计划在哪一年达到多少？")
    assert not any(f.value == 84.5 for f in r.figures), r.answer


def test_a_stage_asked_is_not_answered_by_the_citys_cell(service):
    r = service.ask("栎岑市初中2025年有多少名专任教师？")
    assert not any(f.value == 19310 for f in r.figures), r.answer
    assert first_figure(service.ask("栎岑市2025年专任教师总数是多少？"))[0] == 19310
