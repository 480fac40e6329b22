"""Two readings this round's rules rest on, kept to what the question writes, on documents written here (real
ingest, Service.ask): a sum's things are cut only at a joining word the segmenter reads as a word (参与 in
参与学生 joins nothing, so a column's total answers 一共多少人次); a clause about one group of teachers (新教师) is
passed over only when the question asks every teacher's figure, not when it asks how many teachers are hired."""

import pytest

from server.operation import asked_items
from server.service import Service
from tests.written import first_figure, service_over

ACTIVITIES = """蔚川县学校美育工作年度报告
蔚川县教育局
2026年1月
二、美育实践活动
| 活动 | 参与学校（所） | 参与学生（人次） |
| --- | --- | --- |
| 合唱节 | 21 | 4300 |
| 书画展 | 17 | 2650 |
| 戏剧进校园 | 9 | 1200 |
"""

HIRING = """蔚岭县教育工作要点
蔚岭县教育局
2026年2月
一、队伍建设
1. 今年计划招聘新教师64名，其中音乐教师6名。
2. 组织城乡学校交流轮岗教师138名。
3. 每位专任教师年度培训学时不少于60学时，新教师岗前培训不少于100学时。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "items-groups", {
        "weichuan-arts-2026": ACTIVITIES, "weiling-points-2026": HIRING})


def test_a_joining_word_inside_a_word_cuts_no_things_apart():
    assert asked_items("某县全年美育活动参与学生一共多少人次") == []
    assert asked_items("某县教育共同体上总共花了多少钱") == []
    assert asked_items("甲区高考考生和乙县中考考生加起来多少人") == ["甲区高考考生", "乙县中考考生"]


def test_a_columns_total_answers_a_sum_of_participants(service):
    answer = service.ask("蔚川县全年美育实践活动参与学生一共多少人次")
    assert first_figure(answer) == (8150.0, "人次"), answer.answer


def test_new_teachers_hired_answer_how_many_teachers_are_hired(service):
    answer = service.ask("蔚岭县今年招多少老师")
    assert not answer.abstained, answer.answer
    assert "64" in answer.answer and "138" not in answer.answer, answer.answer


def test_every_teachers_figure_is_not_a_groups(service):
    answer = service.ask("蔚岭县每个老师一年要完成多少培训学时")
    assert not answer.abstained, answer.answer
    assert "60" in answer.answer and "100学时" not in answer.answer, answer.answer
