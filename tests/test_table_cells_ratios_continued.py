"""Table questions answered from the cells the question names (server/answer/lookup.py, namedcell.py,
tables.py) on documents written here: a ratio cell (`8.5:1`) read and printed as written, a row asked by its
label alone answered by its total cell with the row's other cells, a state the question says in speech
(没办完) read as the table's 未 column, a ranking by a column the question names by its everyday word
(学生 for 在校生), a table a page break splits (`表3（续）`) read as one, and a table set under no caption
named by its document's title, never `《》`."""
from __future__ import annotations

import pytest

from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.service import Service
from tests.written import service_over

# a county plan in Markdown: a target table with a ratio row, and a per-school table split over two pages
PLAN = """# 栎川县中小学数字校园建设规划（2026—2028年）

## 一、规划目标

各年度目标如下表。

表1 数字校园建设指标

| 指标 | 2025年现状 | 2026年 | 2027年 | 2028年 |
| --- | --- | --- | --- | --- |
| 建成学校（所） | 12 | 17 | 23 | 30 |
| 学生平板配备比（学生:台） | 11.5:1 | 9:1 | 7.5:1 | 5:1 |
| 教师培训（人次） | 900 | 1100 | 1300 | 1500 |

三年共投入建设资金9600万元。

## 二、学校现状

表3 各校基本情况

| 学校 | 在校生（人） | 教师（人） |
| --- | --- | --- |
| 栎川县东街小学 | 1320 | 71 |
| 栎川县南岗小学 | 860 | 48 |

（表3转下页）

表3（续）

| 学校 | 在校生（人） | 教师（人） |
| --- | --- | --- |
| 栎川县城关中学 | 1710 | 126 |
| 栎川县北塬中学 | 640 | 52 |

## 三、保障措施

所需经费由县财政逐年列支。
"""

# a bureau's annual report as a web page: count tables split by kind of applicant, headed by their section
REPORT = ("<html><head><title>桤溪县教育局2025年度行政许可工作报告</title></head><body>"
          "<h1>桤溪县教育局2025年度行政许可工作报告</h1>"
          "<h2>一、许可申请办理情况</h2>"
          "<table><tr><th>事项</th><th>个人</th><th>单位</th><th>合计</th></tr>"
          "<tr><td>民办学校设立审批</td><td>0</td><td>6</td><td>6</td></tr>"
          "<tr><td>教师资格认定</td><td>412</td><td>0</td><td>412</td></tr>"
          "<tr><td>校外培训机构登记</td><td>3</td><td>9</td><td>12</td></tr></table>"
          "<h2>二、行政复议情况</h2>"
          "<table><tr><th>类型</th><th>维持</th><th>撤销</th><th>未办结</th><th>合计</th></tr>"
          "<tr><td>复议申请</td><td>2</td><td>1</td><td>3</td><td>6</td></tr></table>"
          "<h2>三、学校配备情况</h2>"
          "<table><tr><th>学校</th><th>在校生（人）</th><th>生师比</th></tr>"
          "<tr><td>桤溪县实验小学</td><td>2210</td><td>17.5:1</td></tr>"
          "<tr><td>桤溪县槐荫小学</td><td>930</td><td>14:1</td></tr>"
          "<tr><td>桤溪县第三中学</td><td>1480</td><td>12.5:1</td></tr></table>"
          "</body></html>")

