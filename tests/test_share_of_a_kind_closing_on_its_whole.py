"""A kind's share of a whole one sentence states by kind, each kind before its count, and closes on the whole itself
(`城区14所、农村10所，共24所参加`), asked with the whole named (`参加…的园里农村的占百分之几`): the kind's count ÷ the
closing count, both cited in that sentence; `占百分之几` asks a share, not a growth. Documents written here, real
ingest."""
from __future__ import annotations

import pytest

from server.operation import operation_of
from server.service import Service
from tests.written import service_over

NOTICE = """蒲塘县幼儿园等级评估工作通知
蒲塘县教育局
2026年10月9日
一、评估范围
全县城区幼儿园14所、农村幼儿园10所，共24所参加等级评估，覆盖在园幼儿约6000人。
二、评估安排
评估组于11月入园查看。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "closing-whole", {"putang-notice": NOTICE})


def test_a_share_asked_in_per_cent_after_zhan_is_a_share() -> None:
    assert operation_of("参加评估的园里农村的占百分之几").name == ""  # left to server/intent.py's share


def test_the_kinds_share_of_the_sentences_closing_whole(service: Service) -> None:
    r = service.ask("蒲塘县参加等级评估的幼儿园里农村的占百分之几")
    assert not r.abstained, r.answer
    assert "10 ÷ 24" in r.answer and any(abs(f.value - 41.67) < 0.01 for f in r.figures), r.answer
