"""Places the national gazetteer does not know (a new district, a new area, an invented county), on
documents and questions written here with invented names (枫渚县, 苇塘县, 蓼汀县, 榆塬县, 柘湾新区; 苓沛县
ends in the real 沛县): a document names its own place in its title, its issuer line or over and over in
its text; the library's places are matched in questions beside the gazetteer's, the longer name
winning; a name of a place's shape that no document has is a place without documents."""
import pytest

from ingest.metadata import extract_meta
from ingest.models import DocMeta, Document
from ingest.places import find_places, find_unlisted, lookup
from server.regions import RegionCatalog


def unlisted(text: str, **kw) -> list[str]:
    return [u.name for u in find_unlisted(text, **kw)]


@pytest.mark.parametrize("text, names", [
    ("枫渚县教育局关于开展2025年春季开学检查的通知", ["枫渚县"]),
    ("楓渚縣教育局關於開展春季開學檢查的通知", ["枫渚县"]),  # Traditional script
    ("2025年枫渚县教育事业统计公报", ["枫渚县"]),
    ("柘湾新区管委会社会事业局", ["柘湾新区"]),  # a new area
    ("苓沛县教育局2025年工作要点", ["苓沛县"]),  # a lone character before a real county's name
    ("新建校舍，开工建设蓼汀县第二中学", ["蓼汀县"]),  # in running text too (evidence is the caller's)
])
def test_a_name_of_a_divisions_shape(text, names):
    assert unlisted(text) == names


@pytest.mark.parametrize("text, names", [
    # the first character is one jieba tags a verb or a classifier, but counts rarely
    ("凝溪县教育局关于做好招生工作的通知", ["凝溪县"]),
    ("勺湖县2025年教育工作要点", ["勺湖县"]),
    # jieba cuts the last stem character off with the suffix as one rare place word (北区, 台区)
    ("榉北区教育局关于做好招生工作的通知", ["榉北区"]),
    ("2025年椤台区教育事业统计公报", ["椤台区"]),
    ("在榉北区和椤台区之间新建一所高中", ["榉北区", "椤台区"]),
])
def test_a_name_jieba_cuts_oddly_is_still_a_name(text, names):
    assert unlisted(text) == names


@pytest.mark.parametrize("text", [
    "组织教师走访深山区学校",  # 山区 is a common word, not a suffix glued to a stem
    "老城区学校学位紧张",
    "赴各区县开展督导检查",  # 赴 is a common verb before a place
])
def test_common_words_ending_in_a_suffix_are_no_name(text):
    assert unlisted(text) == []


@pytest.mark.parametrize("text", [
    "全县共有中小学校四十所，本区学位充足",
    "推进县域义务教育优质均衡，县级以上骨干教师",
    "区县教育局会同市场监督管理局开展检查",
    "城区学校与乡村学校结对，创建示范县",
    "争创国家级义务教育优质均衡发展区",
    "沛县教育局关于开展春季开学检查的通知",  # a real county is the gazetteer's
    "徐州市沛县推进集团化办学",
])
def test_everyday_words_and_real_places_are_no_unlisted_name(text):
    assert unlisted(text) == []


def test_a_stem_that_is_a_rare_word_counts_only_where_asked():
    assert unlisted("苇塘县教育局2025年部门预算说明") == []  # 苇塘 is a (rare) dictionary word
    assert unlisted("苇塘县教育局2025年部门预算说明", rare_words=True) == ["苇塘县"]


def test_the_real_county_a_name_ends_in_is_no_mention():
    for loose in (False, True):
        assert find_places("苓沛县教育局2025年工作要点", loose=loose) == []
    assert [m.place.name for m in find_places("沛县教育局2025年工作要点")] == ["沛县"]


NOTICE = """枫渚县教育局关于做好2025年春季学期开学工作的通知

各乡镇中心学校、县直各学校：
全县共有中小学校四十二所。请各校做好开学准备，县域内学校于2月17日开学。

枫渚县教育局
2025年2月10日
"""

# a speech whose title names no place: the county is in neither title nor speaker line, only in the text
SPEECH = """在2025年全县教育工作会议上的讲话

县人民政府副县长　周明远

同志们：
今天召开全县教育工作会议。过去一年，苓沛县新建学校三所，全县新增学位二千四百个。
苓沛县第一中学本科上线率百分之六十一。县域内各校要巩固成果。
今年，苓沛县将再建两所幼儿园，全县教育投入不低于五亿元。
"""


def test_a_documents_own_place_from_its_title():
    meta = extract_meta(NOTICE, "notice.txt", {})
    assert (meta.region, meta.region_ids) == (["枫渚县"], [""])
    traditional = extract_meta(NOTICE.replace("枫渚县教育局关于", "楓渚縣教育局關於"), "notice.txt", {})
    assert traditional.region == ["枫渚县"]


def test_a_wider_place_in_the_title_qualifies_the_unlisted_one():
    title = "某省人民政府教育督导委员会办公室关于枫渚县义务教育优质均衡发展督导评估的反馈意见"
    meta = extract_meta(NOTICE.replace(NOTICE.splitlines()[0], title.replace("某省", "湖南省")), "n.txt", {})
    assert meta.region == ["枫渚县"]
    listed = extract_meta(NOTICE.replace(NOTICE.splitlines()[0], "岳阳市、枫渚县教育工作交流材料"), "n.txt", {})
    assert listed.region == ["岳阳市", "枫渚县"]  # listed side by side: both


