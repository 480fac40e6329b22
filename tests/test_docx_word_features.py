"""What Word keeps outside the paragraph text, on DOCX files written here: automatic numbering
(numbering.xml: the `一、`, `（一）`, `1.` a reader sees and cites) and tables with merged cells
and header rows (every value cell gets its row label and its column header with year and unit)."""
from pathlib import Path

import docx
import pytest
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
