"""What a DOCX shows that python-docx's text leaves out: automatic numbering and merged table cells.

Numbering. Word keeps list and heading numbers (`一、`, `（一）`, `1.`, `第一章`) out of the
paragraph text: a paragraph (or its style) points at a numbering instance (`w:numPr`: numId,
ilvl), the instance at an abstract definition whose levels give a start value, a format
(`w:numFmt`: decimal, chineseCounting, …) and a pattern (`w:lvlText` `（%1）`, `%1.%2`). Official
documents written from templates number their headings so, and the reader cites the number
they see. `Numbering.label(paragraph)` renders it the way Word does: one counter per abstract
definition and level (instances of one definition continue each other's count unless an
instance overrides the start), deeper levels restart when a shallower one advances (or as
`w:lvlRestart` says), bullets render nothing.

Tables. `table_grid` lays a table's cells on its column grid: a cell spanning columns
(`w:gridSpan`) or continued downwards (`w:vMerge`) is repeated over the positions it covers,
and each position records whether it is such a repeat, so the caller can tell a caption row
(one cell over the whole width), header rows (cells spanning columns of the rows below) and
group cells merged down the first column.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

import cn2an
from docx.oxml.ns import qn
from lxml import etree

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# a pattern that ends in one of these needs no separator before the paragraph text (`一、`, `（一）`, `1.`)
_SELF_SEPARATED = "、.．)）:：]】」"


def format_number(value: int, fmt: str) -> str:
    """A counter in a `w:numFmt` format (the ones Chinese documents use, and the Western ones)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "koreanCounting"):
        return cn2an.an2cn(value)  # 十一 (not 一十一), 二十三
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        text = cn2an.an2cn(value, "up")
        return text.translate(str.maketrans("贰叁陆", "貳參陸")) if fmt == "ideographLegalTraditional" else text
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(value))
    if fmt == "ideographTraditional" and 1 <= value <= len(_HEAVENLY_STEMS):
        return _HEAVENLY_STEMS[value - 1]
    if fmt == "ideographZodiac" and 1 <= value <= len(_EARTHLY_BRANCHES):
        return _EARTHLY_BRANCHES[value - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= len(_CIRCLED):
        return _CIRCLED[value - 1]
    if fmt == "decimalFullWidth":
        return str(value).translate(_FULL_WIDTH_DIGITS)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("lowerLetter", "upperLetter") and value >= 1:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and value >= 1:
        roman, rest = "", value
        for amount, numeral in _ROMAN:
            while rest >= amount:
                roman, rest = roman + numeral, rest - amount
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt in ("decimalEnclosedParen", "decimalEnclosedFullstop"):
        return f"({value})" if fmt == "decimalEnclosedParen" else f"{value}."
    return str(value)  # decimal, and formats no Chinese document uses


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""  # the pattern, `%1、`
    restart: int | None = None  # w:lvlRestart: restart after a level ≤ this (1-based) appears; 0 never
    legal: bool = False  # w:isLgl: every placeholder in decimal
    separator: str = " "  # w:suff tab/space → " ", nothing → ""


@dataclass
class _Instance:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # w:lvlOverride/w:startOverride
    levels: dict[int, _Level] = field(default_factory=dict)  # w:lvlOverride/w:lvl


class Numbering:
    """The numbers a DOCX's paragraphs show; call `label` on the paragraphs in document order."""

    def __init__(self, document: Any) -> None:
        self._abstracts: dict[str, dict[int, _Level]] = {}
        self._instances: dict[str, _Instance] = {}
        self._styles: dict[str, Any] = {}
        self._counters: dict[str, dict[int, int]] = {}  # abstract id → level → current value
        self._restarted: set[str] = set()  # instances whose start override was applied
        self._style_numbers: dict[str, Any] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):  # no numbering part: nothing is numbered
            return
        for abstract in root.findall(qn("w:abstractNum")):
            self._abstracts[abstract.get(qn("w:abstractNumId"))] = {
                int(lvl.get(qn("w:ilvl"), "0")): _level(lvl) for lvl in abstract.findall(qn("w:lvl"))}
            link = _val(abstract.find(qn("w:numStyleLink")))
            if link:
                self._styles[abstract.get(qn("w:abstractNumId"))] = link
        for num in root.findall(qn("w:num")):
            instance = _Instance(_val(num.find(qn("w:abstractNumId"))) or "")
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = _val(override.find(qn("w:startOverride")))
                if start is not None and start.lstrip("-").isdigit():
                    instance.starts[ilvl] = int(start)
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    instance.levels[ilvl] = _level(lvl)
            self._instances[num.get(qn("w:numId"))] = instance
        self._style_numbers = {s.style_id: s for s in document.styles if s.type == 1}  # paragraph styles

    def label(self, paragraph: Any) -> str:
        """The number the paragraph shows, with the separator Word puts after it ("" if none),
        advancing the counters."""
        num_id, ilvl = self._num_pr(paragraph)
        instance = self._instances.get(num_id or "")
        if instance is None:
            return ""
        abstract_id = self._resolve(instance.abstract)
        levels = dict(self._abstracts.get(abstract_id, {}))
        levels.update(instance.levels)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(abstract_id, {})
        if instance.starts and num_id not in self._restarted:  # an instance restarting the list
            self._restarted.add(num_id or "")
            for k, start in instance.starts.items():
                counters[k] = start - 1
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart and ilvl + 1 <= restart):
                del counters[deeper]
        if level.fmt in ("bullet", "none") or not level.text:
            return ""
        text = level.text
        for k in range(9):
            placeholder = f"%{k + 1}"
            if placeholder in text:
                shown = counters.get(k, levels[k].start if k in levels else 1)
                fmt = "decimal" if level.legal and k != ilvl else (levels[k].fmt if k in levels else "decimal")
                text = text.replace(placeholder, format_number(shown, fmt))
        if not text.strip():
            return ""
        return text + ("" if text[-1] in _SELF_SEPARATED else level.separator)

    def _num_pr(self, paragraph: Any) -> tuple[str | None, int]:
        """(numId, ilvl) set on the paragraph, else on its style or a style it is based on."""
        ppr = paragraph._p.pPr
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id, ilvl = (_val(num_pr.find(qn("w:numId"))), _val(num_pr.find(qn("w:ilvl")))) \
            if num_pr is not None else (None, None)
        style = paragraph.style
        while num_id is None and style is not None:
            style_ppr = style.element.pPr
            style_num = style_ppr.find(qn("w:numPr")) if style_ppr is not None else None
            if style_num is not None:
                num_id = _val(style_num.find(qn("w:numId")))
                ilvl = ilvl or _val(style_num.find(qn("w:ilvl")))
            style = style.base_style
        if num_id in (None, "0"):  # numId 0 switches a style's numbering off
            return None, 0
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0

    def _resolve(self, abstract_id: str) -> str:
        """An abstract definition that only links to a numbering style: the definition that style uses."""
        style_id = self._styles.get(abstract_id)
        style = self._style_numbers.get(style_id) if style_id else None
        ppr = style.element.pPr if style is not None else None
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id = _val(num_pr.find(qn("w:numId"))) if num_pr is not None else None
        instance = self._instances.get(num_id or "")
        return instance.abstract if instance is not None and instance.abstract != abstract_id else abstract_id


