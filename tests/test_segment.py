"""Segmentation: policy terms stay whole, numbers stay, noise goes, both scripts tokenise alike."""
from __future__ import annotations

import subprocess
import sys

import pytest

from ingest.config import DEFAULT_CORPUS, REPO_ROOT
from ingest.normalize import normalize, to_simplified
from ingest.places import find_places, lookup
from ingest.segment import USERDICT, tokenize, words


def test_policy_terms_are_single_tokens():
    tokens = tokenize(normalize("推进义务教育优质均衡发展，九年义务教育巩固率达到99.5%，实行区管校聘，消除大班额"))
    for term in ("优质均衡", "巩固率", "区管校聘", "大班额", "义务教育"):
        assert term in tokens, term


def test_search_mode_also_gives_the_parts_of_a_compound():
    tokens = tokenize("优质均衡")
    assert {"优质", "均衡", "优质均衡"} <= set(tokens)


def test_numbers_kept_without_their_percent_sign_and_punctuation_and_stopwords_dropped():
    tokens = tokenize(normalize("到2025年，初中学校综合差异系数为0.379，公办率54.79%。"))
    assert {"2025", "0.379", "54.79"} <= set(tokens)
    assert not {"的", "为", "，", "。", "%", "54.79%"} & set(tokens)
    assert all(t == t.strip() and t for t in tokens)


def test_latin_is_lowercased():
    assert tokenize("PISA 测试") == ["pisa", "测试"]


def test_traditional_text_tokenises_like_simplified_after_normalisation():
    traditional = "九年義務教育鞏固率達到99.5%，推進優質均衡發展"
    assert tokenize(normalize(traditional)) == tokenize("九年义务教育巩固率达到99.5%，推进优质均衡发展")


def test_userdict_is_simplified_policy_terms_and_places_come_from_the_gazetteer():
    terms = [line.split()[0] for line in USERDICT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(terms) >= 80
    assert [t for t in terms if to_simplified(t) != t] == []
    assert not [t for t in terms if lookup(t)]  # place names are the gazetteer's, not listed by hand
    for name in ("巴南区", "荣昌区", "两江新区", "汉中市", "略阳县", "临湘市", "嵊州市"):
        assert name in words(f"{name}教育局"), name


@pytest.mark.parametrize("text, place", [
    ("山东三省交界地区", "山东"),  # 东三省 is a dictionary word overlapping the province's name
    ("苏鲁豫皖四省，河南山东三省联动", "山东"),
    ("支持福建宁德打造", "宁德"),
    ("推进岳阳临湘教育发展", "临湘"),
])
def test_place_names_segment_as_words_and_are_found(text, place):
    assert place in words(text) and place in tokenize(text)
    assert place in [m.place.short for m in find_places(text)]


@pytest.mark.parametrize("text, expected", [
    ("顺应城市发展", ["顺应", "城市", "发展"]),  # not 顺/应城市 (a county-level city)
    ("做大新能源产业", ["做大", "新能源", "产业"]),  # not 做/大新 (a county)
    ("新增城区学位", ["新增", "城区", "学位"]),
    ("幸福建设", ["幸福", "建设"]),
    ("成渝中线高铁", ["成渝", "中线", "高铁"]),
])
def test_place_names_do_not_break_ordinary_words(text, expected):
    assert words(text) == expected
    assert not find_places(text)


def test_real_document_keeps_its_terms():
    text = normalize((DEFAULT_CORPUS / "banan-education-plan-2021.txt").read_text(encoding="utf-8"))
    tokens = set(tokenize(text))
    assert {"十四五", "巩固率", "毛入园率", "普惠率", "2025"} <= tokens


def test_jieba_prints_nothing_on_stderr():
    run = subprocess.run([sys.executable, "-c", "from ingest.segment import tokenize; print(tokenize('优质均衡'))"],
                         cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "优质均衡" in run.stdout
    assert run.stderr == ""


@pytest.mark.parametrize("text, stage, ratio", [("全市小学生师比为16.2", "小学", "生师比"),
                                                ("中学生师比", "中学", "生师比"),
                                                ("小学班师比", "小学", "班师比"),
                                                ("初中生师比", "初中", "生师比")])
def test_a_stage_before_a_ratio_keeps_the_ratios_first_character(text, stage, ratio):
    # 小学生 is a word: the ratio words' frequency keeps it from taking the 生 of 生师比
    assert [stage, ratio] == [w for w in words(text) if w in (stage, ratio, "小学生", "师比")]
    assert {stage, ratio} <= set(tokenize(text)) and "师比" not in tokenize(text)


def test_a_stage_word_with_its_students_stays_whole():
    assert words("小学生人数") == ["小学生", "人数"]


@pytest.mark.parametrize("passage, question, shared", [
    ("发现问题392个，已整改351个，整改率为89.5%", "整改率是多少？", "率"),  # 率为 of an unknown rate word
    ("全县幼儿园保教费收缴率达98.2%", "收缴率是多少", "率"),
    ("城乡居民收入比为2.1", "城乡居民收入比是多少", "比"),  # 比为 of jieba's dictionary
    ("师生比达1:12", "师生比", "师生比"),
    ("哪个项目培训人数最多", "各项目培训人数（人）", "人数"),  # 数最多 of jieba's dictionary
    ("招生人数最多的学校", "计划招生人数", "人数"),
])
def test_a_word_is_not_joined_to_the_copula_or_superlative_after_it(passage, question, shared):
    assert shared in tokenize(normalize(passage)) and shared in tokenize(normalize(question))


@pytest.mark.parametrize("word", ["认为", "成为", "作为", "因为", "总是", "到达"])
def test_dictionary_words_ending_in_a_copula_character_stay_whole(word):
    assert word in tokenize(f"大家{word}")


def test_the_national_training_programme_is_one_word():
    assert "国培计划" in tokenize("2025年国培计划项目安排") and "年国培" not in tokenize("2025年国培计划项目安排")


def test_normalised_texts_are_kept_bounded_and_only_short_ones():
    from ingest import normalize as module

    short = "學（xué）位 　１２３個，乡村 教师"
    assert normalize(short) == normalize(short) == "学位 123个,乡村 教师"
    assert normalize(short, drop_space=True) == "学位123个,乡村教师"  # kept apart from the spaced form
    kept = module._normalized.cache_info()
    assert kept.maxsize == module.MEMO_SIZE
    long = "義務教育  " * (module.MEMO_CHARS // 5)  # a whole document's length: normalised, not kept
    assert len(long) > module.MEMO_CHARS and normalize(long) == ("义务教育 " * (module.MEMO_CHARS // 5)).strip()
    assert module._normalized.cache_info().currsize == kept.currsize


def test_a_token_unglued_again_is_the_same():
    from ingest.segment import unglued

    assert unglued("哪所") == unglued("哪所") == "" and unglued.cache_info().maxsize is not None
