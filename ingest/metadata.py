"""Document metadata: read from the text where it states it, corrected by the hand-made manifest.

`extract_meta` takes the RAW text (as loaded, before ingest/clean.py): the government site's
index block (`• [ 發文字號 ]` …) and a news site's byline carry 文号, 发布机构 and dates, and
cleaning removes both. Headline and signature are read from the cleaned text. Each field of the
manifest entry (corpus/manifest.json) wins over the extracted value; `sha256` and `encoding` are
set by the pipeline. Titles, issuers and numbers keep the original script; regions and genres
are stored in Simplified.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from ingest.clean import clean, index_items
from ingest.models import DocMeta
from ingest.normalize import strip_pinyin, to_simplified

MANIFEST = "manifest.json"
MANUAL_FIELDS = {"title", "issuer", "region", "date", "number", "genre", "script"}
HEAD_LINES = 8  # title, masthead, byline, 文号 and issue date all sit in the first lines
TRADITIONAL_SHARE = 0.05  # t2s changes ~20–30% of a Traditional text's ideographs, ~0% of a Simplified one

# County-level regions the corpus is about (Chongqing's districts and counties, Hanzhong and its
# counties), in Simplified; matched against the t2s form of the text.
REGIONS = (
    "万州区", "涪陵区", "渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "綦江区",
    "大足区", "渝北区", "巴南区", "黔江区", "长寿区", "江津区", "合川区", "永川区", "南川区", "璧山区",
    "铜梁区", "潼南区", "荣昌区", "开州区", "梁平区", "武隆区", "城口县", "丰都县", "垫江县", "忠县",
    "云阳县", "奉节县", "巫山县", "巫溪县", "石柱土家族自治县", "秀山土家族苗族自治县",
    "酉阳土家族苗族自治县", "彭水苗族土家族自治县", "两江新区", "重庆高新区", "万盛经开区",
    "汉中市", "汉台区", "南郑区", "城固县", "洋县", "西乡县", "勉县", "宁强县", "略阳县", "镇巴县",
    "留坝县", "佛坪县",
)
GENRES = (("自查自评报告", "自评报告"), ("自评报告", "自评报告"), ("规划", "规划"), ("纲要", "规划"),
          ("简报", "简报"), ("通知", "通知"), ("意见", "意见"), ("方案", "方案"), ("办法", "办法"),
          ("决定", "决定"), ("报告", "报告"))

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_N = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
DATE = re.compile(rf"(?P<y>\d{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*日"
                  r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})")
# 巴南府發〔2021〕20號, 教督〔2017〕6号: issuer abbreviation, year in brackets, serial number.
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*[号號]")
_LABELLED = re.compile(r"^\s*(?P<label>发文字号|發文字號|文号|文號|发文机关|發文機關|发布机构|發布機構|"
                       r"成文日期|发文日期|發文日期|发布日期|發布日期)\s*[:：]\s*(?P<value>\S.*?)\s*$")
_LABEL_FIELD = {"发文字号": "number", "文号": "number", "发文机关": "issuer", "发布机构": "issuer",
                "成文日期": "date", "发文日期": "date", "发布日期": "published"}
_MASTHEAD = re.compile(r"^\s*(?P<org>\S.*?)\s*(?:简|簡)\s*(?:报|報)\s*$")  # 重庆市教育委员会 简 报
_ISSUE = re.compile(r"^\s*(第\s*\d{1,4}\s*期)\s*$")
# A news byline: posting date and time, then the site (`2020年12月23日 14:19教育裝備網`).
_BYLINE = re.compile(r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2})\s*\d{1,2}:\d{2}(?::\d{2})?"
                     r"\s*(?P<site>\S.{0,30}?)\s*$")
_NOTICE = re.compile(r"(?:关于|關于|關於)印[发發](?P<title>.+?)的通知")
_ORG_SUFFIX = re.compile(r"(?:人民政府|委员会|委員會|教育局|教委|办公室|辦公室|政府|教育厅|教育廳)$")
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{1,10}[省市县区縣區州][:：]")
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


def extract_meta(raw_text: str, source: str, manual: dict[str, Any] | None = None) -> DocMeta:
    manual = manual or {}
    _check_entry(manual, f"manifest entry of {source!r}")
    text = clean(raw_text)
    head = _head_lines(raw_text)
    index = _index_fields(raw_text)
    labelled = _labelled_fields(raw_text)
    masthead = next((m for m in map(_MASTHEAD.match, head) if m), None)
    byline = next((m for m in map(_BYLINE.search, head) if m), None)
    title = _title(text)
    meta = DocMeta(
        title=title,
        issuer=(index.get("issuer") or labelled.get("issuer")
                or (re.sub(r"\s+", "", masthead["org"]) if masthead else "")
                or (strip_pinyin(byline["site"]) if byline else "") or _signature_issuer(text)),
        date=(index.get("date") or labelled.get("date") or _head_date(head)
              or index.get("published") or labelled.get("published") or _signature_date(text)),
        number=(index.get("number") or labelled.get("number") or _standalone_number(text)
                or _briefing_number(masthead, head)),
        region=_regions(title, text),
        genre="简报" if masthead else "新闻" if byline else _genre(title),
        script="traditional" if is_traditional(text) else "simplified",
        source=source,
    )
    for key, value in manual.items():
        if key in MANUAL_FIELDS and value:  # an empty value leaves the extracted one
            setattr(meta, key, _split_regions(value) if key == "region" else value)
    return meta


def is_traditional(text: str) -> bool:
    ideographs = "".join(re.findall(r"[\u4e00-\u9fff]", text))
    if not ideographs:
        return False
    changed = sum(a != b for a, b in zip(ideographs, to_simplified(ideographs)))
    return changed / len(ideographs) >= TRADITIONAL_SHARE


def iso_date(match: re.Match) -> str:
    """A DATE match as yyyy-mm-dd ('' when it is no calendar date)."""
    if match["iy"]:
        y, m, d = int(match["iy"]), int(match["im"]), int(match["id"])
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
    out: dict[str, str] = {}
    for line in raw_text.splitlines():
        m = _LABELLED.match(line)
        if m:
            _store(out, m["label"], m["value"])
    return out


def _store(out: dict[str, str], label: str, value: str) -> None:
    key = _LABEL_FIELD.get(to_simplified(label))
    if key in ("date", "published"):
        m = DATE.search(value)
        value = iso_date(m) if m else ""
    if key and value and key not in out:
        out[key] = value


def _head_lines(raw_text: str) -> list[str]:
    lines = [line.strip() for line in raw_text.splitlines() if line.strip()]
    return lines[:HEAD_LINES]


def _title(text: str) -> str:
    """`关于印发《X》的通知` → X; else the first headline above the first paragraph of prose."""
    head = _head_lines(text)
    for line in head[:3]:
        m = _NOTICE.search(line)
        if m:
            return m["title"].strip("《》")
    for i, line in enumerate(head):
        if "。" in line or len(line) > 60:
            return ""  # prose before any headline: the text states no title
        if (_MASTHEAD.match(line) or _ISSUE.match(line) or DATE.fullmatch(line)
                or _SPEAKER.match(line) or _NUMBERED.match(line)):
            continue
        follow = head[i + 1] if i + 1 < len(head) else ""
        if follow and len(follow) <= 12 and _genre(follow) and "。" not in follow:
            return line + follow  # a title set on two lines: `…发展区` / `自查自评报告`
        return line
    return ""


def _head_date(head: list[str]) -> str:
    """A date opening one of the first lines (after a byline's URL): the issue or posting date."""
    for line in head:
        m = DATE.match(re.sub(r"^https?://[\w.-]+?\.[a-z]{2,6}(?=\d{4})", "", line))
        if m and iso_date(m):
            return iso_date(m)
    return ""


def _signature_lines(text: str) -> list[tuple[str, str]]:
    """(line, next line) pairs where the next non-blank line begins with a year: a signature."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [(a, b) for a, b in zip(lines, lines[1:]) if re.match(r"\d{4}|[〇零一二三四五六七八九]{4}", b)]


def _signature_issuer(text: str) -> str:
    return next((a for a, _ in _signature_lines(text) if len(a) <= 30 and _ORG_SUFFIX.search(a)), "")


def _signature_date(text: str) -> str:
    for _, b in reversed(_signature_lines(text)):
        m = DATE.match(b)
        if m and iso_date(m):
            return iso_date(m)
    return ""


def _standalone_number(text: str) -> str:
    """A 文号 on a line of its own near the top; one inside prose cites another document."""
    for line in _head_lines(text):
        if DOC_NUMBER.fullmatch(line):
            return line
    return ""


def _briefing_number(masthead: re.Match | None, head: list[str]) -> str:
    issue = next((m[1] for m in map(_ISSUE.match, head) if m), "")
    return re.sub(r"\s+", "", f"{masthead['org']}简报{issue}") if masthead and issue else ""


def _regions(title: str, text: str) -> list[str]:
    """Regions named in the title; else the ones the text names most (≥ half the top count)."""
    in_title = _found(to_simplified(title))
    if in_title:
        return in_title
    simplified = to_simplified(text)
    counts = {name: simplified.count(name) for name in _found(simplified)}
    top = max(counts.values(), default=0)
    return sorted((n for n, c in counts.items() if 2 * c >= top), key=lambda n: -counts[n])


def _found(simplified: str) -> list[str]:
    """Known regions in order of first mention."""
    hits = [(simplified.find(name), name) for name in REGIONS if name in simplified]
    return [name for _, name in sorted(hits)]


def _genre(title: str) -> str:
    bare = re.sub(r"[(（][^)）]*[)）]$", "", to_simplified(title))  # `规划(2021-2025年)` → `规划`
    return next((genre for suffix, genre in GENRES if bare.endswith(suffix)), "")


def _cn_number(s: str) -> int:
    """`2021`, `二〇二一`, `十二`, `八` → int."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0)
    return int("".join(str(_CN_DIGITS[c]) for c in s))


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
        if key == "date" and value and not _valid_iso(value):
            raise ManifestError(f"{where}: field 'date' must be yyyy-mm-dd, got {value!r}")
        if key == "script" and value not in ("traditional", "simplified"):
            raise ManifestError(f"{where}: field 'script' must be traditional or simplified, got {value!r}")


def _valid_iso(value: str) -> bool:
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _split_regions(value: str | list[str]) -> list[str]:
    parts = value if isinstance(value, list) else value.split(";")
    return [p.strip() for p in parts if p.strip()]
