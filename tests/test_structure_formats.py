"""Structure of documents written here, in every format the loader reads: headings become
sections (whatever the format declares them with, and in any mix of the numbering styles of
Chinese official documents), every chunk carries its heading chain, no markup reaches a passage,
and long paragraphs are split at sentence ends only."""
import re
from pathlib import Path

import docx
import pytest

from ingest.chunk import MAX_CHARS
from ingest.models import Chunk, Document
from ingest.pipeline import process_file
from ingest.structure import parse_sections, section_path_at
from tests.pdfs import CJK_FONT, cjk_pdf

MARKUP = re.compile(r"^#|\*\*|__|\]\(|^\s*[-*+] |`|~~", re.MULTILINE)

TITLE = "某县教育事业发展规划"
# (level, heading, body paragraphs): one plan, set below in each format
PLAN = [
    (1, "一、发展基础", ["过去五年，全县学前教育毛入园率达到92.5%，义务教育巩固率达到98.6%。"]),
    (2, "（一）学前教育", ["新建公办幼儿园12所，新增学位3600个。普惠性幼儿园覆盖率达到86%。"]),
    (2, "（二）义务教育", ["改扩建学校8所，消除大班额。"]),
    (1, "二、主要目标", ["到2025年，义务教育巩固率达到99%，学前三年毛入园率达到95%。"]),
    (1, "三、保障措施", ["加强组织领导，落实经费保障，一般公共预算教育经费逐年只增不减。"]),
]
EXPECTED_PATHS = {"新建公办幼儿园12所": ["一、发展基础", "（一）学前教育"],
                  "改扩建学校8所": ["一、发展基础", "（二）义务教育"],
                  "义务教育巩固率达到99%": ["二、主要目标"],
                  "加强组织领导": ["三、保障措施"]}


def ingest(path: Path) -> tuple[Document, list[Chunk]]:
    entry = process_file(path, path.stem, path.read_bytes(), {}, "test")
    doc = Document.from_json(entry.document)
    return doc, [Chunk(**c) for c in entry.chunks]


def assert_plan_structure(doc: Document, chunks: list[Chunk]) -> None:
    assert doc.meta.title == TITLE
    assert [s.path for s in doc.sections] == [
        ["一、发展基础"], ["一、发展基础", "（一）学前教育"], ["一、发展基础", "（二）义务教育"],
        ["二、主要目标"], ["三、保障措施"]]
    for phrase, path in EXPECTED_PATHS.items():
        chunk = next(c for c in chunks if phrase in c.text)
        assert chunk.section == " > ".join(path), (phrase, chunk.section)
        assert section_path_at(doc.sections, doc.text.index(phrase)) == " > ".join(path)
    for chunk in chunks:
        assert chunk.text == doc.text[chunk.start:chunk.end]
        assert not MARKUP.search(chunk.text), chunk.text
        if chunk.start > doc.text.index("一、发展基础"):
            assert chunk.section, chunk.text  # every chunk below the first heading has its path


def test_markdown_headings_lists_emphasis_links_and_table(tmp_path):
    md = [f"# {TITLE}", ""]
    for level, heading, body in PLAN:
        md += ["#" * (level + 1) + " " + heading, ""]
        md += [re.sub(r"(\d+(?:\.\d+)?%)", r"**\1**", p) for p in body] + [""]
    md[md.index("## 三、保障措施") + 2:md.index("## 三、保障措施") + 2] = [
        "- 建立 *联席会议* 制度；", "- 完善 [督导评估](https://example.org/x) 机制；", "",
        "1. 设立专项资金；", "2. 开展~~年度~~考核。", "",
        "| 指标 | 2020年 | 2025年 |", "| --- | --- | --- |", "| **毛入园率(%)** | 92.5 | 95 |", ""]
    path = tmp_path / "plan.md"
    path.write_text("\n".join(md), encoding="utf-8")
    doc, chunks = ingest(path)
    assert_plan_structure(doc, chunks)
    # list bullets, emphasis and link targets are gone
    assert "建立联席会议制度；" in doc.text and "完善督导评估机制；" in doc.text
    assert "1. 设立专项资金；" in doc.text  # an ordered list keeps its numbers: they are cited
    (table,) = doc.tables
    assert table.rows[0].cells[0].text == "毛入园率(%)" and table.section == "三、保障措施"


