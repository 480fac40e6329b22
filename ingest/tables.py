"""Tables flattened into text, rebuilt as rows of cells with exact offsets.

Two layouts occur in the corpus:
- one cell per line after a caption line `1:…指標表` (巴南): either an indicator table
  (`分類 | 指標 | value columns…`, the 分類 cell only on a group's first row and itself split
  over lines, `其中:` sub-rows) or a record table (`序號 | …`, rows numbered 01, 02, …);
  header cells may be split over lines too (`占地面積` / `(平方米)`, `十三五”` / `變化情況`).
- `|`-terminated cells one per line, rows separated by a bare `|` line (荣昌), a group cell
  (学段) only on a group's first row and a column-number row 1…8 under the header.

A block that does not fit its layout is left as prose (a warning names document, table and row):
its text is still chunked and searchable, only not as cells.
"""
from __future__ import annotations

import logging
import re
from typing import NamedTuple

from ingest.models import Cell, Row, Section, Table
from ingest.structure import Span, lines, section_path_at

log = logging.getLogger(__name__)

_CAPTION = re.compile(r"(?:表\s*)?\d{1,2}\s*[:：]\s*\S.{1,60}表")
_VALUE = re.compile(r"[<>＜＞≥≤~约約]?\s*[-+－]?\d+(?:\.\d+)?\s*%?|[—－-]{1,2}|/")
_UNIT_IN_LABEL = re.compile(r"[(（]([^()（）]{1,8})[)）]?$")
_UNIT = re.compile(
    r"(?:[萬万億亿千百]?(?:人次|人|元|所|個|个|名|平方米|平方公里|㎡|米|公里|台|套|間|间|件|次|班|冊|册|"
    r"學位|学位|學時|学时|小時|小时|課時|课时)|%|‰|倍)(?:/[^/]{1,2}){0,2}")
_RECORD_FIRST = {"序號", "序号"}
_SUBROW = re.compile(r"其中\s*[:：]")
MAX_CELL_CHARS = 40
MAX_GROUP_LINES = 4


class TableError(ValueError):
    def __init__(self, doc_id: str, where: str, reason: str):
        super().__init__(f"{doc_id}: table {where!r}: {reason}")


class _Parsed(NamedTuple):
    caption: str
    columns: list[str]
    rows: list[Row]
    used: int  # lines consumed, caption included


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
            if _CAPTION.fullmatch(line):
                parsed = _cell_per_line(doc_id, text, all_lines, i, heading_starts)
            elif _is_pipe_line(line):
                parsed = _pipe_table(doc_id, text, all_lines, i)
        except TableError as err:
            log.warning("%s; left as prose", err)
        if parsed is None:
            i += 1
            continue
        start = all_lines[i].start
        tables.append(Table(
            table_id=f"{doc_id}#t{len(tables) + 1}", doc_id=doc_id, caption=parsed.caption,
            columns=parsed.columns, units=_units(parsed.columns, parsed.rows), rows=parsed.rows,
            start=start, end=all_lines[i + parsed.used - 1].end, section=section_path_at(sections, start)))
        i += parsed.used
    return tables


def unit_of(header: str) -> str:
    """`在園幼兒數(萬人)` → 萬人, `毛入園率(%` (closing bracket lost) → %, `項目名稱(暫定名)` → ''."""
    m = _UNIT_IN_LABEL.search(header)
    return m.group(1).strip() if m and _UNIT.fullmatch(m.group(1).strip()) else ""


def row_label(table: Table, row: Row) -> str:
    """The row's label cell; a sub-row gets the row it splits: `在校學生數(萬人) 普通初中`."""
    labels = [_label(table.columns, r.cells) for r in table.rows]
    parent = _parents(labels)[row.index]
    return f"{parent} {labels[row.index]}" if parent else labels[row.index]


def row_text(table: Table, row: Row) -> str:
    """The row with its header repeated, for matching: caption, group, label, `column: value unit`."""
    parts = [table.caption or table.section]
    if row.group:
        parts.append(row.group)
    parts.append(row_label(table, row))
    values = [f"{c.column}: {c.text}{c.unit}" for c in row.cells if c.column not in table.columns[:2]]
    if table.columns[0] in _RECORD_FIRST:
        values.insert(0, f"{table.columns[0]}: {row.cells[0].text}")
    return " | ".join(parts + ["; ".join(values)])


def _label(columns: list[str], cells: list[Cell]) -> str:
    return next((c.text for c in cells if c.column == columns[1]), "")


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
    return _Parsed("", columns, rows, len(block))


def _pipe_cell(text: str, span: Span) -> Span | None:
    """`55 |` → span of `55`; a bare `|` (row separator) → None."""
    content = text[span.start:span.end].split("|", 1)[0].rstrip()
    return Span(span.start, span.start + len(content)) if content else None


# --- rows ----------------------------------------------------------------------------------------

def _row(index: int, text: str, columns: list[str], pairs: list[tuple[str, Span]],
         group: str, row_unit: str) -> Row:
    """Value cells get the column header's unit, else the row label's (`在園幼兒數(萬人)`)."""
    cells = []
    for column, (s, e) in pairs:
        value = text[s:e]
        is_value = column not in columns[:2] and any(ch.isdigit() for ch in value)
        unit = (unit_of(column) or row_unit) if is_value else ""
        cells.append(Cell(column=column, text=value, start=s, end=e, unit=unit))
    return Row(index=index, cells=cells, start=cells[0].start, end=cells[-1].end, group=group)


def _units(columns: list[str], rows: list[Row]) -> dict[str, str]:
    """Units read from headers: column headers, and row headers (indicator labels) that carry one."""
    units = {c: unit_of(c) for c in columns if unit_of(c)}
    for row in rows:
        for cell in row.cells[:2]:
            if unit_of(cell.text):
                units[cell.text] = unit_of(cell.text)
    return units
