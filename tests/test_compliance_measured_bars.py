"""A measured act judged by the bar the document sets in the sentence beside it (`…耗时不得超过N分钟。某校耗时M分钟`):
the value reached against the rule, both cited, the verdict in the question's word (合格吗 → 合格/不合格).
Documents written here, real ingest."""

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """栎阳区校园安全设施改进方案（2026年）
栎阳区教育局
2026年4月9日
一、工作目标
（一）消防演练从拉响警报到全员集合完毕，耗时不得超过5分钟。栎阳区第七中学上学期演练耗时7分钟，列为重点整改校。
（二）校门口电子围栏报警响应须在8秒以内。
二、落实保障
各校要落实专人负责，定期检查维护。
"""


ACCOUNTS = """栎阳区学校食堂账目公示（2026年春）
栎阳区教育局
2026年7月11日
区里明确，各校食堂结余不高于本期伙食费收入的2%，超出部分退还家长。
表1 各校食堂账目（万元）
| 学校 | 伙食费收入 | 采购支出 | 结余 |
| --- | --- | --- | --- |
| 区第五小学 | 64.00 | 62.40 | 1.60 |
| 区实验初中 | 90.00 | 88.65 | 1.35 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "measured-bars", {"liyang-safety-plan": PLAN, "liyang-canteen": ACCOUNTS})


def test_a_measured_time_against_the_bar_beside_it(service: Service) -> None:
    answer = service.ask("栎阳区第七中学消防演练耗时合格吗")
    assert "不合格" in answer.answer and "7分钟" in answer.answer and "5分钟" in answer.answer, answer.answer
    text = service.index.documents["liyang-safety-plan"].text
    cited = [text[c.start:c.end] for c in answer.citations]
    assert any("不得超过5分钟" in c for c in cited) and any("耗时7分钟" in c for c in cited), cited


@pytest.mark.parametrize("question, verdict, share", [
    ("栎阳区第五小学食堂结余超标了吗", "超标", "2.5"),  # 1.60 ÷ 64.00 > 2%
    ("栎阳区实验初中食堂结余超标了吗", "没有超标", "1.5"),  # 1.35 ÷ 90.00 ≤ 2%
])
def test_a_rows_share_of_two_cells_against_the_cap_its_prose_sets(service: Service, question: str, verdict: str,
                                                                  share: str) -> None:
    answer = service.ask(question)
    assert answer.answer.startswith(f"{verdict}：") and share in answer.answer, answer.answer
