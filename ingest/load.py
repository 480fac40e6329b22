"""Read one corpus file into text: plain text (encoding detected from the bytes), HTML, DOCX, PDF,
and images and PDFs without a text layer through OCR (ingest/ocr.py; POLICYQA_OCR=off refuses them).

Encodings: a BOM decides first (UTF-8, UTF-16); then strict UTF-8; then GB18030 (a superset
of GBK/GB2312) and Big5 are each decoded strictly and the more plausible result wins. Byte
statistics alone (charset-normalizer) confuse GBK and Big5 on short Chinese text, because
most GBK byte pairs are also valid Big5 and vice versa; decoding to the wrong one gives rare
characters, kana, Greek, box drawing or private-use code points instead of everyday Chinese.
So each decoding is scored by how common its characters are in everyday Chinese (character
frequencies of jieba's dictionary, after t2s so both scripts count): the real text wins even
for two-character strings; a single character can stay ambiguous (ties go to GB18030).

Markdown is rendered (markdown-it, CommonMark with tables) and read as HTML, so no markup (`#`,
`**`, list bullets, link targets) reaches the text. The headings a format declares — Markdown
`#`, HTML `<h1>`…`<h6>`, DOCX heading styles, PDF lines set in larger type than the body or in a
heading typeface at body size, and a short paragraph set wholly in bold in any of them (and a
`**…**` line of a text file) — are
returned as `Loaded.outline` for ingest/structure.py.
Numbers of ordered lists (`<ol>`, Markdown `1. `) are written into the text: documents cite them.

Tables of DOCX, HTML and PDF files (PDF: pdfplumber's table finder on the drawn ruling lines,
not the text layer) are written into the text as Markdown rows, `| a | b |` under a `| --- |`
rule, which ingest/tables.py parses, so every cell is an exact span of Document.text. Merged
cells are repeated across their span (python-docx does so itself; HTML rowspan/colspan are
expanded here), except that a cell merged down the first column is written once and left empty
below (a group, carried down by the parser). Line breaks inside a cell become spaces and a `|`
inside a cell becomes `｜`, so a row stays one line.
"""
from __future__ import annotations

import codecs
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile
from pathlib import Path
from typing import NamedTuple

import docx
import jieba
import pdfplumber
from bs4 import BeautifulSoup
from bs4.element import PreformattedString, Tag
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from markdown_it import MarkdownIt
from pypdf import PdfReader

from ingest.models import OutlineHint
from ingest.normalize import to_simplified
from ingest.ocr import OcrError, OcrText, ocr_image, ocr_pdf
from ingest.settings import get_settings
from ingest.structure import heading_at
from ingest.tables import YEAR_HEADER, joined_header
from ingest.wordml import (
    GridCell,
    Notes,
    Numbering,
    block_elements,
    declared_header_rows,
    header_depth,
    table_grid,
    text_boxes,
)

IMAGES = {".png", ".jpg", ".jpeg"}  # recognised by OCR (ingest/ocr.py), as are PDFs without a text layer
SUPPORTED = {".txt", ".md", ".html", ".htm", ".docx", ".pdf", *IMAGES}
TEXT_KINDS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}
CANDIDATES = ("gb18030", "big5", "cp950")  # order breaks ties: mainland files are the majority
MIN_PLAUSIBILITY = 0.4  # below this no decoding looks like Chinese text: refuse, don't guess


@dataclass
class Loaded:
    text: str
    encoding: str  # codec of a text/HTML file; "" for DOCX/PDF (their text is not byte-encoded)
    kind: str  # text | markdown | html | docx | pdf | image
    ocr: OcrText | None = None  # set when the text was recognised from page images
    outline: list[OutlineHint] = field(default_factory=list)  # headings the format declares, in order
    declared: dict[str, str] = field(default_factory=dict)  # metadata the file states apart from its text


