"""A 班额 asked of a school or grade whose classes and pupils a document states (a clause `某校某年级共N个班、学生M
人`, or a table row with a `班级（个）` column): the pupils ÷ the classes judged against the stage's national bar
(小学 ≤ 45, 初中 ≤ 50), the stage from the grade (八年级 → 初中) or the name. Documents written here, real ingest."""

import pytest

from server.answer.proseclasssize import grade_stage
from server.service import Service
from tests.written import service_over

REPORT = """槿岫县2025年秋季学期义务教育学业质量抽测报告
槿岫县教育局
2025年12月2日
一、基本情况
本次抽测覆盖全县12所学校。从办学条件看，槿岫县城南学校八年级共9个班、学生423人，县第四初级中学八年级共10个班、学生561人，两校差距明显。
东坝镇中心小学四年级共6个班、学生276人，教室较为紧张。
二、改进建议
各校要加强教研，提高课堂效率。
"""

SCHEDULE = """槿岫县中小学作息时间安排表
槿岫县教育局
2025年9月1日
各校按照下表安排到校时间，确需变动的报县教育局备案。
表1 各校作息安排
| 学校 | 班级（个） | 在校学生（人） | 到校时间 |
| --- | --- | --- | --- |
| 县实验小学 | 30 | 1410 | 7:50 |
| 县明德小学 | 24 | 1008 | 8:00 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "class-counts", {"jinxiu-exam": REPORT, "jinxiu-schedule": SCHEDULE})


@pytest.mark.parametrize("question, verdict, size", [
    ("槿岫县城南学校八年级班额符不符合要求", "符合", "47"),  # 423 ÷ 9, 初中 by its grade
    ("县第四初级中学八年级班额达标吗", "未达标", "56.1"),  # 561 ÷ 10 > 50
    ("东坝镇中心小学四年级班额超没超", "未达标（超过了）", "46"),  # 276 ÷ 6 > 45 (小学)
])
def test_a_clauses_classes_and_pupils_judged(service: Service, question: str, verdict: str, size: str) -> None:
    answer = service.ask(question)
    assert answer.answer.startswith(verdict), answer.answer
    assert f"= {size} 人" in answer.answer, answer.answer
    assert any(f.value == float(size) for f in answer.figures), answer.figures


@pytest.mark.parametrize("question, verdict, size", [
    ("县实验小学班额超没超", "未达标（超过了）", "47"),  # 1410 ÷ 30 > 45
    ("县明德小学班额超没超", "达标", "42"),
])
def test_a_rows_class_column_with_its_counter(service: Service, question: str, verdict: str, size: str) -> None:
    answer = service.ask(question)
    assert answer.answer.startswith(verdict) and f"= {size} 人" in answer.answer, answer.answer


def test_a_grade_two_clauses_share_is_not_one_schools(service: Service) -> None:
    answer = service.ask("八年级班额达标吗")  # both schools' clauses name it alike: neither is judged
    assert "47" not in answer.answer or "56.1" not in answer.answer or not answer.answer.startswith(
        ("达标", "未达标")), answer.answer


def test_grade_stages() -> None:
    assert [grade_stage(t) for t in ("九年级", "初二", "三年级", "高一")] == ["初中", "初中", "小学", ""]
