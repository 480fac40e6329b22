"""Chunks along the document's structure, each an exact span of Document.text.

Prose: a section's paragraphs, short ones merged up to ~300–500 characters, a long one split
into its 一是…二是… measures (one chunk each, so each can be cited) and/or at sentence ends;
a chunk never starts or ends inside a sentence and never spans two sections. A heading line
with no text of its own is kept with the first paragraph under it.
Tables: one chunk for the caption and header, one per row; their `norm` repeats the header
(`row_text`) so the row is found by its column names, while `text` stays the row as published.
"""
from __future__ import annotations

import math
import re
from typing import NamedTuple

from ingest.models import Chunk, Document, Label, Section, Table
from ingest.normalize import normalize
from ingest.structure import lines, section_at, split_paragraphs, split_sentences
from ingest.tables import row_text

MAX_CHARS = 500  # a longer paragraph is split at sentence ends
MERGE_BELOW = 300  # consecutive paragraphs are merged while the chunk is shorter than this
SPLIT_MEASURES_ABOVE = 400  # a longer paragraph of 一是…二是… measures gets one chunk per measure

_ITEM = re.compile(r"[*—\s]*[一二三四五六七八九十]+是")
_GOAL_CUE = re.compile(r"目标|指标|确保|达到[^。；]{0,20}%|20\d\d年")
_PLANNED = re.compile(r"力争|争取|预期性|约束性|(?:到|至|预计|计划|将于|将在)\s*20\d\d\s*年")
_YEAR = re.compile(r"(20\d\d)\s*年")
_MEASURE_SECTION = re.compile(r"措施|做法|任务|举措|工程|经验|行动")
_MEASURE_WORD = re.compile(r"措施|做法|举措|(?:^|[。；;:：\s*])[一二三四五六七八九十]+是")
_MEASURE_VERB = re.compile(
    r"[—*\s]*(?:\d{1,2}[.、])?(?:[一二三四五六七八九十]+是)?"
    r"(?:大力|全面|积极|深入|扎实|持续|切实|进一步|不断|着力|严格|加快|强化|加强|推进|推动|实施|完善|健全|"
    r"建立|落实|深化|优化|开展|构建|打造|创建|组建|出台|制定|坚持|统筹|探索|提升|提高|创新|实行|引导|鼓励|"
    r"支持|建设|成立|组织|设立|搭建|推行|规范)")
_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|‰|万|亿|千|元|人|所|个|名|平方米|平方公里|㎡|米|公里|次|套|间|台|件|学时|课时|"
    r"小时|倍|余|多|项|场|门|支|节|户|家|届|亩|生|校|园|批|座|条|类|种|辆|篇|册|岁)")


class _Piece(NamedTuple):
    start: int
    end: int
    section: str
    mergeable: bool  # a whole short paragraph (not a measure item or a part of a long paragraph)


def make_chunks(doc: Document) -> list[Chunk]:
    """Prose and table chunks in text order, ids f"{doc_id}#c{n}" from 1."""
    ref_year = int(doc.meta.date[:4]) if doc.meta.date[:4].isdigit() else None
    chunks = [_prose_chunk(doc, p, ref_year) for p in _prose_pieces(doc)]
    for table in doc.tables:
        chunks += _table_chunks(doc, table, ref_year)
    chunks.sort(key=lambda c: c.start)
    for n, chunk in enumerate(chunks, start=1):
        chunk.chunk_id = f"{doc.doc_id}#c{n}"
    return chunks


# --- prose ---------------------------------------------------------------------------------------

def _prose_pieces(doc: Document) -> list[_Piece]:
    text, sections = doc.text, doc.sections
    headings = {s.start: s for s in sections}
    cuts = {0, len(text)} | {s.start for s in sections} | {s.end for s in sections}
    for table in doc.tables:
        cuts = {c for c in cuts if not table.start < c < table.end} | {table.start, table.end}
    in_table = {t.start for t in doc.tables}

    pieces: list[_Piece] = []
    # heading lines waiting for their first paragraph: where the first starts, where the last ends, the outermost
    pending: tuple[int, int, Section] | None = None
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        if a in in_table:
            _flush(text, pending, pieces)
            pending = None
            continue
        paragraphs = split_paragraphs(text, a, b)
        heading = headings.get(a)
        if heading and paragraphs and _heading_only(text, paragraphs[0], heading):
            if pending and not _under(heading.path, pending[2]):
                _flush(text, pending, pieces)
                pending = None
            pending = (pending[0], paragraphs[0][1], pending[2]) if pending else (*paragraphs[0], heading)
            paragraphs = paragraphs[1:]
        if not paragraphs:
            continue
        section = section_at(sections, paragraphs[0][0])
        if pending and section and _under(section.path, pending[2]):
            paragraphs[0] = (pending[0], paragraphs[0][1])
        else:
            _flush(text, pending, pieces)
        pending = None
        pieces += _pack(text, paragraphs, " > ".join(section.path) if section else "")
    _flush(text, pending, pieces)
    return pieces


def _heading_only(text: str, paragraph: tuple[int, int], heading: Section) -> bool:
    return text[paragraph[0]:paragraph[1]].rstrip("。．. ") == heading.heading


def _under(path: list[str], ancestor: Section) -> bool:
    return path[:len(ancestor.path)] == ancestor.path