def test_markdown_without_blank_lines_and_setext_headings(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(f"{TITLE}\n===\n\n一、发展基础\n---\n过去五年，新建幼儿园12所。\n**主要成效**\n"
                    "普惠性幼儿园覆盖率达到86%。\n\n二、主要目标\n---\n到2025年，巩固率达到99%。\n", encoding="utf-8")
    doc, chunks = ingest(path)
    assert doc.meta.title == TITLE
    assert [s.path for s in doc.sections] == [["一、发展基础"], ["一、发展基础", "主要成效"], ["二、主要目标"]]
    assert next(c for c in chunks if "86%" in c.text).section == "一、发展基础 > 主要成效"
    assert not any(MARKUP.search(c.text) or "===" in c.text for c in chunks)


def test_docx_heading_styles_and_bold_paragraphs(tmp_path):
    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    for level, heading, body in PLAN:
        if level == 1:
            document.add_heading(heading, level=1)
        else:  # a sub-heading only set in bold, as most bureaus' files do
            document.add_paragraph().add_run(heading).bold = True
        for text in body:
            paragraph = document.add_paragraph()
            paragraph.add_run(text[:4]).bold = True  # partly bold: body text, not a heading
            paragraph.add_run(text[4:])
    document.save(str(tmp_path / "plan.docx"))
    doc, chunks = ingest(tmp_path / "plan.docx")
    assert_plan_structure(doc, chunks)


def test_html_heading_tags_and_bold_lines(tmp_path):
    body = "".join(
        (f"<h2>{heading}</h2>" if level == 1 else f"<p><strong>{heading}</strong></p>")
        + "".join(f"<p>{p}</p>" for p in paragraphs) for level, heading, paragraphs in PLAN)
    html = (f"<html><head><title>x</title></head><body><nav>首页 > 通知</nav><h1>{TITLE}</h1>"
            f"<div class='content'>{body}</div></body></html>")
    (tmp_path / "plan.html").write_text(html, encoding="utf-8")
    doc, chunks = ingest(tmp_path / "plan.html")
    assert_plan_structure(doc, chunks)


def test_plain_text_numbered_headings(tmp_path):
    text = "\n\n".join([TITLE] + [line for _, heading, body in PLAN for line in [heading, *body]])
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    doc, chunks = ingest(tmp_path / "plan.txt")
    assert_plan_structure(doc, chunks)


@pytest.mark.skipif(not CJK_FONT.exists(), reason=f"no CJK font at {CJK_FONT}")
def test_pdf_numbered_headings(tmp_path):
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=11)
    for line in [TITLE] + [line for _, heading, body in PLAN for line in [heading, *body]]:
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "plan.pdf"))
    doc, chunks = ingest(tmp_path / "plan.pdf")
    assert_plan_structure(doc, chunks)


# --- numbering styles of Chinese official documents, mixed -----------------------------------------

REGULATION = """某市中小学管理办法

第一章　总则

第一条　为规范中小学办学行为，制定本办法。

第二条　本办法适用于本市公办和民办中小学。

第二章　办学条件

第一节　校舍

第三条　学校校舍应当符合下列要求：

（一）生均校舍面积不低于8平方米；

（二）每班学生不超过45人。

第二节　师资

第四条　学校应当按照国家标准配备教师。
"""


def test_chapters_sections_and_articles_nest():
    sections = parse_sections(REGULATION)
    assert [(s.level, s.path) for s in sections if s.heading.startswith("第")] == [
        (1, ["第一章　总则"]), (2, ["第一章　总则", "第一条"]), (2, ["第一章　总则", "第二条"]),
        (1, ["第二章　办学条件"]), (2, ["第二章　办学条件", "第一节　校舍"]),
        (3, ["第二章　办学条件", "第一节　校舍", "第三条"]),
        (2, ["第二章　办学条件", "第二节　师资"]), (3, ["第二章　办学条件", "第二节　师资", "第四条"])]
    # `（二）…；` items of an article end in a stop: they are its text, no headings
    at = section_path_at(sections, REGULATION.index("每班学生不超过45人"))
    assert at == "第二章　办学条件 > 第一节　校舍 > 第三条"
    assert section_path_at(sections, REGULATION.index("适用于本市")) == "第一章　总则 > 第二条"
    assert section_path_at(sections, REGULATION.index("第二条　本办法")) == "第一章　总则 > 第二条"


