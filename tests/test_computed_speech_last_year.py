"""A speech or a work report says 今年 for its own year: a value it states for 今年 with its change on
去年 (`今年…1432人，比去年多了58人`, `…2860万元，比去年增长4%`) gives last year's value, computed with
its formula — the year of the stated value is the document's year, not the year before it (a
review's default). Documents written here, real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a director's speech at the autumn opening: 今年 is the year it is given
SPEECH = """在2025年秋季学期开学准备工作会上的讲话
松溪县教育局局长
2025年8月26日
同志们：
今年中考，全县普通高中录取1432人，比去年多了58人。这个成绩来之不易。
今年职教高考，全县本科上线126人，较去年减少9人，本科上线率为42.3%，较去年提高1.2个百分点。
经费保障上，今年县财政安排学生资助资金2860万元，比去年增长4%。
人的方面，今年全县新招聘教师86名，比去年少了12名。
今年全县学前三年毛入园率达到91.5%，比去年提高2.1个百分点。
"""

# a work report written at the end of its year, in a wording of its own
REPORT = """桐梓县教育局2024年工作总结
桐梓县教育局
2024年12月20日
今年以来，全县义务教育阶段在校生达到9865人，较去年增加215人。
"""

# a speech whose one paragraph runs over several topics: 去年 said of another topic (`去年秋季…还要走读`) does not
# make the spending's year a stated one
TOPICS = """在2025年全县教育系统半年工作调度会上的讲话
岚溪县教育局局长
2025年7月22日
一、上半年主要工作
先说寄宿。去年秋季开学，山区还有300多名初中生每天走读十几里山路，今年新宿舍楼投用后都住进了学校。再说钱。\
今年县级财政教育投入预计2.52亿元，比去年增长5%，这在财力紧张的情况下很不容易。今年教师培训经费预计660万元，较去年\
增长10%。去年全县考录特岗教师35名，今年考录48名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "speech-last-year", {"songxi-speech-2025": SPEECH,
                                                               "tongzi-summary-2024": REPORT,
                                                               "lanxi-speech-2025": TOPICS})


@pytest.mark.parametrize("question, value", [
    ("松溪去年普通高中录取了多少人", 1374),  # 1432 − 58
    ("松溪职教高考去年本科上线多少人", 135),  # the topic in the clause before: 126 + 9, the count asked
    ("松溪职教高考去年的本科上线率有多高", 41.1),  # 42.3 − 1.2, the rate asked
    ("松溪县去年县财政安排的学生资助资金是多少", 2750),  # 2860 ÷ 1.04
    ("松溪去年新招聘了多少名教师", 98),  # 86 + 12
    ("松溪县2024年学前三年毛入园率是多少", 89.4),  # 91.5 − 2.1
    ("桐梓县去年义务教育阶段在校生有多少人", 9650),  # 9865 − 215
    ("岚溪去年县级财政教育投入差不多是多少", 2.4),  # 2.52 ÷ 1.05, another topic's 去年 in the same paragraph
    ("岚溪县去年教师培训经费是多少", 600),  # 660 ÷ 1.1
])
def test_last_year_from_this_years_figure_and_its_change(service: Service, question: str, value: float) -> None:
    answer = service.ask(question)
    assert first_figure(answer)[0] == pytest.approx(value, abs=0.01), answer.answer
    assert "=" in answer.answer or "推算" in answer.answer, answer.answer  # the formula is shown


def test_this_years_figure_still_answers_this_year(service: Service) -> None:
    answer = service.ask("松溪今年普通高中录取了多少人")
    assert first_figure(answer)[0] == 1432, answer.answer


def test_last_years_figure_stated_is_quoted_not_computed(service: Service) -> None:
    answer = service.ask("岚溪去年考录了多少名特岗教师")
    assert first_figure(answer)[0] == 35, answer.answer
    assert "推算" not in answer.answer, answer.answer
