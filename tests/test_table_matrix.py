"""One table of figures in every common layout, written here: one cell per line (3, 4 and 5 columns,
with and without a 表N caption or a 单位 line), `|` rows, Markdown, HTML with rowspan/colspan, DOCX with
merged cells and PDF; groups headed by `一、`/`二、` rows (with and without the group's subtotal) and a
合计 row. Each must give the same whole-table answers: the 合计 row and the subtotals are never summed
or ranked again, a year asked reads that year's column, a unit in the caption or the header reaches
every cell."""
from __future__ import annotations

import docx
import pytest

from figures.tablequery import TableQueryError, key
from ingest.load import load_file
from ingest.models import Table
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.service import Service
from tests.pdfs import CJK_FONT, cjk_pdf
from tests.tablequestions import ask
from tests.written import docx_table, service_over

HEAD = ["项目", "2023年", "2024年", "2025年"]
ROWS = [["人员经费", "1200", "1300", "1400"], ["公用经费", "300", "320", "350"],
        ["校舍建设", "800", "900", "1000"], ["设备购置", "200", "250", "300"], ["合计", "2500", "2770", "3050"]]
BEFORE = "一、经费投入\n\n全县教育经费投入情况如下。\n\n"
AFTER = "\n\n二、保障措施\n\n加强组织领导。"
CAPTIONS = {"none": "", "caption unit": "表2 教育经费投入情况（单位：万元）\n",
            "unit line": "表2 教育经费投入情况\n单位：万元\n"}


def table_of(text: str) -> Table:
    (table,) = find_tables("doc", text, parse_sections(text))
    for row in table.rows:
        for cell in row.cells:
            assert text[cell.start:cell.end] == cell.text
    return table


def value(table: Table, question: str) -> float:
    """The computed figure in the unit shown (万元 as written, not 元)."""
    computation = ask(table, question).computation
    assert computation is not None, question
    return computation.value


def named(table: Table, question: str) -> list[str]:
    return [key(c.label) for c in ask(table, question).cells]


def widths(width: int) -> tuple[list[str], list[list[str]]]:
    if width == 3:  # two years
        return [HEAD[0], *HEAD[2:]], [[r[0], *r[2:]] for r in ROWS]
    if width == 5:  # a 单位 column
        return [HEAD[0], "单位", *HEAD[1:]], [[r[0], "万元", *r[1:]] for r in ROWS]
    return HEAD, ROWS


@pytest.mark.parametrize("width", [3, 4, 5])
@pytest.mark.parametrize("caption", list(CAPTIONS))
def test_one_cell_per_line_any_width_with_or_without_caption(width: int, caption: str) -> None:
    head, rows = widths(width)
    table = table_of(BEFORE + CAPTIONS[caption] + "\n".join(head + [c for r in rows for c in r]) + AFTER)
    assert table.columns == head and table.caption == CAPTIONS[caption].split("\n")[0]
    assert [key(r.cells[0].text) for r in table.rows] == [r[0] for r in rows]
    unit = "万元" if caption != "none" or width == 5 else ""
    assert {c.unit for r in table.rows for c in r.cells if c.column == "2025年"} == {unit}
    # the year asked, not the first year column nor every one; the 合计 row is not added again
    assert value(table, "2025年各项目经费合计是多少？") == 3050
    assert named(table, "2024年哪个项目经费最多？")[0] == "人员经费"
    assert named(table, "2025年经费最少的是哪个项目？")[0] == "设备购置"
    if unit:
        assert value(table, "2024年经费超过500万元的项目有几个？") == 2
    else:  # 1300 in a table stating no unit may be 元 or 万元: no count by guess
        with pytest.raises(TableQueryError):
            ask(table, "2024年经费超过500万元的项目有几个？")


INDICATORS = [["普惠性幼儿园覆盖率", "%", "85", "90", "约束性"], ["新增学位", "个", "1200", "3000", "预期性"],
              ["义务教育巩固率", "%", "96.5", "97", "约束性"], ["专任教师数", "人", "4100", "4600", "预期性"]]


@pytest.mark.parametrize("columns", [["指标", "属性", "目标值"], ["指标", "单位", "目标值", "属性"],
                                     ["指标", "单位", "现状值", "目标值", "属性"]])
