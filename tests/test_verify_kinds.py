"""Checks between composing and returning, on documents written here, against answers whose subject
is a broader, narrower or sibling thing than the one asked: the total of all schools or all spending
for one kind of them; a qualifier of place or kind near in meaning but not the same; a stage's total
for its largest member; a change stated right after a level for the level. Real ingest, real model,
real Chroma, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a county statistics bulletin: totals over all schools, then each kind, each with its change
BULLETIN = """安远县2024年教育事业发展统计公报
安远县教育局
2025年3月10日
一、学校和学生
全县共有各级各类学校186所，在校生62400人，专任教师4310人。其中民办学校21所，在校生5300人。
全县有中等职业学校2所，在校生3120人，比上年增加140人。
全县有初中24所，在校生18600人，比上年减少420人。
全县有乡镇中心幼儿园18所，在园幼儿6100人。城区公办幼儿园12所。
二、教育经费
2024年全县教育经费总投入15.6亿元，比上年增长6.2%。其中义务教育经费9.8亿元。
"""

# a county work summary stating each count with its change from the year before, in either order
SUMMARY = """和平县2024年教育工作总结
和平县教育局
2025年1月8日
一、基本情况
2024年，全县有小学46所，在校生21800人。全县有中等职业学校2所，在校生3120人，比上年增加140人。普通高中3所，在校生6400人。
二、学前教育
全县在园幼儿增加260人，达到9870人。特殊教育学校在校生比上年增加12人，共有186人。
三、办学条件
全县中小学专任教师3350人（比上年增加85人）。初中在校生10200人较上年增长310人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "kinds", {"anyuan-bulletin": BULLETIN, "heping-summary": SUMMARY})


@pytest.mark.parametrize("question, whole", [
    ("安远县高等教育经费投入是多少？", 15.6),  # the spending on all education
    ("安远县有多少所民办幼儿园？", 21),  # the private schools of every stage
    ("安远县民办幼儿园在园幼儿有多少人？", 5300),
])
def test_a_narrower_kind_is_not_answered_by_the_total(service, question, whole):
    r = service.ask(question)
    assert not any(f.value == whole for f in r.figures), r.answer


def test_a_kind_the_documents_state_is_answered_by_its_own_figure(service):
    assert first_figure(service.ask("安远县职业学校有多少所？"))[0] == 2
    assert first_figure(service.ask("安远县职业学校在校生多少人？"))[0] == 3120
    assert first_figure(service.ask("安远县义务教育经费是多少？"))[0] == 9.8


def test_a_qualifier_of_place_near_in_meaning_is_not_the_same(service):
    r = service.ask("安远县农村幼儿园有多少所？")
    assert not any(f.value == 18 for f in r.figures), r.answer
    # the qualifier the document writes, and a shortening of its name, are answered
    assert first_figure(service.ask("安远县乡镇中心幼儿园有几所？"))[0] == 18
    assert first_figure(service.ask("安远县乡镇中心园有几所？"))[0] == 18
    # a county's 县城 is its 城区; its 乡镇 are not
    assert first_figure(service.ask("安远县县城公办幼儿园有几所？"))[0] == 12
    r = service.ask("安远县乡镇公办幼儿园有几所？")
    assert not any(f.value == 12 for f in r.figures), r.answer


def test_the_largest_member_is_not_answered_by_the_stages_total(service):
    r = service.ask("安远县规模最大的初中有多少在校生？")
    assert not any(f.value in (18600, 24) for f in r.figures), r.answer
    assert first_figure(service.ask("安远县初中在校生有多少人？"))[0] == 18600


@pytest.mark.parametrize("question, level", [
    ("和平县中职在校生有多少人？", 3120),
    ("和平县在园幼儿有多少人？", 9870),  # the change stated first, the level after it
    ("和平县特殊教育学校在校生有多少人？", 186),
    ("和平县中小学专任教师有多少人？", 3350),  # the change in brackets of the level's own clause
    ("和平县初中在校生有多少？", 10200),
])
def test_a_level_asked_is_not_the_change_stated_beside_it(service, question, level):
    assert first_figure(service.ask(question))[0] == level


@pytest.mark.parametrize("question, change", [("和平县在园幼儿增加了多少？", 260),
                                              ("和平县中小学专任教师比上年增加多少人？", 85)])
def test_a_change_asked_is_the_change(service, question, change):
    assert first_figure(service.ask(question))[0] == change
