"""Figures computed from stated ones: a `其中` item's share asked in shorter words than the document's, a
share asked of a count the cap rule bounds (the rule's % never the answer), the cap's compliance asked
(有没有超过N%的上限) judged on the share its rule names, a share of a total row's column in its 小计, a
table row's 生师比 when the question names the row (a school), the gap between two rows of one column and an
item's share of a table's 合计 counted in one column. Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

MEASURES = """枫溪县学生资助工作实施细则
枫溪县教育局
2026年3月2日
一、资助对象
2025年全县在校生52000人，其中受资助家庭经济困难学生5200人。
二、资助比例
各校受资助人数不得超过本校在校生总数的18%，超出部分须报县资助中心审核。
三、2025年资助情况
各学段受资助人数见下表。
| 学段 | 一档（人） | 二档（人） | 三档（人） | 小计（人） |
| --- | --- | --- | --- | --- |
| 小学 | 600 | 1400 | 900 | 2900 |
| 初中 | 400 | 1100 | 800 | 2300 |
| 合计 | 1000 | 2500 | 1700 | 5200 |
四、附则
本细则自印发之日起施行。
"""

INSPECTION = """桐岙县民办学校年检情况通报
桐岙县教育局
2026年2月20日
一、检查结果
全县民办学校在校学生共计8000人，专任教师500人。各校外聘教师人数原则上不超过本校专任教师数的20%。抽查学校情况如下：
| 学校名称 | 办学层次 | 在校生（人） | 专任教师（人） | 年检结论 |
| --- | --- | --- | --- | --- |
| 鹭鸣外国语学校 | 九年一贯制 | 2000 | 125 | 合格 |
| 青禾实验学校 | 初中 | 900 | 45 | 合格 |
| 合计 | — | 2900 | 170 | — |
二、下一步
加强办学监管。
"""

BOARDING = """柘湾县寄宿制学校情况
柘湾县教育局
2026年1月15日
一、基本情况
各学段寄宿情况见下表。
| 学段 | 学生数（人） | 寄宿生（人） | 寄宿率（%） |
| --- | --- | --- | --- |
| 小学 | 15000 | 2100 | 14.0 |
| 初中 | 9000 | 6300 | 70.0 |
| 普通高中 | 6000 | 4800 | 80.0 |
| 合计 | 30000 | 13200 | 44.0 |
二、下一步
改善宿舍条件。
"""

CONTEST = """棠岭市中小学科技节方案
棠岭市教育局
2026年3月1日
一、参赛安排
分年级报名计划：
| 年级 | 报名人数 | 比赛天数 |
| --- | --- | --- |
| 一年级 | 6000 | 1天 |
| 二年级 | 3000 | 2天 |
| 合计 | 9000 | — |
二、经费保障
每人补助一百元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "computed-shares", {
        "fengxi-measures-2026": MEASURES, "tongao-inspection-2025": INSPECTION,
        "zhewan-boarding-2025": BOARDING, "tangling-contest-2026": CONTEST})


def test_a_listed_item_named_in_shorter_words_gives_its_share(service):
    answer = service.ask("枫溪县受资助的困难学生占在校生的比例是多少")
    assert first_figure(answer) == (10.0, "%"), answer.answer
    assert "18%" not in answer.answer.split("依据")[0], answer.answer
    assert inputs_cited(service, answer, "fengxi-measures-2026")


def test_a_cap_asked_is_judged_on_the_share_its_rule_names(service):
    answer = service.ask("枫溪县受资助比例是否超过18%的上限")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未超过上限（达到要求）"), answer.answer
    assert "10%" in answer.answer and "各单位" in answer.answer, answer.answer
    assert any("不得超过本校在校生总数的18%" in c.text for c in answer.citations), answer.citations


def test_a_share_of_all_is_the_total_rows_column_over_its_subtotal(service):
    answer = service.ask("枫溪县一档学生占全部受助人数的比例")
    assert first_figure(answer) == (19.23, "%"), answer.answer
    assert "1000" in answer.answer and "5200" in answer.answer, answer.answer


def test_a_cap_rule_is_never_the_share_asked(service):
    answer = service.ask("桐岙县外聘教师占专任教师的比例是多少")
    assert answer.abstained and "标准" in answer.answer, answer.answer


def test_the_student_teacher_ratio_of_a_school_is_its_rows(service):
    answer = service.ask("鹭鸣外国语学校生师比是多少")
    assert first_figure(answer) == (16.0, ""), answer.answer
    assert "2000" in answer.answer and "125" in answer.answer and "8000" not in answer.answer, answer.answer


def test_two_rows_of_one_column_are_subtracted(service):
    answer = service.ask("柘湾县初中寄宿生比普通高中多多少人")
    assert first_figure(answer) == (1500.0, "人"), answer.answer
    assert "6300" in answer.answer and "4800" in answer.answer, answer.answer


def test_a_gap_asked_the_wrong_way_round_is_not_computed_negative(service):
    answer = service.ask("柘湾县普通高中寄宿生比初中多多少人")
    assert not any(f.value < 0 for f in answer.figures), answer.answer


def test_a_rows_share_of_the_total_counted_in_one_column(service):
    answer = service.ask("棠岭市二年级学生占全市报名人数的比例是多少")
    assert first_figure(answer) == (33.33, "%"), answer.answer
