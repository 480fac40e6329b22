"""The next steps asked (`下一步有哪些工作`) of a notice whose closing paragraph labels them and counts its items
before the colon (`下一步工作有三点：一是…；二是…；三是…`, in either script): that paragraph, every item, not the
findings that share more of the question's words. Documents written here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """桦溪縣中小學圖書館藏書清理結果公告
桦溪縣教育局
2026年9月10日
本學期全縣中小學共清理館藏圖書4.2萬冊，其中下架圖書3100冊。
清理中發現，有5所學校圖書館藏書登記不全，縣教育局已要求限期補登。
下一步工作有三點：一是各校在10月20日前報送館藏更新計劃；二是縣教育局每學期抽查不少於8所學校圖書館；三是對師生反映的問題圖書，5個工作日內核實處理。
桦溪縣教育局
2026年9月10日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "next-steps-counted", {"huaxi-library": NOTICE})


def test_the_counted_next_steps_paragraph_is_quoted_whole(service: Service) -> None:
    answer = service.ask("桦溪县下一步图书清理有哪些工作")
    for item in ("10月20日", "8所", "5個工作日"):
        assert item in answer.answer, answer.answer
    assert "登記不全" not in answer.answer, answer.answer
