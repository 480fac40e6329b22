"""Checks between composing and returning, on documents written here, against answers that take the
figure of the wrong clause of a sentence: a clause breaking down the one before it (`…共有X，其中小学
N人`) counts what that clause names, so a question asking the whole and then its part (`其中小学多少人`)
gets both; a neighbour sentence sharing one word of the question does not say better what is
asked than the figure's own; a sentence of several provisions whose figure in the unit asked belongs to another
provision answers from the clause about the subject asked, in a cross-document answer as in a
one-place one. Real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.lexicon import area_kinds
from server.service import Service
from tests.written import first_figure, service_over

# a county plan reviewing its teachers: the whole, then its parts by stage, in one sentence
COUNTY = """龙山县中小学教师队伍建设规划（2024—2027年）
龙山县教育局
2024年3月5日
一、现状
截至2023年底，全县共有中小学幼儿园专任教师3150人，其中幼儿园420人、小学1580人、初中790人、普通高中360人。
"""

# a county plan reviewing its last plan period: what was built, then the stock of schools
PLAN = """凤凰县“十四五”教育事业发展规划
凤凰县人民政府
2021年6月10日
一、发展基础
“十三五”期间，全县累计投入教育经费52.3亿元，新建、改扩建中小学和幼儿园41所，新增学位2.1万个。2020年，全县共有各级各类学校156所，在校学生9.8万人。
"""

# two provincial reports: one states the count asked in its own sentence, the other in the last
# clause of a sentence whose earlier clauses count other things in the unit asked
JIANGXI = """江西省2026年政府工作报告
江西省人民政府
2026年1月20日
一、2025年工作回顾
优化医疗卫生服务供给，建设8个省级临床重点专科，建成3个区域医疗中心，二级以上公立医院检查检验结果互认项目增至180项。
"""
ANHUI = """安徽省2026年政府工作报告
安徽省人民政府
2026年1月22日
一、2025年工作回顾
全面推进医保即时结算，医疗机构检查检验结果互认项目150个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "clauses", {"longshan-plan": COUNTY, "fenghuang-plan": PLAN,
                                                      "jiangxi-report": JIANGXI, "anhui-report": ANHUI})


def test_a_part_asked_after_its_whole_is_answered_too(service):
    r = service.ask("截至2023年底，龙山县共有多少名中小学幼儿园专任教师？其中小学多少人？")
    values = [f.value for f in r.figures]
    assert not r.abstained and 3150 in values and 1580 in values, r.answer


def test_a_breakdown_clause_counts_what_the_clause_before_names(service):
    assert first_figure(service.ask("龙山县小学专任教师有多少人？")) == (1580, "人")


def test_a_neighbour_sharing_one_word_asked_does_not_take_the_answer(service):
    # the next sentence names 学校 (the stock of schools) but not what was built
    assert first_figure(service.ask("凤凰县“十三五”期间新建、改扩建了多少所学校？")) == (41, "所")
    r = service.ask("凤凰县“十三五”期间累计投入了多少教育经费？新建、改扩建了多少所学校？")
    assert {52.3, 41} <= {round(f.value, 1) for f in r.figures} and 156 not in [f.value for f in r.figures], r.answer


def test_the_clause_about_the_subject_asked_answers_for_its_place(service):
    r = service.ask("江西医疗机构检查检验结果互认项目有多少个？")
    assert not r.abstained and "180" in r.answer and not any(f.value in (8, 3) for f in r.figures), r.answer
    r = service.ask("江西和安徽医疗机构检查检验结果互认项目分别有多少个？")
    assert "180" in r.answer and "150" in r.answer, r.answer
    assert not any(f.value in (8, 3) for f in r.figures), r.answer


def test_kinds_of_area_are_data_with_every_kind_in_town_and_country():
    kinds = area_kinds()
    assert kinds["农村"][0] == kinds["乡村"][0] and not kinds["乡镇"][0] & kinds["农村"][0]
    assert all(k <= kinds["城乡"][0] for k, _ in kinds.values())
    assert kinds["县城"][1]  # 全县城乡 is 全县 + 城乡, not 县城
