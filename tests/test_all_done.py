"""Whether all of a counted whole was done, asked yes or no (real ingest, real model, Service.ask over documents
written here): the count done is no answer alone — short of the whole it is 没有, with the rest, and equal to it
是 (server/answer/alldone.py)."""
import pytest

from server.service import Service
from tests.written import service_over

HAZARDS = """苍榆县校舍隐患排查通报
一、排查结果。2025年全县排查出校舍隐患56处，已整改完成49处，其余正在施工。
二、有关要求。查出的隐患须在2025年12月底以前全部整改完成。
"""

COMPLAINTS = """苍榆县2025年教育信访工作小结
全年受理群众来信来访32件，已办结32件，群众满意率98%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "all-done",
                        {"cangyu-hazards-2025": HAZARDS, "cangyu-complaints-2025": COMPLAINTS})


def test_a_part_short_of_its_whole_is_not_all_done(service: Service) -> None:
    response = service.ask("苍榆县2025年校舍隐患都整改了吗？")
    assert not response.abstained, response.answer
    assert response.answer.startswith("没有"), response.answer
    assert "56处" in response.answer and "49处" in response.answer and "7处" in response.answer


def test_a_part_equal_to_its_whole_is_all_done(service: Service) -> None:
    response = service.ask("苍榆县2025年的来信来访都办结了吗？")
    assert not response.abstained, response.answer
    assert response.answer.startswith("是"), response.answer
    assert "32件" in response.answer
