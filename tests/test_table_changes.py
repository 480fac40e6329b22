"""Which rows of a table fell or rose, and which changed most, on tables written here in four layouts
(Markdown `|` rows, a web page's <table>, Word rows written `a | b`, space-separated OCR rows): the change is
read from the column stating it (增减额, 增减, 比上年增减, 增长率, 增幅, 增减幅度 — an amount or a rate by its
header and cells), else computed per row between two columns of periods (上年预算数 → 本年预算数, 去年 → 今年);
a total row (合计, 小计) is never a row that changed; a question whose words name neither an amount nor a rate
(`涨得最多`) is ranked by each stated column; a table of one period's values ranks nothing by change. The last
tests ask a real Service (real model, real Chroma) over a budget explanation with two such tables."""
from __future__ import annotations

import pytest

from figures.tablequery import period_columns, stated_changes
from ingest.load import html_document
from ingest.models import Table
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import parse
from server.service import Service
from tests.tablequestions import ask, labels
from tests.written import service_over

# a departmental budget explanation, Markdown rows: an income and an expenditure table, each with the two
# years' budgets, the change as an amount and as a rate (negatives written `-150.00`) and a total row
BUDGET = """靖远县教育局2025年部门预算说明
一、收入预算
表1 部门收入预算表
单位：万元
| 项目 | 上年预算数 | 本年预算数 | 增减额 | 增减幅度 |
|---|---|---|---|---|
| 财政拨款 | 8000.00 | 8400.00 | 400.00 | 5.00% |
| 事业收入 | 600.00 | 540.00 | -60.00 | -10.00% |
| 合计 | 8600.00 | 8940.00 | 340.00 | 3.95% |
二、支出预算
表2 分学段支出预算明细
单位：万元
| 科目 | 上年预算数 | 本年预算数 | 增减额 | 增减幅度 |
|---|---|---|---|---|
| 学前教育 | 1000.00 | 1200.00 | 200.00 | 20.00% |
| 小学教育 | 5000.00 | 5400.00 | 400.00 | 8.00% |
| 初中教育 | 3000.00 | 2850.00 | -150.00 | -5.00% |
| 教师培训 | 200.00 | 180.00 | -20.00 | -10.00% |
| 合计 | 9200.00 | 9630.00 | 430.00 | 4.67% |
三、“三公”经费
表3 “三公”经费预算表
单位：万元
| 项目 | 上年预算数 | 本年预算数 | 增减额 |
|---|---|---|---|
| 公务接待费 | 6.00 | 5.00 | -1.00 |
| 公务用车运行维护费 | 14.00 | 12.00 | -2.00 |
| 合计 | 20.00 | 17.00 | -3.00 |
四、其他说明
严格执行预算。
"""

# a web page's <table>: last year's outturn beside this year's budget, the change as 增减 and 增长率（%）, a 小计 row
PROJECTS_HTML = """<html><body><h2>二、项目支出</h2><p>单位：万元</p>
<table><tr><th>项目</th><th>上年决算数</th><th>本年预算数</th><th>增减</th><th>增长率（%）</th></tr>
<tr><td>学生资助</td><td>320</td><td>300</td><td>-20</td><td>-6.25</td></tr>
<tr><td>校舍维修</td><td>450</td><td>540</td><td>90</td><td>20.00</td></tr>
<tr><td>信息化建设</td><td>180</td><td>171</td><td>-9</td><td>-5.00</td></tr>
<tr><td>小计</td><td>950</td><td>1011</td><td>61</td><td>6.42</td></tr>
</table><h2>三、其他</h2><p>加强管理。</p></body></html>"""

# a Word table written as `a | b` rows: 去年 and 今年, the change stated as 比上年增减, a 合计 row
WORD_ROWS = """一、经费安排
科目 | 去年 | 今年 | 比上年增减
公用经费 | 1500 | 1620 | 120
人员经费 | 6200 | 6100 | -100
专项经费 | 800 | 980 | 180
合计 | 8500 | 8700 | 200
二、其他
加强管理。
"""

# an OCR'd scan: space-separated cells, the change stated only as a rate (增幅)
OCR = """一、生均经费
项目 上年预算数 本年预算数 增幅
幼儿园 5200 5460 5.0%
普通小学 11800 11564 -2.0%
普通初中 14100 14946 6.0%
二、其他
加强管理。
"""

# two periods and no change column: the change is computed per row
NO_CHANGE_COLUMN = """一、设备购置
| 项目 | 上年预算数 | 本年预算数 |
| --- | --- | --- |
| 图书购置 | 60.5 | 48.0 |
| 实验设备 | 120.0 | 150.0 |
| 合计 | 180.5 | 198.0 |
二、其他
加强管理。
"""

