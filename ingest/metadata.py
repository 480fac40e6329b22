"""Document metadata: read from the text where it states it, corrected by the hand-made manifest.

`extract_meta` takes the RAW text (as loaded, before ingest/clean.py): the government site's
index block (`• [ 發文字號 ]` …) and a news site's byline carry 文号, 发布机构 and dates, and
cleaning removes both. Headline and signature are read from the cleaned text. Each field of the
manifest entry (corpus/manifest.json) wins over the extracted value; `sha256` and `encoding` are
set by the pipeline. Titles, issuers and numbers keep the original script; regions and genres
are stored in Simplified.

Layouts read: government notices (index block, `关于印发《X》的通知`, 文号 line, signature), news
articles (headline, byline or `来源：`/`时间：` lines), briefings (masthead, issue, date), speeches and
work reports (title, a subtitle `——2026年1月26日在…会议上` that dates the speech, a speaker line
`…省长 孟凡利`), plans and self-evaluation reports (title over one or two lines). Regions come from
the national gazetteer (ingest/places.py): the places the title names, else the head lines
(subtitle, source, speaker), else the signing body, else the places the text names most.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ingest.clean import clean, index_items
from ingest.models import DocMeta
from ingest.normalize import strip_pinyin, to_simplified
from ingest.numerals import CN_DIGITS, CN_YEAR, arabic_digits
from ingest.places import Mention, Place, Unlisted, find_places, find_unlisted, gazetteer, unlisted_place

MANIFEST = "manifest.json"
MANUAL_FIELDS = {"title", "issuer", "region", "date", "number", "genre", "script"}
HEAD_LINES = 8  # title, masthead, byline, 文号 and issue date all sit in the first lines
PAGE_HEAD_LINES = 30  # … under a web page's menu lines, down to the first prose
TRADITIONAL_SHARE = 0.05  # t2s changes ~20–30% of a Traditional text's ideographs, ~0% of a Simplified one

GENRES = (("自查自评报告", "自评报告"), ("自评报告", "自评报告"), ("工作报告", "工作报告"), ("规划", "规划"),
          ("工作总结", "工作总结"), ("总结", "工作总结"), ("工作要点", "工作要点"),
          ("纲要", "规划"), ("计划", "计划"), ("简报", "简报"), ("通知", "通知"), ("意见", "意见"), ("方案", "方案"),
          ("办法", "办法"), ("决定", "决定"), ("讲话", "讲话"), ("发言", "会议发言"), ("报告", "报告"))

_N = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
# yyyy年m月d日 (Arabic or Chinese digits), yyyy-mm-dd, and the Minguo calendar of Traditional-script
# documents from Taiwan (中華民國114年3月5日 = 2025-03-05)
DATE = re.compile(rf"(?P<y>\d{{4}}|{CN_YEAR.pattern})\s*年\s*(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*日"
                  r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
                  r"|(?:中華民國|中华民国|民國|民国)\s*(?P<ry>\d{2,3})\s*年\s*(?P<rm>\d{1,2})\s*月\s*(?P<rd>\d{1,2})\s*日")
ROC_EPOCH = 1911
# a date naming only its month (`2024年3月` under a report's issuer, `2021年9月印发`): the document's year and
# month, stored as yyyy-mm (ISO 8601 reduced precision) — the year is what its 今年/去年 are counted from
_MONTH = re.compile(rf"(?P<y>\d{{4}}|{CN_YEAR.pattern})\s*年\s*(?P<m>{_N})\s*月")
# 某府發〔2021〕20號, 教督〔2017〕6号: issuer abbreviation, year in brackets, serial number.
# the 签发人 of a report or reply, printed on the 文号's line (GB/T 9704-2012 党政机关公文格式 7.2.4)
SIGNER = re.compile(r"[签簽][发發]人\s*[:：]\s*(?P<name>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*)\s*$")
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*[号號]")
_LABELS = (r"发文字号|發文字號|文号|文號|发文机关|發文機關|发布机构|發布機構|发布单位|發布單位|发文单位|發文單位|"
           r"成文日期|发文日期|發文日期|"
           r"发布日期|發布日期|發佈日期|发布时间|發布時間|發佈時間|播出时间|播出時間|播出日期|"
           r"时间|時間|来源|來源|信息来源|信息來源")
_LABELLED = re.compile(rf"^\s*(?P<label>{_LABELS})\s*[:：]\s*(?P<value>\S.*?)?\s*$")
_LABEL_FIELD = {"发文字号": "number", "文号": "number", "发文机关": "issuer", "发布机构": "issuer",
                "发布单位": "issuer", "发文单位": "issuer",
                "成文日期": "date", "发文日期": "date", "发布日期": "published", "发布时间": "published",
                "时间": "published", "来源": "source", "信息来源": "source",
                # a broadcast programme's transcript is dated by its airing
                "播出时间": "published", "播出日期": "published"}
_GENERIC_LABELS = {"时间", "来源", "信息来源"}
_NEXT_LABEL = re.compile(rf"[\s\u3000]({_LABELS})\s*[:：]")
# A web page's furniture after a value on the same line (`浏览次数：1286 【字体：大 中 小】【打印】`).
_FURNITURE_TAIL = re.compile(r"[\s\u3000]*(?:(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問)(?:次数|次數|数|數|量)?"
                             r"\s*[:：]|【).*$")
# A speech's subtitle dates it: `——2026年1月26日在某省第十四届人民代表大会…上`.
_DELIVERED = re.compile(rf"^[—–\-－\s]*(?P<date>(?:\d{{4}}|{CN_YEAR.pattern})\s*年[^在。]{{2,12}}?日)\s*在")
# The speaker line of a speech or report: office, role and name (`某省人民政府省长 张三`, `省长　李四`).
_ROLE = (r"省长|市长|县长|区长|州长|盟长|旗长|主席|书记|局长|厅长|主任|部长|校长|"
         r"省長|市長|縣長|區長|州長|盟長|旗長|書記|局長|廳長|部長|校長")
# Cleaning removes the space between ideographs, so the name is told by its length: 2–4 characters,
# or a transcribed name with a middle dot (艾尔肯·吐尼亚孜).
_SPEAKER_LINE = re.compile(rf"(?P<office>[\u4e00-\u9fff][\u4e00-\u9fff、]{{0,23}}?|)(?P<role>{_ROLE})[\s\u3000]*"
                           r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff·•]{1,12})\s*$")
_HEADS_OF_GOVERNMENT = {"省长", "市长", "县长", "区长", "州长", "盟长", "旗长", "主席"}
_PUBLISHED_AT = re.compile(r"^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[\s\d:时分秒]*$")
_MASTHEAD = re.compile(r"^\s*(?P<org>\S.*?)\s*(?:简|簡)\s*(?:报|報)\s*$")  # 某市教育委员会 简 报
_ISSUE = re.compile(r"^\s*(第\s*\d{1,4}\s*期)\s*$")
# A news byline: posting date and time, then the site (`2020年12月23日 14:19教育裝備網`).
_BYLINE = re.compile(r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2})\s*\d{1,2}:\d{2}(?::\d{2})?"
                     r"\s*(?P<site>\S.{0,30}?)\s*$")
# A news item's outlet and date on one line, either way round (`衡阳日报 2025年5月6日`).
_OUTLET = r"[\u4e00-\u9fff]{2,20}?(?:日报|日報|晚报|晚報|时报|時報|报|報|网|網|电视台|電視台|融媒体中心|融媒體中心)"
_DATED_SOURCE = re.compile(rf"^(?P<site>{_OUTLET})[\s\u3000]+(?P<date>\d{{4}}[年-]\S+)$"
                           rf"|^(?P<date2>\d{{4}}[年-]\S+?)[\s\u3000]+(?P<site2>{_OUTLET})$")
# A reporter's byline (`本报记者 某某 通讯员 某某`, `（某某日报记者某某）2024年9月9日`): who wrote the article,
# never its title; the date beside it is the article's.
_REPORTER = re.compile(r"本[报報]|[记記]者|通[讯訊][员員]")
_LEADING_BRACKET = re.compile(r"^[（(][^（()）]{0,40}[）)]")
# An office and the day it issued the document on one line under the title: `某县教育局 2025年2月14日`.
# Offices issuing jointly stand side by side on that line (`某市教育局 某市统计局 2026年3月`).
_ISSUING_OFFICE = r"[\u4e00-\u9fff]{2,30}?(?:人民政府|委员会|委員會|教委|政府|中心|[局厅廳处處室])"
_ISSUED_ON = re.compile(rf"^(?P<org>{_ISSUING_OFFICE}(?:[\s\u3000]+{_ISSUING_OFFICE})*)[\s\u3000]+(?P<date>\S+[日月])$")
# The red head of an official document: `某县教育局文件` above its 文号 and title.
_RED_HEAD = re.compile(r"^\S{2,30}文件$")
# A speech titled by its speaker: `张某某同志在全市教育大会上的讲话`.
_TITLE_SPEAKER = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?在.{2,40}上的(?:讲话|講話|发言|發言|致辞|致辭)")
# The printing line closing an official document: `某县教育局办公室　2025年3月12日印发`.
# The same line under a plan's or programme's title (`某县人民政府办公室　2023年3月14日印发`, or only the
# month: `2021年9月印发`) names who issued it.
_PRINTED = re.compile(r"^(?P<org>\S.{1,40}?)[\s\u3000]+(?P<date>\S+?[日月])\s*印[发發]$")
_NOTICE = re.compile(r"(?:关于|關于|關於)印[发發](?P<title>.+?)的通知")
# the body signing a document: a government, a bureau (教育局, 教育体育局), a commission, an office
# (办公室, 督导室), a centre
_ORG_SUFFIX = re.compile(r"(?:人民政府|委员会|委員會|教委|政府|中心|[局厅廳处處室])$")
# one issuing body (a 委组织部 or 宣传部 too); a document several bodies issue jointly lists them on one
# head line, apart by spaces, above or under its title
_ONE_ORG = r"[\u4e00-\u9fff]{2,30}?(?:人民政府|委员会|委員會|教委|政府|中心|[局厅廳处處室部])"
_ORG_CHAIN = re.compile(rf"(?:{_ONE_ORG}){{2,}}")
# a signature the text layer ran into one line: the body, a seal's mark left in the text (`（印）`,
# `（章）`), then the day or the month it signed (`某区人民政府2024年9月20日`, `某局（印） 2025年12月`)
_GLUED_SIGNATURE = re.compile(rf"^(?P<org>{_ONE_ORG})\s*(?:[（(][印章][）)])?\s*"
                              r"(?P<date>(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年(?:.{1,6}日|\d{1,2}月|[〇一二三四五六七八九十]{1,3}月))$")
# … and one the text layer ran into the attachment's head printed after it (`某局2026年2月10日附件：…名录`): a
# document's attachments follow its signature (GB/T 9704-2012 党政机关公文格式), so it need not close the text
_SIGNED_ABOVE_ATTACHMENT = re.compile(_GLUED_SIGNATURE.pattern.removesuffix("$") + r"\s*附件\s*\d*\s*[:：]")
# the body an official speaks for: the office named before the posts (`某县教育局党组书记、局长`)
_OFFICE_BODY = re.compile(r"^[\u4e00-\u9fff]*(?:人民政府|委员会|委員會|政府|中心|[局厅廳处處室])")
_COORDINATED = re.compile(r"[、，,和与及\s]*")  # what may stand between places listed side by side
# what may stand before a place where a title or an issuer line names it: nothing, a field's label
# (`发布机构：`), a year, an opening bracket or quote, 在/对 (`在某某县…会议上的讲话`); or the issuer and
# 关于 of a notice's title (`某省…办公室关于某某县…的反馈意见`), with the verb of its matter and a year
# between (`关于做好某某县…的实施方案`, `关于分配2026年某某县…资金的通知`)
_NAME_LEAD = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[:：])?[\s\d年月日（(【\[“《]*(?:在|对|對)?"
                        r"|.*(?:关于|關於|关於)(?:[\u4e00-\u9fff]{1,4}?[\s\d]*年?)?")
# an unlisted name (ingest/places.py: a division's shape the gazetteer lacks) repeated this often is the
# text's place when neither title nor head lines name one (a speech `在全县…会议上的讲话`)
REPEATED = 3
_BARE_TITLES = re.compile(r"(?:\d{4}年)?(?:政府工作报告|工作报告|政府工作報告|工作報告)$")
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{1,10}[省市县区縣區州][:：]")
# An official letter (函) of Taiwan's document system: `某市政府教育局　函` heads it, labelled lines follow
# (受文者 the addressee, 發文日期, 發文字號), then 主旨 states the matter in one sentence closed by the
# request to the addressee (`，請查照。`, `，請鑒核。`), then 說明 items. Its title is the matter.
_LETTER_HEAD = re.compile(r"^(?P<org>[^\s:：，,。关關的]{2,30}?)[\s\u3000]*函$")
_SUBJECT = re.compile(r"^\s*主[\s\u3000]*旨\s*[:：]\s*(?P<value>.*?)\s*$")
_LETTER_LABEL = re.compile(r"^\s*(?:[說说][\s\u3000]*明|辦[\s\u3000]*法|办[\s\u3000]*法|正[\s\u3000]*本|副[\s\u3000]*本"
                           r"|[一二三四五六七八九十]+、)")
# the request closing a 主旨: 請查照, 請鑒核, 請查照並轉知所屬, 敬請惠允見復, 希照辦, 復請查照
_REQUEST = re.compile(r"[，,]\s*(?:[請请]|敬[請请]|惠[請请]|復[請请]|复[请]|希|隨文|随文|特此)[^，,。]*[。.]?$")
LETTER_LINES = 30  # the 函 head: file number, head, address lines, addressee, date, number, 主旨
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、])")


class ManifestError(ValueError):
    """The manifest cannot be used; the message names the file, document and field."""


def load_manifest(corpus_dir: Path) -> dict[str, dict[str, Any]]:
    """`documents` of corpus_dir/manifest.json (file name → fields); {} when there is no manifest."""
    path = Path(corpus_dir) / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ManifestError(f"{path}: invalid JSON at line {e.lineno} column {e.colno}: {e.msg}") from e
    except UnicodeDecodeError as e:
        raise ManifestError(f"{path}: not UTF-8 ({e.reason} at byte {e.start})") from e
    documents = data.get("documents", {}) if isinstance(data, dict) else None
    if not isinstance(documents, dict):
        raise ManifestError(f"{path}: expected an object with a \"documents\" object (file name → fields)")
    for name, entry in documents.items():
        _check_entry(entry, f"{path}: document {name!r}")
    return documents


def extract_meta(raw_text: str, source: str, manual: dict[str, Any] | None = None,
                 declared: dict[str, str] | None = None) -> DocMeta:
    """`declared`: what the file states apart from its text (an HTML page's meta tags and `<title>`,
    ingest/load.py html_head): its title wins over the text's headline, its date and issuer fill
    what the text does not state."""
    manual = manual or {}
    declared = declared or {}
    _check_entry(manual, f"manifest entry of {source!r}")
    text = clean(raw_text)
    head = _head_lines(raw_text)
    front = _front_lines(text)
    index = _index_fields(raw_text)
    labelled = _labelled_fields(raw_text)
    masthead = next((m for m in map(_MASTHEAD.match, head) if m), None)
    byline = next((m for m in map(_BYLINE.search, head) if m), None)
    dated = _dated_source(head)
    issued = _issued_on(head)
    speaker = next((m for m in map(_SPEAKER_LINE.search, front) if m), None)
    delivered = next((iso_date(d) for d in (DATE.match(m["date"]) for m in map(_DELIVERED.match, front) if m)
                      if d and iso_date(d)), "")
    letter = _letter(raw_text)
    # a page's `<title>` that is also a line of its text is its headline: the lines above it are the
    # site's navigation (首页 > 政务公开 > 通知公告), not a title
    page_title = declared.get("page_title", "")
    headline = page_title if page_title and page_title in {ln.strip() for ln in text.splitlines()} else ""
    title = letter[1] or declared.get("title") or headline or _title(text) or page_title
    mentions = find_places(text)
    places = _regions(text, title, front, mentions)
    issuer = (index.get("issuer") or labelled.get("issuer") or letter[0] or declared.get("issuer")
              or _joint_issuers(head)
              or _masthead_issuer(masthead, head)
              or _speaker_issuer(speaker, places)
              or (_site(byline["site"]) if byline else "") or labelled.get("source", "") or dated[0] or issued[0]
              or _signature_issuer(text) or _printed_issuer(text)
              or next((line for line in head[:2] if re.fullmatch(_ONE_ORG, line)), ""))  # a body alone atop
    date = (index.get("date") or labelled.get("date") or delivered or _head_date(head) or dated[1] or issued[1]
            or index.get("published") or labelled.get("published") or _declared_date(declared)
            or _signature_date(text)
            or _printed_date(text))
    meta = DocMeta(
        title=_qualified_title(title, places, mentions, delivered),
        issuer=issuer,
        date=date,
        number=(index.get("number") or labelled.get("number") or _standalone_number(text)
                or _briefing_number(masthead, head)),
        region=[p.name for p in places],
        genre=("函" if letter[0] else "简报" if masthead else _genre(title)
               or ("新闻" if (byline or dated[0]) and not speaker else "")),
        script="traditional" if is_traditional(text) else "simplified",
        source=source,
        region_ids=[p.id for p in places],
        places=list(dict.fromkeys(m.place.id for m in mentions)),
        speaker=speaker["name"] if speaker else _title_speaker(title),
    )
    for key, value in manual.items():
        if key in MANUAL_FIELDS and value:  # an empty value leaves the extracted one
            setattr(meta, key, _split_regions(value) if key == "region" else value)
    if manual.get("region"):
        meta.region_ids = _region_ids(meta.region, meta.places)
    return meta


# a year as a title writes it (`2024年`), not a span of years (`2023—2025年`, `2021-2025`)
_TITLE_YEAR = re.compile(r"(?<![\d—–\-~～至到])((?:19|20)\d\d)\s*年(?!\s*[—–\-~～至到])")
_TITLE_SPAN = re.compile(r"(?:19|20)\d\d\s*年?\s*[—–\-~～至到]\s*(?:19|20)\d\d")


# reports that come out only once the year they report on has closed: a 决算 is drawn up after the budget year
# ends (预算法 第七十四–七十七条), a statistics bulletin publishes the year ended (统计法实施条例 第二十条), an
# annual 政府信息公开 report is due by 31 January of the next year (政府信息公开条例 第五十条)
_AFTER_ITS_YEAR = ("决算", "统计公报", "年度报告")


def closed_year(title: str) -> int | None:
    """The one year a title names when the document reports on it after it closed (`2023年度部门决算`,
    `2022年教育事业发展统计公报`): such a document is issued in the year after, whether dated or not."""
    simple = to_simplified(title)
    return titled_year(simple) if any(genre in simple for genre in _AFTER_ITS_YEAR) else None


def reported_year(title: str, date: str) -> int | None:
    """The year a document reports on when that is not the year it was issued: the one year its title
    names, earlier than its date's (an annual statistics bulletin, a 决算 or a work summary on year Y is
    issued in Y+1: `2022年教育事业发展统计公报` of 2023-04-12 states 2022's figures), or, undated, the
    year of a report on a closed year (closed_year). None for a title naming a span of years (a plan),
    several years, none, or the issue year itself."""
    if not date[:4].isdigit():
        return closed_year(title)
    year = titled_year(title)
    return year if year and year < int(date[:4]) else None


def titled_year(title: str) -> int | None:
    """The one year a title names (`2026年部门预算`), None for a span of years (a plan), several or none."""
    if _TITLE_SPAN.search(title):
        return None
    years = set(_TITLE_YEAR.findall(title))
    return int(years.pop()) if len(years) == 1 else None


# genres that look back on the year before the one their title names: a 2026年政府工作报告 (or the speech at a
# year's first meeting) reviews 2025 as 过去一年 in sentences that name no year
_LOOKS_BACK = ("工作报告", "讲话", "会议发言")


def own_year(meta: DocMeta) -> int | None:
    """The one year a document's title names that its sentences naming none speak for (`2026年部门预算`,
    `2025年…工作要点`); None for a genre looking back on the year before it, or a title naming no single year."""
    return None if meta.genre in _LOOKS_BACK else titled_year(meta.title)


def is_traditional(text: str) -> bool:
    ideographs = "".join(re.findall(r"[\u4e00-\u9fff]", text))
    if not ideographs:
        return False
    changed = sum(a != b for a, b in zip(ideographs, to_simplified(ideographs)))
    return changed / len(ideographs) >= TRADITIONAL_SHARE


def calendar_date(text: str) -> str:
    """`text` as a whole a date: yyyy-mm-dd, or yyyy-mm when it names only the month; '' otherwise."""
    text = text.strip()
    day = DATE.fullmatch(text)
    if day:
        return iso_date(day)
    month = _MONTH.fullmatch(text)
    if not month or not 1 <= _cn_number(month["m"]) <= 12:
        return ""
    return f"{_cn_number(month['y']):04d}-{_cn_number(month['m']):02d}"


def written_date(text: str, iso: str) -> re.Match | None:
    """Where `text` first writes the date `iso` (yyyy-mm-dd or yyyy-mm) in any of its forms, or None."""
    for rx in (DATE, _MONTH) if len(iso) > 7 else (_MONTH,):
        found = next((m for m in rx.finditer(text) if (iso_date(m) if rx is DATE else calendar_date(m.group()))
                      == iso), None)
        if found:
            return found
    return None


def iso_date(match: re.Match) -> str:
    """A DATE match as yyyy-mm-dd ('' when it is no calendar date)."""
    if match["iy"]:
        y, m, d = int(match["iy"]), int(match["im"]), int(match["id"])
    elif match["ry"]:
        y, m, d = ROC_EPOCH + int(match["ry"]), int(match["rm"]), int(match["rd"])
    else:
        y, m, d = _cn_number(match["y"]), _cn_number(match["m"]), _cn_number(match["d"])
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return ""


# --- the fields ----------------------------------------------------------------------------------

def _index_fields(raw_text: str) -> dict[str, str]:
    """`[ label ]` / value pairs of the index block; a label without a value (`[ 有效性 ]`) is skipped."""
    items = index_items(raw_text)
    out: dict[str, str] = {}
    for label, value in zip(items, items[1:]):
        name = re.fullmatch(r"\[\s*(.+?)\s*\]", label)
        if name and not value.startswith("["):
            _store(out, name[1], value)
    return out


def _labelled_fields(raw_text: str) -> dict[str, str]:
    """`label：value` lines of the head and index; a label alone on its line takes the next line."""
    out: dict[str, str] = {}
    # an index block set as a table (`| 发布机构： | 某市人民政府办公室 |`): its cells as `label：value` pairs
    lines = [re.sub(r"\s*\|\s*", "\u3000", line).strip("\u3000") if line.lstrip().startswith("|") else line
             for line in raw_text.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        for part in _label_parts(line):
            m = _LABELLED.match(part)
            if m and i >= 2 * HEAD_LINES and to_simplified(m["label"]) in _GENERIC_LABELS:
                continue  # `时间：` in the body is a meeting's time, not the article's
            if m:
                following = lines[i + 1] if i + 1 < len(lines) else ""
                value = m["value"] or ("" if _LABELLED.match(following) else following.strip())
                _store(out, m["label"], value)
    return out


def _label_parts(line: str) -> list[str]:
    """A line holding several `label：value` pairs (`发布时间：2025-08-30 09:12　来源：市教育局`)
    split before each label that follows a space."""
    starts = [0] + [m.start(1) for m in _NEXT_LABEL.finditer(line)]
    return [line[a:b] for a, b in zip(starts, starts[1:] + [len(line)])]


def _store(out: dict[str, str], label: str, value: str) -> None:
    key = _LABEL_FIELD.get(to_simplified(label))
    value = _FURNITURE_TAIL.sub("", value)
    if key in ("date", "published"):
        m = DATE.search(value)
        value = iso_date(m) if m else ""
    if key == "source" and (dated := _DATED_SOURCE.match(value)):  # `来源：某市日报　2025年1月16日`
        value = dated["site"] or dated["site2"]
    if key and value and key not in out:
        out[key] = value


def _head_lines(raw_text: str, count: int = HEAD_LINES) -> list[str]:
    lines = [line.strip() for line in raw_text.splitlines() if line.strip()]
    return lines[:count]


def _title(text: str) -> str:
    """`关于印发《X》的通知` → X; else the first headline above the first paragraph of prose
    (bylines, source and time lines, a speech's subtitle and speaker line are no headlines)."""
    head = _head_lines(text)
    for line in head[:3]:
        m = _NOTICE.search(line)
        if m:
            return m["title"].strip("《》")
    issuer_above = ""  # the issuing body alone on a line of its own, above a 文号 or the headline itself
    for i, line in enumerate(head):
        if "。" in line or len(line) > 60:
            return issuer_above  # prose before any other headline
        if (_MASTHEAD.match(line) or _ISSUE.match(line) or DATE.fullmatch(line) or _PUBLISHED_AT.match(line)
                or _speaker_only(line) or _NUMBERED.match(line) or _LABELLED.match(line)
                or _DELIVERED.match(line) or _SPEAKER_LINE.search(line) or _BYLINE.search(line)
                or _RED_HEAD.match(line) or DOC_NUMBER.fullmatch(SIGNER.sub("", line).strip())
                or _DATED_SOURCE.match(line)
                or line.startswith(("——", "—")) or _reporter_line(line)):
            continue
        follow = head[i + 1] if i + 1 < len(head) else ""
        chain = _ORG_CHAIN.fullmatch(line)
        # the body or bodies issuing it, alone on the top line: the title is theirs, the `关于…` under them
        if chain or re.fullmatch(_ONE_ORG, line):
            if follow.startswith(("关于", "關於", "關于")):
                return line + follow
            if chain:
                continue
            if _MASTHEAD.match(follow):
                return line + follow  # a briefing's name under its body: `某局` / `某某工作简报`
            if not (follow and len(follow) <= 12 and _genre(follow)) and not issuer_above:
                # letters, replies and briefings print the body's name first, then a 文号 or issue line, then
                # the headline: the name is the issuer, the headline further down the title
                issuer_above = line
                continue
        if follow and len(follow) <= 12 and _genre(follow) and "。" not in follow:
            return line + follow  # a title set on two lines: `…发展区` / `自查自评报告`
        return issuer_above + line if issuer_above and line.startswith(("关于", "關於", "關于")) else line
    return issuer_above


def _reporter_line(line: str) -> bool:
    return len(line) <= 40 and bool(_REPORTER.search(line))


def _speaker_only(line: str) -> bool:
    """`某某县：` opening a turn of a transcript; `某某县：城乡…` with a headline after the colon is a
    news headline that leads with its place."""
    m = _SPEAKER.match(line)
    return m is not None and len(line) - m.end() < 6


def _letter(raw_text: str) -> tuple[str, str]:
    """(issuer, title) of an official letter (函, see _LETTER_HEAD); ("", "") for any other layout.
    The title is the 主旨 (it may wrap over lines up to 說明) without its closing request."""
    lines = [line.strip() for line in raw_text.splitlines() if line.strip()][:LETTER_LINES]
    issuer = next((re.sub(r"[\s\u3000]+", "", m["org"]) for m in map(_LETTER_HEAD.match, lines) if m), "")
    at = next((i for i, line in enumerate(lines) if _SUBJECT.match(line)), None)
    if not issuer or at is None:
        return "", ""
    subject = _SUBJECT.match(lines[at])["value"]  # type: ignore[index]
    for line in lines[at + 1:]:
        if _LETTER_LABEL.match(line) or _LABELLED.match(line) or subject.endswith("。"):
            break
        subject += line
    previous = None
    while previous != subject:  # `…，請查照並轉知所屬，請…。`: every closing request
        previous, subject = subject, _REQUEST.sub("", subject)
    return issuer, subject.rstrip("。.；; ")


def _declared_date(declared: dict[str, str]) -> str:
    """A meta tag's date: `2023-06-12 09:30`, `2023-06-12T09:30:00+08:00`, `2023年6月12日`."""
    m = DATE.search(declared.get("date", "").replace("T", " "))
    return iso_date(m) if m else ""


_SOURCE_LABEL = re.compile(r"^(?:来源|來源|信息来源|信息來源)\s*[:：]\s*")


def _site(site: str) -> str:
    """A byline's site without a `来源：` label the line put before it."""
    return _SOURCE_LABEL.sub("", strip_pinyin(site))


def _issued_on(head: list[str]) -> tuple[str, str]:
    """(office, ISO date) of a head line `某县教育局 2025年2月14日`; ("", "") if none."""
    for line in head:
        m = _ISSUED_ON.match(line)
        date = calendar_date(m["date"]) if m else ""
        if m and date:
            return m["org"], date
    return "", ""


def _dated_source(head: list[str]) -> tuple[str, str]:
    """(outlet, ISO date) of a head line `衡阳日报 2025年5月6日` (or date first); ("", "") if none."""
    for line in head:
        m = _DATED_SOURCE.match(_SOURCE_LABEL.sub("", line))  # `来源：某市日报　2025年1月16日` too
        d = DATE.match(m["date"] or m["date2"]) if m else None
        if m and d and iso_date(d):
            return m["site"] or m["site2"], iso_date(d)
    return "", ""


def _title_speaker(title: str) -> str:
    m = _TITLE_SPEAKER.match(title)
    return m["name"] if m and not re.search(rf"(?:{_ROLE})$", m["name"]) else ""


def _printed_lines(text: str) -> list[re.Match]:
    """Printing lines (_PRINTED) under the title or closing the document."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [m for m in map(_PRINTED.match, lines[:HEAD_LINES] + lines[-5:][::-1]) if m]


def _printed_date(text: str) -> str:
    """The date of a printing line (a last resort date; one naming only the month dates it to the month)."""
    return next((d for d in (calendar_date(m["date"]) for m in _printed_lines(text)) if d), "")


def _printed_issuer(text: str) -> str:
    return next((re.sub(r"\s+", "", m["org"]) for m in _printed_lines(text) if _ORG_SUFFIX.search(m["org"])), "")


def _head_date(head: list[str]) -> str:
    """A date opening one of the first lines (after a byline's URL), or ending a reporter's byline: the
    issue or posting date."""
    for line in head:
        line = re.sub(r"^https?://[\w.-]+?\.[a-z]{2,6}(?=\d{4})", "", line)
        line = _LEADING_BRACKET.sub("", line) if _REPORTER.search(line) else line
        # a reporter's byline ending on the article's date (`…新闻中心记者 某某 二〇二三年六月八日`)
        signed = [d for d in DATE.finditer(line) if iso_date(d)] if _REPORTER.search(line) else []
        if signed and not line[signed[-1].end():].strip("）)】] \u3000"):
            return iso_date(signed[-1])
        m = DATE.match(line.strip("（()） \u3000"))  # `（2025年2月20日）` under a speech's title
        if m and iso_date(m):
            return iso_date(m)
        if month := calendar_date(line.strip("（()） \u3000")):  # `2023年6月` alone under the issuer
            return month
    return ""


def _signature_lines(text: str) -> list[tuple[str, str]]:
    """(body, date) of a signature: a line followed by a line beginning with a year, or both on one
    line (a PDF's text layer joins the two short lines closing a report)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if re.match(r"\d{4}|[〇零一二三四五六七八九]{4}", b)]
    glued = [(m["org"], m["date"]) for m in map(_GLUED_SIGNATURE.match, lines[-3:]) if m]
    attached = [(m["org"], m["date"]) for m in map(_SIGNED_ABOVE_ATTACHMENT.match, lines) if m]
    return pairs + attached + glued


def _signature_issuer(text: str) -> str:
    return next((a for a, _ in _signature_lines(text) if len(a) <= 30 and _ORG_SUFFIX.search(a)), "")


def _signature_date(text: str) -> str:
    for _, b in reversed(_signature_lines(text)):
        m = DATE.match(b)
        if m and iso_date(m):
            return iso_date(m)
        if month := calendar_date(b):  # a report signed `2024年4月`
            return month
    return ""


def _standalone_number(text: str) -> str:
    """A 文号 on a line of its own near the top, or with the 签发人 beside it (the head of a report or a
    reply to a deputy's proposal, GB/T 9704-2012 7.2.4); one inside prose cites another document. A web
    page's menu lines (`政务公开`, `走进某县`) may push the head down: every line above the first prose
    line counts, up to PAGE_HEAD_LINES."""
    for line in _lines_before_prose(text):
        bare = SIGNER.sub("", line).strip()
        if DOC_NUMBER.fullmatch(bare):
            return bare
    return ""


def _lines_before_prose(text: str) -> list[str]:
    """The head lines, and those after them down to the first line of prose (a sentence mark)."""
    lines = _head_lines(text, PAGE_HEAD_LINES)
    prose = next((n for n, line in enumerate(lines) if "。" in line), len(lines))
    return lines[:max(prose, HEAD_LINES)]


def signer(text: str) -> str:
    """The 签发人 a document's head names (`张政建〔2024〕27号　签发人：王立新`), or ''."""
    return next((m.group("name") for line in _head_lines(text) if (m := SIGNER.search(line))), "")


def _masthead_issuer(masthead: re.Match | None, head: list[str]) -> str:
    """The body a briefing is issued by: the body's name printed alone above the masthead when there is one
    (`某县教育局` / `某某情况简报`: the masthead then names the briefing, not its body), else the masthead's."""
    if masthead is None:
        return ""
    at = head.index(masthead.string)
    above = head[at - 1] if at else ""
    return above if re.fullmatch(_ONE_ORG, above) else re.sub(r"\s+", "", masthead["org"])


def _briefing_number(masthead: re.Match | None, head: list[str]) -> str:
    issue = next((m[1] for m in map(_ISSUE.match, head) if m), "")
    return re.sub(r"\s+", "", f"{masthead['org']}简报{issue}") if masthead and issue else ""


def _joint_issuers(head: list[str]) -> str:
    """`某局 某局 某局` on a head line of the raw text (cleaning joins ideographs across spaces):
    the bodies issuing the document together, `、`-separated; '' when no line lists two or more."""
    for line in head:
        bodies = line.split()
        if len(bodies) >= 2 and all(re.fullmatch(_ONE_ORG, b) for b in bodies):
            return "、".join(bodies)
    return ""


def _front_lines(text: str) -> list[str]:
    """The lines above the first paragraph of prose: title, subtitle, byline, source, speaker."""
    out = []
    for line in _head_lines(text):
        if "。" in line or len(line) > 60 or _NUMBERED.match(line):
            break
        out.append(line)
    return out


def _regions(text: str, title: str, front: list[str], mentions: list[Mention]) -> list[Place]:
    """The places the title names; else the head lines (subtitle, source, speaker); else the body
    signing it; else the places named as speakers (`某某市：…`) and the ones the text names most. A name
    of a division's shape the gazetteer lacks (a new district, an invented county) counts where it opens
    the title or a head line (an issuer), and in the text when repeated REPEATED times; it is a region
    of no gazetteer id (`unlisted_place`)."""
    in_title = find_places(title) if title else []
    new = _leading(title, find_unlisted(title, in_title, rare_words=True), in_title)
    if in_title or new:
        return _named(title, in_title, new)
    # a byline names the outlet's place (某市日报), not the place the article is about
    head = "\n".join(line for line in front if line != title and not _reporter_line(line))
    in_head = [m for m in find_places(head, prefer={m.place.id for m in mentions})]
    new = _leading(head, find_unlisted(head, in_head, rare_words=True), in_head)
    if in_head or new:
        return _named(head, in_head, new)
    # the body signing it at the close (`某某县教育局` over the date) issues it for its own place
    signed = _signature_issuer(text)
    in_signed = find_places(signed, prefer={m.place.id for m in mentions})
    new = _leading(signed, find_unlisted(signed, in_signed, rare_words=True), in_signed)
    if in_signed or new:
        return _named(signed, in_signed, new)
    speakers = [m for m in mentions if _SPEAKER.match(text[m.start:m.start + 12]) and
                (m.start == 0 or text[m.start - 1] == "\n")]
    return _most_named(mentions, [m.place for m in speakers], find_unlisted(text, mentions))


def _leading(text: str, unlisted: list[Unlisted], mentions: list[Mention]) -> list[Unlisted]:
    """The unlisted names that open their line (_NAME_LEAD before them), or follow a place that
    qualifies them or is listed beside them (`某省某某县`, `某市、某某县`): where a title or an
    issuer names its place, not a word of the running text that happens to have a division's shape."""
    ends = {m.end for m in mentions}
    out = []
    for u in unlisted:
        lead = text[text.rfind("\n", 0, u.start) + 1:u.start]
        if _NAME_LEAD.fullmatch(to_simplified(lead)) or \
                any(e <= u.start and _COORDINATED.fullmatch(text[e:u.start]) for e in ends):
            out.append(u)
            ends.add(u.end)
    return out


def _named(text: str, mentions: list[Mention], unlisted: Sequence[Unlisted] = ()) -> list[Place]:
    """Places a line names: `某省某市` names the city (the province qualifies it), `某市、某区` both;
    a wider place is dropped when a place inside it is named apart from it (某省…(某市…)); a place
    written before an unlisted name of a lower level, not listed beside it, is taken for the place
    above it (`某省…关于某某县…`: the gazetteer cannot say where an unlisted place lies)."""
    gaz = gazetteer()
    out: list[Mention] = []
    for m in mentions:
        inner = [(o.start, o.end) for o in mentions if o.place.id != m.place.id and gaz.within(o.place, m.place)]
        inner += [(u.start, u.end) for u in unlisted if u.level > m.place.level and u.start >= m.end]
        if inner and not any(_beside(text, m.start, m.end, *o) for o in inner):
            continue
        if all(o.place.id != m.place.id for o in out):
            out.append(m)
    named = [(m.start, m.place) for m in out]
    for u in unlisted:
        if all(p.name != u.name for _, p in named):
            named.append((u.start, unlisted_place(u)))
    return [p for _, p in sorted(named, key=lambda sp: sp[0])]


def _beside(text: str, start: int, end: int, other_start: int, other_end: int) -> bool:
    """Two names listed side by side (`某市、某区`): only a list's marks stand between them."""
    between = text[min(end, other_end):max(start, other_start)]
    return bool(between) and _COORDINATED.fullmatch(between) is not None


def _most_named(mentions: list[Mention], speakers: list[Place], unlisted: list[Unlisted]) -> list[Place]:
    """Speakers' places, else the places named at least half as often as the most named one; of a
    place and a place inside it, the one named more (a qualifier `某省某市` does not count). An
    unlisted name counts when named at least REPEATED times and no less than any gazetteer place."""
    if speakers:
        return list({p.id: p for p in speakers}.values())
    gaz = gazetteer()
    counts: dict[str, int] = {}
    for i, m in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if following is not None and following.start == m.end and gaz.within(following.place, m.place):
            continue
        counts[m.place.id] = counts.get(m.place.id, 0) + 1
    repeated: dict[str, int] = {}
    for u in unlisted:
        repeated[u.name] = repeated.get(u.name, 0) + 1
    top = max(counts.values(), default=0)
    repeated = {name: c for name, c in repeated.items() if c >= max(REPEATED, top)}
    top = max([top, *repeated.values()])
    kept = [pid for pid, c in sorted(counts.items(), key=lambda kv: -kv[1]) if 2 * c >= top]
    places = [gaz.places[pid] for pid in kept]
    listed = [p for p in places
              if not any(q is not p and (gaz.within(q, p) or gaz.within(p, q)) and counts[q.id] > counts[p.id]
                         for q in places)]
    first = {u.name: u for u in reversed(unlisted)}
    return listed + [unlisted_place(first[name]) for name, c in repeated.items() if 2 * c >= top]


def _region_ids(regions: list[str], mentioned: list[str]) -> list[str]:
    """Gazetteer ids of region names set by hand: a shared name (鼓楼区) settled by the text's places."""
    gaz = gazetteer()
    ids = []
    for name in regions:
        candidates = gaz.lookup(name)
        fitting = [p for p in candidates if p.id in mentioned] or candidates
        ids.append(fitting[0].id if len(fitting) == 1 else "")
    return ids


def _qualified_title(title: str, places: list[Place], mentions: list[Mention], delivered: str) -> str:
    """A title that is only a genre (`政府工作报告`, `2026年政府工作报告`) names neither whose nor
    which year: the region is put in, and a work report takes the year it was delivered."""
    if not title or not places or not _BARE_TITLES.fullmatch(to_simplified(title)):
        return title
    region = "、".join(p.name for p in places)
    year = re.match(r"\d{4}年", title)
    if year:
        return f"{year.group(0)}{region}{title[year.end():]}"
    return f"{delivered[:4]}年{region}{title}" if delivered else f"{region}{title}"


def _speaker_issuer(speaker: re.Match | None, places: list[Place]) -> str:
    """The body a speech is given for: a head of government speaks for its people's government
    (`某省省长` → 某省人民政府), any other official for the office named (`XX县教育局局长` → XX县教育局)."""
    if speaker is None:
        return ""
    office = re.sub(r"人民政府$", "", speaker["office"])
    if to_simplified(speaker["role"]) in _HEADS_OF_GOVERNMENT:
        named = find_places(office)
        place = named[-1].place.name if named else (places[0].name if places else "")
        return f"{place}人民政府" if place else ""
    body = _OFFICE_BODY.match(speaker["office"])  # `某县教育局党组书记、` → 某县教育局
    return body[0] if body else speaker["office"].rstrip("、")


def _genre(title: str) -> str:
    bare = re.sub(r"[(（][^)）]*[)）]$", "", to_simplified(title))  # `规划(2021-2025年)` → `规划`
    return next((genre for suffix, genre in GENRES if bare.endswith(suffix)), "")


def _cn_number(s: str) -> int:
    """`2021`, `二〇二一`, `十二`, `八` → int."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return CN_DIGITS.get(tens, 1) * 10 + CN_DIGITS.get(ones, 0)
    return int(arabic_digits(s))


# --- the manifest --------------------------------------------------------------------------------

def _check_entry(entry: Any, where: str) -> None:
    if not isinstance(entry, dict):
        raise ManifestError(f"{where}: expected an object of fields, got {type(entry).__name__}")
    for key, value in entry.items():
        if key.startswith("_"):
            continue  # comments
        if key not in MANUAL_FIELDS:
            raise ManifestError(f"{where}: unknown field {key!r} (allowed: {', '.join(sorted(MANUAL_FIELDS))})")
        if key == "region" and isinstance(value, list) and all(isinstance(v, str) for v in value):
            continue
        if not isinstance(value, str):
            raise ManifestError(f"{where}: field {key!r} must be a string, got {value!r}")
        if key == "date" and value and not valid_date(value):
            raise ManifestError(f"{where}: field 'date' must be yyyy-mm-dd or yyyy-mm, got {value!r}")
        if key == "script" and value not in ("traditional", "simplified"):
            raise ManifestError(f"{where}: field 'script' must be traditional or simplified, got {value!r}")


def valid_date(value: str) -> bool:
    """`value` is a calendar date yyyy-mm-dd, or a month yyyy-mm (the form extracted when a document
    names only its month)."""
    day = f"{value}-01" if re.fullmatch(r"\d{4}-\d{2}", value) else value
    try:
        return dt.date.fromisoformat(day).isoformat() == day
    except ValueError:
        return False


def _split_regions(value: str | list[str]) -> list[str]:
    parts = value if isinstance(value, list) else value.split(";")
    return [p.strip() for p in parts if p.strip()]
