"""The rest of a whole named by what it does not do (`不住校的学生有幾個`, `不达标的学校有多少所`): the whole
minus the part its sentence states after 其中, the part as documents write it too (住校 → 寄宿生), in
either script and digit form. Documents written here, real ingest, Service.ask."""

import pytest

from server.answer.remainder import asked_undone
from server.service import Service
from tests.written import first_figure, service_over

NEWS = """沁水縣教育新聞
二〇二五年十月十二日
據龍港鎮中心學校負責人講，全校共有學生二百一十四名，其中寄宿生一百三十名。
"""

REPORT = """阳城县义务教育学校办学条件达标情况报告
阳城县教育局
2025年9月
全县义务教育阶段学校215所，其中办学条件达标的188所。
全县初中共有学生8600人，其中住校生3100人。
全县幼儿园在园幼儿共6420人，其中公办园3310人。
"""


@pytest.mark.parametrize("question, asked", [
    ("龍港鎮中心學校裏不住校的學生一共幾個？", ("住校", "学生")),
    ("全县不达标的学校有多少所", ("达标", "学校")),
    ("还有多少学生没有住校", ("住校", "学生")),
])
def test_the_rest_asked_by_what_it_does_not_do(question, asked):
    assert asked_undone(question) == asked


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "not-done-rest", {"qinshui-news-2025": NEWS, "yangcheng-report-2025": REPORT})


@pytest.mark.parametrize("question, value", [
    ("龍港鎮中心學校裏不住校的學生一共幾個？", 84),  # 214 − 130, 寄宿生 for 住校
    ("阳城县初中不住校的学生有多少人", 5500),  # 8600 − 3100
    ("阳城县办学条件不达标的学校有多少所", 27),  # 215 − 188
])
def test_the_rest_is_the_whole_minus_the_part(service, question, value):
    answer = service.ask(question)
    assert first_figure(answer)[0] == value, answer.answer
    assert "−" in answer.answer, answer.answer


def test_a_count_of_people_never_answers_how_many_places(service):
    # `有多少个行政村还没有幼儿园`: 个 of villages; the 人 of the pupils stated is no count of them
    answer = service.ask("阳城县有多少个行政村还没有幼儿园？")
    assert all(f.unit not in ("人", "名") for f in answer.figures), answer.answer
