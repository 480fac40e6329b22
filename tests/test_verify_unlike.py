"""The check between composing and returning (server/answer/verify.py), on a report written here:
a rate the report states for a neighbouring indicator or for another stage of the same list, a ratio
per so many people for a count, a count of another noun of the same clause, a city's figure for the
province and the province's for a city, a figure its sentence dates to another year — each turns
into an abstention naming what the report does state; the report's own figures still answer.
Real ingest, real model, real Chroma, Service.ask; the helpers on questions analysed here."""

from dataclasses import replace

import pytest

from server.answer.draft import Claim
from server.answer.evidence import Reader
from server.answer.verify import asked_rate, mismatch, rate_word
from server.query import analyse
from server.regions import RegionCatalog
from server.retrieve import Hit
from server.service import Service
from tests.written import service_over

# a provincial work report reviewing the past year: rates in lists sharing one figure, a ratio
# per thousand people, counts of several nouns in one clause
REPORT = """2026年江西省政府工作报告
2026年1月22日在江西省第十四届人民代表大会第五次会议上
一、2025年工作回顾
社会事业全面进步。推动教育优质均衡发展，义务教育巩固率达到97.6%，学前教育毛入园率、高中阶段毛入学率均超过92%，高等教育毛入学率提高到61.2%。
养老育幼服务持续完善，每千人口拥有3岁以下婴幼儿托位数达到4.2个，新增养老床位1.5万张。
全省新建中小学校56所，新增学位8.6万个，改造农村薄弱学校1200所。
南昌市新增普惠性托位3000个，九江市长江岸线生态修复持续推进。
全省公办率达到52.3%，普惠率达到90.1%。课后服务实现全覆盖，学生参与率达到91.5%。全省中小学专任教师42.6万人。
提高生均公用经费标准(小学800元/生,初中1000元/生)，省属高校生均拨款增加1200元。
全省提高城乡低保标准，发放高龄津贴3.2亿元、困难群众救助金1.4亿元。
2024年全省新增公办幼儿园学位3万个。2025年新增普惠性幼儿园120所。
二、2026年重点工作
办好人民满意的教育。深入推进义务教育优质均衡发展，扩大普通高中学位供给。
"""
REPORT_ID = "jiangxi-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "unlike", {REPORT_ID: REPORT})


def refused_naming(service: Service, question: str, stated: str) -> bool:
    r = service.ask(question)
    return r.abstained and not r.figures and stated in r.answer


# --- a rate of another indicator ---------------------------------------------------------------

def test_a_rate_the_report_does_not_state_names_the_neighbour_it_does(service):
    r = service.ask("江西义务教育毛入学率是多少？")
    assert r.abstained and not r.figures, r.answer
    assert "最接近的指标是“义务教育巩固率”" in r.answer and "不是同一指标" in r.answer


def test_a_rate_asked_of_a_stage_its_list_item_does_not_name(service):
    # 92% is the 毛入园率 of 学前教育 and the 毛入学率 of 高中阶段, 97.6% the 巩固率 of 义务教育
    assert refused_naming(service, "江西初中毛入学率是多少？", "高中阶段毛入学率")
    assert refused_naming(service, "江西学前教育巩固率是多少？", "义务教育")


def test_a_share_of_children_is_not_a_gross_enrolment_rate(service):
    # the report states the 普惠率 (of kindergartens, no stage word in its sentence) apart from the stage's
    # 毛入园率 (92%): the stated one answers, never its neighbour
    r = service.ask("江西学前教育普惠率是多少？")
    assert not r.abstained and r.figures[0].value == 90.1, r.answer


def test_each_rate_of_a_list_still_answers_for_itself(service):
    for question, value in (("江西义务教育巩固率是多少？", 97.6), ("江西高中阶段毛入学率是多少？", 92),
                            ("江西学前教育毛入园率是多少？", 92), ("江西高等教育毛入学率是多少？", 61.2)):
        r = service.ask(question)
        assert not r.abstained and r.figures[0].value == value, (question, r.answer)


def test_a_share_named_by_a_rate_of_its_own_words_answers_and_no_other(service):
    r = service.ask("江西公办园在园幼儿比例是多少？")
    assert not r.abstained and r.figures[0].value == 52.3, r.answer
    r = service.ask("江西民办园在园幼儿比例是多少？")
    assert r.abstained and not r.figures and "新增学位" not in r.answer, r.answer  # no count named as its neighbour


def test_a_rate_of_another_group_is_not_the_rate_asked(service):
    assert refused_naming(service, "江西课后服务的教师参与率是多少？", "学生参与率")
    r = service.ask("江西课后服务学生参与率是多少？")
    assert not r.abstained and r.figures[0].value == 91.5, r.answer


# --- a count of another thing ------------------------------------------------------------------

