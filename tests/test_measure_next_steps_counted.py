"""The next steps asked (`下步要做哪些工作`) of a notice whose closing paragraph labels them and counts its items
before the colon (`下步工作共有四项：一是…；二是…`, in either script): that paragraph, every item, not the
findings that share more of the question's words. Documents written here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """桦溪縣校園書架整理情況說明
桦溪縣教育局
2026年9月9日
這學期各校合計整理書架藏書4.2萬冊，撤架3100冊。
整理時看到5所學校書目登記不全，已限期補登。
下步工作共有四項：一是10月20日以前各校上交書架更新清單；二是每學期縣裡抽看8所學校書架；三是師生提出的問題書目5個工作日內回覆；四是年底匯總整理結果。
桦溪縣教育局
2026年9月9日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "next-steps-counted", {"huaxi-library": NOTICE})


def test_the_counted_next_steps_paragraph_is_quoted_whole(service: Service) -> None:
    answer = service.ask("桦溪县下步书架整理要做哪些工作")
    for item in ("10月20日", "8所", "5個工作日", "年底匯總"):
        assert item in answer.answer, answer.answer
    assert "登記不全" not in answer.answer, answer.answer
