"""A 班额 asked of a school or grade whose classes and pupils a document states (a clause
`某校某年级共有N个班级、M名学生`, a table row with a `班级（个）` column, or an enrolment plan's stage row
`计划班数 | 计划招生`): the pupils ÷ the classes judged against the stage's national bar (小学 ≤ 45,
初中 ≤ 50), the stage from the grade (八年级 → 初中) or the name. Documents written here, real ingest."""

import pytest

from server.answer.proseclasssize import grade_stage
from server.service import Service
from tests.written import service_over

REPORT = """槿岫县义务教育学业质量抽测分析（2025年秋）
槿岫县教育局
2025年12月3日
一、抽测概况
本次抽测覆盖全县12所学校。就硬件条件而言，槿岫县城南学校八年级共有9个班级、423名学生，县第四初级中学八年级共有10个班级、561名学生，两校差距明显。
东坝镇中心小学四年级共有6个班级、276名学生，教室较为紧张。
二、改进建议
各校要加强教研，提高课堂效率。
"""

SCHEDULE = """槿岫县中小学作息时间安排表
槿岫县教育局
2025年9月1日
下表列出各校午餐开始时间，请遵照执行。
表1 各校作息安排
| 校名 | 班级（个） | 学生总数（人） | 午餐时间 |
| --- | --- | --- | --- |
| 县启明小学 | 30 | 1410 | 11:40 |
| 县明德小学 | 24 | 1008 | 11:50 |
"""

PLAN = """楸湾区2026年秋季入学安排
一、招生计划
今年全区打算招收新生5390人，分学段安排见下表：
| 学段 | 计划班数 | 计划招生 |
| 小学新生 | 60 | 2640 |
| 初中新生 | 50 | 2750 |
| 合计 | 110 | 5390 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "class-counts", {"jinxiu-exam": REPORT, "jinxiu-schedule": SCHEDULE,
                                                             "qiuwan-plan": PLAN})


@pytest.mark.parametrize("question, verdict, size", [
    ("槿岫县城南学校八年级班级人数是否符合标准", "符合", "47"),  # 423 ÷ 9, 初中 by its grade
    ("县第四初级中学八年级的班额是否达标", "未达标", "56.1"),  # 561 ÷ 10 > 50
    ("东坝镇中心小学四年级的班额超标了吗", "有超过", "46"),  # 276 ÷ 6 > 45 (小学)
    ("东坝镇中心小学四年级算不算大班额", "超过国家班额标准", "46"),  # a 大班额 asked: the standard exceeded
    ("槿岫县城南学校八年级属不属于大班额", "没有超过国家班额标准", "47"),
])
def test_a_clauses_classes_and_pupils_judged(service: Service, question: str, verdict: str, size: str) -> None:
    answer = service.ask(question)
    assert answer.answer.startswith(verdict), answer.answer
    assert f"= {size} 人" in answer.answer, answer.answer
    assert any(f.value == float(size) for f in answer.figures), answer.figures


@pytest.mark.parametrize("question, verdict, size", [
    ("县启明小学的班额超标了吗", "未达标", "47"),  # 1410 ÷ 30 > 45
    ("县明德小学的班额超标了吗", "达标", "42"),
])
def test_a_rows_class_column_with_its_counter(service: Service, question: str, verdict: str, size: str) -> None:
    answer = service.ask(question)
    assert answer.answer.startswith(verdict) and f"= {size} 人" in answer.answer, answer.answer


@pytest.mark.parametrize("question, words, size", [
    ("楸湾区初中新生班额超没超标", "超了", "55"),  # 2750 ÷ 50 > 50
    ("楸灣區小學新生班額超沒超標", "没超", "44"),  # 2640 ÷ 60 ≤ 45
])
def test_a_plans_stage_row_of_classes_and_enrolment(service: Service, question: str, words: str, size: str) -> None:
    answer = service.ask(question)
    assert words in answer.answer and f"= {size} 人" in answer.answer, answer.answer


def test_a_grade_two_clauses_share_is_not_one_schools(service: Service) -> None:
    answer = service.ask("八年级的班额是否达标")  # both schools' clauses name it alike: neither is judged
    assert "47" not in answer.answer or "56.1" not in answer.answer or not answer.answer.startswith(
        ("达标", "未达标")), answer.answer


def test_grade_stages() -> None:
    assert [grade_stage(t) for t in ("九年级", "初二", "三年级", "高一")] == ["初中", "初中", "小学", ""]
