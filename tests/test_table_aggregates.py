"""Aggregates over a whole table, on tables written here in four layouts (one cell per line under a
表N caption, Markdown `|` rows, a web page's <table>, a Word table): a sum over the rows of one
category (and of every column asked, each on its own), rows whose later-year column fell below the
earlier one (`2023年决算数` → `2024年预算数`, headers of a year and what it holds), the sum of two
named rows, the ratio of two columns (计划招生数 ÷ 班数) in one row or over rows of a category, and a
single-cell question that stays a lookup. The last tests ask a real Service (real model, real
Chroma), including a row of a Word indicator table asked in a cross-document question whose second
sentence points back at the first (`在这个范围内吗`) and a gap asked between two places."""
from __future__ import annotations

import io

import docx
import pytest

from ingest.models import Table
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.crossdoc import place_asks
from server.answer.tables import parse
from server.query import Query
from server.service import Service
from tests.tablequestions import ask, labels
from tests.written import inputs_cited, service_over

# a budget table of a finance bureau's explanation, Markdown rows: a year's outturn beside the next
# year's budget, the unit in the caption, a change column and a total row
BUDGET = """某县2024年教育经费预算说明
一、预算总体情况
各项目预算安排见表1。
表1 2024年教育支出预算表 单位：万元
| 项目 | 2023年决算数 | 2024年预算数 | 增减% |
| --- | --- | --- | --- |
| 学前教育 | 1,200.50 | 1,350.00 | 12.5 |
| 小学教育 | 8,400.00 | 8,820.00 | 5.0 |
| 初中教育 | 5,600.00 | 5,320.00 | -5.0 |
| 特殊教育 | 300.00 | 330.00 | 10.0 |
| 职业教育 | 2,000.00 | 1,800.00 | -10.0 |
| 合计 | 17,500.50 | 17,620.00 | 0.7 |
二、保障措施
加强预算管理。
"""

# an enrolment notice's plan, one cell per line under its caption: bare counts, a stage column, a total row
ENROL = """某区教育局关于2025年秋季招生工作的通知
一、招生计划
区属学校招生计划见表2。
表2 区属学校招生计划
学校
学段
班数
计划招生数
东风小学
小学
6
270
向阳小学
小学
4
180
第三中学
初中
10
500
第五中学
初中
8
400
合计
28
1350
二、工作要求
严格执行招生计划。
"""


def table_of(text: str) -> Table:
    return find_tables("doc", text, parse_sections(text))[0]


# --- the engine on text and Markdown tables ------------------------------------------------------------

def test_a_sum_over_the_rows_of_a_category_leaves_out_the_total_row():
    result = ask(table_of(ENROL), "初中学段计划招生一共多少人？")
    assert labels(result) == ["第三中学", "第五中学"]
    assert result.computation.formula.startswith("500 + 400 = 900")


def test_two_columns_asked_are_summed_each_on_its_own():
    result = ask(table_of(ENROL), "初中学段计划招生一共多少人？共多少个班？")
    assert [result.computation.value, *(c.value for c in result.others)] == [900, 18]
    assert result.others[0].formula.startswith("10 + 8 = 18")


def test_rows_whose_later_year_fell_below_the_earlier_one():
    result = ask(table_of(BUDGET), "2024年预算表中，哪些项目的预算比2023年决算减少了？")
    assert labels(result) == ["初中教育", "职业教育"]
    assert result.query.aggregate == "list" and result.query.condition.other == "2023年决算数"
    assert ask(table_of(BUDGET), "哪些项目2024年预算比2023年决算增加了？").rows == \
        [table_of(BUDGET).rows[i] for i in (0, 1, 3)]


def test_the_sum_of_two_named_rows_of_one_year_column():
    result = ask(table_of(BUDGET), "小学教育和特殊教育2024年预算加在一起是多少？")
    assert labels(result) == ["小学教育", "特殊教育"]
    assert (result.computation.value, result.computation.unit) == (9150, "万元")


def test_the_ratio_of_two_columns_in_one_row_and_over_a_category():
    one = ask(table_of(ENROL), "东风小学平均每个班计划招多少个学生？")
    assert one.query.aggregate == "ratio" and one.computation.value == 45
    assert one.computation.formula.startswith("270 ÷ 6")
    several = ask(table_of(ENROL), "初中学校平均每个班计划招生多少人？")
    assert several.computation.formula.startswith("(500 + 400) ÷ (10 + 8) = 50")
    assert len(several.computation.inputs) == 4  # every cell divided, cited


