"""People per unit asked of a table row (平均每X多少人), on documents written here: the row's people ÷ the column
its unit names — the named row's, else the total row's —, the people column the question shares words with
(members of the unit, not the staff beside them), ties to the first, never the count of rows as divisor and
never a cell shown bare; a timetable whose total row counts its rows as events (`3次`) divided by that count; things
per unit (平均一所学校有几个班) as the thing's column ÷ the unit's."""
from __future__ import annotations

import pytest

from server.answer.rowmean import _things_asked
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a district's arts week: troupes by area with their members and the teachers leading them
ARTS = """某区2026年中小学艺术周展演安排
区教育局
2026年4月
一、展演规模

| 片区 | 参演团（个） | 团员（人） | 带队老师（人） |
| --- | --- | --- | --- |
| 东片 | 15 | 600 | 30 |
| 西片 | 10 | 350 | 20 |
| 合计 | 25 | 950 | 50 |
"""
ARTS_ID = "district-arts-week-plan-2026"

# a county's fitness testing: pupils tested per site over its days, with the staff who run it
FITNESS = """某县2026年学生体能抽测安排
县教育局
2026年5月
一、测点安排

| 测点 | 受测学生（人） | 测试天数 | 测试人员（人） |
| --- | --- | --- | --- |
| 城北测点 | 1800 | 6 | 45 |
| 城南测点 | 900 | 5 | 30 |
| 合计 | 2700 | 11 | 75 |
"""
FITNESS_ID = "county-fitness-testing-plan-2026"


# a town's teacher salons, one dated row each, the total row counting them in 次
SALONS = """某镇2026年秋季青年教师沙龙安排
镇中心学校
2026年9月
一、安排
沙龙均在周五下午举行，安排见下表。

| 周次 | 日期 | 主题 | 参加人数 |
| --- | --- | --- | --- |
| 第1周 | 9月4日 | 课堂提问设计 | 30 |
| 第3周 | 9月18日 | 作业分层布置 | 50 |
| 第5周 | 10月9日 | 家校沟通技巧 | 40 |
| 合计 | 3次 |  | 120 |
"""
SALONS_ID = "town-teacher-salons-2026"

# a city's eye checks: the pupils checked and the staff per site, over the site's days
EYES = """某市2026年初中生视力筛查安排
市教育局
2026年3月
一、筛查点安排

| 筛查点 | 受检学生（人） | 筛查天数 | 工作人员（人） |
| --- | --- | --- | --- |
| 河东筛查点 | 2400 | 8 | 40 |
| 河西筛查点 | 1500 | 5 | 25 |
| 合计 | 3900 | 13 | 65 |
"""
EYES_ID = "city-eye-check-plan-2026"

# a county's village schools by township: how many and the pupils they hold
VILLAGE = """某县2026年乡村小规模学校提升计划
县教育局
2026年2月
一、学校现状

| 乡镇 | 小规模学校（所） | 学生数（人） |
| --- | --- | --- |
| 青石乡 | 4 | 230 |
| 白沙镇 | 5 | 330 |
| 合计 | 9 | 560 |
"""
VILLAGE_ID = "county-village-schools-plan-2026"

# a banner's sports day by school stage: schools, their classes and the pupils taking part
SPORTS = """某旗2026年中小学秋季运动会安排
旗教育局
2026年9月
一、参赛规模

| 学段 | 学校（所） | 班级（个） | 参赛学生（人） |
| --- | --- | --- | --- |
| 小学 | 14 | 183 | 3660 |
| 初中 | 6 | 84 | 1680 |
| 合计 | 20 | 267 | 5340 |
"""
SPORTS_ID = "banner-sports-day-plan-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rowmeans", {ARTS_ID: ARTS, FITNESS_ID: FITNESS, SALONS_ID: SALONS,
                                                   EYES_ID: EYES, VILLAGE_ID: VILLAGE, SPORTS_ID: SPORTS})


def test_a_named_rows_members_over_its_units(service):
    r = service.ask("某区东片平均每团多少人")
    assert first_figure(r) == (40.0, "人"), r.answer  # 600 ÷ 15: the members, not the 30 teachers
    assert inputs_cited(service, r, ARTS_ID), r.answer


def test_naming_no_row_is_the_total_rows_mean_never_over_the_count_of_rows(service):
    r = service.ask("某区艺术周平均每团多少人")
    assert first_figure(r) == (38.0, "人"), r.answer  # 950 ÷ 25, not 950 ÷ 2 rows nor 950 bare


def test_people_columns_sharing_the_question_alike_go_to_the_first(service):
    r = service.ask("某县城北测点平均每天测多少人")
    assert first_figure(r) == (300.0, "人"), r.answer  # 1800 ÷ 6: the pupils tested, not the 45 staff


def test_no_column_of_the_unit_asked_computes_nothing(service):
    r = service.ask("某县城北测点平均每车测多少人")
    assert not any(f.value in (300.0, 7.5) for f in r.figures), r.answer


def test_a_timetables_people_over_the_events_its_total_row_counts(service):
    r = service.ask("某镇青年教师沙龙平均每场多少人")
    assert first_figure(r) == (40.0, "人"), r.answer  # 120 ÷ 3次


def test_the_verb_the_unit_column_shares_names_no_people_column(service):
    # 测试 is in both 测试天数 and 测试人员: the pupils tested per day, never the staff per day nor the days
    r = service.ask("某县城北测点平均每天测试多少人")
    assert first_figure(r) == (300.0, "人"), r.answer  # 1800 ÷ 6
    r = service.ask("某县体能抽测平均每天测试多少人")
    assert first_figure(r) == (245.45, "人"), r.answer  # 2700 ÷ 11, not 75 ÷ 11 nor the 11 days


def test_people_asked_bare_sharing_no_column_go_to_the_first(service):
    r = service.ask("某市河东筛查点平均每天筛查多少人")
    assert first_figure(r) == (300.0, "人"), r.answer  # 2400 ÷ 8: those checked, not the 40 staff


def test_a_kind_of_people_the_table_does_not_count_computes_nothing(service):
    r = service.ask("某市河东筛查点平均每天筛查多少名教师")
    assert not any(f.value in (300.0, 5.0, 8.0) for f in r.figures), r.answer


def test_the_units_own_column_is_never_the_answer_to_a_mean_of_people(service):
    # a row named whose people columns the question shares no word with: the mean or nothing, never the days
    r = service.ask("某市河西筛查点平均每天检测多少人")
    assert not any(f.value == 5.0 and f.unit in ("", "天") for f in r.figures), r.answer


def test_a_mean_per_place_counted_in_its_counter_is_in_their_ratio_and_rounded(service):
    r = service.ask("某县乡村小规模学校平均每所有多少学生")
    assert first_figure(r) == (62.22, "人/所"), r.answer  # 560 ÷ 9
    assert "约62.2人/所" in r.answer, r.answer


def test_things_per_unit_are_the_things_column_over_the_units(service):
    r = service.ask("某旗小学平均一所学校有几个班参加运动会")
    assert first_figure(r) == (13.07, "个/所"), r.answer  # 183 ÷ 14: the classes, not the pupils
    assert inputs_cited(service, r, SPORTS_ID), r.answer


def test_a_longer_noun_after_the_counter_is_not_a_thing_per_unit():
    # 学位 is places, not a count of 学: the things-per-unit reading takes a one-character word only
    assert _things_asked("某县平均每所新增多少个学位") is None
    assert _things_asked("某旗小学平均一所学校有几个班参加运动会") is not None
