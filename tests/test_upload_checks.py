"""Upload safety without a server: stored names (ingest/library.py), file checks before parsing
(ingest/filecheck.py) and test sets from spreadsheets (eval/schema.py), on files written here."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook

from eval.schema import InvalidTestset, load_testset
from ingest.filecheck import Rejected, check_file
from ingest.library import display_name, new_doc_id

MIB = 1024 * 1024
SHA = "5ad3b0dc24bf8b167ec8d0e28d43c97ac01d16a07e479e9cbe8eaa253a513829"


# --- names -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("uploaded, shown, doc_id", [
    ("../../x.pdf", "x.pdf", "x"),
    ("..\\..\\windows\\evil.docx", "evil.docx", "evil"),
    ("/etc/passwd.txt", "passwd.txt", "passwd"),
    ("CON.txt", "CON.txt", "CON-doc"),
    ("lpt1.md", "lpt1.md", "lpt1-doc"),
    ("a\x01b\x1b[31m.txt", "ab[31m.txt", "ab-31m"),
    ("巴南区十四五规划.docx", "巴南区十四五规划.docx", f"doc-{SHA[:10]}"),
    ("2024年工作报告.pdf", "2024年工作报告.pdf", f"doc-{SHA[:10]}"),
    ("   ", "unnamed", "unnamed"),
    (".hidden.txt", ".hidden.txt", "hidden"),
])
def test_uploaded_names_become_safe_ascii_ids_and_keep_a_display_name(uploaded, shown, doc_id):
    assert display_name(uploaded) == shown
    assert new_doc_id(uploaded, SHA, set()) == doc_id


def test_ids_never_collide_with_documents_already_there():
    assert new_doc_id("plan.docx", SHA, {"plan", "plan-2"}) == "plan-3"


# --- file checks ---------------------------------------------------------------------------------------

def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def real_docx(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("到2025年，学前教育毛入园率达到95%。")
    path = tmp_path / "ok.docx"
    document.save(str(path))
    return path


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


def test_good_files_pass(tmp_path):
    check_file(real_docx(tmp_path), "规划.docx", MIB)
    check_file(write(tmp_path, "a.txt", "到2025年，学前教育毛入园率达到95%。".encode()), "a.txt", MIB)
    check_file(write(tmp_path, "a.pdf", b"%PDF-1.7\n..."), "a.PDF", MIB)
    check_file(write(tmp_path, "a.png", b"\x89PNG\r\n\x1a\n...."), "scan.png", MIB)


@pytest.mark.parametrize("name, data, reason", [
    ("evil.pdf", b"MZ\x90\x00\x03" + b"\x00" * 100, "Windows executable"),
    ("evil.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "Linux executable"),
    ("evil.docx", b"MZ\x90\x00" + b"\x00" * 100, "Windows executable"),
    ("photo.jpg", b"\x89PNG\r\n\x1a\n....", "not JPEG"),
    ("notes.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "Linux executable"),
    ("page.html", b"PK\x03\x04" + b"\x00" * 100, "zip"),
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Office"),
    ("empty.txt", b"", "空文件"),
    ("setup.exe", b"MZ", "unsupported file type .exe"),
    ("README", b"text", r"unsupported file type \(none\)"),
])
def test_disguised_empty_and_unsupported_files_are_refused_with_the_reason(tmp_path, name, data, reason):
    with pytest.raises(Rejected, match=reason) as refused:
        check_file(write(tmp_path, "upload", data), name, MIB)
    zh, en = refused.value.reason.split("/ ", 1)  # Chinese, then English
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh) and en.isascii()


def test_a_file_over_the_limit_is_refused(tmp_path):
    with pytest.raises(Rejected, match="too large.*1.0 MiB"):
        check_file(write(tmp_path, "big.txt", b"a" * (MIB + 1)), "big.txt", MIB)


def test_a_docx_zip_bomb_is_refused_before_anything_unpacks_it(tmp_path):
    # 40 MiB of zeros deflate to ~40 KiB: a ratio of ~1000, where Word's XML compresses 5–20×
    bomb = zip_bytes({"word/document.xml": b"\x00" * (40 * MIB), "[Content_Types].xml": b"<Types/>"})
    assert len(bomb) < MIB
    with pytest.raises(Rejected, match="zip bomb"):
        check_file(write(tmp_path, "bomb.docx", bomb), "bomb.docx", MIB)


def test_a_zip_that_is_no_word_document_and_a_damaged_zip_are_refused(tmp_path):
    with pytest.raises(Rejected, match="not a Word document"):
        check_file(write(tmp_path, "x.docx", zip_bytes({"hello.txt": b"hi"})), "x.docx", MIB)
    with pytest.raises(Rejected, match="corrupt DOCX"):
        check_file(write(tmp_path, "y.docx", b"PK\x03\x04 truncated"), "y.docx", MIB)


# --- test sets from spreadsheets -------------------------------------------------------------------------

def xlsx(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "questions.xlsx"
    book.save(path)
    return path


def test_a_spreadsheet_becomes_a_test_set_with_gold_figures_and_any_document_quotes(tmp_path):
    items = load_testset(xlsx(tmp_path, [
        ["问题", "参考答案", "出处"],
        ["两江新区现有在校中小学生多少人？", "65518人", "现有在校中小学生65518人"],
        ["巴南区2025年在园幼儿数目标？", "4.85万人", None],
        [None, None, None],
        ["两江新区如何推进区管校聘？", "推行教师区管校聘管理改革", "深化教师“区管校聘”管理改革"],
        ["江北区的巩固率目标？", "文件中未找到", None],
    ]))
    assert [i.id for i in items] == ["row-2", "row-3", "row-5", "row-6"]
    first, second, third, fourth = items
    assert [(f.value, f.unit) for f in first.figures] == [(65518, "人")]
    assert first.sources[0].doc == "" and first.sources[0].quote == "现有在校中小学生65518人"
    assert [(f.value, f.unit) for f in second.figures] == [(48500, "人")] and not second.sources
    assert third.type == "text" and not third.figures
    assert fourth.type == "unanswerable" and fourth.answer == ""


def test_a_gbk_csv_from_excel_is_read(tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes("问题,参考答案,出处\n两江新区现有在校中小学生多少人？,65518人,\n".encode("gb18030"))
    (item,) = load_testset(path)
    assert item.question == "两江新区现有在校中小学生多少人？" and item.figures[0].value == 65518


@pytest.mark.parametrize("rows, line, reason", [
    ([["题目", "答案"], ["q", "1人"]], 1, "missing column.*问题"),
    ([["问题", "参考答案"], ["", "1人"]], 2, "empty question"),
    ([["问题", "参考答案"], ["q?", ""]], 2, "文件中未找到"),
    ([["问题", "参考答案", "出处"], ["q?", "推进改革", ""]], 2, "source quote"),
    ([["问题", "参考答案", "出处"], ["q?", "推进改革", "太短"]], 2, "shorter than 8"),
    ([["问题", "参考答案", "编号"], ["a?", "1人", "x"], ["b?", "2人", "x"]], 3, "duplicate id"),
])
def test_spreadsheet_errors_name_the_row(tmp_path, rows, line, reason):
    with pytest.raises(InvalidTestset, match=reason) as bad:
        load_testset(xlsx(tmp_path, rows))
    assert bad.value.line == line


def test_a_damaged_workbook_is_a_clear_error(tmp_path):
    with pytest.raises(InvalidTestset, match="not a readable .xlsx"):
        load_testset(write(tmp_path, "broken.xlsx", b"PK\x03\x04 nothing"))