class LoadError(Exception):
    """A file that cannot be ingested; `reason` is readable in English and Chinese."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def load_file(path: Path) -> Loaded:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise LoadError(path, f"unsupported file type {suffix or '(none)'}; supported: "
                              f"{', '.join(sorted(SUPPORTED))} / 不支持的文件类型")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise LoadError(path, f"cannot read file ({e.strerror or e}) / 无法读取文件") from e
    if not raw.strip():
        raise LoadError(path, "empty file / 空文件")
    if suffix in IMAGES:
        loaded = _recognised(path, "image")
    elif suffix == ".docx":
        text, outline = _docx_text(path)
        loaded = Loaded(text, "", "docx", outline=outline)
    elif suffix == ".pdf":
        text, outline = _pdf_text(path)
        loaded = Loaded(text, "", "pdf", outline=outline) if text else _recognised(path, "pdf")
    else:
        text, encoding = decode_text(path, raw)
        kind = TEXT_KINDS[suffix]
        if kind == "markdown":
            text = _MARKDOWN.render(text)
        declared: dict[str, str] = {}
        if kind in ("html", "markdown"):
            text, outline, declared = html_document(text)
        else:
            outline = [OutlineHint(m[1].strip(), 0) for m in _BOLD_LINE.finditer(text)]
        loaded = Loaded(text, encoding, kind, outline=outline, declared=declared)
    if not loaded.text.strip():
        raise LoadError(path, f"empty file: the {loaded.kind} file has no text / 空文件（没有文字）")
    return loaded


# --- encodings -----------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_PUNCT = re.compile(r"[\u00b7\u2010-\u2027\u2030-\u205e\u3000-\u303f\uff01-\uff65]")


def decode_text(path: Path, raw: bytes) -> tuple[str, str]:
    """(text, codec name) of a text file; raises LoadError for binary or undecodable bytes."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding).lstrip("\ufeff"), encoding
            except UnicodeDecodeError as e:
                raise LoadError(path, f"{encoding} byte order mark but invalid bytes at offset "
                                      f"{e.start} / 编码错误") from e
    if b"\x00" in raw:
        raise LoadError(path, "binary file (contains NUL bytes) / 二进制文件，不是文本")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    scored = []
    for encoding in CANDIDATES:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text), encoding, text))
    if scored:
        score, encoding, text = max(scored, key=lambda s: (s[0], -CANDIDATES.index(s[1])))
        if score >= MIN_PLAUSIBILITY:
            return text, encoding
    raise LoadError(path, "binary or unknown text encoding (not UTF-8, GB18030/GBK or Big5) "
                          "/ 无法识别的编码或二进制文件")


def plausibility(text: str) -> float:
    """Mean commonness (0…1) of the non-ASCII characters, read in Simplified.

    Commonness is a character's log frequency in jieba's dictionary; mojibake (kana, Greek,
    private-use or rare characters) scores near 0, CJK punctuation a neutral 0.5. Real text
    scores about 0.8, its wrong decoding about 0.1–0.2 (measured on the corpus).
    """
    wide = to_simplified("".join(ch for ch in text if ord(ch) > 0x7F))
    if not wide:
        return 1.0
    weights = char_commonness()
    return sum(0.5 if _PUNCT.match(ch) else weights.get(ch, 0.0) for ch in wide) / len(wide)


@lru_cache(maxsize=1)
def char_commonness() -> dict[str, float]:
    """Character → log(frequency)/log(max frequency), summed over jieba's dictionary words."""
    freq: Counter[str] = Counter()
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            word, count = line.split(" ", 2)[:2]
            for ch in word:
                freq[ch] += int(count)
    top = math.log(max(freq.values()))
    return {ch: math.log(n) / top for ch, n in freq.items()}


# --- HTML ----------------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "nav", "noscript", "template", "head")
_BLOCK_TAGS = ("p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2",
               "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
               "figure", "figcaption", "caption", "address", "hr")
_BLANK_RUNS = re.compile(r"\n{3,}")  # lines are stripped: blank lines are empty
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# CommonMark with GFM tables and strikethrough; a line break inside a paragraph stays a line
# break (Chinese documents put one paragraph per line, often without blank lines between).
_MARKDOWN = MarkdownIt("commonmark", {"breaks": True, "html": True}).enable(["table", "strikethrough"])
_BOLD_LINE = re.compile(r"^[ \t]*\*\*([^*\n]{1,40})\*\*[ \t]*$", re.MULTILINE)  # a `**…**` line of a text file
MAX_BOLD_HEADING_CHARS = 40
_ITEM_LEAD = re.compile(r"[一二三四五六七八九十]+是")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_BOLD_FONT = re.compile(r"bold|black|heavy", re.IGNORECASE)  # PDF font names: `SimSun,Bold`, `Arial-BoldMT`
LARGER_TYPE = 1.15  # a PDF line set this much larger than the body text is a heading


