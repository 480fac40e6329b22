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

from ingest.normalize import strip_pinyin, to_simplified
from ingest.tables import MIN_SPACED_COLUMNS

_CJK = "\u3400-\u9fff"

# SEO spam (a crawled government page): a line of porn-site keywords; ≥3 distinct ones never occur in policy prose.
_SPAM_TERMS = ("国产", "精品", "亚洲", "欧美", "日韩", "一区二区", "久久", "在线观看", "无码", "手机在线")
# Breadcrumb navigation of government sites: `首頁>政務公開>…`.
_BREADCRUMB = re.compile(r"^\s*(?:首[頁页]|[当當]前位置|您的位置)[:：]?\s*(?:[>＞›»]|$).*")
# Share widget: `掃一掃在手機打開當前頁`.
_SHARE = re.compile(r"^\s*(?:扫一扫|掃一掃).{0,20}$")
# Article trailers of news sites: `責任編輯:…`, `本文鏈接:…`, `TOP↑`.
_TRAILER = re.compile(r"^\s*(?:(?:责任编辑|責任編輯|本文链接|本文鏈接|原文链接|原文鏈接)\s*[:：].{0,60}"
                      r"|TOP\s*↑|返回[顶頂]部)\s*$")
# Reposting site's byline: a URL glued to the posting date, `http://m.39388b.com2020年12月23日 14:19…`.
_BYLINE = re.compile(r"^\s*https?://[\w.-]+?\.[a-z]{2,6}(?:/\S*?)?\s*\d{4}(?:年|-)\d{1,2}(?:月|-)\d{1,2}.{0,40}$")
# Reprint disclaimer: `本文由转载于互联网,如有侵权请联系删除!`.
_DISCLAIMER = re.compile(r"^(?=.*(?:转载|轉載))(?=.*(?:侵权|侵權)).{0,80}$")
# Footer link lists: short lines `国务院部门网站`, `地方政府网站`, … in a run.
_LINK_ITEM = re.compile(r"^\s*\S{1,16}(?:网站|網站)\s*$")
MIN_LINK_RUN = 3
# Index block of a government site: bullet lines `• [ 索引號 ]`, `• 11500113…`, …
_BULLET = re.compile(r"^\s*[•●▪]\s*(.*?)\s*$")
_INDEX_LABEL = re.compile(r"^\[\s*(.+?)\s*\]$")
# `?` placeholders: characters the crawl could not encode (signature indentation).
_PLACEHOLDERS = re.compile(r"[?？]{3,}")
# A pinyin note whose character the crawl lost together with the `(`: `要?jiǎng)?wù)`.
_ORPHAN_NOTE = re.compile(r"\?(?=[a-z\u00e0-\u01dc]*[\u00e0-\u01dc])[a-z\u00e0-\u01dc]{1,7}\)")
# Markdown bold left from conversion: `**三是搭建資源共享平台**`.
_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")
# PDF page break or line wrap inside a sentence: a prose line (has 。) cut after an ideograph or a
# pause (，、), the rest of the sentence on the next line: `…全力保障教育发展` / `需求。…`, `…预算总额` /
# `8,106.50万元的5.3%…` (a wrap before a figure). Headings (`二、…`), numbered items (`1.`, `2、`) and a
# date line (a signature's) never continue a sentence.
_PAGE_BREAK = re.compile(rf"(?m)^(?=[^\n]*。)([^\n]{{20,}}[{_CJK}，、])\n+(?=[{_CJK}]|\d)(?![一二三四五六七八九十]+、)"
                         r"(?!\d+\s*[.．、)）](?!\d))(?!\d{4}\s*年\d{1,2}\s*月\d{1,2}\s*日\s*$)")
# PDF line wrap between a figure and its unit: a prose line (a sentence mark on it) ending in a number, the next
# line opening with the unit (`…合同金额5,207.41` / `万元，占…`), the unit followed by no ideograph of a word it
# would begin (`人民`, `个人`) but a pause, the line's end or a particle a figure takes (的, 比, 占, 较, 左右, 以上)
_UNIT_WRAP = re.compile(rf"(?m)^(?=[^\n|]*[。，；：])([^\n]{{10,}}\d)\n"
                        r"(?=(?:[万亿千]?(?:元|人次|人|所|个|名|平方米|台|套|辆|间|册|学时)|%)"
                        rf"(?:[^{_CJK}]|$|[的比占较左以]))")
