"""Rates of one table row its table leaves to compute, and one school stage's total paid, on documents written
here: a defined rate of the row asked (劝返率 = 劝返 ÷ 辍学) and a completion share of an indicator's row (实际完成 ÷
年度指标, the row named by its indicator cell), never recomputed when the prose states the row's rate; a stage's
total (初中…一年发了多少钱) as its rate per head × its heads stated in one sentence, never when the standard
itself is asked."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a county's dropout control by town: counts of dropouts and of those persuaded back, one town's rate in prose
DROPOUTS = """某县控辍保学工作情况报告
县教育局
2026年12月
一、基本情况

| 乡镇 | 适龄儿童数 | 辍学数 | 劝返数 |
| --- | --- | --- | --- |
| 某甲镇 | 2100 | 8 | 6 |
| 某乙乡 | 1300 | 5 | 5 |
| 某丙乡 | 900 | 4 | 1 |

二、工作排名
某乙乡劝返率100%，排名第一。
"""
DROPOUTS_ID = "county-dropout-control-2026"

# a bureau's self-evaluation table: indicators under shared first-level labels, each with its target and result
EVALUATION = """某县教育局2026年度部门整体支出绩效自评报告
县教育局
2027年1月
二、绩效指标完成情况

| 一级指标 | 二级指标 | 年度指标值 | 实际完成值 | 得分 |
| --- | --- | --- | --- | --- |
| 产出指标 | 新建标准化实验室（间） | ≥40 | 36 | 9 |
| 产出指标 | 更新课桌椅（套） | ≥2000 | 2100 | 10 |
| 效益指标 | 学生视力筛查覆盖率 | 100% | 98% | 9 |
"""
EVALUATION_ID = "county-bureau-self-evaluation-2026"

# an aid summary stating each stage's standard and recipients in one sentence
AID = """某县2026年学生资助工作总结
县教育局
2026年12月
一、资助落实情况
寄宿生生活费补助标准为小学800元/生/年、初中1000元/生/年，全年补助小学寄宿生1500人次、初中寄宿生2400人次。
"""
AID_ID = "county-student-aid-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rowrates", {f"{DROPOUTS_ID}.md": DROPOUTS.encode(),
                                                       f"{EVALUATION_ID}.md": EVALUATION.encode(),
                                                       f"{AID_ID}.md": AID.encode()})


def test_a_defined_rate_of_the_row_asked_is_its_part_over_its_whole(service):
    r = service.ask("某县某甲镇辍学学生的劝返率是多少？")
    assert first_figure(r) == (75.0, "%"), r.answer  # 6 ÷ 8
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["6", "8"]
    assert inputs_cited(service, r, DROPOUTS_ID)


def test_a_rate_the_prose_states_of_the_row_is_not_recomputed(service):
    r = service.ask("某县某乙乡劝返率是多少？")
    assert not any("÷" in (f.formula or "") for f in r.figures), r.answer
    assert "100%" in r.answer, r.answer


def test_a_completion_share_of_an_indicator_row_named_by_its_cell(service):
    r = service.ask("某县新建标准化实验室完成了年度指标的百分之几？")
    assert first_figure(r) == (90.0, "%"), r.answer  # 36 ÷ 40
    assert [c.text for c in r.citations] == ["产出指标 | 新建标准化实验室（间） | ≥40 | 36 | 9"], r.answer


def test_a_stages_total_is_its_rate_times_its_heads(service):
    r = service.ask("某县初中寄宿生生活费补助一年发了多少钱？")
    assert first_figure(r) == (240.0, "万元"), r.answer  # 1000元/生/年 × 2400人次
    assert "240万元" in r.answer, r.answer
    assert inputs_cited(service, r, AID_ID)


def test_the_standard_asked_is_the_rate_not_a_total(service):
    r = service.ask("某县初中寄宿生生活费补助标准是多少？")
    assert not any("×" in (f.formula or "") for f in r.figures), r.answer
