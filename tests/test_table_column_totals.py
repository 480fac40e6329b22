"""Column totals over a table asked in prose (`通报的5所重点学校一共发现了多少个问题`): the count column
named with the count between its verb and object (发现问题数 asked `发现了多少个问题`), summed with every
input cell cited; the sum answers only a question about the table's rows (its caption's own words, the
number of rows it adds, `表中`), never a question about the whole the prose totals (a report's table of
重点学校 is a part of the district); a table's own 合计 row is checked against the sum. Tables are
written here as a web page's <table>, a Word table, `|` rows, Markdown and one cell per line."""
from __future__ import annotations

from io import BytesIO

import docx
import pytest

from figures.counters import counter_for
from figures.tablequery import run, stated_total
from ingest.models import Table
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import column_named, parse
from server.service import Service
from tests.written import docx_table, inputs_cited, service_over

# a 督导 通报 as a web page: prose totals for the whole district, a table of some key schools
NOTICE_HTML = """<html><head><meta charset="utf-8">
<title>千溪区教育督导室关于2025年春季学期责任督学挂牌督导工作情况的通报</title></head><body><h1>千溪区教育督导室关于2025年春季学期责任督学挂牌督导工作情况的通报</h1>
<h2>一、基本情况</h2><p>本学期，全区责任督学共开展挂牌督导960次，发现问题248个，已整改215个。</p>
<h2>二、重点学校督导情况</h2><p>现将问题较为集中的5所学校情况通报如下：</p>
<p>重点学校挂牌督导情况表</p>
<table><tr><th>序号</th><th>学校名称</th><th>责任督学</th><th>督导次数</th><th>发现问题数</th><th>已整改数</th></tr>
<tr><td>1</td><td>城关第二小学</td><td>李华</td><td>5</td><td>8</td><td>7</td></tr>
<tr><td>2</td><td>河湾镇中学</td><td>赵勇</td><td>4</td><td>11</td><td>9</td></tr>
<tr><td>3</td><td>石门乡中心小学</td><td>孙丽</td><td>6</td><td>6</td><td>6</td></tr>
<tr><td>4</td><td>新华实验学校</td><td>钱进</td><td>3</td><td>13</td><td>10</td></tr>
<tr><td>5</td><td>南岭镇中学</td><td>周平</td><td>4</td><td>9</td><td>8</td></tr>
</table><h2>三、工作要求</h2><p>各校限期整改到位。</p></body></html>
"""
KEY_SCHOOL_PROBLEMS = 8 + 11 + 6 + 13 + 9  # 47


def _checked_docx(place: str) -> bytes:
    """A 督导评估 report as Word: a table of the schools checked on site, its lead-in carrying a standard
    in brackets, no caption; the county's own totals in the prose."""
    document = docx.Document()
    document.add_heading(f"关于{place}义务教育优质均衡发展督导评估情况的报告", 0)
    document.add_heading("一、基本情况", 1)
    document.add_paragraph("全县义务教育阶段在校生36820人，其中小学在校生24310人、初中在校生12510人。")
    document.add_heading("二、资源配置情况", 1)
    document.add_paragraph("抽查学校主要指标如下表（国家标准：生均教学仪器设备值小学2000元以上、初中2500元以上）。")
    rows = [("学校", "学段", "在校生（人）", "专任教师（人）"), ("东城小学", "小学", "2210", "126"),
            ("北关小学", "小学", "1480", "88"), ("东城中学", "初中", "1650", "130"),
            ("柳林镇中学", "初中", "720", "61"), ("白沙镇中学", "初中", "436", "40")]
    docx_table(document, rows)
    document.add_heading("三、评估结论", 1)
    document.add_paragraph("该县达到评估标准。")
    out = BytesIO()
    document.save(out)
    return out.getvalue()


# a plan's projects as `|` rows under a numbered caption, with its own 合计 row
PROJECTS = """某县学位建设项目安排
一、项目安排
表1 新增学位建设项目
项目名称 | 新增学位数 | 投资（万元）
城南小学新建工程 | 1350 | 8200
实验幼儿园扩建工程 | 360 | 1500
第四中学改扩建工程 | 900 | 6100
合计 | 2610 | 15800
二、保障措施
加强项目调度。
"""

# a training notice's projects as a Markdown table
TRAINING_MD = """# 某市2025年教师培训项目安排

## 一、项目安排

各培训项目安排如下表。

| 培训项目 | 培训对象 | 培训人数（人） | 经费（万元） |
| --- | --- | --- | --- |
| 新教师入职培训 | 新入职教师 | 1200 | 180 |
| 骨干教师研修 | 县级骨干教师 | 600 | 240 |
| 班主任专题培训 | 中小学班主任 | 900 | 135 |

## 二、工作要求

按时完成培训任务。
"""

