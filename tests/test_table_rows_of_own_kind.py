"""A table row read in the cells of the kind asked when its headers, not its cells, say the kind: a per-school
list of bare numbers (`人数 | 标准（元/生/年） | 金额（元）`) asked `受助多少人、金额多少` answers the 人数 cell and the
金额 cell, each for its own ask; such a list set with no caption of its own is the one its document's title names
(a 资助 公示 asked of a school's 补助标准). A note giving one numbered item's unit (`第4项单位为万元`) is that row's
unit, not the table's: the other rows' cells, counted in the unit their target cell writes (`900人次`), are
not money. Documents written here: a web page's <table> under a title, a Markdown list, a text report with
`|` rows, a Word-like one-cell table in text."""
from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.service import Service
from tests.written import service_over

_AID_ROWS = [["学校", "人数", "标准（元/生/年）", "金额（元）"],
             ["荇川区第一中学", "284", "2000", "568000"],
             ["荇川区职业技术学校", "351", "2000", "702000"],
             ["菰城初级中学", "163", "1250", "203750"],
             ["萩塘小学", "118", "1000", "118000"],
             ["合计", "916", "—", "1591750"]]
_AID_BODY = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _AID_ROWS)
AID_PAGE = ("<html><head><title>荇川区2025年秋季学期资助金分配名单公示</title></head><body>"
            "<h1>荇川区2025年秋季学期资助金分配名单公示</h1>"
            "<p>经学校初审、区资助中心复核，本学期全区受助学生916人，下达资金159.18万元。</p>"
            f"<table>{_AID_BODY}</table>"
            "<p>说明：高中段为国家助学金项目，义务教育段为寄宿生提供生活补助，标准是小学1000元/生/年、初中1250元/生/年。</p>"
            "<p>公示期5个工作日。</p></body></html>")

GRANTS = """# 苕溪县2025年乡村教师补助发放明细

## 一、发放情况

本年度向各乡村学校在岗教师发放补助。

| 学校 | 受补助教师数 | 月标准（元/人） | 全年金额（元） |
| --- | --- | --- | --- |
| 苕溪县云岭中学 | 42 | 500 | 252000 |
| 苕溪县石门小学 | 27 | 400 | 129600 |
| 苕溪县竹坞小学 | 18 | 400 | 86400 |

## 二、下一步

继续按时足额发放。
"""

PROGRESS = """苕溪县教育局2026年上半年民生项目进度
一、项目进度
序号 | 项目 | 年度目标 | 一季度完成 | 二季度完成 | 上半年累计 | 完成率
1 | 增加公办园学位 | 1200个 | 300 | 420 | 720 | 60.0%
2 | 校园食堂升级改造 | 16所 | 2 | 5 | 7 | 43.8%
3 | 班主任专题培训 | 900人次 | 260 | 380 | 640 | 71.1%
4 | 乡村教师补助发放 | 860万元 | 200 | 230 | 430 | 50.0%
注：完成率＝上半年累计÷年度目标；第4项单位为万元。
二、下半年安排
加快食堂改造进度。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-own-kind", {"xingchuan-aid.html": AID_PAGE.encode("utf-8"),
                                                           "tiaoxi-grants.md": GRANTS.encode("utf-8"),
                                                           "tiaoxi-progress": PROGRESS})


@pytest.mark.parametrize("question,people,money", [
    ("荇川区职业技术学校受助多少人、金额多少？", 351, 702000),
    ("苕溪县云岭中学补助了多少名教师，全年多少钱？", 42, 252000),
])
def test_each_ask_reads_the_cell_its_header_says_is_of_that_kind(service: Service, question: str, people: int,
                                                                  money: int) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    values = [f.value for f in response.figures]
    assert people in values and money in values, response.answer


def test_a_list_without_a_caption_is_the_one_its_title_names(service: Service) -> None:
    # 补助 is not in the row's headers; the title's 资助 is near it: the standard cell answers
    response = service.ask("菰城初级中学学生的补助标准为多少")
    assert not response.abstained and response.answer.startswith("1250"), response.answer


@pytest.mark.parametrize("question,figure", [
    ("苕溪县班主任专题培训二季度完成了多少人次", "380"),
    ("苕溪县食堂改造一季度完成了几所", "2"),
])
def test_a_row_asked_by_a_period_column_is_not_taken_as_money(service: Service, question: str, figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(figure), response.answer
    assert "万元" not in response.answer.split("。")[0], response.answer


def test_an_items_unit_note_is_that_rows_unit_only() -> None:
    text = clean(PROGRESS)
    table = find_tables("p", text, parse_sections(text, []))[0]
    units = {r.cells[1].text: {c.unit for c in r.cells[3:6]} for r in table.rows}
    assert units["乡村教师补助发放"] == {"万元"}
    assert units["班主任专题培训"] == {""} and units["增加公办园学位"] == {""}
    # a cell writing its own unit takes none beside it
    assert all(not c.unit for r in table.rows for c in r.cells if c.text.endswith(("个", "所", "人次")))
