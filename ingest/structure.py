"""Document structure: headings, paragraphs and sentences, as exact offsets into the text.

Works on raw and on cleaned text alike (cleaning only drops whole furniture lines and pinyin
notes), so everything here is line based and never rewrites the text.

Heading styles of Chinese official documents, in any mix, outermost first (the order the
national standard for official documents, GB/T 9704, and plans and regulations use):
  `第一编/部分` > `第一章` > `第一节` > `第一条　…` (an article: the heading is `第一条`, its text
  runs on) > `壹、` (Traditional-script documents) > `一、` (also `第一，…。` inline and speaker
  lines `某某市：…` of a meeting transcript; `第一，…。` under an open `一、` is one level below it)
  > `（一）` > `1.`/`1．`/`1、` (a short line of its own) and `专栏3` boxes > `（1）` > `①`.
`一、…。`/`（一）…。` may also lead a paragraph (work reports: `（一）内需潜力持续释放。消费…`): the lead
sentence is the heading and the section runs on to the next heading of its rank or above.
Styles with no conventional rank — `【…】` headings, emphasised (bold) one-line paragraphs, lines
set in a heading typeface (each typeface a style of its own: PDF, see ingest/load.py), and
short unpunctuated lines set between prose (a subtitle) — take their rank where a document first
uses them: one below the heading open there. Headings the file format declares (Markdown `#`,
HTML `<h1>`…, DOCX heading styles; see `OutlineHint`) outrank all numbered ones, by their level.
A section's `level` is its depth in the heading chain (1 = outermost).
  inline   `——…。` lead clause of a paragraph: one level below the enclosing heading, and the
           section is that paragraph only (the next paragraph belongs to the parent again)
`一是…二是…` run inside paragraphs and are not headings (see ingest/chunk.py). A notice's
attachment list (`附件：1.…` / `2.…`) is a section `附件` of its own, closing the headings above it
(its numbered items are no headings), and so is each attachment's text headed `附件1`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ingest.models import OutlineHint, Section

_NUM = "一二三四五六七八九十"
_ORDINAL = rf"[{_NUM}百零〇]+|\d{{1,3}}"
_PART = re.compile(rf"第(?:{_ORDINAL})(?:编|編|篇|部分)(?![，,。])")
_CHAPTER = re.compile(rf"第(?:{_ORDINAL})章(?![，,。])")
_SUBCHAPTER = re.compile(rf"第(?:{_ORDINAL})[节節](?![，,。])")
_ARTICLE = re.compile(rf"第(?:{_ORDINAL})[条條](?=[\s\u3000]|$)")
LEVEL1_MARK = re.compile(rf"[{_NUM}]+、")
_CAPITAL = re.compile(r"[壹貳贰參叁肆伍陸陆柒捌玖拾]+、")  # 壹、貳、 above 一、 (Traditional-script documents)
_LEVEL1_INLINE = re.compile(rf"第[{_NUM}]+[,，、]")
_SPEAKER = re.compile(r"[\u4e00-\u9fff]{1,10}[省市县区縣區州][:：]\s*\S")
LEVEL2_MARK = re.compile(rf"[（(][{_NUM}]+[）)]")
_LEVEL3 = re.compile(r"\d{1,2}[.．、](?!\d)")
_BOX = re.compile(r"(?:专栏|專欄)\s*\d{1,2}")
_LEVEL4 = re.compile(r"[（(]\d{1,2}[）)]")
_CIRCLED = re.compile(r"[\u2460-\u2473\u3251-\u325f]")  # ①…⑳ ㉑…
_BRACKET = re.compile(r"【([^【】\n]{1,20})】")
_DASH_INLINE = re.compile(r"——[^。\n]{2,40}。")
# The line naming who issued a document and when (`某县人民政府办公室 2021年9月印发`): no subtitle.
_ISSUED = re.compile(r"\d{4}\s*年.{0,8}(?:印发|印發|发布|發布)$")
# The attachment list closing a notice (`附件：1.…` and the items under it): a list, not headings.
_ATTACHMENTS = re.compile(r"附\s*件\s*[:：]")
# An attachment's own text, headed `附件1` on a line of its own after the document's end.
_ATTACHMENT = re.compile(r"附\s*件\s*\d{0,2}")

# Ranks: the smaller, the outer. Declared outline levels (1–6) come first; dynamic styles get a
# rank between two of these (see _Ranks).
ATTACHMENTS = 1  # a notice's attachment list closes every heading open above it
PART, CHAPTER, SUBCHAPTER, ARTICLE, CAPITAL = 10, 20, 30, 40, 45
LEVEL1, LEVEL2, LEVEL3, LEVEL4, CIRCLED = 50, 60, 70, 80, 90
# `第一，…。` under an open `一、` heading (speeches and reports number their parts 一、 and the points
# of one part 第一，): one level below it, above `（一）`
INLINE_UNDER_LEVEL1 = 55
OUTLINE_LEVELS = 6

MAX_HEADING_CHARS = 40  # a longer line is a paragraph, whatever it starts with
MAX_NUMBERED_HEADING_CHARS = 30  # `1.` lines: self-evaluation reports' `1.区域内…。` list items are paragraphs
MAX_LEAD_CHARS = 30  # a `（一）…。` lead sentence longer than this is prose, not a heading
MAX_PLAIN_HEADING_CHARS = 20  # an unnumbered, unpunctuated line between prose paragraphs
_END_PUNCT = "。；;，,：:！!？?"
_ITEM_END = "；;，,、"
_TERMINALS = "。！？；;"
_CLOSERS = "”’」』)）》"
_OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》"}
_PROSE_MARKS = re.compile(r"[，,、；;]")
_ANY_PUNCT = re.compile(r"[，,。；;：:！!？?（）()\[\]【】|｜/%％]")
# what a line broken mid-sentence (PDF conversion) starts with: never a new sentence
_CONTINUATION = re.compile(r"[是的了和与及或并而等：:，,、。；;）)”’]")


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
    level: int  # rank (see above); 0 for a `——` lead clause (its level follows from the enclosing heading)
    end: int  # end of the heading text inside the line
    style: str = ""  # a style of no conventional rank: "bracket" (its rank is set per document)


def heading_at(line: str) -> HeadingMatch | None:
    """Classify one stripped line by its numbering; `end` is relative to the line."""
    if _DASH_INLINE.match(line):
        return HeadingMatch(0, line.index("。"))
    article = _ARTICLE.match(line)
    if article:
        return HeadingMatch(ARTICLE, article.end())
    bracket = _BRACKET.match(line)
    if bracket and not _ANY_PUNCT.search(bracket[1]):
        return HeadingMatch(0, bracket.end(), "bracket")
    stop = line.find("。")
    if _LEVEL1_INLINE.match(line) and 0 < stop < len(line) - 1:  # `第一，…。` then the body
        return HeadingMatch(LEVEL1, stop) if stop <= MAX_HEADING_CHARS else None
    if 0 < stop <= MAX_LEAD_CHARS and stop < len(line) - 1 and "；" not in line[:stop]:
        for pattern, rank in ((LEVEL1_MARK, LEVEL1), (LEVEL2_MARK, LEVEL2)):  # `（一）…。` then the body
            m = pattern.match(line)
            if m and not _PROSE_MARKS.search(line[m.end():stop]):
                return HeadingMatch(rank, stop)
    if len(line) > MAX_HEADING_CHARS or "。" in line.rstrip("。"):
        return None
    bare = len(line.rstrip("。．."))
    for pattern, rank in ((_PART, PART), (_CHAPTER, CHAPTER), (_SUBCHAPTER, SUBCHAPTER), (_CAPITAL, CAPITAL)):
        if pattern.match(line):
            return HeadingMatch(rank, bare)
    if line[-1] in _ITEM_END:  # `（二）每班不超过45人；`: an item of a list, not a heading
        return None
    if LEVEL1_MARK.match(line) or _LEVEL1_INLINE.match(line) or _SPEAKER.match(line):
        return HeadingMatch(LEVEL1, bare)
    if LEVEL2_MARK.match(line):
        return HeadingMatch(LEVEL2, bare)
    if _BOX.match(line):
        return HeadingMatch(LEVEL3, bare)
    short = len(line) <= MAX_NUMBERED_HEADING_CHARS and line[-1] not in _END_PUNCT
    if _LEVEL3.match(line) and short:
        return HeadingMatch(LEVEL3, bare)
    if _LEVEL4.match(line) and short:
        return HeadingMatch(LEVEL4, bare)
    if _CIRCLED.match(line) and short:
        return HeadingMatch(CIRCLED, bare)
    return None


def _plain_heading(line: str, previous: str, following: str) -> bool:
    """A short line with no punctuation set between prose (`…。` above, a sentence below): a
    subtitle of a news item or report. A line that continues the sentence above or below it
    (a PDF line break: `…发展的` / `主要目标` / `是：…`), a table cell or a signature is none."""
    if not (2 <= len(line) <= MAX_PLAIN_HEADING_CHARS) or _ANY_PUNCT.search(line) or line[-1] in _END_PUNCT:
        return False
    if len(re.findall(r"[\u4e00-\u9fff]", line)) < 2 or re.match(r"[\d.％%\s]", line) or _ISSUED.search(line):
        return False
    if not previous or previous[-1] not in _TERMINALS + _CLOSERS and heading_at(previous) is None:
        return False
    return ("。" in following and len(following) >= max(20, 2 * len(line))
            and not _CONTINUATION.match(following) and heading_at(following) is None)


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


class _Ranks:
    """Ranks of the heading styles with no conventional one, fixed where a document first uses them."""

    def __init__(self) -> None:
        self.styles: dict[str, float] = {}

    def of(self, style: str, stack: list[tuple[float, Section]]) -> float:
        """One below the heading open where the style first appears; below every declared
        (format) heading level, which the document's author set on purpose."""
        if style not in self.styles:
            top = stack[-1][0] if stack else 0
            self.styles[style] = (OUTLINE_LEVELS if top <= OUTLINE_LEVELS and stack else top) + 0.5
        return self.styles[style]


