"""Lookups over documents written here (invented places, checked absent from ingest/gazetteer, corpus, eval and
the other tests; real ingest, real model, Service.ask):
- when an event of a notice is asked (`什么时候报名`), of the dated sentences under one heading (`报名和考试`) the
  one whose own words name the event, not another event's date that has the word from the heading only;
- children asked by an age span (`3到5岁的娃娃`) are those of the sentence naming the span (`3至5周岁…幼儿`), never
  the enrolled children beside them, nor a count of towns, nor the age itself;
- an official car in everyday words (公车) is the budgets' 公务用车;
- what became of all the things counted (`，均已挂牌督办`) is quoted with the count."""

import pytest

from server.ages import child_span_terms
from server.answer.text import purpose_after
from server.query import key_terms, plain
from server.service import Service
from tests.written import first_figure, service_over

RECRUITMENT = """滃溪县2027年公开招聘中小学教师公告

一、招聘计划
县教育局本次计划招聘中小学教师42名，其中初中教师18名、小学教师24名。
二、报考条件
报考人员须具有与报考岗位相应的教师资格证书。
三、报名和考试
报名时间：2027年3月2日至6日，网上进行。
笔试时间为2027年4月10日，面试时间另行通知。
总成绩按笔试成绩占60%、面试成绩占40%计算。
四、聘用
聘用人员试用期为一年。

滃溪县人力资源和社会保障局
2027年2月20日
"""
PRESCHOOL = """瀍阳区学前教育普及普惠自评报告

一、基本情况
瀍阳区辖湓口镇等7个乡镇，全区现有幼儿园38所，其中公办园22所。2026年秋季学期在园幼儿7260人，全区3至5周岁常住适龄幼儿8412人。
幼儿园专任教师531人。
二、下一步工作
新增公办学位600个。

瀍阳区教育局
2026年10月12日
"""
BUDGET = """滃溪县教育局2027年部门预算说明

一、收支预算总体情况
2027年县教育局支出预算31260.0万元，比上年增加1120.0万元。
二、“三公”经费预算情况
2027年“三公”经费共安排14.8万元，其中公务用车运行维护费12.6万元、公务接待费2.2万元。

滃溪县教育局
2027年1月25日
"""
SAFETY = """瀍阳区2026年校园安全隐患排查情况报告

一、排查情况
此次排查覆盖全区中小学、幼儿园86所，排查各类隐患174处，其中重大隐患2处，均已挂牌督办。
二、下一步工作
每月开展1次安全隐患自查。

瀍阳区教育局
2026年11月3日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "event-ages-cars",
                        {"wengxi-recruitment-2027": RECRUITMENT, "chanyang-preschool-2026": PRESCHOOL,
                         "wengxi-budget-2027": BUDGET, "chanyang-safety-2026": SAFETY})


def test_the_asked_events_own_sentence_gives_its_date(service: Service):
    response = service.ask("滃溪县教师招聘什么时候报名")
    assert not response.abstained, response.answer
    assert "3月2日" in response.answer and "4月10日" not in response.answer


def test_children_of_an_age_span_are_the_sentence_naming_the_span(service: Service):
    assert first_figure(service.ask("瀍阳那边3到5岁的娃娃一共多少个")) == (8412, "人")
    assert first_figure(service.ask("瀍阳区3至5周岁的幼儿有多少人")) == (8412, "人")


def test_an_age_span_is_one_term_only_for_children():
    [span] = child_span_terms("3到5岁的孩子有多少")
    assert "3至5周岁" in span.split("|") and "3-5岁" in span.split("|")
    assert any("3至5周岁" in t for t in key_terms("3到5岁的孩子有多少"))
    assert child_span_terms("40到55岁的教师有多少") == []  # staff ages are read by the age bands (server/ages.py)
    assert child_span_terms("5到3岁的孩子") == []


def test_an_official_car_in_everyday_words(service: Service):
    assert "公务用车" in plain("公车开销打算花多少钱")
    assert first_figure(service.ask("滃溪县教育局今年公车开销打算花多少钱")) == (12.6, "万元")


def test_what_became_of_all_the_things_counted_is_quoted_with_the_count(service: Service):
    text = "排查各类隐患174处，其中重大隐患2处，均已挂牌督办。"
    assert purpose_after(text, (0, len(text)), "其中重大隐患2处") == "，均已挂牌督办"
    stated = "排查各类隐患174处，其中重大隐患2处，均安排整改资金20万元。"
    assert purpose_after(stated, (0, len(stated)), "其中重大隐患2处") == ""  # a clause with its own figure
    response = service.ask("瀍阳区重大隐患有几处")
    assert first_figure(response) == (2, "处") and "挂牌督办" in response.answer
