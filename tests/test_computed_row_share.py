"""A year's share from two cells of the table row the year names (`学年 | 符合条件教师数 | 交流轮岗教师数`):
part ÷ whole with the formula and the row cited, never the rate the prose sets as a requirement. Documents
written here (Markdown tables with and without a rule line), real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

QA = """泾源县义务教育教师交流轮岗政策问答
问：交流轮岗比例有什么要求？
答：每学年交流轮岗教师人数不低于符合交流条件教师总数的15%。近三年交流轮岗情况见下表。
| 学年 | 符合交流条件教师数（人） | 交流轮岗教师数（人） |
| --- | --- | --- |
| 2022学年 | 800 | 96 |
| 2023学年 | 820 | 123 |
| 2024学年 | 850 | 136 |
"""

HEALTH = """隆德县2024年学生体质健康监测工作情况
一、监测完成情况
表1 近两年学生体质健康监测情况
| 年度 | 应参加监测学生数（人） | 实际参加监测学生数（人） | 优良学生数（人） |
| 2023年 | 12000 | 11400 | 5700 |
| 2024年 | 12500 | 12250 | 6125 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-share", {"jingyuan-qa-2025": QA, "longde-health-2024": HEALTH})


@pytest.mark.parametrize("question, value", [
    ("泾源2024学年交流轮岗的老师占符合条件的比例是多少", 16.0),  # 136 ÷ 850, not the 15% required
    ("2023学年泾源县交流轮岗教师占符合交流条件教师总数的比例是多少", 15.0),  # 123 ÷ 820
    ("泾源2022学年交流轮岗教师占符合交流条件教师的百分之多少", 12.0),  # 96 ÷ 800
    ("隆德2023年实际参加监测的学生占应参加监测学生的比例是多少", 95.0),  # 11400 ÷ 12000
    ("隆德县2024年实际参加监测学生数占应参加监测学生数的比例", 98.0),
    ("隆德2024年优良学生占实际参加监测学生的比例是多少", 50.0),  # a third column: 6125 ÷ 12250
])
def test_a_years_share_from_its_rows_cells(service, question, value):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert round(answer.figures[0].value, 2) == value and answer.figures[0].unit == "%", answer.answer
    assert "÷" in answer.answer and answer.citations, answer.answer


def test_a_year_no_row_names_is_not_computed(service):
    answer = service.ask("泾源2021学年交流轮岗的老师占符合条件的比例是多少")
    assert "÷" not in answer.answer, answer.answer