def _val(element: Any) -> str | None:
    return element.get(qn("w:val")) if element is not None else None


def _level(lvl: Any) -> _Level:
    start = _val(lvl.find(qn("w:start")))
    restart = _val(lvl.find(qn("w:lvlRestart")))
    legal = lvl.find(qn("w:isLgl"))
    return _Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=_val(lvl.find(qn("w:numFmt"))) or "decimal",
        text=_val(lvl.find(qn("w:lvlText"))) or "",
        restart=int(restart) if restart and restart.isdigit() else None,
        legal=legal is not None and _val(legal) not in ("0", "false"),
        separator="" if _val(lvl.find(qn("w:suff"))) == "nothing" else " ")


# --- tables --------------------------------------------------------------------------------------

class GridCell(NamedTuple):
    text: str
    origin: tuple[int, int]  # (row, column) of the merged cell's first position
    width: int  # columns the cell spans


def table_grid(table: Any, cell_text: Any) -> list[list[GridCell]]:
    """The table's rows on its column grid (see module docstring); `cell_text(tc)` gives a cell's
    text. Rows are padded to the widest one; an empty position is ("", itself, 1)."""
    rows: list[list[GridCell]] = []
    for r, tr in enumerate(table._tbl.findall(qn("w:tr"))):
        row: list[GridCell] = []
        tr_pr = tr.find(qn("w:trPr"))
        before = _val(tr_pr.find(qn("w:gridBefore"))) if tr_pr is not None else None
        for _ in range(int(before) if before and before.isdigit() else 0):
            row.append(GridCell("", (r, len(row)), 1))
        for tc in tr.findall(qn("w:tc")):
            tc_pr = tc.find(qn("w:tcPr"))
            span = _val(tc_pr.find(qn("w:gridSpan"))) if tc_pr is not None else None
            width = max(1, min(int(span), 64)) if span and span.isdigit() else 1
            merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
            c = len(row)
            above = rows[-1][c] if rows and c < len(rows[-1]) else None
            if merge is not None and _val(merge) != "restart" and above is not None:
                cell = above  # a continued vertical merge shows the cell it continues
            else:
                cell = GridCell(cell_text(tc), (r, c), width)
            row.extend([cell] * width)
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return [row + [GridCell("", (r, c), 1) for c in range(len(row), width)] for r, row in enumerate(rows)]