def parse_sections(text: str, outline: Sequence[OutlineHint] = ()) -> list[Section]:
    """Headings in document order with their extent and path from the top.

    `outline`: the headings the file format declares, in order (ingest/load.py); a line that is
    one of them is a heading of that level (level 0: an emphasised line, a rank of its own)."""
    paragraphs = split_paragraphs(text, 0, len(text))
    declared = _declared(outline)
    all_lines = lines(text)
    ranks = _Ranks()
    sections: list[Section] = []
    blocks: list[tuple[float, Section]] = []  # headings that own everything up to the next one of their rank
    stack: list[tuple[float, Section]] = []  # open blocks, outermost first
    attachments = False
    for i, (s, e) in enumerate(all_lines):
        line = text[s:e]
        listed = _ATTACHMENTS.match(line)
        if attachments and not listed and _LEVEL3.match(line):
            continue
        attachments = bool(listed)
        rank: float | None
        if listed or _ATTACHMENT.fullmatch(line):  # the document's closing parts, under none of its headings
            rank, end = ATTACHMENTS, len(line) if not listed else line.index("件") + 1
        else:
            rank, end = _classify(line, declared, ranks, stack,
                                  text[slice(*all_lines[i - 1])] if i else "",
                                  text[slice(*all_lines[i + 1])] if i + 1 < len(all_lines) else "")
            if rank is None:
                continue
        heading = line[:end].strip()
        if rank == 0:  # `——` lead clause: the section is its paragraph
            end_at = next(pe for ps, pe in paragraphs if ps <= s < pe)
            path = [x.heading for _, x in stack] + [heading]
            sections.append(Section(heading, len(path), s, end_at, path))
            continue
        while stack and stack[-1][0] >= rank:
            stack.pop()
        path = [x.heading for _, x in stack] + [heading]
        section = Section(heading, len(path), s, len(text), path)
        stack.append((rank, section))
        blocks.append((rank, section))
        sections.append(section)
    for i, (rank, section) in enumerate(blocks):
        section.end = next((x.start for r, x in blocks[i + 1:] if r <= rank), len(text))
    return sections


