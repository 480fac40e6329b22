"""Refusals of what the question asks, on documents written here: a follow-up keeps the town the previous
question named (which the region catalog lacks) and reads `有几所幼儿园` as a count, not a school's name; a
table cell counting the owners the question names (`幼儿园数`) does not answer a count of what they hold
(`幼儿园能加多少学位`); the numbers to call of two places asked together are each place's own number (a
notice in Traditional characters too), never a count; a fee waived (免收) says whether one pays (`要交钱吗`).
Real ingest, real model."""

import pytest

from server.followup import resolve_followup
from server.service import Service
from tests.written import service_over

PRESCHOOL = """岚汀县学前教育普及普惠督导评估自评报告
岚汀县教育局
2026年10月
一、基本情况
全县共有幼儿园52所，在园幼儿9120人。
乡镇 | 幼儿园数 | 公办园 | 在园幼儿
檀口镇 | 7 | 4 | 1320
枫渚镇 | 11 | 6 | 2050
二、下一步工作
檀口镇中心幼儿园2027年建成，设置8个班，新增学位240个，总投资1480万元。
"""

RECRUIT = """岚汀县2026年公开招聘中小学教师公告
岚汀县教育局
一、招聘计划
本次招聘小学教师31名、初中教师12名。
二、其他
咨询电话：0793-4417265（县教育局人事股），监督电话：0793-4410098。
"""

PLAN = """濠阳縣特殊教育提升計劃實施方案
濠阳縣教育局
一、主要目標
到2028年，全縣新招聘特殊教育專任教師16名。
二、組織保障
聯繫人：蕭靜寧（縣教育局基教股），電話：0796-3318402。
"""

AFTER_SCHOOL = """溆滨区教育局关于课后服务工作情况的通报
一、开展情况
本学期全区8所义务教育学校均已提供课后服务，参与学生5230人。
二、经费保障
课后服务按每生每学期300元收取服务费，家庭经济困难学生一律免收服务费，本学期共减免146人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "gates-asked-things", {
        "lanting-preschool-2026": PRESCHOOL, "lanting-recruit-2026": RECRUIT, "haoyang-special-2026": PLAN,
        "xubin-after-school-2026": AFTER_SCHOOL})


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}, {"role": "assistant", "content": "……"}]


def test_followup_keeps_the_town_and_drops_the_count_asked_before(service: Service) -> None:
    resolved = resolve_followup("那儿准备新建的幼儿园能加多少学位", user("岚汀县檀口镇有几所幼儿园？"), service.catalog)
    assert "檀口镇" in resolved and "几所" not in resolved, resolved


def test_a_count_of_the_owners_does_not_answer_what_they_hold(service: Service) -> None:
    response = service.ask("那儿准备新建的幼儿园能加多少学位", user("岚汀县檀口镇有几所幼儿园？"))
    assert all(f.value != 7 for f in response.figures), response.answer
    assert "幼儿园数：7" not in response.answer and "7（" not in response.answer, response.answer
    added = service.ask("那儿新建的幼儿园新增多少学位", user("岚汀县檀口镇有几所幼儿园？"))
    assert not added.abstained and added.figures[0].value == 240, added.answer


@pytest.mark.parametrize(("question", "numbers", "not_said"), [
    ("岚汀招聘公告和濠阳特教方案的联系电话分别是", ("0793-4417265", "0796-3318402"), ("31名",)),
    # 咨询 asked: the place's 咨询 line, not its 监督 line; a plan with only its contact's number gives that
    ("岚汀县招聘和濠阳县特教方案分别打哪个电话咨询？", ("0793-4417265", "0796-3318402"), ("0793-4410098", "31名")),
])
def test_numbers_to_call_of_two_places(service: Service, question: str, numbers: tuple[str, ...],
                                       not_said: tuple[str, ...]) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    said = " ".join(line.split("依据")[0] for line in response.answer.splitlines())  # not the quotes
    assert all(n in said for n in numbers), response.answer
    assert not any(w in said for w in not_said), response.answer


def test_a_number_to_call_of_one_place_still_answered_alone(service: Service) -> None:
    response = service.ask("岚汀县招聘教师打哪个电话咨询？")
    said = response.answer.split("依据")[0]
    assert "0793-4417265" in said and "0793-4410098" not in said, response.answer


def test_a_fee_waived_says_whether_one_pays(service: Service) -> None:
    response = service.ask("溆滨区家里条件差的孩子放学后托管要交钱吗")
    assert not response.abstained, response.answer
    assert "免收" in response.answer, response.answer
