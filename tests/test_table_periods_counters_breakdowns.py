"""Rankings over a table asked with no column named, of a final-accounts table of two periods named relatively
(`上年决算数` / `本年决算数`): the current period's column, the document title's year, the table named by its
caption's note (`按经济分类`); a ranking within one rowspan group asked in people (`招生人数`) never read in a
column counting classes (`招生班数`); the parts of a whole asked by the dimension splitting them (`按学段各有
多少`, `按类别分别是多少`) from the sentence whose `其中` list splits it, not from another sentence stating the
whole alone; the school stage opening the first of several asks (`幼儿园多少所、在园幼儿几人、专任教师几人`) is
every later ask's, never the county's whole. Documents, places and figures invented here: Markdown and
`|`-row text accounts, an HTML notice with rowspans, a Markdown copy of it, a DOCX report beside a text speech,
a text funding summary, a Markdown and an HTML statistics bulletin."""
from __future__ import annotations

from io import BytesIO

import docx
import pytest

from ingest.clean import clean
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.askedcolumn import column_kinds
from server.answer.tables import _title_place, parse
from server.intent import asks
from server.query import key_terms
from server.service import Service
from tests.written import service_over

ACCOUNTS_MD = """# 榉原市教育局2024年度部门决算

## 一、收入决算

表1　收入决算表（单位：万元）

| 项目 | 上年决算数 | 本年决算数 |
|:---|---:|---:|
| 财政拨款收入 | 30210.40 | 31877.15 |
| 事业收入 | 2104.60 | 2230.05 |
| 收入合计 | 32315.00 | 34107.20 |

## 二、支出决算

表2　支出决算表（按经济分类，单位：万元）

| 项目 | 上年决算数 | 本年决算数 |
|:---|---:|---:|
| 工资福利支出 | 14820.30 | 13960.75 |
| 商品和服务支出 | 15102.85 | 16488.20 |
| 对个人和家庭的补助 | 1530.25 | 1677.40 |
| 资本性支出 | 861.60 | 1980.85 |
| 支出合计 | 32315.00 | 34107.20 |

商品和服务支出增加较多，主要是新校区投入使用后运转经费增加。
"""

ACCOUNTS_TXT = """柘汀区教育体育局2025年度部门决算说明
一、支出决算情况
表3 项目支出决算表（按资金来源，单位：万元）
| 项目 | 上年数 | 本年数 |
| 一般公共预算拨款 | 5230.10 | 4810.60 |
| 政府性基金拨款 | 3120.00 | 5406.35 |
| 其他资金 | 402.75 | 388.20 |
| 合计 | 8752.85 | 10605.15 |
政府性基金拨款增加，主要是专项债券资金到位。
"""

PLACES_HTML = """<html><head><title>苕坪县2026年秋季招生计划</title></head><body>
<h1>苕坪县2026年秋季义务教育学校招生计划</h1>
<p>一、今年秋季全县小学一年级、初中七年级的招生计划如下表。</p>
<table border="1">
<tr><th>学段</th><th>学校</th><th>招生班数</th><th>新生人数（人）</th></tr>
<tr><td rowspan="3">小学一年级</td><td>苕坪县城关小学</td><td>9</td><td>405</td></tr>
<tr><td>苕坪县溪口小学</td><td>5</td><td>200</td></tr>
<tr><td>苕坪县东岭小学</td><td>3</td><td>135</td></tr>
<tr><td rowspan="3">初中七年级</td><td>苕坪县第二中学</td><td>12</td><td>540</td></tr>
<tr><td>苕坪县溪口中学</td><td>7</td><td>350</td></tr>
<tr><td>苕坪县东岭学校</td><td>8</td><td>320</td></tr>
</table>
<p>二、各校不得超计划招生。</p>
</body></html>
"""

# the same plan as Markdown, the class counts and head counts ranked apart
PLACES_MD = """# 椴湾区2026年小学招生计划

## 一、招生计划

| 学校 | 招生班数 | 录取人数（人） |
| --- | --- | --- |
| 椴湾区实验小学 | 10 | 430 |
| 椴湾区滨河小学 | 8 | 440 |
| 椴湾区北门小学 | 4 | 180 |
"""

SPEECH = """在棠岙县2026年教育工作会议上的讲话
一、五年来的成绩
五年来，我们新建和改扩建学校十七所，新增公办学位五千二百个，教育面貌明显改善。
二、今年的任务
今年要继续扩大公办学位供给。
"""

