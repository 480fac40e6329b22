"""Where each of two places' events was held, or how long each may last, asked together (`分别在哪里办的`,
`各限多长时间`): each place's clause stating its venue (`在X举行`) or its limit (`不超过N分钟`), the clause naming
what is asked, never a count. Written documents only — server/answer/venuelimit.py, server/answer/crossdoc.py."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

DEBATE = """槐塘区2026年中学生演讲比赛活动总结
一、总体情况
本届比赛共有十八所学校的三十六名选手参赛。初赛在各校礼堂进行，复赛和决赛在区文化馆举行，现场观众一千余人次。
二、比赛规则
一是主题演讲，每人不超过6分钟；二是即兴演讲，每人不超过3分钟。
"""
SWIM = """榆桥市教育局关于公布第三届学生游泳比赛获奖名单的通报
榆桥市第三届学生游泳比赛于2026年10月10日至11日在市游泳馆举行。
本次比赛共有40所学校的520名学生参加。
颁奖仪式时长控制在30分钟以内，市教育局领导致辞不超过5分钟。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "venue-limit", {"huaitang-speech": DEBATE, "yuqiao-swim": SWIM})


def test_each_venue_from_its_own_document(service: Service) -> None:
    r = service.ask("槐塘演讲比赛决赛和榆桥游泳比赛分别在哪里办的")
    assert not r.abstained, r.answer
    venues = [line.split("。")[0] for line in r.answer.splitlines()]  # each place's venue, before its quote
    assert any(line.endswith("区文化馆") for line in venues), r.answer  # the final's, not the first round's
    assert any(line.endswith("市游泳馆") for line in venues), r.answer


def test_each_limit_from_the_clause_naming_the_thing(service: Service) -> None:
    r = service.ask("槐塘即兴演讲和榆桥领导致辞各限多长时间")
    assert not r.abstained, r.answer
    limits = [line.split("。")[0] for line in r.answer.splitlines()]  # each place's limit, before its quote
    assert any(line.endswith("不超过3分钟") for line in limits), r.answer
    assert any(line.endswith("不超过5分钟") for line in limits), r.answer
    assert not any("30分钟" in line or "6分钟" in line for line in limits), r.answer
