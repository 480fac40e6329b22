"""Verdicts the evidence decides and asks it cannot answer, on a document written here (real ingest, real model,
Service.ask): a value reached judged against the rule its own sentence sets (至少4次 … 实际3次); things asked
whether they meet a standard, from the 达标率 reported (below 100%: not all do); a time of day the question states
against a clock bar (不得晚于20:30), the document's own report of the case cited; a verdict sentence's figures in
Chinese numerals shown in digits too. A group the document never names within the whole it counts, a count of
people answered by no amount of money, and one group's satisfaction never another's: abstained."""
import pytest

from server.service import Service
from tests.written import service_over

REPORT = """岱山县2025年义务教育控辍保学和学生资助工作情况
岱山县教育局
2025年12月1日
一、送教上门
为32名重度残疾儿童提供送教上门服务，规定每月送教至少4次，全年实际平均每月送教3次。
二、校园设施
2025年全县中小学食堂明厨亮灶达标率为92.5%，2026年底前全部完成改造。
三、校外培训
线下学科类培训结束时间不得晚于20:30。检查中发现一家机构晚间课程结束时间为21:05，已责令整改。
四、学生资助
全县共认定家庭经济困难学生5230人，其中低保家庭学生1320人、残疾学生210人。中职国家助学金2000元/生/年。
五、满意度调查
问卷显示家长满意度为百分之九十一，学生对课后服务满意度为百分之八十五。
六、实验教学
初中理化生分组实验开出率仅为百分之八十二，低于规定的百分之九十五。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "verdicts-rules-unsaid", {"daishan-report-2025": REPORT})


def test_a_value_reached_against_the_rule_of_its_own_sentence(service: Service) -> None:
    answer = service.ask("岱山县送教上门次数够不够要求？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标") and "不够" in answer.answer, answer.answer
    assert "3次" in answer.answer and "4次" in answer.answer, answer.answer
    assert any(f.formula for f in answer.figures), answer.figures


def test_things_meeting_a_standard_read_from_their_rate(service: Service) -> None:
    answer = service.ask("岱山县2025年食堂明厨亮灶达标了吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标") and "92.5%" in answer.answer and "100%" in answer.answer, answer.answer


@pytest.mark.parametrize("question, verdict", [("岱山县一家晚上9点05分才下课的学科类机构合规吗", "不合规"),
                                               ("岱山县一家晚上8点10分下课的学科类培训机构合规吗", "合规")])
def test_a_time_of_day_against_a_clock_bar(service: Service, question: str, verdict: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(verdict) and "20:30" in answer.answer, answer.answer
    assert answer.figures and answer.figures[0].formula, answer.figures


def test_the_documents_own_report_of_the_case_is_cited(service: Service) -> None:
    answer = service.ask("岱山县一家晚上9点05分才下课的学科类机构合规吗")
    assert any("21:05" in c.text for c in answer.citations), answer.citations


def test_a_verdict_sentences_worded_figures_in_digits(service: Service) -> None:
    answer = service.ask("岱山县初中分组实验开出率达标了吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标") and "82%" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["岱山县认定的困难学生里孤儿有多少人？",  # a group the document never names
                                      "岱山县中职学校今年招了多少新生？",  # people asked, money per one stated
                                      "岱山县教师对学校的满意度是多少"])  # parents' and pupils' stated
def test_asks_the_document_does_not_answer(service: Service, question: str) -> None:
    answer = service.ask(question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize("question, figure", [("岱山县认定的家庭经济困难学生有多少人？", "5230人"),
                                              ("岱山县家长满意度是多少", "百分之九十一")])
def test_the_whole_and_the_group_stated_still_answer(service: Service, question: str, figure: str) -> None:
    answer = service.ask(question)
    assert not answer.abstained and answer.answer.startswith(figure), answer.answer
