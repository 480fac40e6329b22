"""A staffing ratio rule asked of one named unit (`…配够了没有`) in documents written here (real ingest,
Service.ask): the rule may name its staff before it (`X按每N名学生配1名`), and the counts are the unit's
own, never the whole area's stated beside them — server/answer/ratiorule.py."""
import pytest

from server.service import Service
from tests.written import service_over

PLAN = """澄溪市学生心理辅导安排（2026）
澄溪市教育局
2026年3月2日
一、现状
全市共有学生52000人，各校心理辅导员共96名。
二、配备要求
心理辅导员按每500名学生应配1名确定。市实验中学有学生2300人，现有心理辅导员4名。
市第二中学有学生900人，现有心理辅导员2名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "ratio-rule-units", {"chengxi-psychology-2026": PLAN})


def test_a_unit_short_of_its_ratio_is_judged_not_enough(service: Service) -> None:
    answer = service.ask("澄溪市实验中学心理辅导员人数配够了没有")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标"), answer.answer
    assert "5名" in answer.answer and "4名" in answer.answer, answer.answer  # 2300 ÷ 500 = 4.6 → 5
    assert "52000" not in answer.answer and "96名" not in answer.answer, answer.answer


def test_a_unit_meeting_its_ratio_is_judged_enough(service: Service) -> None:
    answer = service.ask("澄溪市第二中学心理辅导员配够了吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("达标"), answer.answer  # 900 ÷ 500 = 1.8 → 2, 2 stated
    assert "900人" in answer.answer, answer.answer