def html_document(html: str) -> tuple[str, list[OutlineHint], dict[str, str]]:
    """Visible text (block elements become paragraphs separated by a blank line), the headings
    the page declares (`<h1>`…`<h6>`, and paragraphs set wholly in bold) and what its head
    declares (html_head)."""
    soup = BeautifulSoup(html, "html.parser")
    declared = html_head(soup)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for node in soup.find_all(string=True):
        if isinstance(node, PreformattedString):  # doctype, comments, processing instructions
            node.extract()
        else:  # source line wraps inside a paragraph are not breaks
            node.replace_with(re.sub(r"\s+", " ", str(node)))
    for table in [t for t in soup.find_all("table") if t.find_parent("table") is None]:
        caption = table.find("caption")
        if caption is not None:  # `<caption>表2 …</caption>`: a line above the rows
            table.insert_before(f"\n\n{_cell_text(caption.extract().get_text(' '))}\n")
        table.replace_with(f"\n\n{grid_lines(*_html_grid(table))}\n\n")  # a nested table flattens into its cell
    for ol in soup.find_all("ol"):
        first = _int(ol.get("start"), 1)
        for n, li in enumerate(ol.find_all("li", recursive=False)):
            li.insert(0, f"{first + n}. ")
    outline = [hint for tag in soup.find_all(_HEADING_TAGS + ("p", "div")) for hint in _html_headings(tag)]
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    lines = [line.strip() for line in soup.get_text().split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip(), outline, declared


# The meta tags government and news sites' publishing systems write (the national template for
# government websites names them ArticleTitle, PubDate, ContentSource), and Open Graph's.
_META_FIELDS = {"articletitle": "title", "og:title": "title",
                "pubdate": "date", "publishdate": "date", "article:published_time": "date",
                "firstpublishedtime": "date",
                "contentsource": "issuer", "source": "issuer", "sitename": "site", "og:site_name": "site"}
_TITLE_PARTS = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|--|(?<=[\u4e00-\u9fff）)])[-–—](?=[\u4e00-\u9fff]))\s*")


def html_head(soup: BeautifulSoup) -> dict[str, str]:
    """title, date, issuer and site a page's head declares in its meta tags (first of each field),
    and page_title: the `<title>` without the site's name (`标题_某县人民政府`: the longest part)."""
    out: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        name = str(meta.get("name") or meta.get("property") or "").strip().lower()
        value = _cell_text(str(meta.get("content") or ""))
        if name in _META_FIELDS and value:
            out.setdefault(_META_FIELDS[name], value)
    title = soup.find("title")
    if title is not None:
        parts = [p for p in _TITLE_PARTS.split(_cell_text(title.get_text())) if p and p != out.get("site")]
        if parts:
            out["page_title"] = max(parts, key=len)
    return out


def _html_headings(tag: Tag) -> list[OutlineHint]:
    """An `<hN>`; or the lines of a paragraph (split at `<br>`) set wholly in bold."""
    if tag.name in _HEADING_TAGS:
        text = _cell_text(tag.get_text(" "))
        return [OutlineHint(text, int(tag.name[1]))] if text else []
    if tag.find(_BLOCK_TAGS) is not None:
        return []
    hints, line, bold = [], "", ""
    for node in [*tag.children, None]:
        if node is None or getattr(node, "name", None) == "br":
            text = _cell_text(line)
            if text and text.replace(" ", "") == bold.replace(" ", "") and _emphasised(text):
                hints.append(OutlineHint(text, 0))
            line = bold = ""
            continue
        text = node.get_text(" ") if isinstance(node, Tag) else str(node)
        line += text
        if _bold_tag(tag) or isinstance(node, Tag) and _bold_tag(node):
            bold += text
    return hints


def _bold_tag(tag: Tag) -> bool:
    """`<strong>`, `<b>`, or bold by an inline style (`font-weight:bold`/`700`), as government sites set it."""
    return tag.name in ("strong", "b") or bool(_BOLD_STYLE.search(str(tag.get("style") or "")))


