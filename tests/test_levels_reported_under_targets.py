"""A compliance question judges the level a document reports, wherever it stands, and refuses only an aim its
own sentence sets (documents written here, real ingest, Service.ask): a self-evaluation reports its levels under
a heading that names its targets (`目标完成情况`), a plan states its aims with the year to come (`到2028年`)."""
import pytest

from server.service import Service
from tests.written import service_over

REPORT = """柘阳县义务教育优质均衡发展自评报告
柘阳县人民政府
一、主要目标完成情况
全县义务教育巩固率98.1%，初中三年巩固率96.8%。
二、下一步工作
继续做好控辍保学。
"""

PLAN = """枫岭县教育事业发展三年行动计划
枫岭县教育局
一、发展目标
到2028年，初中三年巩固率达到98%以上。
二、主要措施
落实控辍保学责任。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "levels-under-targets", {"report": REPORT, "plan": PLAN})


def test_a_level_reported_under_a_targets_heading_is_judged(service: Service) -> None:
    answer = service.ask("柘阳县初中三年巩固率够得上优质均衡的要求吗")
    assert not answer.abstained, answer.answer
    assert "96.8%" in answer.answer and "达标" in answer.answer, answer.answer


def test_an_aim_for_a_year_to_come_is_no_level_reached(service: Service) -> None:
    answer = service.ask("枫岭县初中三年巩固率达到95%的要求了吗")
    assert answer.abstained or "98" not in answer.answer.split("。")[0], answer.answer
