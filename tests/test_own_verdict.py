"""A value judged by the bar its own document names right after it (server/calc.py own_verdict):
`…为38%，低于40%的要求` — the side of the bar the document says, and the bar's direction (a floor, a
ceiling) as the document states it elsewhere; nothing judged when the direction is unstated or the
verb disagrees with the numbers. Documents and places invented here."""
from __future__ import annotations

import pytest

from figures.compute import Operand
from server.calc import own_verdict
from server.service import Service
from tests.written import service_over


def _value(text: str) -> Operand:
    return Operand.literal(text)


@pytest.mark.parametrize(("value", "after", "document", "flag"), [
    # a floor stated elsewhere (`…以上`): below it fails
    ("38%", "，低于40%的要求；", "到2027年骨干教师比例达到40%以上。", "fail"),
    # a ceiling stated elsewhere (`不超过45人`): below it passes
    ("42人", "，低于45人的国家标准。", "每班人数不超过45人。", "pass"),
    # 达到/未达到 say the verdict themselves
    ("96%", "，达到95%的目标。", "", "pass"),
    ("8.5%", "，未达到10%的规定", "", "fail"),
    # the side alone, with the bar's direction nowhere stated: no verdict
    ("57%", "，低于60%的要求；", "", None),
    # the verb disagrees with the numbers: no verdict
    ("52%", "，低于50%的要求；", "比例达到50%以上", None),
    # no bar named after the value
    ("46%", "，比上年提高3个百分点。", "", None),
])
def test_the_documents_own_bar_judges(value: str, after: str, document: str, flag: str | None) -> None:
    judged = own_verdict(_value(value), after, document + after)
    assert (judged.flag if judged else None) == flag


REPORT = """柘湾县2025年教师队伍建设情况报告
一、基本情况
现有在编专任教师2860人，骨干教师412人。
二、存在问题
一是研究生学历专任教师所占比例为8.5%，低于10%的要求；二是村小体育、科学教师仍然紧缺。
三、下一步打算
到2027年，研究生学历专任教师所占比例不低于10%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "own-verdict", {"zhewan-teachers": REPORT})


def test_a_share_the_report_judges_is_answered_with_its_bar(service: Service) -> None:
    response = service.ask("柘湾县研究生学历的专任教师比例达标了吗")
    assert not response.abstained, response.answer
    assert response.answer.startswith("未达标"), response.answer
    assert "8.5%" in response.answer and "10%" in response.answer, response.answer
