"""Document structure: headings, paragraphs and sentences, as exact offsets into the text.

Works on raw and on cleaned text alike (cleaning only drops whole furniture lines and pinyin
notes), so everything here is line based and never rewrites the text.

Heading forms found in the corpus:
  level 1  `一、…`, `第一，…` (inline: the heading is the lead clause of its paragraph),
           speaker lines `某某市：…` of a meeting transcript
  level 2  `（一）…` / `(一)…`
  level 3  `1.…` / `1．…` / `1、…` on a short line of its own, and `专栏3` boxes
  inline   `——…。` lead clause of a paragraph: one level below the enclosing heading, and the
           section is that paragraph only (the next paragraph belongs to the parent again)
`一是…二是…` run inside paragraphs and are not headings (see ingest/chunk.py).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ingest.models import Section

_NUM = "一二三四五六七八九十"
_LEVEL1 = re.compile(rf"[{_NUM}]+、")
_LEVEL1_INLINE = re.compile(rf"第[{_NUM}]+[,，、]")
_SPEAKER = re.compile(r"[\u4e00-\u9fff]{1,10}[省市县区縣區州][:：]\s*\S")
_LEVEL2 = re.compile(rf"[（(][{_NUM}]+[）)]")
_LEVEL3 = re.compile(r"\d{1,2}[.．、](?!\d)")
_BOX = re.compile(r"(?:专栏|專欄)\s*\d{1,2}")
_DASH_INLINE = re.compile(r"——[^。\n]{2,40}。")

MAX_HEADING_CHARS = 40  # a longer line is a paragraph, whatever it starts with
MAX_NUMBERED_HEADING_CHARS = 30  # `1.` lines: self-evaluation reports' `1.区域内…。` list items are paragraphs
_END_PUNCT = "。；;，,：:！!？?"
_TERMINALS = "。！？；;"
_CLOSERS = "”’」』)）》"
_OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》"}
_PROSE_MARKS = re.compile(r"[，,、；;]")


class Span(NamedTuple):
    start: int
    end: int


def lines(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Non-blank lines of text[start:end], each without its surrounding whitespace."""
    end = len(text) if end is None else end
    spans = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append(Span(s, e))
    return spans


class HeadingMatch(NamedTuple):
    level: int  # 0 for a `——` lead clause (its level follows from the enclosing heading)
    end: int  # end of the heading text inside the line


def heading_at(line: str) -> HeadingMatch | None:
    """Classify one stripped line; `end` is relative to the line."""
    if _DASH_INLINE.match(line):
        return HeadingMatch(0, line.index("。"))
    stop = line.find("。")
    if _LEVEL1_INLINE.match(line) and 0 < stop < len(line) - 1:  # `第一，…。` then the body
        return HeadingMatch(1, stop) if stop <= MAX_HEADING_CHARS else None
    if len(line) > MAX_HEADING_CHARS or "。" in line.rstrip("。"):
        return None
    bare = len(line.rstrip("。．."))
    if _LEVEL1.match(line) or _LEVEL1_INLINE.match(line) or _SPEAKER.match(line):
        return HeadingMatch(1, bare)
    if _LEVEL2.match(line):
        return HeadingMatch(2, bare)
    if _BOX.match(line):
        return HeadingMatch(3, bare)
    if _LEVEL3.match(line) and len(line) <= MAX_NUMBERED_HEADING_CHARS and line[-1] not in _END_PUNCT:
        return HeadingMatch(3, bare)
    return None


def _continues(line: str, next_line: str) -> bool:
    """A prose line broken mid-sentence (page breaks of PDF conversions: `…保障教育发展` / `需求。…`)."""
    last = line[-1]
    ends_open = "\u4e00" <= last <= "\u9fff" or (last.isascii() and last.isalnum())
    prose = "。" in line or len(_PROSE_MARKS.findall(line)) >= 2
    return (ends_open and prose and len(line) >= 20
            and heading_at(line) is None and heading_at(next_line) is None)


def split_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs of text[start:end]: one per line, a line broken mid-sentence joined to the next."""
    paragraphs: list[tuple[int, int]] = []
    previous = ""
    for s, e in lines(text, start, end):
        line = text[s:e]
        if paragraphs and _continues(previous, line):
            paragraphs[-1] = (paragraphs[-1][0], e)
        else:
            paragraphs.append((s, e))
        previous = line
    return paragraphs


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end]: they end at 。！？；; (with any closing quotes) or a paragraph
    end, never inside a “…”/《…》 quote unless the quote closes right after the terminal (`…。”`).
    A quote that never closes (a same-type opener comes first) hides nothing: mojibake ate it."""
    sentences: list[tuple[int, int]] = []
    for ps, pe in split_paragraphs(text, start, end):
        expected: list[str] = []
        s = i = ps
        while i < pe:
            ch = text[i]
            if ch in _OPENERS:
                expected.append(_OPENERS[ch])
            elif expected and ch == expected[-1]:
                expected.pop()
            elif ch in _TERMINALS:
                while expected and _dangling(text, i, pe, expected[-1]):
                    expected.pop()
                j = i + 1
                while j < pe and text[j] in _CLOSERS:
                    if expected and text[j] == expected[-1]:
                        expected.pop()
                    j += 1
                if not expected:
                    _add(text, sentences, s, j)
                    s = j
                i = j
                continue
            i += 1
        _add(text, sentences, s, pe)
    return sentences


def _dangling(text: str, i: int, end: int, closer: str) -> bool:
    opener = next(o for o, c in _OPENERS.items() if c == closer)
    close_at = text.find(closer, i, end)
    open_at = text.find(opener, i, end)
    return close_at < 0 or 0 <= open_at < close_at


def _add(text: str, out: list[tuple[int, int]], s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.append((s, e))


def parse_sections(text: str) -> list[Section]:
    """Headings in document order with their extent and path from the top."""
    paragraphs = split_paragraphs(text, 0, len(text))
    sections: list[Section] = []
    blocks: list[Section] = []  # headings that own everything up to the next one of their level
    stack: list[Section] = []  # open blocks, outermost first
    for s, e in lines(text):
        match = heading_at(text[s:e])
        if match is None:
            continue
        heading = text[s:s + match.end].strip()
        if match.level == 0:  # `——` lead clause: the section is its paragraph
            level = stack[-1].level + 1 if stack else 1
            end = next(pe for ps, pe in paragraphs if ps <= s < pe)
            sections.append(Section(heading, level, s, end, [x.heading for x in stack] + [heading]))
            continue
        while stack and stack[-1].level >= match.level:
            stack.pop()
        section = Section(heading, match.level, s, len(text), [x.heading for x in stack] + [heading])
        stack.append(section)
        blocks.append(section)
        sections.append(section)
    for i, section in enumerate(blocks):
        section.end = next((x.start for x in blocks[i + 1:] if x.level <= section.level), len(text))
    return sections


def section_at(sections: list[Section], offset: int) -> Section | None:
    """The deepest section containing offset (None before any heading)."""
    best: Section | None = None
    for section in sections:
        if section.start <= offset < section.end and (best is None or len(section.path) >= len(best.path)):
            best = section
    return best


def section_path_at(sections: list[Section], offset: int) -> str:
    """The path of the deepest section containing offset, joined with " > " ("" before any heading)."""
    section = section_at(sections, offset)
    return " > ".join(section.path) if section else ""
