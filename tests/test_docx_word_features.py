"""What Word keeps outside the paragraph text, on DOCX files written here: automatic numbering
(numbering.xml: the `一、`, `（一）`, `1.` a reader sees and cites) and tables with merged cells
and header rows (every value cell gets its row label and its column header with year and unit)."""
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ingest.index import Index
from ingest.load import load_file
from ingest.models import Chunk, Document
from ingest.pipeline import process_file
from ingest.tables import find_tables, row_label
from ingest.wordml import format_number

W = nsdecls("w")
# an official document's heading scheme: 一、 > （一） > 1. > （1）, as bureau templates define it
HEADING_LEVELS = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."), ("decimal", "（%4）")]


def add_numbering(document, abstract_id: int, levels, num_ids=(), start_overrides=None, suffix="nothing") -> None:
    """Write an abstract numbering definition and its instances into the document's numbering.xml."""
    root = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:suff w:val="{suffix}"/></w:lvl>' for k, (fmt, text) in enumerate(levels))
    first_num = root.find(qn("w:num"))
    abstract = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    for num_id in num_ids:
        override = ""
        if start_overrides and num_id in start_overrides:
            override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_overrides[num_id]}"/>'
                        "</w:lvlOverride>")
        root.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                              f"{override}</w:num>"))


def numbered(document, text: str, num_id: int, level: int = 0, bold: bool = False):
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = bold or None
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def ingest(path: Path) -> tuple[Document, list[Chunk]]:
    entry = process_file(path, path.stem, path.read_bytes(), {}, "test")
    return Document.from_json(entry.document), [Chunk(**c) for c in entry.chunks]


def test_number_formats_of_chinese_and_western_lists():
    assert [format_number(n, "chineseCounting") for n in (1, 10, 11, 20, 23)] == ["一", "十", "十一", "二十", "二十三"]
    assert format_number(3, "chineseLegalSimplified") == "叁"
    assert format_number(2, "ideographLegalTraditional") == "貳"
    assert format_number(3, "decimalEnclosedCircle") == "③"
    assert format_number(2, "ideographTraditional") == "乙"
    assert format_number(12, "decimalFullWidth") == "１２"
    assert format_number(4, "lowerRoman") == "iv" and format_number(28, "upperLetter") == "BB"


def test_automatic_heading_numbers_are_written_ranked_and_cited(tmp_path):
    document = docx.Document()
    document.add_paragraph("某县教育局关于推进义务教育优质均衡发展的实施意见")
    add_numbering(document, 90, HEADING_LEVELS, num_ids=[91])
    numbered(document, "总体要求", 91, 0, bold=True)
    document.add_paragraph("坚持公益普惠，推动县域义务教育优质均衡发展。")
    numbered(document, "主要目标", 91, 0, bold=True)
    numbered(document, "办学条件", 91, 1)
    document.add_paragraph("到2027年，生均教学及辅助用房面积小学达到4.5平方米。")
    numbered(document, "师资队伍", 91, 1)
    numbered(document, "教师交流", 91, 2)
    document.add_paragraph("每年交流轮岗教师不低于符合条件教师总数的10%。")
    numbered(document, "骨干教师", 91, 2)
    document.add_paragraph("县级以上骨干教师交流比例不低于20%。")
    numbered(document, "重点任务", 91, 0, bold=True)
    numbered(document, "扩充学位", 91, 1)  # restarts at （一）: a shallower level advanced
    document.add_paragraph("新建学校3所，新增学位2700个。")
    document.save(str(tmp_path / "opinion.docx"))

    doc, chunks = ingest(tmp_path / "opinion.docx")
    for line in ("一、总体要求", "二、主要目标", "（一）办学条件", "（二）师资队伍", "1.教师交流", "2.骨干教师",
                 "三、重点任务", "（一）扩充学位"):
        assert f"\n{line}\n" in f"\n{doc.text}\n", line
    assert [s.path for s in doc.sections] == [
        ["一、总体要求"], ["二、主要目标"], ["二、主要目标", "（一）办学条件"], ["二、主要目标", "（二）师资队伍"],
        ["二、主要目标", "（二）师资队伍", "1.教师交流"], ["二、主要目标", "（二）师资队伍", "2.骨干教师"],
        ["三、重点任务"], ["三、重点任务", "（一）扩充学位"]]
    chunk = next(c for c in chunks if "20%" in c.text)
    assert chunk.section == "二、主要目标 > （二）师资队伍 > 2.骨干教师"
    assert chunk.text == doc.text[chunk.start:chunk.end]


