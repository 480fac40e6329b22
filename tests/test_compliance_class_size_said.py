"""A class size asked as people say it (`三小一个班有49个学生符合标准吗`, `47名学生一班超没超`): judged against the
班额 standard of the school's stage (小学 ≤ 45, 初中 ≤ 50), the stage from the question's school name or the
document's sentence stating the class, that sentence cited. Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

REPORT = """岚溪县2025年春季学期教育督导情况通报
岚溪县人民政府教育督导室
2025年4月18日
督导发现，各校班额控制总体向好。南街第三小学五年级一个班仍有49名学生，须在秋季学期前完成分班。
岚溪县第二初级中学七年级各班均为46人。
东湖小学二年级每班43人，符合规定。
个别学校的个别班级达到57人，已责令整改。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "class-size-said", {"lanxi-inspection-2025": REPORT})


@pytest.mark.parametrize("question, verdict, rule", [
    ("南街三小一个班有49个学生符合标准吗", "不符合", "45人"),  # 三小: a 第三小学
    ("南街三小一个班49个孩子达标吗", "未达标", "45人"),
    ("第二初级中学46个学生一班超没超标", "没有超过", "50人"),  # the ceiling asked as exceeded
    ("东湖小学每班有43人达标吗", "达标", "45人"),
])
def test_pupils_per_class_judged_by_the_stages_rule(service: Service, question: str, verdict: str, rule: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(verdict) and rule in answer.answer, answer.answer
    assert answer.citations and answer.figures, answer.answer


def test_a_class_of_no_stated_stage_is_not_judged(service: Service) -> None:
    answer = service.ask("一个班57个孩子符合国家要求吗")  # neither the question nor the sentence names a stage
    assert not answer.answer.startswith(("不符合", "符合", "达标", "没有超过", "超过")), answer.answer
    assert "45人" not in answer.answer and "50人" not in answer.answer, answer.answer
