"""The evidence check (server/answer/evidence.py has_term) reads a question's school stage and kind of
area under the other names the lexicons give them: 中职 written 中等职业教育 or 中等职业学校
(server/lexicon/stages.tsv), 城区 (城里) written 县城 (server/lexicon/area_kinds.tsv); never a word for
kinds taken together (城乡, 城市) nor one written as part of another (全县城乡), nor a name joining
stages' names (中小学). Real ingest and model for
the answers."""
import pytest

from server.answer.evidence import has_term
from server.service import Service
from tests.written import first_figure, service_over


@pytest.mark.parametrize("term, text", [
    ("中职", "中等职业教育共资助2100人次"),
    ("中职", "全县中等职业学校在校生3200人"),
    ("中职学生", "技工学校学生1200人"),
    ("中职教师", "中等职业学校教师186人"),
    ("幼儿园", "学前教育专任教师412人"),
])
def test_a_stage_is_found_under_its_other_names(term: str, text: str) -> None:
    assert has_term(term, text)


@pytest.mark.parametrize("term, text", [
    ("中职", "普通高中共资助8700人次"),  # a sibling stage
    ("初中", "小学一年级新生每班不超过45名"),
    ("中职学生", "中等职业学校教师186人"),  # the stage, another noun
    ("中小学", "县域义务教育向优质均衡迈进"),  # a name joining stages' names: everyday usage may take in 高中
])
def test_another_stage_is_not_the_stage_asked(term: str, text: str) -> None:
    assert not has_term(term, text)


@pytest.mark.parametrize("term, text", [
    ("城区", "县城小学和初中已无超过55人的大班"),
    ("城区学校", "县城学校共新增学位1180个"),
    ("农村", "乡村学校厕所改造12所"),
    ("县镇", "镇区学校20所"),
])
def test_a_kind_of_area_is_found_under_a_word_that_means_it(term: str, text: str) -> None:
    assert has_term(term, text)


@pytest.mark.parametrize("term, text", [
    ("城区", "城乡学校的办学水平还不平衡"),  # town and country together: no one kind
    ("城区", "全县城乡学校共126所"),  # 县城 written as part of 全县城乡
    ("城区", "全县城镇学校共60所"),
    ("农村", "乡镇中心幼儿园18所"),  # an administrative level spanning town and village
    ("县城", "城区学校45所"),  # a county town may be a 镇区: 城区 names only one of its kinds
    ("城区", "镇区学校20所"),  # a sibling kind
    ("城镇", "城市更新项目12个"),  # 城市 may be 城镇 or only 城区: kinds taken together
    ("城区", "城市学校平均班额47人"),
])
def test_another_kind_of_area_is_not_the_kind_asked(term: str, text: str) -> None:
    assert not has_term(term, text)


# a county's work summary and an aid bulletin, each writing the stage or area under another name than
# the questions below
SUMMARY = """青禾县2025年教育工作总结

一、办学条件

全县共有学校88所。今年县城小学和初中已无超过55人的大班，县城学校共新增学位1180个。乡村学校改造资金3600万元。

二、学生资助

全年资助学生2.1万人次。按学段分，学前教育资助1500人次、75万元；普通高中资助4200人次、420万元；中等职业教育共资助2600人次，金额390万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "evidence-other-names", {"qinghe-summary-2025": SUMMARY})


@pytest.mark.parametrize("question", ["青禾县城里学校新增了多少学位？", "青禾县城区学校新增学位多少个？"])
def test_the_county_town_answers_for_the_town(service: Service, question: str) -> None:
    assert first_figure(service.ask(question)) == (1180.0, "个")


@pytest.mark.parametrize("question", ["青禾县中职资助了多少人次？", "青禾县中职学生资助多少人次？"])
def test_a_stage_asked_by_its_short_name(service: Service, question: str) -> None:
    assert first_figure(service.ask(question)) == (2600.0, "人次")
