"""Segmentation: policy terms stay whole, numbers stay, noise goes, both scripts tokenise alike."""
from __future__ import annotations

import subprocess
import sys

from ingest.config import DEFAULT_CORPUS, REPO_ROOT
from ingest.normalize import normalize, to_simplified
from ingest.segment import USERDICT, tokenize


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


def test_userdict_is_simplified_and_covers_the_regions_of_the_corpus():
    terms = [line.split()[0] for line in USERDICT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(terms) >= 80
    assert [t for t in terms if to_simplified(t) != t] == []
    assert {"巴南区", "荣昌区", "开州区", "两江新区", "汉中市", "略阳县"} <= set(terms)


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
