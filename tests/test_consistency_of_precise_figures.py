"""A figure of many significant digits one document restates exactly (a speech's 三亿一千二百零七万元 and a
report's 31207万元) is the same figure even when the restating sentence words the thing otherwise (执行 for
执行数): the two documents agree, never a verdict against another row a lookup picked. Documents invented here."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

SPEECH = """在2026年栖塘县教育工作会议上的讲话
栖塘县教育局局长　周立新
同志们：
去年全县教育支出执行三亿一千二百零七万元，执行率达到百分之九十七点五，教育投入稳中有增。
今年要继续保障教师工资按时足额发放。
"""

REPORT = """栖塘县2025年度教育经费预算执行情况报告
栖塘县教育局
一、总体情况
全县教育支出（一般公共预算口径）年初预算32000万元，全年执行31207万元，执行率97.5%。
二、分学段执行情况
| 项目 | 年初预算 | 执行数 | 执行率 |
| 小学教育 | 12400 | 12115 | 97.7% |
| 初中教育 | 8100 | 7893 | 97.4% |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "precise-restated",
                        {"qitang-speech": SPEECH, "qitang-report": REPORT})


def test_an_exact_restatement_of_a_precise_figure_agrees(service: Service) -> None:
    response = service.ask("栖塘局长讲话里的教育支出执行数和预算执行报告对得上吗？")
    assert response.answer.startswith("一致"), response.answer
    assert "12115" not in response.answer and "不一致" not in response.answer, response.answer
