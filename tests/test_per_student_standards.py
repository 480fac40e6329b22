"""Standards per student and period (营养膳食补助 每生每天5元; 寄宿生生活费补助 小学每生每年1000元, 初中1250元)
judged on documents written here: only a rate the document states per student for the same period is
judged, stage by stage where the standard differs; a total (补助资金960万元) and a rate of another
period are never judged against it."""
from __future__ import annotations

import pytest

from tests.written import service_over

MEALS = """阜平县农村义务教育学生营养改善计划实施方案
一、补助标准
全县农村义务教育学校学生按每生每天5元标准享受营养膳食补助，全年按在校200天计算，需补助资金1800万元。
"""
OLD_RATE = """涞源县2020年营养改善计划工作总结
一、基本情况
全县实行学校食堂供餐，膳食补助标准为每生每天4元，惠及学生1.2万人。
"""
UNIT_FORM = """临城县营养改善计划工作报告
一、资金落实
学生营养膳食补助按5元/生/天足额落实，全年拨付资金1050万元。
"""
BOARDING = """内丘县关于县人大代表建议的答复
一、关于寄宿生生活补助
我县落实家庭经济困难寄宿生生活补助政策，补助标准为小学每生每年1000元、初中每生每年1200元。2023年共发放补助资金486万元。
"""
TOTAL_ONLY = """威县2024年教育资助工作情况
一、营养改善计划
2024年全县发放营养膳食补助资金960万元，惠及学生6000人。
"""
OTHER_PERIOD = """宁晋县学生营养改善计划情况
一、补助发放
全县膳食补助按每生每年1000元标准拨付到校。
"""
TRADITIONAL = """阜城縣學生營養改善計劃推進情況
一、補助標準
全縣學生營養膳食補助標準為每名學生每天5元，由縣財政足額保障。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "perstudent", {
        "meals": MEALS, "old": OLD_RATE, "unit": UNIT_FORM, "boarding": BOARDING, "total": TOTAL_ONLY,
        "period": OTHER_PERIOD, "traditional": TRADITIONAL})


@pytest.mark.parametrize("question, doc, verdict, figure", [
    ("阜平县营养膳食补助标准达到国家标准了吗？", "meals", "达标", "5元"),
    ("涞源县的膳食补助标准符合国家要求吗？", "old", "不符合", "4元"),
    ("临城县学生营养膳食补助是否达标？", "unit", "达标", "5元/生/天"),
    ("阜城县膳食补助标准达到国家标准没有？", "traditional", "达标", "5元"),
])
def test_a_daily_rate_is_judged_against_the_daily_standard(service, question, doc, verdict, figure):
    r = service.ask(question)
    assert r.answer.startswith(verdict), r.answer
    assert figure in r.answer and "每生每天5元" in r.answer  # the rate and the standard it is judged on
    assert all(c.doc_id == doc for c in r.citations)
    assert "万元" not in r.answer.split("依据")[0]  # the verdict never rests on the total beside the rate


def test_a_standard_per_stage_is_judged_stage_by_stage(service):
    r = service.ask("内丘县寄宿生生活补助标准符合国家基础标准吗？")
    assert r.answer.startswith("不符合"), r.answer  # 初中 1200 < 1250
    assert "1000元" in r.answer and "1200元" in r.answer and "1250" in r.answer
    r = service.ask("内丘县小学寄宿生生活补助达到国家标准了吗？")
    assert r.answer.startswith("达标") and "初中" not in r.answer.split("依据")[0], r.answer


@pytest.mark.parametrize("question", ["威县营养膳食补助达到国家标准了吗？", "宁晋县膳食补助标准达到国家标准了吗？"])
def test_a_total_or_another_period_is_never_judged(service, question):
    r = service.ask(question)
    assert not r.answer.startswith(("达标", "未达标", "符合", "不符合")), r.answer
    assert r.abstained or "无法判断" in r.answer, r.answer
    assert "e+" not in r.answer  # amounts in full, never 9.6e+06