def _emphasised(text: str) -> bool:
    """A paragraph set wholly in bold is a heading when it is short and no sentence (a bold
    `一是…。` measure or a bold warning sentence is body text)."""
    return len(text) <= MAX_BOLD_HEADING_CHARS and "。" not in text.rstrip("。") and not _ITEM_LEAD.match(text)


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def table_lines(rows: list[list[str]]) -> str:
    """Rows of cell texts as Markdown rows (see module docstring); the first row is the header."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [[_cell_text(c).replace("|", "｜") for c in r] + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join(["---"] * width) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(line.replace("|  |", "| |") for line in lines)


# a line break inside a cell between two ideographs is a wrap (`学前三年毛` / `入园率`), not a word space
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff]) +(?=[\u3400-\u9fff])")


def _cell_text(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _html_grid(table) -> tuple[list[list[GridCell]], int]:
    """The table's cells on a grid, rowspan and colspan repeated over the cells they cover, and
    the number of header rows it declares (`<thead>` rows, or rows of `<th>` cells only)."""
    grid: dict[tuple[int, int], GridCell] = {}
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    declared = 0
    for r, tr in enumerate(rows):
        c = 0
        cells = tr.find_all(["td", "th"], recursive=False)
        if declared == r and cells and (tr.find_parent("thead") is not None or all(x.name == "th" for x in cells)):
            declared += 1
        for cell in cells:
            while (r, c) in grid:
                c += 1
            width = _span(cell, "colspan")
            placed = GridCell(_cell_text(cell.get_text(" ")), (r, c), width)
            for dr in range(_span(cell, "rowspan")):
                for dc in range(width):
                    grid.setdefault((r + dr, c + dc), placed)
            c += width
    if not grid:
        return [], 0
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    if declared == len(rows):
        declared = 0  # a page that sets every cell in `<th>` declares nothing
    return [[grid.get((r, c), GridCell("", (r, c), 1)) for c in range(width)] for r in range(height)], declared


def _span(cell, attribute: str) -> int:
    try:
        return max(1, min(int(cell.get(attribute, 1)), 100))
    except (TypeError, ValueError):
        return 1


# --- DOCX ----------------------------------------------------------------------------------------

def _docx_text(path: Path) -> tuple[str, list[OutlineHint]]:
    """(text, outline) of a DOCX file: paragraphs and tables in order (those inside content
    controls too), each paragraph with the number Word shows before it (automatic numbering,
    ingest/wordml.py); heading styles (`Heading 2`, `标题 2`, or an outline level set on the
    paragraph) and paragraphs whose every run is bold are the declared headings. What Word shows
    outside the text flow follows the block it is anchored in: the paragraphs and tables of its
    text boxes (专栏 boxes of plans), and its footnotes and endnotes, each `[注1] …` under the
    `[注1]` mark put where the reference stands."""
    try:
        document = docx.Document(str(path))
        numbering, notes = Numbering(document), Notes(document)
        blocks: list[str] = []
        outline: list[OutlineHint] = []
        _docx_blocks(block_elements(document.element.body), document._body, numbering, notes, blocks, outline)
    except Exception as e:  # python-docx raises zip, XML and key errors alike on a damaged file
        raise LoadError(path, f"corrupt or unreadable DOCX ({type(e).__name__}: {e}) / DOCX 文件损坏") from e
    return "\n\n".join(b for b in blocks if b), outline


def _docx_blocks(elements: list, parent, numbering: Numbering, notes: Notes, blocks: list[str],
                 outline: list[OutlineHint]) -> None:
    for element in elements:
        if element.tag == qn("w:tbl"):
            table = DocxTable(element, parent)
            blocks.append(_docx_table(table, numbering))
            for row in table.rows:  # notes referenced in the cells go under the table
                blocks += [f"{mark} {text}" for mark, text in notes.marks(row._tr)]
            continue
        item = Paragraph(element, parent)
        text, marked = _docx_paragraph(item, notes)
        if text.strip():
            text = numbering.label(item) + text.strip()
            blocks.append(text)
            level = _docx_heading_level(item)
            if level is not None:
                outline.append(OutlineHint(_cell_text(text), level))
        else:
            numbering.label(item)  # an empty numbered paragraph still counts
        blocks += [f"{mark} {note}" for mark, note in marked]
        for box in text_boxes(item):
            _docx_blocks(block_elements(box), parent, numbering, notes, blocks, outline)


def _docx_paragraph(paragraph: Paragraph, notes: Notes) -> tuple[str, list[tuple[str, str]]]:
    """The paragraph's text with the marks of the notes it references, and those notes."""
    if not notes.texts:
        return paragraph.text, []
    parts, marked = [], []
    for content in paragraph.iter_inner_content():  # runs and hyperlinks, in order
        parts.append(content.text)
        found = notes.marks(content._r if isinstance(content, Run) else content._hyperlink)
        parts += [mark for mark, _ in found]
        marked += found
    return "".join(parts), marked


