"""A figure the question or the document uses to say *which* things are meant is no answer to *how many*:
the question's own condition (`班额超过45人的班级有多少个` answered `不超过45人`), the bar defining a
class (`在校生不足80人的村小和教学点` for `教学点的学生有多少`), all staff for an age range asked, a
whole count for a school an aside names (`只有1所（某某第二中学…），开设校本课程38门` for that
school's courses), a count in another counter (几门 answered in 所). Documents written here, real
ingest, Service.ask."""

import pytest

from server.ages import age_unsaid
from server.answer.asides import aside_member
from server.service import Service
from tests.written import service_over

PLAN = """岚城市普通高中特色发展实施方案（2026—2028年）
岚城市教育局
2026年3月1日
一、发展现状
全市现有普通高中6所，在校生11200人。目前省级示范高中只有1所（岚城市第二中学，艺术教育方向），开设校本课程38门。
二、主要任务
严格控制班额，新招班级班额不超过45人。
"""

SURVEY = """苇塘县乡村小规模学校调研报告
苇塘县教育局调研组
2026年5月10日
一、基本情况
为摸清全县乡村小规模学校（在校生不足80人的村小和教学点）办学现状，调研组走访了全部学校，召开教师座谈会5场、座谈教师64人次。
全县共有乡村小规模学校23所，在校生1460人，专任教师218人。
二、队伍结构
专任教师中50岁以上的九十一人，35岁以下的四十人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "conditions", {"lancheng-plan-2026": PLAN, "weitang-survey-2026": SURVEY})


@pytest.mark.parametrize("question, wrong", [
    ("岚城市第二中学开了几门校本课程", "38门"),  # the city's courses, the school named in an aside
    ("岚城市第二中学开了几门校本课程", "1所"),  # 几门 is not answered in 所
    ("岚城市班额超过45人的班级控制在多少个？", "45人"),  # the question's own condition
    ("苇塘县小规模学校在校生里教学点的学生有多少？", "80人"),  # the bar defining the class
    ("苇塘县小规模学校35到50岁之间的老师有多少", "218人|64人次"),  # all teachers (or visits) for an age range
])
def test_a_condition_is_never_the_figure_asked(service: Service, question: str, wrong: str) -> None:
    answer = service.ask(question).answer
    stated = answer.split("依据")[0].split("最接近")[0]
    assert not any(w in stated for w in wrong.split("|")), answer


@pytest.mark.parametrize("question, figure", [
    ("岚城市开设了多少门校本课程", "38门"),  # the whole's count, asked of the whole, in its counter
    ("苇塘县乡村小规模学校有多少所", "23所"),
    ("苇塘县小规模学校专任教师有多少人", "218人"),
])
def test_the_figure_itself_still_answers(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(figure), response.answer


def test_an_aside_names_the_school_only_outside_the_figures_clause() -> None:
    sentence = "目前示范高中只有1所（岚城市第二中学，艺术方向），开设校本课程38门。"
    assert aside_member("岚城市第二中学开了几门课程", sentence, "开设校本课程38门") == "岚城市第二中学"
    assert aside_member("第二中学开了几门课程", sentence, "开设校本课程38门") == "第二中学"
    assert aside_member("第三中学开了几门课程", sentence, "开设校本课程38门") == ""  # another school
    # the figure inside the aside is the school's own
    inside = "示范高中2所（第二中学开设课程12门，第五中学开设课程9门）"
    assert aside_member("第二中学开了几门课程", inside, "第二中学开设课程12门") == ""


def test_an_age_range_needs_an_age_in_the_figures_words() -> None:
    assert age_unsaid("35到50岁之间的教师有多少", "专任教师218人")
    assert not age_unsaid("35到50岁之间的教师有多少", "35至50岁的教师87人")
    assert not age_unsaid("专任教师有多少", "专任教师218人")  # no age asked