# PDF line-wrap residue: a space between two ideographs (`各 学校`); Chinese has no word spaces. Rows of
# rendered tables keep theirs: a joined header puts one between its parts (`2020年 现状`).
_CJK_GAP = re.compile(rf"(?<=[{_CJK}]) +(?=[{_CJK}])")
_SENTENCE_MARK = re.compile(r"[。，；：:;]")  # a line with one is prose, never a table's header
_MANY_BLANKS = re.compile(r"\n{4,}")  # 3+ blank lines → 2
# Page tool bars of government and newspaper sites: lines made only of tool words, e.g.
# `下载 打印 全屏 收藏`, `【字号：加大 还原 减小】`, `【字体：大 中 小】`, `打印本页 关闭窗口`, `分享到：微信 微博`.
_TOOL_WORDS = frozenset(
    "下载 打印 全屏 收藏 关闭 关闭窗口 打印本页 打印此页 打印文章 保存 保存本页 纠错 我要纠错 复制链接 返回 返回顶部 "
    "分享 分享到 字号 字体 文字 大 中 小 加大 减小 还原 默认 放大 缩小 标准 微信 微博 朋友圈 qq qq空间 新浪微博 "
    "收藏本页 加入收藏 视力保护色 浏览次数 阅读 t".split())
_TOOL_SPLIT = re.compile(r"[\s|｜/、【】\[\]()（）:：>＞·•]+")
# A breadcrumb of any site: `您的位置：首页 > 本省要闻`, `首页 > 政府信息公开 > 政府工作报告`.
_TRAIL = re.compile(r"^\s*(?:(?:您的位置|你的位置|[当當]前位置|所在位置)\s*[:：])?\s*首[页頁]?\s*[>＞›»]"
                    r"(?:[^>＞›»。\n]{1,20}[>＞›»]?){1,6}\s*$|^\s*(?:您的位置|你的位置|[当當]前位置)\s*[:：].{0,60}$")
# Photo credits and captions with a credit: `…某某日报记者张三摄`, `（记者 王五 摄）`, `图片来源：…`.
_PHOTO = re.compile(r"^.{0,80}(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff、\s]{2,16}(?:摄|攝)\s*[)）]?\s*$"
                    r"|^\s*(?:图片来源|圖片來源|图片|圖片)\s*[:：].{0,40}$|^.{0,40}(?:供图|供圖)\s*$")
# Teasers for a special page: `》》点击图片进入专题《《`.
_TEASER = re.compile(r"^\s*[》>]*\s*(?:点击|點擊).{0,16}(?:进入|進入|查看).{0,10}[《<]*\s*$")
# A trailer of related links that ends an article: `相关报道：`, `相关链接`, `相关文档：`, `相关附件` …
_RELATED = re.compile(r"^\s*(?:相关|相關|延伸)(?:报道|報道|链接|鏈接|文档|文檔|附件|新闻|新聞|阅读|閱讀|稿件|文章)"
                      r"\s*[:：]?\s*$")
# A web page's closing site footer and the navigation above it (government and school sites):
# `上一篇：…`/`下一篇：…`, `友情链接：…`, `主办单位：…  地址：…  联系电话：…`, `网站标识码…  X ICP备…号
# X公网安备…号`, `版权所有 …`. Every such line starts the footer; a site's registration or copyright line
# (_SITE_MARK) must be in it, so a closing line of the document itself is never taken for it.
_SITE_MARK = re.compile(r"版权所有|版權所有|网站标识码|網站標識碼|ICP[备備]|公网安备|公網安備|Copyright|©")
_FOOTER_LINE = re.compile(r"^\s*(?:上一[篇条條]|下一[篇条條]|友情[链鏈]接|相[关關][链鏈]接)\s*[:：]"
                          rf"|{_SITE_MARK.pattern}|网站地图|網站地圖|技术支持\s*[:：]|技術支持\s*[:：]")
# the site's owner (`主办单位：…`) opens the footer only beside a site mark, on its line or the next one: an event
# notice closes with its own 主办单位/承办单位 lines
_HOST_LINE = re.compile(r"^\s*(?:主办|主辦|承办|承辦)(?:单位|單位)?\s*[:：]")
MAX_FOOTER_LINE = 160


