"""A rule a document quotes (`落实“…不低于720元”的标准`) is a bound it sets, so its figure is read and answers
the standard asked, and a level stated for each stage in one sentence is judged by its
own clause; a quoted name (`“2+1”模式`) still gives no figure. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

FUNDS = """栎川县2025年义务教育公用经费保障情况
一、保障标准
县财政严格落实“小学生均公用经费每年不低于720元”的保障标准，按学期足额拨付。
全县推行“2+1”课后服务模式。
二、执行情况
2025年全县小学生均公用经费实际拨付680元，初中生均公用经费实际拨付930元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "quoted-rules", {"lichuan-funds": FUNDS})


def test_the_standard_a_quoted_rule_sets_is_answered(service: Service) -> None:
    r = service.ask("栎川县小学生均公用经费的保障标准是多少")
    assert not r.abstained, r.answer
    assert "720元" in r.answer
    assert any("不低于720元" in c.text for c in r.citations)


def test_the_level_of_the_stage_asked_is_judged_against_the_quoted_rule(service: Service) -> None:
    r = service.ask("栎川县小学生均公用经费达到保障标准了吗")
    assert not r.abstained, r.answer
    assert "未达到" in r.answer and "680元" in r.answer and "930元 " not in r.answer, r.answer
    cited = " ".join(c.text for c in r.citations)
    assert "实际拨付680元" in cited and "不低于720元" in cited
