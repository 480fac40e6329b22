"""A compliance asked of a measure without a number word (`撤离用时符合县里的规定吗`), on documents written here: the
figure the report states for the one unit named (a school's time, in seconds) judged against the requirement the
document sets on every unit of its kind (`各校每次…最长不超过N秒`), both cited; the words naming whose rule is
asked (县里) are not asked of the rule's sentence. With no rule in the document, no verdict. A rule requiring an
act of all (`须全部实名登记`) is a floor of 100% on the act's rate the document states as reached."""
from __future__ import annotations

import pytest

from figures.numbers import find_quantities
from server.service import Service
from tests.written import service_over

DRILL = """蕖塘县2026年秋季校园消防演练情况通报
一、基本情况
全县42所学校均已完成秋季消防演练，柏岗镇双桥小学10月演练时学生撤离到操场用时168秒。
二、发现的问题
一是个别学校广播系统老化；二是杉岭镇第一小学10月演练时学生撤离到操场用时215秒。
三、工作要求
县里规定：各校每次消防演练学生撤离到操场用时最长不超过200秒，每学期演练不少于两回。
"""

NO_RULE = """榆川区2026年校园消防演练简报
一、演练情况
区内各校本学期均开展了消防演练，榆川区桐木小学演练时学生撤离到操场用时190秒。
"""


VISITORS = """棠溪县2026年校园访客管理检查通报
一、检查情况
本次抽查学校30所，访客实名登记率为88.0%，部分学校存在代登记现象。
二、有关规定
按照县里有关规定，进入校园的访客须全部实名登记，不得由门卫代填。
"""

ALL_VISITORS = """梓溪县2026年校园访客管理检查通报
一、检查情况
本次抽查学校24所，访客实名登记率为100%，登记台账齐全。
二、有关规定
按照县里有关规定，进入校园的访客须全部实名登记，不得由门卫代填。
"""

LECTURES = """桐岭县2026年校园科普讲座情况通报
一、基本情况
各校按照每学年至少开展6场科普讲座的要求组织活动，全年共开展讲座190场。
二、存在的问题
个别学校组织不力，县第三中学本学年只开展了3场科普讲座；部分学校讲座内容单一。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "compliance-own-rule", {"qutang-drill": DRILL, "yuchuan-drill": NO_RULE,
                                                                  "tangxi-visitors": VISITORS,
                                                                  "zixi-visitors": ALL_VISITORS,
                                                                  "tongling-lectures": LECTURES})


def test_seconds_are_a_unit() -> None:
    assert [(q.value, q.unit) for q in find_quantities("撤离用时最长不超过200秒")] == [(200, "秒")]


def test_a_units_measure_over_the_rule_set_on_every_unit_is_not_met(service: Service) -> None:
    r = service.ask("杉岭镇第一小学撤离用时符合县里的规定吗")
    assert not r.abstained and r.answer.startswith("不符合"), r.answer
    assert "215秒" in r.answer and "200秒" in r.answer and len(r.citations) == 2, r.answer


def test_a_units_measure_within_the_rule_is_met(service: Service) -> None:
    r = service.ask("柏岗镇双桥小学撤离用时符合县里的规定吗")
    assert not r.abstained and r.answer.startswith("符合") and "168秒" in r.answer, r.answer


def test_no_rule_in_the_document_gives_no_verdict(service: Service) -> None:
    r = service.ask("榆川区桐木小学撤离用时达没达到区里的规定")
    assert "符合" not in r.answer.split("：")[0] and "不符合" not in r.answer, r.answer


@pytest.mark.parametrize(("question", "verdict", "rate"), [
    ("棠溪县访客实名登记符合县里的规定吗", "不符合", "88.0%"),
    ("梓溪县访客实名登记符合县里的规定吗", "符合", "100%"),
])
def test_a_rule_requiring_an_act_of_all_is_a_floor_of_the_whole(service: Service, question: str, verdict: str,
                                                                 rate: str) -> None:
    r = service.ask(question)
    assert not r.abstained and r.answer.startswith(verdict) and rate in r.answer and len(r.citations) == 2, r.answer


def test_a_units_count_naming_the_indicator_after_its_figure_is_judged(service: Service) -> None:
    # (`只开展了3场科普讲座`: every key term before the figure names the school, the one after it the indicator)
    r = service.ask("桐岭县第三中学科普讲座场次达标了吗")
    assert not r.abstained and r.answer.startswith("未达标") and "3场" in r.answer and "6场" in r.answer, r.answer
