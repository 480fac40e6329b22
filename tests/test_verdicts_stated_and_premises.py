"""Verdicts the evidence decides and premises no answer restates, on documents written here: a self-evaluation
table's own verdict column answers 达到/未达到 for the row asked; an average class size above the per-class
ceiling is the standard not met (one within it settles nothing); a value the question supplies (`每班44人`) is
judged against the document's rule though the rule never names the school; a question giving a count of
things and asking what they are is not answered by that count; a place's own target is not a national standard
cell; and an amount completed so far is not a project's planned amount."""
from __future__ import annotations

import pytest

from ingest.models import Cell, Row, Table
from server.answer.restated import counted_things, only_counted
from server.answer.rowverdict import row_verdict
from server.service import Service
from tests.written import service_over

# --- pure checks --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("question, things", [
    ("某县那4处重大隐患分别是哪几类", "重大隐患"),
    ("某校查出的3个问题具体是什么", "问题"),
    ("某县那2所学校分别是什么", "学校"),
    ("某县查出了几个问题", ""),  # a count asked, not content
    ("某县主要问题具体是什么", ""),  # no count given
])
def test_the_things_a_question_counts_and_asks_of(question, things):
    assert counted_things(question) == things


@pytest.mark.parametrize("answer, restated", [
    ("据某县文件：“排查隐患120处，其中重大隐患4处，均已挂牌督办。”[1]", True),
    ("88（检查得分）；3（发现问题数）。依据某市《检查结果》“某校”：检查得分：88，发现问题数：3[1]", True),
    ("重大隐患4处：校舍、消防、交通、用电各1处[1]", False),  # the count, then the things themselves
    ("发现的4个问题是：台账缺失、留样不足、消毒不到位、证照过期[1]", False),
    ("据某县文件：“校舍安全是排查的重点。”[1]", False),  # the things not named: left to the other checks
])
def test_an_answer_naming_the_things_only_by_their_count_restates_the_premise(answer, restated):
    assert bool(only_counted("某县那4处重大隐患分别是哪几类" if "隐患" in answer or "校舍" in answer
                             else "某校查出的3个问题具体是什么", answer)) is restated


def _row(*cells: tuple[str, str]) -> tuple[Table, Row]:
    row = Row(0, [Cell(column, text, 0, 1) for column, text in cells], 0, 1)
    return Table("d#t1", "d", "", [c for c, _ in cells], {}, [row], 0, 1, ""), row


@pytest.mark.parametrize("verdict, met", [("达标", True), ("未达标", False), ("是", True), ("否", False),
                                          ("不符合", False), ("已达到", True)])
def test_a_rows_own_verdict_column_is_read(verdict, met):
    table, row = _row(("指标", "毛入园率"), ("国家标准", "不低于85%"), ("本县数值", "88%"), ("是否达标", verdict))
    assert row_verdict(table, row) == (met, "是否达标", verdict)


def test_a_row_without_a_verdict_column_has_none():
    table, row = _row(("指标", "毛入园率"), ("国家标准", "不低于85%"), ("本县数值", "88%"))
    assert row_verdict(table, row) is None
    table, row = _row(("学校", "某镇中心小学"), ("在校生", "620"), ("是否寄宿制", "是"))  # a yes/no of another matter
    assert row_verdict(table, row) is None


# --- on documents written here ------------------------------------------------------------------------------

SELF_EVALUATION = """某县学前教育普及普惠督导评估自评报告
某县人民政府
2026年9月
一、基本情况
全县共有幼儿园60所，在园幼儿8200人。
二、主要指标自评情况

| 指标 | 国家标准 | 本县数值 | 是否达标 |
| --- | --- | --- | --- |
| 学前三年毛入园率 | 不低于85% | 91.2% | 达标 |
| 普惠性幼儿园覆盖率 | 不低于80% | 83.5% | 达标 |
| 公办园在园幼儿占比 | 不低于50% | 44.6% | 未达标 |
| 幼儿园生均户外活动面积（平方米） | 4/5 | 4.6/4.8 | 未达标 |

三、下一步工作
到2026年底，公办园在园幼儿占比提高到52%以上。
"""

