"""A stage of the area's schools asked (`义务教育阶段小学、初中在校生`) is no school named, so the area's own total
answers it; one table cell is never a share of itself (a part asked of a 总 whole that no other column holds).
Documents written here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

STATS = """柘川区2030年教育事业统计简况
一、学生
2030年全区义务教育阶段在校生9120人，其中小学在校生6080人、初中在校生3040人。
"""

QUOTA = """柘川区普通话水平测试安排
一、批次
本次测试分两个批次，名额如下：
| 批次 | 名额（人） | 测试日期 |
| 第一批 | 240 | 5月9日 |
| 第二批 | 360 | 5月16日 |
"""

@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "wholes-parts", {"zhechuan-stats": STATS, "zhechuan-quota": QUOTA})


def test_a_stage_of_the_areas_schools_is_no_school_named(service: Service) -> None:
    r = service.ask("柘川区2030年义务教育阶段小学、初中在校生各有多少人")
    assert not r.abstained and "6080" in r.answer, r.answer


def test_one_cell_is_no_share_of_itself(service: Service) -> None:
    r = service.ask("柘川区第一批普通话测试名额占总名额的比例")
    assert "100.00%" not in r.answer, r.answer