# a recruitment report, one cell per line under a numbered caption
RECRUIT = """某区2025年教师招聘情况报告
一、招聘情况
全区今年新招聘教师共计412名。部分学校招聘情况见表2。
表2 部分学校招聘教师情况
学校
招聘教师数
录用研究生数
第一中学
24
6
第二中学
18
3
实验小学
15
2
二、下一步工作
做好新教师培训。
"""


# a mid-term review's indicators, one cell per line: a status column to list and count rows by
REVIEW = """某县教育事业发展规划中期评估报告
一、主要指标完成情况
表3 主要指标完成情况
指标
2025年目标
2022年实际
完成情况
学前三年毛入园率（%）
95
93.8
序时推进
普惠性幼儿园覆盖率（%）
90
82.5
进度滞后
义务教育巩固率（%）
97
96.9
序时推进
专任教师研究生学历占比（%）
12
7.4
进度滞后
二、下一步工作建议
加快补齐短板。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "column-totals", {
        "qianxi-supervision.html": NOTICE_HTML.encode("utf-8"),
        "yanshan-evaluation.docx": _checked_docx("砚山县"),
        "dingbian-projects": PROJECTS.replace("某县", "定边县"),
        "wuwei-training.md": TRAINING_MD.replace("某市", "武威市").encode("utf-8"),
        "jinshui-recruitment": RECRUIT.replace("某区", "金水区"),
        "fuping-review": REVIEW.replace("某县", "富平县"),
    })


def _table(text: str) -> Table:
    return find_tables("t", text, parse_sections(text))[0]


@pytest.mark.parametrize(("column", "question"), [
    ("发现问题数", "通报的5所重点学校一共发现了多少个问题"),
    ("发现问题数", "重点学校里发现的问题合计多少个"),
    ("新增学位数", "表1中各项目一共新增了几个学位"),
    ("招聘教师数", "表2中各校一共招聘了多少名教师"),
])
def test_a_count_column_is_named_with_the_count_between_its_verb_and_object(column: str, question: str) -> None:
    assert column_named(column, question)


@pytest.mark.parametrize(("column", "question"), [
    ("发现问题数", "发现了多少个学校，问题有几个"),  # the object in another clause
    ("已整改数", "一共整改了多少个问题"),  # not a verb-and-object column
])
def test_a_count_column_is_not_named_by_words_apart(column: str, question: str) -> None:
    assert not column_named(column, question)


def test_a_total_row_is_checked_against_the_rows_it_sums() -> None:
    table = _table(PROJECTS)
    query = parse(table, "表1中各项目一共新增了多少个学位")
    assert query is not None and query.aggregate == "sum"
    result = run(table, query)
    assert result.computation is not None and result.computation.value == 2610
    stated = stated_total(table, result)
    assert stated is not None and stated.value == 2610
    filtered = parse(table, "表1中城南小学新建工程和第四中学改扩建工程一共新增了多少个学位")
    assert filtered is not None and stated_total(table, run(table, filtered)) is None


@pytest.mark.parametrize(("question", "value", "doc"), [
    ("千溪区通报的5所重点学校一共发现了多少个问题？", KEY_SCHOOL_PROBLEMS, "qianxi-supervision"),
    ("重点学校挂牌督导情况表里各校督导次数合计多少？", 22, "qianxi-supervision"),
    ("砚山县抽查的3所初中在校生合计多少人？", 1650 + 720 + 436, "yanshan-evaluation"),
    ("定边县表1中各项目一共新增了多少个学位？", 2610, "dingbian-projects"),
    ("武威市各培训项目培训人数加起来一共多少人？", 2700, "wuwei-training"),
    ("金水区表2中各校一共招聘了多少名教师？", 57, "jinshui-recruitment"),
])
def test_a_column_total_asked_in_prose_sums_the_table_and_cites_every_row(
        service: Service, question: str, value: float, doc: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert response.figures[0].value == value, response.answer
    assert inputs_cited(service, response, doc)


@pytest.mark.parametrize(("question", "table_sum"), [
    ("千溪区本学期一共发现了多少个问题？", KEY_SCHOOL_PROBLEMS),
    ("砚山县初中在校生合计多少人？", 1650 + 720 + 436),
    ("金水区今年一共招聘了多少名教师？", 57),
])
def test_a_total_of_the_whole_is_not_the_sum_of_a_partial_table(service: Service, question: str,
                                                                table_sum: int) -> None:
    response = service.ask(question)
    assert all(f.value != table_sum for f in response.figures), response.answer


def test_a_total_row_that_agrees_is_cited_beside_the_sum(service: Service) -> None:
    response = service.ask("定边县表1中各项目一共新增了多少个学位？")
    assert "与表中“合计”行" in response.answer and "一致" in response.answer
    assert any("合计" in c.text for c in response.citations)


@pytest.mark.parametrize(("question", "stated"), [
    ("富平县规划主要指标中，哪些进度滞后？", "共2项"),  # indicators are counted in 项
    ("富平县表3中有几个指标进度滞后？", "2个"),  # the question's own counter wins
    ("千溪区重点学校中哪些学校发现问题数超过10？", "共2所"),  # schools in 所, by the label column
    ("砚山县抽查学校中有几所初中在校生超过1000人？", "1所"),
])
def test_a_count_or_list_is_stated_in_the_counter_of_what_it_counts(service: Service, question: str,
                                                                     stated: str) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(stated), response.answer


@pytest.mark.parametrize(("question", "nouns", "counter"), [
    ("有几所学校达标", (), "所"),
    ("哪些进度滞后", ("指标",), "项"),
    ("哪些进度滞后", ("学校名称",), "所"),
    ("哪些学校项目已开工", ("项目名称",), "个"),  # the head of the noun decides: 学校项目 are 项目
    ("哪些进度滞后", ("学段",), "个"),
    ("哪个学段的专任教师减少了？各减少多少人", ("学段",), "个"),  # 多少人 asks each row's value
])
def test_the_counter_comes_from_the_question_else_the_counted_noun(question: str, nouns: tuple[str, ...],
                                                                   counter: str) -> None:
    assert counter_for(question, *nouns) == counter


# a recruitment notice's posts as `|` rows: a bare 人数 column, a requirement column of floors
POSTS = """某区2025年公开招聘教师公告
一、招聘岗位及人数
本次招聘共设6个岗位，具体如下表：
岗位代码 | 岗位 | 学科 | 人数 | 学历要求
A01 | 小学教师 | 语文 | 12 | 本科及以上
A02 | 小学教师 | 数学 | 10 | 本科及以上
A03 | 初中教师 | 物理 | 5 | 硕士研究生及以上
A04 | 高中教师 | 化学 | 4 | 硕士研究生及以上
A05 | 小学教师 | 美术 | 3 | 大专及以上
A06 | 幼儿园教师 | 学前教育 | 15 | 大专及以上
二、报名方式
网上报名。
"""

# a budget statement's income in Markdown, with its own 合计 row
INCOME = """# 某县教育局2025年部门预算公开说明

