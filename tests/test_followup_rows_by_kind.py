"""A follow-up naming a table's row by a kind (`那X这一类呢`, `X的呢`) after a question naming another row: X takes
the row's place and the measure asked before is kept (server/followup.py), so the row's own cell answers, never a
refusal for the previous row's words nor the row's other cells. Written table, real ingest, real model."""
import pytest

from server.followup import resolve_followup
from server.service import Service
from tests.written import service_over

FUNDING = """岚溪县2026年义务教育学校公用经费安排
岚溪县教育局 2026年2月20日
一、分类安排
| 学校类别 | 学校数（所） | 生均公用经费（元） |
| --- | --- | --- |
| 城区学校 | 14 | 980 |
| 乡镇中心学校 | 21 | 1060 |
| 村小和教学点 | 33 | 1410 |
二、拨付要求
县财政按学期足额拨付，专款专用。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "followup-rows-by-kind", {"lanxi-school-funding-2026": FUNDING})


def turn(question: str, answer: str = "……") -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


@pytest.mark.parametrize("followup", ["那村小和教学点这一类呢？", "村小和教学点的呢？", "那村小和教学点这类呢"])
def test_the_row_named_takes_the_previous_rows_place(service, followup):
    resolved = resolve_followup(followup, turn("岚溪县城区学校生均公用经费是多少？"), service.catalog)
    assert resolved == "岚溪县村小和教学点生均公用经费是多少?", resolved


@pytest.mark.parametrize("previous, followup, start", [
    ("岚溪县城区学校生均公用经费是多少？", "那村小和教学点这一类呢？", "1410元"),
    ("岚溪县城区学校生均公用经费是多少？", "村小和教学点的呢？", "1410元"),
    ("岚溪县城区学校有几所？", "那乡镇中心学校这一类呢", "21所"),
])
def test_the_rows_own_cell_answers(service, previous, followup, start):
    first = service.ask(previous)
    response = service.ask(followup, history=turn(previous, first.answer))
    assert not response.abstained, response.answer
    assert response.answer.startswith(start), response.answer
