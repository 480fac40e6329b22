"""Answers over tables pass the checks prose answers pass: the row asked (a named school or town) is the row
cited, or the answer abstains; money asked is answered by a money cell, never a count; a time asked is never
a count; a table that names another year does not answer the year asked. Documents written here (invented
county, towns and figures), real ingest, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a notice with its attachment list and, after its signature, the attachment: a distribution table under a
# title line that carries no caption words (`…分配表`), set in columns with ideographic spaces
NOTICE = """禾渚县教育局文件

禾教发〔2026〕11号

禾渚县教育局
关于下达2026年春季学期农村学校取暖补助资金的通知

各乡镇中心学校：

　　一、基本情况

　　本学期全县纳入取暖补助的学校共9所，补助标准为每生每学期150元，共下达补助资金28.65万元，具体分配见附件1。

　　二、工作要求

　　（一）规范资金使用。补助资金专款专用，不得挪作他用。
　　（二）加强安全管理。发生煤气中毒等安全事故的，须在1小时内报告县教育局。

　　附件：1.禾渚县2026年春季学期取暖补助资金分配表
　　　　　2.取暖设施安全检查表

禾渚县教育局
2026年2月10日

附件1

禾渚县2026年春季学期取暖补助资金分配表

序号　单位　　　　　　　　在校生数（人）　补助资金（万元）
1　　县直学校（3所）　　　620　　　　　　　9.30
2　　柘塘镇中心学校　　　　540　　　　　　　8.10
3　　芦湾乡中心学校　　　　410　　　　　　　6.15
4　　杉口乡中心学校　　　　340　　　　　　　5.10
　　合计　　　　　　　　　1,910　　　　　　28.65
"""

# a 决算 table of one year: its figures are that year's, not the next year's budget
ACCOUNTS = """禾渚县教育局2025年度部门决算说明
禾渚县教育局
2026年8月
一、收入支出决算总体情况
2025年度收入总计36,400.00万元，支出总计36,120.00万元。
表1 2025年度一般公共预算财政拨款支出决算表（单位：万元）
| 项目 | 预算数 | 决算数 |
| --- | --- | --- |
| 学前教育 | 2,600.00 | 2,580.00 |
| 小学教育 | 14,200.00 | 14,350.00 |
| 初中教育 | 9,800.00 | 9,760.00 |
| 合计 | 26,600.00 | 26,690.00 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-checks", {"hezhu-heating-notice": NOTICE,
                                                           "hezhu-accounts": ACCOUNTS})


def test_the_title_line_over_an_attachment_table_is_its_caption(service):
    table = service.index.documents["hezhu-heating-notice"].tables[0]
    assert table.caption == "禾渚县2026年春季学期取暖补助资金分配表"


@pytest.mark.parametrize("question, value, unit", [
    ("禾渚县芦湾乡中心学校春季学期分到多少取暖补助资金？", 6.15, "万元"),
    ("禾渚县杉口乡中心学校有多少在校生？", 340, "人"),
])
def test_a_named_row_answers_with_its_cell_of_the_column_asked(service, question, value, unit):
    r = service.ask(question)
    assert first_figure(r) == (value, unit), r.answer
    assert any("分配表" in c.section or "分配表" in r.answer for c in r.citations) or "分配表" in r.answer


def test_a_row_the_table_does_not_have_is_not_answered_by_another_row(service):
    r = service.ask("禾渚县桂溪镇中心学校分到多少取暖补助资金？")
    assert not any(f.value in (9.3, 8.1, 6.15, 5.1, 28.65) for f in r.figures), r.answer


@pytest.mark.parametrize("question, unit, cell, refused", [
    ("禾渚县学校发生煤气中毒多久之内要报告？", "人", True, True),  # a time asked: a count is no time
    ("禾渚县学校发生煤气中毒多久之内要报告？", "", False, True),  # … nor a number alone in a sentence
    ("禾渚县学校发生煤气中毒多久之内要报告？", "小时", False, False),
    ("禾渚县芦湾乡中心学校分到多少取暖补助资金？", "人", True, True),  # money asked: a count of pupils
    ("禾渚县芦湾乡中心学校分到多少取暖补助资金？", "所", True, True),  # … or of schools is no amount
    ("禾渚县芦湾乡中心学校分到多少取暖补助资金？", "", False, True),
    ("禾渚县芦湾乡中心学校分到多少取暖补助资金？", "", True, False),  # a cell's unit may be its header's
    ("禾渚县芦湾乡中心学校分到多少取暖补助资金？", "元", True, False),
    ("禾渚县取暖补助资金比上年增长多少？", "%", False, False),  # money's growth is answered by a share
    ("禾渚县取暖补助资金的核定是否符合要求？", "人", False, False),  # no amount asked: a rule's count
])
def test_the_kind_asked_refuses_a_figure_of_another_kind(service, question, unit, cell, refused):
    from server.answer.verify import _unit_conflict
    assert _unit_conflict(service.analyse(question), unit, cell) is refused


def test_a_table_of_another_year_does_not_answer_the_year_asked(service):
    r = service.ask("禾渚县教育局2027年预算一共多少？")  # the 2025 决算 table's 预算数 column summed
    assert not any(f.value in (26600, 26690) for f in r.figures), r.answer
    r = service.ask("禾渚县教育局2025年小学教育决算数是多少？")
    assert first_figure(r)[0] == 14350, r.answer
