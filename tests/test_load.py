"""Loaders: encodings detected from the bytes of real corpus text, bad files rejected by name.

DOCX and PDF files are built inside the tests (python-docx, fpdf2) from corpus text, so no
binary fixtures live in the repo.
"""
import random
import zipfile
from functools import cache
from pathlib import Path

import docx
import pytest

from ingest.clean import clean
from ingest.config import DEFAULT_CORPUS
from ingest.load import LoadError, decode_text, load_file
from ingest.structure import parse_sections
from ingest.tables import find_tables
from tests.pdfs import CJK_FONT


@cache
def corpus(name: str) -> str:
    return clean((DEFAULT_CORPUS / name).read_text(encoding="utf-8"))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- encodings -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, codec, detected", [
    ("banan-education-plan-2021.txt", "big5", "big5"),  # Traditional
    ("banan-education-plan-2021.txt", "cp950", "cp950"),
    ("banan-education-plan-2021.txt", "gb18030", "gb18030"),  # Traditional text in a GB encoding
    ("kaizhou-news-2020.txt", "big5", "big5"),
    ("rongchang-self-evaluation.txt", "gbk", "gb18030"),  # Simplified; GB18030 decodes GBK identically
    ("rongchang-self-evaluation.txt", "gb18030", "gb18030"),
    ("liangjiang-briefing-2020.txt", "gbk", "gb18030"),
    ("hanzhong-lueyang-meeting-2023.txt", "gb2312", "gb18030"),
])
def test_encoding_round_trip_of_corpus_text(tmp_path, name, codec, detected):
    data = corpus(name).encode(codec, errors="replace")  # a few characters are outside Big5 (〇, 恒)
    # The file name says nothing about the encoding (a misleading one, even): detection reads bytes.
    loaded = load_file(write(tmp_path, "utf8-or-big5.txt", data))
    assert loaded.encoding == detected
    assert loaded.text == data.decode(codec)
    assert loaded.kind == "text"


@pytest.mark.parametrize("length", [2, 4, 8])
@pytest.mark.parametrize("codec", ["big5", "gbk"])
def test_short_chinese_text_is_not_confused_between_gbk_and_big5(codec, length):
    """Every line start of the corpus (2, 4, 8 characters) that the codec can encode round-trips."""
    checked = 0
    for path in sorted(DEFAULT_CORPUS.glob("*.txt")):
        for line in corpus(path.name).splitlines():
            sample = line.strip()[:length]
            try:
                data = sample.encode(codec)
                data.decode("utf-8")
                continue  # pure ASCII: nothing to detect
            except UnicodeEncodeError:
                continue
            except UnicodeDecodeError:
                pass
            text, _ = decode_text(Path(f"{path.name}:{sample}"), data)
            assert text == sample, (codec, sample, text)
            checked += 1
    assert checked > 100


def test_utf8_bom_is_detected_and_stripped(tmp_path):
    text = corpus("kaizhou-news-2020.txt")
    loaded = load_file(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert loaded.encoding == "utf-8-sig"
    assert loaded.text == text and not loaded.text.startswith("\ufeff")


def test_utf16_with_bom(tmp_path):
    text = corpus("liangjiang-briefing-2020.txt")
    loaded = load_file(write(tmp_path, "u16.md", text.encode("utf-16")))
    assert (loaded.text, loaded.encoding, loaded.kind) == (text, "utf-16", "markdown")


def test_plain_utf8(tmp_path):
    raw = (DEFAULT_CORPUS / "banan-education-plan-2021.txt").read_bytes()
    loaded = load_file(write(tmp_path, "plan.txt", raw))
    assert loaded.encoding == "utf-8" and loaded.text == raw.decode("utf-8")


# --- bad files -----------------------------------------------------------------------------------

def rejected(path: Path) -> LoadError:
    with pytest.raises(LoadError) as info:
        load_file(path)
    error = info.value
    assert error.path == path and path.name in str(error) and error.reason in str(error)
    return error


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t ", "\u3000\n\u3000".encode("utf-8")])
def test_empty_or_whitespace_file_is_rejected(tmp_path, data):
    error = rejected(write(tmp_path, "empty.txt", data))
    assert "empty" in error.reason and "空文件" in error.reason


def test_binary_with_nul_bytes_is_rejected(tmp_path):
    error = rejected(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))))
    assert "binary" in error.reason and "二进制" in error.reason


def test_undecodable_bytes_are_rejected_not_guessed(tmp_path):
    noise = bytes(b for b in random.Random(7).randbytes(4000) if b)  # no NUL: only decoding can tell
    error = rejected(write(tmp_path, "noise.txt", noise))
    assert "unknown text encoding" in error.reason


def test_unsupported_extension_is_rejected(tmp_path):
    error = rejected(write(tmp_path, "table.xlsx", b"PK\x03\x04"))
    assert "unsupported file type .xlsx" in error.reason and "不支持" in error.reason


@pytest.mark.parametrize("data", [b"this is not a zip archive", b"PK\x03\x04\x14\x00broken"])
def test_corrupt_docx_is_rejected(tmp_path, data):
    error = rejected(write(tmp_path, "report.docx", data))
    assert "corrupt" in error.reason and "DOCX" in error.reason


def test_zip_that_is_no_word_document_is_rejected(tmp_path):
    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a word document")
    assert "DOCX" in rejected(path).reason


