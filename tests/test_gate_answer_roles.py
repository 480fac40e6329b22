"""An answer's figure must have the role the question asks, else an abstention: a year a span of another sentence
names does not date a figure stated without one; money of another kind (built once, run every year) never
answers for the other; a rate of something else never stands for a share of money; a passage ranking nothing
does not say which one is first; an act negated with an adverb between (尚未全部纳入) is answered no; a table
whose caption shares only a year with the question is not what it counts."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

RESULTS = """菰湾县2025年义务教育督导评估报告
一、基本情况。全县有小学26所、初中9所。
二、主要成绩。一是就学机会更加公平，适龄儿童入学率达到99.6%；二是校舍面貌明显改观，近三年共改造薄弱学校14所；三是师资结构不断优化，现有骨干教师（县级）310名。
三、存在问题。城区个别学校仍有超大班额。
菰湾县政府督学办公室
2025年12月10日
"""

SUMMARY = """蘅岭县教育局2026年工作总结
一、主要工作。过去两年建成的智慧教室已全部投入使用。全县中小学图书馆藏书达到126万册，生均藏书41册。
二、经费保障。蘅岭第五小学为新建项目，设计24个班，总投资8600万元。鹤鸣幼儿园扩建项目工程造价1350万元。
三、宿舍建设。今年新建周转房共210套，入住教师的保障率从上年的64%提升至82%以上。全员培训覆盖率为96%。
四、布局调整。2026年在全县12所乡村学校建设塑胶运动场。荷塘小学和柳湾小学有空余教室，共计空余教室15间。
五、保障机制。乡村教师交通补贴尚未全部纳入县本级部门预算。校园安保经费未能列入专项转移支付。
蘅岭县教育局
2026年12月20日
"""

STATISTICS = """苘塘县2024年教育统计数据简报
2024年末，苘塘县各类学校总数为85所，较上年少3所。
表2 2022—2024年全县专任教师和生师比
年份 | 专任教师(人) | 小学生师比 | 初中生师比
2022 | 5210 | 16.1 | 12.9
2023 | 5290 | 15.8 | 12.6
2024 | 5360 | 15.5 | 12.3
苘塘县教育局
2025年3月18日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "answer-roles", {"guwan-supervision-2025": RESULTS,
                                                             "hengling-summary-2026": SUMMARY,
                                                             "qingtang-bulletin-2024": STATISTICS})


@pytest.mark.parametrize("question", ["菰湾县2024年适龄儿童入学率是多少？",
                                      "蘅岭县2025年中小学图书馆藏书有多少册？"])
def test_a_span_named_in_another_sentence_does_not_date_the_figure(service: Service, question: str) -> None:
    r = service.ask(question)
    assert r.abstained, r.answer


@pytest.mark.parametrize(("question", "value"), [("菰湾县2025年适龄儿童入学率是多少？", "99.6%"),
                                                 ("菰湾县近三年改造了多少所薄弱学校？", "14所")])
def test_the_documents_own_year_and_the_span_still_answer(service: Service, question: str, value: str) -> None:
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.answer.startswith(value), r.answer


@pytest.mark.parametrize("question", ["蘅岭第五小学每年的运行经费是多少？", "鹤鸣幼儿园一年的运转经费要多少钱？"])
def test_money_to_build_never_answers_money_to_run(service: Service, question: str) -> None:
    r = service.ask(question)
    assert r.abstained, r.answer
    assert "8600万元。" not in r.answer and "1350万元。" not in r.answer


def test_money_to_build_asked_is_answered(service: Service) -> None:
    r = service.ask("蘅岭第五小学项目总投资为多少？")
    assert not r.abstained, r.answer
    assert r.answer.startswith("8600万元"), r.answer


@pytest.mark.parametrize("question", ["蘅岭县周转房项目省级拨付多少资金，占几成？",
                                      "蘅岭县培训教师的经费中市财政出了多少钱，占多大比例？"])
def test_a_rate_of_something_else_is_no_share_of_money(service: Service, question: str) -> None:
    r = service.ask(question)
    assert r.abstained, r.answer
    assert not r.answer.startswith(("82%", "96%")), r.answer


@pytest.mark.parametrize("question", ["蘅岭县这12所学校中哪一所运动场建得最多？", "蘅岭县哪所小学空余教室最多？",
                                      "蘅岭县哪所乡村学校的塑胶运动场最大？"])
def test_which_is_first_is_not_answered_by_a_passage_ranking_nothing(service: Service, question: str) -> None:
    r = service.ask(question)
    assert r.abstained, r.answer


@pytest.mark.parametrize(("question", "word"), [("蘅岭县乡村教师交通补贴有没有纳入县本级部门预算？", "没有"),
                                                ("蘅岭县校园安保经费是否列入专项转移支付？", "否")])
def test_an_act_negated_with_an_adverb_between_is_answered_no(service: Service, question: str, word: str) -> None:
    r = service.ask(question)
    assert r.answer.startswith(f"{word}。"), r.answer


def test_a_table_sharing_only_a_year_with_the_question_is_not_counted(service: Service) -> None:
    r = service.ask("苘塘县2024年末共计有多少所学校？")
    assert not r.abstained, r.answer
    assert r.answer.startswith("85所"), r.answer
