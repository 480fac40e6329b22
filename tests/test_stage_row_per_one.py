"""An average per one of a stage's row (`初中样板校平均一所补几万`): the stage word right before the noun a count
column counts (`样板校数（所）`) chooses that row, whose amount ÷ its count answers — never the quotient over every
row, nor the row's amount alone. Documents written here (Markdown table), real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

PLAN = """檀溪县数字课堂样板校建设方案
一、建设安排
样板校分学段安排见下表：
| 学段 | 样板校数（所） | 建设年级 | 补助经费（万元） |
| --- | --- | --- | --- |
| 小学 | 8 | 四至六年级 | 160 |
| 初中 | 4 | 七年级 | 120 |
| 高中 | 3 | 高一年级 | 150 |
| 合计 | 15 | — | 430 |
二、保障措施
县财政足额保障样板校建设经费。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stage-row-per-one", {"tanxi-plan-2026": PLAN})


@pytest.mark.parametrize("question, value", [
    ("檀溪县初中样板校平均每所补助经费多少", 30),  # 120 ÷ 4, not 430 ÷ 15 nor 120
    ("檀溪县高中的样板校平均每所补助经费多少", 50),  # 150 ÷ 3
])
def test_the_stage_named_before_the_counted_noun_chooses_its_row(service: Service, question: str,
                                                                 value: float) -> None:
    answer = service.ask(question)
    assert first_figure(answer) == (value, "万元/所"), answer.answer
    assert "÷" in answer.answer, answer.answer
