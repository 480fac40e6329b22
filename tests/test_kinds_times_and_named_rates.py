"""A whole's rate never answers which kind reaches a level; a time counted from a day (开学前2周) is no amount
per a period; an amount a clause names per student by the indicator's own name (生均…标准…每年N元) is judged
as one per student; a score column beside money and rate columns is no part of the money. Documents written here
(invented places); the real pipeline answers."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

TRAINING = """沣川县校外培训机构专项治理情况通报
沣川县教育局
2026年4月
一、治理情况
全县纳入治理的校外培训机构原有328家，其中学科类机构96家、非学科类机构232家。
经过专项治理，全县校外培训机构累计压减149家，总体压减率45.4%。
二、下一步工作
持续开展常态化巡查，严防反弹。
"""

SERVICE = """溱浦县中小学课后服务实施方案
溱浦县教育局
2026年2月
一、服务内容
城区学校和农村学校均开设课后服务，以作业辅导、兴趣活动和体育锻炼为主。
二、工作要求
1．各学校须于每学期开学前2周向家长公布服务方案。
2．家庭经济困难学生免收课后服务费用。
"""

SPECIAL = """洧阳县特殊教育发展情况报告
洧阳县教育局
2026年3月
一、保障情况
县特教学校生均公用经费标准保持在每年6000元以上，按时足额拨付到校。
二、下一步工作
继续完善送教上门制度。
"""


FUNDS = """涞溪县2025年度教育专项资金绩效评价报告
涞溪县教育局
2026年3月
一、评价结果
| 项目 | 预算（万元） | 实际支出（万元） | 支出率（%） | 绩效得分 |
| --- | --- | --- | --- | --- |
| 校舍维修 | 1800 | 1764 | 98.0 | 94 |
| 教师培训 | 600 | 510 | 85.0 | 83 |
| 课后服务补助 | 450 | 441 | 98.0 | 90 |
| 图书配备 | 300 | 210 | 70.0 | 75 |
二、存在问题
个别项目支出进度偏慢。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "kinds-times", {
        "fengchuan-training-2026": TRAINING, "zhenpu-afterschool-2026": SERVICE})


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "named-rates", {
        "weiyang-special-2026": SPECIAL, "laixi-funds-2026.md": FUNDS.encode()})


def test_which_kind_reaches_a_rate_is_never_the_whole_rate(service):
    answer = service.ask("沣川县哪类培训机构压减率达到100%")
    assert "45.4%" not in answer.answer or answer.abstained, answer.answer


def test_a_time_before_a_day_is_no_amount_per_period(service):
    answer = service.ask("溱浦县课后服务方案里农村学校每学期收多少")
    assert "2周" not in answer.answer.split("以下段落")[0] or answer.abstained, answer.answer
    assert not any(f.unit == "周" for f in answer.figures), answer.figures


def test_an_amount_named_per_student_is_judged_per_student(judged):
    answer = judged.ask("洧阳县特教学校生均公用经费够不够国家标准")
    assert not answer.abstained, answer.answer
    assert "无法判断" not in answer.answer and "总额" not in answer.answer, answer.answer
    assert "6000" in answer.answer, answer.answer


def test_a_score_beside_money_and_rate_columns_is_in_points(judged):
    answer = judged.ask("涞溪县课后服务补助项目绩效打了多少分")
    assert not answer.abstained, answer.answer
    assert answer.figures and (answer.figures[0].value, answer.figures[0].unit) == (90.0, "分"), answer.answer