def test_a_speech_names_its_county_by_repeating_it():
    meta = extract_meta(SPEECH, "speech.txt", {})
    assert meta.region == ["苓沛县"] and meta.issuer == "苓沛县人民政府"
    once = SPEECH.replace("今年，苓沛县将", "今年，全县将").replace("苓沛县第一中学", "县第一中学")
    assert extract_meta(once, "speech.txt", {}).region == []  # named once: no evidence


def test_words_of_a_place_are_no_region():
    text = "在2025年全县教育工作会议上的讲话\n\n同志们：\n全县、本县和县域内各校……全区、区县、县级部门要抓好落实。\n"
    assert extract_meta(text, "speech.txt", {}).region == []


def test_a_shaped_word_inside_a_title_is_no_region():
    """`…普及普惠县…` inside a title is no place's name: the issuer line's real county is the region."""
    text = "学前教育普及普惠县创建工作实施方案\n沛县教育局\n\n一、工作目标\n到2025年，全县普惠性幼儿园覆盖率达到90%。\n"
    assert extract_meta(text, "plan.txt", {}).region == ["沛县"]


def _doc(doc_id: str, title: str, region: str) -> Document:
    places = lookup(region)
    return Document(doc_id, title + "。", DocMeta(title=title, region=[region],
                                                  region_ids=[places[0].id if places else ""]))


@pytest.fixture(scope="module")
def catalog() -> RegionCatalog:
    docs = [_doc("fz", "枫渚县教育局2025年部门预算说明", "枫渚县"), _doc("lp", "在全县教育工作会议上的讲话", "苓沛县"),
            _doc("px", "沛县教育局2025年工作要点", "沛县")]
    return RegionCatalog.from_documents({d.doc_id: d for d in docs}, in_text=lambda name: name == "榆塬县")


@pytest.mark.parametrize("question, known", [
    ("苓沛县2025年新增多少学位？", ["苓沛县"]),  # the library's longer name, not the real 沛县 inside it
    ("沛县2025年新增多少学位？", ["沛县"]),  # the real county still wins where it is named
    ("枫渚今年部门预算总计多少？", ["枫渚县"]),  # a short form
    ("枫渚县和沛县的学位各是多少？", ["枫渚县", "沛县"]),
])
def test_a_question_names_library_and_gazetteer_places(catalog, question, known):
    found, unknown, rest = catalog.find(question)
    assert (found, unknown) == (known, [])
    assert not any(name in rest for name in known)


def test_a_place_no_document_has_is_unknown_only_when_it_is_a_name(catalog):
    assert catalog.find("蓼汀县2025年新增多少学位？")[:2] == ([], ["蓼汀县"])
    assert catalog.find("榆塬县的结对帮扶做了什么？")[:2] == ([], [])  # a passage mentions it: a topic
    assert catalog.find("全县2025年新增多少学位？")[:2] == ([], [])
    assert catalog.uses(["苓沛县"])[0].doc_ids == ["lp"]


@pytest.mark.parametrize("text, names", [
    ("璩口区教育局关于开展食堂检查的通知", ["璩口区"]),  # a classifier (口) after a rare head character
    ("琨州市教育局印发招生计划", ["琨州市"]),  # a stem closing in 州, glued to 市 by jieba
])
def test_a_name_with_an_everyday_character_after_a_rare_one(text, names):
    assert unlisted(text) == names


@pytest.mark.parametrize("text", ["在口区办事", "各州市教育局", "关于代岭县的通报"])
def test_an_everyday_character_standing_before_a_suffix_is_no_name(text):
    assert unlisted(text) == [] and unlisted(text, rare_words=True) == []


def test_a_title_opening_with_an_everyday_character_names_its_place():
    # a recogniser's misreading of a rare first character turns it into an everyday one (a classifier)
    assert unlisted("代岭县学校安全管理通报", rare_words=True) == ["代岭县"]
    assert unlisted("代岭县学校安全管理通报") == []  # in running text it stays a word of speech


def test_a_title_opening_with_a_name_whose_last_character_and_suffix_make_a_word():
    # jieba reads 栌山区 as 栌 + 山区 (mountain area), an everyday word; at a title's opening, after a
    # rare character, it is the issuer's district
    assert unlisted("栌山区教育局2026年部门预算公开说明", rare_words=True) == ["栌山区"]
    assert extract_meta("栌山区教育局2026年部门预算公开说明\n一、部门基本情况\n本部门共有所属单位12个。",
                        "budget.txt").region == ["栌山区"]
    # a common character before the word, or the word inside a line, is speech, not a name
    assert unlisted("深山区学校建设情况通报", rare_words=True) == []
    assert unlisted("组织教师走访栌山区学校", rare_words=True) == []


def test_a_title_opening_with_a_name_character_and_an_everyday_one_names_its_place():
    # the second character of the stem is one jieba tags a verb (落): after a name character opening a title or an
    # issuer's line, where no word of speech stands before a name, it is the name's
    assert unlisted("柳落县教育局2026年工作要点", rare_words=True) == ["柳落县"]
    assert extract_meta("柳落县教育局2026年工作要点\n一、总体要求\n全县上下扎实推进各项工作。", "points.txt").region \
        == ["柳落县"]
    assert unlisted("组织师生赴柳落县研学", rare_words=True) == []  # inside a line: speech, not a name