def header_depth(grid: list[list[GridCell]], declared: int, is_value: Any) -> int:
    """How many rows on top are column headers: the rows Word is told to repeat on each page
    (`w:tblHeader`), and at least the first row and every following row a header cell spans into
    or whose columns a header cell spans (`2020年` over `数量 | 占比`), while that row holds no value.
    A row that repeats the corner cell above it is a header row too: writers copy a header cell into
    each cell it should span (`指标 | 目标值 | 目标值` over `指标 | 2028年 | 2030年`) rather than merge them."""
    depth = 1
    while depth < len(grid):
        row = grid[depth]
        spanned = any(cell.origin[0] < depth for cell in row) or any(
            cell.width > 1 for cell in grid[depth - 1] if cell.origin[0] == depth - 1)
        copied = bool(row[0].text) and row[0].text == grid[depth - 1][0].text
        if not (spanned or copied) or any(is_value(cell.text) for cell in row[1:]):
            break
        depth += 1
    return max(depth, min(declared, len(grid) - 1))


def declared_header_rows(table: Any) -> int:
    """Rows at the top marked as header rows to repeat on every page (`w:tblHeader`)."""
    count = 0
    for tr in table._tbl.findall(qn("w:tr")):
        tr_pr = tr.find(qn("w:trPr"))
        mark = tr_pr.find(qn("w:tblHeader")) if tr_pr is not None else None
        if mark is None or _val(mark) in ("0", "false"):
            break
        count += 1
    return count


# --- notes, text boxes, content controls ---------------------------------------------------------

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_NOTE_PARTS = (("footnotes", "w:footnote"), ("endnotes", "w:endnote"))


class Notes:
    """Footnotes and endnotes (footnotes.xml, endnotes.xml): id → text. Plans and notices put the
    source of a figure, a definition or a caveat in them; Word shows only a mark in the text."""

    def __init__(self, document: Any) -> None:
        self.texts: dict[tuple[str, str], str] = {}  # (footnote|endnote, id) → text
        for rel in document.part.rels.values():
            kind = next((k for k, _ in _NOTE_PARTS if rel.reltype.endswith("/" + k)), None)
            if kind is None or rel.is_external:
                continue
            tag = dict(_NOTE_PARTS)[kind]
            try:
                root = etree.fromstring(rel.target_part.blob)
            except etree.XMLSyntaxError:
                continue  # a damaged notes part loses the notes, not the document
            for note in root.findall(qn(tag)):
                if note.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = "".join(t.text or "" for t in note.iter(qn("w:t"))).strip()
                if text:
                    self.texts[(kind[:-1], note.get(qn("w:id")) or "")] = text
        self.shown: list[tuple[str, str]] = []  # marks in document order

    def marks(self, run: Any) -> list[tuple[str, str]]:
        """Marks (as shown, note text) of the notes a run references, numbered in document order."""
        out = []
        for kind in ("footnote", "endnote"):
            for ref in run.iter(qn(f"w:{kind}Reference")):
                key = (kind, ref.get(qn("w:id")) or "")
                if key in self.texts:
                    self.shown.append(key)
                    mark = f"[{'注' if kind == 'footnote' else '尾注'}{sum(k[0] == kind for k in self.shown)}]"
                    out.append((mark, self.texts[key]))
        return out


def text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes (`w:txbxContent`) anchored in a paragraph, outermost only, each once: Word
    writes a shape twice, as DrawingML (`mc:Choice`) and as VML for old readers (`mc:Fallback`)."""
    p = paragraph._p
    return [box for box in p.iter(qn("w:txbxContent"))
            if next(box.iterancestors(qn("w:p")), None) is p
            and not any(a.tag == f"{{{_MC}}}Fallback" for a in box.iterancestors())]


def block_elements(container: Any) -> list[Any]:
    """`w:p` and `w:tbl` children of a body, cell or text box, in order, with the blocks of content
    controls (`w:sdt`: cover pages, form fields of templates) in their place."""
    out = []
    for child in container:
        if child.tag in (qn("w:p"), qn("w:tbl")):
            out.append(child)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                out += block_elements(content)
    return out