@pytest.mark.parametrize("caption", ["", "表1 主要发展指标\n"])
def test_a_header_without_years_is_told_by_its_attribute_or_unit_words(columns: list[str], caption: str) -> None:
    whole = ["指标", "单位", "现状值", "目标值", "属性"]
    rows = [[r[whole.index(c)] for c in columns] for r in INDICATORS]
    table = table_of(BEFORE + caption + "\n".join(columns + [c for r in rows for c in r]) + AFTER)
    assert table.columns == columns and len(table.rows) == 4
    assert named(table, "哪些指标是约束性指标？") == ["普惠性幼儿园覆盖率", "义务教育巩固率"]
    assert value(table, "预期性指标有几个？") == 2
    if "单位" in columns:  # rows in %, 个 and 人: the percentages ranked among themselves
        assert named(table, "目标值最高的百分比指标是哪个？")[0] == "义务教育巩固率"


# budget rows in groups headed `一、`/`二、`, the group row carrying its subtotal, closed by 合计
GROUPED = [["一、基本支出", "1620", "1750"], ["人员经费", "1300", "1400"], ["公用经费", "320", "350"],
           ["二、项目支出", "1150", "1300"], ["校舍建设", "900", "1000"], ["设备购置", "250", "300"],
           ["合计", "2770", "3050"]]
GROUP_HEAD = ["项目", "2024年", "2025年"]
CAPTION = "表2 教育经费投入情况（单位：万元）\n"


def grouped_text(layout: str) -> str:
    if layout == "cells":
        body = "\n".join(GROUP_HEAD + [c for r in GROUPED for c in r])
    elif layout == "markdown":
        body = "\n".join(["| " + " | ".join(GROUP_HEAD) + " |", "|---|---|---|"]
                         + ["| " + " | ".join(r) + " |" for r in GROUPED])
    else:  # `|` rows, the group rows without figures
        rows = [[r[0], "", ""] if "、" in r[0] else r for r in GROUPED]
        body = "\n".join(" | ".join(r) for r in [GROUP_HEAD, *rows])
    return BEFORE + CAPTION + body + AFTER


def assert_budget(table: Table) -> None:
    assert value(table, "2025年各项目经费合计是多少？") == 3050  # not the subtotals nor 合计 again
    assert named(table, "2024年哪个项目经费最多？") == ["人员经费", "校舍建设", "公用经费", "设备购置"]
    assert value(table, "2025年项目支出合计多少？") == 1300  # the group's rows
    assert named(table, "2024年经费超过500万元的项目有哪些？") == ["人员经费", "校舍建设"]


@pytest.mark.parametrize("layout", ["cells", "markdown", "pipe"])
def test_rows_grouped_under_ordinal_rows_are_summed_once(layout: str) -> None:
    table = table_of(grouped_text(layout))
    groups = {key(r.cells[0].text): key(r.group) for r in table.rows}
    assert groups["校舍建设"] == groups["项目支出"] == "项目支出"  # the group row is its own group
    assert key("二、项目支出") == "项目支出"  # asked without its ordinal
    assert groups["合计"] == ""  # a total row after the groups is in none
    assert_budget(table)


def test_html_table_with_rowspan_and_colspan_groups_and_total(tmp_path) -> None:
    html = """<html><body><p>全县教育经费投入情况如下。</p><p>表2 教育经费投入情况（单位：万元）</p><table>
    <tr><th rowspan="2">类别</th><th rowspan="2">项目</th><th colspan="2">经费</th></tr>
    <tr><th>2024年</th><th>2025年</th></tr>
    <tr><td rowspan="2">基本支出</td><td>人员经费</td><td>1300</td><td>1400</td></tr>
    <tr><td>公用经费</td><td>320</td><td>350</td></tr>
    <tr><td rowspan="2">项目支出</td><td>校舍建设</td><td>900</td><td>1000</td></tr>
    <tr><td>设备购置</td><td>250</td><td>300</td></tr>
    <tr><td colspan="2">合计</td><td>2770</td><td>3050</td></tr>
    </table><p>说明。</p></body></html>"""
    (tmp_path / "t.html").write_text(html, encoding="utf-8")
    table = table_of(load_file(tmp_path / "t.html").text)
    assert table.columns == ["类别", "项目", "2024年 经费", "2025年 经费"]
    assert [r.group for r in table.rows] == ["基本支出", "基本支出", "项目支出", "项目支出", "合计"]
    assert_budget(table)


