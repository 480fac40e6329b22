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


ACCOUNTS = """栎阳区2026年春季学期学校食堂收支公示
栎阳区教育局
2026年7月10日
按区里规定，各校食堂收支结余不得超过当期伙食费收入的2%，结余部分结转下学期使用。
表1 各校食堂收支情况（金额单位：万元）
| 学校 | 伙食费收入 | 食材支出 | 结余 |
| --- | --- | --- | --- |
| 区第五小学 | 64.00 | 62.40 | 1.60 |
| 区实验初中 | 90.00 | 88.65 | 1.35 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "measured-bars", {"liyang-safety-plan": PLAN, "liyang-canteen": ACCOUNTS})


def test_a_measured_time_against_the_bar_beside_it(service: Service) -> None:
    answer = service.ask("栎阳区第七中学消防演练用时合格吗")
    assert "不合格" in answer.answer and "7分钟" in answer.answer and "5分钟" in answer.answer, answer.answer
    text = service.index.documents["liyang-safety-plan"].text
    cited = [text[c.start:c.end] for c in answer.citations]
    assert any("不得超过5分钟" in c for c in cited) and any("用时7分钟" in c for c in cited), cited


@pytest.mark.parametrize("question, verdict, share", [
    ("栎阳区第五小学食堂结余有没有超标", "超标", "2.5"),  # 1.60 ÷ 64.00 > 2%
    ("栎阳区实验初中食堂结余有没有超标", "没有超标", "1.5"),  # 1.35 ÷ 90.00 ≤ 2%
])
def test_a_rows_share_of_two_cells_against_the_cap_its_prose_sets(service: Service, question: str, verdict: str,
                                                                  share: str) -> None:
    answer = service.ask(question)
    assert answer.answer.startswith(f"{verdict}：") and share in answer.answer, answer.answer
