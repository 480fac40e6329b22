"""A hazard notice written here: a total asked (`一共发现多少处隐患`) is not answered by the count of a grade of
them (`重大隐患4处`), a count done (`已经整改了多少处`) not by a count whose clause lacks the verb (`共发现…168处`),
and which school (`哪个学校…`) not by a quoted passage naming no school. Real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """鲥溪区教育局关于全区校园安全隐患排查整治情况的通报
鲥教安〔2026〕15号
各中小学、幼儿园：
全区共组成8个检查组，出动检查人员96人次。
共发现各类安全隐患168处，截至10月31日已整改150处，整改率为89.3%。
从隐患类别看，消防安全52处，食品安全30处，校舍安全29处。
排查中发现重大隐患4处，均已由区教育局挂牌督办。
全区学校已建立微型消防站26个。
柳岸小学食堂从业人员3人健康证过期，留样记录不全。
鲥溪区教育局
2026年11月5日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "hazards", {"qingchuan-hazard-notice-2026": NOTICE})


@pytest.mark.parametrize("question, wrong", [
    ("鲥溪区秋季排查一共发现多少处安全隐患", "4处"),  # a grade of the hazards for all of them
    ("鲥溪区已经整改了多少处隐患", "168处"),  # found, not done
])
def test_a_part_or_another_count_is_not_the_count_asked(service: Service, question: str, wrong: str) -> None:
    answer = service.ask(question).answer
    assert wrong not in answer.split("依据")[0].split("最接近")[0], answer


def test_which_school_is_not_answered_by_a_passage_naming_none(service: Service) -> None:
    response = service.ask("鲥溪哪个学校饭堂查出毛病了")
    assert response.abstained or "柳岸小学" in response.answer, response.answer


@pytest.mark.parametrize("question, figure", [
    ("鲥溪区一共发现多少处安全隐患", "168处"),
    ("鲥溪区重大隐患有多少处", "4处"),
    ("鲥溪区学校已经建了多少个微型消防站", "26个"),  # a one-character verb asked (建) stands in 建立
])
def test_the_whole_and_the_graded_count_answer(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(figure), response.answer
