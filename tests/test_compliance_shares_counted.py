"""A compliance ask of a share the document never states but whose counts it does (a fund's part of the budget's
total, the members among a group, a row's staff against a ratio rule): the share or the count due computed from
the stated figures, judged against the bar (the document's own, or the national standard), the verdict in the
question's words — never the bar alone as if it were the value reached. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

FUNDS = """榆岑县教育局印发学校财务管理若干意见
第一部分 总的原则
学校财务坚持勤俭办学，量入为出。
第二部分 具体意见
（一）学校财务人员须持证上岗。
（二）本年度榆岑县中小学公用经费总额6500万元，划出教师培训经费260万元，由各校单独建账。
（三）年底由县财政局组织绩效考评。
"""

FESTIVAL = """檀溪区第二届校园科技节筹备方案
一、资金安排
科技节开销全部走区财政。
安全保障费用不低于总开销的8%。
表1 科技节开销明细（元）
| 开销类别 | 数额 |
| 展板制作 | 42000 |
| 器材租赁 | 31000 |
| 安全保障 | 7000 |
| 合计 | 80000 |
"""

SCOUTS = """柘湾镇少先队工作年度小结
一、做了哪些事
（一）抓组织建设。大队委员在六年级中的比例控制在15%以内；全镇六年级有640人，中间大队委员112人。
（二）抓实践活动。组织红领巾寻访32场。
二、不足之处
村小辅导员多由语文教师兼任。
"""

QUIZ = """桧川县中学生科普知识竞赛安排
一、竞赛办法
决赛席位约占初赛人数的6%，领队教师按每8名队员配1人，零头不足8名的也配1人。席位分配如下。
单位：人
| 学校 | 初赛人数 | 决赛席位 | 领队教师 |
| 桧川县鹿鸣中学 | 420 | 25 | 4 |
| 桧川县云栖中学 | 300 | 18 | 2 |
| 合计 | 720 | 43 | 6 |
二、其他
交通食宿由各校自理。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "shares-counted", {"yucen-funds": FUNDS, "tanxi-festival": FESTIVAL,
                                                             "zhewan-scouts": SCOUTS, "guichuan-quiz": QUIZ})


def _cited(response) -> str:
    return " ".join(c.text for c in response.citations)


def test_a_funds_part_of_the_budget_is_judged_against_the_national_share(service: Service) -> None:
    # 260 ÷ 6500 = 4% against the national 5% of the public budget: not met, its sentence cited
    r = service.ask("榆岑教师培训经费比例够标准吗")
    assert not r.abstained and "不够" in r.answer and "4%" in r.answer and "5%" in r.answer, r.answer
    assert "划出教师培训经费260万元" in _cited(r)
    assert "（二）" not in r.answer.split("=")[0], r.answer  # the item's number is no part of an operand's name


def test_a_budget_lines_share_asked_enough_of_a_proportion_is_computed(service: Service) -> None:
    # a budget line's share of the total row; 7000 ÷ 80000 = 8.75% ≥ 8%
    r = service.ask("檀溪科技节的安全保障钱够比例吗")
    assert not r.abstained and "8.75%" in r.answer and "不够" not in r.answer, r.answer
    assert "不低于总开销的8%" in _cited(r)


def test_a_share_bounded_by_its_name_alone_is_computed_from_its_counts(service: Service) -> None:
    # 112 ÷ 640 = 17.5% over the 15% ceiling: not kept, never the bar quoted as the value
    r = service.ask("柘湾镇六年级大队委员占比控制住没有")
    assert not r.abstained and "17.5%" in r.answer and "没有控制住" in r.answer, r.answer
    assert "中间大队委员112人" in _cited(r) and "控制在15%以内" in _cited(r)


def test_a_rows_staff_is_judged_against_the_ratio_rule_rounded_up(service: Service) -> None:
    # 25 ÷ 8 = 3.125 → 4 due, 4 there: enough
    r = service.ask("桧川县鹿鸣中学决赛的领队老师够不够")
    assert not r.abstained and "够" in r.answer and "不够" not in r.answer and "向上取整为4" in r.answer, r.answer
    # 18 ÷ 8 = 2.25 → 3 due, 2 there: not enough
    r = service.ask("桧川县云栖中学决赛的领队老师够不够")
    assert not r.abstained and "不够" in r.answer and "向上取整为3" in r.answer, r.answer
    assert "每8名队员配1人" in _cited(r)
