"""A school's size asked (的规模超标没) of a table row whose column counts its pupils under another name than
the question's (`在籍学生（人）`), in documents written here (real ingest, Service.ask): that column judged against
the national school-size bar, never another count of the row — server/answer/compliance.py (NamedRowJudged)."""
import pytest

from server.service import Service
from tests.written import service_over

PLAN = """洺桥县2026年校园足球推广安排
一、推广学校
下表所列学校为本年度推广学校。
表1 推广学校与教练配备
| 学校 | 在籍学生（人） | 足球场地（块） | 专项教练（人） |
| --- | --- | --- | --- |
| 县晴川小学 | 2230 | 2 | 6 |
| 县东门小学 | 1640 | 1 | 4 |
二、其他
各校要保障训练时间。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "school-size-rows", {"mingqiao-football-2026": PLAN})


def test_a_school_over_the_size_bar_is_over(service: Service) -> None:
    answer = service.ask("洺桥县晴川小学的规模超标没")
    assert not answer.abstained, answer.answer
    assert "超了" in answer.answer and "2230人" in answer.answer and "2000人" in answer.answer, answer.answer


def test_a_school_within_the_size_bar_is_not_over(service: Service) -> None:
    answer = service.ask("洺桥县东门小学的规模超标没")
    assert not answer.abstained, answer.answer
    assert "没超" in answer.answer and "1640人" in answer.answer, answer.answer
