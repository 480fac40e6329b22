"""Every item a question asks of (`A、B、C各多少`, `A和B各有几所`) is answered, each with its own figure
and citation, or named as not found — never silently dropped: items run together with no list word
between them (`货物工程服务各多少`) told apart by the sentence that states each; a stage written under
another name (初级中学 for 初中). On
budget notes and a report written here; real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

BUDGET = """青溪县教育局2025年部门预算公开说明
一、部门基本情况
纳入青溪县教育局2025年部门预算编制范围的单位共38个，其中：局机关1个，公办幼儿园6所，小学21所，初级中学8所，高级中学2所。
二、其他重要事项说明
（一）政府采购情况：2025年政府采购预算1460.00万元，其中货物类930.00万元，工程类410.00万元，服务类120.00万元。
（二）机关运行经费：2025年机关运行经费预算86.50万元。
"""
REPORT = """青石县2024年教育事业统计简报
青石县教育局 2025年2月10日
全县教育经费总投入6.8亿元，其中人员经费4.1亿元、公用经费1.6亿元、基本建设经费1.1亿元。
青石县共有幼儿园45所，普通小学32所，初级中学11所，在校学生共5.6万人。
"""

DOCS = {"qingxi-budget-2025": BUDGET, "qingshi-statistics-2024": REPORT}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "several-each", DOCS)


def direct(answer: str) -> str:
    return answer.split("依据")[0]


@pytest.mark.parametrize("question", [
    "青溪县政府采购货物工程服务各多少",
    "青溪县政府采购的货物工程服务分别是多少？",
    "青溪县今年政府采购货物、工程、服务各多少钱",
])
def test_items_run_together_are_each_answered(service: Service, question: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert all(v in said for v in ("930.00万元", "410.00万元", "120.00万元")), response.answer
    assert "1460" not in said, response.answer  # the whole is no item's figure


def test_items_run_together_in_another_document_and_noun(service: Service) -> None:
    response = service.ask("青石县教育经费里人员经费公用经费各多少")
    said = direct(response.answer)
    assert "4.1亿元" in said and "1.6亿元" in said, response.answer
    assert "6.8亿元" not in said, response.answer


@pytest.mark.parametrize(("question", "figures"), [
    ("青溪县预算单位里小学和初中各有几所", ("21所", "8所")),
    ("青溪县预算单位中幼儿园和初中分别有多少所？", ("6所", "8所")),
    ("青石县小学、初中各有多少所", ("32所", "11所")),
])
def test_a_stage_under_its_other_name_is_answered_with_the_rest(service: Service, question: str,
                                                               figures: tuple[str, str]) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert all(f in said for f in figures), response.answer
    assert response.citations

