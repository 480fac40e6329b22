"""Metadata read from the real texts (no manifest), the manifest winning field by field."""
import json
import shutil
from functools import cache

import pytest

from ingest.clean import clean
from ingest.config import DEFAULT_CORPUS
from ingest.metadata import ManifestError, extract_meta, is_traditional, load_manifest
from ingest.models import DocMeta


@cache
def auto(name: str) -> DocMeta:
    """Extracted from the raw text alone, as if the manifest had no entry."""
    return extract_meta((DEFAULT_CORPUS / name).read_text(encoding="utf-8"), name, {})


def test_banan_number_date_issuer_from_the_index_block_without_manifest():
    meta = auto("banan-education-plan-2021.txt")
    assert meta.number == "巴南府發〔2021〕20號"
    assert meta.date == "2021-12-08"  # 成文日期, not 發布日期 2021-12-10
    assert meta.issuer == "巴南區人民政府"
    assert meta.title == "重慶市巴南區教育事業發展“十四五”規劃(2021-2025年)"  # from 關于印發…的通知
    assert (meta.region, meta.genre, meta.script) == (["巴南区"], "规划", "traditional")
    assert meta.source == "banan-education-plan-2021.txt"


def test_index_block_is_the_source_of_the_number():
    """Cleaning drops the index block: given cleaned text only, the 文号 is not stated anywhere."""
    cleaned = clean((DEFAULT_CORPUS / "banan-education-plan-2021.txt").read_text(encoding="utf-8"))
    assert extract_meta(cleaned, "banan", {}).number == ""


def test_rongchang_title_on_two_lines_and_cited_number_not_taken():
    meta = auto("rongchang-self-evaluation.txt")
    assert meta.title == "重庆市荣昌区创建义务教育优质均衡发展区自查自评报告"
    assert (meta.region, meta.genre, meta.script) == (["荣昌区"], "自评报告", "simplified")
    assert meta.number == ""  # 教督〔2017〕6号 in the text cites the Ministry's document
    assert meta.date == ""  # the report states no date


def test_kaizhou_byline_gives_date_and_site_pinyin_notes_gone():
    meta = auto("kaizhou-news-2020.txt")
    assert meta.title == "重慶市開州區持續推動教育優質均衡發展"
    assert (meta.date, meta.issuer, meta.genre) == ("2020-12-23", "教育裝備網", "新闻")
    assert (meta.region, meta.script) == (["开州区"], "traditional")


def test_liangjiang_briefing_masthead_issue_and_date():
    meta = auto("liangjiang-briefing-2020.txt")
    assert meta.title == "两江新区积极创建全国义务教育优质均衡发展区"
    assert meta.issuer == "重庆市教育委员会"
    assert meta.number == "重庆市教育委员会简报第8期"
    assert meta.date == "2020-09-08"  # the issue date, not the printing date 9月11日印
    assert (meta.region, meta.genre) == (["两江新区"], "简报")


def test_hanzhong_regions_by_mention_and_opening_date():
    meta = auto("hanzhong-lueyang-meeting-2023.txt")
    assert meta.date == "2023-03-21"
    assert sorted(meta.region) == ["汉中市", "略阳县"]
    assert meta.title == ""  # the text opens with prose: the manifest supplies the title


def test_manifest_wins_field_by_field_and_region_list_is_split():
    manifest = load_manifest(DEFAULT_CORPUS)
    name = "hanzhong-lueyang-meeting-2023.txt"
    meta = extract_meta((DEFAULT_CORPUS / name).read_text(encoding="utf-8"), name, manifest[name])
    assert meta.title == manifest[name]["title"] and meta.genre == "会议发言"
    assert meta.region == ["汉中市", "略阳县"]
    name = "rongchang-self-evaluation.txt"
    meta = extract_meta((DEFAULT_CORPUS / name).read_text(encoding="utf-8"), name, {"issuer": "荣昌区", "date": ""})
    assert meta.issuer == "荣昌区"  # filled in by hand
    assert meta.title == auto(name).title  # not in the entry: extracted


@pytest.mark.parametrize("name", sorted(p.name for p in DEFAULT_CORPUS.glob("*.txt")))
def test_extraction_agrees_with_the_hand_checked_manifest(name):
    """Where the text states a field, extraction finds what the hand-checked manifest says."""
    entry = load_manifest(DEFAULT_CORPUS)[name]
    meta = auto(name)
    for field in ("title", "issuer", "date", "number", "genre"):
        if getattr(meta, field):
            assert getattr(meta, field) == entry.get(field, ""), field
    assert meta.region == entry["region"].split(";")


def test_other_documents_number_and_chinese_numeral_date():
    text = ("XX区教育委员会\n\n关于做好招生工作的通知\n\n渝教督〔2017〕6号\n\n各学校:\n\n请遵照执行。\n\n"
            "XX区教育委员会\n\n二〇二一年十二月八日\n")
    meta = extract_meta(text, "notice.txt", {})
    assert (meta.number, meta.date, meta.issuer) == ("渝教督〔2017〕6号", "2021-12-08", "XX区教育委员会")
    assert meta.genre == "通知"


