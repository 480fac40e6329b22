"""A report's table of results and targets (`指标 | 2024年完成 | 2025年目标`) whose rows name indicators no
list holds (集团化办学覆盖率, 公开招聘教师): the cell answered is cited with the prose sentence of the
year's tasks that states the same value, found by the row's own label; a label that is a stage or a
total finds none, and a prose figure that differs is never its restatement. Documents written here."""
import pytest

from server.service import Service
from tests.written import service_over

SPEECH = """在2025年青山区教育工作会议上的讲话
青山区教育委员会主任　王明
（2025年2月20日）
一、2024年工作回顾
（一）办学条件改善。全年新增学位1500个，组建教育集团10个。
（二）教师队伍加强。全年公开招聘教师150人。
2024年主要指标完成情况及2025年目标如下表。
| 指标 | 2024年完成 | 2025年目标 |
| --- | --- | --- |
| 新增学位(个) | 1500 | 1200 |
| 集团化办学覆盖率(%) | 80 | 88 |
| 公开招聘教师(人) | 150 | 170 |
| 课后服务参与率(%) | 91 | 95 |
二、2025年重点任务
一是深化集团化办学。新组建教育集团3个，集团化办学覆盖率达到88%。
二是建强教师队伍。公开招聘教师170人，交流轮岗教师300人。
三是扩充优质学位。全年新增学位1200个。
四是做优课后服务。课后服务参与率稳定在93%以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "targets-restated", {"qingshan-speech-2025": SPEECH})


@pytest.mark.parametrize("question, value, sentence", [
    ("青山区2025年集团化办学覆盖率要达到多少？", 88, "集团化办学覆盖率达到88%"),
    ("青山区2025年计划新增多少学位？", 1200, "全年新增学位1200个"),
])
def test_a_target_cell_cites_the_years_tasks_stating_it(service, question, value, sentence):
    r = service.ask(question)
    assert not r.abstained and value in [f.value for f in r.figures], r.answer
    assert any(sentence in c.text for c in r.citations), [c.text for c in r.citations]


@pytest.mark.parametrize("question", ["青山区今年准备公开招聘多少名教师？", "青山区2025年准备公开招聘多少名教师？"])
def test_a_figure_under_the_review_of_last_year_does_not_answer_this_year(service, question):
    # `全年公开招聘教师150人` stands under `一、2024年工作回顾`: 今年 of a 2025 speech is not its year
    r = service.ask(question)
    assert 150 not in [f.value for f in r.figures], r.answer
    assert r.abstained or 170 in [f.value for f in r.figures], r.answer


def test_a_prose_figure_that_differs_is_not_the_cells_restatement(service):
    r = service.ask("青山区2025年课后服务参与率目标是多少？")
    assert not r.abstained and 95 in [f.value for f in r.figures], r.answer
    assert "正文亦写" not in r.answer, r.answer  # the tasks say 93%以上, not the table's 95
