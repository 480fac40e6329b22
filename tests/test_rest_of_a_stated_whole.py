"""The rest of a whole a document states with one of its parts, and several things asked together, on documents
written here (real ingest, Service.ask): the other member of an exhaustive pair (兼职 of `N名…中专职M人`) is whole −
the member stated, and the part of a member a negated quality leaves (非普惠性民办) is whole − the other member − the
qualified part; a multi-year amount less the year a question takes out of it is whole − that year's part; grades run
together or listed, each asked in 个 (`各有几个`), are each answered in 所 by the sentence counting the thing in 所 —
never refused for the counter, never one grade for all; the contacts of two documents of one place asked together
are each document's own; a sum across places one of whose documents lacks its operand abstains, the operand found
shown."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

PALACES = """枫林县乡村学校少年宫建设评估报告
枫林县教育局
2026年2月
一、基本情况
2025年底，全县共有乡村学校少年宫15所，开设活动项目112个。
二、评估结果
评估实行百分制。15所少年宫中，评为优秀6所、良好5所、一般4所，平均得分84.2分。
三、存在问题
（一）辅导力量偏弱。130名辅导教师中专职人员仅22人，舞蹈、书法类项目多由其他学科教师兼任。
（二）经费保障不足。部分少年宫运行经费依赖学校公用经费。
"""

SCIENCE = """枫林县中小学科学教育提升行动方案（2026—2028年）
枫林县教育局
2026年1月
一、现状
2025年底，枫林县共有中小学33所，其中小学24所、初中9所。
二、保障措施
县财政三年安排专项资金960万元，其中2026年320万元，主要用于实验室改造和科学教师培训。
三、联系方式
县教育局基础教育股联系人孟书远，电话6612408。
"""

PE_EXAM = """枫林县2026年初中学业水平体育与健康考试实施方案
枫林县教育局
2026年3月
一、考试项目
体育考试总分50分，其中过程性评价10分、现场考试40分。
二、其他事项
联系人：韩若溪，联系电话：6607315。
"""


FEES = """枫林县2025年学前教育收费专项检查情况通报
枫林县教育局
2026年1月
一、检查范围
本次检查覆盖全县66所幼儿园，在园幼儿5200人。其中公办园30所、在园幼儿2800人，普惠性民办园24所、在园幼儿1600人，两类普惠性幼儿园合计覆盖率84.6%。
二、检查发现的问题
检查共发现12所幼儿园存在收费问题19个。
"""

HUAILING = """槐岭县中小学体育课时落实情况督查报告
槐岭县教育督导室
2026年4月
一、基本情况
本次督查随机抽查学校18所，其中小学12所、初中6所。
二、下一步工作
（一）改善场地条件。县财政将统筹安排资金，用于乡村小学运动场地改造。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rest-of-whole", {
        "fenglin-youth-palace-2025": PALACES, "fenglin-science-plan-2026": SCIENCE,
        "fenglin-preschool-fees-2025": FEES, "fenglin-pe-exam-plan-2026": PE_EXAM,
        "huailing-pe-inspection-2026": HUAILING})


def test_the_other_member_of_a_pair_is_the_whole_less_the_member_stated(service):
    answer = service.ask("枫林县少年宫兼职辅导教师有多少人")
    assert first_figure(answer) == (108, "人"), answer.answer
    assert "130" in answer.answer and "22" in answer.answer, answer.answer


def test_a_multi_year_amount_less_the_year_taken_out(service):
    answer = service.ask("枫林县科学教育专项资金除去2026年，后两年还剩多少")
    assert first_figure(answer) == (640, "万元"), answer.answer
    assert "960" in answer.answer and "320" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["枫林县少年宫优秀良好一般各有几个", "枫林县少年宫优秀、良好、一般各有几个"])
def test_grades_asked_in_ge_are_each_answered_in_suo(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert [(f.value, f.unit) for f in answer.figures] == [(6, "所"), (5, "所"), (4, "所")], answer.answer


def test_the_whole_alone_is_still_a_lookup(service):
    answer = service.ask("枫林县科学教育专项资金一共多少")
    assert first_figure(answer) == (960, "万元"), answer.answer


def test_the_other_member_is_not_a_qualified_part_of_it(service):
    answer = service.ask("枫林县民办园在园幼儿有多少人")
    assert first_figure(answer) == (2400, "人"), answer.answer


def test_the_part_of_a_member_a_negated_quality_leaves_is_the_whole_less_both_parts_stated(service):
    answer = service.ask("枫林县非普惠性民办园在园幼儿大概多少人")
    assert first_figure(answer) == (800, "人"), answer.answer
    assert all(n in answer.answer for n in ("5200", "2800", "1600")), answer.answer


def test_a_member_stated_in_its_own_clause_is_a_lookup(service):
    answer = service.ask("枫林县公办园在园幼儿有多少人")
    assert first_figure(answer) == (2800, "人"), answer.answer


def test_each_of_two_documents_of_one_place_gives_its_own_contact(service):
    answer = service.ask("枫林县体育考试和科学教育两份文件的联系人和电话")
    assert not answer.abstained, answer.answer
    assert all(w in answer.answer for w in ("韩若溪", "6607315", "孟书远", "6612408")), answer.answer
    assert len({c.doc_id for c in answer.citations}) == 2, answer.answer


def test_a_sum_across_places_short_of_an_operand_abstains(service):
    answer = service.ask("槐岭县运动场地改造资金加上枫林县科学教育专项资金一共多少")
    assert answer.abstained, answer.answer
    assert "槐岭县" in answer.answer and "960" in answer.answer, answer.answer