def test_numbering_from_a_heading_style_continues_and_restarts_per_instance(tmp_path):
    """Numbering set on a style (Word's numbered heading templates), a second list of the same
    definition that continues it, and one that restarts it (w:startOverride)."""
    document = docx.Document()
    add_numbering(document, 80, [("chineseCounting", "第%1章")], num_ids=[81], suffix="tab")
    add_numbering(document, 82, [("decimal", "%1.")], num_ids=[83, 84, 85], start_overrides={85: 1})
    style = document.styles["Heading 1"]
    style.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:numId w:val="81"/></w:numPr>'))
    document.add_heading("总则", level=1)
    numbered(document, "坚持立德树人；", 83)
    numbered(document, "坚持优先发展；", 83)
    document.add_heading("办学条件", level=1)
    numbered(document, "学校布局合理；", 84)  # same definition, no override: continues at 3
    numbered(document, "校舍达标；", 85)  # restarts at 1
    bullet = document.add_paragraph("不编号的段落。")
    bullet._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))
    document.save(str(tmp_path / "rules.docx"))

    text = load_file(tmp_path / "rules.docx").text.split("\n\n")
    assert text == ["第一章 总则", "1.坚持立德树人；", "2.坚持优先发展；", "第二章 办学条件", "3.学校布局合理；",
                    "1.校舍达标；", "不编号的段落。"]
    doc, _ = ingest(tmp_path / "rules.docx")
    assert [s.heading for s in doc.sections] == ["第一章总则", "第二章办学条件"]  # cleaning joins ideographs


def test_a_docx_without_numbering_definitions_reads_as_before(tmp_path):
    document = docx.Document()
    document.add_paragraph("一、发展基础")
    document.add_paragraph("全县共有学校40所。")
    document.save(str(tmp_path / "plain.docx"))
    assert load_file(tmp_path / "plain.docx").text == "一、发展基础\n\n全县共有学校40所。"


# --- tables with merged cells and header rows ------------------------------------------------------

def merged_table(document, rows: list[list[str | None]], merges: list[tuple[int, int, int, int]], header_rows=0):
    """A table from rows of cell texts; `merges` (r0, c0, r1, c1) merge a block (Word writes
    gridSpan / vMerge); the first `header_rows` rows are marked to repeat on each page."""
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for r0, c0, r1, c1 in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value is not None:
                table.cell(r, c).text = value
    for r in range(header_rows):
        table.rows[r]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
    return table


def indicator_plan(path: Path) -> None:
    """A county plan with the two table shapes bureaus fill in: a caption row over the whole width,
    years spanning 数量 | 占比 columns, groups merged down the first column; and a budget table
    whose unit is stated once in a row of its own."""
    document = docx.Document()
    document.add_paragraph("白水县“十四五”教育事业发展规划")
    document.add_paragraph("一、主要指标")
    merged_table(document, [
        ["表1 白水县教育事业发展主要指标", None, None, None, None, None, None],
        ["类别", "指标", "2020年", None, "2025年", None, "属性"],
        [None, None, "数量", "占比(%)", "数量", "占比(%)", None],
        ["学前教育", "在园幼儿(人)", "5200", "31.5", "6000", "33", "预期性"],
        [None, "公办园在园幼儿(人)", "2900", "55.8", "3600", "60", "约束性"],
        ["义务教育", "在校学生(人)", "21000", "68.5", "22400", "67", "预期性"],
        [None, "寄宿生(人)", "4300", "20.5", "5100", "22.8", "预期性"],
    ], merges=[(0, 0, 0, 6), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 2, 6),
               (3, 0, 4, 0), (5, 0, 6, 0)], header_rows=3)
    document.add_paragraph("二、经费保障")
    merged_table(document, [
        ["表2 教育经费投入", None, None],
        ["单位：万元", None, None],
        ["项目", "2020年", "2025年"],
        ["一般公共预算教育支出", "48600", "61200"],
        ["学前教育专项", "2350", "3100"],
        ["注：2025年为预期数。", None, None],
    ], merges=[(0, 0, 0, 2), (1, 0, 1, 2), (5, 0, 5, 2)])
    document.add_paragraph("三、保障措施")
    document.add_paragraph("加强组织领导，落实经费保障。")
    document.save(str(path))


