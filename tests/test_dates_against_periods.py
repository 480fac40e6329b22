"""Dates asked of a notice's periods and deadlines: a day the question states judged against the period or deadline
set for the act it names (来得及 / 来不及 / 还没开始); the end of a period stated alone under the heading naming it,
never a table's figure; the period asked by its bare noun (`…报名时间`). The documents are written here (invented
places and wording); the real pipeline answers."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

# its title set on two lines, the second naming the act asked (a passage as short as it is on topic)
NOTICE = """澄岭县职教办关于组织2027年
职业技能竞赛网上填报工作的通知
澄岭县职教办
各中职学校：
今年职业技能竞赛选拔工作定于4月8日至4月15日进行网上填报。
一、凡本县中职在校学生均可自愿参加。
二、资格复审时间为4月18日至4月20日，过期视为放弃。
三、各校须于4月25日前将参赛汇总表交县职教办。
四、参赛名额分配如下：
| 学校 | 分配名额 | 指导教师 |
| --- | --- | --- |
| 澄岭职中 | 40 | 8 |
| 县技工学校 | 25 | 5 |
| 合计 | 65 | 13 |
五、结果公示时间
2027年5月6日至5月12日（七天）。
澄岭县职教办
2027年3月30日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "dates-periods", {"chengling-skills-contest-2026": NOTICE})


def test_a_day_after_the_period_is_too_late_with_what_befalls_a_late_comer(service):
    answer = service.ask("澄岭县资格复审4月21日去还来得及吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("来不及"), answer.answer
    assert "4月20日" in answer.answer and "视为放弃" in answer.answer, answer.answer


def test_a_day_within_the_period_is_in_time(service):
    answer = service.ask("澄岭县资格复审4月19日去还来得及吗")
    assert answer.answer.startswith("来得及"), answer.answer


def test_a_day_before_the_period_has_not_begun(service):
    answer = service.ask("澄岭县资格复审4月16日去来得及吗")
    assert answer.answer.startswith("还没开始") and "4月18日" in answer.answer, answer.answer


def test_a_day_against_a_deadline_named_after_its_date(service):
    late = service.ask("澄岭县各校4月26日交参赛汇总表还来得及吗")
    assert late.answer.startswith("来不及") and "4月25日" in late.answer, late.answer
    early = service.ask("澄岭县各校4月24日交参赛汇总表还来得及吗")
    assert early.answer.startswith("来得及"), early.answer


def test_the_end_of_a_period_stated_under_its_heading_not_a_table_figure(service):
    answer = service.ask("澄岭县职业技能竞赛选拔结果公示哪天截止")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("2027年5月12日"), answer.answer


def test_a_period_asked_by_its_bare_noun_is_the_sentence_dating_it(service):
    answer = service.ask("澄岭县今年职业技能竞赛网上填报时间")
    assert not answer.abstained, answer.answer
    assert "4月8日" in answer.answer and "4月15日" in answer.answer, answer.answer
