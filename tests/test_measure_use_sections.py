"""How a thing is used, asked (`成果怎么用`, `数据如何应用`): the section whose heading names that use (`二、成果运用`),
every item, never the section before it that the question's other words match as well. Documents written here."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

NOTICE = """榆坪县中小学实验教学评比情况通报（2026年）
榆坪县教育局
2026年11月2日
一、评比总体情况
（一）参评课例数量增加。全县共有37所学校报送实验教学课例，评比结果分为一等、二等、三等。
（二）部分课例设计粗糙。评比结果显示，个别课例缺少安全预案。
二、成果运用
（一）获一等的课例，每个奖励教研经费5000元，全县巡回展示。
（二）未获奖的学校，由县教研室在寒假前安排专人上门指导。
（三）评比名次计入学校年终考评。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "use-sections", {"yuping-labs": NOTICE})


def test_the_use_asked_is_answered_from_the_section_heading_it(service: Service) -> None:
    answer = service.ask("榆坪县实验教学评比成果怎么用")
    assert "成果运用" in answer.answer, answer.answer
    assert "5000元" in answer.answer and "上门指导" in answer.answer and "年终考评" in answer.answer, \
        answer.answer
    assert "安全预案" not in answer.answer, answer.answer