## 一、收入预算

表1 2025年部门收入预算（单位：万元）

| 项目 | 预算数 |
| --- | --- |
| 一般公共预算拨款收入 | 52,300.00 |
| 政府性基金预算拨款收入 | 800.00 |
| 事业收入 | 2,150.50 |
| 其他收入 | 349.50 |
| 合计 | 55,600.00 |

## 二、支出预算

按功能分类安排支出。
"""


@pytest.mark.parametrize(("question", "value"), [
    ("一共招多少名小学教师", 25),  # a bare 人数 column asked by 多少名
    ("要求硕士研究生学历的岗位一共招几个人", 9),  # `硕士研究生及以上` asked without its floor
    ("学历要求为大专的岗位合计招聘多少人", 18),
])
def test_a_head_count_column_is_summed_over_the_rows_a_requirement_chooses(question: str, value: float) -> None:
    table = _table(POSTS)
    query = parse(table, question)
    assert query is not None and query.aggregate == "sum" and query.measure == ["人数"], query
    assert run(table, query).computation.value == value  # type: ignore[union-attr]


@pytest.mark.parametrize(("question", "value"), [
    ("除一般公共预算拨款以外的收入一共有多少", 3300),
    ("除了事业收入之外，各项收入的预算数合计多少", 53449.5),
])
def test_rows_set_aside_by_chu_yiwai_are_left_out_of_the_sum(question: str, value: float) -> None:
    table = find_tables("t", INCOME, parse_sections(INCOME))[0]
    query = parse(table, question)
    assert query is not None and query.aggregate == "sum", query
    result = run(table, query)
    assert result.computation is not None and round(result.computation.value, 2) == value
    assert stated_total(table, result) is None  # the 合计 row totals every row, not these