def _docx_table(table: DocxTable, numbering: Numbering) -> str:
    """A DOCX table as Markdown rows (see grid_lines); header rows declared with `w:tblHeader` count."""
    grid = table_grid(table, lambda tc: _cell_text(" ".join(  # numbered paragraphs in cells count too
        numbering.label(p) + p.text for p in _Cell(tc, table).paragraphs)))
    return grid_lines(grid, declared_header_rows(table))


def grid_lines(grid: list[list[GridCell]], declared: int = 0) -> str:
    """A table laid on its grid (merged cells repeated, ingest/wordml.py) as Markdown rows under one
    header row. Rows of one cell over the whole width are its caption and unit lines (above) or
    notes (below), not rows; header rows (`declared` ones, or spanned by a merged header cell:
    `2020年` over `数量 | 占比`) join into one header per column, `2020年 数量`, a part that states
    a unit placed last (`2020年 学校数(所)`)."""
    grid = [row for row in grid if any(cell.text for cell in row)]
    above: list[str] = []
    while grid and len(grid[0]) > 1 and len({cell.origin for cell in grid[0]}) == 1:
        above.append(grid.pop(0)[0].text)
        declared = max(0, declared - 1)
    below: list[str] = []
    while len(grid) > 1 and len(grid[-1]) > 1 and len({cell.origin for cell in grid[-1]}) == 1:
        below.insert(0, grid.pop()[0].text)
    if not grid:
        return "\n".join(above + below)
    grid = [[cell._replace(text=_CJK_GAP.sub("", cell.text)) for cell in row] for row in grid]
    depth = header_depth(grid, declared, _is_value)
    columns = []
    for c in range(len(grid[0])):
        columns.append(joined_header([row[c].text for row in grid[:depth]]))
    body = grid[depth:]
    # a first-column cell merged downwards (one origin over several rows) is written once: the rows under
    # it are its group; equal texts in cells of their own are rows' own labels and stay
    rows = [columns] + [["" if r and len(row) > 2 and row[0].origin == body[r - 1][0].origin else row[0].text]
                        + [cell.text for cell in row[1:]] for r, row in enumerate(body)]
    return "\n\n".join(part for part in ("\n".join(above), table_lines(rows), "\n".join(below)) if part)


def _is_value(text: str) -> bool:
    """A cell holding a figure; a year written as one (`2028年`) heads a column of a header row."""
    if YEAR_HEADER.fullmatch(text.strip()):
        return False
    return bool(re.fullmatch(r"[<>≥≤~约]?\s*[-+]?\d[\d,]*(?:\.\d+)?\s*\S{0,3}", text.strip()))


_DOCX_HEADING_STYLE = re.compile(r"(?:heading|标题|標題)\s*(\d)", re.IGNORECASE)


def _docx_heading_level(paragraph) -> int | None:
    """1–9 for a heading style or outline level, 0 for a short paragraph all in bold, else None."""
    style = paragraph.style
    while style is not None:  # a custom style based on `Heading 2` is a heading 2
        m = _DOCX_HEADING_STYLE.fullmatch((style.name or "").strip())
        if m:
            return int(m[1])
        level = _outline_level(style.element)
        if level is not None:
            return level
        style = style.base_style
    level = _outline_level(paragraph._p)
    if level is not None:
        return level
    runs = [r for r in paragraph.runs if r.text.strip()]
    if runs and all(_bold(r, paragraph) for r in runs) and _emphasised(paragraph.text.strip()):
        return 0
    return None


