"""A deadline asked of two places, each of its own act (`A的X和B的Y的最后期限各在哪天`, `A何时验收X，B的Y哪一天
办完`): the deadline noun and asking word after the last place are every place's, a place's words asking a time
themselves are asked by them; each place answered by the date of its own act. Documents written here."""
from __future__ import annotations

import pytest

from server.answer.crossdoc import place_asks
from server.query import analyse
from server.service import Service
from tests.written import service_over

INSPECTION = """沁水县教室通风检查通报
沁水县教育局
2026年11月20日
这次查看学校18所。7所学校通风记录不全，最迟12月8日补齐通风记录。
教室通风达标比例应不低于90%。
"""

SCHEDULE = """安化县冬令课表启用通知
安化县教育局
2026年11月15日
（一）最迟12月11日，各校换用冬令课表，小学上午第一节不早于8:35。
（二）12月下旬县里派人抽看。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "crossdoc-deadlines", {"qinshui-air": INSPECTION, "anhua-schedule": SCHEDULE})


def test_a_deadline_asked_after_the_last_place_is_each_places(service: Service) -> None:
    asked = analyse("沁水县补齐通风记录和安化县换用冬令课表的最后期限各在哪天", service.catalog)
    assert sorted(place_asks(asked).values()) == ["换用冬令课表的最后期限在哪天", "补齐通风记录的最后期限在哪天"]
    answer = service.ask("沁水县补齐通风记录和安化县换用冬令课表的最后期限各在哪天")
    assert "12月8日" in answer.answer and "12月11日" in answer.answer, answer.answer
    assert "90%" not in answer.answer, answer.answer


def test_a_place_asking_a_time_itself_is_asked_by_its_own_words(service: Service) -> None:
    own = place_asks(analyse("沁水县何时验收通风，安化县冬令课表哪一天换好", service.catalog))
    assert own == {"沁水县": "何时验收通风", "安化县": "冬令课表哪天换好"}, own