def test_merged_header_cells_give_every_value_its_year_and_column(tmp_path):
    indicator_plan(tmp_path / "plan.docx")
    text = load_file(tmp_path / "plan.docx").text
    assert "表1 白水县教育事业发展主要指标\n\n| 类别 | 指标 | 2020年 数量 | 2020年 占比(%) |" in text
    assert "| | 公办园在园幼儿(人) | 2900 |" in text  # the group merged down is written once
    assert "表2 教育经费投入\n单位：万元\n\n| 项目 | 2020年 | 2025年 |" in text
    assert "| 学前教育专项 | 2350 | 3100 |\n\n注：2025年为预期数。\n\n三、保障措施" in text  # a note row goes below
    indicators, budget = find_tables("plan", text, [])
    assert indicators.caption == "表1 白水县教育事业发展主要指标"
    assert indicators.columns == ["类别", "指标", "2020年 数量", "2020年 占比(%)", "2025年 数量", "2025年 占比(%)",
                                  "属性"]
    row = indicators.rows[1]
    assert (row.group, row_label(indicators, row)) == ("学前教育", "公办园在园幼儿(人)")
    assert {c.column: (c.text, c.unit) for c in row.cells}["2025年 数量"] == ("3600", "人")
    assert {c.column: (c.text, c.unit) for c in row.cells}["2025年 占比(%)"] == ("60", "%")
    assert [row_label(indicators, r) for r in indicators.rows] == [
        "在园幼儿(人)", "公办园在园幼儿(人)", "在校学生(人)", "寄宿生(人)"]
    assert indicators.rows[3].group == "义务教育"
    assert budget.caption == "表2 教育经费投入" and budget.columns == ["项目", "2020年", "2025年"]
    assert [(c.text, c.unit) for c in budget.rows[0].cells[1:]] == [("48600", "万元"), ("61200", "万元")]
    assert len(budget.rows) == 2  # the note under the table is no row


def test_a_figure_from_a_merged_docx_table_is_answered_end_to_end(tmp_path, monkeypatch):
    """Through `policyqa ingest` and Service.ask: the figure, its unit and the cited table row."""
    import policyqa
    from server.service import Service

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    indicator_plan(corpus / "baishui-plan.docx")
    monkeypatch.setenv("POLICYQA_DATA_DIR", str(tmp_path / "data"))
    assert policyqa.main(["ingest", str(corpus)]) == 0
    service = Service(Index.open(tmp_path / "data"), generator=None)
    response = service.ask("2025年公办园在园幼儿数量目标是多少？")
    assert not response.abstained, response.answer
    assert "3600" in response.answer and "3600" not in response.answer.replace("3600人", "")
    assert response.citations and response.citations[0].doc_id == "baishui-plan"
    response = service.ask("2020年一般公共预算教育支出是多少？")
    assert not response.abstained, response.answer
    assert "48600万元" in response.answer, response.answer


def test_numbered_paragraphs_inside_a_table_show_and_count(tmp_path):
    document = docx.Document()
    add_numbering(document, 70, [("decimal", "%1.")], num_ids=[71])
    numbered(document, "完善布局；", 71)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "任务", "完成时限"
    table.cell(1, 0).text, table.cell(1, 1).text = "", "2026年"
    paragraph = table.cell(1, 0).paragraphs[0]
    paragraph.add_run("扩充学位")
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>'))
    numbered(document, "加强师资。", 71)
    document.save(str(tmp_path / "tasks.docx"))
    assert load_file(tmp_path / "tasks.docx").text.split("\n\n") == [
        "1.完善布局；", "| 任务 | 完成时限 |\n| --- | --- |\n| 2.扩充学位 | 2026年 |", "3.加强师资。"]
