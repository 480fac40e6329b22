"""A share of a table row's two columns asked against the cap its document's prose sets (`X人数不得超过该校当季Y人数
的N%`), the question naming the cap itself (`占比有没有超N%`): the row's part ÷ its whole — the whole the column
counted in the part's unit when the noun opens several (`报名学生（人）`, not `报名学校（所）`) — judged and worded
as asked (没超 / 超了). Written documents only — server/answer/rowcapshare.py, server/intent.py."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

RESULTS = """杞塘县书法作品展评推荐情况公示（2026年）
一、推荐办法
各校按季度组织校内评选，每季度末向县里送展。各校送展人数不得超过该校当季报名人数的8%。
| 季度 | 报名学校（所） | 报名学生（人） | 送展（人） |
| --- | --- | --- | --- |
| 一季度 | 12 | 900 | 63 |
| 二季度 | 10 | 750 | 66 |
| 合计 | 22 | 1650 | 129 |
二、其他
展评名单另发。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-cap-asked", {"qitang-calligraphy": RESULTS})


def test_a_row_within_the_cap_asked_is_not_over(service: Service) -> None:
    r = service.ask("杞塘一季度全县送展占比有没有超8%")
    assert not r.abstained, r.answer
    assert "没超" in r.answer and "7%" in r.answer and "900" in r.answer, r.answer  # 63 ÷ 900 = 7%


def test_a_row_over_the_cap_asked_is_over(service: Service) -> None:
    r = service.ask("杞塘二季度全县送展占比有没有超8%")
    assert not r.abstained, r.answer
    assert "超了" in r.answer and "8.8%" in r.answer, r.answer  # 66 ÷ 750 = 8.8%
