"""People asked by what befell them and their noun (评上的老师) whom a sentence names by a headless 的-phrase of that
act (获评的每人…): the phrase stands for them, and a money ask per person is answered by that sentence's amount, never
by a table counting them (real ingest, Service.ask; a document written here) — server/answer/headless.py,
server/answer/evidence.py (coverage, a row stating no money per head), server/answer/text.py per_head_amount."""
import pytest

from server.answer.evidence import has_term
from server.answer.headless import headless_people
from server.answer.text import per_head_amount
from server.service import Service
from tests.written import service_over

NOTICE = """榆坪县教育局：本年度乡村育人标兵获评情况通报
各中心校、县直学校：
由各校推荐并经县里评审，共有64名教师获评本年度乡村育人标兵。
一、各片区名单人数
| 片区 | 东片 | 西片 | 合计 |
| 乡村育人标兵 | 30 | 34 | 64 |
二、奖励
获评的每人颁发纪念册和奖励金1500元。资金由县教育发展基金支付。
三、其他
请各校于10月底前把纪念册送到本人手中。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "headless-people", {"yuping-rural-teacher-award-2026": NOTICE})


def test_money_each_of_the_people_named_by_what_befell_them(service: Service) -> None:
    response = service.ask("榆坪县评上的教师每人可以领多少钱")
    assert not response.abstained and "1500元" in response.answer, response.answer
    assert "64" not in response.answer.split("。")[0], response.answer


def test_a_headless_phrase_stands_for_a_people_noun_only() -> None:
    said = "获评的每人颁发纪念册和奖励金1500元"
    assert headless_people(["评上", "教师"], "评上的教师，每个能领几元", said, has_term) == {"教师"}
    # a thing's noun is never left out so, nor a noun the question does not put after the act
    assert not headless_people(["评上", "学校"], "评上的学校，每所能领几元", said, has_term)
    assert not headless_people(["评上", "教师"], "评上教师，每个能领几元", said, has_term)
    # nor is an act the phrase does not write
    assert not headless_people(["退休", "教师"], "退休的教师，每个能领几元", said, has_term)


def test_an_amount_given_each_one_with_other_things() -> None:
    assert per_head_amount("获评的每人颁发纪念册和奖励金1500元")
    assert not per_head_amount("每人颁发纪念册，县里另拨1500元")


def test_a_phrase_ending_in_another_act_is_about_that_act() -> None:
    said = "获评后违反纪律的每人退回奖励金"
    assert not headless_people(["评上", "教师"], "评上的教师，每个能领几元", said, has_term)
