"""A share asked against the bar its document sets (`X不少于经费总额的N%`, `X占Y的比重须在N%以上`) when the document
states the part in a table and the whole as the table's total row or as a figure of the rule's own sentence:
the share computed from both, judged against the bar, the verdict in the question's words (够/不够), the
rows and the rule cited. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

LEAGUE = """桤川县第五届中学生篮球联赛工作方案
一、经费预算
联赛所需费用由县体育中心列支，分项见表1。县里明确，宣传及奖励费用不得低于预算总额的15%。
表1 经费预算（单位：万元）
| 支出项目 | 金额 |
| 场地租用 | 4.0 |
| 宣传及奖励 | 1.0 |
| 裁判补助 | 3.0 |
| 合计 | 8.0 |
"""

CALLIGRAPHY = """楝山区书法进课堂实施方案
一、年级安排
| 年级 | 课时（节） | 学生（人） |
| 三、四年级 | 8 | 2100 |
| 五、六年级 | 5 | 1900 |
二、主要内容
各校把书法教学放进语文课，小学一学年的语文课以60节算，书法课时占语文课时的比重不低于10%；达不到的可用放学后的时段补上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "bar-shares", {"qichuan-league": LEAGUE, "lianshan-calligraphy": CALLIGRAPHY})


def _cited(response) -> str:
    return " ".join(c.text for c in response.citations)


def test_a_budget_lines_share_of_the_total_row_is_judged_against_the_bar(service: Service) -> None:
    r = service.ask("桤川县篮球联赛宣传及奖励费用的占比够不够")
    assert not r.abstained and "不够" in r.answer and "12.50%" in r.answer and "15%" in r.answer, r.answer
    assert "宣传及奖励 | 1.0" in _cited(r) and "合计 | 8.0" in _cited(r) and "不得低于预算总额的15%" in _cited(r)


def test_a_rows_cell_over_the_whole_its_rule_states_is_enough(service: Service) -> None:
    r = service.ask("楝山区三四年级书法课时够不够10%的要求")
    assert not r.abstained and "够" in r.answer and "不够" not in r.answer and "13.33%" in r.answer, r.answer
    assert "以60节算" in _cited(r)


def test_a_rows_cell_short_of_the_bar_is_not_enough_in_either_script(service: Service) -> None:
    r = service.ask("楝山區五六年級書法課時夠不夠10%的要求")
    assert not r.abstained and "不够" in r.answer and "8.33%" in r.answer, r.answer
