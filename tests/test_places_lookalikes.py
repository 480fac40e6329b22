"""Names that look like a real county without being one, on documents written here by invented
counties: a county whose name is an everyday word plus 县 (`会同` together with, `和` and) read
across `…局<word>县公安局`, and an invented county whose name ends in a real one's (`云隰县` ends
in the real 隰县). Neither gives the document a real county's region (its region is the invented
name, of no gazetteer id); the real counties are still found where a title, an issuer, a parent or a
question names them."""
import pytest

from ingest.metadata import extract_meta
from ingest.models import DocMeta, Document
from ingest.places import find_places, gazetteer, lookup
from server.regions import RegionCatalog

# a notice of an invented county (新阳县, 泽川市 are in no gazetteer) that joins other bureaus in its
# 联合 and 抄送 sentences
NOTICE = """新阳县教育局关于开展校园周边安全联合检查的通知

各乡镇中心学校、县直各学校：
为保障师生出行安全，县卫生健康局会同县公安局、县交通运输局，于2025年5月联合开展校园周边安全检查。
各校要和县公安局、乡镇派出所加强沟通，检查结果报送街道办事处和县直有关单位。

抄送：泽川市教育局，县交通运输局，县公安局。

新阳县教育局
2025年4月28日
"""


def names(text: str, **kw) -> list[str]:
    return [m.place.name for m in find_places(text, **kw)]


def test_the_lookalike_class_is_derived_from_the_dictionary():
    gaz = gazetteer()
    assert gaz.common_stem("会同县") and gaz.common_stem("和县")  # stems: a verb, a conjunction
    assert not gaz.common_stem("隰县") and not gaz.common_stem("临湘市")  # rare characters, a place word
    assert not gaz.common_stem("湖南省")  # a province's stem is a place word


@pytest.mark.parametrize("text", [
    "县卫生健康局会同县公安局开展检查",
    "縣衛生健康局會同縣公安局開展檢查",  # Traditional script
    "各校要和县公安局加强沟通",
    "报送街道办事处和县直有关单位",
    "本局会同有关部门研究制定",
])
def test_an_everyday_word_before_a_county_office_is_no_county(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("会同县教育局关于开展春季开学检查的通知", ["会同县"]),  # a title or issuer opens its line
    ("抄送：市教育局\n會同縣教育局\n2025年4月28日", ["会同县"]),
    ("怀化市会同县推进集团化办学", ["怀化市", "会同县"]),  # right after its parent
    ("怀化市教育局召开会议，会同县作交流发言", ["怀化市", "会同县"]),  # its parent named in the text
    ("马鞍山市和县教育局", ["马鞍山市", "和县"]),
])
def test_the_real_county_is_found_with_evidence(text, expected):
    assert names(text) == expected


def test_the_real_county_is_found_when_the_caller_prefers_it_or_a_question_names_it():
    (county,) = lookup("会同县")
    assert names("今年会同县的学校有多少所", prefer={county.id}) == ["会同县"]
    assert names("今年会同县的学校有多少所") == []
    assert names("今年会同县的学校有多少所", loose=True) == ["会同县"]  # a question names places on purpose


def test_a_prefecture_whose_stem_is_a_dictionary_word_stays():
    assert names("交流发言（遵义市、湄潭县）") == ["遵义市", "湄潭县"]


@pytest.mark.parametrize("text", [
    "云隰县教育局关于开展2025年春季开学检查的通知",
    "推进云隰县乡村学校建设",
    "雲隰縣教育局",  # Traditional script
])
def test_an_unknown_county_ending_in_a_real_ones_name_is_no_mention(text):
    assert names(text) == [] and names(text, loose=True) == []


@pytest.mark.parametrize("text, expected", [
    ("隰县教育局关于开展春季开学检查的通知", ["隰县"]),
    ("临汾市隰县推进集团化办学", ["临汾市", "隰县"]),
    ("市教育局赴隰县调研", ["隰县"]),  # a verb before it stands on its own
    ("在隰县召开现场会", ["隰县"]),
    ("会议上陕西省代表发言", ["陕西省"]),  # a province is no short county-level name
])
def test_the_real_county_stays_after_a_word_of_its_own(text, expected):
    assert names(text) == expected


def test_a_document_of_an_invented_county_has_no_real_region():
    meta = extract_meta(NOTICE, "notice.txt", {})
    assert (meta.region, meta.region_ids) == (["新阳县"], [""])  # its own place, outside the gazetteer
    assert not [p for p in meta.places if gazetteer().get(p).level == 3]
    lookalike = extract_meta(NOTICE.replace("新阳县", "云隰县"), "notice.txt", {})
    assert (lookalike.region, lookalike.region_ids) == (["云隰县"], [""])  # not the real 隰县


def test_a_document_of_the_real_county_keeps_its_region():
    real = NOTICE.replace("新阳县", "会同县").replace("泽川市", "怀化市")
    assert extract_meta(real, "notice.txt", {}).region == ["会同县"]


def test_a_question_naming_an_unknown_county_is_not_scoped_to_a_real_one():
    (county,) = lookup("隰县")
    doc = Document("a", "隰县教育局关于开展春季开学检查的通知。", DocMeta(title="隰县教育局关于开展春季开学检查的通知",
                                                        region=[county.name], region_ids=[county.id]))
    catalog = RegionCatalog.from_documents({"a": doc})
    assert catalog.find("云隰县今年招生多少人")[:2] == ([], ["云隰县"])  # a place without documents
    assert catalog.find("隰县今年招生多少人")[:2] == (["隰县"], [])
