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

REPORT = """安福县校园安全专项督查结果通报
安福县教育局 2026年1月5日
一、检查开展情况
县教育局组织专项督查组，采取随机抽查方式，全年共抽查学校26所，下发整改通知书9份，并通过座谈听取家长和居民的意见。
全县共有中小学、幼儿园58所，其中农村学校31所，在校学生2.4万人。
二、发现问题
（一）有5所农村小学消防器材过期，初中宿舍楼疏散通道堆放杂物。
（二）专职校园保安仅有42人，部分学校夜间无人值守。
三、下一步工作
力争2026年底全县学校专职保安配备率达到100%，寄宿制学校全部配齐宿管员。
"""
ELDERLY = """安福县社区教育年度小结
安福县教育局 2026年1月8日
一、总体概况
全县建成社区学校九所、村级教学点八十个。县老年学校现设分部四个，学员二千一百人，开办科目十五个、教学班六十个。
二、主要工作
一是增加学位。今年增设老年学校分部两个，在乡镇教学点开办“乐龄课堂”二十个，老年学校热门科目采用线上登记。
二是加强师资。聘请兼职教师八十名。
"""
PLAN = """安福县学前教育扩容行动方案
安福县人民政府办公室 2025年3月1日
一、发展目标
到2027年，全县幼儿体检建档率达到93%以上，平都镇幼儿体检建档率达到97%以上。
二、主要措施
新建公办园6所，新增学位1800个。
"""
NOTICE = """安福县教育局春季开学工作安排
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
    assert not any("底" in t for t in key_terms("高中生均图书2030年底应达到几册"))
    assert not any("末" in t for t in key_terms("保安配备率2030年末要达到多少"))


def test_a_stage_name_inside_a_longer_word_is_none():
    assert stages_of("开学前要完成哪些工作") == [] and stages_named("入学前要准备什么") == []
    assert stages_of("学前教育发展") == ["学前教育"]
    # 其中 before a stage is no part of 中小学: the stage after it is read
    assert [s for _, s in stages_named("其中小学5所")] == ["小学"]


def test_the_noun_counted_is_the_figures_own(service):
    response = service.ask("安福县老年学校开办了几个科目")
    assert not response.abstained and "十五个" in response.answer and "二十个" not in response.answer


def test_a_count_of_schools_answers_no_count_of_people(service):
    assert service.ask("安福县一共检查过多少居民").abstained and service.ask("安福县检查过多少家长").abstained


def test_a_whole_count_answers_no_stage_a_sibling_item_names(service):
    assert service.ask("安福县小学配了多少专职校园保安").abstained
    response = service.ask("安福县专职校园保安有几个")
    assert not response.abstained and "42" in response.answer


def test_a_part_answers_for_no_other_part_of_its_whole(service):
    assert service.ask("安福县那58所学校中幼儿园数量是多少").abstained
    response = service.ask("安福县那58所学校中农村学校数量是多少")
    assert not response.abstained and "31" in response.answer


def test_a_target_by_the_close_of_a_year(service):
    response = service.ask("安福县专职保安配备率2026年底应达到多少")
    assert not response.abstained and "100%" in response.answer


def test_before_school_starts_asks_no_preschool_stage(service):
    response = service.ask("安福县各校在开学前完成哪项排查")
    assert not response.abstained and "校舍安全排查" in response.answer


def test_a_target_of_a_part_asked_is_the_parts_alone(service):
    response = service.ask("安福县平都镇幼儿体检建档率目标定为多少")
    assert not response.abstained and "97%" in response.answer.split("依据")[0]
    assert "93%" not in response.answer.split("依据")[0]
    whole = service.ask("安福县幼儿体检建档率到2027年应当达到多少")
    assert not whole.abstained and "93%" in whole.answer
