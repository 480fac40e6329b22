"""The display text of a document: web-page furniture and spam removed, original script kept.

`clean(raw)` is `Document.text`, the text every citation offset points into. It removes what
the crawl added around and inside the documents and never converts script or width: matching
goes through ingest/normalize.py. Each rule is a general pattern for a kind of junk (seen in the
corpus file named in its comment), not a literal of one document.

Metadata is extracted from the RAW text (ingest/metadata.py): the `• [ 索引號 ]` index block
dropped here carries 發文字號, 發布機構 and 成文日期; `index_items` reads it for metadata.
Table lines (one cell per line, `|` cells) are never touched: ingest/tables.py parses them.
"""
from __future__ import annotations

import re

from ingest.normalize import strip_pinyin

_CJK = "\u3400-\u9fff"

# SEO spam (banan's first line): a line of porn-site keywords; ≥3 distinct ones never occur in policy prose.
_SPAM_TERMS = ("国产", "精品", "亚洲", "欧美", "日韩", "一区二区", "久久", "在线观看", "无码", "手机在线")
# Breadcrumb navigation (banan): `首頁>政務公開>…`.
_BREADCRUMB = re.compile(r"^\s*(?:首[頁页]|[当當]前位置|您的位置)[:：]?\s*(?:[>＞›»]|$).*")
# Share widget (banan's last line): `掃一掃在手機打開當前頁`.
_SHARE = re.compile(r"^\s*(?:扫一扫|掃一掃).{0,20}$")
# Article trailers of news sites (kaizhou): `責任編輯:…`, `本文鏈接:…`, `TOP↑`.
_TRAILER = re.compile(r"^\s*(?:(?:责任编辑|責任編輯|本文链接|本文鏈接|原文链接|原文鏈接)\s*[:：].{0,60}"
                      r"|TOP\s*↑|返回[顶頂]部)\s*$")
# Reposting site's byline (kaizhou): a URL glued to the posting date, `http://m.39388b.com2020年12月23日 14:19…`.
_BYLINE = re.compile(r"^\s*https?://[\w.-]+?\.[a-z]{2,6}(?:/\S*?)?\s*\d{4}(?:年|-)\d{1,2}(?:月|-)\d{1,2}.{0,40}$")
# Reprint disclaimer (hanzhong): `本文由转载于互联网,如有侵权请联系删除!`.
_DISCLAIMER = re.compile(r"^(?=.*(?:转载|轉載))(?=.*(?:侵权|侵權)).{0,80}$")
# Footer link lists (rongchang): short lines `国务院部门网站`, `地方政府网站`, … in a run.
_LINK_ITEM = re.compile(r"^\s*\S{1,16}(?:网站|網站)\s*$")
MIN_LINK_RUN = 3
# Index block of a government site (banan): bullet lines `• [ 索引號 ]`, `• 11500113…`, …
_BULLET = re.compile(r"^\s*[•●▪]\s*(.*?)\s*$")
_INDEX_LABEL = re.compile(r"^\[\s*(.+?)\s*\]$")
# `?` placeholders (banan): characters the crawl could not encode (signature indentation).
_PLACEHOLDERS = re.compile(r"[?？]{3,}")
# A pinyin note whose character the crawl lost together with the `(` (kaizhou): `要?jiǎng)?wù)`.
_ORPHAN_NOTE = re.compile(r"\?(?=[a-z\u00e0-\u01dc]*[\u00e0-\u01dc])[a-z\u00e0-\u01dc]{1,7}\)")
# Markdown bold left from conversion (liangjiang): `**三是搭建資源共享平台**`.
_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")
# PDF page break inside a sentence (liangjiang): a prose line (has 。) cut after an ideograph, the rest
# of the sentence on the next line: `…全力保障教育发展` / `需求。…`. Headings (`二、…`) never continue.
_PAGE_BREAK = re.compile(rf"(?m)^(?=[^\n]*。)([^\n]{{40,}}[{_CJK}])\n+(?=[{_CJK}])(?![一二三四五六七八九十]+、)")
# PDF line-wrap residue (liangjiang): a space between two ideographs (`各 学校`); Chinese has no word spaces.
_CJK_GAP = re.compile(rf"(?<=[{_CJK}]) +(?=[{_CJK}])")
_MANY_BLANKS = re.compile(r"\n{4,}")  # 3+ blank lines → 2


def clean(text: str) -> str:
    text = strip_pinyin(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    lines = _drop_runs(text.split("\n"))
    text = "\n".join(line for line in lines if not _is_furniture(line))
    text = _ORPHAN_NOTE.sub("", _PLACEHOLDERS.sub("", text))
    text = _BOLD.sub(r"\1", text)
    text = _PAGE_BREAK.sub(r"\1", text)
    text = _CJK_GAP.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _MANY_BLANKS.sub("\n\n\n", text).strip("\n")


def index_items(text: str) -> list[str]:
    """Items of the index blocks (`[ 發文字號 ]`, `巴南府發〔2021〕20號`, …) in order, bullets removed."""
    lines = text.replace("\r\n", "\n").split("\n")
    return [_bullet_text(line) for start, end in _index_runs(lines) for line in lines[start:end]]


def _is_furniture(line: str) -> bool:
    if sum(term in line for term in _SPAM_TERMS) >= 3:
        return True
    return any(p.match(line) for p in (_BREADCRUMB, _SHARE, _TRAILER, _BYLINE, _DISCLAIMER))


def _drop_runs(lines: list[str]) -> list[str]:
    """Lines without index blocks and footer link lists (both recognised as a run of lines)."""
    drop: set[int] = set()
    for start, end in _index_runs(lines) + _runs(lines, _LINK_ITEM.match, MIN_LINK_RUN):
        drop.update(range(start, end))
    return [line for i, line in enumerate(lines) if i not in drop]


def _index_runs(lines: list[str]) -> list[tuple[int, int]]:
    """Bullet runs with at least two `[ label ]` items (a plain bullet list is content)."""
    runs = _runs(lines, _BULLET.match, 2)
    return [(s, e) for s, e in runs
            if sum(bool(_INDEX_LABEL.match(_bullet_text(line))) for line in lines[s:e]) >= 2]


def _bullet_text(line: str) -> str:
    """The text after the bullet of a line that _runs found to be a bullet item."""
    m = _BULLET.match(line)
    assert m is not None
    return m.group(1)


def _runs(lines: list[str], is_item, min_len: int) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and is_item(line):
            start = i if start is None else start
            continue
        if start is not None and i - start >= min_len:
            runs.append((start, i))
        start = None
    return runs
