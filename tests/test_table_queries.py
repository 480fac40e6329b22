"""Questions over a whole table, on tables written here in several layouts (Markdown `|` rows, one
cell per line under a 表N caption, a web page's <table> and a Word table, as the loader renders them):
rows filtered by a category named loosely or after a negation, a total row kept out of rankings,
rows kept by their unit, the change between two year columns ranked in 个百分点, no ranking of
cells in different units, and a captionless table numbered by the paragraph that points to it.
The engine (figures.tablequery) and the question parser (server.answer.tables) run on ingest's
own tables; the last tests ask a real Service (real model, real Chroma)."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from figures.tablequery import TableQueryError, UnlikeUnits
from ingest.index import Index
from ingest.models import Table
from ingest.pipeline import run_ingest
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import table_number
from server.service import Service
from tests.tablequestions import ask, labels

# an indicator table of a county plan, Markdown rows: years as columns, rows in several units
PLAN = """某县教育发展规划
一、主要指标
| 指标 | 2020年 | 2025年 | 属性 |
| --- | --- | --- | --- |
| 学前三年毛入园率（%） | 90.5 | 95 | 预期性 |
| 义务教育巩固率（%） | 97.2 | 98 | 约束性 |
| 高中阶段毛入学率（%） | 88 | 94 | 约束性 |
| 在校学生数（万人） | 6.2 | 7.5 | 预期性 |
| 专任教师数（人） | 4100 | 4600 | 预期性 |
二、保障措施
加强组织领导。
"""

# a work summary's table published one cell per line under a 表N caption, closed by a total row
SUMMARY = """某市教育工作总结
一、办学条件
全市新建学校20所，各区县情况见表2。
表2 各区县新建学校及新增学位情况
区县
新建学校（所）
新增学位（个）
东城区
6
2700
西城区
9
4100
南山县
5
1900
合计
20
8700
二、下一步工作
继续扩大学位供给。
"""

# a self-evaluation report's school table: the web page's <table> lost its caption, the paragraph
# above points to it; a status column repeats 全部达标 for all schools but one
SCHOOLS = """某县义务教育优质均衡发展自评报告
二、资源配置情况
参评学校中，仅一所学校有一项指标未达标，部分学校情况见表1。
| 学校名称 | 学段 | 在校生（人） | 生均体育运动场馆面积（㎡） | 达标情况 |
| --- | --- | --- | --- | --- |
| 第一小学 | 小学 | 1800 | 8.1 | 5项全部达标 |
| 第二小学 | 小学 | 950 | 10.4 | 5项全部达标 |
| 第一中学 | 初中 | 1500 | 9.0 | 4项达标，1项达标准值85%以上 |
| 第二中学 | 初中 | 1100 | 13.2 | 5项全部达标 |
三、存在问题
部分学校运动场地不足。
"""


def tables_in(text: str, doc_id: str = "doc") -> list[Table]:
    return find_tables(doc_id, text, parse_sections(text))


# --- filters ----------------------------------------------------------------------------------------

def test_rows_that_do_not_hold_a_status_named_loosely_after_a_negation():
    table = tables_in(SCHOOLS)[0]
    result = ask(table, "表1所列学校中，哪所学校没有做到5项指标全部达标？")
    assert labels(result) == ["第一中学"]
    assert ask(table, "表1中哪些学校5项全部达标？").rows == [table.rows[i] for i in (0, 1, 3)]


def test_rows_by_a_category_or_not_it():
    table = tables_in(PLAN)[0]
    assert labels(ask(table, "主要指标中哪些是约束性指标？")) == ["义务教育巩固率", "高中阶段毛入学率"]
    assert labels(ask(table, "主要指标中哪些不是约束性指标？")) == [
        "学前三年毛入园率", "在校学生数", "专任教师数"]


def test_rows_above_a_value_are_counted_without_the_total_row():
    table = tables_in(SUMMARY)[0]
    assert table.caption.startswith("表2") and table.layout == "cells"
    result = ask(table, "表2中新增学位超过2000个的区县有几个？")
    assert result.computation is not None and result.computation.value == 2
    assert labels(result) == ["东城区", "西城区"]


# --- aggregates -------------------------------------------------------------------------------------

def test_a_maximum_skips_the_total_row_and_cites_its_cell():
    table = tables_in(SUMMARY)[0]
    result = ask(table, "哪个区县新增学位最多？")
    assert result.computation is not None and result.computation.value == 4100
    assert labels(result)[0] == "西城区" and "合计" not in labels(result)
    best = result.computation.inputs[1]["source"]
    assert SUMMARY[best["start"]:best["end"]] == "4100"


def test_a_sum_over_the_rows_equals_the_published_total():
    table = tables_in(SUMMARY)[0]
    result = ask(table, "表2中各区县新增学位合计多少？")
    assert result.computation is not None and result.computation.value == 8700
    assert result.computation.formula == "2700 + 4100 + 1900 = 8700 个"
    assert [SUMMARY[i["source"]["start"]:i["source"]["end"]] for i in result.computation.inputs] == [
        "2700", "4100", "1900"]


def test_a_mean_and_a_minimum_of_a_school_column():
    table = tables_in(SCHOOLS)[0]
    mean = ask(table, "表1中各校平均在校生多少人？").computation
    assert mean is not None and mean.value == pytest.approx(1337.5) and mean.unit == "人"
    low = ask(table, "表1中生均体育运动场馆面积最小的是哪所学校？")
    assert labels(low)[0] == "第一小学" and low.computation is not None and low.computation.value == 8.1


def test_the_largest_change_of_rows_in_percent_is_in_percentage_points():
    table = tables_in(PLAN)[0]
    result = ask(table, "主要指标表中，以百分比表示的指标里哪一项从2020年到2025年提高幅度最大？")
    assert labels(result)[0] == "高中阶段毛入学率"
    assert result.computation is not None and (result.computation.value, result.computation.unit) == (6, "百分点")
    assert "94 − 88 = 6 个百分点" in result.computation.formula  # every row's change, with its inputs
    assert len(result.computation.inputs) == 6  # two cells of each of the three rows in %


def test_rows_in_different_units_are_not_ranked_together():
    table = tables_in(PLAN)[0]
    with pytest.raises(UnlikeUnits) as err:
        ask(table, "主要指标表中哪项指标从2020年到2025年提高最多？")
    assert "百分点" in err.value.units and len(err.value.units) > 1
    with pytest.raises(TableQueryError):
        ask(table, "主要指标中2025年最高的是哪项？")


# --- which table ------------------------------------------------------------------------------------

def test_a_table_without_caption_takes_its_number_from_the_paragraph_pointing_to_it():
    table = tables_in(SCHOOLS)[0]
    assert table.caption == "" and table_number(table, SCHOOLS) == "1"
    assert table_number(tables_in(SUMMARY)[0], SUMMARY) == "2"
    assert table_number(tables_in(PLAN)[0], PLAN) is None


# --- through the service, on files of three formats ---------------------------------------------------

HTML = """<html><head><meta charset="utf-8"><title>某县义务教育优质均衡发展自评报告</title></head><body>
<h1>某县义务教育优质均衡发展自评报告</h1>
<h2>二、资源配置情况</h2>
<p>参评学校中，仅一所学校有一项指标未达标，部分学校情况见表1。</p>
<table><caption>表1 部分学校主要指标</caption>
<tr><th>学校名称</th><th>学段</th><th>在校生（人）</th><th>生均体育运动场馆面积（㎡）</th><th>达标情况</th></tr>
<tr><td>第一小学</td><td>小学</td><td>1800</td><td>8.1</td><td>5项全部达标</td></tr>
<tr><td>第二小学</td><td>小学</td><td>950</td><td>10.4</td><td>5项全部达标</td></tr>
<tr><td>第一中学</td><td>初中</td><td>1500</td><td>9.0</td><td>4项达标，1项达标准值85%以上</td></tr>
<tr><td>第二中学</td><td>初中</td><td>1100</td><td>13.2</td><td>5项全部达标</td></tr>
</table>
<h2>三、存在问题</h2><p>部分学校运动场地不足，在校生较多的学校学位偏紧。</p>
</body></html>
"""


# a bureau notice's Word table: a caption paragraph, then rows of schools with their kind
NOTICE_ROWS = [("学校", "办学性质", "计划招生（人）"), ("实验小学", "公办", "360"), ("育才小学", "民办", "180"),
               ("明德小学", "民办", "120"), ("城关小学", "公办", "405")]


def write_notice(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("某市教育局关于做好义务教育招生工作的通知")
    document.add_paragraph("一、招生计划")
    document.add_paragraph("各校招生计划如下。")
    document.add_paragraph("表1 小学招生计划表")
    table = document.add_table(rows=len(NOTICE_ROWS), cols=3)
    for r, row in enumerate(NOTICE_ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("二、工作要求")
    document.add_paragraph("各校要严格执行招生计划。")
    document.save(str(path))


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    corpus = tmp_path_factory.mktemp("table-queries-corpus")
    (corpus / "county-plan.md").write_text(PLAN, encoding="utf-8")
    (corpus / "city-summary.txt").write_text(SUMMARY, encoding="utf-8")
    (corpus / "county-self-evaluation.html").write_text(HTML, encoding="utf-8")
    write_notice(corpus / "city-notice.docx")
    data = tmp_path_factory.mktemp("table-queries-data")
    summary = run_ingest([corpus], None, False, data_dir=data)
    assert not summary.failed, str(summary)
    return Service(Index.open(Path(data)), generator=None)


def test_service_the_row_that_does_not_meet_a_status_of_a_web_table(service):
    r = service.ask("表1所列学校中，哪所学校没有做到5项指标全部达标？")
    assert not r.abstained and r.answer.startswith("共1所：第一中学"), r.answer  # 所: schools
    assert "生均体育运动场馆面积" in r.answer and "9.0" in r.answer  # the row's cells, shown
    assert "一所" not in r.answer.split("。")[0]  # not the prose's count


def test_service_a_maximum_of_a_cell_per_line_table_is_not_its_total(service):
    r = service.ask("表2中哪个区县新增学位最多？")
    assert not r.abstained and r.answer.startswith("西城区"), r.answer
    assert r.figures[0].value == 4100 and all("合计" not in c.text for c in r.citations)


def test_service_change_in_percentage_points_of_a_markdown_indicator_table(service):
    r = service.ask("主要指标表中，以百分比表示的指标里哪一项从2020年到2025年提高幅度最大？")
    assert not r.abstained and r.answer.startswith("高中阶段毛入学率"), r.answer
    assert (r.figures[0].value, r.figures[0].unit) == (6, "百分点")
    text = service.index.documents["county-plan"].text
    assert all(text[i["source"]["start"]:i["source"]["end"]] == i["source"]["text"] for i in r.figures[0].inputs)


def test_service_refuses_to_rank_unlike_rows_and_says_why(service):
    r = service.ask("主要指标表中哪项指标从2020年到2025年提高最多？")
    assert r.abstained and r.figures == [] and "单位不同" in r.answer


def test_service_a_sum_over_the_rows_of_one_kind_in_a_word_table(service):
    r = service.ask("招生计划表中民办学校计划招生合计多少人？")
    assert not r.abstained and r.figures[0].value == 300 and r.figures[0].unit == "人", r.answer
    assert r.figures[0].formula == "180 + 120 = 300 人"
    assert {c.doc_id for c in r.citations} == {"city-notice"} and len(r.citations) == 2
