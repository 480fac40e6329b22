"""The day of an act a notice announces (`證書…12月10日前發至各校`), asked of the thing acted on, is that sentence's in
either script, never the notice's signature date (a document written here in Traditional; real ingest)."""
import pytest

from server.service import Service
from tests.written import service_over

AWARDS = """灃溪縣教育局關於2026年中小學書法比賽獲獎情況的通報
各中小學：
11月6日，全縣中小學書法比賽在縣文化館舉行，共有選手120人參賽。
比賽設一等獎8名、二等獎16名、三等獎24名。
本次比賽獲獎證書由縣教育局統一製作，12月10日前發至各校。
灃溪縣教育局
2026年11月18日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "event-days-traditional", {"fengxi-calligraphy-awards-2026": AWARDS})


@pytest.mark.parametrize("question", ["灃溪縣書法比賽獲獎證書什麼時候發", "沣溪县书法比赛获奖证书什么时候发"])
def test_the_day_a_thing_is_sent_is_its_sentence_not_the_signature(service: Service, question: str) -> None:
    answer = service.ask(question).answer
    assert "12月10日" in answer and "2026年11月18日" not in answer, answer
