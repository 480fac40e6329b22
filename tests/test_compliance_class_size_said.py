"""A class size asked as people say it (`52个人一个班符合国家要求吗`, `一个班48个学生超标了吗`): judged against the
班额 standard of the school's stage (小学 ≤ 45, 初中 ≤ 50), the stage from the question's school name or the
document's sentence stating the class, that sentence cited. Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import service_over

SPEECH = """在2025年春季学期全县教育工作会议上的讲话
和林格尔县教育局局长
2025年3月5日
再说大班额。城关镇第二小学三年级现在最大的一个班还有52个人，离国家要求还差着一截。
县实验初级中学八年级最大的一个班是48名学生，比去年少了6名。
新区小学一年级一个班44人，今年秋季还要再控制。
有的学校一个班还有58个孩子，要抓紧分流。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "class-size-said", {"helinger-speech-2025": SPEECH})


@pytest.mark.parametrize("question, verdict, rule", [
    ("城关二小52个人一个班符合国家要求吗", "不符合", "45人"),  # 一小/二小: a 第N小学
    ("实验初中一个班48个学生超标了吗", "没有超过", "50人"),  # the ceiling asked as exceeded
    ("新区小学一个班44人达标吗", "达标", "45人"),
])
def test_pupils_per_class_judged_by_the_stages_rule(service, question, verdict, rule):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(verdict) and rule in answer.answer, answer.answer
    assert answer.citations and answer.figures, answer.answer


def test_a_class_of_no_stated_stage_is_not_judged(service):
    answer = service.ask("一个班58个孩子符合国家要求吗")  # neither the question nor the sentence names a stage
    assert "45人" not in answer.answer and "50人" not in answer.answer, answer.answer
