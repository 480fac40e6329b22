"""Tables flattened into text, rebuilt as rows of cells with exact offsets.

Layouts:
- rows of `|`-separated cells, one row per line, with or without outer bars and a Markdown
  `---` rule under the header (Markdown files; DOCX, HTML and PDF tables are rendered so by
  ingest/load.py);
- one cell per line with any number of columns, with or without a caption: the header is told by
  its words (years, 属性, 单位, 指标 …) or, without them, by rows of one shape repeating;
in any of them rows grouped under a row labelled by an ordinal (`一、基本支出`, with or without the
group's subtotal) carry that group, and a 合计 row after the groups belongs to none;
and the two shapes of the bundled documents, handled first:
- one cell per line after a caption line `1:…指標表` (a district plan): either an indicator table
  (`分類 | 指標 | value columns…`, the 分類 cell only on a group's first row and itself split
  over lines, `其中:` sub-rows) or a record table (`序號 | …`, rows numbered 01, 02, …);
  header cells may be split over lines too (`占地面積` / `(平方米)`, `十三五”` / `變化情況`).
- `|`-terminated cells one per line, rows separated by a bare `|` line (a self-evaluation report), a group cell
  (学段) only on a group's first row and a column-number row 1…8 under the header.

A block that does not fit its layout is left as prose (a warning names document, table and row):
its text is still chunked and searchable, only not as cells.
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import NamedTuple

from ingest.models import Cell, Row, Section, Table
from ingest.structure import Span, lines, section_path_at

log = logging.getLogger(__name__)

_CAPTION = re.compile(r"(?:表\s*)?\d{1,2}\s*[:：]\s*\S.{1,60}表")
_VALUE = re.compile(r"[<>＜＞≥≤~约約]?\s*[-+－]?\d+(?:\.\d+)?\s*%?|[—－-]{1,2}|/")
# a unit closing a label (`在園幼兒數(萬人)`, `毛入園率(%` with its bracket lost), or closing the
# first part of a header joined from two rows (`生均校舍面积(㎡) 实际`)
_UNIT_IN_LABEL = re.compile(r"[(（]([^()（）]{1,8})(?:[)）]?$|[)）]\s+[^\s()（）]{1,6}$)")
# (部: a header counting devices `手机（部）` in the counter figures read them in)
_UNIT = re.compile(
    r"(?:[萬万億亿千百]?(?:人次|人|元|所|個|个|名|平方米|平方公里|㎡|米|公里|台|套|間|间|件|次|班|冊|册|部|"
    r"學位|学位|學時|学时|小時|小时|課時|课时)|%|‰|倍)(?:[/·・][^/·・]{1,2}){0,3}")
_RECORD_FIRST = {"序號", "序号"}
_SUBROW = re.compile(r"其中\s*[:：]")
MAX_CELL_CHARS = 40
MAX_GROUP_LINES = 4
# a caption of any table: `表1 主要指标`, `表2-1：…`, `…主要指标表`, `…一览表`
_ANY_CAPTION = re.compile(r"(?:表\s*\d{1,2}(?:[-－.．]\d{1,2})?(?:[\s:：.．、]\s*\S.{0,58})?"
                          r"|\S.{1,38}(?:指标表|指標表|一览表|一覽表|统计表|統計表|情况表|情況表|汇总表|匯總表|明细表|明細表))")
# words of a header row: years, and what indicator and record tables name their columns
_HEADER_WORD = re.compile(r"(?:19|20)\d\d\s*年?|属性|屬性|单位|單位|指标|指標|项目|項目|序号|序號|名称|名稱|类别|類別|"
                          r"分类|分類|目标|目標|基期|现状|現狀|规划|規劃|预期|預期|数值|數值|合计|合計|备注|備註|地区|地區")
MAX_COLUMNS = 12
# a table's unit stated once for all its figures, on a line of its own above it or closing its
# caption (statistical and budget tables: `单位：万元`, `（单位：人）`)
_UNIT_LINE = re.compile(r"[(（]?\s*(?:计量单位|計量單位|单位|單位)\s*[:：]\s*"
                        r"(?P<unit>[^\s()（）,，;；、]{1,8})\s*[)）]?$")
# a note above or under a table stating its unit among other remarks (`注：表中金额单位为万元。`, `说明：单位：人`)
_UNIT_NOTE = re.compile(r"(?:注|註|说明|說明|备注|備註)\s*\d?\s*[:：][^。]{0,30}?"
                        r"(?:计量单位|計量單位|单位|單位)\s*(?:[:：]|为|為|是)"
                        r"\s*(?P<unit>[^\s()（）,，;；、。]{1,8})")
# a sentence leading into the table that closes with its unit in brackets (`各档次标准如下表（单位：元/生/年）。`)
_LEAD_UNIT = re.compile(r"[(（]\s*(?:计量单位|計量單位|单位|單位)\s*[:：]\s*(?P<unit>[^\s()（）,，;；、]{1,8})\s*[)）]"
                        r"\s*[。:：]?\s*$")
# the numbered items a unit note singles out (`第6项`, `第3、5项`, `第2行`)
_ITEM_UNIT = re.compile(r"第\s*\d{1,3}(?:\s*[、,，和及]\s*\d{1,3})*\s*[项項行]")
_RULE_CELL = re.compile(r":?-{3,}:?")
# a border line of a plain-text grid table (`+------+------+`, `+======+`): drawn around and between its rows
GRID_BORDER = re.compile(r"\+(?:[-=]{2,}\+)+")
# a note in brackets, its closing bracket possibly lost where a line or a passage cuts it (`毛入园率(%`): in a
# sentence a breakdown or an aside, not what the sentence is about (`（含民办）`, `（其中小学12所）`)
OPEN_NOTE = re.compile(r"[(（][^()（）]*[)）]?")
# the note closing a header or label, its unit as a rule (`在校学生数(万人)`, `毛入园率(%` its bracket lost)
UNIT_NOTE_END = re.compile(rf"(?:{OPEN_NOTE.pattern})$")
# a closed note in brackets anywhere in a header or text (`生均图书(册) 实际`, `（含民办）`)
BRACKETED_NOTE = re.compile(r"[（(][^（()）]*[)）]")


class TableError(ValueError):
    def __init__(self, doc_id: str, where: str, reason: str):
        super().__init__(f"{doc_id}: table {where!r}: {reason}")


class _Parsed(NamedTuple):
    caption: str
    columns: list[str]
    rows: list[Row]
    used: int  # lines consumed, caption included
    label_column: str = ""
    layout: str = "cells"
    unit_line: str = ""  # a `单位：万元` line between caption and table


def find_tables(doc_id: str, text: str, sections: list[Section]) -> list[Table]:
    """All tables of the document, in order, ids f"{doc_id}#t{n}" from 1."""
    heading_starts = {s.start for s in sections}
    all_lines = lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(all_lines):
        line = text[all_lines[i].start:all_lines[i].end]
        parsed = None
        try:
            if _is_row_line(line) or GRID_BORDER.fullmatch(line.strip()):
                parsed = _row_table(doc_id, text, all_lines, i)
            elif _CAPTION.fullmatch(line):
                try:
                    parsed = _cell_per_line(doc_id, text, all_lines, i, heading_starts)
                except TableError as err:
                    parsed = _any_cells(text, all_lines, i + 1, heading_starts, caption=line)
                    if parsed is None:
                        raise err
            elif _is_pipe_line(line):
                parsed = _pipe_table(doc_id, text, all_lines, i)
            elif _ANY_CAPTION.fullmatch(line) and i + 1 < len(all_lines):
                parsed = _captioned(doc_id, text, all_lines, i, heading_starts)
            elif (paired := _pair_table(text, all_lines, i)) is not None:
                parsed = paired
            elif (slashed := _slash_table(text, all_lines, i)) is not None:
                parsed = slashed
            elif (spaced := _spaced_table(doc_id, text, all_lines, i)) is not None:
                parsed = spaced
            elif _starts_cells(text, all_lines, i, heading_starts):
                parsed = _any_cells(text, all_lines, i, heading_starts, caption="")
        except TableError as err:
            log.warning("%s; left as prose", err)
        if parsed is None:
            i += 1
            continue
        if _is_field_block(parsed) or _is_page_chrome(parsed):  # a page's info block or footer: no data table
            i += parsed.used
            continue
        if not parsed.caption:
            title, unit_line = _title_above(text, all_lines, i, heading_starts)
            parsed = parsed._replace(caption=title, unit_line=parsed.unit_line or unit_line)
        start = all_lines[i].start
        _stated_unit(parsed, text[all_lines[i - 1].start:all_lines[i - 1].end] if i else "",
                     _note_under(text, all_lines, i + parsed.used))
        _ordinal_groups(parsed)
        if tables and _continues(text, tables[-1], parsed, start):
            last = tables[-1]
            last.rows += [replace(r, index=len(last.rows) + k) for k, r in enumerate(parsed.rows)]
            last.end = all_lines[i + parsed.used - 1].end
            i += parsed.used
            continue
        tables.append(Table(
            table_id=f"{doc_id}#t{len(tables) + 1}", doc_id=doc_id, caption=parsed.caption,
            columns=parsed.columns, units=_units(parsed.columns, parsed.rows, parsed.label_column), rows=parsed.rows,
            start=start, end=all_lines[i + parsed.used - 1].end, section=section_path_at(sections, start),
            label_column=parsed.label_column, layout=parsed.layout))
        i += parsed.used
    return tables


# a table a page break splits, set again under its caption marked as going on (`表2（续）`, `续表`) or after a
# note saying so (`（转下页）`, `接上页`): its second part's rows are rows of the same table
_CONTINUED = re.compile(r"[续續]|[转轉接][下上][页頁]")
_CONTINUED_GAP = 60  # characters between the parts: the note, the caption again, a page number — no prose


def _continues(text: str, last: Table, parsed: _Parsed, start: int) -> bool:
    """Whether the table parsed at `start` goes on with `last`: the same header, and between them only a
    short note or caption saying it continues."""
    gap = text[last.end:start]
    return parsed.columns == last.columns and len(gap.strip()) <= _CONTINUED_GAP \
        and bool(_CONTINUED.search(gap + parsed.caption))


# a row that sums the others (statistical and budget tables close with one): never a row of its own
# in a ranking, count or sum, nor of the group above it
TOTAL_ROW = re.compile(r"(?:合计|总计|小计|共计|总体|全部|全[市县区省州盟旗]|全[市县区]合计)")
# a row naming a group by its ordinal (`一、基本支出`, `（二）项目支出`): budget and statistics tables head
# each group of rows so, on a row of its own or carrying the group's subtotal
GROUP_ORDINAL = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*")


def _ordinal_groups(parsed: _Parsed) -> None:
    """The rows under an ordinal group row take it as their group, and so does the group row itself
    (its figures, if any, are the group's subtotal), when the rows have no group column of their own,
    the first row opens a group and at least two rows do."""
    label = parsed.label_column or (parsed.columns[1] if len(parsed.columns) > 1 else parsed.columns[0])
    labels = [next((c.text for c in row.cells if c.column == label), "") for row in parsed.rows]
    heads = [bool(GROUP_ORDINAL.match(t)) for t in labels]
    if not heads or not heads[0] or sum(heads) < 2 or all(heads) or any(row.group for row in parsed.rows):
        return
    group = ""
    for row, text, head in zip(parsed.rows, labels, heads):
        group = text if head else "" if TOTAL_ROW.fullmatch(re.sub(r"\s", "", text)) else group
        row.group = group


# words of a government web page's footer (site owner, filing numbers, site links), which a page's layout sets
# in a grid like a table
_PAGE_CHROME = re.compile(r"ICP备|ICP證|公网安备|公網安備|版权所有|版權所有|网站标识码|網站標識碼|网站地图|網站地圖")


def _is_page_chrome(parsed: _Parsed) -> bool:
    """The grid holds no number of its own but a footer's words (主办：… | 某ICP备… | 网站地图): no data table."""
    cells = [*parsed.columns, *(c.text for r in parsed.rows for c in r.cells)]
    return any(_PAGE_CHROME.search(c) for c in cells) and not any(_is_number(c) for c in cells if c.strip())


def _is_field_block(parsed: _Parsed) -> bool:
    """Label： value pairs set side by side as a table (the 索引号：… | 发布机构：… block heading a
    government web page): every other cell, from the first, is a label ending in a colon."""
    rows = [parsed.columns, *([c.text for c in r.cells] for r in parsed.rows)]
    labels = [cells[k] for cells in rows for k in range(0, len(cells), 2)]
    return len(parsed.columns) >= 2 and all(label.strip().endswith(("：", ":")) for label in labels)


def _starts_cells(text: str, all_lines: list[Span], i: int, heading_starts: set[int]) -> bool:
    """A short line that is no heading and opens a run of short lines, or names a header word."""
    line = text[all_lines[i].start:all_lines[i].end]
    if len(line) > MAX_CELL_CHARS or "。" in line or all_lines[i].start in heading_starts:
        return False
    if _HEADER_WORD.search(line):
        return True
    before = text[all_lines[i - 1].start:all_lines[i - 1].end] if i else ""
    return not before or len(before) > MAX_CELL_CHARS or "。" in before or all_lines[i - 1].start in heading_starts


def _captioned(doc_id: str, text: str, all_lines: list[Span], i: int, heading_starts: set[int]) -> _Parsed | None:
    """A caption line (and a unit line under it), then a table of rows or of one cell per line:
    the table with its caption."""
    caption = text[all_lines[i].start:all_lines[i].end]
    first = i + 1
    unit_line = text[all_lines[first].start:all_lines[first].end]
    if _UNIT_LINE.fullmatch(unit_line) and first + 1 < len(all_lines):
        first += 1
    else:
        unit_line = ""
    after = text[all_lines[first].start:all_lines[first].end]
    inner = (_row_table(doc_id, text, all_lines, first) if _is_row_line(after) or GRID_BORDER.fullmatch(after.strip())
             else _any_cells(text, all_lines, first, heading_starts, caption=caption))
    if inner is None:
        return None
    return inner._replace(caption=caption, used=inner.used + first - i, unit_line=unit_line)


# a line of a form's head between its title and its table: `填报单位：…`, `补助标准：…`, `单位：万元`
_FIELD_LINE = re.compile(r"[^\s：:，。]{2,8}[：:]")
MAX_FIELD_LINES = 3
MAX_TITLE_CHARS = 60


# the title line a table is set under without the words of a caption (a notice's attachment `…补助资金分配表`,
# `2025年…招生计划`, `附表：…分配表（单位：个）`): a short line holding no sentence and no cells, its
# attachment label dropped; its unit note kept for _stated_unit
_TITLE_LINE = re.compile(r"(?:附[件表]?\s*\d{0,2}\s*[:：]\s*)?(?P<title>[^。，,；;！!？?:：|\t]*[\u4e00-\u9fff]{4}"
                         r"[^。，,；;！!？?:：|\t]*(?:[（(]\s*(?:单位|單位)\s*[:：][^()（）]{1,8}[）)])?)")
_CELL_GAP = re.compile(r"\s{2,}")  # the gap between cells of a row set with spaces


def _title_above(text: str, all_lines: list[Span], i: int, heading_starts: set[int]) -> tuple[str, str]:
    """The title of a statistics form (`…统计表`, `…一览表`) over a table that has no caption of its own,
    with at most a few of the form's field lines between (a scanned form, a filled-in template), and the
    `单位：万元` line among those field lines (the table's unit wherever the form sets it), or ('', '');
    right above the table (no field line between) any title line (_TITLE_LINE)."""
    unit_line = ""
    for k in range(i - 1, max(i - 2 - MAX_FIELD_LINES, -1), -1):
        line = text[all_lines[k].start:all_lines[k].end]
        if _ANY_CAPTION.fullmatch(line):
            return line, unit_line
        if all_lines[k].start in heading_starts:
            return "", ""
        title = _TITLE_LINE.fullmatch(line)
        if k == i - 1 and title and len(line) <= MAX_TITLE_CHARS and not _CELL_GAP.search(line) \
                and not _UNIT_LINE.fullmatch(line):
            return title["title"].strip(), ""
        if not _FIELD_LINE.match(line):
            return "", ""
        if _UNIT_LINE.fullmatch(line):
            unit_line = line
    return "", ""


def _note_under(text: str, all_lines: list[Span], k: int) -> str:
    """The line right under a table: its unit note (`注：…单位为万元`, `单位：人`) — a bare unit line only when
    no table follows it, whose unit line above it would be."""
    if k >= len(all_lines):
        return ""
    line = text[all_lines[k].start:all_lines[k].end]
    following = text[all_lines[k + 1].start:all_lines[k + 1].end] if k + 1 < len(all_lines) else ""
    if _UNIT_LINE.fullmatch(line) and (_is_row_line(following) or _is_pipe_line(following)):
        return ""
    return line


# a line above a table giving the unit of each kind of its figures (`金额单位：万元　面积单位：平方米`)
_UNIT_WORD = re.compile(r"\s*(?:计量)?(?:单位|單位)\s*[:：]\s*")
_KIND = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _unit_pairs(line: str) -> list[tuple[str, str]]:
    """(kind, unit) of each `金额单位：万元` of a line made of nothing else, [] otherwise: each piece between
    two `单位：` splits into the unit closing one pair (its longest opening that is a unit) and the next kind."""
    pieces = _UNIT_WORD.split(line.strip())
    if len(pieces) < 2 or not _KIND.fullmatch(pieces[0]):
        return []
    pairs, kind = [], pieces[0]
    for k, piece in enumerate(pieces[1:], 1):
        piece = piece.strip()
        cut = len(piece) if k == len(pieces) - 1 else \
            next((n for n in range(len(piece) - 1, 0, -1) if _UNIT.fullmatch(piece[:n])), 0)
        unit, rest = piece[:cut], piece[cut:].strip()
        if not _UNIT.fullmatch(unit) or (k < len(pieces) - 1 and not _KIND.fullmatch(rest)):
            return []
        pairs.append((kind, unit))
        kind = rest
    return pairs


def _label_columns(parsed: _Parsed) -> list[str]:
    """The columns naming a row (序号, its label), which take no unit: up to the label column, else the first two."""
    return parsed.columns[:parsed.columns.index(parsed.label_column) + 1] \
        if parsed.label_column in parsed.columns else parsed.columns[:2]


def _kind_units(parsed: _Parsed, line: str) -> bool:
    """Value cells take the unit of the kind their header names on a line of units by kind; the one
    kind no header names goes to the one value column left (`投资` under 金额单位), never to several.
    False when the line is no such line."""
    pairs = _unit_pairs(line)
    if not pairs:
        return False
    keys = _label_columns(parsed)
    numeric = {cell.column for r in parsed.rows for cell in r.cells if any(ch.isdigit() for ch in cell.text)}
    valued = [c for c in parsed.columns if c not in keys and not unit_of(c) and c in numeric]
    units = {c: u for c in valued for k, u in pairs if k in c}
    left = [c for c in valued if c not in units]
    unnamed = [u for k, u in pairs if not any(k in c for c in parsed.columns)]
    if len(left) == 1 and len(unnamed) == 1:
        units[left[0]] = unnamed[0]
    for row in parsed.rows:
        for cell in row.cells:
            if not cell.unit and cell.column in units and any(ch.isdigit() for ch in cell.text):
                cell.unit = row_unit_of(cell.column, units[cell.column])
    return True


def _stated_unit(parsed: _Parsed, before: str, after: str = "") -> None:
    """Value cells with no unit of their own (header, row label, 单位 column) take the unit the
    caption, a line just above the table or a note right under it states for the whole table."""
    if _kind_units(parsed, before):
        return
    stated = next((m for m in (_UNIT_LINE.fullmatch(line) or _UNIT_NOTE.match(line)
                               for line in (parsed.unit_line, before, after)) if m),
                  None) or (_UNIT_LINE.search(parsed.caption) if parsed.caption else None) or _LEAD_UNIT.search(before)
    unit = stated["unit"] if stated else ""
    if not _UNIT.fullmatch(unit):
        return
    keys = _label_columns(parsed)
    # a note giving the unit of numbered items (`第3项的单位是万元`): those rows' unit, not the table's
    items = {n for m in _ITEM_UNIT.finditer(stated.group()) for n in re.findall(r"\d+", m.group())} \
        if stated is not None else set()
    for row in parsed.rows:
        if items and not any(c.text.strip() in items for c in row.cells[:1]):
            continue
        for cell in row.cells:
            if not cell.unit and cell.column not in keys and any(ch.isdigit() for ch in cell.text) \
                    and not cell.text.rstrip().endswith(("%", "％", "‰")) and not _OWN_UNIT.search(cell.text) \
                    and not _DATE_CELL.fullmatch(cell.text.strip()):
                cell.unit = row_unit_of(cell.column, unit)


# a date (a 计划竣工 or 完成时间 column's `2027年3月`, `2026年12月底`): no amount, no table-wide unit
_DATE_CELL = re.compile(r"(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:底|前|初|末|上旬|中旬|下旬)?")
# a figure written with its own unit (`1500人次`, `48间`): a cell no table-wide unit is added to
_OWN_UNIT = re.compile(rf"\d\s*(?:{_UNIT.pattern})\s*$")


# a column stating a statistic of each row's indicator rather than its amount (差异系数, 排名, 是否达标
# beside the amount in self-evaluation tables; 占比 beside 预算数 in budget tables): the unit of the
# amount, named by the row's label, its 单位 cell or the table's 单位 line, is not its own — a share
# or rate keeps only a percentage
_STATISTIC = re.compile(r"系数|係數|倍数|倍數|是否|排名|名次|位次")
_SHARE = re.compile(r"比率|比例|占比|佔比|率$")


def row_unit_of(column: str, unit: str) -> str:
    """The unit a value cell of `column` takes from its row (or table) when its header states none:
    `unit`, but none for a statistic column and only % or ‰ for a share."""
    head = UNIT_NOTE_END.sub("", column.strip())
    if _STATISTIC.search(head) or _SHARE.search(head) and unit not in ("%", "‰"):
        return ""
    return unit


_NOTE_PIECE = re.compile(r"[，,、；;]")


def unit_of(header: str) -> str:
    """`在園幼兒數(萬人)` → 萬人, `毛入園率(%` (closing bracket lost) → %, `生均校舍面积(㎡) 实际` → ㎡,
    `毛入学率(高中阶段,%)` → %,
    `項目名稱(暫定名)` → '', `增减%` (a budget table's change column, no brackets) → %."""
    m = _UNIT_IN_LABEL.search(header)
    note = m.group(1).strip() if m else ""
    # (a note naming the figure's scope before its unit: `毛入学率（高中阶段，%）`, `巩固率（义务教育，%）`)
    for unit in (note, _NOTE_PIECE.split(note)[-1].strip()):
        if unit and _UNIT.fullmatch(unit):
            return unit
    return "%" if header.rstrip().endswith(("%", "％")) else ""


def key_columns(table: Table) -> list[str]:
    """The columns that name a row rather than hold its values: group and label (分類, 指標)."""
    label = label_column(table)
    return table.columns[:table.columns.index(label) + 1] if label in table.columns else table.columns[:2]


def label_column(table: Table) -> str:
    return table.label_column or (table.columns[1] if len(table.columns) > 1 else table.columns[0])


def row_label(table: Table, row: Row) -> str:
    """The row's label cell; a sub-row gets the row it splits: `在校學生數(萬人) 普通初中`."""
    labels = [next((c.text for c in r.cells if c.column == label_column(table)), "") for r in table.rows]
    parent = _parents(labels)[row.index]
    return f"{parent} {labels[row.index]}" if parent else labels[row.index]


def row_text(table: Table, row: Row) -> str:
    """The row with its header repeated, for matching: caption, group, label, `column: value unit`."""
    parts = [table.caption or table.section]
    if row.group:
        parts.append(row.group)
    parts.append(row_label(table, row))
    keys = key_columns(table)
    values = [f"{c.column}: {c.text}{c.unit}" for c in row.cells if c.column not in keys]
    if table.columns[0] in _RECORD_FIRST:
        values.insert(0, f"{table.columns[0]}: {row.cells[0].text}")
    return " | ".join(parts + ["; ".join(values)])


def _parents(labels: list[str]) -> list[str]:
    """Per row, the label of the row it splits (`其中:普通小學`, then `普通初中` without a unit), or ''."""
    parents = []
    parent, in_sub = "", False
    for label in labels:
        in_sub = bool(_SUBROW.match(label)) or (in_sub and not unit_of(label))
        if not in_sub:
            parent = label
        parents.append(parent if in_sub else "")
    return parents


# --- one cell per line ------------------------------------------------------------------------

def _cell_per_line(doc_id: str, text: str, all_lines: list[Span], i: int,
                   heading_starts: set[int]) -> _Parsed:
    caption = text[all_lines[i].start:all_lines[i].end]
    cells: list[Span] = []
    for span in all_lines[i + 1:]:
        line = text[span.start:span.end]
        if span.start in heading_starts or len(line) > MAX_CELL_CHARS or "。" in line:
            break
        cells.append(span)
    if len(cells) < 4:
        raise TableError(doc_id, caption, "caption without cells")
    first = text[cells[0].start:cells[0].end]
    parse = _record_rows if first in _RECORD_FIRST else _indicator_rows
    columns, rows, used = parse(doc_id, caption, text, cells)
    if not rows:
        raise TableError(doc_id, caption, "no data rows")
    return _Parsed(caption, columns, rows, 1 + used)


def _merge_header(text: str, cells: list[Span], count: int | None) -> tuple[list[str], int]:
    """Header cells from lines: `(…)` lines and lines after an unclosed `十三五”` join the previous.
    Stops after `count` merged cells, or (count None) before the row numbered 1."""
    merged: list[str] = []
    used = 0
    for span in cells:
        line = text[span.start:span.end]
        joins = bool(merged) and (line[0] in "(（" or _dangling_quote(merged[-1]))
        if not joins and (len(merged) == count or (count is None and _is_row_number(line, 1))):
            break
        if joins:
            merged[-1] += line
        else:
            merged.append(line)
        used += 1
    return [_repair_quote(h) for h in merged], used


def _dangling_quote(header: str) -> bool:
    # `十三五”` / `變化情況`: the opening “ was lost, so the closing ” dangles at the line end
    return header.endswith("”") and header.count("“") < header.count("”")


def _repair_quote(header: str) -> str:
    return "“" + header if header.count("“") < header.count("”") else header


def _is_row_number(line: str, n: int) -> bool:
    return line.isdigit() and len(line) <= 3 and int(line) == n


def _record_rows(doc_id: str, caption: str, text: str,
                 cells: list[Span]) -> tuple[list[str], list[Row], int]:
    columns, used = _merge_header(text, cells, None)
    width = len(columns)
    rows: list[Row] = []
    i = used
    while i < len(cells) and _is_row_number(text[cells[i].start:cells[i].end], len(rows) + 1):
        row_cells = cells[i:i + width]
        if len(row_cells) < width:
            raise TableError(doc_id, caption, f"row {len(rows) + 1} has {len(row_cells)} of {width} cells")
        rows.append(_row(len(rows), text, columns, list(zip(columns, row_cells)), group="", row_unit=""))
        i += width
    return columns, rows, i


def _indicator_rows(doc_id: str, caption: str, text: str,
                    cells: list[Span]) -> tuple[list[str], list[Row], int]:
    values = [bool(_VALUE.fullmatch(text[s:e])) for s, e in cells]
    # a label line is a text line followed by a value: rows repeat every (value columns + 1) lines
    labels = [k for k in range(len(cells) - 1) if not values[k] and values[k + 1]]
    if len(labels) < 2:
        raise TableError(doc_id, caption, "no indicator rows")
    n_values = min(b - a for a, b in zip(labels, labels[1:])) - 1
    label_columns = 2  # 分類, 指標
    columns, used = _merge_header(text, cells, label_columns + n_values)
    if len(columns) != label_columns + n_values:
        raise TableError(doc_id, caption, f"header has {len(columns)} cells, rows have {n_values} values")

    rows: list[Row] = []
    group, parent_unit, in_sub = "", "", False
    i = used
    while i < len(cells):
        label_at = i  # group fragment lines (`高中` / `階段` / `教育`) come before a group's first label
        while label_at + 1 < len(cells) and not values[label_at + 1] and label_at - i < MAX_GROUP_LINES:
            label_at += 1
        if values[label_at] or label_at + n_values >= len(cells) or not values[label_at + 1]:
            break
        pairs: list[tuple[str, Span]] = []
        if label_at > i:
            group = "".join(text[s:e] for s, e in cells[i:label_at])
            pairs.append((columns[0], Span(cells[i].start, cells[label_at - 1].end)))
        label = text[cells[label_at].start:cells[label_at].end]
        pairs.append((columns[1], cells[label_at]))
        pairs += zip(columns[label_columns:], cells[label_at + 1:label_at + 1 + n_values])
        in_sub = bool(_SUBROW.match(label)) or (in_sub and not unit_of(label))
        if not in_sub:
            parent_unit = unit_of(label)
        rows.append(_row(len(rows), text, columns, pairs, group=group, row_unit=unit_of(label) or parent_unit))
        i = label_at + 1 + n_values
    return columns, rows, i


# --- `|` cells -----------------------------------------------------------------------------------

def _is_pipe_line(line: str) -> bool:
    return line.endswith("|") and len(line) <= MAX_CELL_CHARS + 4


def _pipe_table(doc_id: str, text: str, all_lines: list[Span], i: int) -> _Parsed | None:
    block: list[Span] = []
    for span in all_lines[i:]:
        if not _is_pipe_line(text[span.start:span.end]):
            break
        block.append(span)
    if len(block) < 4:
        return None  # a stray line ending in `|`
    groups: list[list[Span]] = [[]]
    for span in block:
        content = _pipe_cell(text, span)
        if content is None:
            groups.append([])
        else:
            groups[-1].append(content)
    groups = [g for g in groups if g]
    where = text[block[0].start:block[-1].end].split("\n", 2)[:2]
    where_text = " ".join(w.strip() for w in where)
    if len(groups) < 2:
        raise TableError(doc_id, where_text, "no rows")
    columns = [text[s:e] for s, e in groups[0]]
    rows: list[Row] = []
    group = ""
    for number, row_cells in enumerate(groups[1:], start=1):
        cell_texts = [text[s:e] for s, e in row_cells]
        if cell_texts == [str(k) for k in range(1, len(cell_texts) + 1)]:
            continue  # column numbers under the header
        if len(row_cells) > len(columns):
            raise TableError(doc_id, where_text,
                             f"row {number} has {len(row_cells)} cells, the header {len(columns)}")
        if len(row_cells) == len(columns):
            group = cell_texts[0]
        elif not group:
            raise TableError(doc_id, where_text, f"row {number} lacks its {columns[0]} cell")
        pairs = list(zip(columns[len(columns) - len(row_cells):], row_cells))
        label = next(text[s:e] for c, (s, e) in pairs if c == columns[1])
        rows.append(_row(len(rows), text, columns, pairs, group=group, row_unit=unit_of(label)))
    if not rows:
        raise TableError(doc_id, where_text, "no data rows")
    return _Parsed("", columns, rows, len(block), layout="pipe")


def _pipe_cell(text: str, span: Span) -> Span | None:
    """`55 |` → span of `55`; a bare `|` (row separator) → None."""
    content = text[span.start:span.end].split("|", 1)[0].rstrip()
    return Span(span.start, span.start + len(content)) if content else None


# --- rows ----------------------------------------------------------------------------------------

def _row(index: int, text: str, columns: list[str], pairs: list[tuple[str, Span]],
         group: str, row_unit: str, keys: int = 2) -> Row:
    """Value cells get the column header's unit, else the row label's (`在園幼兒數(萬人)`), else the
    row's 单位 cell (a unit, or one character: the counter the row counts in)."""
    unit_cell = next((text[s:e].strip() for c, (s, e) in pairs if _is_unit_column(c)), "")
    # (a 单位 column's one character is a counter, any the row counts in: 顶, 场 — never a body's name)
    row_unit = row_unit or (unit_cell if _UNIT.fullmatch(unit_cell) or _ONE_COUNTER.fullmatch(unit_cell) else "")
    cells = []
    for column, (s, e) in pairs:
        value = text[s:e]
        is_value = column not in columns[:keys] and any(ch.isdigit() for ch in value)
        unit = (unit_of(column) or row_unit_of(column, row_unit)) if is_value else ""
        cells.append(Cell(column=column, text=value, start=s, end=e, unit=unit))
    return Row(index=index, cells=cells, start=cells[0].start, end=cells[-1].end, group=group)


def _units(columns: list[str], rows: list[Row], label: str = "") -> dict[str, str]:
    """Units read from headers: column headers, and row headers (indicator labels) that carry one."""
    units = {c: unit_of(c) for c in columns if unit_of(c)}
    keys = columns[:columns.index(label) + 1] if label in columns else columns[:2]
    for row in rows:
        for cell in row.cells:
            if cell.column in keys and unit_of(cell.text):
                units[cell.text] = unit_of(cell.text)
    return units


_ONE_COUNTER = re.compile(r"[\u4e00-\u9fff]")


def _is_unit_column(column: str) -> bool:
    return column.strip() in ("单位", "單位", "计量单位", "計量單位")


# --- rows of `|` cells (Markdown, rendered DOCX/HTML/PDF tables) ------------------------------------

YEAR_HEADER = re.compile(r"(?:19|20)\d\d\s*年(?:底|末)?")  # a year heading a column (`2028年`), no figure
_YEAR_PART = re.compile(r"(?:19|20)\d\d\s*年?(?:底|末)?")


def joined_header(parts: list[str]) -> str:
    """One column's header from the header rows above it, top to bottom: each text once, a year first
    (`目标值` over `2028年` → `2028年 目标值`)."""
    kept = [p for p in dict.fromkeys(parts) if p]
    kept.sort(key=lambda part: not _YEAR_PART.fullmatch(part))  # stable: a year first, then top to bottom
    return " ".join(kept)


def _is_row_line(line: str) -> bool:
    """`| a | b |`, `a | b | c`: at least two cells on the line (one `|`-terminated cell is the
    per-cell layout)."""
    return line.count("|") >= 2 and len(_split_row(line, 0)) >= 2


def _split_row(line: str, offset: int) -> list[Span]:
    """Cell spans of one row line (spans into the text: `offset` is the line's start)."""
    bars = [k for k, ch in enumerate(line) if ch == "|"]
    edges = [-1, *bars, len(line)]
    spans = []
    for left, right in zip(edges, edges[1:]):
        s, e = left + 1, right
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        spans.append(Span(offset + s, offset + e))
    if line.lstrip().startswith("|"):
        spans = spans[1:]
    if line.rstrip().endswith("|"):
        spans = spans[:-1]
    return spans


def _row_table(doc_id: str, text: str, all_lines: list[Span], i: int) -> _Parsed | None:
    """Consecutive row lines: the first is the header (a `---` rule under it is skipped; a grid table's
    `+---+` borders around and between rows are skipped wherever they stand). An empty first cell repeats the
    group above it (a merged cell), which makes column 1 the label, as does a first column of row numbers (序号)."""
    block = []
    used = 0
    for span in all_lines[i:]:
        line = text[span.start:span.end]
        if not _is_row_line(line) and not GRID_BORDER.fullmatch(line.strip()):
            break
        used += 1
        if _is_row_line(line):
            block.append(span)
    if len(block) < 2:
        return None
    header = _split_row(text[block[0].start:block[0].end], block[0].start)
    columns = [text[s:e] or f"列{k + 1}" for k, (s, e) in enumerate(header)]
    lines = block[1:]
    rule = _split_row(text[lines[0].start:lines[0].end], lines[0].start) if lines else []
    if rule and all(_RULE_CELL.fullmatch(text[s:e]) for s, e in rule):
        lines = lines[1:]
    if not lines:
        return None
    parsed = [_split_row(text[span.start:span.end], span.start) for span in lines]
    # a second header row under a group cell copied across the columns it should span (`目标值 | 目标值` over
    # `2028年 | 2030年`): it repeats the corner cell and holds no figure; each column is named by both rows
    second = [text[s:e] for s, e in parsed[0]]
    if len(parsed) > 1 and len(second) == len(columns) and second[0] == columns[0] \
            and not any(_VALUE.fullmatch(c) and not YEAR_HEADER.fullmatch(c) for c in second[1:]):
        columns = [joined_header([upper, lower]) for upper, lower in zip(columns, second)]
        parsed = parsed[1:]
    # a 序号 column numbers the rows: the row's name is the column after it, as in a record table
    numbered = columns[0] in _RECORD_FIRST
    grouped = not numbered and len(columns) > 2 and any(cells and cells[0].start == cells[0].end for cells in parsed)
    keys = 2 if grouped or numbered else 1
    label = columns[keys - 1]
    rows: list[Row] = []
    group = ""
    for cells in parsed:
        pairs = [(c, span) for c, span in zip(columns, cells) if span.start < span.end]
        if grouped and cells and cells[0].start < cells[0].end:
            group = text[cells[0].start:cells[0].end]
        label_span = next((span for c, span in pairs if c == label), None)
        if not pairs or label_span is None:
            continue
        unit = unit_of(text[label_span.start:label_span.end])
        rows.append(_row(len(rows), text, columns, pairs, group=group if grouped else "", row_unit=unit, keys=keys))
    if not rows:
        raise TableError(doc_id, text[block[0].start:block[0].end], "no data rows")
    return _Parsed("", columns, rows, used, label_column=label, layout="rows")


# --- rows of space-separated cells (OCR of a scanned table, a text layer without its rules) -----------

_GAP = re.compile(r"[^\s\u3000]+")
_SENTENCE_MARK = re.compile(r"[。，,；;：:]")  # a cell with one is a sentence's piece, not a header or label
MIN_SPACED_COLUMNS = 3


def _spaced_cells(line: str, offset: int) -> list[Span]:
    return [Span(offset + m.start(), offset + m.end()) for m in _GAP.finditer(line)]


def _spaced_table(doc_id: str, text: str, all_lines: list[Span], i: int) -> _Parsed | None:
    """A header line of three or more cells apart by spaces, no number and no sentence among them
    (`学段 2023年（元） 2024年（元） 增长率（%）`), over two or more lines of as many cells, each a label and
    then numbers (`幼儿园 5200 5460 5.00`): what OCR makes of a scanned table, and a plain-text table set with
    runs of (full-width) spaces. A column may hold short words instead (`授课方式`: `分组研讨`), in every row
    as in the first, beside at least one number per row. Anything looser is prose."""
    head = text[all_lines[i].start:all_lines[i].end]
    columns = _spaced_cells(head, all_lines[i].start)
    width = len(columns)
    if not MIN_SPACED_COLUMNS <= width <= MAX_COLUMNS or any(
            _is_number(text[s:e]) or len(text[s:e]) > MAX_CELL_CHARS or _SENTENCE_MARK.search(text[s:e])
            for s, e in columns):
        return None
    names = [text[s:e] for s, e in columns]
    if len(set(names)) < width:  # columns are named apart: a repeated cell (a `/` between words) is a separator
        return None
    if i + 1 < len(all_lines) and len(_spaced_cells(text[all_lines[i + 1].start:all_lines[i + 1].end], 0)) == width + 1:
        split = _glued_label_header(names[0])  # OCR lost the gap after the corner cell: `类别在校生（人）`
        if split is None:
            return None
        names, width = [*split, *names[1:]], width + 1
    # a 序号 column numbers the rows: the row's name is the cell after the number, and a 合计 row's name
    # spans both columns (one cell fewer)
    keys = 2 if names[0] in _RECORD_FIRST else 1
    rows: list[list[tuple[str, Span]]] = []
    kinds: dict[str, bool] = {}  # per column after the label, whether it holds words (the first row says)
    for span in all_lines[i + 1:]:
        cells = _spaced_cells(text[span.start:span.end], span.start)
        if keys == 1 and len(cells) == width - 1:
            cells = _unglued_label(text, cells)
        texts = [text[s:e] for s, e in cells]
        if keys == 2 and len(cells) == width - 1 and TOTAL_ROW.fullmatch(texts[0]):
            named, label = names[1:], 0
        elif len(cells) == width and (keys == 1 or _is_number(texts[0])):
            named, label = names, keys - 1
        elif keys == 1 and rows and TOTAL_ROW.fullmatch(texts[0]) and 2 <= len(cells) < width \
                and all(kinds.get(c) for c in names[1:width - len(cells) + 1]) and all(map(_is_value, texts[1:])):
            # a total row whose name spans the word columns after the label, left empty in it (`合计 780 459.0`
            # under `标段 品目 数量 金额`): its numbers are the last columns'
            named, label = [names[0], *names[width - len(cells) + 1:]], 0
        else:
            break
        worded = {c: not _is_value(t) for c, t in zip(named[label + 1:], texts[label + 1:], strict=True)}
        if _is_number(texts[label]) and not _named_by_figure(names[keys - 1], texts[label]) \
                or _SENTENCE_MARK.search(texts[label]) or all(worded.values()) \
                or any(w and not _is_word_cell(t) for w, t in zip(worded.values(), texts[label + 1:], strict=True)) \
                or any(kinds.setdefault(c, w) != w for c, w in worded.items()):
            break
        rows.append(list(zip(named, cells, strict=True)))
    if len(rows) < 2:
        return None
    label_column = names[keys - 1]
    parsed = []
    for k, pairs in enumerate(rows):
        label_span = next(span for column, span in pairs if column == label_column)
        parsed.append(_row(k, text, names, pairs, group="", keys=keys,
                           row_unit=unit_of(text[label_span.start:label_span.end])))
    return _Parsed("", names, parsed, len(rows) + 1, label_column=label_column, layout="spaced")


def _named_by_figure(header: str, label: str) -> bool:
    """A row's name that opens with a figure (`50米跑`, `30秒跳绳`: events named by their distance or time) under a
    corner cell headed as a label column (项目, 学段…): a name, not a value, when words follow the figure's unit."""
    figure = re.match(r"[-+]?\d[\d,]*(?:\.\d+)?\s*", label.strip())
    if figure is None or not _LABEL_HEADER.fullmatch(header):
        return False
    rest = label.strip()[figure.end():]
    unit = _UNIT.match(rest)
    words = rest[unit.end():] if unit else rest
    # (after a unit any word names it, `50米跑`; after none, a counter and two words, `30秒跳绳` — not a bare time,
    # `45分钟`)
    return len(re.findall(r"[\u4e00-\u9fff]", words)) >= (1 if unit else 3)


# a row label run into its first value (`图书角（个）86`): a label ending in a word or a unit note, then a number
_GLUED_VALUE = re.compile(r"(?P<label>.*[^\d\s.,，、])(?P<value>\d[\d,]*(?:\.\d+)?)")


def _unglued_label(text: str, cells: list[Span]) -> list[Span]:
    """The cells of a row one short of its header whose first cell is a label and a number with no gap
    between them: a plain-text table set with runs of spaces leaves none after a label as long as its
    column (`心理辅导室（间）48` under `指标　　2024年`); the label and the number apart, else the cells as they are."""
    m = _GLUED_VALUE.fullmatch(text[cells[0].start:cells[0].end])
    if m is None or _is_number(m.group("label")):
        return cells
    cut = cells[0].start + m.start("value")
    return [Span(cells[0].start, cut), Span(cut, cells[0].end), *cells[1:]]


def _is_value(cell: str) -> bool:
    return _is_number(cell) or bool(_VALUE.fullmatch(cell))


def _is_word_cell(cell: str) -> bool:
    """A cell of a few words, no figure and no sentence's piece (`线上研修`)."""
    return len(cell) <= MAX_CELL_CHARS and not re.search(r"\d", cell) and not _SENTENCE_MARK.search(cell)


# what the label column of a statistics or project table is headed (the corner cell), simplified and traditional
_LABEL_HEADER = re.compile(r"(?:学段|學段|学校|學校|项目|項目|指标|指標|类别|類別|分类|分類|名称|名稱|地区|地區|"
                           r"乡镇|鄉鎮|单位|單位|年级|年級|学科|學科|科目|类型|類型)")


def _glued_label_header(head: str) -> tuple[str, str] | None:
    """(label header, first data header) of a header cell OCR read as one (`类别在校生（人）`): it opens with a
    word the corner cell of such tables is headed by, and a header of two characters or more follows."""
    m = _LABEL_HEADER.match(head)
    return (m.group(), head[m.end():]) if m and len(head) - m.end() >= 2 else None


# --- rows of `列：值；列：值` pairs (a plain-text report listing each group's figures on a line of its own) -------

# one `header：value` pair of such a line: a header of a few words (no figure, no pause) and a value up to the next
# `；` or the line's end
_PAIR = re.compile(r"(?P<column>[^\s\d：:；;，,。]{1,10})[：:]\s*(?P<value>[^；;：:。]+?)\s*(?:[；;]\s*|。?\s*$)")
MIN_PAIRS = 3
PAIRS_LAYOUT = "pairs"


def _pairs(text: str, span: Span) -> list[tuple[str, Span]]:
    """(header, value span) of each pair of a line made of nothing else, [] otherwise."""
    line = text[span.start:span.end]
    pairs, at = [], 0
    while at < len(line):
        m = _PAIR.match(line, at)
        if m is None or len(m["value"]) > MAX_CELL_CHARS or any(mark in m["value"] for mark in "，,"):
            return []
        pairs.append((m["column"], Span(span.start + m.start("value"), span.start + m.end("value"))))
        at = m.end()
    return pairs


def _pair_table(text: str, all_lines: list[Span], i: int) -> _Parsed | None:
    """Two or more lines of `组别：A；数量：18支；…`, each naming the same headers in the same order, at
    least three, every row a word label first and a figure after it: a table whose columns are the
    headers and whose rows are the lines (the first header names the row). Anything looser is prose."""
    rows: list[list[tuple[str, Span]]] = []
    for span in all_lines[i:]:
        pairs = _pairs(text, span)
        if len(pairs) < MIN_PAIRS or rows and [c for c, _ in pairs] != [c for c, _ in rows[0]]:
            break
        values = [text[s:e] for _, (s, e) in pairs]
        if _is_number(values[0]) or not any(_is_number(v) for v in values[1:]):
            break
        rows.append(pairs)
    if len(rows) < 2:
        return None
    columns = [c for c, _ in rows[0]]
    # (a row is its whole line, headers included, as the report writes it and a reader quotes it)
    parsed = [replace(_row(k, text, columns, pairs, group="", row_unit="", keys=1), start=line.start)
              for k, (pairs, line) in enumerate(zip(rows, all_lines[i:]))]
    return _Parsed("", columns, parsed, len(rows), label_column=columns[0], layout=PAIRS_LAYOUT)


# a line naming its row and giving one value per column, the values parted by slashes (`申请人数（人）：430／205／635`)
_SLASH_LINE = re.compile(r"(?P<label>[^\s：:；;，,。／/]{1,20})[：:]\s*(?P<values>[^：:；;，,。]+?)\s*$")
_SLASH = re.compile(r"\s*[／/]\s*")


def _slash_cells(text: str, span: Span) -> tuple[Span, list[Span]] | None:
    """(label, value spans) of a `label：a／b／c` line of two or more values, None for any other line."""
    m = _SLASH_LINE.fullmatch(text[span.start:span.end])
    if m is None:
        return None
    cells, at = [], span.start + m.start("values")
    for piece in _SLASH.split(m["values"]):
        at = text.index(piece, at)
        cells.append(Span(at, at + len(piece)))
        at += len(piece)
    if len(cells) < 2 or not all(cells):
        return None
    return Span(span.start + m.start("label"), span.start + m.end("label")), cells


def _slash_table(text: str, all_lines: list[Span], i: int) -> _Parsed | None:
    """A header line of words parted by slashes (`学段：小学／初中／合计`) over two or more lines of as many
    figures each (`获准休学（人）：57／23／80`), as a report sets a small table in prose: columns the
    header's label and its words, a row per line named by its label, its unit from the label."""
    head = _slash_cells(text, all_lines[i])
    if head is None or any(_is_number(text[s:e]) for s, e in head[1]):
        return None
    label_column = text[head[0].start:head[0].end]
    columns = [label_column, *(text[s:e] for s, e in head[1])]
    rows: list[Row] = []
    for line in all_lines[i + 1:]:
        cells = _slash_cells(text, line)
        if cells is None or len(cells[1]) != len(columns) - 1 \
                or not all(_is_number(text[s:e]) for s, e in cells[1]):
            break
        label = text[cells[0].start:cells[0].end]
        rows.append(replace(_row(len(rows), text, columns, list(zip(columns, [cells[0], *cells[1]])), group="",
                                 row_unit=unit_of(label), keys=1), start=line.start))
    if len(rows) < 2:
        return None
    return _Parsed("", columns, rows, 1 + len(rows), label_column=label_column, layout=PAIRS_LAYOUT)


# --- one cell per line, any shape -------------------------------------------------------------------

def _any_cells(text: str, all_lines: list[Span], i: int, heading_starts: set[int], caption: str) -> _Parsed | None:
    """One cell per line from all_lines[i]: the header is the first w lines, w chosen so that the
    most lines that follow form rows of w cells, each a label and at least one number. A header
    needs a header word (a year, 属性, 单位 …) or the rows must repeat one shape at least three times.
    Without a caption the first line may be the table's title (`2023年主要指标完成情况` over the
    header): so it is taken when the rest then forms as many rows and leaves fewer lines over."""
    cells: list[Span] = []
    for k, span in enumerate(all_lines[i:], start=i):
        line = text[span.start:span.end]
        if (span.start in heading_starts and cells and not _opens_row(text, all_lines, k)) \
                or len(line) > MAX_CELL_CHARS or "。" in line or _is_row_line(line):
            break
        cells.append(span)
    names, units = _unit_line_run(text, cells)
    if units and (split := _split_header(text, cells, names, units, caption)) is not None:
        return split
    if len(units) not in (names - 1, names):
        names, units = 0, []
    cells = cells[:names] + cells[names + len(units):]
    rows_found, width, leftover = _shape(text, cells)
    if units and width != names:  # the units belong to a header of as many names as the rows have cells
        return None
    title_lines = 0
    if not caption and len(cells) > 4 and not _is_number(text[cells[0].start:cells[0].end]):
        titled = _shape(text, cells[1:])
        if titled[0] >= rows_found > 0 and titled[2] < leftover or titled[0] and not rows_found:
            caption = text[cells[0].start:cells[0].end]
            cells = cells[1:]
            rows_found, width, leftover = titled
            title_lines = 1
    if not rows_found:
        return None
    columns = [text[s:e] for s, e in cells[:width]]
    columns[width - len(units):] = [c + u for c, u in zip(columns[width - len(units):], units)]
    parsed: list[Row] = []
    for r in range(rows_found):
        spans = cells[width * (r + 1):width * (r + 2)]
        pairs = list(zip(columns, spans))
        unit = unit_of(text[spans[0].start:spans[0].end])
        parsed.append(_row(r, text, columns, pairs, group="", row_unit=unit, keys=1))
    return _Parsed(caption, columns, parsed, title_lines + len(units) + width * (rows_found + 1),
                   label_column=columns[0], layout="cells")


# a header's unit set on a line of its own under the header's names (`（人）`): a PDF's second header row
# read one cell per line, a unit for each value column and none for the label column
_UNIT_CELL = re.compile(r"[(（]\s*(?P<unit>[^()（）\s]{1,4})\s*[)）]")


def _unit_line_run(text: str, cells: list[Span]) -> tuple[int, list[str]]:
    """(n, units): the first n lines are the header's names and `units` the run of unit lines right under
    them; (0, []) when the lines open no such header. One unit for every name, or for every name but the
    label's, gives each its unit; fewer are the units of a two-row header (_split_header)."""
    def unit(k: int) -> bool:
        return _is_unit_cell(text[cells[k].start:cells[k].end])
    names = next((k for k in range(len(cells)) if unit(k)), 0)
    units: list[str] = []
    while names + len(units) < len(cells) and unit(names + len(units)):
        units.append(text[cells[names + len(units)].start:cells[names + len(units)].end].strip())
    if names < 2 or any(_is_number(text[s:e]) for s, e in cells[:names]):
        return 0, []
    return names, units


MAX_SUBCOLUMNS = 4
_BARE_FIGURE = re.compile(r"[-+－]?\d[\d,]*(?:\.\d+)?%?")  # a row's value, never a sub-column's name (9月 may be)


def _split_header(text: str, cells: list[Span], n: int, units: list[str], caption: str) -> _Parsed | None:
    """A header of two rows read one cell per line: its n names, the unit lines of the names holding no unit
    (in order), then the lines of the second row splitting each of the last names into as many sub-columns
    (`平均分` over `本次` and `9月`); the split is the one under which two or more rows of the header's width
    follow, each a word label and then values. None when no split fits."""
    names = [text[s:e] for s, e in cells[:n]]
    unitless = [k for k in range(1, n) if not unit_of(names[k])]
    if len(units) > len(unitless):
        return None
    for k, unit in zip(unitless, units):
        names[k] += unit
    lead = n + len(units)
    for split in range(1, n):
        for per in range(2, MAX_SUBCOLUMNS + 1):
            subs = [text[s:e] for s, e in cells[lead:lead + split * per]]
            width = n + split * (per - 1)
            body = cells[lead + len(subs):]
            rows = [body[r * width:(r + 1) * width] for r in range(len(body) // width)]
            rows = rows[:next((r for r, row in enumerate(rows) if not _value_row(text, row)), len(rows))]
            if len(rows) < 2 or len(subs) < split * per \
                    or any(_is_unit_cell(t) or len(t) > 8 or _BARE_FIGURE.fullmatch(t) for t in subs):
                continue
            columns = names[:n - split] + [joined_header([name, sub]) for j, name in enumerate(names[n - split:])
                                           for sub in subs[j * per:(j + 1) * per]]
            parsed = [_row(r, text, columns, list(zip(columns, row)), group="",
                           row_unit=unit_of(text[row[0].start:row[0].end]), keys=1) for r, row in enumerate(rows)]
            return _Parsed(caption, columns, parsed, lead + len(subs) + width * len(rows), label_column=columns[0],
                           layout="cells")
    return None


def _value_row(text: str, row: list[Span]) -> bool:
    """A row of a word label and then values, a number among them."""
    cells = [text[s:e] for s, e in row]
    return not _is_number(cells[0]) and all(map(_is_value, cells[1:])) and any(map(_is_number, cells[1:]))


def _is_unit_cell(line: str) -> bool:
    m = _UNIT_CELL.fullmatch(line.strip())
    return bool(m and (_UNIT.fullmatch(m["unit"]) or _ONE_COUNTER.fullmatch(m["unit"])))


def _opens_row(text: str, all_lines: list[Span], k: int) -> bool:
    """Line k, read as a heading (`一、基本支出`), is a group row's label inside a table of one cell per
    line: a value follows it, as no heading's first line is."""
    return k + 1 < len(all_lines) and _is_number(text[all_lines[k + 1].start:all_lines[k + 1].end])


def _shape(text: str, cells: list[Span]) -> tuple[int, int, int]:
    """(rows, width, lines left over) of the best table shape of the cells; (0, 0, len) if none."""
    best: tuple[int, int] = (0, 0)  # (rows, width)
    for width in range(2, min(MAX_COLUMNS, len(cells) // 2) + 1):
        header = [text[s:e] for s, e in cells[:width]]
        if any(_is_number(h) for h in header):
            continue
        rows, shapes = 0, set()
        for k in range(width, len(cells) - width + 1, width):
            row = [text[s:e] for s, e in cells[k:k + width]]
            if _is_number(row[0]) or not any(_is_number(c) for c in row[1:]):
                break
            rows += 1
            shapes.add(tuple(_is_number(c) for c in row))
        worded = sum(bool(_HEADER_WORD.search(h)) for h in header) >= 1
        leftover = len(cells) - width * (rows + 1)
        if leftover >= width and rows * width < 3 * leftover:
            continue  # the shape breaks off while the cells go on: no table of this width
        if rows >= 2 and (worded or (rows >= 3 and len(shapes) == 1)) and rows * width > best[0] * best[1]:
            best = (rows, width)
    rows, width = best
    return rows, width, len(cells) - width * (rows + 1) if rows else len(cells)


def _is_number(cell: str) -> bool:
    """A value cell: a number with its qualifier, unit or scale (`1.2万`, `>55`, `95%`, `3.2万人`)."""
    return bool(re.fullmatch(r"[<>＜＞≥≤~约約]?\s*[-+－]?\d[\d,]*(?:\.\d+)?\s*(?:[%‰]|[萬万億亿千百]?\S{0,4})?"
                             r"(?:以上|以下|左右)?", cell.strip())) \
        and not re.fullmatch(r"(?:19|20)\d\d\s*年\D{0,4}", cell.strip())  # a year, or a header of one (`2025年目标`)
