"""The rest of a whole asked as everyday questions say it, `收入里不是财政拨款的有多少`: the total the
document states minus the part it names after 其中 (never the change stated beside the part), both cited
and the formula shown, also when the question dates the whole relative to now (今年收入). Budget documents
written here, invented county."""

import pytest

from server.answer.remainder import asked_remainder
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

BUDGET = """青禾县教育局2031年部门预算公开说明
青禾县教育局
2031年2月10日
一、收支预算总体情况
2031年部门收入预算合计8406.50万元，比上年增加312.40万元。其中一般公共预算拨款7120.30万元，比上年增加205.60万元；政府性基金预算拨款410.00万元。
二、学校情况
全县共有中小学86所，其中完全中学9所。
"""


@pytest.mark.parametrize("question, asked", [
    ("今年收入里不是一般公共预算拨款的有多少", ("一般公共预算拨款", "收入")),
    ("全县学校中不是公办的有多少所", ("公办", "学校")),
    ("学校是不是公办的", None),  # a yes/no question: nothing taken out
    ("他不是本地户籍的学生能入学吗", None),
])
def test_the_rest_asked_with_bu_shi(question, asked):
    assert asked_remainder(question) == asked


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rest-not-is", {"qinghe-budget-2031": BUDGET})


def test_the_rest_is_the_total_minus_the_part_after_qizhong(service):
    answer = service.ask("今年收入里不是一般公共预算拨款的有多少")
    assert first_figure(answer) == (1286.2, "万元"), answer.answer  # 8406.50 − 7120.30
    assert "8406.50" in answer.answer and "7120.30" in answer.answer and "−" in answer.answer
    assert inputs_cited(service, answer, "qinghe-budget-2031")
