"""Whole-table questions that name a long column by its distinctive words, choose rows by a month or a
threshold in another spelling of the unit, rank by a growth rate the table states, and tables OCR'd as
lines of space-separated cells. Tables are written here in several layouts (`|` rows as DOCX/HTML/PDF
tables are rendered, one cell per line under a caption, space-separated OCR lines); the question parser
(server.answer.tables) and engine (figures.tablequery) run on ingest's own tables."""
from __future__ import annotations

import pytest

from ingest.models import Table
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import parse
from tests.tablequestions import ask, labels

# an inspection report's school-by-school table (`|` rows), closed by a weighted mean and a 差异系数 row
SCHOOLS_ROWS = """某县督导反馈意见
二、资源配置情况
表1 抽查小学资源配置主要指标情况
| 学校 | 在校生数（人） | 生均教学及辅助用房面积（㎡） | 生均体育运动场馆面积（㎡） | 生均教学仪器设备值（元） |
| --- | --- | --- | --- | --- |
| 甲镇中心小学 | 1200 | 4.9 | 6.8 | 2350 |
| 乙镇小学 | 420 | 6.3 | 11.2 | 1850 |
| 丙镇小学 | 310 | 7.1 | 12.5 | 1720 |
| 丁乡小学 | 380 | 6.0 | 10.3 | 1930 |
| 4校合计（加权平均） | 2310 | 5.6 | 8.9 | 2100 |
| 差异系数 | — | 0.109 | 0.186 | 0.082 |
三、存在问题
部分学校运动场地不足。
"""

# the same kind of table one cell per line under its caption, in m2 and 万元, with a 平均 row
SCHOOLS_CELLS = """某区督导报告
一、办学条件
表2 部分学校办学条件
学校
生均运动场馆面积（m2）
生均教学仪器设备值（万元）
东区小学
9.5
0.21
西区小学
12.0
0.18
北区小学
10.5
0.25
平均
10.7
0.21
二、问题
无。
"""

# a county's projects (a Word table rendered as `|` rows): a date column and an investment column
PROJECTS = """某县教育工作要点
五、实施教育重点项目
| 序号 | 项目 | 建设内容 | 投资（万元） | 完成时限 |
| --- | --- | --- | --- | --- |
| 1 | 第一小学迁建工程 | 新建教学楼，36个班 | 9800 | 2026年8月 |
| 2 | 第二初中宿舍楼 | 床位880个 | 3200 | 2025年8月 |
| 3 | 中心幼儿园改扩建 | 新增8个班，学位240个 | 1650 | 2025年9月 |
| 4 | 教室照明改造 | 1280间教室 | 760 | 2025年12月 |
| 5 | 智慧校园提升工程 | 录播教室15间 | 1210 | 2025年12月 |
六、保障措施
加强领导。
"""

# a statistics bulletin scanned and OCR'd: cells apart by spaces, a stated growth column
FUNDING_OCR = """某县2024年教育经费执行情况统计公告
三、生均一般公共预算教育经费增长情况
学段 2023年（元） 2024年（元） 增长率（%)
幼儿园 6120 6480 5.88
普通小学 11450 12030 5.07
普通初中 15260 16110 5.57
普通高中 16880 17420 3.20
四、生均公用经费增长情况
2024年普通小学生均公用经费2310元。
"""


def table_of(text: str) -> Table:
    tables = find_tables("doc", text, parse_sections(text))
    assert len(tables) == 1
    return tables[0]


# --- a long column named by its distinctive words; summary rows never ranked ------------------------

@pytest.mark.parametrize("question, first", [
    ("抽查的小学哪所仪器设备值最低", "丙镇小学"),
    ("哪所学校教学仪器设备值最高", "甲镇中心小学"),
    ("仪器设备值最少的是哪个学校", "丙镇小学"),
    ("运动场馆面积最大的学校是哪所", "丙镇小学"),
])
def test_a_minimum_or_maximum_by_a_column_named_by_its_own_words(question, first):
    result = ask(table_of(SCHOOLS_ROWS), question)
    assert labels(result)[0] == first
    # the weighted mean and the 差异系数 rows are statistics over the schools, not schools
    assert not {"4校合计(加权平均)", "差异系数"} & set(labels(result))
    assert result.computation is not None and len(result.computation.inputs) == 4


def test_a_minimum_in_a_cell_per_line_table_skips_its_mean_row():
    result = ask(table_of(SCHOOLS_CELLS), "哪所学校仪器设备值最低")
    assert labels(result)[:1] == ["西区小学"] and "平均" not in labels(result)


