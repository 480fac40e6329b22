"""Everyday asks whose answer is a document's rule or survey figure, read through server/lexicon/plain_words.tsv and
synonyms.tsv (real ingest, Service.ask; a document written here): paying asked as 出钱 (a fee rule), a score thought
wrong (分数打错: 成绩有异议, answered by the review procedure), how people judged an event (评价咋样: its 满意率),
never a count of the event's schools; the worst case of a graded emergency (情况最危险: 一级) and its reporting time."""
import pytest

from server.service import Service
from tests.written import service_over

FESTIVAL = """槐岭区2031年中小学艺术节实施方案
一、经费保障
艺术节所需经费由区教育局统筹安排，参演学生及其家长无须缴纳任何费用。
二、评分办法
比赛成绩当场公布，参赛学校对比赛成绩有异议，可在2日内向组委会书面申请复查。
三、观摩安排
各校可安排家长代表到场观摩艺术节展演，每校家长代表不超过20人。
四、活动反馈
活动期间，全区有41所学校组织学生观演。
艺术节结束后共收回观众问卷2100份，满意率为95.2%。
五、安全预案
现场突发事件按严重程度分为两级：一级须在2小时内报告区教育局；二级由带队教师在12小时内报告本校。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "colloquial-rules", {"huailing-arts-festival-2031": FESTIVAL})


def test_paying_asked_in_everyday_words_is_the_fee_rule(service: Service) -> None:
    answer = service.ask("槐岭区艺术节观演要家长出钱吗")
    assert not answer.abstained and "无须缴纳" in answer.answer, answer.answer


def test_a_score_thought_wrong_is_answered_by_the_review(service: Service) -> None:
    answer = service.ask("槐岭区参赛学校认为分数打错了，该怎么处理")
    assert not answer.abstained and "申请复查" in answer.answer, answer.answer


def test_how_people_judged_an_event_is_never_a_count_of_its_schools(service: Service) -> None:
    answer = service.ask("槐岭区观众对艺术节评价咋样")
    assert answer.answer.startswith("95.2%") and "41所" not in answer.answer, answer.answer


def test_the_worst_case_asked_in_everyday_words_is_the_first_levels_time(service: Service) -> None:
    answer = service.ask("槐岭区学生一旦情况最危险，最晚多少小时内要往上报")
    assert not answer.abstained and answer.answer.startswith("2小时"), answer.answer
