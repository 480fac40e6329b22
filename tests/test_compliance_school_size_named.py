"""A school's size asked of a school the question names (规模超标吗): judged on the pupils the prose counts for
it — in the sentence naming it or in the next one going back to it (该校…) — against the national bar, never a table
row counting something else of it (参赛选手); its row's column of pupils when no sentence counts them; when the
documents name the school but never count its pupils, an abstention saying so. Written documents only —
server/answer/schoolsize.py."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

BULLETIN = """榉川县机器人竞技活动情况通报（2026年）
一、活动概况
共有5所学校组队，46名选手上场。
表1 分校上场人数
| 学校 | 上场选手（人） | 得奖（人） |
| --- | --- | --- |
| 榉川县明德小学 | 15 | 9 |
| 榉川县溪口小学 | 11 | 6 |
| 榉川县南岭小学 | 20 | 12 |
二、表彰
这次活动榉川县明德小学得奖最多，该校有在校生2340人，共50个班，机器人社团每周活动两次。
榉川县南岭小学在校生1780人，头一回组队。
指导老师多来自榉川县枫林小学，其在校生已达2150人。
"""

ROWS = """桦溪区2026年阅读推广试点安排
一、试点学校
表1 试点校一览
| 学校 | 在校生（人） | 推广员（人） |
| --- | --- | --- |
| 桦溪区青石小学 | 2260 | 10 |
| 桦溪区柳湾小学 | 1320 | 6 |
二、要求
各试点学校每月开展一次阅读分享。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "school-size-named", {"juchuan-robot-contest": BULLETIN,
                                                                  "huaxi-reading-pilot": ROWS})


def test_pupils_counted_in_the_next_sentence_judge_the_size(service: Service) -> None:
    r = service.ask("榉川县明德小学规模超标吗")
    assert not r.abstained, r.answer
    assert "超了" in r.answer and "2340人" in r.answer and "2000人" in r.answer, r.answer
    assert "15人" not in r.answer, r.answer  # the row's players are no size


def test_pupils_counted_in_the_naming_sentence_within_the_bar(service: Service) -> None:
    r = service.ask("榉川县南岭小学规模超标吗")
    assert not r.abstained, r.answer
    assert "没超" in r.answer and "1780人" in r.answer, r.answer


def test_a_school_whose_pupils_are_not_counted_is_not_judged(service: Service) -> None:
    r = service.ask("榉川县溪口小学规模超标吗")
    assert r.abstained, r.answer
    assert "在校生" in r.answer and "11人" not in r.answer, r.answer


def test_pupils_only_a_row_counts_judge_the_size(service: Service) -> None:
    r = service.ask("桦溪区青石小学规模超标吗")
    assert not r.abstained, r.answer
    assert "超了" in r.answer and "2260" in r.answer and "2000人" in r.answer, r.answer


def test_pupils_counted_as_reached_judge_the_size(service: Service) -> None:
    # `在校生已达N人`: a count of pupils said as reached is the school's size
    r = service.ask("榉川县枫林小学规模超标吗")
    assert not r.abstained and "2150人" in r.answer, r.answer