FUNDS = """蕖沅县2025年学生资助工作总结
一、资助情况
全年共发放各类资助资金3260万元，其中学前教育资助410万元、义务教育资助1350万元、普通高中资助980万元、中职资助520万元。
二、下一步工作
继续做好精准资助。
"""


BULLETIN_MD = """# 榉原市2025年教育事业统计公报

## 一、总体情况

全市共有各级各类学校96所，教职工5120人，其中专任教师4380人。

| 学段 | 学校数（所） | 在校生（人） | 专任教师（人） |
| --- | --- | --- | --- |
| 幼儿园 | 41 | 8650 | 566 |
| 小学 | 35 | 30120 | 2140 |
| 初中 | 16 | 15230 | 1290 |
| 普通高中 | 4 | 6010 | 384 |
| 合计 | 96 | 60010 | 4380 |

## 二、学前教育

全市共有幼儿园41所，在园幼儿8650人。
"""

BULLETIN_HTML = """<html><head><title>柘汀区2025年教育统计公报</title></head><body>
<h1>柘汀区2025年教育统计公报</h1>
<h3>一、基本情况</h3>
<p>全区共有普通高中3所、初中9所、小学22所，教职工3010人，其中专任教师2615人。</p>
<table border="1">
<tr><th>学段</th><th>学校数（所）</th><th>在校生（人）</th><th>专任教师（人）</th></tr>
<tr><td>小学</td><td>22</td><td>18800</td><td>1320</td></tr>
<tr><td>初中</td><td>9</td><td>9400</td><td>905</td></tr>
<tr><td>普通高中</td><td>3</td><td>4900</td><td>390</td></tr>
</table>
<h3>二、普通高中</h3>
<p>全区普通高中3所，在校生4900人。</p>
</body></html>
"""


def _report_docx() -> bytes:
    document = docx.Document()
    document.add_heading("棠岙县“十四五”教育发展规划终期评估报告", level=1)
    document.add_heading("一、主要成效", level=2)
    document.add_paragraph("五年来，全县新增公办学位5200个，其中幼儿园1300个、小学2100个、初中1200个、高中600个。"
                           "公开招聘教师860名。")
    document.add_heading("二、存在的问题", level=2)
    document.add_paragraph("城区学位仍然偏紧。")
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _tables(doc: str):
    text = clean(doc)
    return find_tables("doc", text, parse_sections(text))


def test_a_ranking_naming_no_column_reads_the_current_period_of_a_two_period_table():
    accounts = _tables(ACCOUNTS_MD.replace("# ", "").replace("#", ""))[1]
    now = parse(accounts, "2024年按经济分类支出最多的是哪一项?", own_year=2024)
    assert now is not None and now.aggregate == "max" and now.measure == ["本年决算数"]
    before = parse(accounts, "2023年按经济分类支出最多的是哪一项?", own_year=2024)
    assert before is not None and before.measure == ["上年决算数"]
    unspoken = parse(accounts, "按经济分类支出最少的是哪一项?", own_year=2024)
    assert unspoken is not None and unspoken.aggregate == "min" and unspoken.measure == ["本年决算数"]
    # a year that is neither the title's nor the one before it: no column of it
    assert parse(accounts, "2021年按经济分类支出最多的是哪一项?", own_year=2024) is None
    (periods,) = _tables(ACCOUNTS_TXT)
    assert parse(periods, "2025年哪项资金来源支出最多?", own_year=2025).measure == ["本年数"]


SEATS = """棠岙县教育局关于2026年小学学位预警的通知
一、学位情况
| 学校 | 现有学位 | 预计入学 | 缺口 |
| --- | --- | --- | --- |
| 棠岙县第一小学 | 450 | 520 | 70 |
| 棠岙县第三小学 | 360 | 372 | 12 |
| 溪头镇中心小学 | 240 | 205 | 0 |
| 石门乡中心小学 | 150 | 126 | 0 |
"""


def test_the_place_a_title_opens_with_is_no_kind_of_row():
    (seats,) = _tables(SEATS)
    title = "棠岙县教育局关于2026年小学学位预警的通知"
    q = "棠岙县哪一所学校的学位最富余?"
    assert _title_place(title, q) == ("棠岙县",)
    assert _title_place(title, "哪一所学校的学位最富余?") == ()
    # read as a kind of row, the county's name kept the two schools named after it: a confident wrong list
    assert parse(seats, q, ()) is not None and parse(seats, q, (), _title_place(title, q)) is None


def test_a_column_counting_classes_is_no_count_of_people():
    assert "people" not in column_kinds("招生班数", "")
    assert "个" in column_kinds("计划班数", "")
    assert column_kinds("每班人数", "") == {"people"}


