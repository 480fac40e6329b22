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
关于下达2026年中小学校舍维修改造资金的通知

各乡镇中心学校：

　　一、基本情况

　　今年全县列入校舍维修改造计划的学校共9所，按寄宿生每人250元核定，共下达维修资金47.75万元，具体分配见附件1。

　　二、工作要求

　　（一）规范资金使用。维修资金专款专用，不得挪作他用。
　　（二）加强安全管理。校舍出现墙体开裂等险情时，学校应当在4小时内向县教育局书面报告。

　　附件：1.禾渚县2026年校舍维修资金分配表
　　　　　2.校舍安全排查记录表

禾渚县教育局
2026年2月10日

附件1

禾渚县2026年校舍维修资金分配表

序号　单位　　　　　　　　寄宿生数（人）　维修资金（万元）
1　　县直学校（3所）　　　620　　　　　　　15.50
2　　柘塘镇中心学校　　　　540　　　　　　　13.50
3　　芦湾乡中心学校　　　　410　　　　　　　10.25
4　　杉口乡中心学校　　　　340　　　　　　　8.50
　　合计　　　　　　　　　1,910　　　　　　47.75
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
    return service_over(tmp_path_factory, "table-checks", {"hezhu-repair-notice": NOTICE,
                                                           "hezhu-accounts": ACCOUNTS})


def test_the_title_line_over_an_attachment_table_is_its_caption(service):
    table = service.index.documents["hezhu-repair-notice"].tables[0]
    assert table.caption == "禾渚县2026年校舍维修资金分配表"


@pytest.mark.parametrize("question, value, unit", [
    ("禾渚县芦湾乡中心学校今年能拿到多少校舍维修资金？", 10.25, "万元"),
    ("禾渚县杉口乡中心学校寄宿生有多少？", 340, "人"),
])
def test_a_named_row_answers_with_its_cell_of_the_column_asked(service, question, value, unit):
    r = service.ask(question)
    assert first_figure(r) == (value, unit), r.answer
    assert any("分配表" in c.section or "分配表" in r.answer for c in r.citations) or "分配表" in r.answer


def test_a_row_the_table_does_not_have_is_not_answered_by_another_row(service):
    r = service.ask("禾渚县桂溪镇中心学校能拿到多少校舍维修资金？")
    assert not any(f.value in (15.5, 13.5, 10.25, 8.5, 47.75) for f in r.figures), r.answer


@pytest.mark.parametrize("question, unit, cell, refused", [
    ("禾渚县学校发现校舍险情后要在多长时间内上报？", "人", True, True),  # a time asked: a count is no time
    ("禾渚县学校发现校舍险情后要在多长时间内上报？", "", False, True),  # … nor a number alone in a sentence
    ("禾渚县学校发现校舍险情后要在多长时间内上报？", "小时", False, False),
    ("禾渚县芦湾乡中心学校今年能拿到多少校舍维修资金？", "人", True, True),  # money asked: a count of boarders
    ("禾渚县芦湾乡中心学校今年能拿到多少校舍维修资金？", "所", True, True),  # … or of schools is no amount
    ("禾渚县芦湾乡中心学校今年能拿到多少校舍维修资金？", "", False, True),
    ("禾渚县芦湾乡中心学校今年能拿到多少校舍维修资金？", "", True, False),  # a cell's unit may be its header's
    ("禾渚县芦湾乡中心学校今年能拿到多少校舍维修资金？", "元", True, False),
    ("禾渚县校舍维修资金较去年增长了百分之几？", "%", False, False),  # money's growth is answered by a share
    ("禾渚县按寄宿生人数分配校舍维修资金有没有违反规定？", "人", False, False),  # no amount asked: a rule's count
])
def test_the_kind_asked_refuses_a_figure_of_another_kind(service, question, unit, cell, refused):
    from server.answer.verify import _unit_conflict
    assert _unit_conflict(service.analyse(question), unit, cell) is refused


def test_a_table_of_another_year_does_not_answer_the_year_asked(service):
    r = service.ask("禾渚县教育局2027年预算一共多少？")  # the 2025 决算 table's 预算数 column summed
    assert not any(f.value in (26600, 26690) for f in r.figures), r.answer
    r = service.ask("禾渚县教育局2025年小学教育决算数是多少？")
    assert first_figure(r)[0] == 14350, r.answer