REPORT = """某区教育局2025年工作总结

一、主要工作

（一）基础教育提质扩容。全年新建中小学5所，新增学位6000个。一是优化布局，二是补齐短板。

1.学前教育

新增普惠性学位1200个，普惠率达到91.5%。

（1）公办园建设

新建公办园3所。

①城区

新建2所。

②乡镇

新建1所。

2.义务教育

全区义务教育巩固率达到99.2%。

【经验做法】

坚持规划先行，统筹推进。

【存在问题】

优质资源仍然不足，城乡差距依然存在。

（二）教师队伍建设

招聘教师320名。

二、下一步打算

一是加快学校建设。二是深化集团化办学，力争新增优质学位3000个。
"""


def test_mixed_numbering_styles_nest_in_their_conventional_order():
    sections = parse_sections(REPORT)
    paths = {s.heading: s.path for s in sections}
    assert paths["（一）基础教育提质扩容"] == ["一、主要工作", "（一）基础教育提质扩容"]  # inline lead sentence
    assert paths["1.学前教育"] == ["一、主要工作", "（一）基础教育提质扩容", "1.学前教育"]
    assert paths["（1）公办园建设"][-2:] == ["1.学前教育", "（1）公办园建设"]
    assert paths["①城区"][-2:] == ["（1）公办园建设", "①城区"]
    assert paths["②乡镇"][-2:] == ["（1）公办园建设", "②乡镇"]
    assert paths["2.义务教育"] == ["一、主要工作", "（一）基础教育提质扩容", "2.义务教育"]
    # a 【…】 heading first used under 2. takes the rank below it; its siblings share it
    assert paths["【经验做法】"][-2:] == ["2.义务教育", "【经验做法】"]
    assert paths["【存在问题】"][-2:] == ["2.义务教育", "【存在问题】"]
    assert paths["（二）教师队伍建设"] == ["一、主要工作", "（二）教师队伍建设"]
    assert paths["二、下一步打算"] == ["二、下一步打算"]
    assert not any("是" in s.heading[:2] for s in sections)  # 一是…二是… run inside paragraphs
    assert section_path_at(sections, REPORT.index("优质资源仍然不足")) == \
        "一、主要工作 > （一）基础教育提质扩容 > 2.义务教育 > 【存在问题】"
    assert section_path_at(sections, REPORT.index("力争新增")) == "二、下一步打算"
    assert [s.level for s in sections if s.heading in ("一、主要工作", "①城区")] == [1, 5]


NEWS = """全市推进教育强市建设

来源：某市教育局　　时间：2025-03-01

3月1日，全市教育工作会议召开。会议总结了2024年工作，部署了2025年任务。

学位供给持续扩大

全年新增中小学学位1.2万个，新建学校15所，学前三年毛入园率达到93%。

教师队伍不断壮大

全年招聘教师860名，其中研究生学历教师占比达到21%。

“十五五”时期的

主要目标

是：到2030年，建成教育强市。
"""


def test_unpunctuated_subtitles_between_prose_are_headings_but_broken_lines_are_not():
    sections = parse_sections(NEWS)
    assert [s.heading for s in sections] == ["学位供给持续扩大", "教师队伍不断壮大"]
    assert section_path_at(sections, NEWS.index("研究生学历")) == "教师队伍不断壮大"
    # the title, the source line and a sentence broken over lines are none
    assert section_path_at(sections, NEWS.index("会议总结了")) == ""


def test_inline_lead_sentences_of_work_reports():
    text = ("三、2026年重点工作\n\n（一）着力扩大有效需求。实施提振消费专项行动，社会消费品零售总额增长5%。\n\n"
            "继续推进城市更新。\n\n（二）办好人民满意的教育。新建改扩建中小学100所，新增学位8万个。\n\n"
            "（三）推进高水平对外开放，深化改革。稳外贸稳外资，力争进出口总额增长3%以上。\n")
    sections = parse_sections(text)
    assert [s.heading for s in sections] == ["三、2026年重点工作", "（一）着力扩大有效需求", "（二）办好人民满意的教育"]
    assert section_path_at(sections, text.index("继续推进")) == "三、2026年重点工作 > （一）着力扩大有效需求"
    # a lead clause with commas is a sentence of prose, not a heading
    assert section_path_at(sections, text.index("稳外贸")) == "三、2026年重点工作 > （二）办好人民满意的教育"


