"""The problems an inspection found, asked (`查出了哪些问题`): the section headed `发现的问题`, every item, not the one
sentence that matches the question's words best. Documents written here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

BULLETIN = """柳汀县校车安全检查情况通报（2026年春）
柳汀县教育局
2026年5月7日
一、检查概况
本次检查校车46辆，覆盖全县21所学校。
（二）发现的问题
一是有2辆校车灭火器过期未更换。二是个别驾驶员未按规定参加月度安全培训。三是部分随车照管员点名记录不全。四是少数学校接送站点标识模糊。
各校问题及整改时限见下表。
| 学校 | 发现问题 | 整改时限 |
| --- | --- | --- |
| 柳汀县槐岭小学 | 随车照管员缺岗1人 | 5月15日前 |
| 柳汀县北渡中学 | 座椅安全带损坏3条 | 立即整改 |
（三）整改安排
请各校于5月底以前整改完毕，书面报告交县安全股。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "found-problems", {"liuting-bus": BULLETIN})


def test_the_problems_found_are_the_sections_items(service: Service) -> None:
    answer = service.ask("柳汀县校车检查查出了哪些问题")
    for item in ("灭火器过期", "月度安全培训", "点名记录", "站点标识"):
        assert item in answer.answer, answer.answer
    assert "5月底" not in answer.answer, answer.answer


def test_a_school_of_the_sections_table_named_is_answered_from_its_row(service: Service) -> None:
    answer = service.ask("柳汀县北渡中学检查出什么问题")
    assert "安全带损坏" in answer.answer, answer.answer
    assert "灭火器过期" not in answer.answer, answer.answer
