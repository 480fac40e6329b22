"""The words the check reads a question by, as data: 中小学 is a stage of its own (the compulsory stages
together, not 小学); the nouns of one member singled out by size (规模最大的初中) come from
server/lexicon/member_nouns.tsv; a share asked by what it measures (`不流失的比例`) is the rate the
lexicon names for those words, not another indicator. No ingest: Query and the check's helpers."""

import pytest

from server.answer import evidence, verify
from server.followup import resolve_followup
from server.lexicon import member_nouns
from server.query import RegionCatalog, analyse, stages_of

CATALOG = RegionCatalog({})


@pytest.mark.parametrize("text, stages", [
    ("全县中小学专任教师有多少人", ["中小学"]),  # not 小学
    ("中小学和幼儿园共有多少所", ["幼儿园", "中小学"]),
    ("小学生每天作业多长时间", ["小学"]),
    ("普通初中和小学的生师比", ["普通初中", "小学"]),
])
def test_zhongxiaoxue_is_a_stage_of_its_own(text, stages):
    assert sorted(stages_of(text)) == sorted(stages)


def test_a_followup_stage_replaces_zhongxiaoxue():
    history = [{"role": "user", "content": "全县中小学专任教师有多少人？"}]
    assert resolve_followup("初中呢？", history, CATALOG) == "全县初中专任教师有多少人?"


@pytest.mark.parametrize("question, one", [
    ("全县规模最大的初中有多少学生？", True),
    ("人数最多的一所学校有多少学生？", True),
    ("全县最大的班有多少人？", True),
    ("招生最多的幼儿园招了多少人？", True),
    ("全县初中有多少学生？", False),
    ("最大的困难是什么？", False),
])
def test_one_member_asked_by_its_size(question, one):
    assert "学校" in member_nouns() and "班" in member_nouns()
    assert bool(verify._ONE_MEMBER.search(analyse(question, CATALOG).norm)) is one


def test_a_share_asked_by_what_it_measures_is_the_rate_the_lexicon_names(monkeypatch):
    # (a wording no lexicon entry maps: 不流失的比例 is plain_words' everyday name of 巩固率)
    question = analyse("全县的孩子上了初中，三年下来坚持读完没有离校的比例有多高？", CATALOG)
    context = "全县初中三年巩固率为99.2%"
    # without an entry, the rate stated is another indicator than the share asked
    assert isinstance(verify._rate_conflict(question, "%", context), verify.Unlike)
    monkeypatch.setitem(evidence.SYNONYMS, "离校", ("巩固率",))
    assert verify._rate_conflict(question, "%", context) == ""
    # an entry naming another rate accepts none but that one
    assert isinstance(verify._rate_conflict(question, "%", "全县初中学生体质健康优良率为92%"), verify.Unlike)
    # a word the lexicon maps to no rate (孩子 → 学生 …) does not accept a rate whose name holds it
    other = analyse("全县的孩子近视的比例有多高？", CATALOG)
    assert isinstance(verify._rate_conflict(other, "%", "全县学生体质健康优良率为92%"), verify.Unlike)
