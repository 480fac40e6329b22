"""A level asked with its deadline (`哪年要到多少`) where the best evidence is a table row stating the level
reached (a 督导 table's 现状 cell, which sets no deadline): the sentence setting the aim answers, with the
deadline nearest before its level — not an earlier deadline of another aim in the same sentence (`2026年底前…
减少一半，力争2027年…达到95%`). Documents written here: a text 督导 report with `|` rows, a Markdown
整改 notice with a Word-like one-row-a-line table."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

REPORT = """荇川县义务教育质量督导评估报告
一、评估指标达成情况
序号 | 指标 | 评估标准 | 荇川县 | 结论
1 | 教师本科学历比例 | ≥70% | 64.2% | 未达标
2 | 体质健康达标率 | ≥90% | 92.5% | 达标
二、整改意见
（一）2026年底前安排未达标学校的教师进修提升学历，力争2028年教师本科学历比例达到75%；
（二）继续实施体育课后服务。
"""

NOTICE = """# 菰城区关于中小学食堂整改的通知

## 一、检查结果

| 项目 | 标准 | 现状 |
| --- | --- | --- |
| 食堂明厨亮灶覆盖率 | 100% | 68% |
| 食品留样合格率 | 100% | 97% |

## 二、整改要求

2025年9月前各校完成自查，确保2026年6月底前食堂明厨亮灶覆盖率达到100%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "deadline-after-row", {"xingchuan-report": REPORT,
                                                                 "gucheng-notice.md": NOTICE.encode("utf-8")})


@pytest.mark.parametrize("question,when,level", [
    ("荇川县教师本科学历比例哪年要到多少？", "2028", 75),
    ("菰城区明厨亮灶覆盖率最晚在何时要达到多少", "2026", 100),
])
def test_the_aims_deadline_and_level_not_the_rows_state(service: Service, question: str, when: str,
                                                         level: float) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    head = response.answer.split("。")[0]
    assert head.startswith(when) and [f.value for f in response.figures] == [level], response.answer
