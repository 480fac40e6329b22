"""Which of a table's indicators have reached the target their rows set (`哪项指标…已经达到年底目标`): each row's
value at the date asked — the column the question names, else the latest value's — against its target cell,
the rows that reached it listed, each cited; none reached is said so, never one row's cells given as the answer.
Documents written here (invented places), real ingest, one index."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

PROGRESS = """柳岸区教育局关于2026年上半年教育装备推进情况的报告
柳岸区教育局
2026年7月10日
一、总体进展
上半年各项装备指标进展情况见下表。
表1 主要指标进展情况
| 项目 | 2025年底 | 2026年6月 | 2026年底目标 | 进展说明 |
| 标准化实验室（间） | 40 | 52 | 52 | 已全部建成 |
| 创客教室（间） | 8 | 12 | 20 | 下半年再建8间 |
| 心理辅导室（间） | 30 | 36 | 36 | 已全部建成 |
| 学生用平板电脑（台） | 900 | 1200 | 2000 | 按计划采购 |
二、下一步工作
下半年重点推进创客教室建设。
"""

PLAN = """桐溪县2026年校园安全设施建设进展
桐溪县教育局
2026年7月12日
一、进展情况
| 项目 | 2025年底 | 2026年6月 | 2026年底目标 | 进展说明 |
| 视频监控覆盖学校（所） | 20 | 26 | 30 | 按计划推进 |
| 一键报警装置（套） | 15 | 22 | 28 | 按计划推进 |
| 校园护栏改造（所） | 5 | 9 | 12 | 按计划推进 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rows-reached", {"liuan-equipment-2026": PROGRESS,
                                                           "tongxi-safety-2026": PLAN})


@pytest.mark.parametrize("question", [
    "柳岸区哪项指标到2026年6月已经达到年底目标？",
    "柳岸区哪些项目已经完成了年底目标？",
])
def test_the_rows_that_reached_their_targets_are_listed(service: Service, question: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert "共2项" in r.answer, r.answer
    assert "标准化实验室" in r.answer and "心理辅导室" in r.answer, r.answer
    assert "创客教室" not in r.answer and "平板电脑" not in r.answer, r.answer
    assert any("| 52 | 52 |" in c.text for c in r.citations), r.citations
    assert any("| 36 | 36 |" in c.text for c in r.citations), r.citations


def test_none_reached_is_said_so(service: Service) -> None:
    r = service.ask("桐溪县哪项指标到2026年6月已经达到年底目标？")
    assert not r.abstained, r.answer
    assert r.answer.startswith("没有一项已达到目标"), r.answer