def test_docx_table_with_merged_group_and_total_cells(tmp_path) -> None:
    document = docx.Document()
    document.add_paragraph("全县教育经费投入情况如下。")
    document.add_paragraph("表2 教育经费投入情况（单位：万元）")
    rows = [["类别", "项目", "2024年", "2025年"], ["基本支出", "人员经费", "1300", "1400"],
            ["", "公用经费", "320", "350"], ["项目支出", "校舍建设", "900", "1000"], ["", "设备购置", "250", "300"],
            ["合计", "", "2770", "3050"]]
    grid = docx_table(document, rows)
    grid.cell(1, 0).merge(grid.cell(2, 0))
    grid.cell(3, 0).merge(grid.cell(4, 0))
    grid.cell(5, 0).merge(grid.cell(5, 1))
    document.add_paragraph("以上为预算数。")
    document.save(tmp_path / "t.docx")
    table = table_of(load_file(tmp_path / "t.docx").text)
    assert table.columns == ["类别", "项目", "2024年", "2025年"]
    assert [r.group for r in table.rows] == ["基本支出", "基本支出", "项目支出", "项目支出", "合计"]
    assert_budget(table)


@pytest.mark.skipif(not CJK_FONT.exists(), reason=f"no CJK font at {CJK_FONT}")
@pytest.mark.parametrize(("caption", "header"), [("表3 2024年教育经费支出（单位：万元）", ["项目", "金额"]),
                                                 ("表3 2024年教育经费支出", ["项目", "金额（万元）", "占比（%）"])])
def test_pdf_table_with_its_unit_in_the_caption_or_the_header(tmp_path, caption: str, header: list[str]) -> None:
    from fpdf import FontFace  # present: cjk_pdf skips the test without fpdf2

    pdf = cjk_pdf()
    pdf.set_font("cjk", size=11)
    pdf.multi_cell(0, 8, "全县教育经费支出情况如下。", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 8, caption, new_x="LMARGIN", new_y="NEXT")
    rows = [["人员经费", "1300", "47"], ["公用经费", "320", "12"], ["校舍建设", "900", "32"], ["设备购置", "250", "9"],
            ["合计", "2770", "100"]]
    with pdf.table(headings_style=FontFace(emphasis="")) as grid:
        for values in [header, *(r[:len(header)] for r in rows)]:
            row = grid.row()
            for text in values:
                row.cell(text)
    pdf.multi_cell(0, 8, "以上为决算数。", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "t.pdf"))
    table = table_of(load_file(tmp_path / "t.pdf").text)
    assert table.caption == caption and table.columns == header
    assert {c.unit for r in table.rows for c in r.cells if c.column == header[1]} == {"万元"}
    assert value(table, "各项目金额合计是多少？") == 2770
    assert named(table, "哪个项目金额最多？")[0] == "人员经费"
    assert value(table, "金额超过500万元的项目有几个？") == 2


def test_a_row_of_zero_is_no_input_of_a_sum() -> None:
    # a project table where some projects add no places: the sum of those that do, each cited once
    text = BEFORE + "\n".join(["| 项目名称 | 新增学位（个） | 总投资（万元） |", "| --- | --- | --- |",
                               "| 第一中学扩建工程 | 1200 | 8000 |", "| 科技楼 | 0 | 1500 |",
                               "| 第二中学新建工程 | 1800 | 12000 |", "| 艺术楼 | 150 | 900 |"]) + AFTER
    table = table_of(text)
    result = ask(table, "哪些项目能新增学位？合计新增多少个？")
    assert result.computation is not None and result.computation.value == 3150
    assert [key(c.label) for c in result.cells] == ["第一中学扩建工程", "第二中学新建工程", "艺术楼"]
    assert "0" not in result.computation.formula.split(" = ")[0].split(" + ")


# --- answered through the service, on documents written here -----------------------------------------