def test_a_ratio_per_thousand_people_is_not_the_count(service):
    r = service.ask("江西有多少个婴幼儿托位？")
    assert r.abstained and not r.figures and "每千人口" in r.answer, r.answer


def test_the_ratio_asked_as_a_ratio_answers(service):
    r = service.ask("江西每千人口托位数是多少？")
    assert not r.abstained and r.figures[0].value == 4.2, r.answer


def claim_on(service: Service, quote: str, unit: str) -> tuple[Claim, Reader]:
    """A claim of the figure in `unit` of the passage holding `quote`, as a lookup would make it."""
    reader = service.composer.reader
    chunk = next(c for c in service.index.chunks if quote in c.text)
    start = service.index.documents[chunk.doc_id].text.index(quote)
    return Claim(unit, quote, Hit(0, chunk, 1.0), (start, start + len(quote))), reader


def test_a_count_of_another_noun_of_the_clause_is_refused(service):
    claim, reader = claim_on(service, "全省新建中小学校56所，新增学位8.6万个", "所")
    asked = service.analyse("江西新增学位数量是多少？")
    assert "不是“" in (mismatch(reader, asked, claim) or ""), "56所 given for 学位"
    places = replace(claim, unit="个")
    assert mismatch(reader, asked, places) is None
    r = service.ask("江西新增了多少个学校学位？")
    assert not r.abstained and r.figures[0].value == 8.6, r.answer


# --- a figure of another place -----------------------------------------------------------------

def test_a_count_of_all_is_not_the_count_of_a_kind_of_them(service):
    r = service.ask("江西中小学专任教师中男教师有多少人？")
    assert r.abstained and not r.figures, r.answer
    r = service.ask("江西中小学专任教师有多少人？")
    assert not r.abstained and r.figures[0].value == 42.6, r.answer


def test_a_figure_of_another_stage_in_its_own_bracket_is_refused(service):
    assert service.ask("江西小学生均公用经费标准是多少？").figures[0].value == 800
    r = service.ask("江西幼儿园生均公用经费标准是多少？")
    assert r.abstained and not r.figures, r.answer


def test_an_amount_added_is_not_the_amount(service):
    r = service.ask("江西省属高校生均拨款是多少元？")
    assert r.abstained and not r.figures, r.answer
    r = service.ask("江西省属高校生均拨款增加了多少？")
    assert not r.abstained and r.figures[0].value == 1200, r.answer


def test_one_of_several_figures_is_not_their_sum(service):
    claim, reader = claim_on(service, "发放高龄津贴3.2亿元、困难群众救助金1.4亿元", "元")
    asked = service.analyse("江西发放的高龄津贴和困难群众救助金一共多少亿元？")
    assert "合计" in (mismatch(reader, asked, claim) or ""), "3.2亿元 given for the sum"
    r = service.ask("江西发放的高龄津贴和困难群众救助金一共多少亿元？")
    assert r.abstained or r.figures[0].value == 4.6, r.answer  # the sum computed, or no answer; never 3.2


def test_a_citys_figure_in_a_provincial_report_is_not_the_provinces(service):
    r = service.ask("江西新增普惠性托位多少个？")
    assert r.abstained and not r.figures and "南昌市" in r.answer, r.answer
    r = service.ask("南昌市新增普惠性托位多少个？")
    assert not r.abstained and r.figures[0].value == 3000, r.answer


def test_the_provinces_figure_is_not_a_citys_it_mentions(service):
    r = service.ask("九江市新增学位多少个？")
    assert r.abstained and not r.figures, r.answer


# --- a figure of another year -------------------------------------------------------------------

def test_a_figure_its_sentence_dates_to_another_year_is_refused(service):
    r = service.ask("江西2025年新增公办幼儿园学位多少个？")
    assert r.abstained and not r.figures and "2024" in r.answer, r.answer
    r = service.ask("江西2024年新增公办幼儿园学位多少个？")
    assert not r.abstained and r.figures[0].value == 3, r.answer


# --- what the check reads of a question --------------------------------------------------------

@pytest.mark.parametrize("question, rate, word", [
    ("某省义务教育毛入学率是多少？", "毛入学率", "毛入学率"),
    ("某县公办幼儿园在园幼儿占比是多少？", "公办幼儿园在园幼儿占比", "占比"),
    ("某市基本养老保险参保率达到多少？", "参保率", "参保率"),
    ("某县新增学位多少个？", "", ""),
])
def test_the_rate_asked_and_the_word_that_says_what_it_measures(question, rate, word):
    query = analyse(question, RegionCatalog({}))
    found = asked_rate(query)
    assert found == rate or (not rate and (found == "" or rate_word(found) == word)), found
    if found:
        assert rate_word(found) == word
