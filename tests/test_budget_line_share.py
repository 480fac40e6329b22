"""A budget line's share of its table's total asked in everyday words (`X花的钱占几成`): the line named by its
label's head (the thing bought), its money the row's one amount column (never the price per one, 单价), over the
total row's amount — the formula shown, both rows cited. A head two lines share names neither. Documents written
here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

BUDGET = """柘浦县冬季防溺水宣传经费安排
柘浦县教育局
2026年11月3日
一、经费安排
本次宣传经费由县财政安排，见下表。

| 项目 | 单位 | 数量 | 单价（元） | 金额（元） |
| --- | --- | --- | --- | --- |
| 防溺水宣传挂图 | 张 | 2000 | 3 | 6000 |
| 学生救生背心 | 件 | 300 | 50 | 15000 |
| 教师救生背心 | 件 | 100 | 50 | 5000 |
| 安全警示牌 | 块 | 150 | 120 | 18000 |
| 合计 | — | — | — | 44000 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "budget-line-share", {"zhepu-budget": BUDGET})


def test_a_line_named_by_the_thing_bought_over_the_total(service: Service) -> None:
    r = service.ask("柘浦防溺水宣传经费中警示牌花的钱占几成")
    assert not r.abstained, r.answer
    assert "18000 ÷ 44000" in r.answer and any(abs(f.value - 40.91) < 0.01 for f in r.figures), r.answer


def test_a_head_two_lines_share_names_neither(service: Service) -> None:
    r = service.ask("柘浦防溺水宣传经费中救生背心花的钱占几成")
    assert not any("÷ 44000" in (f.formula or "") for f in r.figures), r.answer


def test_money_of_a_source_is_no_line_bought(service: Service) -> None:
    # a part naming where money came from (上级补助) holds a line's head but asks no money spent on it
    r = service.ask("柘浦防溺水宣传经费中警示牌的上级补助占几成")
    assert not any("18000 ÷ 44000" in (f.formula or "") for f in r.figures), r.answer