def pdf_bytes(lines: list[str], font: Path | None = None) -> bytes:
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test dependency) builds the PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    if font:
        pdf.add_font("cjk", fname=str(font))
        pdf.set_font("cjk", size=12)
    else:
        pdf.set_font("Helvetica", size=12)
    for line in lines:
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("cut", ["truncated", "garbage"])
def test_corrupt_pdf_is_rejected(tmp_path, cut):
    if cut == "truncated":
        good = pdf_bytes(["Enrolment rate 95.81 percent"])
        data = good[: len(good) // 2]
    else:
        data = b"%PDF-1.4\nnot really a pdf\n"
    error = rejected(write(tmp_path, "plan.pdf", data))
    assert "corrupt" in error.reason and "PDF" in error.reason


def test_pdf_without_text_layer_is_rejected(tmp_path):
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test dependency) builds the PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60)  # a page with a picture only, as a scan is
    error = rejected(write(tmp_path, "scan.pdf", bytes(pdf.output())))
    assert "text layer" in error.reason and "扫描件" in error.reason


# --- DOCX, PDF, HTML -----------------------------------------------------------------------------

def test_docx_paragraphs_and_table_as_markdown_rows(tmp_path):
    text = corpus("rongchang-self-evaluation.txt")
    title, subtitle, intro = text.splitlines()[:3]
    document = docx.Document()
    document.add_heading(f"{title}{subtitle}", level=1)
    document.add_paragraph(intro)
    document.add_paragraph("(一)资源配置7项指标自评情况。")
    table = document.add_table(rows=3, cols=4)
    cells = [["学段", "类别", "生均教学仪器设备值", "综合评价"],
             ["小学", "达标学校总数(所)", "52", "55"],
             ["", "达标学校比例(%)", "94.55", "100"]]
    for row, values in zip(table.rows, cells):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("综上,小学校际综合差异系数0.379。")
    path = tmp_path / "rongchang.docx"
    document.save(path)

    loaded = load_file(path)
    assert (loaded.kind, loaded.encoding) == ("docx", "")
    assert loaded.text.startswith(f"{title}{subtitle}\n\n{intro}\n\n")
    assert ("| 学段 | 类别 | 生均教学仪器设备值 | 综合评价 |\n| --- | --- | --- | --- |\n"
            "| 小学 | 达标学校总数(所) | 52 | 55 |\n| | 达标学校比例(%) | 94.55 | 100 |") in loaded.text
    assert loaded.text.endswith("\n\n综上,小学校际综合差异系数0.379。")
    # the layout is the one ingest/tables.py reads: every cell comes back with its column
    tables = find_tables("docx", loaded.text, parse_sections(loaded.text))
    assert len(tables) == 1 and tables[0].columns == cells[0]
    assert [c.text for c in tables[0].rows[0].cells] == cells[1]
    assert tables[0].rows[1].cell("生均教学仪器设备值").text == "94.55"
    assert tables[0].rows[1].group == "小学"  # the empty first cell belongs to the group above


def test_pdf_text_layer_latin(tmp_path):
    loaded = load_file(write(tmp_path, "plan.pdf", pdf_bytes(["Education plan 2021-2025",
                                                              "Enrolment rate 95.81 percent."])))
    assert (loaded.kind, loaded.encoding) == ("pdf", "")
    assert loaded.text.split() == "Education plan 2021-2025 Enrolment rate 95.81 percent.".split()


@pytest.mark.skipif(not CJK_FONT.exists(), reason=f"no CJK font at {CJK_FONT}")
def test_pdf_text_layer_chinese(tmp_path):
    lines = corpus("banan-education-plan-2021.txt").splitlines()
    wanted = ["重慶市巴南區教育事業發展“十四五”規劃", "在園幼兒數(萬人)", "高中階段教育毛入學率(%"]
    assert all(w in lines for w in wanted)
    loaded = load_file(write(tmp_path, "banan.pdf", pdf_bytes(wanted, CJK_FONT)))
    assert loaded.text.splitlines() == wanted


def test_html_text_without_scripts_styles_navigation(tmp_path):
    title, first, second, third = corpus("kaizhou-news-2020.txt").splitlines()[:4]
    html = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>站點標題</title>
    <style>p {{ color: red }}</style><script>var tracker = "統計代碼";</script></head>
    <body><nav><a href="/">首頁</a> &gt; <a href="/news">新聞</a></nav>
    <h1>{title}</h1>
    <div class="content"><p>{first[:40]}
    {first[40:]}</p><p>{second}<br>{third}</p>
    <table><tr><th>指標</th><th>2020年</th></tr><tr><td>學位(個)</td><td>5130</td></tr></table>
    </div><script>alert("廣告")</script></body></html>"""
    loaded = load_file(write(tmp_path, "news.htm", html.encode("big5")))
    assert (loaded.kind, loaded.encoding) == ("html", "big5")  # read from the bytes, not the meta tag
    for absent in ("統計代碼", "color", "廣告", "首頁", "站點標題"):
        assert absent not in loaded.text
    assert loaded.text.split("\n\n") == [
        title,
        f"{first[:40]} {first[40:]}",  # a source line wrap is a space, not a break
        f"{second}\n{third}",  # <br> is a line break inside the paragraph
        "| 指標 | 2020年 |\n| --- | --- |\n| 學位(個) | 5130 |",
    ]
