"""Counts a report leaves to compute or states of another time, on documents written here (real ingest,
Service.ask): what is left (发现 − 已化解 of a table row, 受理 − 经资格审查符合条件), last year's count from this
year's and its change stated in another sentence (与上年相比…减少1所), a total stated in prose (目前共有21所)
before a count of one kind of it, a target set in a plan's row and its sentence (总数达到9所), a mean over rows
whose sum the prose states, a table row's figures asked together (发现、已整改、未整改各多少), everyday words for
留守儿童; and two questions the documents cannot answer (the names of schools never listed, an average of a group
never scored) answered by an abstention, never by a requirement or a sentence naming none."""

import pytest

from ingest.normalize import normalize
from server.answer.qualifiers import negation_conflict
from server.query import plain
from server.service import Service
from tests.written import first_figure, service_over

BULLYING = """嵘溪区校园欺凌排查情况通报
嵘溪区教育局
2025年12月
一、总体情况
全区各校均开展了欺凌苗头排查，区教育局组织督导组实地检查。
二、分学段情况
| 学段 | 学校数（所） | 排查学生（人） | 发现苗头（起） | 已化解（起） | 化解率 |
| --- | --- | --- | --- | --- | --- |
| 小学 | 30 | 18000 | 20 | 18 | 90.0% |
| 初中 | 12 | 9000 | 25 | 21 | 84.0% |
| 合计 | 42 | 27000 | 45 | 39 | 86.7% |
三、下一步工作
各校每学期开学后一个月内完成一次全员排查。
"""

INSPECTION = """峦川县2025年度民办学校年检结果通报
峦川县教育局
2026年3月10日
一、年检总体情况
全县参加年检的民办学校共40所，年检结论分为合格、基本合格、不合格三个等次。
结论为合格的31所，基本合格的6所，不合格的3所。
与上年相比，合格学校增加2所，不合格学校减少2所。
二、处理意见
对年检不合格的3所学校，责令停止下一年度招生，限期整改。
对基本合格的6所学校，下发整改通知书。
"""

FOOTBALL = """崖湾县2025年度校园足球特色学校评估报告
崖湾县教育局
2026年1月
一、评估概况
县教育局对全县5所省级青少年校园足球特色学校进行了年度评估。
全县校园足球特色学校目前共有17所，其中省级特色学校5所、县级特色学校12所。
二、评估结果
5所省级特色学校的主要数据和得分如下：
| 学校 | 校内联赛（场） | 注册球员（人） | 评估得分 |
| --- | --- | --- | --- |
| 县第一实验小学 | 40 | 120 | 91.0 |
| 东岭镇中心小学 | 30 | 100 | 86.5 |
| 西河小学 | 25 | 90 | 84.0 |
| 县第二初级中学 | 35 | 110 | 88.0 |
| 南坪初级中学 | 20 | 80 | 79.5 |
5所学校注册球员合计500人。
特色学校评估得分应达到80分以上，低于80分的学校须在3个月内提交整改报告。
"""

DEFENCE = """嵩阳县教育局2026年国防教育工作要点
嵩阳县教育局
2026年2月
一、工作目标
全县现有中小学35所，国防教育特色学校4所，2026年新增3所，总数达到7所。
二、近年情况
| 年份 | 军训学生（人） | 国防教育特色学校（所） |
| --- | --- | --- |
| 2024年 | 2100 | 3 |
| 2025年 | 2200 | 4 |
| 2026年（计划） | 2300 | 7 |
"""

TITLES = """岷桥县2025年中小学教师职称评审工作总结
岷桥县教育局
2025年12月
一、基本情况
今年全县共受理职称申报三百一十人，经资格审查，符合条件的有290人。
评审共通过230人，其中乡村学校教师一百二十人。
"""

SAFETY = """岱川县教育局关于2026年春季教育系统安全生产大检查情况的通报
岱川县教育局
2026年4月
一、检查基本情况
本次检查覆盖学校及幼儿园90所，实现全覆盖。
检查共发现各类安全隐患200处，截至4月20日已整改170处，整体整改率为85.0%。
各类隐患整改情况如下表（单位：处）：
| 隐患类别 | 发现隐患 | 已整改 | 未整改 | 整改率（%） |
| --- | --- | --- | --- | --- |
| 消防安全 | 80 | 72 | 8 | 90.0 |
| 用电用气 | 50 | 44 | 6 | 88.0 |
| 食品卫生 | 70 | 54 | 16 | 77.1 |
| 合计 | 200 | 170 | 30 | 85.0 |
"""