def test_long_work_report_paragraph_splits_at_sentence_ends_never_inside_a_number(tmp_path):
    sentences = [f"第{n}项任务完成投资{n * 1234.5:,.1f}万元，同比增长{n + 0.25}%，覆盖学校{n * 3}所；"
                 for n in range(1, 40)]
    paragraph = "（一）持续加大教育投入。" + "".join(sentences) + "全年教育支出达到3.56亿元。"
    (tmp_path / "report.txt").write_text(f"某省政府工作报告\n\n三、重点工作\n\n{paragraph}\n", encoding="utf-8")
    doc, chunks = ingest(tmp_path / "report.txt")
    prose = [c for c in chunks if c.section == "三、重点工作 > （一）持续加大教育投入"]
    assert len(prose) >= 3 and all(len(c.text) <= MAX_CHARS for c in prose)
    assert "".join(c.text for c in prose) == "三、重点工作\n\n" + paragraph  # nothing lost, nothing repeated
    for chunk in prose:
        assert chunk.text[-1] in "。；", chunk.text[-10:]  # ends a sentence
        after = doc.text[chunk.end:chunk.end + 1]
        assert not (chunk.text[-1].isdigit() and after[:1].isdigit())


def test_traditional_script_plan_with_capital_numerals(tmp_path):
    text = ("臺中市國民教育發展計畫\n\n壹、計畫目標\n\n一、提升教學品質\n\n（一）精進教師專業\n\n"
            "辦理教師研習120場次，參與教師達3,500人次。\n\n貳、實施策略\n\n一、擴充教育資源\n\n新設公立幼兒園8園。\n")
    (tmp_path / "plan.html").write_text("<html><body>" + "".join(
        f"<p>{line}</p>" for line in text.split("\n\n")) + "</body></html>", encoding="utf-8")
    doc, chunks = ingest(tmp_path / "plan.html")
    assert doc.meta.script == "traditional" and doc.meta.title == "臺中市國民教育發展計畫"
    at = next(c for c in chunks if "3,500人次" in c.text)
    assert at.section == "壹、計畫目標 > 一、提升教學品質 > （一）精進教師專業"
    assert next(c for c in chunks if "幼兒園8園" in c.text).section == "貳、實施策略 > 一、擴充教育資源"


def test_bold_line_of_a_text_file_is_a_heading_and_loses_its_stars(tmp_path):
    text = (f"{TITLE}\n\n一、发展基础\n\n**学前教育**\n\n新建公办幼儿园12所。\n\n**义务教育**\n\n"
            "改扩建学校8所，**全部**达标。\n\n二、主要目标\n\n到2025年，义务教育巩固率达到99%。\n")
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    doc, chunks = ingest(tmp_path / "plan.txt")
    assert [s.path for s in doc.sections] == [
        ["一、发展基础"], ["一、发展基础", "学前教育"], ["一、发展基础", "义务教育"], ["二、主要目标"]]
    assert next(c for c in chunks if "8所" in c.text).section == "一、发展基础 > 义务教育"
    assert not any("**" in c.text for c in chunks)


@pytest.mark.skipif(not CJK_FONT.exists(), reason=f"no CJK font at {CJK_FONT}")
def test_pdf_headings_by_their_larger_type(tmp_path):
    """Unnumbered headings of a PDF are told by their type size: the larger, the higher."""
    pdf = cjk_pdf()
    for size, line in [(18, TITLE), (15, "发展基础"), (13, "学前教育"), (11, "新建公办幼儿园12所，新增学位3600个。"),
                       (13, "义务教育"), (11, "改扩建学校8所，消除大班额。"), (15, "保障措施"),
                       (11, "加强组织领导，落实经费保障。")]:
        pdf.set_font("cjk", size=size)
        pdf.multi_cell(0, size * 0.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "plan.pdf"))
    doc, chunks = ingest(tmp_path / "plan.pdf")
    assert doc.meta.title == TITLE
    assert [s.path for s in doc.sections] == [
        ["发展基础"], ["发展基础", "学前教育"], ["发展基础", "义务教育"], ["保障措施"]]
    assert next(c for c in chunks if "8所" in c.text).section == "发展基础 > 义务教育"


