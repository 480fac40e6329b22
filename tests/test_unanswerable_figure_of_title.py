"""A figure asked by its noun (`…的平均分`) of a document that gives none, in documents written here (real ingest,
Service.ask): the sentence matching best is the document's title, which names the subject, never the figure —
the answer is 文件中未找到, not the title quoted — server/answer/lookup.py."""
import pytest

from server.service import Service
from tests.written import service_over

PLAN = """汐澜县2027年初中英语口语测试组织办法
为做好初中英语口语测试，县教育局据此拟定办法。
一、测试时间
测试安排在2027年4月10日至12日，考生每人测试约10分钟。
二、测试方式
测试采用人机对话方式，分朗读、问答、复述三部分。
三、考务要求
各考点须提前一天完成设备调试。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "figure-of-title", {"xilan-oral-english-2027": PLAN})


def test_a_mean_score_the_document_never_gives_is_not_found(service: Service) -> None:
    answer = service.ask("汐澜县2027年初中英语口语测试的平均分")
    assert answer.abstained, answer.answer
    assert "组织办法”" not in answer.answer, answer.answer


def test_what_the_document_does_say_is_still_answered(service: Service) -> None:
    answer = service.ask("汐澜县英语口语测试考生每人测多久")
    assert not answer.abstained and "10分钟" in answer.answer, answer.answer
