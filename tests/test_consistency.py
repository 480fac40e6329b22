"""Whether two documents of one place state the same figure (server/answer/consistency.py): a plan's
table cell against a speech in Chinese numerals, a bulletin's count against a summary's 万 figure, a
restatement the first lookup of a document misses. Documents and places invented here; a real Service."""
from __future__ import annotations

import pytest

from figures.numbers import parse_number
from server.answer.consistency import agree, figure_asked
from server.service import Service
from tests.written import service_over

PLAN = """栎桥县“十五五”学前教育发展规划
一、主要指标
| 指标 | 2025年现状 | 2030年目标 |
| 学前三年毛入园率（%） | 91.4 | 95 |
| 普惠性幼儿园覆盖率（%） | 88.0 | 92 |
二、主要任务
新建公办幼儿园4所，改扩建6所。
"""

SPEECH = """在栎桥县教育系统年度会议上的讲话
同志们：
回顾这一年，学前三年毛入园率已升至百分之九十一点四，普惠性幼儿园覆盖率也升至百分之八十八。
今年还要新建四所公办幼儿园。
"""

BULLETIN = """蓼沟县2025年教育事业统计公报
普通高中6所；普通高中在校生12460人，较上年多380人。初中在校生21770人。
"""

SUMMARY = """蓼沟县教育局2025年工作总结
一年来，普通高中在校生达1.31万人，新建高中学生宿舍两栋；初中在校生约2.18万人。
"""

# a lookup of the notice alone reads its post table's first cell; its opening sentence restates the total
POINTS = """榆坂县教育局2026年工作要点
三、队伍建设
全年通过公开招聘补充教师五十二名，幼儿园教师占十名。
"""

NOTICE = """榆坂县2026年中小学教师公开招聘公告
为补充教师队伍，报县人社局核准，县教育局计划招聘在编教师52名，具体事项如下。
一、招聘岗位
| 岗位 | 学段 | 人数 |
| 语文教师 | 小学 | 14 |
| 数学教师 | 初中 | 9 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "consistency",
                        {"liqiao-plan": PLAN, "liqiao-speech": SPEECH, "liaogou-bulletin": BULLETIN,
                         "liaogou-summary": SUMMARY, "yuban-points": POINTS, "yuban-notice": NOTICE})


def test_a_table_cell_and_a_figure_in_words_agree(service: Service) -> None:
    response = service.ask("栎桥县局长讲话与规划中写的学前三年毛入园率是否相同？")
    assert not response.abstained, response.answer
    assert response.answer.startswith("一致"), response.answer
    assert {c.doc_id for c in response.citations} >= {"liqiao-plan", "liqiao-speech"}, response.citations


def test_a_count_and_a_rounded_figure_that_differ(service: Service) -> None:
    response = service.ask("蓼沟县统计公报跟工作总结里普通高中在校生人数是否一致")
    assert not response.abstained, response.answer
    assert response.answer.startswith("不一致"), response.answer
    assert "12460" in response.answer and "1.31万人" in response.answer, response.answer


def test_a_rounded_figure_agrees_at_its_own_precision(service: Service) -> None:
    response = service.ask("两份蓼沟县的材料里初中在校生数字对得上吗")
    assert response.answer.startswith("一致"), response.answer


def test_a_restatement_missed_by_the_first_lookup_is_found(service: Service) -> None:
    response = service.ask("榆坂县要点中提的招聘人数与招聘公告相符吗？")
    assert response.answer.startswith("一致"), response.answer
    assert "五十二名" in response.answer and "52名" in response.answer, response.answer


def test_two_things_of_one_document_are_not_two_documents(service: Service) -> None:
    response = service.ask("栎桥县的普惠性幼儿园覆盖率跟学前三年毛入园率是否一样")
    assert not response.answer.startswith(("一致", "不一致")), response.answer


@pytest.mark.parametrize(("question", "thing"), [
    ("栎桥县局长讲话与规划中写的学前三年毛入园率是否相同？", "学前三年毛入园率"),
    ("新建公办幼儿园几所？栎桥县这两份材料说法是否一致？", "新建公办幼儿园几所"),
    ("栎桥县托育总结跟统计公报上写的在园幼儿数相符吗", "在园幼儿数"),
    # the place by its short name (栎桥 for 栎桥县) is no part of the thing
    ("栎桥局长讲话里的在园幼儿数和统计公报对得上吗", "在园幼儿数"),
])
def test_the_thing_compared_is_the_question_less_its_documents(question: str, thing: str) -> None:
    titles = ["栎桥县2025年教育事业统计公报", "栎桥县2025年托育服务工作总结"]
    assert figure_asked(question.replace("？", "?"), ["栎桥县"], titles) == thing


@pytest.mark.parametrize(("a", "b", "same"), [
    ("58340人", "5.83万人", True), ("58340人", "5.85万人", False), ("92.6%", "92.6%", True),
    ("1450万元", "1450万元", True), ("84名", "86名", False), ("1.26亿元", "12600万元", True),
])
def test_agreement_at_the_coarser_written_precision(a: str, b: str, same: bool) -> None:
    qa, qb = parse_number(a), parse_number(b)
    assert qa is not None and qb is not None
    assert agree(qa, qb) is same
