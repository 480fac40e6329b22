"""A stage's mean class size asked against the national standard (`X组的班额情况符不符合国家的标准`) of a
table counting the classes by a word saying which (`参加班级（个）`) beside their pupils: the row's pupils ÷ its
classes against the stage's bar; a column of classes of one size (`大班额班级`) counts no classes of the stage.
Written documents only — server/answer/rowclasssize.py (CLASSES)."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

PLAN = """楠垣县合唱节活动安排（2026年）
一、参加范围
各校按整班报名，分组数据如下。
| 组别 | 参加学校（所） | 参加班级（个） | 参加学生（人） |
| --- | --- | --- | --- |
| 小学组 | 18 | 100 | 4300 |
| 初中组 | 7 | 40 | 2080 |
| 合计 | 25 | 140 | 6380 |
二、要求
各班全员参加。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stage-class-table", {"nanyuan-choir": PLAN})


def test_a_stage_row_over_its_bar_is_over(service: Service) -> None:
    r = service.ask("楠垣初中组的班额情况符不符合国家的标准")
    assert not r.abstained, r.answer
    assert "不符合" in r.answer and "52" in r.answer and "50人" in r.answer, r.answer  # 2080 ÷ 40 = 52


def test_a_stage_row_within_its_bar_is_not_over(service: Service) -> None:
    r = service.ask("楠垣小学组的班额情况符不符合国家的标准")
    assert not r.abstained, r.answer
    assert "不符合" not in r.answer and "符合" in r.answer and "43" in r.answer, r.answer  # 4300 ÷ 100 = 43

