"""A figure's tense against the question's: a level a review or report states as reached (a change
from one past year to another, `已…`) answers a question about the present; a level a plan sets for a
later year does not, and answers a question about the aim. Documents written here, real ingest,
Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a mid-term review of a plan (its title names the plan): past changes and the plan's remaining aims
REVIEW = """青松县教育事业发展“十四五”规划中期评估报告
青松县教育局
2023年6月
现将《规划》2021—2022年实施情况报告如下。
一、主要任务推进情况
（一）义务教育扎实推进。全县义务教育学校全部消除56人以上大班额，城区学校平均班额由2020年的47.3人降至2022年的43.6人。
（二）教师队伍持续加强。专任教师本科以上学历占比已提高到74.2%，乡村教师周转宿舍已建成120套。
二、下一步工作建议
（一）加快补齐学前教育短板。到2025年公办园在园幼儿占比达到55%，新增公办学位900个以上。
"""

# a plan: its base year's level (reviewed) and the level it sets for the end of the period
PLAN = """白杨县教育事业发展“十四五”规划
白杨县人民政府办公室
2021年9月
一、发展基础
2020年，全县普惠性幼儿园覆盖率为82.5%。
二、主要目标
到2025年，全县普惠性幼儿园覆盖率达到90%以上，乡村学校平均班额控制在40人以内。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "state-target", {"qingsong-review": REVIEW, "baiyang-plan": PLAN})


@pytest.mark.parametrize("question, value", [
    ("青松县城区学校现在平均班额是多少？", 43.6),  # 由2020年的…降至2022年的…: past years of a 2023 review
    ("青松县城区的学校目前一个班平均坐多少个孩子？", 43.6),
    ("青松县目前专任教师本科以上学历占比是多少？", 74.2),  # 已提高到
    ("青松县现在有多少套乡村教师周转宿舍？", 120),  # 已建成
])
def test_a_level_reached_answers_the_present(service, question, value):
    assert first_figure(service.ask(question))[0] == value


@pytest.mark.parametrize("question, planned", [
    ("白杨县乡村学校现在平均班额是多少？", 40),  # only the plan's aim: not the present
    ("青松县目前公办园在园幼儿占比是多少？", 55),
])
def test_a_planned_level_does_not_answer_the_present(service, question, planned):
    r = service.ask(question)
    assert not any(f.value == planned for f in r.figures), r.answer


def test_the_aim_is_still_answered_by_the_plan(service):
    assert first_figure(service.ask("白杨县到2025年普惠性幼儿园覆盖率要达到多少？"))[0] == 90



def test_a_change_from_a_past_year_to_an_aim_is_the_aim(tmp_path_factory):
    """`由2023年的18.6%提高到25%以上` in a 2024 document: the past year dates the start, not the aim."""
    opinion = ("兰溪区关于加强新时代教师队伍建设的实施意见\n兰溪区教育局\n2024年5月\n一、主要目标\n"
               "到2027年，研究生学历教师占专任教师比例由2023年的18.6%提高到25%以上。\n")
    service = service_over(tmp_path_factory, "change-to-aim", {"lanxi-opinion": opinion})
    assert first_figure(service.ask("兰溪区研究生学历教师的比例要提高到多少？"))[0] == 25
