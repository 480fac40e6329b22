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

# a speech whose one section runs over several topics: 去年 said of another topic (`去年这个时候…大班`) does not
# make the expenditure's year a stated one
TOPICS = """在2025年全县教育工作推进会上的讲话
清流县教育局局长
2025年7月10日
一、上半年的几个数
去年这个时候，城区小学还有8个56人以上的大班，今年全部消除了。今年全县教育支出预计3.24亿元，比去年增长8%，\
财政再紧，教育没有少给。今年校舍维修投入预计1500万元，较去年增长25%。去年全县招聘教师40名，今年招聘52名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "speech-last-year", {"songxi-speech-2025": SPEECH,
                                                               "tongzi-summary-2024": REPORT,
                                                               "qingliu-speech-2025": TOPICS})


@pytest.mark.parametrize("question, value", [
    ("松溪去年普通高中录取了多少人", 1374),  # 1432 − 58
    ("松溪职教高考去年本科上线多少人", 135),  # the topic in the clause before: 126 + 9, the count asked
    ("松溪职教高考去年的本科上线率有多高", 41.1),  # 42.3 − 1.2, the rate asked
    ("松溪县去年县财政安排的学生资助资金是多少", 2750),  # 2860 ÷ 1.04
    ("松溪去年新招聘了多少名教师", 98),  # 86 + 12
    ("松溪县2024年学前三年毛入园率是多少", 89.4),  # 91.5 − 2.1
    ("桐梓县去年义务教育阶段在校生有多少人", 9650),  # 9865 − 215
    ("清流去年教育支出大概多少", 3.0),  # 3.24 ÷ 1.08, another topic's 去年 in the same section
    ("清流县去年校舍维修投入是多少", 1200),  # 1500 ÷ 1.25
])
def test_last_year_from_this_years_figure_and_its_change(service, question, value):
    answer = service.ask(question)
    assert first_figure(answer)[0] == pytest.approx(value, abs=0.01), answer.answer
    assert "=" in answer.answer or "推算" in answer.answer, answer.answer  # the formula is shown


def test_this_years_figure_still_answers_this_year(service):
    answer = service.ask("松溪今年普通高中录取了多少人")
    assert first_figure(answer)[0] == 1432, answer.answer


def test_last_years_figure_stated_is_quoted_not_computed(service):
    answer = service.ask("清流去年招聘了多少名教师")
    assert first_figure(answer)[0] == 40, answer.answer
    assert "推算" not in answer.answer, answer.answer