def test_words_two_columns_share_name_neither():
    # 生均 … 面积 is in two columns: no column is named, so no ranking is made up
    assert parse(table_of(SCHOOLS_ROWS), normalize("哪所学校生均面积最大", drop_space=True)) is None


# --- a threshold in another spelling of the unit ------------------------------------------------------

@pytest.mark.parametrize("text, question, expected", [
    (SCHOOLS_ROWS, "哪几所小学运动场馆生均超过10平方米", ["乙镇小学", "丙镇小学", "丁乡小学"]),
    (SCHOOLS_ROWS, "运动场馆面积低于10㎡的学校有哪些", ["甲镇中心小学"]),
    (SCHOOLS_CELLS, "哪些学校运动场馆面积超过10平方米", ["西区小学", "北区小学"]),
    (SCHOOLS_ROWS, "仪器设备值不到2000元的有哪几所", ["乙镇小学", "丙镇小学", "丁乡小学"]),
])
def test_rows_over_or_under_a_threshold_of_a_column_named_by_its_words(text, question, expected):
    result = ask(table_of(text), question)
    assert labels(result) == expected


# --- rows chosen by a month, another column added up -----------------------------------------------

@pytest.mark.parametrize("question", ["年底12月完成的项目一共投多少", "12月完成的项目投资合计多少",
                                      "2025年12月完成的项目一共投了多少"])
def test_a_sum_over_the_rows_of_one_month(question):
    result = ask(table_of(PROJECTS), question)
    assert labels(result) == ["教室照明改造", "智慧校园提升工程"]
    assert result.computation is not None and result.computation.value == 1970
    # each input is a cell of its own row
    assert [i["source"]["text"] for i in result.computation.inputs] == ["760", "1210"]


def test_a_month_of_two_years_chooses_no_rows():
    two_years = PROJECTS.replace("| 3200 | 2025年8月 |", "| 3200 | 2026年12月 |")
    query = parse(table_of(two_years), normalize("12月完成的项目一共投多少", drop_space=True))
    assert query is None or "完成时限" not in query.where


def test_a_date_column_is_never_added_up():
    query = parse(table_of(PROJECTS), normalize("完成时限一共多少", drop_space=True))
    assert query is None or "完成时限" not in query.measure


# --- a space-separated OCR table, ranked by the growth it states ------------------------------------

def test_an_ocr_table_of_space_separated_cells_is_read_as_rows():
    table = table_of(FUNDING_OCR)
    assert table.columns == ["学段", "2023年（元）", "2024年（元）", "增长率（%)"]
    assert [r.cells[0].text for r in table.rows] == ["幼儿园", "普通小学", "普通初中", "普通高中"]
    cell = table.rows[1].cells[2]
    assert (FUNDING_OCR[cell.start:cell.end], cell.unit) == ("12030", "元")


@pytest.mark.parametrize("question, first", [
    ("哪个学段生均经费涨得最快", "幼儿园"),
    ("哪个学段生均经费增幅最大", "幼儿园"),
    ("哪个学段增长最慢", "普通高中"),
])
def test_a_ranking_by_growth_reads_the_stated_growth_column(question, first):
    result = ask(table_of(FUNDING_OCR), question)
    assert labels(result)[0] == first
    assert result.query.change_from is None and result.query.measure == ["增长率"]


def test_a_ranking_by_growth_without_a_stated_column_computes_it():
    table = table_of(FUNDING_OCR.replace(" 增长率（%)", "").replace(" 5.88", "").replace(" 5.07", "")
                     .replace(" 5.57", "").replace(" 3.20", ""))
    result = ask(table, "哪个学段生均经费涨得最快")
    assert labels(result)[0] == "幼儿园" and result.query.change_from == "2023年"


@pytest.mark.parametrize("text", [
    "一、概况\n全县 学校 86所 在校生 24600人\n今年 新增 学位 1500个\n二、其他\n",  # prose with spaces
    "一、概况\n学段 2023年 2024年\n幼儿园 6120 6480\n二、其他\n",  # one row only
    "一、概况\n学段 2023年 2024年\n幼儿园 6120 6480\n普通小学 一万 12030\n二、其他\n",  # a word among numbers
])
def test_space_separated_lines_that_are_not_a_table_stay_prose(text):
    assert find_tables("doc", text, parse_sections(text)) == []