def test_html_bold_by_inline_style(tmp_path):
    html = (f"<html><body><h1>{TITLE}</h1><p style='font-weight: bold'>一、发展基础</p><p>新建幼儿园12所。</p>"
            "<p><span style='FONT-WEIGHT:700'>主要成效</span></p><p>普惠率达到86%。</p>"
            "<p>二、保障措施</p><p>加强组织领导。</p></body></html>")
    (tmp_path / "plan.html").write_text(html, encoding="utf-8")
    doc, chunks = ingest(tmp_path / "plan.html")
    assert [s.path for s in doc.sections] == [["一、发展基础"], ["一、发展基础", "主要成效"], ["二、保障措施"]]


def _renamed_face(source: Path, index: int, name: str, out: Path) -> Path:
    """A copy of one face of a font collection under another name: a third typeface for the test."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(source), fontNumber=index)
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6, 16):
            record.string = name
    font.save(str(out))
    return out


@pytest.mark.skipif(not CJK_FONT.exists(), reason=f"no CJK font at {CJK_FONT}")
def test_pdf_headings_by_their_typeface_at_body_size(tmp_path):
    """An official document's headings at the body size, told by their typeface: level 1 in one
    face (黑体), level 2 in another (楷体), body text in a third (仿宋). A sentence set in a heading
    face, and a line whose lead phrase alone is in it, stay body text."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test dependency) builds the PDF")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("body", fname=str(CJK_FONT), collection_font_number=1)
    pdf.add_font("level1", fname=str(CJK_FONT), collection_font_number=0)
    pdf.add_font("level2", fname=str(_renamed_face(CJK_FONT, 0, "TestKai", tmp_path / "kai.ttf")))
    lines = [("level1", 18, TITLE), ("level1", 12, "发展基础"), ("level2", 12, "学前教育"),
             ("body", 12, "新建公办幼儿园12所，新增学位3600个。"), ("level2", 12, "义务教育"),
             ("body", 12, "改扩建学校8所，消除大班额。"),
             ("level1", 12, "全面落实经费保障。"),  # a sentence in the heading face: body text
             ("level1", 12, "保障措施"), ("body", 12, "加强组织领导，落实经费保障，完善督导评估机制。"
                                                       "建立县域义务教育优质均衡发展联席会议制度，定期研究解决学校"
                                                       "布局、教师编制、经费投入等重大问题，确保各项目标按期实现。"),
             # a paragraph quoted in the level-2 face: its lines run on to the margin, none is a heading
             ("level2", 12, "专家指出县域义务教育优质均衡发展要坚持公益普惠和优质均衡的基本方向并且持续推进办学条件改善"
                            "以及教师队伍建设和教育质量提升工作")]
    for face, size, line in lines:
        pdf.set_font(face, size=size)
        pdf.multi_cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("level1", size=12)
    pdf.write(9, "一是扩大资源")  # the lead phrase alone in the heading face: body text
    pdf.set_font("body", size=12)
    pdf.write(9, "，新建幼儿园3所")
    pdf.ln()
    pdf.output(str(tmp_path / "plan.pdf"))
    doc, chunks = ingest(tmp_path / "plan.pdf")
    assert doc.meta.title == TITLE
    assert [s.path for s in doc.sections] == [
        ["发展基础"], ["发展基础", "学前教育"], ["发展基础", "义务教育"], ["保障措施"]]
    assert next(c for c in chunks if "8所" in c.text).section == "发展基础 > 义务教育"
    assert next(c for c in chunks if "全面落实经费保障" in c.text).section == "发展基础 > 义务教育"
    assert next(c for c in chunks if "一是扩大资源" in c.text).section == "保障措施"
    assert next(c for c in chunks if "专家指出" in c.text).section == "保障措施"
