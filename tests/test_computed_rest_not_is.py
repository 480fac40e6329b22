"""The rest of a whole asked as everyday questions say it, `X里不是Y的有多少`: the total the
document states minus the part it names after 其中 (never the change stated beside the part), both cited
and the formula shown, also when the question dates the whole relative to now (今年经费). Budget documents
written here, invented county."""

import pytest

from server.answer.remainder import asked_remainder
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

BUDGET = """青禾县教育局2031年教育经费安排情况
青禾县教育局
2031年2月10日
一、经费安排总体情况
2031年全县教育经费总额5230.80万元，比上年增加168.20万元。其中上级补助3410.60万元，比上年增加126.50万元；县级财政安排1594.00万元。
二、学校情况
全县共有中小学86所，其中完全中学9所。
"""


@pytest.mark.parametrize("question, asked", [
    ("今年经费中不是上级补助的有多少", ("上级补助", "经费")),
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
    answer = service.ask("今年经费中不是上级补助的有多少")
    assert first_figure(answer) == (1820.2, "万元"), answer.answer  # 5230.80 − 3410.60
    assert "5230.80" in answer.answer and "3410.60" in answer.answer and "−" in answer.answer
    assert inputs_cited(service, answer, "qinghe-budget-2031")
