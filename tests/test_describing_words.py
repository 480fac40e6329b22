"""A question in everyday words describes what it asks in words that name nothing: an adverb or a place
word (家里), a verb or an adjective (贫困, 领), and pieces the segmenter glues (a conjunction after a word,
a numeral with its measure word). The gates refuse on the things a question names, not on those words;
a naming word the passage lacks still refuses, and describing words alone never carry a passage.
Work summary written here; real ingest, real model."""
import pytest

from ingest.normalize import normalize
from server.answer.evidence import COVER_MIN, _gate_weighed
from server.answer.nearwords import complementary
from server.answer.text import flat
from server.query import describes, key_terms
from server.service import Service
from tests.written import service_over

SUMMARY = """岚川县2025年教育工作总结
岚川县教育局
2026年1月8日
一、办学条件
全县新建校舍4.2万平方米，为乡村学校配备多媒体教室320间。
二、教师队伍
全年招聘教师215名，开展教师全员培训1.8万人次。
三、学生资助
全年为4600名学生落实助学金和生活补助，合计发放976万元。
四、食堂管理
对全县学校食堂开展安全抽检310批次，整改问题46个。
五、家校共育
教师走进学生家里开展家访，为贫困家庭子女逐一建立帮扶台账。
"""
DOC_ID = "lanchuan-summary-2025"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "describing", {DOC_ID: SUMMARY})


def test_glued_pieces_are_cut_from_key_terms():
    # a conjunction the dictionary joins to the word before it
    terms = key_terms(normalize("食堂检查和评估做了几次"))
    assert "检查" in terms and "检查和" not in terms
    # a demonstrative, a numeral and its measure word counting the noun after them
    assert key_terms(normalize("那三所学校有多少学生")) == ["学校", "学生"]
    # a measure word the asking word leaves glued to its noun: the noun alone (one character: no term)
    assert key_terms(normalize("宿舍有几间房")) == ["宿舍"]
    # a word the question reads whole after an asking word stays (家 is a measure word too)
    assert "家长" in key_terms(normalize("有多少家长参加了培训"))


def test_words_are_sorted_by_what_they_do():
    assert describes("家里") == "setting" and describes("已经") == "setting"
    assert describes("贫困") == "quality" and describes("照顾") == "quality" and describes("明亮") == "quality"
    # a verbal noun names an activity; nouns, distinguishing words and stages name
    assert describes("培训") == "" and describes("学生") == "" and describes("公办") == ""
    assert describes("义务教育") == "" and describes("助学金") == ""


def test_a_word_right_before_a_noun_qualifies_it_and_names():
    # a place word, a verb and an adjective written before a noun pick out a group of it
    for question, word in (("县外学生有多少名", "县外"), ("校外托管机构有几家", "校外"),
                           ("在编保育员有多少人", "在编"), ("困难教职工有多少", "困难"), ("偏远村小有几所", "偏远")):
        norm = normalize(question)
        assert word in key_terms(norm) and describes(word, norm) == "", question
    # away from a noun they still only describe
    norm = normalize("岚川县家里贫困的学生一年领了多少补助？")
    assert describes("家里", norm) == "setting" and describes("贫困", norm) == "quality"
    # nor is an adjectival noun after it a noun it qualifies
    norm = normalize("帮家里困难的孩子交了多少学费")
    assert describes("家里", norm) == "setting"
    # the gate: a passage lacking the qualifier of the group asked is not let through
    norm = normalize("县外学生有多少名")
    weighed = [("县外", 3.0, 0.0), ("学生", 1.5, 1.0)]
    assert _gate_weighed(weighed, norm) == weighed


def test_the_gate_weighs_describing_words_below_the_things_named():
    # every naming word present: a missing place word is left out, a missing adjective weighs as the
    # least naming word
    weighed = _gate_weighed([("家里", 3.0, 0.0), ("贫困", 4.0, 0.0), ("学生", 1.5, 1.0), ("助学金", 2.0, 1.0)])
    assert weighed == [("贫困", 1.5, 0.0), ("学生", 1.5, 1.0), ("助学金", 2.0, 1.0)]
    # a naming word missing: the adjective weighs fully (it may be the qualifier that tells the two apart)
    weighed = _gate_weighed([("贫困", 4.0, 0.0), ("学生", 1.5, 1.0), ("教师", 2.0, 0.0)])
    assert ("贫困", 4.0, 0.0) in weighed
    # no naming word present: every word as it is
    given = [("家里", 3.0, 1.0), ("贫困", 4.0, 1.0), ("教师", 2.0, 0.0)]
    assert _gate_weighed(given) == given


def test_complements_are_never_near_words():
    assert complementary("公办", "民办") and complementary("农村学校", "城镇学校")
    assert not complementary("公办", "公立") and not complementary("学校", "学生")


GRANT = "全年为4600名学生落实助学金和生活补助，合计发放976万元。"


def test_the_grant_sentence_passes_the_gate_without_the_describing_words(service):
    # 家里 and 贫困 are words of the summary (家校共育), in no sentence of the grant; 学生 and 补助 are.
    # Weighed as they are, the two words the corpus seldom uses outweigh the grant's; as a gate weighs them
    # they do not
    reader = service.composer.reader
    query = service.analyse("岚川县家里贫困的学生一年领了多少补助？")
    text = flat(normalize(GRANT)) + "\n" + reader.supplied(DOC_ID)  # the document's head names the county
    assert reader.coverage(query, text)[0] < COVER_MIN <= reader.coverage(query, text, gate=True)[0]


def test_a_naming_word_the_passage_lacks_still_refuses(service):
    # 教师 names a thing the summary speaks of elsewhere, not in the grant's sentence: describing words
    # and the grant's words do not make it an answer
    reader = service.composer.reader
    query = service.analyse("岚川县家里贫困的教师一年领了多少补助？")
    text = flat(normalize(GRANT)) + "\n" + reader.supplied(DOC_ID)
    assert reader.coverage(query, text, gate=True)[0] < COVER_MIN
