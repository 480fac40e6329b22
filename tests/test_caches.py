"""The memos that keep a question's repeated work from being done again (quantities scanned per text,
a passage's sentences read per passage): a value handed out is the caller's own, and an answer is the
same whether its passages were read before or not."""

import pytest

from figures.numbers import find_quantities, parse_number
from server.service import Service
from tests.written import service_over

SENTENCE = "新增学位3.2万个，投入资金49亿元，2025年完成。"
STATED = [(32000.0, "个", 4, 9), (4.9e9, "元", 14, 18), (2025.0, "年份", 19, 24)]


def _seen(text: str) -> list[tuple[float, str, int, int]]:
    return [(q.value, q.unit, q.start, q.end) for q in find_quantities(text)]


def test_a_quantity_changed_by_its_caller_is_not_changed_for_the_next():
    first = find_quantities(SENTENCE)
    # what callers do: shift spans into a document's offsets, relabel a unit
    for q in first:
        q.start, q.end = q.start + 100, q.end + 100
    first[0].value, first[1].unit = 0.0, "人"
    assert _seen(SENTENCE) == STATED


def test_parse_number_shifts_its_own_copy():
    # parse_number moves the span past leading spaces in place: twice must give the same span
    assert [(q.start, q.end) for q in (parse_number("  3.2万人次"), parse_number("  3.2万人次"))] == [(2, 8), (2, 8)]


def test_a_long_text_is_scanned_alike():
    text = "。".join([SENTENCE] * 200)  # beyond what is kept: scanned each time, the same quantities
    assert len(text) > 4000 and _seen(text)[:3] == STATED and _seen(text) == _seen(text)


REPORT = """清河县教育事业发展情况
2025年6月
一、学校建设
全县新建幼儿园6所。全县新建小学4所，新增学位3200个。全县新建初中2所，新增学位1800个。
二、教师队伍
全县专任教师4386人，其中小学2134人、初中1290人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "caches", {"qinghe-report-2025": REPORT})


def test_the_same_answer_whether_the_passage_was_read_before(service, tmp_path_factory):
    questions = ["清河县新建初中新增学位多少个？", "清河县新建小学新增学位多少个？", "清河县新建幼儿园多少所？"]
    first = [service.ask(q) for q in questions]
    again = [service.ask(q) for q in reversed(questions)][::-1]
    assert [(r.answer, r.abstained) for r in again] == [(r.answer, r.abstained) for r in first]
    values = [r.figures[0].value if r.figures else None for r in first]
    assert values == [1800, 3200, 6], [r.answer for r in first]
    # and as a service that never read the passages answers them
    fresh = service_over(tmp_path_factory, "caches-fresh", {"qinghe-report-2025": REPORT})
    assert fresh.ask(questions[1]).answer == first[1].answer


def test_the_two_sides_of_a_comparison_are_embedded_in_one_model_call(service):
    embedder = service.index.embedder
    before = embedder.query_batches
    response = service.ask("清河县新建小学新增学位比新建初中新增学位多多少个？")
    assert not response.abstained and response.figures[0].value == 1400, response.answer
    # the question's own search, then both sides' searches of the county's documents in one call
    assert embedder.query_batches - before == 2