# a county's budget report: the table one cell per line, its group rows (`一、基本支出`) read as headings
REPORT = ("石阡县2024年教育经费预算执行情况报告\n一、总体情况\n2024年，全县教育经费保持稳定增长。\n"
          "二、经费投入\n全县教育经费投入情况如下。\n" + CAPTION
          + "\n".join(GROUP_HEAD + [c for r in GROUPED for c in r])
          + "\n三、下一步工作\n继续加大投入，保障学校运转。\n")
# a county's school table under a heading, no caption, closed by a 合计 row with an empty cell
SCHOOLS = """永登县义务教育学校基本情况
一、学校概况
全县专任教师3120人。各校情况见下表。
| 学校名称 | 学段 | 在校生（人） | 班级数（个） | 是否寄宿制 |
| --- | --- | --- | --- | --- |
| 城关小学 | 小学 | 1850 | 36 | 否 |
| 红城小学 | 小学 | 760 | 18 | 是 |
| 第一中学 | 初中 | 1420 | 30 | 是 |
| 第二中学 | 初中 | 980 | 22 | 否 |
| 合计 | | 5010 | 106 | |
二、存在问题
部分学校大班额问题仍然存在。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "matrix", {"shiqian": REPORT, "yongdeng": SCHOOLS})


def test_service_a_grouped_budget_table_of_one_cell_per_line(service: Service) -> None:
    r = service.ask("石阡县2025年教育经费各项目合计是多少？")
    assert not r.abstained and r.figures[0].value == 3050 and r.figures[0].unit == "万元", r.answer
    # the four items added, not the subtotals; the 合计 row cited only as the check the sum agrees with
    assert len(r.figures[0].inputs) == 4 and len([c for c in r.citations if not c.text.startswith("合计")]) == 4, \
        r.answer
    assert "与表中“合计”行（3050万元）一致" in r.answer
    r = service.ask("石阡县2025年项目支出合计多少？")
    assert not r.abstained and r.figures[0].value == 1300, r.answer


def test_service_rows_counted_by_a_threshold_on_a_column(service: Service) -> None:
    # no caption names the table, but a count by its column's values is the table's (not prose's) to answer
    r = service.ask("永登县在校生超过1000人的学校有几所？")
    assert not r.abstained and r.figures[0].value == 2, r.answer
    assert "城关小学" in r.answer and "第一中学" in r.answer and "合计" not in r.answer


def test_service_a_thing_named_two_ways_one_inside_the_other(service: Service) -> None:
    # 超大班额 holds 大班额: a document naming only the shorter name still mentions the thing asked
    r = service.ask("哪些文件提到了大班额或超大班额？")
    assert not r.abstained and "\n永登县" in r.answer and "\n石阡县" not in r.answer, r.answer


def test_service_a_count_column_asked_by_the_first_character_of_what_it_counts(service: Service) -> None:
    # `班级数` asked as `多少个班`: the mean of that column over the schools, as the 合计 row's total (equal to the
    # rows' sum) ÷ the rows it totals, each named
    r = service.ask("永登县平均每所学校有多少个班？")
    assert not r.abstained and r.figures[0].value == 26.5, r.answer
    assert r.answer.split("[")[0].startswith("106 ÷ 4 = 26.5"), r.answer
    assert "为表中4行（城关小学、红城小学、第一中学、第二中学）之和" in r.answer, r.answer


def test_service_a_document_mentioning_a_thing_in_a_table_is_quoted_by_its_cells(service: Service) -> None:
    # one cell per line: the row's cells by their headers, not the lines run together (`校舍建设9001000`)
    r = service.ask("哪些地区的文件提到了校舍建设？")
    assert not r.abstained, r.answer
    assert ("石阡县：《表2 教育经费投入情况（单位：万元）》“校舍建设”（二、项目支出）："
            "2024年：900万元，2025年：1000万元[1]") in r.answer, r.answer
    # named only by a column: the table's header
    r = service.ask("哪些文件提到了寄宿制？")
    header = "》：《一、学校概况》表头：学校名称、学段、在校生（人）、班级数（个）、是否寄宿制[1]"  # after its title
    assert "\n永登县" in r.answer and header in r.answer, r.answer
