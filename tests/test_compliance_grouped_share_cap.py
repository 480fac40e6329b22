"""A row's share held to the cap its document's prose sets (`各组X不超过该组Y的N%`) when the part is a column
group split by grade (`获奖（人） 一等奖 | … 二等奖`) and the whole's column is named by the rule's noun's opening
(`参赛` of 参赛学生), in documents written here (real ingest, Service.ask): the group's cells added up, divided by the
whole, judged in the question's words — server/answer/rowcapshare.py."""
import pytest

from server.service import Service
from tests.written import service_over

BULLETIN = """溱川县教育局关于中小学生书法比赛结果的通报
溱川县教育局
2026年6月3日
一、比赛概况
全县书法比赛分三个组别进行。按比赛章程，各组获奖人数不超过该组参赛人数的50%。
| 组别 | 参赛学生（人） | 获奖人数（人） 一等奖 | 获奖人数（人） 二等奖 | 获奖人数（人） 三等奖 | 指导教师（名） |
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
    answer = service.ask("溱川县小学组获奖人数超过规定比例没有")
    assert not answer.abstained, answer.answer
    assert "没超" in answer.answer and "44.44%" in answer.answer, answer.answer  # (6 + 14 + 20) ÷ 90
    assert "50%" in answer.answer, answer.answer


def test_a_group_over_its_cap_is_over(service: Service) -> None:
    answer = service.ask("溱川县初中组获奖人数超过规定比例没有")
    assert not answer.abstained, answer.answer
    assert "超了" in answer.answer and "55%" in answer.answer, answer.answer  # (4 + 8 + 10) ÷ 40
    assert "没超" not in answer.answer, answer.answer
