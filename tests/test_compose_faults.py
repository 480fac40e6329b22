"""A strategy that fails on an odd question (an exception inside it) leaves the others to answer: the answer
is never empty, and the fault is logged. Documents written here."""
from __future__ import annotations

import logging

import pytest

from server.answer.tables import WholeTable
from server.service import Service
from tests.written import service_over

NOTICE = """榆川县教育局关于2026年教师招聘的通知
榆川县教育局 2026年4月
一、招聘计划
2026年全县计划招聘中小学教师120名，其中小学70名、初中50名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "faults", {"yuchuan-teacher-recruitment-2026": NOTICE})


def test_a_failing_strategy_leaves_the_others_to_answer(service, monkeypatch, caplog):
    def broken(self, ask):
        raise RuntimeError("broken strategy")

    monkeypatch.setattr(WholeTable, "try_answer", broken)
    with caplog.at_level(logging.ERROR, logger="server.answer.compose"):
        r = service.ask("榆川县2026年计划招聘多少名中小学教师？")
    assert r.answer and "120" in r.answer, r.answer
    assert any("WholeTable" in rec.getMessage() for rec in caplog.records)
