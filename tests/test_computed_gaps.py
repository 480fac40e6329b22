"""Computed figures of four classes, on documents written here: the rest of a whole named by what it
has not done, a stated share judged against its national standard, the gap between two places'
figures, and PDF-wrapped sentences a figure is read across. Each also refuses when an input is missing."""
from __future__ import annotations

import pytest

from ingest.clean import clean
from tests.written import first_figure, inputs_cited, service_over

BULLETIN = """某县2024年“双减”工作情况
全县义务教育阶段在校生12,500人，参加课后服务的学生11,830人，参与率94.6%。
全县共有教师1600人。
"""
BUDGET = """某县教育局2025年部门预算说明
（四）教师培训。安排教师培训经费210.00万元，占全县学校年度公用经费预算总额5,000.00万元的4.2%，重点用于新教师培训。
（五）学生资助。安排资助资金800.00万元。
"""
STATISTICS = """某市2024年教育事业发展统计公报
一、学前教育
全市共有幼儿园300所，其中公办幼儿园200所。在园幼儿8.00万人，比上年减少0.50万人，下降5.9%。
二、民办教育
全市共有民办学校120所，比上年减少4所。其中民办幼儿园100所，在园幼儿2.00万人。
"""
PLACE_A = "清河县教育事业发展报告\n清河县适龄残疾儿童少年义务教育入学率为96.5%。\n"
PLACE_B = "抚松县教育事业发展报告\n抚松县适龄残疾儿童少年义务教育入学率为91.2%。\n"
PLACE_C = "安远县教育事业发展报告\n安远县学前三年毛入园率为90.0%。\n"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "gaps", {"bulletin": BULLETIN, "budget": BUDGET, "place-a": PLACE_A,
                                                   "place-b": PLACE_B, "place-c": PLACE_C,
                                                   "statistics": STATISTICS})


def test_the_rest_of_a_whole_named_by_what_it_has_not_done(service):
    r = service.ask("义务教育阶段还有多少学生没有参加课后服务？")
    assert first_figure(r) == (670.0, "人")
    assert "12,500 − 11,830 = 670" in r.answer  # shown as the document writes its amounts
    assert inputs_cited(service, r, "bulletin")
    r = service.ask("未参加课后服务的学生有多少人？")
    assert first_figure(r) == (670.0, "人")


def test_the_rest_is_refused_when_those_who_did_are_not_stated(service):
    r = service.ask("还有多少教师没有参加培训？")
    assert r.abstained or not r.figures or r.figures[0].value != 1600


def test_a_share_with_its_amounts_is_judged_against_the_national_standard(service):
    r = service.ask("教师培训经费占学校公用经费的比例符合国家标准吗？")
    assert not r.abstained, r.answer
    assert r.answer.startswith("不符合")  # 4.2% < 5%
    assert "210.00 ÷ 5000.00" in r.answer and "5%" in r.answer
    assert inputs_cited(service, r, "budget")


def test_the_gap_between_two_places_figures(service):
    r = service.ask("清河县和抚松县的适龄残疾儿童少年入学率差多少？")
    assert not r.abstained, r.answer
    values = {(round(f.value, 2), f.unit) for f in r.figures}
    assert {(96.5, "%"), (91.2, "%"), (5.3, "百分点")} <= values
    assert "96.5 − 91.2 = 5.3 个百分点" in r.answer


def test_no_gap_when_one_place_does_not_state_it(service):
    r = service.ask("清河县和安远县的适龄残疾儿童少年入学率差多少？")
    assert not any(f.unit == "百分点" for f in r.figures)
    assert "文件中未找到" in r.answer


def test_a_sentence_wrapped_before_a_figure_is_one_line():
    wrapped = ("（四）教师培训。安排教师培训经费426.00万元，占全县学校年度公用经费预算总额\n"
               "8,106.50万元的5.3%，重点用于乡村教师培训。\n")
    assert clean(wrapped) == wrapped.replace("总额\n", "总额").rstrip("\n")
    # a numbered item or a signature's date on the next line is no continuation
    for after in ("1. 第一项", "2025年2月14日"):
        text = f"这是一段说明。这一句写到行末还没有完结就被排版截断了没有标点符号\n{after}"
        assert clean(text) == text


def test_a_share_whose_part_is_named_by_the_clause_before_it(service):
    # the part's kind in the clause before (`其中民办幼儿园100所，在园幼儿2.00万人`), the whole in
    # another section; the change on last year (`比上年减少0.50万人`) is no whole
    r = service.ask("民办幼儿园在园幼儿占全市在园幼儿的比例是多少？")
    assert first_figure(r) == (25.0, "%")
    assert inputs_cited(service, r, "statistics")
