"""A standard asked of an indicator a table states: in a table of indicators by row (`指标 | 2021年基数 |
2024年实际 | 2026年目标`), the reached column's cell of the indicator's own row is judged — never the target
column, never a neighbour row; in a table of stages by row (`学段 | 生均…面积 | …`), the stage's row under the
column the question names. A case the question states is judged on its own figures, by the national standard
where the document sets no bar, the indicator named as said (`一个班`). Spoken names are data. Documents written
here (invented places), real ingest, one document per index."""
from __future__ import annotations

import pytest

from figures.standards import standard_named
from server.answer.casejudged import case_figures
from server.service import Service
from tests.written import service_over

REVIEW = """柳岸区教育事业发展“十四五”规划实施情况中期评估报告
柳岸区教育局
2025年6月10日
一、总体进展
规划确定的主要指标进展情况见表1。
表1 主要指标进展情况
| 指标 | 2021年基数 | 2024年实际 | 2026年目标 | 进展 |
| 小学生均体育运动场馆面积（平方米） | 6.8 | 7.1 | 8.0 | 滞后 |
| 初中生均教学及辅助用房面积（平方米） | 5.2 | 6.3 | 6.5 | 符合预期 |
| 每百名学生拥有网络多媒体教室数（间） | 1.9 | 2.2 | 2.6 | 滞后 |
二、存在的问题
2024年全区小学生均体育运动场馆面积为7.1平方米，老城区学校运动场地不足。
"""
BULLETIN = """桐溪县2024年教育事业统计公报
桐溪县教育局
2025年3月20日
一、义务教育
全县小学在校生21040人，初中在校生10385人。
表3 2024年义务教育学校办学条件
| 学段 | 生均教学及辅助用房面积（平方米） | 生均体育运动场馆面积（平方米） | 生均教学仪器设备值（元） |
| 小学 | 4.9 | 7.9 | 1850 |
| 初中 | 6.1 | 9.6 | 2710 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "indicator-cells", {"liuan-review-2025": REVIEW})


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stage-cells", {"tongxi-bulletin-2024": BULLETIN})


@pytest.mark.parametrize(("question", "verdict", "value"), [
    ("柳岸区小学运动场馆生均面积够不够优质均衡标准", "未达标", "7.1"),  # the target 8.0 would pass
    ("柳岸区初中教学及辅助用房生均面积达标了吗", "达标", "6.3"),
])
def test_the_indicators_reached_cell_is_judged(service: Service, question: str, verdict: str, value: str) -> None:
    r = service.ask(question)
    assert r.answer.startswith(verdict), r.answer
    assert value in r.answer and "实际" in r.answer, r.answer
    assert any(value in c.text for c in r.citations), r.citations


def test_the_prose_stating_the_same_value_is_cited_beside_the_row(service: Service) -> None:
    r = service.ask("柳岸区小学运动场馆生均面积够不够优质均衡标准")
    assert any("为7.1平方米" in c.text for c in r.citations), r.citations


def test_a_stages_row_is_judged_under_the_column_named(bulletin: Service) -> None:
    r = bulletin.ask("桐溪县初中生均仪器设备值达到国家标准了吗")
    assert r.answer.startswith("达标"), r.answer
    assert "2710" in r.answer and "2500" in r.answer, r.answer


def test_a_case_of_no_bar_in_the_document_is_judged_by_the_national_standard(service: Service) -> None:
    r = service.ask("柳岸区某初中一个班有53个学生，符合标准吗")
    assert r.answer.startswith("不符合"), r.answer
    assert "53 − 50 = 3人" in r.answer and "国家标准" in r.answer, r.answer


def test_spoken_names_are_read_from_data() -> None:
    said = standard_named("一个老师带多少学生")
    assert said is not None and said.name == "生师比"
    size = standard_named("每个班多少人")
    assert size is not None and size.key == "class_size"


@pytest.mark.parametrize(("question", "given"), [
    ("某校生均公用经费950元，合规吗", ["950元"]),
    ("公办园占比达到国家要求的50%了吗", []),  # the bar the question names is no case
    ("骨干教师比例不低于20%的要求达到了吗", []),
])
def test_the_case_is_the_questions_own_figures_not_its_bar(question: str, given: list[str]) -> None:
    assert [q.text for q in case_figures(question)] == given