# one period's values only: no change to rank or filter by
ONE_PERIOD = """一、学校规模
| 学校 | 在校生（人） | 班数 |
| --- | --- | --- |
| 第一小学 | 1800 | 36 |
| 第二小学 | 950 | 20 |
二、其他
加强管理。
"""


def tables_of(text: str) -> list[Table]:
    return find_tables("doc", text, parse_sections(text))


def html_table() -> Table:
    text, _, _ = html_document(PROJECTS_HTML)
    return tables_of(text)[0]


def test_change_columns_are_told_apart_as_amount_or_rate_and_periods_found():
    income, spending, _ = tables_of(BUDGET)
    assert stated_changes(spending) == ("增减额", "增减幅度")
    assert period_columns(spending) == ("上年预算数", "本年预算数")
    assert stated_changes(html_table()) == ("增减", "增长率")
    assert stated_changes(tables_of(WORD_ROWS)[0]) == ("比上年增减", None)
    assert period_columns(tables_of(WORD_ROWS)[0]) == ("去年", "今年")
    assert stated_changes(tables_of(OCR)[0]) == (None, "增幅")
    assert stated_changes(tables_of(ONE_PERIOD)[0]) == (None, None) and period_columns(tables_of(ONE_PERIOD)[0]) is None


@pytest.mark.parametrize("question", ["哪个科目预算比去年少了", "哪些科目减少了", "哪几项下降了", "哪项比上年少"])
def test_rows_that_fell_by_the_stated_amount_never_the_total(question):
    result = ask(tables_of(BUDGET)[1], question)
    assert labels(result) == ["初中教育", "教师培训"] and result.query.measure == ["增减额"]


def test_rows_that_rose_by_the_stated_amount():
    assert labels(ask(tables_of(BUDGET)[1], "哪几项增加了")) == ["学前教育", "小学教育"]


@pytest.mark.parametrize("text, table, question, fell", [
    (PROJECTS_HTML, None, "哪些项目比上年减少了", ["学生资助", "信息化建设"]),
    (WORD_ROWS, 0, "哪几项下降了", ["人员经费"]),
    (OCR, 0, "哪个学段生均经费比去年少了", ["普通小学"]),
])
def test_rows_that_fell_in_other_layouts_and_change_columns(text, table, question, fell):
    t = html_table() if table is None else tables_of(text)[table]
    assert labels(ask(t, question)) == fell


def test_rows_that_fell_without_a_change_column_compare_the_two_periods():
    result = ask(tables_of(NO_CHANGE_COLUMN)[0], "哪个项目的预算比上年少了")
    assert labels(result) == ["图书购置"]
    assert result.query.measure == ["本年预算数"] and result.query.condition.other == "上年预算数"


@pytest.mark.parametrize("question, first, column", [
    ("哪项增加最多", "小学教育", "增减额"),
    ("哪项增幅最大", "学前教育", "增减幅度"),
    ("哪一块增长最快", "学前教育", "增减幅度"),
    ("哪项减少最多", "初中教育", "增减额"),
    ("哪项降幅最大", "教师培训", "增减幅度"),
])
def test_the_row_that_changed_most_by_the_column_its_words_name(question, first, column):
    result = ask(tables_of(BUDGET)[1], question)
    assert labels(result)[0] == first and result.query.measure == [column] and not result.apart
    assert "合计" not in labels(result)


@pytest.mark.parametrize("question, by_amount, by_rate", [
    ("今年哪个学段的钱涨得最多", "小学教育", "学前教育"),
    ("哪项降得最多", "初中教育", "教师培训"),
])
def test_words_naming_neither_amount_nor_rate_rank_by_each_column(question, by_amount, by_rate):
    result = ask(tables_of(BUDGET)[1], question)
    assert result.query.measure == ["增减额"] and labels(result)[0] == by_amount
    assert [labels(r)[0] for r in result.apart] == [by_rate] and result.apart[0].query.measure == ["增减幅度"]


def test_rankings_in_other_layouts():
    assert labels(ask(html_table(), "哪个项目增长率最高"))[0] == "校舍维修"
    assert labels(ask(tables_of(WORD_ROWS)[0], "哪项增加最多"))[0] == "专项经费"
    assert labels(ask(tables_of(OCR)[0], "哪项增幅最大"))[0] == "普通初中"
    # a rate stated, no amount: `涨得最多` is the amount computed between the periods, each input a cell
    result = ask(tables_of(OCR)[0], "哪项涨得最多")
    assert labels(result)[0] == "普通初中" and result.query.change_from == "上年预算数"
    assert result.computation is not None and "14946 − 14100 = 846" in result.computation.formula


