"""An amount per head asked by the heads to count it by (按…算平均每人): the cell of the table row the question
names, in the money column its words name, ÷ the count of those heads one of the place's documents states
(server/answer/perheadapart.py). Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

FUNDING = """蕙川县2025年度教育经费决算情况
蕙川县教育局
2026年3月10日
一、总体情况
2025年全县教育支出42000万元。
二、分项情况
| 项目 | 年初预算（万元） | 实际支出（万元） | 支出率（%） |
| --- | --- | --- | --- |
| 人员经费 | 30000 | 29800 | 99.3 |
| 营养膳食补助 | 1200 | 960 | 80.0 |
| 合计 | 31200 | 30760 | 98.6 |
三、下一步
加快项目支出进度。
"""

MEALS = """蕙川县农村学生营养膳食补助实施方案
蕙川县教育局
2026年2月1日
一、补助范围
全县农村义务教育学校学生24000人，其中纳入营养膳食补助的农村学生16000人。
二、补助方式
由学校食堂统一供餐。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "per-head-apart",
                        {"huichuan-funding-2025": FUNDING, "huichuan-meals-2026": MEALS})


def test_a_rows_spent_cell_over_the_heads_counted_in_another_document(service):
    answer = service.ask("蕙川县营养膳食补助实际支出的钱按补助的农村学生算平均每人多少")
    assert first_figure(answer) == (600.0, "元/人"), answer.answer
    assert "每人约600元" in answer.answer, answer.answer
    assert {c.doc_id for c in answer.citations} >= {"huichuan-funding-2025", "huichuan-meals-2026"}, answer.citations


def test_the_column_the_question_names_is_the_one_divided(service):
    answer = service.ask("蕙川县营养膳食补助年初预算按补助的农村学生算平均每人多少")
    assert first_figure(answer) == (750.0, "元/人"), answer.answer
