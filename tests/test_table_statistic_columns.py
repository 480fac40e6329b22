"""A table column stating a statistic of each row's indicator (差异系数, 占比, 排名) beside its amount, in
the layouts the loader meets (`|` rows of a text file, a web page's two-row header, a Word table with a
单位 column, a budget table under a `单位：万元` line, a PDF table): the unit the row's label, 单位 cell or
unit line names is the amount's, not the statistic's, so a ranking of that column is not refused for
"units that differ"; a column named by both of its parts (`初中…差异系数`) is measured, not the one
sharing only its stage; a summary row of the column (综合差异系数) is not one of the rows ranked; and an
indicator the documents name with 平均 (平均班额) is a value to look up, not a mean of a column."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from figures.tablequery import UnlikeUnits, run
from ingest.load import load_file
from ingest.models import Table
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import _mentions, parse, without_named_superlatives
from tests.pdfs import CJK_FONT, cjk_pdf
from tests.written import docx_table

# a self-evaluation's 差异系数 table as `|` rows of a text file, closed by the overall coefficient
PIPES = """某市义务教育优质均衡发展自评报告
（二）校际差异系数
全市资源配置指标的均值和校际差异系数见下表。

指标 | 小学均值 | 小学差异系数 | 初中均值 | 初中差异系数
每百名学生拥有高于规定学历教师数（人） | 6.12 | 0.312 | 7.85 | 0.268
生均教学及辅助用房面积（平方米） | 6.35 | 0.287 | 8.12 | 0.243
生均教学仪器设备值（元） | 3286 | 0.331 | 4125 | 0.305
每百名学生拥有网络多媒体教室数（间） | 4.10 | 0.264 | 4.60 | 0.221
综合差异系数 | — | 0.343 | — | 0.300

三、政府保障程度
全市小学平均班额38.6人，初中平均班额44.2人。
"""

# the same as a web page: the stage over its two columns (colspan), then 均值 | 差异系数
HTML = """<html><body><h1>某县义务教育优质均衡督导评估报告</h1><h2>二、资源配置</h2>
<p>各项指标校际差异系数如下。</p>
<table>
<tr><th rowspan="2">指标</th><th colspan="2">小学</th><th colspan="2">初中</th></tr>
<tr><th>均值</th><th>差异系数</th><th>均值</th><th>差异系数</th></tr>
<tr><td>生均体育运动场馆面积（㎡）</td><td>9.1</td><td>0.41</td><td>12.5</td><td>0.36</td></tr>
<tr><td>生均教学仪器设备值（元）</td><td>2650</td><td>0.38</td><td>3300</td><td>0.29</td></tr>
<tr><td>每百名学生拥有县级以上骨干教师数（人）</td><td>1.3</td><td>0.45</td><td>1.5</td><td>0.33</td></tr>
</table>
<h2>三、下一步工作</h2><p>缩小校际差距。</p></body></html>
"""

# a budget table under its unit line, a share column written in % beside the amounts
BUDGET = """某县教育体育局2024年部门预算说明
三、支出预算情况
表2 2024年部门支出预算（按功能分类）
单位：万元
科目 | 预算数 | 占比
学前教育 | 6,120.40 | 8.27%
小学教育 | 24,860.75 | 33.60%
初中教育 | 17,935.60 | 24.24%
合计 | 48,916.75 | 66.11%