def _flush(text: str, pending: tuple[int, int, Section] | None, pieces: list[_Piece]) -> None:
    """Heading lines with no paragraph under them before a table or a sibling: chunks of their own. Every line
    is kept — items written as one-sentence numbered paragraphs (（一）…。（二）…。) read as headings too."""
    if not pending:
        return
    start, end, heading = pending
    first_line = lines(text, start)[0].end
    if end <= first_line:
        pieces.append(_Piece(start, first_line, " > ".join(heading.path), False))
    else:
        pieces += _pack(text, split_paragraphs(text, start, end), " > ".join(heading.path))


def _pack(text: str, paragraphs: list[tuple[int, int]], section: str) -> list[_Piece]:
    units: list[_Piece] = []
    for s, e in paragraphs:
        parts = _split(text, s, e)
        units += [_Piece(ps, pe, section, len(parts) == 1) for ps, pe in parts]
    merged: list[_Piece] = []
    for unit in units:
        last = merged[-1] if merged else None
        if (last and last.mergeable and unit.mergeable and last.end - last.start < MERGE_BELOW
                and unit.end - last.start <= MAX_CHARS):
            merged[-1] = last._replace(end=unit.end)
        else:
            merged.append(unit)
    return merged


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A long paragraph: one piece per 一是/二是 measure (the lead-in stays with the first), each
    sentence-packed if still too long; else sentence-packed. A short one stays whole."""
    if end - start <= SPLIT_MEASURES_ABOVE:
        return [(start, end)]
    sentences = split_sentences(text, start, end)
    items = [i for i, (s, e) in enumerate(sentences) if _ITEM.match(text[s:e])]
    if len(items) < 2 and end - start <= MAX_CHARS:
        return [(start, end)]
    starts = [0] + items[1:] if len(items) >= 2 else [0]
    pieces: list[tuple[int, int]] = []
    for a, b in zip(starts, starts[1:] + [len(sentences)]):
        pieces += _pack_sentences(sentences[a:b])
    return pieces


def _pack_sentences(sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Consecutive sentences in near-equal pieces of at most MAX_CHARS (a longer sentence stays whole)."""
    total = sentences[-1][1] - sentences[0][0]
    target = total / math.ceil(total / MAX_CHARS)
    pieces: list[tuple[int, int]] = []
    start = sentences[0][0]
    for i, (_, e) in enumerate(sentences):
        last = i == len(sentences) - 1
        nxt_end = sentences[i + 1][1] if not last else e
        if last or e - start >= target or nxt_end - start > MAX_CHARS:
            pieces.append((start, e))
            if not last:
                start = sentences[i + 1][0]
    return pieces


def _prose_chunk(doc: Document, piece: _Piece, ref_year: int | None) -> Chunk:
    text = doc.text[piece.start:piece.end]
    norm = normalize(text)
    sentences = [normalize(doc.text[s:e]) for s, e in split_sentences(doc.text, piece.start, piece.end)]
    return Chunk(chunk_id="", doc_id=doc.doc_id, text=text, norm=norm, start=piece.start, end=piece.end,
                 section=piece.section, labels=labels_for(norm, piece.section, ref_year, sentences))


# --- tables --------------------------------------------------------------------------------------

def _table_chunks(doc: Document, table: Table, ref_year: int | None) -> list[Chunk]:
    header_lines = [ln for ln in lines(doc.text, table.start, table.rows[0].start)
                    if doc.text[ln.start:ln.end].strip("| ")]
    header_norm = normalize(" | ".join([table.caption or table.section, "; ".join(table.columns)]))
    # (a table of `列：值；…` lines names its headers in every row and has no header line of its own)
    chunks = [Chunk(chunk_id="", doc_id=doc.doc_id, text=doc.text[table.start:header_lines[-1].end],
                    norm=header_norm, start=table.start, end=header_lines[-1].end, section=table.section,
                    labels=labels_for(header_norm, table.section, ref_year, [], table=True),
                    table_id=table.table_id)] if header_lines else []
    for row in table.rows:
        norm = normalize(row_text(table, row))
        chunks.append(Chunk(chunk_id="", doc_id=doc.doc_id, text=doc.text[row.start:row.end], norm=norm,
                            start=row.start, end=row.end, section=table.section,
                            labels=labels_for(norm, table.section, ref_year, [], table=True),
                            table_id=table.table_id, row_index=row.index))
    return chunks


# --- labels --------------------------------------------------------------------------------------

def labels_for(norm: str, section: str, ref_year: int | None, sentences: list[str],
               table: bool = False) -> list[Label]:
    """target: in a 目标 section, or planned (力争/争取/到2025年/预期性), or a goal cue
    (目标/指标/确保/达到…%/2025年) about a year after the document's; measure: in a 措施/做法/任务
    section, an 一是… enumeration, or sentences led by action verbs (实施/推进/加强…);
    figure: a number with a unit; table: a table's header or row."""
    section = normalize(section)
    labels: list[Label] = []
    if "目标" in section or _PLANNED.search(norm) or (_GOAL_CUE.search(norm) and _after(norm, ref_year)):
        labels.append("target")
    if (_MEASURE_SECTION.search(section) or _MEASURE_WORD.search(norm)
            or sum(bool(_MEASURE_VERB.match(s)) for s in sentences) >= 2):
        labels.append("measure")
    if _FIGURE.search(norm):
        labels.append("figure")
    if table:
        labels.append("table")
    return labels


def _after(norm: str, ref_year: int | None) -> bool:
    return ref_year is not None and any(int(y) > ref_year for y in _YEAR.findall(norm))