def _outline_level(element) -> int | None:
    """`w:outlineLvl` 0–8 → heading level 1–9 (9 is body text)."""
    found = element.find(".//" + qn("w:outlineLvl"))
    value = _int(found.get(qn("w:val")), 9) if found is not None else 9
    return value + 1 if value < 9 else None


def _bold(run, paragraph) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    style = paragraph.style
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


# --- PDF -----------------------------------------------------------------------------------------

def _pdf_text(path: Path) -> tuple[str, list[OutlineHint]]:
    """(text, headings); text "" when the PDF has no text layer (a scan: OCR). A line the page
    wraps is joined to the next: a prose line that runs on to the right margin (a number and its
    unit, `55` / `%`, or a word broken over two lines), and a heading too long for one line."""
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(path, "encrypted PDF (password needed) / PDF 已加密")
        pages = [page.extract_text() or "" for page in reader.pages]
        tabled, lines = _pdf_layout(path)
        pages = [tabled.get(n, text) for n, text in enumerate(pages)]
        outline, wrapped = _pdf_outline(lines)
        pages = [_join_lines(text, [(a.text, b.text) for a, b in wrapped if a.page == n])
                 for n, text in enumerate(pages)]
    except LoadError:
        raise
    except Exception as e:  # pypdf and pdfminer raise PdfReadError, ValueError, KeyError… on a damaged file
        raise LoadError(path, f"corrupt or unreadable PDF ({type(e).__name__}: {e}) / PDF 文件损坏") from e
    return "\n\n".join(p.strip() for p in pages if p.strip()), outline


def _join_lines(text: str, pairs: list[tuple[str, str]]) -> str:
    """The page text with each (line, next line) pair on one line, found in order from where the
    previous pair was (the text layer may space the characters differently from the line finder)."""
    at = 0
    for a, b in pairs:
        spaced = [r"[ \t]*".join(map(re.escape, part.replace(" ", ""))) for part in (a, b[:8])]
        m = re.compile(rf"({spaced[0]})[ \t]*\n\s*(?={spaced[1]})").search(text, at)
        if m is not None:
            text, at = text[:m.end(1)] + text[m.end():], m.end(1)
    return text


class _PdfLine(NamedTuple):
    text: str
    size: float  # mean character size
    bold: bool  # every character in a bold face
    font: str  # the typeface of all its ideographs ("" when they mix typefaces or there are none)
    right: float  # x of its right end
    page: int = 0
    in_table: bool = False  # inside a ruled table (written as rows)
    limit: float = 0.0  # x of the text block's right edge on its page
    lead: float = 0.0  # width of the run of digits or Latin letters it opens with (`2024年…`: 2024)


def _pdf_layout(path: Path) -> tuple[dict[int, str], list[_PdfLine]]:
    """Pages that hold ruled tables (pdfplumber finds them by their drawn lines): page number →
    the page's text above, between and below the tables, each table as Markdown rows in its place;
    and every text line with its type size and weight (for the headings)."""
    pages: dict[int, list[str | list[list[GridCell]]]] = {}
    lines: list[_PdfLine] = []
    with pdfplumber.open(str(path)) as pdf:
        for n, page in enumerate(pdf.pages):
            tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
            found = [(line, [c for c in line["chars"] if c["text"].strip()]) for line in page.extract_text_lines()]
            found = [(line, chars) for line, chars in found if chars]
            # the text block's right edge, as far from the page's edge as its left edge is (margins are
            # set symmetrically): a line ending there was wrapped by the layout
            limit = page.width - min((c["x0"] for _, chars in found for c in chars), default=0.0)
            for line, chars in found:
                middle = (line["top"] + line["bottom"]) / 2
                lines.append(_PdfLine(line["text"].strip(), sum(c["size"] for c in chars) / len(chars),
                                      all(_BOLD_FONT.search(c.get("fontname", "")) for c in chars),
                                      _typeface(chars), max(c["x1"] for c in chars), n,
                                      any(t.bbox[1] <= middle <= t.bbox[3] for t in tables), limit,
                                      _lead_width(chars)))
            if not tables:
                continue
            parts: list[str | list[list[GridCell]]] = []
            top = 0.0
            for table in tables:
                x0, t_top, x1, t_bottom = table.bbox
                parts += [_pdf_band(page, top, t_top), _pdf_grid(table)]
                top = t_bottom
            parts.append(_pdf_band(page, top, page.height))
            pages[n] = parts
    _join_continued_tables(pages)
    # a page whose only table went to the page before keeps its (maybe empty) text: its text layer
    # would write the rows a second time
    return {n: "\n\n".join(p if isinstance(p, str) else grid_lines(p) for p in parts
                            if not isinstance(p, str) or p.strip())
            for n, parts in pages.items()}, lines


