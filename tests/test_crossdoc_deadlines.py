"""A deadline asked of two places, each of its own act (`A的X和B的Y的截止日期分别是哪天`, `A什么时候做X，B的Y哪天前
完成`): the deadline noun and asking word after the last place are every place's, a place's words asking a time
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
本次共抽查学校18所。检查发现7所学校通风记录不全，须在12月8日前整改到位。
区里要求教室通风合格率不低于90%。
"""

SCHEDULE = """安化县关于调整中小学冬季作息时间的通知
安化县教育局
2026年11月15日
（一）12月12日前，各校要调整冬季作息时间，小学上午上课时间一般不早于8:30。
（二）县教育局将于12月下旬组织抽查。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "crossdoc-deadlines", {"qinshui-air": INSPECTION, "anhua-schedule": SCHEDULE})


def test_a_deadline_asked_after_the_last_place_is_each_places(service: Service) -> None:
    asked = analyse("沁水县通风整改和安化县调整作息的截止日期分别是哪天", service.catalog)
    assert sorted(place_asks(asked).values()) == ["调整作息的截止日期是哪天", "通风整改的截止日期是哪天"]
    answer = service.ask("沁水县通风整改和安化县调整作息的截止日期分别是哪天")
    assert "12月8日" in answer.answer and "12月12日" in answer.answer, answer.answer
    assert "90%" not in answer.answer, answer.answer


def test_a_place_asking_a_time_itself_is_asked_by_its_own_words(service: Service) -> None:
    own = place_asks(analyse("沁水县什么时候抽查通风，安化县调整作息哪天前完成", service.catalog))
    assert own == {"沁水县": "什么时候抽查通风", "安化县": "调整作息哪天前完成"}, own
