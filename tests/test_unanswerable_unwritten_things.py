"""Names or a way of reckoning asked of a thing the documents never spell out (`X叫什么`, `出自哪几家X`, `X怎么算`):
an abstention when no leading document writes the thing, or every sentence writing it only counts it; the names
given (a list after the count, a thing named outright) are answered; a table's count of one thing (教室, 间) never
answers a count of another asked (几所); one unit asked of a kind (哪家出版社) no document names, or the winner of
a prize a plan only sets the rule of (成绩排在前面的学校发奖杯: a description, no school's name), is abstained.
Documents written here, real ingest."""

import pytest

from server.answer.unwritten import _only_counted, asked_thing
from server.service import Service
from tests.written import service_over

NOTICE = """楠川县中小学教辅材料评议情况公告（2026年秋）
楠川县教育局
2026年9月21日
一、评议情况
本学期教辅由县里集中采购，入围书商为4家。县教辅评议委员会共评议教辅材料126种，其中通过评议97种，未通过29种。
二、组织实施
本次评议的承办单位为楠川县第二中学，评议专家由县教研室从学科骨干教师中抽取。
入选县级推荐书目的读本有3个，分别为《溪畔四季》《星河笔记》《田野手账》。
三、有关要求
各校须在10月10日前完成选用登记，严禁组织学生统一购买未通过评议的材料。
"""


CHECK = """楠川县教室照明检查通报
楠川县教育局
2026年10月13日
这次抽看了26所学校（含幼儿园），教室186间，结果见下表：
| 学段 | 抽看教室 | 照明达标教室 |
| --- | --- | --- |
| 小学 | 90 | 84 |
| 初中 | 60 | 55 |
| 幼儿园 | 36 | 35 |
| 合计 | 186 | 174 |
"""

BOOKS = """榆溪县下学期课本订购通知
一、征订数量
各校上报数量汇总如下表。
| 学段 | 学生（人） | 征订册数（册） |
| 小学 | 8200 | 73800 |
| 初中 | 4100 | 49200 |
二、有关要求
各校只能订购清单内的课本，订单须经校长签字。
"""

GAMES = """榆溪县第三届中小学生田径运动会方案
一、参赛范围
全县18所中小学各派一支队伍，每队人数控制在30人以内。
二、奖励办法
单项取前六名给奖，团体成绩排在前面的学校发给奖杯，由赛事组委会认定。
"""

RESULTS = """榕坪县田径赛成绩公布
一、比赛结果
赛事组委会认定，团体成绩第1名为榕坪县东风中学，第2名为城关小学。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "unwritten-things", {
        "nanchuan-review": NOTICE, "nanchuan-light": CHECK, "yuxi-books": BOOKS, "yuxi-games": GAMES,
        "rongping-results": RESULTS})


@pytest.mark.parametrize("question", [
    "榆溪县初中课本出自哪家出版社",  # only counts of books are written, no publisher
    "榆溪县田径赛团体成绩第1名是哪所学校",  # a plan: only the prize rule is written
])
def test_one_unit_asked_that_no_document_names_is_abstained(service: Service, question: str) -> None:
    answer = service.ask(question)
    assert answer.abstained, answer.answer


def test_the_winner_a_results_notice_names_is_answered(service: Service) -> None:
    answer = service.ask("榕坪县田径赛团体成绩第1名是哪所学校")
    assert not answer.abstained and "东风中学" in answer.answer, answer.answer


def test_a_count_of_rooms_never_answers_a_count_of_schools(service: Service) -> None:
    answer = service.ask("楠川县抽看的26所当中幼儿园占几所")  # the table counts classrooms (间), not schools
    assert answer.abstained, answer.answer
    answer = service.ask("楠川县幼儿园抽看的教室是多少间")
    assert not answer.abstained and "36" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "楠川县入围的4家书商叫什么",  # only their number is written
    "楠川县没过评议的教辅出自哪几家出版单位",  # no publisher is written at all
    "楠川县评议专家的劳务费怎么算",  # no fee is written
])
def test_a_thing_not_spelled_out_is_abstained(service: Service, question: str) -> None:
    answer = service.ask(question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize("question, named", [
    ("楠川县评议的承办单位叫什么", "第二中学"),
    ("楠川县入选县级推荐书目的3个读本叫什么", "星河笔记"),  # a list follows the count
])
def test_names_the_document_gives_are_answered(service: Service, question: str, named: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained and named in answer.answer, answer.answer


def test_the_thing_asked() -> None:
    assert asked_thing("甲县的教材出自哪几家印刷厂") == ("印刷厂", True)
    assert asked_thing("甲县验收人员的劳务费怎么算") == ("劳务费", False)
    assert asked_thing("甲县有哪些措施") == ("", False)  # measures asked: no names of things
    assert asked_thing("甲县录用时的总分是怎么算的") == ("总分", False)  # (是 links the thing to the asking)


def test_a_count_whose_items_follow_one_a_sentence_is_a_list() -> None:
    text = "全年着力抓好三个方面。一要改造旱厕。二要更新课桌。三要加装护栏。"
    assert _only_counted("方面", text) == ""
    assert _only_counted("方面", "全年着力抓好三个方面。此外还要加强宣传。") != ""
    # a later item after the counting sentence continues the list that sentence is an item of, not its own
    itemised = "（二）课桌由县里统一采购，本年度中标厂家为2家。\n（三）各校于月底前完成安装。"
    assert _only_counted("厂家", itemised) != ""
    assert _only_counted("厂家", "本年度中标厂家为2家。（一）甲木业。（二）乙家具。") == ""