def test_a_breakdown_word_is_how_the_question_asks_not_a_key_term():
    assert not any("学段" in t for t in key_terms("新增公办学位按学段各有多少"))
    assert not any("类别" in t for t in key_terms("资助资金按类别分别是多少"))
    assert "部分学校" in "".join(key_terms("部分学校各是多少"))


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "periods-counters", {
        "juyuan-accounts.md": ACCOUNTS_MD.encode(), "zheting-accounts": ACCOUNTS_TXT,
        "tiaoping-places.html": PLACES_HTML.encode(),
        "tangao-speech": SPEECH, "tangao-report.docx": _report_docx(), "quyuan-funds": FUNDS})


def test_the_stage_opening_several_asks_is_each_later_ask_s():
    assert asks("幼儿园多少所、在园幼儿几人、专任教师几人") == [
        "幼儿园多少所", "幼儿园在园幼儿几人", "幼儿园专任教师几人"]
    assert asks("普通高中多少所、在校生有几人、专任教师有几人") == [
        "普通高中多少所", "普通高中在校生有几人", "普通高中专任教师有几人"]
    # each ask naming its own stage keeps it; a list naming no stage is left as it is
    assert asks("小学有多少所、初中有多少所") == ["小学有多少所", "初中有多少所"]
    assert asks("全县有多少所学校、多少名学生") == ["全县有多少所学校", "全县有多少名学生"]


@pytest.fixture(scope="module")
def bulletins(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stage-bulletins", {
        "juyuan-bulletin.md": BULLETIN_MD.encode(), "zheting-bulletin.html": BULLETIN_HTML.encode()})


def test_several_asks_of_one_stage_read_that_stage_s_figures(bulletins: Service):
    answer = bulletins.ask("榉原市幼儿园多少所、在园幼儿几人、专任教师几人？")
    head = answer.answer.split("。")[0]
    assert not answer.abstained and "41所" in head and "8650人" in head and "566人" in head, answer.answer
    assert "4380" not in head
    other = bulletins.ask("柘汀区普通高中几所、在校生几人、专任教师几人？")
    head = other.answer.split("。")[0]
    # (the sentence stating the district's 2615 names the stage too, in another clause)
    assert "2615" not in head and "3所" in head and "4900人" in head and "390人" in head, other.answer
    third = bulletins.ask("柘汀区初中多少所、在校生几人、专任教师几人？")
    head = third.answer.split("。")[0]
    assert "905人" in head and "2615" not in head, third.answer


@pytest.fixture(scope="module")
def markdown_plan(tmp_path_factory: pytest.TempPathFactory) -> Service:
    # apart: a place no gazetteer lists is not told from another such place (a question's 椴湾区 would reach
    # 苕坪县's table), which is no matter of the column read
    return service_over(tmp_path_factory, "markdown-plan", {"duanwan-places.md": PLACES_MD.encode()})


def test_the_largest_row_of_the_current_period_in_markdown_and_text_accounts(service: Service):
    answer = service.ask("榉原市教育局2024年按经济分类支出最多的是哪一项？")
    head = answer.answer.split("。")[0]
    assert not answer.abstained and "商品和服务支出" in head and "16488.20" in head, answer.answer
    assert "工资福利" not in head
    other = service.ask("柘汀区教育体育局2025年按资金来源哪一项支出最多？")
    head = other.answer.split("。")[0]
    assert not other.abstained and "政府性基金拨款" in head and "5406.35" in head, other.answer


def test_the_fewest_people_within_a_rowspan_group_never_by_classes(service: Service, markdown_plan: Service):
    answer = service.ask("苕坪县初中七年级招生人数最少的是哪所学校？")
    head = answer.answer.split("。")[0]
    assert not answer.abstained and "东岭学校" in head and "320" in head, answer.answer
    most = markdown_plan.ask("椴湾区哪所小学招生人数最多？")
    head = most.answer.split("。")[0]
    assert not most.abstained and "滨河小学" in head and "440" in head, most.answer


def test_the_parts_of_a_whole_asked_by_a_dimension(service: Service):
    answer = service.ask("棠岙县“十四五”期间新增的公办学位按学段各有多少？")
    assert not answer.abstained, answer.answer
    for figure in ("1300个", "2100个", "1200个", "600个"):
        assert figure in answer.answer, answer.answer
    funds = service.ask("蕖沅县2025年资助资金按类别分别是多少？")
    assert not funds.abstained, funds.answer
    for figure in ("410万元", "1350万元", "980万元", "520万元"):
        assert figure in funds.answer, funds.answer
