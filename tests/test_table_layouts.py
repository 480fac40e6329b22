"""Tables in every common layout, written here: each becomes rows of cells whose spans are exact,
whose headers carry the year, and whose value cells carry the unit (from the header, the row
label or a 单位 column), with or without a caption."""

import docx
import pytest

from ingest.load import load_file
from ingest.structure import parse_sections
from ingest.tables import find_tables, row_label, row_text
from tests.pdfs import CJK_FONT, cjk_pdf

HEADER = ["指标", "2020年", "2025年", "属性"]
ROWS = [["小学学位(个)", "12000", "15000", "预期性"], ["学前三年毛入园率(%)", "88.5", ">92", "约束性"],
        ["义务教育巩固率(%)", "95.2", "96", "约束性"]]


def tables_in(text: str, doc_id: str = "t"):
    tables = find_tables(doc_id, text, parse_sections(text))
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                assert text[cell.start:cell.end] == cell.text
    return tables


def assert_indicator_table(table, caption: str = ""):
    assert table.columns == HEADER and table.caption == caption
    assert [row_label(table, r) for r in table.rows] == [r[0] for r in ROWS]
    first = table.rows[0]
    assert (first.cell("2020年").text, first.cell("2020年").unit) == ("12000", "个")
    rate = table.rows[1]
    assert (rate.cell("2025年").text, rate.cell("2025年").unit) == (">92", "%")
    assert "2020年: 88.5%" in row_text(table, rate) and "属性: 约束性" in row_text(table, rate)


def test_one_cell_per_line_without_caption_header_by_its_words():
    cells = "\n".join(HEADER + [c for r in ROWS for c in r])
    text = "一、主要指标\n\n全县“十四五”教育发展主要指标如下。\n\n" + cells + \
           "\n\n二、保障措施\n\n加强组织领导。"
    tables = tables_in(text)
    assert len(tables) == 1 and tables[0].layout == "cells"
    assert_indicator_table(tables[0])
    assert tables[0].section == "一、主要指标"


def test_one_cell_per_line_with_caption_any_width_and_unit_column():
    header = ["项目", "单位", "2021年", "2022年", "2023年", "2024年"]
    rows = [["新建学校", "所", "3", "4", "5", "2"], ["新增学位", "个", "1200", "1500", "1800", "900"]]
    cells = "\n".join(header + [c for r in rows for c in r])
    text = "表3 近年办学条件改善情况\n" + cells + "\n\n以上数据由教育局提供。"
    (table,) = tables_in(text)
    assert table.caption == "表3 近年办学条件改善情况" and table.columns == header
    assert table.rows[1].cell("2023年").text == "1800" and table.rows[1].cell("2023年").unit == "个"


def test_one_cell_per_line_shape_without_header_words():
    header = ["学校", "班级数", "学生数"]
    rows = [["第一小学", "36", "1620"], ["第二小学", "24", "1080"], ["实验中学", "30", "1500"]]
    text = "\n".join(header + [c for r in rows for c in r])
    (table,) = tables_in(text)
    assert table.columns == header and [row_label(table, r) for r in table.rows] == ["第一小学", "第二小学", "实验中学"]


def test_prose_of_short_lines_is_no_table():
    text = "2025年\n工作要点\n一是加强党建。\n二是深化改革。\n联系人\n张三\n电话\n12345678\n"
    assert tables_in(text) == []


def test_markdown_table_with_caption():
    text = ("# 规划\n\n表1 主要指标\n\n| " + " | ".join(HEADER) + " |\n|---|---|---|---|\n"
            + "\n".join("| " + " | ".join(r) + " |" for r in ROWS) + "\n\n正文继续。")
    (table,) = tables_in(text)
    assert table.layout == "rows"
    assert_indicator_table(table, caption="表1 主要指标")


def test_pipe_rows_without_outer_bars():
    text = "\n".join(" | ".join(r) for r in [HEADER, *ROWS])
    (table,) = tables_in(text)
    assert_indicator_table(table)