# a signed-change column where one row's fall is written with its verb (`减少35`) beside `-20` and `+45`
VERBED_FALL = """一、作业批改抽查
| 年级 | 去年检查（本） | 今年检查（本） | 增减（本） |
| --- | --- | --- | --- |
| 七年级 | 300 | 345 | +45 |
| 八年级 | 280 | 260 | -20 |
| 九年级 | 250 | 215 | 减少35 |
| 合计 | 830 | 820 | -10 |
二、其他
加强管理。
"""


@pytest.mark.parametrize("question", ["哪个年级比去年减得最多", "哪个年级减少最多", "哪个年级降得最多"])
def test_a_fall_written_with_its_verb_is_the_largest_fall_never_a_rise(question: str) -> None:
    result = ask(tables_of(VERBED_FALL)[0], question)
    assert labels(result)[:2] == ["九年级", "八年级"] and result.query.measure == ["增减"], question
    assert result.computation is not None and result.computation.value == -35


def test_a_rise_asked_of_a_verbed_fall_column_is_the_largest_rise() -> None:
    assert labels(ask(tables_of(VERBED_FALL)[0], "哪个年级比去年增加最多"))[0] == "七年级"


# an amount of change asked of a row (`比上年增加了多少`, `比去年多了多少人`): its 多少 is no direction that
# chooses rows, so no rows that rose or fell are listed
SCHOOLS = """一、学校规模
| 学校 | 去年在校生（人） | 今年在校生（人） | 增减（人） |
| --- | --- | --- | --- |
| 城关小学 | 1400 | 1460 | 60 |
| 河西小学 | 820 | 790 | -30 |
二、其他
加强管理。
"""


@pytest.mark.parametrize("text, question", [
    (BUDGET, "哪个学段支出比上年增加了多少"), (BUDGET, "哪个科目预算较上一年减少了多少"),
    (SCHOOLS, "哪所学校比去年多了多少人"), (SCHOOLS, "哪所学校在校生比上年多出多少"),
    (SCHOOLS, "哪所学校学生比去年少了多少人"),
])
def test_an_amount_of_change_asked_chooses_no_rows_by_direction(text: str, question: str) -> None:
    table = tables_of(text)[-1 if text is SCHOOLS else 1]
    assert parse(table, normalize(question, drop_space=True)) is None, question


def test_a_direction_without_an_amount_still_chooses_rows() -> None:
    assert labels(ask(tables_of(SCHOOLS)[0], "哪所学校比去年多")) == ["城关小学"]
    assert labels(ask(tables_of(SCHOOLS)[0], "哪所学校在校生比上年少")) == ["河西小学"]


def test_a_table_of_one_period_ranks_nothing_by_change():
    table = tables_of(ONE_PERIOD)[0]
    for question in ("哪所学校涨得最多", "哪所学校比去年少了", "哪所学校在校生增长最快"):
        assert parse(table, normalize(question, drop_space=True)) is None, question


# --- a real Service ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-changes", {"jingyuan-budget": BUDGET})


def test_service_rows_that_fell_name_the_column_and_each_fall(service):
    r = service.ask("靖远县分学段支出预算哪几个科目下降了")
    assert not r.abstained, r.answer
    assert "初中教育减少150.00万元" in r.answer and "教师培训减少20.00万元" in r.answer, r.answer
    assert "增减额" in r.answer and "事业收入" not in r.answer and "合计" not in r.answer.split("。")[0]


def test_service_the_most_risen_row_by_each_column_cites_its_inputs(service):
    r = service.ask("靖远县分学段支出今年哪个学段涨得最多")
    assert not r.abstained, r.answer
    assert "按“增减额”" in r.answer and "按“增减幅度”" in r.answer, r.answer
    assert {(f.value, f.unit) for f in r.figures} == {(400, "万元"), (20, "%")}
    # each ranking's inputs are every row's cell of its column, quoted; the winning rows are cited
    text = service.index.documents["jingyuan-budget"].text
    sources = [i["source"] for f in r.figures for i in f.inputs]
    assert all(text[s["start"]:s["end"]] == s["text"] for s in sources)
    assert [len(f.inputs) for f in r.figures] == [4, 4]
    cited = [text[c.start:c.end] for c in r.citations]
    assert len(cited) == 2 and any("小学教育" in c for c in cited) and any("学前教育" in c for c in cited)


def test_service_income_rows_that_fell(service):
    r = service.ask("靖远县教育局收入里哪几项比上年减少了")
    assert not r.abstained and "事业收入减少60.00万元" in r.answer and "初中教育" not in r.answer, r.answer


def test_service_no_row_rose_is_said_not_a_row_that_fell(service):
    r = service.ask("靖远县“三公”经费哪项比上年增加了")
    assert r.abstained and "没有增加的一项" in r.answer and "增减额" in r.answer, r.answer
