"""A measured act judged by the bar the document sets in the sentence beside it (`…用时不得超过N秒。某校测试中用时M秒`):
the value reached against the rule, both cited, the verdict in the question's word (合格吗 → 合格/不合格).
Documents written here, real ingest."""

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """栎阳区2026年校园安全设施提升方案
栎阳区教育局
2026年4月8日
一、工作目标
（一）消防演练从发出警报到全员到达集合点，用时不得超过5分钟。栎阳区第七中学在上学期演练中用时7分钟，已列入重点整改名单。
（二）校门口电子围栏报警响应须在8秒以内。
二、保障措施
各校要落实专人负责，定期检查维护。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "measured-bars", {"liyang-safety-plan": PLAN})


def test_a_measured_time_against_the_bar_beside_it(service: Service) -> None:
    answer = service.ask("栎阳区第七中学消防演练用时合格吗")
    assert "不合格" in answer.answer and "7分钟" in answer.answer and "5分钟" in answer.answer, answer.answer
    text = service.index.documents["liyang-safety-plan"].text
    cited = [text[c.start:c.end] for c in answer.citations]
    assert any("不得超过5分钟" in c for c in cited) and any("用时7分钟" in c for c in cited), cited
