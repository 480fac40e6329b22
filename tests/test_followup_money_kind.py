"""A follow-up (`那X呢`) after a question about what is charged (收费): the kind of money asked is kept, so the row
named answers by its charge, never by an aid cell (补助) of the same row or table. Written table, real ingest, real
model — server/answer/lookup.py _money_kind_named (server/lexicon/money_kinds.tsv)."""
import pytest

from server.service import Service
from tests.written import service_over

FEES = """芷岚县2026年秋季学期幼儿园收费及补助标准公示
芷岚县教育局 2026年8月25日
一、分类标准
| 幼儿园类别 | 保育教育费收费标准（元/月） | 财政生均补助（元/月） |
| --- | --- | --- |
| 省级示范园 | 480 | 120 |
| 市级示范园 | 420 | 150 |
| 普通公办园 | 300 | 210 |
二、有关说明
收费标准含保育费，伙食费按实收取。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "followup-money-kind", {"zhilan-kindergarten-fees-2026": FEES})


def turn(question: str, answer: str) -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


def test_a_followup_after_a_charge_is_answered_by_the_rows_charge(service: Service) -> None:
    previous = "芷岚县省级示范园每月收费多少？"
    first = service.ask(previous)
    assert first.answer.startswith("480"), first.answer
    response = service.ask("那普通公办园呢？", history=turn(previous, first.answer))
    assert not response.abstained, response.answer
    assert response.answer.startswith("300"), response.answer
    assert "210元" not in response.answer.split("依据")[0], response.answer


def test_the_grant_asked_is_still_answered_by_its_column(service: Service) -> None:
    response = service.ask("芷岚县普通公办园财政补助每月多少？")
    assert not response.abstained, response.answer
    assert response.answer.startswith("210"), response.answer
