"""The items of a plan's section asked by its steps (`有哪几项程序`), every one including the first when a lead
announcing the list opens the paragraph (`…按以下顺序进行：一是…`); and a section asked by its name after its
topic with no question word (`X有关要求`), or the requirements set after an event (`检查结束后提出了哪些要求`): its
items, never a table's 合计 row nor the section the event names. Written documents only —
server/answer/sections.py."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """桐溪区毕业典礼组织安排（2026年）
一、时间
6月28日上午。
二、规模
表1 分学段人数
| 学段 | 学校（所） | 毕业生（人） |
| --- | --- | --- |
| 合计 | 41 | 6120 |
| 小学 | 29 | 3880 |
| 初中 | 12 | 2240 |
三、典礼程序
仪式按以下顺序进行：一是全体师生合唱校歌；二是校长寄语，限6分钟；三是颁发毕业证书；四是毕业生向母校赠送纪念品。
四、有关要求
一是落实安全措施，各校提前检查场地和用电设备；二是简朴办会，不得邀请商业赞助；三是及时报送信息，各校于7月2日前报送活动小结。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "listed-sections", {"tongxi-graduation": PLAN})


def test_every_step_is_listed_the_first_after_the_lead_too(service: Service) -> None:
    r = service.ask("桐溪毕业典礼有哪几项程序")
    assert not r.abstained, r.answer
    assert all(w in r.answer for w in ("合唱校歌", "校长寄语", "颁发毕业证书", "赠送纪念品")), r.answer
    assert "以下顺序" not in r.answer, r.answer  # the lead is no item


def test_a_section_named_after_its_topic_lists_its_items(service: Service) -> None:
    r = service.ask("桐溪毕业典礼有关要求")
    assert not r.abstained, r.answer
    assert all(w in r.answer for w in ("安全措施", "简朴办会", "报送信息")), r.answer
    assert "6120" not in r.answer, r.answer


INSPECTION = """桐溪区课间操抽查结果通报
一、检查对象
这次抽了20所学校，看了160个班。
二、不足
（一）有的学校把课间操时间挤掉了一半。
（二）不少学生动作不标准。
三、有关要求
（一）课间操每天不少于25分钟。
（二）学生出操率须达到95%以上。
（三）下学期区教育局还会组织复查。
"""


@pytest.fixture(scope="module")
def inspected(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "set-after", {"tongxi-exercise-inspection": INSPECTION})


def test_requirements_set_after_an_event_are_the_requirements_section(inspected: Service) -> None:
    r = inspected.ask("桐溪区课间操检查结束后提出了哪些要求")
    assert not r.abstained, r.answer
    assert all(w in r.answer for w in ("25分钟", "95%", "复查")), r.answer
    assert "160个班" not in r.answer, r.answer  # the section the event names is no requirement