四、其他说明
无。
"""


def _tables(text: str) -> list[Table]:
    return find_tables("doc", text, parse_sections(text))


def _ask(table: Table, text: str, q: str):
    asked = without_named_superlatives(normalize(q, drop_space=True), [text], table.columns)
    query = parse(table, asked)
    return query, (run(table, query) if query else None)


@pytest.mark.parametrize("question, lowest", [
    ("初中7项资源配置指标里哪一项校际差异系数最小？", True),
    ("初中哪项指标的差异系数最低", True),
    ("小学各项指标中，校际差异系数最大的是哪一项？", False),
])
def test_a_coefficient_column_is_ranked_though_its_rows_are_in_different_units(question: str, lowest: bool):
    (table,) = _tables(PIPES)
    coefficient = table.rows[0].cells[2]
    assert (coefficient.text, coefficient.unit) == ("0.312", "")  # not the row's 人
    assert table.rows[0].cells[1].unit == "人"  # the amount keeps it
    query, result = _ask(table, PIPES, question)
    assert query is not None and query.measure == (["初中差异系数"] if "初中" in question else ["小学差异系数"])
    assert result is not None and result.computation is not None
    # the overall coefficient (综合差异系数) is not one of the indicators
    assert all("综合" not in c.label for c in result.cells)
    if lowest:
        assert result.computation.value == pytest.approx(0.221) and "网络多媒体教室" in result.cells[0].label
    else:
        assert result.computation.value == pytest.approx(0.331) and "教学仪器设备值" in result.cells[0].label


def test_amounts_in_different_units_are_still_not_ranked_together():
    (table,) = _tables(PIPES)
    query = parse(table, normalize("初中哪项指标的均值最大？", drop_space=True))
    assert query is not None and query.measure == ["初中均值"]
    with pytest.raises(UnlikeUnits):
        run(table, query)


def test_a_web_table_with_the_stage_over_two_columns(tmp_path: Path):
    (tmp_path / "r.html").write_text(HTML, encoding="utf-8")
    text = load_file(tmp_path / "r.html").text
    (table,) = _tables(text)
    query, result = _ask(table, text, "初中哪一项指标的校际差异系数最小？")
    assert result is not None and result.computation is not None
    assert result.computation.value == pytest.approx(0.29) and "教学仪器设备值" in result.cells[0].label


def test_a_word_table_with_a_unit_column(tmp_path: Path):
    document = docx.Document()
    document.add_heading("一、资源配置", 1)
    document.add_paragraph("全县小学各项指标的县域均值和差异系数见下表。")
    docx_table(document, [("指标", "单位", "县域均值", "差异系数"),
                          ("生均教学及辅助用房面积", "平方米", "5.2", "0.36"),
                          ("生均教学仪器设备值", "元", "2650", "0.42"),
                          ("每百名学生拥有网络多媒体教室数", "间", "2.6", "0.31")])
    document.add_heading("二、存在问题", 1)
    document.add_paragraph("仪器设备配置不均衡。")
    document.save(str(tmp_path / "r.docx"))
    text = load_file(tmp_path / "r.docx").text
    (table,) = _tables(text)
    query, result = _ask(table, text, "哪项指标的差异系数最大？")
    assert result is not None and result.computation is not None
    assert result.computation.value == pytest.approx(0.42) and "教学仪器设备值" in result.cells[0].label
    with pytest.raises(UnlikeUnits):  # the means are in 平方米, 元 and 间
        _ask(table, text, "哪项指标的县域均值最大？")


def test_a_share_column_under_a_unit_line_keeps_its_percent():
    (table,) = _tables(BUDGET)
    share = table.rows[0].cells[2]
    assert (share.text, share.unit) == ("8.27%", "")  # not 万元 of the table's unit line
    assert table.rows[0].cells[1].unit == "万元"
    query, result = _ask(table, BUDGET, "哪个科目的支出占比最高？")
    assert result is not None and result.computation is not None
    assert (result.computation.value, result.computation.unit) == (pytest.approx(33.6), "%")


@pytest.mark.skipif(not CJK_FONT.exists(), reason=f"no CJK font at {CJK_FONT}")
def test_an_indicator_named_with_ping_jun_is_looked_up_not_averaged(tmp_path: Path):
    """A statistics bulletin's PDF table of conditions by stage, the 平均班额 in its prose: `初中的平均班额`
    asks that figure, not the mean of the table's 初中 column (in 平方米 and 元)."""
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=11)
    pdf.multi_cell(0, 8, "初中15所，教学班238个，平均班额47.4人。", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 8, "表2 义务教育学校主要办学条件", new_x="LMARGIN", new_y="NEXT")
    from fpdf import FontFace  # present: cjk_pdf skips the test without fpdf2

    with pdf.table(headings_style=FontFace(emphasis="")) as grid:
        for values in [("指标", "小学", "初中"), ("生均教学及辅助用房面积(平方米)", "5.1", "6.2"),
                       ("生均教学仪器设备值(元)", "2380", "2310")]:
            row = grid.row()
            for value in values:
                row.cell(value)
    pdf.output(str(tmp_path / "s.pdf"))
    text = load_file(tmp_path / "s.pdf").text
    (table,) = _tables(text)
    for question in ("初中的平均班额是多少人？", "初中平均班额有多大", "小学平均班额多少"):
        assert "平均" not in without_named_superlatives(normalize(question), [text], table.columns)
        query, _ = _ask(table, text, question)
        assert query is None
    # a mean of the column is still asked so (and refused: its rows are in 平方米 and 元)
    query = parse(table, without_named_superlatives("初中各项指标的平均值是多少", [text], table.columns))
    assert query is not None and query.aggregate == "mean"
    with pytest.raises(UnlikeUnits):
        run(table, query)


def test_a_column_named_with_ping_jun_still_ranks():
    text = ("各校平均班额见下表。\n\n学校 | 平均班额（人） | 班数\n第一小学 | 44.5 | 30\n"
            "第二小学 | 46.2 | 24\n\n其他。\n")
    (table,) = _tables(text)
    query, result = _ask(table, text, "哪所学校平均班额最大？")
    assert result is not None and result.computation is not None and result.computation.value == 46.2


# an indicator table with no caption, years as columns, rows in % and in counts
PLAN = """某市学前教育发展规划
二、主要指标
指标 | 2020年基数 | 2025年目标 | 属性
学前三年毛入园率（%） | 86.5 | 92 | 约束性
普惠性幼儿园覆盖率（%） | 78.3 | 88 | 约束性
公办园在园幼儿占比（%） | 46.2 | 55 | 约束性
幼儿园数（所） | 64 | 72 | 预期性
在园幼儿数（人） | 8640 | 9900 | 预期性

三、保障措施
加强组织领导。
"""


@pytest.mark.parametrize("question", [
    "规划的百分比指标中，哪一项计划提高得最多？",
    "以百分比表示的指标里哪个提升幅度最大？",
    "单位为%的指标中，2020年到2025年哪项增加最多",
])
def test_rows_kept_by_their_unit_rank_by_their_change(question: str):
    (table,) = _tables(PLAN)
    q = normalize(question, drop_space=True)
    assert _mentions(table, q, PLAN) >= 1  # the rows' unit names the table, which has no caption
    _, result = _ask(table, PLAN, question)
    assert result is not None and result.computation is not None
    # 在园幼儿数 rises by 1260人, but it is not a percentage
    assert "普惠性幼儿园覆盖率" in result.cells[0].label and result.computation.value == pytest.approx(9.7)
    assert result.computation.unit == "百分点"