FAMILY = """峄湖市2026年家庭教育指导服务工作方案
峄湖市教育局
2026年2月
一、工作背景
全市现有中小学和幼儿园180所，已建立家长学校150所，建校率83.3%。全市登记在册的留守儿童1960人、困境儿童310人。
二、家长学校建设现状
| 学段 | 学校数（所） | 已建家长学校（所） | 建校率 |
| --- | --- | --- | --- |
| 幼儿园 | 90 | 70 | 77.8% |
| 小学 | 60 | 58 | 96.7% |
| 初中 | 30 | 22 | 73.3% |
| 合计 | 180 | 150 | 83.3% |
三、重点任务
对留守儿童和困境儿童家庭实行一对一结对指导，班主任每月至少家访或电话联系1次。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "counts-left", {
        "rongxi-bullying-2025": BULLYING, "luanchuan-inspection-2025": INSPECTION, "yawan-football-2025": FOOTBALL,
        "songyang-defence-2026": DEFENCE, "minqiao-titles-2025": TITLES, "daichuan-safety-2026": SAFETY,
        "yihu-family-2026": FAMILY})


def test_what_is_left_of_a_row_whose_rate_names_the_whole(service):
    # 排查 and 苗头 each name a column; the row's 化解率 (已化解 ÷ 发现苗头) says which is the whole
    answer = service.ask("嵘溪区排查出来的欺凌苗头还剩多少起没化解")
    assert not answer.abstained, answer.answer
    assert first_figure(answer) == (6, "起"), answer.answer


def test_last_years_count_from_this_years_and_its_change_stated_apart(service):
    answer = service.ask("峦川县上一年度民办学校年检不合格的有几所")
    assert not answer.abstained, answer.answer
    assert first_figure(answer) == (5, "所"), answer.answer
    assert "与上年相比" in answer.answer, answer.answer


def test_the_names_of_schools_never_listed_are_not_answered_by_a_count(service):
    answer = service.ask("峦川县年检不合格的是哪三所民办学校")
    assert answer.abstained, answer.answer


def test_an_average_of_a_group_never_scored_is_not_the_bar_each_must_reach(service):
    answer = service.ask("崖湾县12所县级特色学校平均得分多少")
    assert answer.abstained, answer.answer
    assert "80分以上。" not in answer.answer, answer.answer


def test_a_total_asked_is_the_sentence_stating_the_whole(service):
    answer = service.ask("崖湾县现在一共有几所校园足球特色学校")
    assert not answer.abstained, answer.answer
    assert first_figure(answer) == (17, "所"), answer.answer


def test_a_mean_over_rows_cites_the_total_the_prose_states(service):
    answer = service.ask("崖湾县5所省级特色学校平均每校注册球员多少人")
    assert not answer.abstained, answer.answer
    assert first_figure(answer)[0] == 100, answer.answer
    assert any("合计500人" in c.text for c in answer.citations), answer.answer


def test_a_target_of_a_planned_row_is_answered_with_the_sentence_setting_it(service):
    answer = service.ask("嵩阳县国防教育特色学校今年要达到几所")
    assert not answer.abstained, answer.answer
    assert first_figure(answer) == (7, "所"), answer.answer
    assert any("总数达到7所" in c.text for c in answer.citations), answer.answer


def test_those_who_did_not_pass_a_screening_are_the_applicants_less_those_found_eligible(service):
    answer = service.ask("岷桥县职称申报资格审查没通过的有多少人")
    assert not answer.abstained, answer.answer
    assert first_figure(answer) == (20, "人"), answer.answer


def test_a_rows_done_and_not_done_asked_together_are_each_answered(service):
    answer = service.ask("岱川用电用气隐患发现、已整改、未整改各多少")
    assert not answer.abstained, answer.answer
    assert all(v in answer.answer for v in ("50", "44", "6")), answer.answer


def test_a_total_rows_rest_cites_the_sentence_stating_its_inputs(service):
    answer = service.ask("峄湖市还有多少所学校没建家长学校")
    assert not answer.abstained, answer.answer
    assert first_figure(answer) == (30, "所"), answer.answer
    assert any("已建立家长学校150所" in c.text for c in answer.citations), answer.answer


def test_children_whose_parents_work_away_are_the_left_behind_children(service):
    answer = service.ask("峄湖爸妈外出打工、不在身边的娃有多少")
    assert not answer.abstained, answer.answer
    assert first_figure(answer) == (1960, "人"), answer.answer


def test_a_description_joining_another_group_is_not_read_as_the_term_alone():
    # `留守或家里有难处的孩子` asks two groups of children: the head is theirs together, not 留守儿童's
    assert "留守儿童" not in plain(normalize("爹妈不在身边或家里有难处的孩子有多少"))
    assert "留守儿童" in plain(normalize("爸妈外出打工、不在身边的娃有多少"))


def test_the_done_part_of_a_list_asked_with_the_undone_is_no_negation_conflict():
    # a figure of 已整改 answers its own item of `发现、已整改、未整改各多少`; asked alone, 未整改 still refuses it
    assert negation_conflict("用电用气隐患发现、已整改、未整改各多少", "用电用气已整改", "一、检查基本情况") == ""
    assert negation_conflict("隐患整改中，未整改的有多少", "用电用气已整改", "")
