"""Wording over documents written here (real ingest, real model, Service.ask): the noun a question counts
(几个X) is the figure's own, never a neighbour's the sentence lists beside it; the unit a question's noun of
people implies (居民, 群众 → 人) refuses a count of schools; a whole's count (所有保安) answers no stage the
question names, though a sibling item names that stage; a 其中 part answers for no other part of its whole; a
stage name inside a longer word (学前 of 开学前) names no stage; a year with its close (2026年底) is a time, no
term of what is asked."""
import pytest

from server.lexicon import stages_named
from server.query import key_terms, stages_of
from server.service import Service
from tests.written import service_over

REPORT = """安福县2025年校园安全专项检查情况通报
安福县教育局 2026年1月5日
一、检查开展情况
县教育局组织专项督查组，采取随机抽查方式，全年共抽查学校26所，下发整改通知书9份，并通过座谈听取家长和居民的意见。
全县共有中小学、幼儿园58所，其中农村学校31所，在校学生2.4万人。
二、发现问题
（一）有5所农村小学消防器材过期，初中宿舍楼疏散通道堆放杂物。
（二）专职校园保安仅有42人，部分学校夜间无人值守。
三、下一步工作
2026年底前，全县学校专职保安配备率达到100%，寄宿制学校全部配齐宿管员。
"""
ELDERLY = """安福县2025年社区教育工作总结
安福县教育局 2026年1月8日
一、基本情况
全县建成社区学校九所、村级教学点八十个。县老年大学现有分校四所，在册学员二千一百人，开设专业十五个、教学班六十个。
二、主要工作
一是扩大供给。新设老年大学分校两所，在乡镇教学点开设“乐龄课堂”二十个，老年大学热门专业实行网上报名。
二是加强师资。聘请兼职教师八十名。
"""
PLAN = """安福县推进学前教育普及普惠三年行动方案
安福县人民政府办公室 2025年3月1日
一、发展目标
到2027年，全县学前三年毛入园率达到93%以上，平都镇学前三年毛入园率达到97%以上。
二、主要措施
新建公办幼儿园6所，新增学位1800个。
"""
NOTICE = """安福县教育局关于做好2026年春季开学工作的通知
各中小学：
一、小学要在开学第一周开展安全教育，每天课后服务不少于2小时。
二、初中要组织开学摸底测试，寄宿生返校须由家长接送。
三、各校要在2月20日前完成校舍安全排查，排查结果报县教育局。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-nouns-parts", {
        "anfu-safety-inspection-2025": REPORT, "anfu-community-education-2025": ELDERLY,
        "anfu-spring-term-notice-2026": NOTICE, "anfu-preschool-plan-2025": PLAN})


def test_a_year_with_its_close_is_no_term():
    assert not any("底" in t for t in key_terms("初中生均藏书2026年底要达到多少"))
    assert not any("末" in t for t in key_terms("保安配备率2030年末要达到多少"))


def test_a_stage_name_inside_a_longer_word_is_none():
    assert stages_of("开学前要完成哪些工作") == [] and stages_named("入学前要准备什么") == []
    assert stages_of("学前教育毛入园率") == ["学前教育"]
    # 其中 before a stage is no part of 中小学: the stage after it is read
    assert [s for _, s in stages_named("其中小学5所")] == ["小学"]


def test_the_noun_counted_is_the_figures_own(service):
    response = service.ask("安福县老年大学开了几个专业")
    assert not response.abstained and "十五个" in response.answer and "二十个" not in response.answer


def test_a_count_of_schools_answers_no_count_of_people(service):
    assert service.ask("安福县检查了多少居民").abstained and service.ask("安福县专项检查了多少家长").abstained


def test_a_whole_count_answers_no_stage_a_sibling_item_names(service):
    assert service.ask("安福县小学的专职校园保安有几个").abstained
    response = service.ask("安福县专职校园保安有几个")
    assert not response.abstained and "42" in response.answer


def test_a_part_answers_for_no_other_part_of_its_whole(service):
    assert service.ask("安福县58所学校里幼儿园有几所").abstained
    response = service.ask("安福县58所学校里农村学校有几所")
    assert not response.abstained and "31" in response.answer


def test_a_target_by_the_close_of_a_year(service):
    response = service.ask("安福县学校专职保安配备率2026年底要达到多少")
    assert not response.abstained and "100%" in response.answer


def test_before_school_starts_asks_no_preschool_stage(service):
    response = service.ask("安福县学校开学前要完成什么工作")
    assert not response.abstained and "校舍安全排查" in response.answer


def test_a_target_of_a_part_asked_is_the_parts_alone(service):
    response = service.ask("安福县平都镇毛入园率目标是多少")
    assert not response.abstained and "97%" in response.answer.split("依据")[0]
    assert "93%" not in response.answer.split("依据")[0]
    whole = service.ask("安福县学前三年毛入园率到2027年要达到多少")
    assert not whole.abstained and "93%" in whole.answer