# a page number or running footer between two pages of one table: `3`, `- 3 -`, `第3页`, `3/10`
_PAGE_MARK = re.compile(r"[-—\s]*(?:第\s*)?\d{1,4}\s*(?:页|/\s*\d{1,4})?(?:\s*共\s*\d{1,4}\s*页)?[-—\s]*")


def _join_continued_tables(pages: dict[int, list[str | list[list[GridCell]]]]) -> None:
    """A table the page breaks: its last table ends the page (nothing below it but a page number) and
    the next page opens with a table as wide (nothing above it but a page number). Its rows join the
    table they continue, a repeated header row dropped, so the second part is not read as a table whose
    header is its first data row. Changes `pages` in place."""
    def blank(part: str | list[list[GridCell]]) -> bool:
        return isinstance(part, str) and all(_PAGE_MARK.fullmatch(ln) for ln in part.splitlines() if ln.strip())

    for n in sorted(pages):
        parts, following = pages[n], pages.get(n + 1)
        if not following or not blank(parts[-1]) or not blank(following[0]) or len(following) < 2:
            continue
        first, rest = parts[-2], following[1]
        if isinstance(first, str) or isinstance(rest, str) or len(first[0]) != len(rest[0]):
            continue
        if [c.text for c in rest[0]] == [c.text for c in first[0]]:  # the header repeated on the new page
            rest = rest[1:]
        shift = len(first)
        first += [[cell._replace(origin=(cell.origin[0] + shift, cell.origin[1])) for cell in row] for row in rest]
        following[:2] = [following[0]]


def _pdf_grid(table) -> list[list[GridCell]]:
    """pdfplumber's table on its grid: a position a merged cell covers (None in `extract()`) shows
    that cell, found by its box, so header rows join as DOCX ones do (`2025年` over `现状 | 目标`)."""
    texts = table.extract()
    boxes = [row.cells for row in table.rows]
    columns = [((box[0] + box[2]) / 2) for box in (c.bbox for c in table.columns)]
    origins = {box: (r, c) for r, row in enumerate(boxes) for c, box in enumerate(row) if box is not None}
    grid: list[list[GridCell]] = []
    for r, row in enumerate(boxes):
        y = (table.rows[r].bbox[1] + table.rows[r].bbox[3]) / 2
        out = []
        for c, box in enumerate(row):
            box = box or next((b for b in origins if b[0] <= columns[c] <= b[2] and b[1] <= y <= b[3]), None)
            if box is None:
                out.append(GridCell("", (r, c), 1))
                continue
            r0, c0 = origins[box]
            out.append(GridCell(_cell_text(texts[r0][c0]), (r0, c0), sum(box[0] <= x <= box[2] for x in columns)))
        grid.append(out)
    return grid