def test_a_single_cell_or_a_mean_without_a_count_column_is_not_a_ratio():
    assert parse(table_of(ENROL), normalize("东风小学计划招生多少人？", drop_space=True)) is None
    assert parse(table_of(BUDGET), normalize("2024年小学教育预算是多少？", drop_space=True)) is None
    mean = parse(table_of(BUDGET), normalize("各项目2024年预算平均每项多少万元？", drop_space=True))
    assert mean is None or mean.aggregate == "mean"


def test_a_stage_named_only_inside_a_school_name_does_not_filter_rows():
    query = parse(table_of(ENROL), normalize("东风小学平均每个班计划招多少个学生？", drop_space=True))
    assert query is not None and query.where == {} and query.labels == ["东风小学"]


def test_a_change_by_more_than_a_share_reads_the_change_column_and_keeps_units_apart():
    table = table_of(BUDGET)
    rise = ask(table, "哪些项目2024年预算比2023年决算增长超过10%？")
    assert labels(rise) == ["学前教育"] and rise.query.measure == ["增减%"]  # 12.5%; not 10.0% itself
    assert labels(ask(table, "哪些项目预算减少超过5%？")) == ["职业教育"]  # −10.0%; −5.0% is not beyond it
    # a threshold in 万元 never meets a cell in %, nor one year column's cells twice
    assert labels(ask(table, "哪些项目的预算超过5000万元？")) == ["小学教育", "初中教育"]


# an indicator table of a supervision report, one cell per line: a yes/no column
SUPERVISION = """某县义务教育优质均衡督导评估报告
一、主要成绩
部分指标达标情况见表1。
表1 部分指标达标情况
指标
标准值
实际值
是否达标
小学最大班额
≤45人
44人
是
初中最大班额
≤50人
52人
否
初中三年巩固率
≥95%
96.4%
是
二、存在问题
初中大班额尚未消除。
"""


def test_rows_by_a_yes_no_column_named_by_its_word_or_its_negation():
    table = table_of(SUPERVISION)
    assert labels(ask(table, "哪些指标没有达标？")) == ["初中最大班额"]
    assert labels(ask(table, "表1中哪些指标达标了？")) == ["小学最大班额", "初中三年巩固率"]
    assert ask(table, "表1中达标的指标有几个？").computation.value == 2


def test_each_place_asks_its_own_sentence_without_the_pointer_back():
    q = "会宁县规定的小学起始年级班额上限是多少？安定区小学最大班额在这个范围内吗？"
    query = Query(q, normalize(q), regions=["会宁县", "安定区"])
    assert place_asks(query) == {"会宁县": "规定的小学起始年级班额上限是多少?", "安定区": "小学最大班额?"}
    together = "会宁县和安定区的小学最大班额分别是多少？"  # one sentence: one shared ask
    assert place_asks(Query(together, normalize(together), regions=["会宁县", "安定区"])) == {}


# --- a real Service over a web page and Word documents ----------------------------------------------------

ENROL_HTML = """<html><head><meta charset="utf-8"><title>会宁县教育局关于做好2025年义务教育招生工作的通知</title></head>
<body><h1>会宁县教育局关于做好2025年义务教育招生工作的通知</h1>
<h2>一、基本要求</h2><p>严控班额，小学起始年级班额不超过45人，初中起始年级班额不超过50人。</p>
<h2>二、县直学校招生计划</h2>
<table><thead><tr><th>学校</th><th>学段</th><th>班数</th><th>计划招生数</th></tr></thead><tbody>
<tr><td>城关第一小学</td><td>小学</td><td>8</td><td>360</td></tr>
<tr><td>城关第二小学</td><td>小学</td><td>6</td><td>270</td></tr>
<tr><td>会师中学</td><td>初中</td><td>10</td><td>500</td></tr>
<tr><td>桃花山中学</td><td>初中</td><td>12</td><td>600</td></tr>
<tr><td>合计</td><td></td><td>36</td><td>1730</td></tr>
</tbody></table>
<h2>三、工作要求</h2><p>各校要严格执行招生计划。</p></body></html>
"""

