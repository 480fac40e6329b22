"""The lexicon's everyday words for the documents' official terms (server/lexicon/*.tsv), asked on a
work report written here (real ingest, real model, Service.ask): statistics' names of residents and
their disposable income, 补贴 and 补助 as one word for a subsidy, money spent stated as funds."""
import pytest

from server.answer.evidence import has_term
from server.lexicon import plain_words
from server.query import plain
from server.service import Service
from tests.written import service_over

REPORT = """2026年清河市政府工作报告
一、2025年工作回顾
全市城镇居民人均可支配收入达到46800元，农村居民人均可支配收入达到21350元。
发放高龄津贴和残疾人两项补助共计3.6亿元。全市普通高等学校达到12所，在校生18.2万人。
全年累计资助家庭经济困难学生8.4万人次，发放资助资金2.35亿元。
"""
DOC_ID = "qinghe-report-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "lexicon-words", {DOC_ID: REPORT})


def test_rural_residents_income_in_everyday_words(service):
    answer = service.ask("清河乡下人去年平均每人到手多少钱？")
    assert not answer.abstained, answer.answer
    assert "21350元" in answer.answer and "46800" not in answer.answer


def test_money_spent_is_answered_by_funds_paid(service):
    answer = service.ask("清河去年帮家里困难的学生一共花了多少钱？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("2.35亿元"), answer.answer


def test_lexicon_rewrites():
    # 补贴 is a document's word as much as 补助: no rewrite, each carries the other
    assert "补贴" not in plain_words()
    assert has_term("补贴", "残疾人两项补助") and has_term("补助", "育儿补贴")
    assert plain("乡下人到手的钱") == "农村居民可支配收入"
    assert has_term("大学", "普通高等学校达到12所")


def test_children_whose_parents_are_away_are_left_behind_children():
    # (the description read whole as the documents' term, described_terms.tsv)
    assert plain("爹妈不在身边的孩子") == "留守儿童" and plain("父母不在身边的孩子") == "留守儿童"
    # parents who are with their children: no 留守
    assert plain("父母在身边的孩子") == "父母在身边的孩子"
