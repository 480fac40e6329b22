"""Checks on an uploaded file before anything parses it: type, size, content against extension, zip bombs.

An upload is untrusted: its extension may lie (an executable renamed .pdf), a .docx is a zip
archive that may unpack to gigabytes (a zip bomb), and parsers are not where such files should
be discovered. `check_file` reads only the first bytes and, for a .docx, the zip's central
directory (declared sizes: Python's zip reader never inflates a member past its declared size,
so the declared total bounds what python-docx can unpack). An image's pixel count is checked from
its header by ingest/ocr.py before it is decoded. Every refusal is bilingual.
"""
from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from ingest.load import SUPPORTED

MAX_UNPACKED = 300 * 1024 * 1024  # a .docx's members together, uncompressed
MAX_RATIO = 200  # uncompressed ÷ compressed of one large member; Word's XML is about 5–20
RATIO_FROM = 10 * 1024 * 1024  # the ratio is checked on members at least this large
MAX_MEMBERS = 10_000
DOCX_BODY = "word/document.xml"

# What a file's first bytes say it is (the formats an upload is likely to be disguised as).
_SIGNATURES = (
    (b"%PDF-", "pdf"), (b"PK\x03\x04", "zip"), (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"),
    (b"MZ", "a Windows executable"), (b"\x7fELF", "a Linux executable"), (b"\xca\xfe\xba\xbe", "a macOS executable"),
    (b"\xcf\xfa\xed\xfe", "a macOS executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls)"),
    (b"\x1f\x8b", "a gzip archive"), (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"GIF8", "a GIF image"),
)
_EXPECTED = {".pdf": "pdf", ".docx": "zip", ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg"}
_NAMES = {"pdf": "PDF", "zip": "zip/Office", "png": "PNG", "jpeg": "JPEG"}


class Rejected(ValueError):
    """The file is refused; `reason` says why in Chinese and English."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def check_file(path: Path, name: str, max_bytes: int) -> None:
    """Raise Rejected unless the file at `path`, uploaded as `name`, may be stored and parsed."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise Rejected(f"不支持的文件类型 {suffix or '（无扩展名）'}，支持：{'、'.join(sorted(SUPPORTED))} / "
                       f"unsupported file type {suffix or '(none)'}; supported: {', '.join(sorted(SUPPORTED))}")
    size = path.stat().st_size
    if size == 0:
        raise Rejected("空文件 / empty file")
    if size > max_bytes:
        raise Rejected(f"文件过大（{_mib(size)}，上限 {_mib(max_bytes)}）/ file too large ({_mib(size)}, "
                       f"limit {_mib(max_bytes)}; POLICYQA_MAX_DOCUMENT)")
    with path.open("rb") as f:
        head = f.read(1024)
    found = sniff(head)
    expected = _EXPECTED.get(suffix)
    if expected is not None and found != expected:
        what = found or "not recognisable"
        raise Rejected(f"文件内容与扩展名 {suffix} 不符（实际为 {what}）/ the content is not {_NAMES[expected]} as "
                       f"its extension {suffix} says (it is {what})")
    if expected is None and found is not None:  # a text type: no binary format may hide behind it
        raise Rejected(f"文件内容与扩展名 {suffix} 不符（实际为 {found}）/ a {suffix} file should be text, "
                       f"but this is {found}")
    if suffix == ".docx":
        _check_docx(path)


def sniff(head: bytes) -> str | None:
    """The format the first bytes announce (None: no known binary signature, e.g. text)."""
    if b"%PDF-" in head[:1024]:  # the PDF header may follow some junk bytes
        return "pdf"
    return next((kind for magic, kind in _SIGNATURES if head.startswith(magic)), None)


def _check_docx(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        raise Rejected(f"DOCX 文件损坏（{e}）/ corrupt DOCX: not a readable zip archive ({e})") from None
    if len(members) > MAX_MEMBERS:
        raise Rejected(f"DOCX 内含文件过多（{len(members)} 个）/ DOCX with {len(members)} parts (limit {MAX_MEMBERS})")
    unpacked = sum(m.file_size for m in members)
    bomb = unpacked > MAX_UNPACKED or any(
        m.file_size >= RATIO_FROM and m.file_size > MAX_RATIO * max(1, m.compress_size) for m in members)
    if bomb:
        raise Rejected(f"DOCX 解压后过大（{_mib(unpacked)}），疑似压缩炸弹 / DOCX unpacks to {_mib(unpacked)} "
                       f"(limit {_mib(MAX_UNPACKED)}, compression ratio limit {MAX_RATIO}): a zip bomb?")
    if DOCX_BODY not in {m.filename for m in members}:
        raise Rejected("不是 Word 文档（缺少 word/document.xml）/ not a Word document (no word/document.xml)")


def _mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"