def test_docx_table(tmp_path):
    document = docx.Document()
    document.add_paragraph("某县“十四五”教育发展主要指标")
    table = document.add_table(rows=len(ROWS) + 1, cols=len(HEADER))
    for row, values in zip(table.rows, [HEADER, *ROWS]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("以上指标为全县目标。")
    document.save(tmp_path / "plan.docx")
    text = load_file(tmp_path / "plan.docx").text
    (parsed,) = tables_in(text)
    assert_indicator_table(parsed, caption="某县“十四五”教育发展主要指标")  # the title line right above names it


def test_html_table_with_merged_cells(tmp_path):
    html = """<html><body><p>各学段主要指标</p><table>
    <tr><th>学段</th><th>指标</th><th>2020年</th><th>2025年</th></tr>
    <tr><td rowspan="2">学前教育</td><td>毛入园率(%)</td><td>88.5</td><td>92</td></tr>
    <tr><td>普惠率(%)</td><td>80</td><td>85</td></tr>
    <tr><td>义务教育</td><td colspan="1">巩固率(%)</td><td>95.2</td><td>96</td></tr>
    </table><p>说明。</p></body></html>"""
    (tmp_path / "t.html").write_text(html, encoding="utf-8")
    text = load_file(tmp_path / "t.html").text
    assert "| | 普惠率(%) | 80 | 85 |" in text
    (table,) = tables_in(text)
    assert table.columns == ["学段", "指标", "2020年", "2025年"]
    assert [(r.group, row_label(table, r)) for r in table.rows] == [
        ("学前教育", "毛入园率(%)"), ("学前教育", "普惠率(%)"), ("义务教育", "巩固率(%)")]
    assert table.rows[1].cell("2025年").unit == "%"


@pytest.mark.skipif(not CJK_FONT.exists(), reason=f"no CJK font at {CJK_FONT}")
def test_pdf_table_from_the_drawn_table_not_the_text_layer(tmp_path):
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=11)
    pdf.multi_cell(0, 8, "某县教育事业发展主要指标如下。", new_x="LMARGIN", new_y="NEXT")
    from fpdf import FontFace  # present: cjk_pdf skips the test without fpdf2

    with pdf.table(headings_style=FontFace(emphasis="")) as table:
        for values in [HEADER, *ROWS]:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.multi_cell(0, 8, "以上指标均纳入考核。", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "plan.pdf"))
    text = load_file(tmp_path / "plan.pdf").text
    assert text.startswith("某县教育事业发展主要指标如下。") and text.endswith("以上指标均纳入考核。")
    (parsed,) = tables_in(text)
    assert_indicator_table(parsed)


@pytest.mark.skipif(not CJK_FONT.exists(), reason=f"no CJK font at {CJK_FONT}")
@pytest.mark.parametrize("repeat_header", [0, 1])
def test_a_pdf_table_the_page_breaks_is_one_table(tmp_path, repeat_header):
    """Budget and statistics PDFs print long tables over two pages, with or without the header row again
    on the second page and with a page number between: one table, every row under the first header."""
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=11)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_y(200)
    pdf.multi_cell(0, 8, "表1 各项目经费 单位：万元", new_x="LMARGIN", new_y="NEXT")
    from fpdf import FontFace  # present: cjk_pdf skips the test without fpdf2

    rows = [[f"项目{n:02d}", str(100 + n), str(120 + n)] for n in range(1, 16)]
    with pdf.table(headings_style=FontFace(emphasis=""), repeat_headings=repeat_header) as table:
        for values in [["项目", "2024年决算数", "2025年预算数"], *rows]:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.multi_cell(0, 8, "以上为全部项目。", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "budget.pdf"))
    assert len(pdfplumber_pages(tmp_path / "budget.pdf")) == 2  # the table does cross the page
    text = load_file(tmp_path / "budget.pdf").text
    (parsed,) = tables_in(text)
    assert parsed.columns == ["项目", "2024年决算数", "2025年预算数"]
    assert [row_label(parsed, r) for r in parsed.rows] == [r[0] for r in rows]
    assert text.count("项目15") == 1 and text.endswith("以上为全部项目。")


def pdfplumber_pages(path) -> list:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.find_tables() for page in pdf.pages]


