"""Verdicts the evidence decides and asks it cannot answer, on a document written here (real ingest, real model,
Service.ask): a value reached judged against the rule its own sentence sets (不少于3次 … 实际2次); things asked
whether they meet a standard, from the 达标率 reported (below 100%: not all do); a time of day the question states
against a clock bar (不得晚于18:30), the document's own report of the case cited; a verdict sentence's figures in
Chinese numerals shown in digits too. A group the document never names within the whole it counts, a count of
people answered by no amount of money, and one group's satisfaction never another's: abstained."""
import pytest

from server.service import Service
from tests.written import service_over

REPORT = """岱山县2025年秋季学期学校管理情况
岱山县教育局
2025年12月1日
一、体育社团
按要求各校每周开展体育社团活动不少于3次，本学期城区学校实际每周开展2次。
二、饮水设施
全县中小学饮水设施达标率为92.5%，2026年前完成全部改造。
三、课后托管
课后托管服务结束时间不得晚于18:30。抽查发现一所学校托管服务结束时间为19:00，已要求整改。
四、学生资助
本年度共资助建档立卡学生5230人，其中寄宿生1320人。普通高中国家助学金每生每年1500元。
五、问卷调查
调查显示学生对课后服务满意度为百分之九十，家长满意度为百分之八十六。
六、心理健康
全县中小学心理健康教师配备率仅为百分之六十八，低于规定的百分之八十。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "verdicts-rules-unsaid", {"daishan-report-2025": REPORT})


def test_a_value_reached_against_the_rule_of_its_own_sentence(service: Service) -> None:
    answer = service.ask("岱山县体育社团活动次数够不够要求？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标") and "不够" in answer.answer, answer.answer
    assert "2次" in answer.answer and "3次" in answer.answer, answer.answer
    assert any(f.formula for f in answer.figures), answer.figures


def test_things_meeting_a_standard_read_from_their_rate(service: Service) -> None:
    answer = service.ask("岱山县中小学饮水设施达标了吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标") and "92.5%" in answer.answer and "100%" in answer.answer, answer.answer


@pytest.mark.parametrize("question, verdict", [("岱山县一所傍晚7点才结束托管的学校合规吗", "不合规"),
                                               ("岱山县一所下午6点结束课后托管的学校合规吗", "合规")])
def test_a_time_of_day_against_a_clock_bar(service: Service, question: str, verdict: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(verdict) and "18:30" in answer.answer, answer.answer
    assert answer.figures and answer.figures[0].formula, answer.figures


def test_the_documents_own_report_of_the_case_is_cited(service: Service) -> None:
    answer = service.ask("岱山县一所傍晚7点才结束托管的学校合规吗")
    assert any("19:00" in c.text for c in answer.citations), answer.citations


def test_a_verdict_sentences_worded_figures_in_digits(service: Service) -> None:
    answer = service.ask("岱山县心理健康教师配备率达标了吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标") and "68%" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["岱山县资助的建档立卡学生里孤儿有多少人？",  # a group the document never names
                                      "岱山县普通高中今年招了多少新生？",  # people asked, money per one stated
                                      "岱山县教师对课后服务的满意度是多少"])  # pupils' and parents' stated
def test_asks_the_document_does_not_answer(service: Service, question: str) -> None:
    answer = service.ask(question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize("question, figure", [("岱山县本年度共资助建档立卡学生多少人？", "5230人"),
                                              ("岱山县家长满意度是多少", "百分之八十六")])
def test_the_whole_and_the_group_stated_still_answer(service: Service, question: str, figure: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained and answer.answer.startswith(figure), answer.answer