def _classify(line: str, declared: dict[str, list[tuple[int, str]]], ranks: _Ranks, stack: list[tuple[float, Section]],
              previous: str, following: str) -> tuple[float | None, int]:
    """(rank, end of the heading in the line) of a heading line; (None, 0) for any other line."""
    key = _key(line)
    match = heading_at(line)
    if declared.get(key):
        level, style = declared[key].pop(0)
        if level:
            return level, len(line)
        if match is None or match.level == 0:  # emphasis alone; a bold `一、…` keeps its numbering's rank
            return ranks.of(style or "emphasis", stack), len(line)
    if match is not None and stack and stack[-1][0] == ARTICLE and match.level > ARTICLE:
        return None, 0  # `（一）…` under `第三条`: the items of an article are its text
    if match is not None and match.level == LEVEL1 and _LEVEL1_INLINE.match(line) \
            and any(rank == LEVEL1 and LEVEL1_MARK.match(open_.heading) for rank, open_ in stack):
        return INLINE_UNDER_LEVEL1, match.end  # a speech's `三、几点要求` then `第一，…。`: its points
    if match is not None:
        return (ranks.of(match.style, stack) if match.style else match.level), match.end
    if _plain_heading(line, previous, following):
        return ranks.of("plain", stack), len(line)
    return None, 0


def _key(line: str) -> str:
    """A heading line compared with a declared heading: whitespace and a closing stop ignored
    (cleaning removes the spaces between ideographs)."""
    return re.sub(r"\s+", "", line).rstrip("。．.")


def _declared(outline: Sequence[OutlineHint]) -> dict[str, list[tuple[int, str]]]:
    """Declared heading text → its levels in order. A document's single top heading placed
    before the others is its title (an HTML page's `<h1>`, a Markdown `# …`, a notice's title
    under its bold red head), not a section; nor is what is set in bold above it."""
    hints = [h for h in outline if _key(h.text)]
    top = min((h.level for h in hints if h.level), default=0)
    first = next((i for i, h in enumerate(hints) if h.level), 0)
    if top and sum(h.level == top for h in hints) == 1 and hints[first].level == top:
        hints = hints[first + 1:]  # and the emphasised lines above the title: a red head, a masthead
    out: dict[str, list[tuple[int, str]]] = {}
    for hint in hints:
        out.setdefault(_key(hint.text), []).append((min(hint.level, OUTLINE_LEVELS), hint.style))
    return out


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