def clean(text: str) -> str:
    text = strip_pinyin(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    lines = _drop_related(_drop_footer(_drop_runs(text.split("\n"))))
    text = "\n".join(line for line in lines if not _is_furniture(line))
    text = _ORPHAN_NOTE.sub("", _PLACEHOLDERS.sub("", text))
    text = _UNIT_WRAP.sub(r"\1", _BOLD.sub(r"\1", text))
    joined = _PAGE_BREAK.sub(r"\1", text)
    while joined != text:  # a joined line may be cut again (`…发展的` / `主要预期目标` / `是：…`)
        text, joined = joined, _PAGE_BREAK.sub(r"\1", joined)
    lines = text.split("\n")
    spaced = _spaced_rows(lines)
    text = "\n".join((line if line.startswith("|") or k in spaced else _CJK_GAP.sub("", line)).rstrip()
                     for k, line in enumerate(lines))
    return _MANY_BLANKS.sub("\n\n\n", text).strip("\n")


# A cell of numbers in a row of space-separated cells (`312`, `46.10`, `1,236`, `95%`), or a day (`3月2日`: a
# timetable's cells, which the table reader takes for values as well)
_NUMBER_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]")
_SPACED_ROWS_MIN = 2


def _spaced_rows(lines: list[str]) -> set[int]:
    """Lines of a table OCR or a text layer wrote as space-separated cells: a header of three or more cells
    over two or more lines of as many cells (one fewer on a 合计 row whose label spans the 序号 column),
    each with two or more numbers. Their gaps are the cell borders (`序号 乡镇 小学（人）`, `1 某镇 中心小学
    312`), not line-wrap residue: closing them would run the header's words into one cell."""
    kept: set[int] = set()
    k = 0
    while k < len(lines):
        width = len(lines[k].split())
        rows = k + 1
        while rows < len(lines) and len(cells := lines[rows].split()) in (width, width - 1) \
                and sum(bool(_NUMBER_CELL.fullmatch(c)) for c in cells) >= 2:
            rows += 1
        if width >= MIN_SPACED_COLUMNS and rows - k - 1 >= _SPACED_ROWS_MIN \
                and not _SENTENCE_MARK.search(lines[k]):
            kept.update(range(k, rows))
            k = rows
        else:
            k += 1
    return kept


def index_items(text: str) -> list[str]:
    """Items of the index blocks (`[ 發文字號 ]`, `某府發〔2021〕20號`, …) in order, bullets removed."""
    lines = text.replace("\r\n", "\n").split("\n")
    return [_bullet_text(line) for start, end in _index_runs(lines) for line in lines[start:end]]


def _is_furniture(line: str) -> bool:
    if sum(term in line for term in _SPAM_TERMS) >= 3:
        return True
    if any(p.match(line) for p in (_BREADCRUMB, _SHARE, _TRAILER, _BYLINE, _DISCLAIMER, _TRAIL, _PHOTO, _TEASER)):
        return True
    return _is_tool_bar(line)


def _is_tool_bar(line: str) -> bool:
    """Every word of the line is a page tool (`下载 打印 全屏 收藏`, `【字号：大 中 小】`); one tool word
    alone counts only if it is more than one character (`打印`, not `中`)."""
    if len(line) > 60 or "。" in line:
        return False
    words = [w for w in _TOOL_SPLIT.split(to_simplified(line).lower()) if w]
    return bool(words) and all(w in _TOOL_WORDS for w in words) and (len(words) > 1 or len(words[0]) > 1)


def _drop_related(lines: list[str]) -> list[str]:
    """An article's closing `相关报道：` label and the link titles after it (short lines, no sentence)."""
    for i, line in enumerate(lines):
        if _RELATED.match(line) and all(len(rest) <= 80 and "。" not in rest for rest in lines[i + 1:]):
            return lines[:i]
    return lines


def _drop_footer(lines: list[str]) -> list[str]:
    """A page's site footer: in the closing lines that hold no sentence (no 。, short), everything from
    the first footer line on, when a site mark (ICP备, 网站标识码, 版权所有 …) is among them. A contact
    line of the footer (`地址：…联系电话：…`) carries no mark of its own; it goes with its footer."""
    start = len(lines)
    while start and (not lines[start - 1].strip()
                     or "。" not in lines[start - 1] and len(lines[start - 1]) <= MAX_FOOTER_LINE):
        start -= 1
    first = next((i for i in range(start, len(lines)) if _FOOTER_LINE.search(lines[i])
                  or _HOST_LINE.search(lines[i]) and _site_mark_at(lines, i)), None)
    if first is None or not any(_SITE_MARK.search(line) for line in lines[first:]):
        return lines
    return lines[:first]


def _site_mark_at(lines: list[str], i: int) -> bool:
    """A site mark on line i or the next line that is not blank."""
    return any(_SITE_MARK.search(line) for line in [lines[i], *[x for x in lines[i + 1:] if x.strip()][:1]])


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
