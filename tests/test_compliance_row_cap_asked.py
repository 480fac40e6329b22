"""A share of a table row's two columns asked against the cap its document's prose sets (`X人数不得超过本校当月Y人数
的N%`), the question naming the cap itself (`比例有没有超N%`): the row's part ÷ its whole — the whole the column
counted in the part's unit when the noun opens several (`报名学生（人）`, not `报名学校（所）`) — judged and worded
as asked (没超 / 超了). Written documents only — server/answer/rowcapshare.py, server/intent.py."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

RESULTS = """杞塘县2026年中小学生书法比赛情况公示
一、比赛概况
初赛由各校按季度组织，每季度结束后推荐选手参加县级展评。各校推荐展评人数不得超过本校当季报名人数的8%。
| 季度 | 报名学校（所） | 报名学生（人） | 推荐展评（人） |
| --- | --- | --- | --- |
| 一季度 | 12 | 900 | 63 |
| 二季度 | 10 | 750 | 66 |
| 合计 | 22 | 1650 | 129 |
二、其他
展评结果另行公布。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-cap-asked", {"qitang-calligraphy": RESULTS})


def test_a_row_within_the_cap_asked_is_not_over(service: Service) -> None:
    r = service.ask("杞塘一季度全县推荐展评的比例有没有超8%")
    assert not r.abstained, r.answer
    assert "没超" in r.answer and "7%" in r.answer and "900" in r.answer, r.answer  # 63 ÷ 900 = 7%


def test_a_row_over_the_cap_asked_is_over(service: Service) -> None:
    r = service.ask("杞塘二季度全县推荐展评的比例有没有超8%")
    assert not r.abstained, r.answer
    assert "超了" in r.answer and "8.8%" in r.answer, r.answer  # 66 ÷ 750 = 8.8%
