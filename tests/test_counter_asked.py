"""On a bulletin written here: a count asked with its counter (多少辆, 几栋) is never answered by a figure
of another unit, even when the clause naming the rest of the question (接送学生, 容纳学生) counts people.
Real ingest, real model."""

import pytest

from server.service import Service
from tests.written import service_over

BULLETIN = """青山县2024年教育事业发展统计公报
青山县教育局
2025年3月10日
一、基本情况
全县现有校车86辆，每天接送学生5200人。全县共有中小学56所，在校学生42000人。
二、建设
全年新建教学楼3栋，可容纳学生1800人。全年教育经费投入8.6亿元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "counters", {"qingshan-bulletin": BULLETIN})


@pytest.mark.parametrize("question, wrong", [
    ("青山县有多少辆车接送学生？", "5200"),
    ("青山县多少辆车每天接送学生", "5200"),
    ("青山县新建了几栋楼容纳学生", "1800"),
])
def test_a_count_of_people_never_answers_a_counter_asked(service, question, wrong):
    response = service.ask(question)
    assert wrong not in response.answer.split("依据")[0].split("但")[0]


@pytest.mark.parametrize("question, figure", [
    ("青山县有几辆校车", "86辆"),
    ("青山县每天接送多少学生", "5200人"),
    ("青山县新建教学楼多少栋", "3栋"),
])
def test_the_count_in_the_counter_asked_answers(service, question, figure):
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(figure), response.answer
