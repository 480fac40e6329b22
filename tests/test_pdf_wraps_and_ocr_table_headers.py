"""Two ingest defects of laid-out pages, on documents made in the test.

A PDF's prose line the layout wrapped reads as one paragraph again when it ends in a comma at the margin
(no paragraph ends on one), and when it ends short of the margin by the width of the digit run the next
line opens with (a layout never breaks a number); an issuer's line over its date stays apart.

A table OCR reads from an image keeps a header's bracketed unit note with its header: the recogniser
spaces the brackets inside one box (`达标率 (%)`, `优良率 ( % )`), which made the header wider than its rows, so the
spaces between its cells were closed and the header ran together into one cell; so were a timetable's, whose
rows hold days, not numbers."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.clean import clean
from ingest.load import load_file
from ingest.structure import parse_sections
from ingest.tables import find_tables
from tests.pdfs import CJK_FONT, cjk_pdf

SIZE = 11  # points
FILLER = ("为推进芷溪县乡村学校阅读环境建设县文教科会同县文化馆组织各校开展了图书角布置与阅读推广活动并在寒假期间"
          "安排志愿者到各村小开展读书分享每校各安排一位阅读指导教师负责日常借阅登记与维护工作")


def _pdf(tmp_path: Path, lines: list[str]) -> str:
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=SIZE)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "notice.pdf"))
    return load_file(tmp_path / "notice.pdf").text


def _fitting(pdf, room: float) -> str:
    """The longest opening of FILLER narrower than `room` (mm)."""
    n = 0
    while pdf.get_string_width(FILLER[:n + 1]) < room:
        n += 1
    return FILLER[:n]


def test_a_line_ending_in_a_comma_at_the_margin_goes_on_in_the_next(tmp_path: Path) -> None:
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=SIZE)
    first = _fitting(pdf, pdf.epw - pdf.get_string_width("，")) + "，"
    assert pdf.get_string_width(first) > pdf.epw - SIZE * 0.35  # within one character of the margin
    text = _pdf(tmp_path, ["芷溪县文教科关于乡村阅读推广的通报", first, "其中村小参加的有十二所。", "芷溪县文教科"])
    assert first + "其中村小参加的有十二所。" in text.split("\n")


def test_a_line_wrapped_before_a_number_goes_on_in_the_next(tmp_path: Path) -> None:
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=SIZE)
    number = "1260.50"
    # short of the margin by more than a character and a half (the slack a line ending in ideographs has),
    # yet too long to take the number as well: the layout wrapped before it
    line = pdf.epw - 2 * pdf.c_margin  # the text's width: a cell pads it on both sides
    first = _fitting(pdf, line - 1.5 * SIZE * 0.3528 - 1)
    assert pdf.get_string_width(first + number) > line
    following = number + "万元用于购置图书。"
    text = _pdf(tmp_path, ["芷溪县文教科关于乡村阅读推广的通报", first, following, "芷溪县文教科", "2027年4月2日"])
    assert first + following in text.split("\n")
    assert "芷溪县文教科\n2027年4月2日" in text  # a short line over a date: no wrap


def test_a_full_line_ending_a_sentence_stays_a_paragraph(tmp_path: Path) -> None:
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=SIZE)
    first = _fitting(pdf, pdf.epw - pdf.get_string_width("。")) + "。"
    text = _pdf(tmp_path, ["芷溪县文教科关于乡村阅读推广的通报", first, "2027年起每年评一次。"])
    assert first in text.split("\n")


FONT_SIZE = 30
COLUMNS = [60, 300, 560, 820]  # x of each column in pixels
TABLE = [["乡镇", "学校数", "已达标", "达标率 (%)"],  # read `达标率 (%)`: one box, a gap inside
         ["青塘镇", "12", "3", "25.0"],
         ["苇埠乡", "8", "7", "87.5"],
         ["合计", "20", "10", "50.0"]]


@pytest.mark.skipif(not CJK_FONT.exists(), reason="fonts-wqy-microhei is not installed (make debs)")
def test_an_ocr_table_header_keeps_its_bracketed_unit_note(tmp_path: Path) -> None:
    font = ImageFont.truetype(str(CJK_FONT), FONT_SIZE)
    image = Image.new("RGB", (1400, 60 * (len(TABLE) + 5)), "white")
    draw = ImageDraw.Draw(image)
    # the prose is wider than the table, as on a page: its right edge is the margin, not the table's
    wide = "芷溪县文教科今年春季对各乡镇学校的图书配备与借阅管理进行了全面核查。"
    draw.text((60, 60), wide, fill=(20, 20, 20), font=font)
    draw.text((60, 120), "达标情况如下：", fill=(20, 20, 20), font=font)
    for r, row in enumerate(TABLE, start=3):
        for x, cell in zip(COLUMNS, row):
            draw.text((x, 60 * r), cell, fill=(20, 20, 20), font=font)
    draw.text((60, 60 * (len(TABLE) + 3)), "芷溪县文教科", fill=(20, 20, 20), font=font)
    image.save(tmp_path / "table.png")
    text = clean(load_file(tmp_path / "table.png").text)
    tables = find_tables("t", text, parse_sections(text, []))
    assert len(tables) == 1, text
    table = tables[0]
    assert table.columns == ["乡镇", "学校数", "已达标", "达标率(%)"], text
    assert [row.cells[3].text for row in table.rows] == ["25.0", "87.5", "50.0"]
    assert table.rows[0].cells[3].unit == "%" and table.rows[0].cells[2].unit != "%"


def test_a_timetable_of_days_keeps_the_gaps_between_its_header_cells() -> None:
    """Rows of days (`1月20日`) are a table's rows as rows of numbers are: the header's gaps are its cell borders,
    not a line-wrap's residue, and the table reader finds the table (what OCR makes of a printed timetable)."""
    text = clean("各校放假和返校时间安排如下：\n年级 离校时间 返校时间\n七年级 1月20日 2月26日\n"
                 "八年级 1月22日 2月25日\n九年级 1月27日 2月19日\n芷溪县文教科")
    assert "年级 离校时间 返校时间" in text
    tables = find_tables("t", text, parse_sections(text, []))
    assert [t.columns for t in tables] == [["年级", "离校时间", "返校时间"]]
    assert [row.cells[2].text for row in tables[0].rows] == ["2月26日", "2月25日", "2月19日"]
