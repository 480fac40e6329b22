"""Document classes and formats the development corpus lacks, written here in the form bureaus
publish them and ingested through the real pipeline: a bureau notice as DOCX (red head, 文号, a
text box, a footnote, an attachment list, issuer and date at the end), a preschool plan as PDF
(a heading wrapped over two lines, a prose line wrapped inside a figure, a ruled table whose two
header rows carry year and kind), a self-evaluation page as HTML (title and date only in the
page's head, per-school indicators under two header rows), a work summary whose indicator table
is published one cell per line under a title line, and a speech in Traditional script. Each test
asserts what ingest made of it and that a question over it is answered with a citation."""
from __future__ import annotations

import io

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest.tables import row_label
from server.service import Service
from tests.pdfs import cjk_pdf
from tests.written import service_over

W = nsdecls("w")
SHAPES = (f'{nsdecls("w", "wp", "a")} xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def text_box(paragraph, lines: list[str]) -> None:
    """A text box anchored in the paragraph, written as Word writes it: DrawingML and a VML copy."""
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in lines)
    paragraph._p.append(parse_xml(
        f'<w:r {SHAPES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<wp:docPr id="1" name="box"/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>'
        f'</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
        f'<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'))


def footnote(document, paragraph, note_id: int, text: str) -> None:
    """A footnote part (python-docx writes none) with one note, and its reference in the paragraph."""
    xml = (f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:footnote><w:footnote w:id="{note_id}"><w:p><w:r><w:footnoteRef/></w:r>'
           f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    paragraph._p.append(parse_xml(f'<w:r {W}><w:footnoteReference w:id="{note_id}"/></w:r>'))


def notice_docx() -> bytes:
    document = docx.Document()
    for line in ("怀宁县教育局文件", "怀教〔2023〕42号", "关于做好2023年秋季学期义务教育招生入学工作的通知",
                 "各乡镇中心学校，县直各学校："):
        document.add_paragraph(line)
    opening = document.add_paragraph("为做好2023年秋季学期义务教育招生入学工作，现将有关事项通知如下。")
    text_box(opening, ["专栏1　招生时间安排", "网上报名时间为2023年7月10日至7月20日，逾期不再受理。"])
    document.add_paragraph("一、招生计划")
    plan = document.add_paragraph("全县城区小学一年级计划招生2860人，初中一年级计划招生3120人。")
    footnote(document, plan, 1, "招生计划数据来源于2023年春季学期学籍统计。")
    document.add_paragraph("二、工作要求")
    document.add_paragraph("严禁以任何形式举行或变相举行与招生入学相关的考试。")
    for line in ("附件：1.怀宁县2023年城区小学学区划分表", "2.怀宁县2023年义务教育招生工作日程表",
                 "怀宁县教育局", "2023年6月28日"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def plan_pdf() -> bytes:
    from fpdf.fonts import FontFace

    pdf = cjk_pdf()
    pdf.set_font("cjk", size=18)
    pdf.cell(0, 12, "桐城市“十四五”学前教育发展提升行动计划", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("cjk", size=14)  # a heading longer than the line: it wraps at the right margin
    pdf.multi_cell(0, 9, "一、全面提升全市城乡学前教育普及普惠水平和保育教育质量的主要目标",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=11)
    pdf.multi_cell(0, 7, "到2025年，全市学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率达到90%，"
                         "公办园在园幼儿占比达到55%。", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "表1　桐城市学前教育发展主要指标", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(60, 25, 25, 25, 25), headings_style=FontFace(), num_heading_rows=2) as table:
        row = table.row()
        for text, span in (("指标", 2), ("单位", 2), ("2020年", 1), ("2025年", 1), ("属性", 2)):
            row.cell(text, rowspan=span)
        row = table.row()
        row.cell("现状")
        row.cell("目标")
        for values in (("学前三年毛入园率", "%", "90.2", "95", "预期性"),
                       ("普惠性幼儿园覆盖率", "%", "84.5", "90", "约束性"),
                       ("公办园在园幼儿占比", "%", "48.6", "55", "约束性")):
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(4)
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 9, "二、重点任务", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=11)
    pdf.multi_cell(0, 7, "新建、改扩建公办幼儿园8所，新增公办学位2400个。")
    return bytes(pdf.output())


SELF_EVALUATION = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>岳西县义务教育优质均衡发展自评报告_岳西县人民政府</title>
<meta name="SiteName" content="岳西县人民政府">
<meta name="PubDate" content="2023-06-12 09:30">
<meta name="ContentSource" content="岳西县教育局">
</head><body>
<div class="nav">首页 > 政务公开 > 教育</div>
<div class="article">
<p>根据《县域义务教育优质均衡发展督导评估办法》，我县对照评估内容开展了自查自评，现将有关情况报告如下。</p>
<h2>一、基本情况</h2>
<p>全县共有义务教育阶段学校36所，其中小学24所、初中12所，在校学生28650人，专任教师2140人。</p>
<h2>二、资源配置情况</h2>
<table border="1"><caption>表2　义务教育学校资源配置指标情况</caption>
<tr><th rowspan="2">学校</th><th colspan="2">每百名学生拥有高于规定学历教师数（人）</th>
<th colspan="2">生均体育运动场馆面积（㎡）</th></tr>
<tr><th>标准</th><th>实际</th><th>标准</th><th>实际</th></tr>
<tr><td>城关中心小学</td><td>4.2</td><td>5.8</td><td>7.5</td><td>8.1</td></tr>
<tr><td>店前中学</td><td>5.3</td><td>6.1</td><td>10.2</td><td>11.6</td></tr>
<tr><td>响肠中心学校</td><td>4.2</td><td>4.9</td><td>7.5</td><td>9.3</td></tr>
</table>
<p>小学、初中综合差异系数分别为0.312和0.268，均达到国家标准。</p>
</div></body></html>"""

WORK_SUMMARY = """潜山市教育体育局2023年工作总结
2023年，市教育体育局坚持以立德树人为根本任务，各项工作取得新成效。现将工作情况总结如下。
一、主要工作成效
（一）办学条件持续改善。全年完成教育基础设施投资3.2亿元，新建改扩建校舍4.6万平方米。
2023年主要教育指标完成情况
指标
目标值
完成值
完成情况
学前三年毛入园率（%）
92
93.4
完成
义务教育巩固率（%）
97
97.6
完成
新增学位（个）
3000
3350
完成
二、存在问题
城区学校大班额问题仍未彻底解决。
潜山市教育体育局
2024年1月10日
"""

SPEECH = """在2023年全縣教育工作會議上的講話
太湖縣副縣長　陳志明
（2023年2月20日）
同志們：
今天，我們召開全縣教育工作會議，總結2022年全縣教育工作，部署2023年重點任務。
一、2022年教育工作成效顯著
全年教育經費投入達到8.6億元，同比增長6.3%。新建、改擴建學校15所，新增學位5200個。
二、2023年重點工作
加快推進義務教育優質均衡發展，力爭到2025年全縣義務教育學校全部達到省級標準化學校建設標準。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory) -> Service:
    return service_over(tmp_path_factory, "formats", {
        "notice.docx": notice_docx(), "plan.pdf": plan_pdf(), "selfeval.html": SELF_EVALUATION.encode(),
        "summary": WORK_SUMMARY, "speech": SPEECH})


def cited(service: Service, question: str, doc_id: str, *quoted: str) -> str:
    """The answer to the question, which must cite the document and quote every `quoted` string."""
    response = service.ask(question)
    assert not response.abstained, response.answer
    texts = [c.text for c in response.citations if c.doc_id == doc_id]
    assert texts, [c.doc_id for c in response.citations]
    for part in quoted:
        assert any(part in t for t in texts) or part in response.answer, (part, texts, response.answer)
    return response.answer


def test_notice_text_box_footnote_attachments_and_metadata(service):
    doc = service.index.documents["notice"]
    meta = doc.meta
    assert (meta.title, meta.issuer, meta.date, meta.number, meta.region, meta.genre) == (
        "关于做好2023年秋季学期义务教育招生入学工作的通知", "怀宁县教育局", "2023-06-28", "怀教〔2023〕42号",
        ["怀宁县"], "通知")
    text = doc.text
    assert text.count("网上报名时间为2023年7月10日至7月20日") == 1  # the box once, not its VML copy too
    assert "通知如下。\n\n专栏1" in text  # the box follows the paragraph it is anchored in
    assert "初中一年级计划招生3120人。[注1]\n\n[注1] 招生计划数据来源于2023年春季学期学籍统计。" in text
    headings = [s.heading for s in doc.sections]
    assert "一、招生计划" in headings and "二、工作要求" in headings
    assert not any(h.startswith("2.") for h in headings)  # an attachment is no heading
    attachments = next(s for s in doc.sections if s.heading == "附件")
    assert attachments.path == ["附件"]  # under none of the numbered headings above it
    assert "2.怀宁县2023年义务教育招生工作日程表" in text[attachments.start:attachments.end]
    cited(service, "怀宁县城区初中一年级计划招生多少人？", "notice", "3120")
    cited(service, "怀宁县义务教育网上报名时间是什么时候？", "notice", "7月10日")
    cited(service, "通知的附件有哪些？", "notice", "学区划分表")


def test_pdf_wrapped_heading_wrapped_figure_and_two_header_rows(service):
    doc = service.index.documents["plan"]
    headings = [s.heading for s in doc.sections]
    assert "一、全面提升全市城乡学前教育普及普惠水平和保育教育质量的主要目标" in headings
    assert "公办园在园幼儿占比达到55%。" in doc.text  # the line wrapped after 55 is one line again
    table = doc.tables[0]
    assert table.caption == "表1 桐城市学前教育发展主要指标"
    assert table.columns == ["指标", "单位", "2020年 现状", "2025年 目标", "属性"]
    row = table.rows[1]
    assert row_label(table, row) == "普惠性幼儿园覆盖率"
    assert {c.column: (c.text, c.unit) for c in row.cells}["2025年 目标"] == ("90", "%")
    assert doc.meta.title == "桐城市“十四五”学前教育发展提升行动计划" and doc.meta.region == ["桐城市"]
    cited(service, "桐城市普惠性幼儿园覆盖率2020年是多少？", "plan", "84.5")


def test_html_head_metadata_and_per_school_indicators(service):
    doc = service.index.documents["selfeval"]
    meta = doc.meta
    assert (meta.title, meta.issuer, meta.date, meta.region, meta.genre) == (
        "岳西县义务教育优质均衡发展自评报告", "岳西县教育局", "2023-06-12", ["岳西县"], "自评报告")
    table = doc.tables[0]
    assert table.caption == "表2 义务教育学校资源配置指标情况"
    teachers, area = "每百名学生拥有高于规定学历教师数（人）", "生均体育运动场馆面积（㎡）"
    assert table.columns == ["学校", f"{teachers} 标准", f"{teachers} 实际", f"{area} 标准", f"{area} 实际"]
    assert [row_label(table, r) for r in table.rows] == ["城关中心小学", "店前中学", "响肠中心学校"]
    assert {c.column: (c.text, c.unit) for c in table.rows[1].cells}[f"{area} 实际"] == ("11.6", "㎡")
    cited(service, "岳西县店前中学生均体育运动场馆面积实际是多少？", "selfeval", "11.6")


def test_work_summary_titled_cell_per_line_table_and_signature(service):
    doc = service.index.documents["summary"]
    meta = doc.meta
    assert (meta.title, meta.issuer, meta.date, meta.genre) == (
        "潜山市教育体育局2023年工作总结", "潜山市教育体育局", "2024-01-10", "工作总结")
    table = doc.tables[0]
    assert table.caption == "2023年主要教育指标完成情况"
    assert table.columns == ["指标", "目标值", "完成值", "完成情况"]
    assert [(c.text, c.unit) for c in table.rows[2].cells] == [
        ("新增学位（个）", ""), ("3000", "个"), ("3350", "个"), ("完成", "")]
    cited(service, "潜山市2023年新增学位完成值是多少？", "summary", "3350")


def test_traditional_speech_metadata_and_answer(service):
    meta = service.index.documents["speech"].meta
    assert (meta.title, meta.date, meta.genre, meta.script, meta.speaker) == (
        "在2023年全縣教育工作會議上的講話", "2023-02-20", "讲话", "traditional", "陳志明")
    assert meta.region == ["太湖县"]
    cited(service, "2022年太湖县教育经费投入是多少？", "speech", "8.6億元")


# --- the same classes, read without answering ------------------------------------------------------

def test_docx_content_controls_and_a_bold_red_head_above_the_title(tmp_path):
    from ingest.load import load_file
    from ingest.structure import parse_sections

    document = docx.Document()
    head = document.add_paragraph()
    head.add_run("某县教育局文件").bold = True
    document.add_paragraph("某县教育局关于开展课后服务工作的通知", style="Heading 1")
    document.element.body.insert(len(document.element.body) - 1, parse_xml(
        f'<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>各中小学：课后服务每天不少于2小时。</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>'))
    document.add_paragraph("一、服务时间", style="Heading 2")
    document.add_paragraph("每周5天，每天结束时间不早于当地正常下班时间。")
    document.save(str(tmp_path / "notice.docx"))
    loaded = load_file(tmp_path / "notice.docx")
    assert "各中小学：课后服务每天不少于2小时。" in loaded.text  # a content control's text is the document's
    sections = parse_sections(loaded.text, loaded.outline)
    assert [s.path for s in sections] == [["一、服务时间"]]  # neither the red head nor the title is a section


def test_head_lines_of_plans_speeches_and_pages():
    from ingest.load import html_document
    from ingest.metadata import extract_meta

    plan = extract_meta("某县“十四五”教育事业发展规划\n某县人民政府办公室 2021年9月印发\n"
                        "为加快推进教育现代化，制定本规划。\n", "plan.md")
    assert (plan.issuer, plan.date) == ("某县人民政府办公室", "2021-09")  # dated by its month only
    speech = extract_meta("在2024年全縣教育工作會議上的講話\n某縣教育局黨組書記、局長　王建華\n（2024年2月26日）\n"
                          "同志們：\n今天，我們召開全縣教育工作會議。\n", "speech.txt")
    assert (speech.issuer, speech.speaker, speech.date) == ("某縣教育局", "王建華", "2024-02-26")
    text, _, declared = html_document(
        '<html><head><title>霍山县2022年教育工作总结-霍山县人民政府</title>'
        '<meta name="PubDate" content="2023-01-16T10:20:00+08:00"><meta name="ContentSource" content="霍山县教育局">'
        '</head><body><p>2022年，全县教育系统各项工作取得明显成效。</p></body></html>')
    page = extract_meta(text, "page.html", None, declared)
    assert (page.title, page.issuer, page.date, page.genre) == (
        "霍山县2022年教育工作总结", "霍山县教育局", "2023-01-16", "工作总结")
    report = extract_meta("某县义务教育优质均衡发展自评报告\n"
                          "发布单位：某县人民政府教育督导室　发布日期：2024年5月16日\n"
                          "我县对照评估内容开展了自查自评。\n", "report.html")
    assert (report.issuer, report.date, report.genre) == ("某县人民政府教育督导室", "2024-05-16", "自评报告")


def test_attachments_close_the_headings_above_them():
    from ingest.structure import parse_sections

    text = ("一、工作安排\n（二）加强宣传。及时公布政策。\n附件：1.招生计划表\n2.报名材料清单\n"
            "某县教育局\n2025年3月28日\n附件1\n2025年招生计划表\n一、城区学校\n城区小学计划招生1850人。\n")
    assert [s.path for s in parse_sections(text)] == [
        ["一、工作安排"], ["一、工作安排", "（二）加强宣传"], ["附件"], ["附件1"], ["附件1", "一、城区学校"]]
