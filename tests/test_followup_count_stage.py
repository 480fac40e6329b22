"""A follow-up asking another stage of the same count in the same counter (`那已经建成几间` after `…X计划新建几间`):
the thing counted (X, a table's row) is kept, so the row's cell of the new stage answers, never the whole place's
figure (server/followup.py _STAGE_ASKED, _COUNT_ASKED; 已经 → 已 in server/lexicon/plain_words.tsv).
Written table, real ingest, real model."""
import pytest

from server.followup import resolve_followup
from server.service import Service
from tests.written import service_over

WORKSHOPS = """榕埠县2032年学校实训室建设进展
2032年5月9日　榕埠县教育局印发
一、建设进度
| 类别 | 计划新建（间） | 已建成（间） |
| --- | --- | --- |
| 木工实训室 | 16 | 7 |
| 烹饪实训室 | 11 | 4 |
二、总体情况
全县计划新建实训室52间，已建成25间。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "followup-count-stage", {"rongbu-workshops-2032": WORKSHOPS})


def turn(question: str, answer: str = "……") -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


def test_the_row_counted_is_kept_at_the_new_stage(service: Service) -> None:
    resolved = resolve_followup("那已经建成几间", turn("榕埠县烹饪实训室计划新建几间？"), service.catalog)
    assert "烹饪实训室" in resolved and "建成几间" in resolved and "计划" not in resolved, resolved


def test_another_counter_is_no_stage_of_the_same_count(service: Service) -> None:
    resolved = resolve_followup("那已经建成几所", turn("榕埠县烹饪实训室计划新建几间？"), service.catalog)
    assert "烹饪实训室已" not in resolved, resolved


def test_the_rows_cell_answers_the_follow_up(service: Service) -> None:
    previous = "榕埠县烹饪实训室计划新建几间？"
    first = service.ask(previous)
    response = service.ask("那已经建成几间", history=turn(previous, first.answer))
    assert not response.abstained and response.answer.startswith("4间"), response.answer
