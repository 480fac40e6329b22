"""Spoken asks of a time of day, an age band and a dormitory's capacity, over documents written here:
`几点` is answered by the clock time (`18:45`, `下午4点半`) of the clause asked about, never a duration
of the same sentence; `过了五十的老师` is the documents' `50岁以上教师`, and a figure of another age band
never answers; `宿舍能住多少学生` is counted in 床位; `本科毕业的` is the statistics' 本科(及以上)学历; `一个小学
老师平均要带多少学生` asks the 生师比."""
import pytest

from ingest.normalize import normalize
from server.ages import age_conflict, age_terms, spoken_ages
from server.answer.clocktime import asks_clock, clock_clause
from server.intent import classify
from server.query import key_terms, plain
from server.service import Service
from tests.written import first_figure, service_over

NOTICE = """霁桐区中小学课后服务实施细则
霁桐区教育局 2026年2月20日
一、服务时间
课后服务每周开展5天，每天下午结束时间不早于17:40；家长确有接送困难的，学校安排看护，最迟至18:45。
二、收费
课后服务费每生每学期400元。
"""
TIMETABLE = """澜屿县寄宿制学校作息管理办法
澜屿县教育局 2026年3月1日
一、作息安排
寄宿制初中每天早上6点半起床，晚自习下午4点半开始前完成课外活动，熄灯时间为21时30分。
二、其他
各校每学期组织2次应急疏散演练。
"""
STAFF = """霁桐区中小学教师队伍建设规划（2026—2030年）
霁桐区教育局 2026年1月8日
一、队伍现状
全区专任教师5210名，教师年龄结构老化，50岁以上教师占比达到31.4%，学科结构不尽合理。
"""
YOUTH = """澜屿县教师队伍统计公报（2025年）
澜屿县教育局 2026年2月2日
一、年龄结构
全县专任教师2860人，其中35周岁及以下青年教师占比41.2%，平均年龄39.6岁。
二、学历结构
小学专任教师中，本科及以上学历1530人，专科学历610人。
三、生师比
全县普通小学在校生23400人，专任教师1300人，生师比为18:1。
"""
DORMS = """澜屿县2025年校舍建设项目进展
澜屿县教育局 2026年1月12日
一、总体进展
截至年底，列入计划的5个项目已完工4个，累计完成投资1860万元，完工宿舍楼新增学生床位360个。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "spoken-times-ages",
                        {"jitong-notice-2026": NOTICE, "lanyu-timetable-2026": TIMETABLE,
                         "jitong-staff-2026": STAFF, "lanyu-youth-2025": YOUTH, "lanyu-dorms-2025": DORMS})


def test_a_time_of_day_is_asked_by_jidian_not_a_list_of_points():
    assert asks_clock("孩子每天几点放学?")
    assert asks_clock("最晚能待到几点")
    assert not asks_clock("讲话提了哪几点要求")
    assert not asks_clock("文件提出了几点意见")


def test_the_clock_time_of_the_clause_carrying_the_asked_words():
    text = "每天结束不早于17:40；困难学生最迟至18:45。"
    cover = lambda clause: 1.0 if "最迟" in clause else 0.0  # noqa: E731 - the question's words
    assert clock_clause(text, (0, len(text)), cover) == ("18:45", "困难学生最迟至18:45")
    spoken = "晚自习下午4点半开始，熄灯时间为21时30分。"
    assert clock_clause(spoken, (0, len(spoken)), lambda c: float("熄灯" in c))[0] == "21时30分"
    assert clock_clause("全年组织2次演练，比例为15:1。", (0, 15), lambda c: 1.0) is None


def test_latest_pickup_time_answered_by_its_clock_time(service):
    answer = service.ask("霁桐区家里没人接，孩子最迟能在学校待到几点？").answer
    assert answer.startswith("18:45"), answer


def test_lights_out_answered_by_a_time_written_in_hours_and_minutes(service):
    answer = service.ask("澜屿县寄宿制初中学生晚上几点熄灯？").answer
    assert answer.startswith("21时30分"), answer


@pytest.mark.parametrize("spoken, written", [
    ("过了五十的老师占多少", "50岁以上的老师占多少"),
    ("不到三十五岁的老师有多少", "35岁以下的老师有多少"),
    ("超过六十周岁的老人", "60周岁以上的老人"),
    # a count or an amount, and a number qualifying no person, are no age
    ("班额过了五十人的有几个", "班额过了五十人的有几个"),
    ("过了五十的班有几个", "过了五十的班有几个"),
    ("年纪大的教师里超过五十万元的", "年纪大的教师里超过五十万元的"),
])
def test_spoken_age_bands_written_as_documents_write_them(spoken, written):
    assert spoken_ages(spoken) == written


def test_an_age_band_is_one_key_term_in_its_written_forms():
    assert age_terms("50岁以上的教师") == ["50岁以上|50岁及以上|50周岁以上|50周岁及以上"]
    assert age_terms("3岁以下的婴幼儿") == []  # a child's band names the group its noun names
    assert "50岁以上|50岁及以上|50周岁以上|50周岁及以上" in key_terms(plain(normalize("过了五十的老师占多少")))
    assert age_conflict("30岁以下的教师占多少", "50岁以上教师占比达到31.4%") == "它说的是50岁以上的"
    assert age_conflict("35岁以下的教师占多少", "35周岁及以下青年教师占比41.2%") == ""


def test_teachers_past_fifty_answered_by_the_documents_band(service):
    assert first_figure(service.ask("霁桐区过了五十的老师占多少？")) == (31.4, "%")


def test_young_teachers_answered_by_a_band_written_in_zhousui(service):
    assert first_figure(service.ask("澜屿县不到三十五岁的老师占多少？")) == (41.2, "%")


def test_another_age_band_never_answers(service):
    response = service.ask("霁桐区不到三十岁的老师占多少？")
    assert response.abstained, response.answer


def test_a_dormitorys_capacity_is_asked_in_beds(service):
    assert plain(normalize("新宿舍能住多少学生")) == "新宿舍床位多少个"
    assert first_figure(service.ask("澜屿县新建的宿舍能多住多少个学生？")) == (360, "个")


def test_teachers_by_the_level_they_graduated_at(service):
    assert plain(normalize("大学本科毕业的老师")) == "本科学历教师"
    assert plain(normalize("大专毕业的有多少")) == "专科学历有多少"
    assert first_figure(service.ask("澜屿县小学老师里大学本科毕业的有多少？")) == (1530, "人")


def test_pupils_per_teacher_asked_with_a_stage_and_a_modal():
    assert classify("一个小学教师平均要带多少个学生", set()).operation == "ratio"
    assert classify("每名初中教师管几个学生", set()).operation == "ratio"
    assert classify("一个班有多少学生", set()).operation != "ratio"


def test_pupils_per_teacher_answered_by_the_ratio(service):
    answer = service.ask("澜屿县一个小学老师平均要带多少个学生？").answer
    assert "18" in answer.split("。")[0], answer
