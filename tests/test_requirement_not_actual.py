"""A requirement is not a value reached, on documents written here: a notice's `参训学员比例不低于15%` restated
by a question (…能否满足…不低于15%的要求) is the bar, never the actual share. The share is computed from the
notice's table (the row named ÷ the 合计 row) and judged, or the answer abstains; a report's value reached
(`巩固率达到98%以上`) is still judged."""
from __future__ import annotations

import pytest

from tests.written import first_figure, service_over

TRAINING = """某省教育厅关于做好2025年教师培训工作的通知
一、总体目标
2025年全省计划培训教师共计20000人，其中脱产研修项目参训学员比例不低于12%。
二、项目安排
| 项目名称 | 培训对象 | 培训人数（人） | 经费（万元） |
| --- | --- | --- | --- |
| 网络研修 | 中小学教师 | 12000 | 1200 |
| 骨干教师脱产研修 | 县级骨干教师 | 3000 | 900 |
| 送教下乡培训 | 乡村教师 | 5000 | 600 |
| 合计 | | 20000 | 2700 |
"""
SHORT = """涿州市关于实施中小学教师能力提升培训的通知
一、培训任务
全市培训中小学教师8000人，置换脱产研修参训比例不少于10%。
二、名额分配
| 项目 | 人数（人） |
| --- | --- |
| 置换脱产研修 | 600 |
| 线上研修 | 7400 |
| 合计 | 8000 |
"""
NO_TABLE = """易县教师交流轮岗实施意见
一、工作要求
县级教育行政部门每年交流轮岗教师的比例不低于符合交流条件教师总数的10%，乡村教师培训参训比例不低于90%。
"""
REPORT = """定兴县义务教育优质均衡发展自评报告
一、教育质量
2024年全县初中三年巩固率达到98%以上，残疾儿童少年入学率达到96.2%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "requirement", {"training": TRAINING, "short": SHORT,
                                                          "notable": NO_TABLE, "report": REPORT})


def test_the_share_reached_is_computed_from_the_table_not_read_from_the_requirement(service):
    r = service.ask("某省骨干教师脱产研修的人数能否满足脱产研修参训学员比例不低于12%的要求？")
    assert first_figure(r) == (15.0, "%"), r.answer  # 3000 ÷ 20000, never the 12% of the requirement
    assert r.answer.startswith("满足") and "3000 ÷ 20000" in r.answer


def test_a_share_below_the_bar_fails(service):
    r = service.ask("涿州市置换脱产研修的人数是否达到参训比例不少于10%的要求？")
    assert first_figure(r) == (7.5, "%"), r.answer  # 600 ÷ 8000
    assert r.answer.startswith("未达标"), r.answer


@pytest.mark.parametrize("question", ["易县乡村教师培训参训比例是否达到不低于90%的要求？",
                                      "易县交流轮岗比例达到国家标准了吗？"])
def test_a_requirement_alone_is_never_judged(service, question):
    r = service.ask(question)
    assert r.abstained, r.answer  # the document states only the bar: nothing reached to judge
    assert "达标" not in r.answer


def test_a_value_reached_is_still_judged(service):
    r = service.ask("定兴县初中三年巩固率达到国家标准了吗？")
    assert r.answer.startswith("达标"), r.answer
