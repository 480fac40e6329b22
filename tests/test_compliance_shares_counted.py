"""A compliance ask of a share the document never states but whose counts it does (a fund's part of the budget's
total, the members among a group, a row's staff against a ratio rule): the share or the count due computed from
the stated figures, judged against the bar (the document's own, or the national standard), the verdict in the
question's words — never the bar alone as if it were the value reached. Written documents only."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

FUNDS = """榆岑县教育局关于秋季学期学校经费管理的通知
一、总体要求
各校要严格执行预算，做到专款专用。
二、有关事项
（一）各校于10月底前报送经费使用计划。
（二）今年全县学校公用经费预算总额5200万元，其中教师培训经费208万元，各校不得挪作他用。
（三）县财政局会同县教育局开展年终绩效评价。
"""

FESTIVAL = """檀溪区第二届校园科技节实施方案
一、经费保障
科技节所需费用由区财政列支，严禁向学生收费。
其中安全保障经费不得少于经费总额的8%。
表1 科技节经费预算（单位：元）
| 支出项目 | 金额 |
| 展板制作 | 42000 |
| 器材租赁 | 31000 |
| 安全保障 | 7000 |
| 合计 | 80000 |
"""

SCOUTS = """柘湾镇少先队工作年度小结
一、主要做法
（一）抓组织建设。严格落实入队程序，六年级大队委员比例控制在15%以内；全镇六年级学生640人，其中大队委员112人。
（二）抓实践活动。组织红领巾寻访活动32场。
二、存在不足
部分村小辅导员由语文教师兼任，活动时间难以保证。
"""

QUIZ = """关于举办桧川县中学生科普知识竞赛的通知
一、竞赛安排
决赛名额按各校初赛人数的约6%确定，领队教师按每8名队员配备1人确定，不足8名的部分也配备1人。各校名额见下表。
单位：人
| 学校 | 初赛人数 | 决赛名额 | 领队教师 |
| 桧川县鹿鸣中学 | 420 | 25 | 4 |
| 桧川县云栖中学 | 300 | 18 | 2 |
| 合计 | 720 | 43 | 6 |
二、工作要求
各校要提前安排好交通和食宿。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "shares-counted", {"yucen-funds": FUNDS, "tanxi-festival": FESTIVAL,
                                                             "zhewan-scouts": SCOUTS, "guichuan-quiz": QUIZ})


def _cited(response) -> str:
    return " ".join(c.text for c in response.citations)


def test_a_funds_part_of_the_budget_is_judged_against_the_national_share(service: Service) -> None:
    # 208 ÷ 5200 = 4% against the national 5% of the public budget: not met, its sentence cited
    r = service.ask("榆岑县教师培训经费占比达标没有")
    assert not r.abstained and "未达标" in r.answer and "4%" in r.answer and "5%" in r.answer, r.answer
    assert "其中教师培训经费208万元" in _cited(r)
    assert "（二）" not in r.answer.split("=")[0], r.answer  # the item's number is no part of an operand's name


def test_a_budget_lines_share_asked_enough_of_a_proportion_is_computed(service: Service) -> None:
    # the rule's part opened by 其中; 7000 ÷ 80000 = 8.75% ≥ 8%
    r = service.ask("檀溪区科技节安全保障经费够比例吗")
    assert not r.abstained and "8.75%" in r.answer and "不够" not in r.answer, r.answer
    assert "不得少于经费总额的8%" in _cited(r)


def test_a_share_bounded_by_its_name_alone_is_computed_from_its_counts(service: Service) -> None:
    # 112 ÷ 640 = 17.5% over the 15% ceiling: not kept, never the bar quoted as the value
    r = service.ask("柘湾镇六年级大队委员比例控制住了吗")
    assert not r.abstained and "17.5%" in r.answer and "没有控制住" in r.answer, r.answer
    assert "其中大队委员112人" in _cited(r) and "控制在15%以内" in _cited(r)


def test_a_rows_staff_is_judged_against_the_ratio_rule_rounded_up(service: Service) -> None:
    # 25 ÷ 8 = 3.125 → 4 due, 4 there: enough
    r = service.ask("桧川县鹿鸣中学决赛领队老师配够了吗")
    assert not r.abstained and "够" in r.answer and "不够" not in r.answer and "向上取整为4" in r.answer, r.answer
    # 18 ÷ 8 = 2.25 → 3 due, 2 there: not enough
    r = service.ask("桧川县云栖中学决赛领队老师配够了吗")
    assert not r.abstained and "不够" in r.answer and "向上取整为3" in r.answer, r.answer
    assert "每8名队员配备1人" in _cited(r)