def test_script_detection():
    assert is_traditional("重慶市巴南區教育事業發展") and not is_traditional("重庆市荣昌区教育事业发展")
    assert not is_traditional("2021-2025")


# --- manifest file -------------------------------------------------------------------------------

def test_load_manifest_of_the_corpus():
    manifest = load_manifest(DEFAULT_CORPUS)
    assert set(manifest) == {p.name for p in DEFAULT_CORPUS.glob("*.txt")}
    assert manifest["banan-education-plan-2021.txt"]["number"] == "巴南府發〔2021〕20號"


def test_missing_manifest_is_empty(tmp_path):
    assert load_manifest(tmp_path) == {}


def test_a_month_is_a_date_for_the_manifest_and_the_library_edit(tmp_path):
    """Documents dated only by their month get yyyy-mm from the extractor; a person may set the same."""
    from pydantic import ValidationError

    from server.schemas import DocumentEdit

    (tmp_path / "manifest.json").write_text('{"documents": {"a.txt": {"date": "2021-09"}}}', encoding="utf-8")
    assert load_manifest(tmp_path)["a.txt"]["date"] == "2021-09"
    assert DocumentEdit(date="2021-09").date == "2021-09"
    for bad in ("2021-13", "2021-02-30", "2021-9"):
        with pytest.raises(ValidationError):
            DocumentEdit(date=bad)


@pytest.mark.parametrize("content, message", [
    ('{"documents": {"a.txt": {"title": "x",}}}', "invalid JSON at line 1"),
    ('["a.txt"]', 'expected an object with a "documents" object'),
    ('{"documents": {"a.txt": "x"}}', "document 'a.txt': expected an object"),
    ('{"documents": {"a.txt": {"titel": "x"}}}', "document 'a.txt': unknown field 'titel'"),
    ('{"documents": {"a.txt": {"date": "2021/12/08"}}}', "field 'date' must be yyyy-mm-dd"),
    ('{"documents": {"a.txt": {"date": "2021-13"}}}', "field 'date' must be yyyy-mm-dd or yyyy-mm"),
    ('{"documents": {"a.txt": {"number": 20}}}', "field 'number' must be a string"),
    ('{"documents": {"a.txt": {"script": "trad"}}}', "field 'script' must be traditional or simplified"),
])
def test_bad_manifest_is_reported_by_file_document_and_field(tmp_path, content, message):
    (tmp_path / "manifest.json").write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError) as info:
        load_manifest(tmp_path)
    assert str(tmp_path / "manifest.json") in str(info.value) and message in str(info.value)


def test_edited_copy_of_the_real_manifest(tmp_path):
    shutil.copy(DEFAULT_CORPUS / "manifest.json", tmp_path / "manifest.json")
    data = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    data["documents"]["kaizhou-news-2020.txt"]["region"] = ["开州区", "重庆市"]
    (tmp_path / "manifest.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    entry = load_manifest(tmp_path)["kaizhou-news-2020.txt"]
    meta = extract_meta((DEFAULT_CORPUS / "kaizhou-news-2020.txt").read_text(encoding="utf-8"), "k", entry)
    assert meta.region == ["开州区", "重庆市"]


# heads of documents written for these tests (invented bodies and places)
_REPLY_HEAD = ("柘溪县教育局\n\n柘教复〔2026〕9号　　　　　　签发人：孔令舟\n\n关于县人大第12号建议的答复\n\n"
               "冯代表：\n\n您的建议收悉。现答复如下。\n")
_PLAN_HEAD = "栖霞湾区教育局\n\n2026年学生课后托管服务工作方案\n\n为做好课后托管服务，制定本方案。\n"
_BRIEF_HEAD = "柘溪县教育局\n招生考试工作简报\n（第三期）\n\n今年全县中考报名人数为4210人。\n"


@pytest.mark.parametrize(("raw", "title", "issuer"), [
    (_REPLY_HEAD, "柘溪县教育局关于县人大第12号建议的答复", "柘溪县教育局"),
    (_PLAN_HEAD, "2026年学生课后托管服务工作方案", "栖霞湾区教育局"),
    (_BRIEF_HEAD, "柘溪县教育局招生考试工作简报", "柘溪县教育局"),
])
def test_a_body_named_alone_above_the_headline_is_the_issuer_not_the_title(raw, title, issuer):
    meta = extract_meta(raw, "invented.txt", {})
    assert (meta.title, meta.issuer) == (title, issuer)


def test_a_body_alone_over_prose_is_still_the_title_when_nothing_else_heads_the_text():
    assert extract_meta("柘溪县教育局\n\n今年全县新建幼儿园3所。\n", "invented.txt", {}).title == "柘溪县教育局"
