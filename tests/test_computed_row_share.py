"""A year's share from two cells of the table row the year names (`年度 | 乡村学校数 | 配齐心理教师学校数`): part
÷ whole with the formula and the row cited, never the rate the prose sets as a requirement. Documents written here
(Markdown tables with and without a rule line), real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

QA = """岚溪县中小学心理健康教育工作答记者问
问：对学校配备心理健康教师有什么要求？
答：到2025年，配齐专职心理健康教师的乡村学校原则上不低于乡村学校总数的70%。近三年推进情况如下。
| 年度 | 乡村学校数（所） | 配齐专职心理健康教师学校数（所） |
| --- | --- | --- |
| 2022年 | 50 | 20 |
| 2023年 | 48 | 30 |
| 2024年 | 40 | 34 |
"""

SCREENING = """石楠县2024年中小学生视力筛查工作小结
一、筛查覆盖情况
表3 近两年视力筛查情况
| 年度 | 应筛查学生数（人） | 实际筛查学生数（人） | 视力不良学生数（人） |
| 2023年 | 16400 | 15580 | 6232 |
| 2024年 | 16000 | 15200 | 7600 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-share", {"lanxi-qa-2025": QA, "shinan-screening-2024": SCREENING})


@pytest.mark.parametrize("question, value", [
    ("岚溪2024年配齐专职心理健康教师的学校占乡村学校数的比例有多少", 85.0),  # 34 ÷ 40, not the 70% required
    ("2023年岚溪县配齐专职心理健康教师学校数占乡村学校数的比例是多少", 62.5),  # 30 ÷ 48
    ("岚溪2022年配齐专职心理健康教师的学校占乡村学校的百分之多少", 40.0),  # 20 ÷ 50
    ("石楠2023年实际筛查的学生占应筛查学生的比例是多少", 95.0),  # 15580 ÷ 16400
    ("石楠县2024年视力不良学生数占实际筛查学生数的比例", 50.0),  # a third column: 7600 ÷ 15200
])
def test_a_years_share_from_its_rows_cells(service: Service, question: str, value: float) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert round(answer.figures[0].value, 2) == value and answer.figures[0].unit == "%", answer.answer
    assert "÷" in answer.answer and answer.citations, answer.answer


def test_a_year_no_row_names_is_not_computed(service: Service) -> None:
    answer = service.ask("岚溪2021年配齐专职心理健康教师的学校占乡村学校的比例是多少")
    assert "÷" not in answer.answer, answer.answer
