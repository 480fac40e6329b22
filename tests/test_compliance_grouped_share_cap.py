"""A row's share held to the cap its document's prose sets (`每组X不得高于本组Y的N%`) when the part is a column
group split by grade (`获奖（人） 金奖 | … 银奖`) and the whole's column opens with the rule's noun
(参赛者 of 参赛者人数), in documents written here (real ingest, Service.ask): the group's cells added up, divided by the
whole, judged in the question's words — server/answer/rowcapshare.py."""
import pytest

from server.service import Service
from tests.written import service_over

BULLETIN = """溱川县书法比赛情况（2026）
溱川县教育局
2026年6月3日
一、概况
全县书法比赛设小学、初中两组。依照章程，每组获奖学生不得高于本组参赛者的50%。
| 分组 | 参赛者人数（人） | 获奖学生（人） 金奖 | 获奖学生（人） 银奖 | 获奖学生（人） 铜奖 | 评委（名） |
| --- | --- | --- | --- | --- | --- |
| 小学组 | 90 | 6 | 14 | 20 | 9 |
| 初中组 | 40 | 4 | 8 | 10 | 6 |
| 合计 | 130 | 10 | 22 | 30 | 15 |
二、下步打算
明年继续举办。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "grouped-share-cap", {"qinchuan-calligraphy-2026": BULLETIN})


def test_a_group_within_its_cap_is_not_over(service: Service) -> None:
    answer = service.ask("溱川县小学组获奖学生有没有超过章程的上限")
    assert not answer.abstained, answer.answer
    assert "没超" in answer.answer and "44.44%" in answer.answer, answer.answer  # (6 + 14 + 20) ÷ 90
    assert "50%" in answer.answer, answer.answer


def test_a_group_over_its_cap_is_over(service: Service) -> None:
    answer = service.ask("溱川县初中组获奖学生有没有超过章程的上限")
    assert not answer.abstained, answer.answer
    assert "超了" in answer.answer and "55%" in answer.answer, answer.answer  # (4 + 8 + 10) ÷ 40
    assert "没超" not in answer.answer, answer.answer