def test_equal_names_in_cells_of_their_own_stay_row_labels(tmp_path):
    """An enrolment plan lists one school twice (once per stage) in cells of its own: each row keeps the
    school's name as its label; the stage column is a value, not the label."""
    html = """<html><body><p>招生计划如下。</p><table>
    <tr><th>学校</th><th>学段</th><th>班数</th><th>计划招生数</th></tr>
    <tr><td>城东实验学校</td><td>小学</td><td>6</td><td>270</td></tr>
    <tr><td>城南中学</td><td>初中</td><td>10</td><td>500</td></tr>
    <tr><td>城西学校</td><td>小学</td><td>4</td><td>180</td></tr>
    <tr><td>城西学校</td><td>初中</td><td>4</td><td>200</td></tr>
    </table></body></html>"""
    (tmp_path / "n.html").write_text(html, encoding="utf-8")
    text = load_file(tmp_path / "n.html").text
    assert "| 城西学校 | 初中 | 4 | 200 |" in text
    (table,) = tables_in(text)
    assert [row_label(table, r) for r in table.rows] == ["城东实验学校", "城南中学", "城西学校", "城西学校"]
    assert [r.cell("学段").text for r in table.rows] == ["小学", "初中", "小学", "初中"]


def test_a_numbered_markdown_table_is_labelled_by_the_column_after_the_number(tmp_path):
    """Project tables of plans open with a 序号 column: the project's name labels the row."""
    md = ("# 重点项目\n\n| 序号 | 项目名称 | 新增学位 | 投资（万元） |\n| --- | --- | --- | --- |\n"
          "| 1 | 一中扩建工程 | 1200 | 9800 |\n| 2 | 城北高中新建工程 | 1800 | 28600 |\n")
    (tmp_path / "p.md").write_text(md, encoding="utf-8")
    (table,) = tables_in(load_file(tmp_path / "p.md").text)
    assert [row_label(table, r) for r in table.rows] == ["一中扩建工程", "城北高中新建工程"]
    assert table.rows[1].cell("投资（万元）").unit == "万元"


def test_a_change_column_in_percent_keeps_its_unit_under_a_caption_in_money():
    """Budget tables: 单位：万元 in the caption, and a 增减% column whose header states its own unit."""
    text = ("表1 教育支出预算表 单位：万元\n\n| 项目 | 2024年决算数 | 2025年预算数 | 增减% |\n"
            "| --- | --- | --- | --- |\n| 小学教育 | 21,356.80 | 22,418.90 | 5.0 |\n"
            "| 中等职业教育 | 3,105.70 | 2,986.40 | -3.8 |\n")
    (table,) = tables_in(text)
    row = table.rows[1]
    assert (row.cell("2025年预算数").unit, row.cell("增减%").unit) == ("万元", "%")


# a report listing each group's figures on a line of `header：value` pairs (invented: a county's reading contest)
PAIRS = ("一、活动概况\n全县各学段参加情况如下：\n"
         "学段：小学段；参赛班级：24个；参赛学生：960人；获奖作品：48件\n"
         "学段：初中段；参赛班级：15个；参赛学生：600人；获奖作品：30件\n"
         "学段：合计；参赛班级：39个；参赛学生：1560人；获奖作品：78件\n"
         "二、主要做法\n各校组织初赛，评选：优秀；推荐：10人。\n")


def test_lines_of_header_value_pairs_are_a_table_whose_rows_are_the_lines():
    (table,) = tables_in(PAIRS)
    assert table.columns == ["学段", "参赛班级", "参赛学生", "获奖作品"] and table.layout == "pairs"
    assert [row_label(table, r) for r in table.rows] == ["小学段", "初中段", "合计"]
    middle = table.rows[1]
    assert middle.cell("获奖作品").text == "30件"
    # the row is its whole line, as a reader quotes it
    assert PAIRS[middle.start:middle.end] == "学段：初中段；参赛班级：15个；参赛学生：600人；获奖作品：30件"


def test_one_line_of_pairs_or_lines_of_other_headers_stay_prose():
    one = "学段：小学段；参赛班级：24个；参赛学生：960人\n其余学段另行统计。\n"
    other = "学段：小学段；参赛班级：24个；参赛学生：960人\n学段：初中段；班级：15个；学生：600人\n"
    assert tables_in(one) == [] and tables_in(other) == []


def test_a_table_of_pairs_chunks_its_rows_without_a_header_line():
    from ingest.chunk import make_chunks
    from ingest.models import DocMeta, Document

    sections = parse_sections(PAIRS)
    doc = Document("t", PAIRS, DocMeta(), sections=sections, tables=find_tables("t", PAIRS, sections))
    rows = [c for c in make_chunks(doc) if c.table_id]
    assert [c.text[:6] for c in rows] == ["学段：小学段", "学段：初中段", "学段：合计；"]