# a notice as plain text whose only table stands under no caption and no heading
NOTICE = """椑坪市2026年市直高中自主招生名额公布

经研究，现将各校名额公布如下：

学校 | 招生计划（人） | 自主招生（人） | 占比
椑坪市第一高级中学 | 800 | 80 | 10.0%
椑坪市育才中学 | 600 | 48 | 8.0%
合计 | 1400 | 128 | 9.1%

椑坪市教育局
2026年3月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "tablecells", {
        "liichuan-plan.md": PLAN.encode("utf-8"), "qixi-report.html": REPORT.encode("utf-8"),
        "beiping-notice": NOTICE})


@pytest.mark.parametrize("question,said,not_said", [
    ("栎川县2027年学生平板配备比是多少", "7.5:1", "11.5:1（"),
    ("桤溪县槐荫小学生师比多少？", "14:1", "17.5:1"),
])
def test_a_ratio_cell_printed_as_written(service: Service, question: str, said: str, not_said: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(said), response.answer
    assert not_said not in response.answer


def test_an_amount_asked_never_answered_by_a_ratio_row(service: Service) -> None:
    response = service.ask("栎川县数字校园建设资金2027年要比2026年多投入多少？")
    assert ":1" not in response.answer.split("。")[0], response.answer


@pytest.mark.parametrize("question,total,parts", [
    ("桤溪县校外培训机构登记的申请有几件", "12", ("3", "9")),
    ("桤溪县教育局的民办学校设立审批有几件？", "6", ("0",)),
])
def test_a_row_asked_by_its_label_gives_its_total(service: Service, question: str, total: str,
                                                  parts: tuple[str, ...]) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(total), response.answer
    assert "count(" not in response.answer and all(p in response.answer for p in parts), response.answer


def test_a_state_said_with_mei_reads_the_wei_column(service: Service) -> None:
    response = service.ask("桤溪县的复议申请还有几件没办结？")
    assert not response.abstained and response.answer.startswith("3"), response.answer


@pytest.mark.parametrize("question,winner,figure", [
    ("栎川县哪所学校学生最多？", "城关中学", "1710"),  # its row is on the table's second part
    ("桤溪县学生最少的是哪所学校", "槐荫小学", "930"),
])
def test_a_ranking_by_the_everyday_word_for_a_column(service: Service, question: str, winner: str,
                                                     figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained and winner in response.answer.split("。")[0], response.answer
    assert figure in response.answer


def test_a_row_asked_with_its_plan_and_share(service: Service) -> None:
    response = service.ask("椑坪市育才中学自主招生给了多少人？")
    assert not response.abstained and response.answer.startswith("48"), response.answer
    assert "600" in response.answer and "8.0%" in response.answer, response.answer


def test_a_table_without_caption_named_by_the_title(service: Service) -> None:
    response = service.ask("椑坪市育才中学自主招生给了多少人？")
    assert "《》" not in response.answer and "《椑坪市2026年市直高中自主招生名额公布》" in response.answer


@pytest.mark.parametrize("text,rows", [
    # a Markdown table over two pages under its caption again with 续
    ("表2 甲表\n\n| 学校 | 班数 |\n| --- | --- |\n| 东小学 | 12 |\n\n（表2转下页）\n\n表2（续）\n\n"
     "| 学校 | 班数 |\n| --- | --- |\n| 西小学 | 9 |\n\n二、其他\n", ["东小学", "西小学"]),
    # `|` rows, the note saying it goes on only under the first part
    ("续表说明\n\n学校 | 班数 | 教师\n东小学 | 12 | 30\n接下页\n学校 | 班数 | 教师\n西小学 | 9 | 21\n",
     ["东小学", "西小学"]),
])
def test_a_table_the_page_break_splits_is_one(text: str, rows: list[str]) -> None:
    tables = find_tables("t", text, parse_sections(text, []))
    assert len(tables) == 1 and [r.cells[0].text for r in tables[0].rows] == rows
    assert [r.index for r in tables[0].rows] == list(range(len(rows)))


def test_two_tables_of_one_header_apart_stay_two() -> None:
    text = ("| 学校 | 班数 |\n| --- | --- |\n| 东小学 | 12 |\n\n二、另一部分\n\n全镇各校今年调整了班级设置，"
            "新增班级主要在城区学校，具体如下。\n\n| 学校 | 班数 |\n| --- | --- |\n| 西小学 | 9 |\n")
    assert len(find_tables("t", text, parse_sections(text, []))) == 2
