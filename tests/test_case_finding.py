"""A case the question puts to the rules in its own figure (`…收N元行不行`) that the document's finding states of the
same unit with what was done about it (责令, 退还): no, in the question's words, the finding quoted; a sentence
stating the figure with no disposal judges nothing. Documents written here, real ingest."""

import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """柳塘县中小学校服采购价格核查情况通报
一、核查范围
本次核查了全县28所中小学校的校服采购价格，县定冬季校服最高限价为每套300元。
二、核查结果
县第二中学原定冬季校服每套价格360元，高于县定最高限价，已责令按300元收取，多收款项在1月底前全部退还。
县第三中学冬季校服每套价格280元，采购程序完整。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "case-finding", {"liutang-uniforms": NOTICE})


def test_a_finding_with_its_disposal_answers_no(service: Service) -> None:
    r = service.ask("柳塘县第二中学冬季校服每套收360元行不行")
    assert not r.abstained and r.answer.startswith("不行"), r.answer
    assert "责令按300元收取" in r.answer and len(r.citations) == 1, r.answer


@pytest.mark.parametrize("question", ["柳塘县第三中学冬季校服每套收280元行不行",  # no disposal stated
                                      "柳塘县第二中学冬季校服每套收300元行不行"])  # the amount the disposal sets
def test_a_figure_stated_without_a_breach_is_not_judged_one(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.answer.startswith("不行"), r.answer