SUPERVISION_ROWS = [("序号", "指标", "标准值", "实际值", "是否达标"), ("1", "小学最大班额", "≤45人", "44人", "是"),
                    ("2", "初中最大班额", "≤50人", "52人", "否"), ("3", "残疾儿童少年入学率", "≥95%", "94.2%", "否")]


def supervision_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("安定区义务教育优质均衡发展督导评估报告")
    document.add_paragraph("一、主要成绩")
    document.add_paragraph("政府保障程度部分指标达标情况见表1。")
    document.add_paragraph("表1 政府保障程度部分指标达标情况")
    table = document.add_table(rows=len(SUPERVISION_ROWS), cols=5)
    for r, row in enumerate(SUPERVISION_ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("二、存在问题")
    document.add_paragraph("初中大班额问题仍未完全解决，适龄残疾儿童少年义务教育入学率为94.2%。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


BUDGET_ROWS = [("项目", "2023年决算数", "2024年预算数"), ("学前教育", "1,200.50", "1,350.00"),
               ("小学教育", "8,400.00", "8,820.00"), ("初中教育", "5,600.00", "5,320.00"),
               ("合计", "15,200.50", "15,490.00")]


def budget_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("会宁县2024年教育经费预算说明")
    document.add_paragraph("一、预算安排")
    document.add_paragraph("表2 2024年教育支出预算表（单位：万元）")
    table = document.add_table(rows=len(BUDGET_ROWS), cols=3)
    for r, row in enumerate(BUDGET_ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("二、绩效目标")
    document.add_paragraph("适龄残疾儿童少年义务教育入学率达到98.0%。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# a city's work summary with a county-by-county table, one cell per line: its rows are places
CITY_SUMMARY = """庆阳市2023年教育工作总结
一、办学条件
全市新建改扩建学校17所，各县区情况见表1。
表1 2023年各县区新建改扩建学校及新增学位情况
县区
新建改扩建学校（所）
新增学位（个）
西峰区
7
3900
庆城县
4
1650
环县
6
2400
二、下一步工作
继续扩大学位供给。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-aggregates", {
        "huining-enrolment.html": ENROL_HTML.encode("utf-8"),
        "anding-supervision.docx": supervision_docx(),
        "huining-budget.docx": budget_docx(),
        "qingyang-summary": CITY_SUMMARY,
    })


def test_service_a_sum_over_a_stage_of_a_web_table_cites_every_row(service):
    r = service.ask("会宁县县直学校中初中学段计划招生一共多少人？")
    assert not r.abstained and r.figures[0].value == 1100, r.answer
    assert len(r.citations) == 2 and inputs_cited(service, r, "huining-enrolment")


def test_service_the_ratio_of_two_columns_of_a_web_table_row(service):
    r = service.ask("会宁县城关第一小学平均每个班计划招多少个学生？")
    assert not r.abstained and r.figures[0].value == 45, r.answer
    assert r.figures[0].formula.startswith(("360 ÷ 8", "360人 ÷ 8")), r.answer


def test_service_a_lookup_of_one_cell_stays_a_lookup(service):
    r = service.ask("会宁县城关第一小学计划招生多少人？")
    assert not r.abstained and r.figures[0].value == 360 and not r.figures[0].formula, r.answer


def test_service_rows_of_a_word_table_that_fell_and_the_sum_of_two_rows(service):
    r = service.ask("会宁县2024年教育支出预算表里，哪些项目的预算比2023年决算减少了？")
    assert not r.abstained and r.answer.startswith("共1个：初中教育"), r.answer
    s = service.ask("会宁县2024年学前教育和小学教育预算加在一起是多少？")
    assert not s.abstained and (s.figures[0].value, s.figures[0].unit) == (10170, "万元"), s.answer
    assert inputs_cited(service, s, "huining-budget")


def test_service_a_row_of_a_word_indicator_table_in_a_cross_document_question(service):
    r = service.ask("会宁县招生通知规定的小学起始年级班额上限是多少？安定区小学最大班额在这个范围内吗？")
    assert not r.abstained and "45人" in r.answer and "44人" in r.answer, r.answer
    assert {c.doc_id for c in r.citations} == {"huining-enrolment", "anding-supervision"}


def test_service_the_gap_between_two_places_is_computed_from_each_ones_figure(service):
    r = service.ask("会宁县和安定区的适龄残疾儿童少年义务教育入学率差多少？")
    assert not r.abstained and "98.0" in r.answer and "94.2" in r.answer, r.answer
    gap = next((f for f in r.figures if f.formula), None)
    assert gap is not None, (r.answer, r.figures)
    assert (round(gap.value, 2), gap.unit) == (3.8, "百分点")


def test_service_places_asked_that_are_rows_of_one_table_are_read_from_it(service):
    r = service.ask("庆阳市西峰区和环县新增学位加在一起是多少？")
    assert not r.abstained and r.figures[0].value == 6300, r.answer
    more = service.ask("西峰区和庆城县哪个新增学位更多？")
    assert not more.abstained and more.answer.startswith("西峰区"), more.answer
    per = service.ask("庆阳市平均每所新建改扩建学校新增多少个学位？")
    assert not per.abstained and per.figures[0].formula.startswith("(3900 + 1650 + 2400) ÷ (7 + 4 + 6)"), per.answer


def test_service_rows_of_a_word_yes_no_column_that_are_not_met(service):
    r = service.ask("安定区督导报告中哪些指标没有达标？")
    assert not r.abstained and r.answer.startswith("共2项：初中最大班额、残疾儿童少年入学率"), r.answer


# a county's statistics by township, Markdown rows and the same kind of table as OCR leaves it (cells apart
# by spaces): counts of schools, classes, pupils and teachers per row, a column of pupils per class beside
TOWNSHIPS_MD = """某县2025年乡镇教育统计
一、基本情况
各乡镇学校情况见表1。
表1 各乡镇学校情况
| 乡镇 | 学校数 | 在校生(人) | 教师数 | 平均班额 |
| --- | --- | --- | --- | --- |
| 青禾镇 | 4 | 2700 | 150 | 45 |
| 石溪乡 | 2 | 960 | 70 | 40 |
| 柳岸乡 | 3 | 1200 | 90 | 38 |
二、其他
加强管理。
"""
TOWNSHIPS_OCR = """某县2025年乡镇教育统计
一、概况
各乡镇学校情况如下：
乡镇 学校数 班数 在校生(人) 教师数
青禾镇 4 60 2700 150
石溪乡 2 24 960 70
柳岸乡 3 30 1200 90
二、说明
以上为年报数。
"""


def test_an_amount_per_one_is_the_ratio_of_two_column_totals_not_a_mean_of_the_count():
    for text in (TOWNSHIPS_MD, TOWNSHIPS_OCR):
        pupils = ask(table_of(text), "平均一所学校有几名学生？")
        assert pupils.query.aggregate == "ratio" and pupils.query.per == "学校数"
        assert pupils.computation.formula.startswith("(2700 + 960 + 1200) ÷ (4 + 2 + 3) = 540")
        assert len(pupils.computation.inputs) == 6  # every cell added, cited
        teachers = ask(table_of(text), "平均每所学校有多少名教师？")
        assert teachers.computation.formula.startswith("(150 + 70 + 90) ÷ (4 + 2 + 3)")
    one = ask(table_of(TOWNSHIPS_OCR), "青禾镇平均一所学校有几个学生？")
    assert one.computation.formula.startswith("2700") and one.computation.value == 675
    classes = ask(table_of(TOWNSHIPS_OCR), "平均一所学校多少个班？")
    assert classes.computation.formula.startswith("(60 + 24 + 30) ÷ (4 + 2 + 3)")


def test_a_mean_of_a_column_only_where_it_is_asked_or_holds_the_amount_per_one():
    for text in (TOWNSHIPS_MD, TOWNSHIPS_OCR):
        schools = ask(table_of(text), "各乡镇平均有几所学校？")  # a mean over the rows, asked as such
        assert schools.query.aggregate == "mean" and schools.query.measure == ["学校数"]
        assert schools.computation.value == 3
    # no column holds the classes the Markdown table's schools have: no mean of the school counts instead
    assert parse(table_of(TOWNSHIPS_MD), normalize("平均一所学校多少个班？", drop_space=True)) is None
    with_classes = table_of(TOWNSHIPS_MD.replace("在校生(人)", "班数"))
    size = ask(with_classes, "各乡镇平均每个班的班额是多少？")  # the column holds pupils per class already
    assert size.query.aggregate == "mean" and size.query.measure == ["平均班额"] and size.computation.value == 41
