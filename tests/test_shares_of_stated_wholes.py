"""Shares of a whole the question names by its topic and a 总 noun (`督导总次数`, `教师总人数`, `资金总额`), the
document stating it as a total (`共开展挂牌督导1480次`, `累计投入资金5000万元`); and a defined rate the report
states (`整改率为89.5%`) quoted with its sentence, never a table's neighbouring count. Documents written here."""
from __future__ import annotations

import pytest

from tests.written import first_figure, service_over

SUPERVISION = """某区2024年秋季学期挂牌督导工作通报
一、总体情况
本学期，责任督学共开展挂牌督导1200次，其中随机督导900次、专项督导300次，发现问题250个，已整改230个，整改率为92.0%，较上学期提高3.5个百分点。
二、各校督导情况
| 序号 | 学校 | 督导次数 | 发现问题 |
| --- | --- | --- | --- |
| 1 | 第一中学 | 12 | 3 |
| 2 | 第二小学 | 10 | 2 |
"""
TEACHERS = """博野县2024年教师队伍建设情况
一、队伍规模
全县共有中小学专任教师2000人，其中县级以上骨干教师300人、高级职称教师450人。
"""
FUNDS = """蠡县2024年学生资助工作总结
一、资金投入
全年累计投入学生资助资金5000万元，其中省级资金1200万元、县级资金800万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "wholes", {"supervision": SUPERVISION, "teachers": TEACHERS,
                                                     "funds": FUNDS})


@pytest.mark.parametrize("question, figure", [
    ("某区本学期挂牌督导中，随机督导占督导总次数的百分之多少？", 75.0),  # 900 ÷ 1200
    ("博野县骨干教师占专任教师总人数的比例是多少？", 15.0),  # 300 ÷ 2000
    ("蠡县省级资金占资助资金总额的比重是多少？", 24.0),  # 1200 ÷ 5000
])
def test_a_share_of_the_total_the_document_states(service, question, figure):
    r = service.ask(question)
    assert first_figure(r) == (figure, "%"), r.answer


def test_a_defined_rate_the_report_states_is_quoted_with_its_sentence(service):
    r = service.ask("某区2024年秋季学期挂牌督导发现问题的整改率是多少？")
    assert not r.abstained and "92.0%" in r.answer and "3.5个百分点" in r.answer, r.answer
    assert all(c.doc_id == "supervision" for c in r.citations)