WORK_REPORT = """某区人民政府关于教育工作情况的报告
2026年11月
一、存在的问题
一是城区学位供给紧张，城区三所公办小学平均班额达到五十一人，部分年级仍有大班额。
二是乡镇初中平均班额为四十二人，办学规模偏小。
二、安全排查
全区排查校园安全隐患130处，其中重大隐患4处，均已挂牌督办。
三、重点项目

| 项目名称 | 投资（万元） | 开工时间 | 进度 |
| --- | --- | --- | --- |
| 区第五中学教学综合楼 | 2400 | 2026年3月 | 主体完工 |
| 区实验小学风雨操场 | 680 | 2026年5月 | 基础施工 |
"""

NOTICE = """某镇2026年义务教育招生工作方案
某镇教育办
2026年6月
一、班额要求
严格控制班额，小学每班不超过45人，初中每班不超过50人，任何学校不得突破班额。
二、招生计划

| 学校 | 招生班数 | 每班人数 |
| --- | --- | --- |
| 镇第一实验小学 | 6 | 45 |
| 镇中心小学 | 4 | 45 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "verdicts", {
        "mouxian-preschool-self-evaluation-2026.md": SELF_EVALUATION.encode(),
        "mouqu-education-report-2026.md": WORK_REPORT.encode(),
        "mouzhen-enrollment-plan-2026.md": NOTICE.encode()})


@pytest.mark.parametrize("question, word, value", [
    ("某县学前三年毛入园率达标吗", "达到", "91.2%"),
    ("某县公办园在园幼儿占比达标了吗", "未达到", "44.6%"),
])
def test_a_self_evaluation_rows_verdict_is_said(service, question, word, value):
    r = service.ask(question)
    assert not r.abstained, r.answer
    assert r.answer.split("。")[0].count(word) and value in r.answer, r.answer
    assert r.citations, r.answer


def test_a_rows_one_verdict_over_values_it_pairs_is_not_each_values(service):
    # the row's 未达标 may be of either value of `4.6/4.8`: it does not judge the one asked
    r = service.ask("某县幼儿园生均户外活动面积达标吗")
    assert "是否达标：未达标" not in r.answer, r.answer


def test_an_average_class_size_over_the_ceiling_is_not_met(service):
    r = service.ask("某区城区小学班额符合标准吗？")
    assert not r.abstained, r.answer
    assert "未达到" in r.answer and "45人" in r.answer and "五十一人" in r.answer, r.answer


def test_an_average_within_the_ceiling_is_never_judged_met(service):
    r = service.ask("某区乡镇初中班额符合标准吗？")
    assert not r.answer.startswith(("符合", "达标", "达到")), r.answer


def test_a_value_the_question_supplies_is_judged_against_the_rule(service):
    r = service.ask("某镇第一实验小学每班44人，符合班额规定吗？")
    assert not r.abstained, r.answer
    assert r.answer.startswith("符合") and "45人" in r.answer, r.answer
    assert "每班人数45" not in r.answer  # the school's row states another value: no record of this case


def test_the_row_recording_the_case_is_cited_beside_the_rule(service):
    r = service.ask("某镇第一实验小学每班45人，符合班额规定吗？")
    assert r.answer.startswith("符合") and "镇第一实验小学：每班人数45[" in r.answer, r.answer
    assert len(r.citations) == 2, r.answer


@pytest.mark.parametrize("question", ["某区那4处重大隐患分别是哪几类", "某区那4处重大隐患具体是什么"])
def test_a_count_given_and_its_content_asked_is_not_answered_by_the_count(service, question):
    assert service.ask(question).abstained


def test_a_places_own_target_is_not_a_standard_cell(service):
    r = service.ask("某县公办园在园幼儿占比今年底要提到多少？")
    assert not any(f.value in (50, 44.6) for f in r.figures), r.answer
    assert r.abstained or "52%" in r.answer, r.answer


def test_an_amount_completed_so_far_is_not_the_planned_amount(service):
    r = service.ask("某区第五中学教学综合楼目前完成投资多少")
    assert r.abstained and not any(f.value == 2400 for f in r.figures), r.answer
