"""Every item a question asks of (`A、B、C各多少`, `A和B各有几所`) is answered, each with its own figure
and citation, or named as not found — never silently dropped: items run together with no list word
between them (`人员支出公用支出各多少`) told apart by the sentence that states each; a stage written under
another name (初级中学 for 初中). On
budget notes and a report written here; real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

BUDGET = """柏溪县教育体育局2025年部门预算公开说明
一、部门基本情况
纳入柏溪县教育体育局2025年部门预算编制范围的单位共29个，其中：局本级1个，公办幼儿园4所，小学15所，初级中学7所，完全中学2所。
二、其他重要事项说明
（一）项目支出：2025年项目支出预算860.00万元，其中设备类420.00万元，维修类310.00万元，培训类130.00万元。
（二）“三公”经费：2025年“三公”经费预算12.40万元。
"""
REPORT = """桦江县2024年教育经费执行情况报告
桦江县财政局 2025年3月5日
2024年全县教育支出合计9.6亿元，其中基本支出7.2亿元，含人员支出5.5亿元、公用支出1.7亿元。
桦江县现有幼儿园38所，小学27所，初级中学9所，在校生4.3万人。
"""

DOCS = {"baixi-budget-2025": BUDGET, "huajiang-spending-2024": REPORT}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "several-each", DOCS)


def direct(answer: str) -> str:
    return answer.split("依据")[0]


@pytest.mark.parametrize("question", [
    "柏溪县项目支出设备维修培训各多少",
    "柏溪县项目支出的设备维修培训分别是多少？",
    "柏溪县今年项目支出设备、维修、培训各安排多少钱",
])
def test_items_run_together_are_each_answered(service: Service, question: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert all(v in said for v in ("420.00万元", "310.00万元", "130.00万元")), response.answer
    assert "860" not in said, response.answer  # the whole is no item's figure


def test_items_run_together_in_another_document_and_noun(service: Service) -> None:
    response = service.ask("桦江县基本支出里人员支出公用支出各多少")
    said = direct(response.answer)
    assert "5.5亿元" in said and "1.7亿元" in said, response.answer
    assert "7.2亿元" not in said, response.answer


@pytest.mark.parametrize(("question", "figures"), [
    ("柏溪县预算单位里小学和初中各有几所", ("15所", "7所")),
    ("柏溪县预算单位中幼儿园和初中分别有多少所？", ("4所", "7所")),
    ("桦江县小学、初中各有多少所", ("27所", "9所")),
])
def test_a_stage_under_its_other_name_is_answered_with_the_rest(service: Service, question: str,
                                                               figures: tuple[str, str]) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    said = direct(response.answer)
    assert all(f in said for f in figures), response.answer
    assert response.citations
