"""A table row whose cells state ratios (`8:1`, a 生机比 or 师生比 by year): the cell of the year asked quoted
as written when the question asks in no unit; asked an amount in another unit, the row gives no answer —
never an empty one — and the prose's figures are looked for (server/answer/lookup.py TableAnswer).
Documents written here (a plan's `|` table, a report's table under a caption), real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """芷汀区教育信息化三年行动方案
芷汀区教育局
2026年2月10日
一、主要目标
分年度目标见下表。
表1 教育信息化主要指标
| 指标 | 2025年基数 | 2026年 | 2027年 | 2028年 |
| --- | --- | --- | --- | --- |
| 学生终端配比（学生:终端） | 11:1 | 9:1 | 8:1 | 6:1 |
| 千兆校园覆盖率（%） | 62 | 75 | 90 | 100 |
二、资金保障
三年共安排资金9600万元，其中2026年2800万元、2027年3300万元、2028年3500万元。
"""

REPORT = """蓠川县住校生生活教师配备情况
蓠川县教育局
2025年11月20日
一、配备情况
表2 寄宿生与生活教师之比
| 学段 | 2024年 | 2025年 |
| --- | --- | --- |
| 小学 | 68:1 | 55:1 |
| 初中 | 74:1 | 60:1 |
二、下一步
持续补充生活教师。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "ratio-cells", {"zhiting-plan-2026": PLAN, "lichuan-report-2025": REPORT})


@pytest.mark.parametrize("question, cell", [
    ("芷汀区2027年学生终端配比目标定为多少", "8:1"),
    ("蓠川县2025年初中寄宿生与生活教师之比是多少", "60:1"),
])
def test_the_ratio_cell_of_the_year_asked_is_quoted(service, question, cell):
    answer = service.ask(question)
    assert not answer.abstained and answer.answer.startswith(cell), answer.answer


def test_a_ratio_row_never_answers_an_amount(service):
    answer = service.ask("芷汀区2027年的信息化资金是多少？")
    assert answer.answer and not answer.answer.startswith("。"), answer.answer
    assert "8:1" not in answer.answer and "学生终端配比" not in answer.answer, answer.answer
