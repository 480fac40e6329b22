"""Several columns of one table row asked together, each answered, on documents written here (real ingest,
Service.ask): the cells of a row the question names, each in its own column's unit; the total row's cells when
the asks name no row (`总共多少学生、多少老师`, or asks typed apart by spaces); a 其中 column asked by its words after
其中 and read in the unit of the count it is part of; two columns' totals added (`A和B加起来`); an average per
one member (`平均一名…`) as the totals' quotient, not a column's mean over the table's rows; a number the question
writes in a name (`12345热线`) never read as its figure; a follow-up keeping the zone row (`第二责任区`)
asked before."""

import pytest

from server.intent import spaced_asks
from server.service import Service
from tests.written import service_over

ZONES = """枫屿县2025年度教育督导责任区工作总结
枫屿县教育局
2026年1月
一、基本情况
责任督学每月到所联系学校督导至少1次，全年累计入校督导660校次。各责任区工作情况如下：
| 责任区 | 督学（名） | 联系学校（所） | 入校督导（校次） |
| --- | --- | --- | --- |
| 东片责任区 | 8 | 30 | 250 |
| 西片责任区 | 12 | 50 | 410 |
| 合计 | 20 | 80 | 660 |
二、下一步工作
继续落实责任督学挂牌督导制度。
"""

RANKS = """枫屿县第二批中小学校长职级评审结果通报
枫屿县教育局
2026年3月
一、评审情况
本批校长职级评审结果如下：
| 职级 | 参评人数 | 评定人数 | 其中女校长 | 职级津贴（元/月） |
| --- | --- | --- | --- | --- |
| 特级校长 | 5 | 4 | 2 | 1600 |
| 一级校长 | 20 | 18 | 7 | 1200 |
| 合计 | 25 | 22 | 9 | — |
二、有关要求
职级津贴自2026年4月起按月发放。
"""

ARTS = """檀湾区中小学美育工作方案
檀湾区教育局
2026年2月
一、现状
全区音乐、美术专任教师按学段统计如下：
| 学段 | 学校数（所） | 音乐专任教师（人） | 美术专任教师（人） |
| --- | --- | --- | --- |
| 小学 | 10 | 40 | 30 |
| 初中 | 5 | 20 | 15 |
| 合计 | 15 | 60 | 45 |
二、目标
到2027年，全区艺术专任教师基本配齐。
"""

SMALL = """蔚屏县乡村小规模学校评估情况通报
蔚屏县教育局
2026年5月
一、评估情况
表1 各乡镇乡村小规模学校评估情况
| 乡镇 | 学校数（所） | 在校生（人） | 教师（人） | 达标学校（所） |
| --- | --- | --- | --- | --- |
| 甲溪镇 | 4 | 200 | 20 | 3 |
| 乙坪乡 | 3 | 150 | 16 | 2 |
| 合计 | 7 | 350 | 36 | 5 |
二、整改要求
未达标学校于2026年底前完成整改。
"""


CHANNELS = """沅坪县教育局2025年信访工作总结
一、基本情况
全年受理信访事项120件，已办结116件。各渠道受理情况如下：
渠道　　　　　　受理（件）　　办结（件）
来访　　　　　　30　　　　　　29
12345热线转办　　90　　　　　　87
合计　　　　　　120　　　　　116
二、主要做法
局领导班子成员每月轮流接访一天。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "cells-together", {
        "fengyu-zones-2025": ZONES, "fengyu-ranks-2026": RANKS, "tanwan-arts-2026": ARTS,
        "weiping-small-schools-2026": SMALL, "yuanping-petitions-2025": CHANNELS})


def _values(answer) -> set[tuple[float, str]]:
    assert not answer.abstained, answer.answer
    return {(round(f.value, 2), f.unit) for f in answer.figures}


def test_several_columns_of_a_named_row_each_in_its_own_unit(service):
    answer = service.ask("枫屿县东片责任区督学几名、联系几所学校、入校督导多少校次")
    assert {(8, "名"), (30, "所"), (250, "校次")} <= _values(answer), answer.answer
    assert "660" not in answer.answer.split("依据")[0], answer.answer


def test_asks_typed_apart_by_spaces_naming_no_row_are_the_total_rows_cells(service):
    answer = service.ask("枫屿县这批校长参评多少人 评定多少人 女校长多少人")
    assert {(25, "人"), (22, "人"), (9, "人")} <= _values(answer), answer.answer


def test_several_totals_asked_with_a_word_of_the_whole_are_the_total_rows_cells(service):
    answer = service.ask("蔚屏县小规模学校总共多少学生、多少老师、几所达标")
    assert {(350, "人"), (36, "人"), (5, "所")} <= _values(answer), answer.answer


def test_two_columns_totals_added(service):
    answer = service.ask("檀湾区音乐和美术专任教师加起来多少人")
    assert _values(answer) == {(105, "人")}, answer.answer


def test_an_average_per_one_member_is_the_totals_quotient(service):
    answer = service.ask("枫屿县平均一名责任督学联系几所学校")
    assert _values(answer) == {(4, "所/人")}, answer.answer  # (not 80 ÷ 2 rows)


def test_an_average_per_one_unit_asked_by_its_counter_still_divides_by_the_units(service):
    answer = service.ask("蔚屏县各乡镇平均每所学校多少学生")  # (每所 names the schools, not 学生 after 多少)
    assert _values(answer) == {(50, "人/所")}, answer.answer


def test_a_column_asked_in_everyday_words_of_a_named_row(service):
    answer = service.ask("枫屿县一级校长参评几人，评上几人")  # 评上: the review's 评定
    assert {(20, "人"), (18, "人")} <= _values(answer), answer.answer


def test_a_number_the_question_writes_in_a_name_is_never_its_figure(service):
    # (a table typed with full-width spaces, which ingest reads as prose: its row's numbers stand bare)
    answer = service.ask("沅坪县通过12345热线转办的信访事项有多少件？办结了多少")
    assert all(f.value != 12345 for f in answer.figures), answer.answer
    assert "：12345" not in answer.answer.split("依据")[0], answer.answer


def test_a_follow_up_asks_another_column_of_the_zone_row_named_before(service):
    history = [{"role": "user", "content": "枫屿县东片责任区督学几名？"},
               {"role": "assistant", "content": "东片责任区督学8名。"}]
    answer = service.ask("那联系几所学校", history=history)
    assert _values(answer) == {(30, "所")}, answer.answer


def test_spaces_between_asks_read_as_commas():
    assert spaced_asks("甲县参评多少人 评定多少人") == "甲县参评多少人，评定多少人"
    assert spaced_asks("甲县 评定多少人") == "甲县 评定多少人"  # a piece asking nothing: no list of asks
    assert spaced_asks("甲县评定多少人") == "甲县评定多少人"