def _pdf_outline(lines: list[_PdfLine]) -> tuple[list[OutlineHint], list[tuple[_PdfLine, _PdfLine]]]:
    """Headings, and the pairs of lines that wrap (see _pdf_text). Short lines set larger than the
    body text (the size most characters have) are headings, the larger the higher; short lines
    wholly in a bold face are headings of no declared level; so are short lines at body size set
    wholly in a typeface other than the body's (official documents set level-1 headings in 黑体
    and level-2 in 楷体 at the size of the 仿宋 body text), each typeface a rank of its own, unless
    the line ends in punctuation (a sentence). A heading line that runs on to the right margin
    and is followed by a line of the same setting that opens no numbered heading is one heading."""
    lines = [line for line in lines if not line.in_table]
    weight: Counter[float] = Counter()
    for line in lines:
        weight[round(line.size, 1)] += len(line.text)
    if not weight:
        return [], []
    body = weight.most_common(1)[0][0]
    faces: Counter[str] = Counter()
    for line in lines:
        if round(line.size, 1) == body and line.font:
            faces[line.font] += len(line.text)
    body_face = faces.most_common(1)[0][0] if faces else ""
    margin = max((line.right for line in lines if line.font == body_face), default=0.0)
    large = sorted({round(line.size, 1) for line in lines if line.size >= body * LARGER_TYPE}, reverse=True)
    wrapped = [(a, b) for a, b in zip(lines, lines[1:])
               if a.page == b.page and a.right + b.lead >= a.limit - 1.5 * a.size
               and (a.text[-1] not in _SENTENCE_END + "”）)》" or a.text[-1] in _CLAUSE_GOES_ON)
               and (round(a.size, 1), a.bold) == (round(b.size, 1), b.bold)
               and (a.font == b.font or not a.font or not b.font)  # `%。` alone has no ideograph to tell
               and heading_at(b.text) is None]
    joined = {id(a): b for a, b in wrapped}
    hints = []
    skip = False
    for n, line in enumerate(lines):
        if skip:
            skip = False
            continue
        follow = joined.get(id(line))
        text = line.text + follow.text if follow is not None else line.text
        if not _emphasised(text):
            continue
        if round(line.size, 1) in large:
            hints.append(OutlineHint(text, large.index(round(line.size, 1)) + 1))
        elif line.bold:
            hints.append(OutlineHint(text, 0))
        elif (line.font and body_face and line.font != body_face and round(line.size, 1) == body
              and text[-1] not in _SENTENCE_END and (follow is not None or not _runs_on(line, margin))
              and not (n and lines[n - 1].font == line.font and _runs_on(lines[n - 1], margin))):
            hints.append(OutlineHint(text, 0, f"font:{line.font}"))
        else:
            continue
        skip = follow is not None
    return hints, wrapped


def _lead_width(chars: list[dict]) -> float:
    """Width of the run of digits and Latin letters a line opens with: the layout breaks no such run,
    so the line above ends short of the margin by as much when it wrapped before it (`…比` / `2024年…`)."""
    run = list(takewhile(lambda c: c["text"].isascii() and c["text"].isalnum() or c["text"] == ".", chars))
    return run[-1]["x1"] - run[0]["x0"] if run else 0.0


def _runs_on(line: _PdfLine, margin: float) -> bool:
    """A line that reaches the right margin is prose going on to the next line (a paragraph set in
    楷体, a quotation), and so is the line after it; a heading ends short of the margin."""
    return line.right >= margin - 1.5 * line.size


_SENTENCE_END = "。；;，,：:！!？?、"
_CLAUSE_GOES_ON = "，,、"  # no paragraph ends on a comma: a line ending in one at the margin wraps


def _typeface(chars: list[dict]) -> str:
    """The one typeface of a line's ideographs, without the subset tag (`ABCDEF+SimHei` → SimHei);
    digits and Latin letters are often set in a Latin face and do not count."""
    faces = {re.sub(r"^[A-Z]{6}\+", "", c.get("fontname", "")) for c in chars if "\u4e00" <= c["text"] <= "\u9fff"}
    return faces.pop() if len(faces) == 1 else ""


def _pdf_band(page, top: float, bottom: float) -> str:
    if bottom - top < 1:
        return ""
    return (page.crop((0, top, page.width, bottom)).extract_text() or "").strip()


def _recognised(path: Path, kind: str) -> Loaded:
    if not get_settings().ocr:
        raise LoadError(path, "a scan or image needs OCR, which is off (POLICYQA_OCR=off) "
                              "/ 扫描件或图片需要文字识别（OCR 已关闭）")
    try:
        result = ocr_image(path) if kind == "image" else ocr_pdf(path)
    except OcrError as e:
        if kind == "image":
            raise LoadError(path, e.reason) from e
        en, _, zh = e.reason.rpartition(" / ")
        raise LoadError(path, f"PDF without a text layer (scanned images?), and OCR: {en} "
                              f"/ PDF 没有文字层（扫描件？），文字识别：{zh}") from e
    return Loaded(result.text, "", kind, result)
