"""Where each of two places' events was held, or how long each may last, asked together (`各在哪里办的`,
`各自限时多久`): each place's clause stating its venue (`在X举行`) or its limit (`不超过N分钟`), the clause naming
what is asked, never a count. Written documents only — server/answer/venuelimit.py, server/answer/crossdoc.py."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

DEBATE = """槐塘区演讲比赛工作小结（2026年）
一、概况
十八所学校派出三十六名选手。初赛放在各校礼堂进行，决赛则在区文化馆举行，到场观众一千余人次。
二、规则
一是主题演讲，每名选手不超过7分钟；二是即兴演讲，每名选手不超过4分钟。
"""
SWIM = """榆桥市学生游泳赛事简报（2026年）
榆桥市学生游泳赛事于2026年10月10日至11日在市游泳馆举行。
40所学校520名学生下水比拼。
颁奖环节控制在35分钟以内，领导致辞不超过9分钟。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "venue-limit", {"huaitang-speech": DEBATE, "yuqiao-swim": SWIM})


def test_each_venue_from_its_own_document(service: Service) -> None:
    r = service.ask("槐塘演讲比赛决赛和榆桥游泳赛事各在哪里办的")
    assert not r.abstained, r.answer
    venues = [line.split("。")[0] for line in r.answer.splitlines()]  # each place's venue, before its quote
    assert any(line.endswith("区文化馆") for line in venues), r.answer  # the final's, not the first round's
    assert any(line.endswith("市游泳馆") for line in venues), r.answer


def test_each_limit_from_the_clause_naming_the_thing(service: Service) -> None:
    r = service.ask("槐塘即兴演讲和榆桥领导致辞各自限时多久")
    assert not r.abstained, r.answer
    limits = [line.split("。")[0] for line in r.answer.splitlines()]  # each place's limit, before its quote
    assert any(line.endswith("不超过4分钟") for line in limits), r.answer
    assert any(line.endswith("不超过9分钟") for line in limits), r.answer
    assert not any("35分钟" in line or "7分钟" in line for line in limits), r.answer
