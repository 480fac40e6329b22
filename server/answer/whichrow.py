"""Which one asked with its amount (`哪所学校…分到多少钱`, `哪所幼儿园…多少`): the answer names one of the kind
asked, and an allocation or inspection table lists them one a row under a column headed by that kind (学校 | 项目
| 金额). Such a row is the evidence before a sentence that names none of them — a sentence of the whole
programme (its sources of funds, its purposes) states another amount, never the one's asked: its figure is no
answer."""
from __future__ import annotations

import re

from ingest.models import Document, Table
from ingest.normalize import normalize
from ingest.tables import label_column
from server.lexicon import listed_units

# the kind of unit asked by 哪个/哪所/哪一所: schools (and their stages), kindergartens, towns and subdistricts —
# the units allocation, inspection and assessment tables list one a row (server/lexicon/listed_units.tsv)
_KINDS = "|".join(sorted(listed_units(), key=len, reverse=True))  # (乡镇 before 镇)
_WHICH_KIND = re.compile(rf"哪(?:一|几)?(?:个|所|家)({_KINDS})")
# … after a name of its own: two characters, not a determiner, a count, a whole's word or a description's 的 (各小学,
# 3所学校, 全县中学, 表现突出的学校);
# the compulsory schools together (中小学校) are no school's name, a numbered one's short form (城关二小, 县一中) is
_NOT_NAME = re.compile(r"[各每该本这那此其全所有的\d一二三四五六七八九十几个家]")
_ALL_SCHOOLS = re.compile(r"中小学校?|各级各类学校")
_NUMBERED = re.compile(r"[\u4e00-\u9fff]{1,4}?[一二三四五六七八九十]+[小中](?![学心])")


# particular units asked by name with how many there are (`哪三所中学`, `哪几所幼儿园`, `哪一个镇`): the kind
# after a counter and up to four characters of qualifier (民办, 公办, 农村)
_WHICH_NAMED = re.compile(rf"哪(?:[一两二三四五六七八九十几]|\d+)?(?:个|所|家)([\u4e00-\u9fff]{{0,4}}?)({_KINDS})")


def names_asked(norm: str, text: str) -> str:
    """The kind of unit a question asks the names of (`哪三所中学` → 学校) when `text` names none of that kind,
    else ''. The question's own qualifier of the kind (民办学校) is the kind again in `text`, no unit's name."""
    m = _WHICH_NAMED.search(norm)
    if not m:
        return ""
    kind = m.group(2)
    text = normalize(text, drop_space=True)
    if m.group(1):
        text = text.replace(m.group(1) + kind, "，")
    return "" if names_one(text, kind) else kind


def asked_kind(norm: str) -> str:
    """The kind of unit a question asks which one of (`哪个学校` → 学校), '' when it asks none."""
    m = _WHICH_KIND.search(norm)
    return m.group(1) if m else ""


def lists_kind(doc: Document, table_id: str | None, kind: str) -> bool:
    """Whether the table `table_id` of `doc` lists units of `kind` one a row: its label column is headed by it."""
    if not kind or table_id is None:
        return False
    table: Table | None = next((t for t in doc.tables if t.table_id == table_id), None)
    if table is None:
        return False
    header = normalize(label_column(table), drop_space=True)
    return any(header.startswith(h) for h in listed_units()[kind][0])


def names_one(text: str, kind: str) -> bool:
    """Whether `text` names one unit of `kind` (`某某镇中心小学`), not only the kind (`各中小学校`, `3所学校`)."""
    text = _ALL_SCHOOLS.sub("　", normalize(text, drop_space=True))
    if kind in ("学校", "小学", "中学", "初中", "高中", "校") and _NUMBERED.search(text):
        return True
    return any(text[i - 2] == "第" or not _NOT_NAME.search(text[i - 2:i])  # (县第一中学: an ordinal names one)
               for m in re.finditer("|".join(listed_units()[kind][1]), text) if (i := m.start()) >= 2)
