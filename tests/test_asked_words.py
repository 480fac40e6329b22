"""How a question's asking words are read, over documents written here (real ingest, real model,
Service.ask): characters jieba's unknown-word model glues to a neighbour (哪所, 提了, 比前) are no key
terms; a speech's head names its speaker for every passage; everyday names of credentials and school
types (大专, 文凭, 中专) are the statistics' terms; `占多少` asks a share, `哪几点` asks which ones."""
import pytest

from ingest.segment import unglued
from server.intent import classify
from server.query import key_terms, plain
from server.service import Service
from tests.written import service_over

SPEECH = """稳中求进  办好人民满意教育
——在2025年全县教育工作会议上的讲话
永和县教育局党组书记、局长  林文海
（2025年2月20日）

同志们：

今天召开全县教育工作会议，总结去年工作，部署今年任务。

一、去年工作回顾

去年全县教育总投入4.18亿元，比上年增长6.2%。新建永和县实验小学，新增学位900个。

二、今年重点任务

今年要开工建设城东第二小学，新增学位1350个，着力缓解城区学位紧张问题。

三、几点工作要求

第一，强化责任担当。各学校要把各项任务分解到岗、落实到人。

第二，严守安全底线。要落实校园安全主体责任，确保全年不发生重大安全事故。
"""
PLAN = """永和县学前教育发展提升行动计划（2024—2026年）
永和县人民政府办公室 2024年3月5日
一、发展基础
全县共有幼儿园96所，在园幼儿15230人。全县幼儿园专任教师1180人，专科及以上学历教师占84.5%。
二、职业教育
全县有中等职业学校2所，在校生3120人。
三、协作发展
与大宁县缔结学前教育协作联盟园6所，每年两县互派保教人员跟岗学习80人次。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-words", {"hechuan-speech-2025": SPEECH, "hechuan-plan-2024": PLAN})


def test_function_characters_glued_to_a_neighbour_are_cut_off():
    assert unglued("哪所") == "" and unglued("提了") == "提" and unglued("户老旧") == "老旧"
    # dictionary words, a name no dictionary holds, a per-unit qualifier stay as they are
    assert [unglued(t) for t in ("学位", "龙洲湾", "每名", "每万")] == ["学位", "龙洲湾", "每名", "每万"]
    assert key_terms("今年计划新建哪所学校") == ["新建", "学校"]
    assert not {"提了", "提", "大家", "哪几点"} & set(key_terms("局长在会上对大家提了哪几点工作要求"))
    assert "大概" not in key_terms("用在校生数和专任教师数算生师比大概是多少")


def test_asking_words_say_what_kind_of_answer():
    assert classify("幼儿园老师里大专以上文凭的占多少", set()).units == ("%", "百分点")
    assert classify("占地多少亩", set()).units != ("%", "百分点")
    assert not classify("局长提了哪几点工作要求", set()).number
    assert classify("今年计划新建哪所学校", set()).units == ()


def test_everyday_names_of_credentials_and_school_types():
    assert plain("大专以上文凭") == "专科以上学历"
    assert plain("读中专的学生") == "读中等职业学校的学生"


def test_the_speaker_a_speech_names_in_its_head_speaks_every_passage(service):
    # 局长 is written only in the speech's head; the requirements are a section of their own
    answer = service.ask("永和县教育局长在会上对大家提了哪几点工作要求？")
    assert not answer.abstained, answer.answer
    assert "工作要求" in answer.answer or "强化责任担当" in answer.answer, answer.answer


def test_which_school_is_built_is_named_with_the_places_it_adds(service):
    answer = service.ask("永和县今年计划新建哪所学校？能新增多少学位？")
    assert not answer.abstained, answer.answer
    assert "1350" in answer.answer, answer.answer


def test_teachers_with_a_college_diploma_are_those_of_the_statistics_credential(service):
    answer = service.ask("永和县幼儿园老师里大专以上文凭的占多少？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("84.5%"), answer.answer


def test_pupils_of_a_secondary_vocational_school_asked_in_everyday_words(service):
    answer = service.ask("永和县读中专的学生有多少人？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("3120人"), answer.answer


def test_a_partner_place_outside_the_corpus_is_searched_for_in_the_named_regions_documents(service):
    # 大宁县 has no document: the search is the named county's, where the partner is a topic
    query = service.analyse("永和县和大宁县的学前教育协作，要达到什么目标？")
    assert query.regions == ["永和县"] and "大宁县" in query.unknown_regions
    assert "大宁县" in query.search_text
    answer = service.ask("永和县和大宁县的学前教育协作，要达到什么目标？")
    assert not answer.abstained, answer.answer
    assert "6所" in answer.answer, answer.answer


def test_a_head_ends_where_running_text_or_a_section_begins():
    from server.answer.evidence import head_lines
    wrapped = ("某县教育局2025年部门预算公开说明\n一、部门基本情况\n某县教育局是县人民政府主管\n"
               "全县教育工作的工作部门，\n内设机构8个\n")  # a PDF's body lines, wrapped short
    assert head_lines(wrapped) == ["某县教育局2025年部门预算公开说明"]
    speech = "稳中求进  办好人民满意教育\n——在全县教育工作会议上的讲话\n某县教育局党组书记、局长  张某某\n同志们：\n"
    assert head_lines(speech)[-1] == "某县教育局党组书记、局长  张某某"



def test_a_place_inside_a_school_name_is_no_partner_of_the_question(service):
    # a school named after a town that is also a county elsewhere: not a second place to search for
    query = service.analyse("永和县大宁县中学新增多少学位？")
    assert "大宁县" in query.unknown_regions, query.unknown_regions
    assert "大宁县" not in query.search_text, query.search_text
