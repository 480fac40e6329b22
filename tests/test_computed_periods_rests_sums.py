"""Figures computed from prose: a fee over the period asked from a rate per another period and the length the
document states (× or ÷ it, else an abstention), the rest of a budget not spent, a rate per head never added to
a total, what was done in a year no plan's aim for it answers, a mean without zeros the division did not make.
Documents written here, real ingest, Service.ask."""

import pytest

from figures.compute import Operand, ratio
from server.answer.remainder import asked_undone
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

FEES = """青禾县2026年春季学期幼儿园收费公示
青禾县教育局
2026年2月10日
一、保育教育费按月计收，每学期按4个月收取。
二、青禾县实验幼儿园保育教育费每生每月380元。
"""

CAMP = """桐溪区2026年暑期托管服务通知
桐溪区教育局
2026年6月1日
一、服务时间：2026年7月6日至7月31日，共四周，周一至周五开放。
二、收费标准：全天托管每期480元/生，半天托管每期260元/生。
"""

AFTER_SCHOOL = """柳岸县课后托管服务收费说明
柳岸县教育局
2026年3月2日
一、课后托管服务实行家长自愿原则。
二、课后托管每月收费200元/生，由学校统一收取。
"""

ACCOUNTS = """松阳县教育局2025年度部门整体支出绩效自评报告
松阳县教育局
2026年3月10日
2025年全年预算5200万元，实际支出4870万元，执行率为93.7%。
其中基本支出3900万元，项目支出970万元。
"""

HEALTH = """榆川县学生心理健康促进计划
榆川县教育局
2026年4月8日
县财政按在校生每生每年30元标准安排心理健康专项经费，专款专用。
"""

FUNDS = """桦岭县2026年教育专项资金分配方案
桦岭县教育局
2026年11月2日
本批教育专项资金共800万元，安排到6所学校的6个项目。
"""

HOMEWORK = """槐岭区2026年春季学期作业管理情况报告
槐岭区教育局
2026年7月3日
一、作业管理情况
全区按学段抽查作业时长，情况如下：

| 学段 | 学校数 | 作业时长达标学校 | 参与率 |
| --- | --- | --- | --- |
| 小学 | 40 | 37 | 93.1% |
| 初中 | 15 | 12 | 85.0% |
"""

PLAN = """栎川县“十四五”教育发展规划中期评估报告
栎川县教育局
2023年10月9日
推进县职业教育中心提质，到2025年开设专业增加到9个，年招生规模稳定在900人以上。
"""

SUMMARY = """栎川县教育局二〇二六年工作总结
栎川县教育局
2026年12月20日
县职业教育中心新增两个专业，开设专业达到八个，秋季招生八百二十人，比上年增加四十人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "periods-rests-sums", {
        "qinghe-fees-2026": FEES, "tongxi-camp-2026": CAMP, "liuan-after-school-2026": AFTER_SCHOOL,
        "songyang-accounts-2025": ACCOUNTS, "yuchuan-health-2026": HEALTH, "hualing-funds-2026": FUNDS,
        "huailing-homework-2026": HOMEWORK, "lichuan-plan-review-2023": PLAN, "lichuan-summary-2026": SUMMARY})


@pytest.mark.parametrize("question, value, sign", [
    ("青禾县实验幼儿园一学期保育教育费要交多少钱", 1520, "×"),  # 380元 a month × 4 months a term
    ("桐溪区全天托管平均一周多少钱", 120, "÷"),  # 480元 a session ÷ its four weeks
])
def test_a_fee_over_the_period_asked_from_its_rate_and_the_length_stated(service, question, value, sign):
    answer = service.ask(question)
    assert first_figure(answer)[0] == value, answer.answer
    assert sign in answer.answer and len(answer.citations) >= 1, answer.answer
    assert inputs_cited(service, answer, answer.citations[0].doc_id), answer.figures


def test_a_rate_per_another_period_with_no_length_stated_is_no_answer(service):
    answer = service.ask("柳岸县课后托管一学期交多少钱")
    assert answer.abstained, answer.answer
    assert not any(f.value == 200 for f in answer.figures), answer.answer


def test_a_fee_asked_per_its_own_period_is_the_rate(service):
    answer = service.ask("桐溪区全天托管每期多少钱")
    assert first_figure(answer)[0] == 480, answer.answer


def test_the_budget_left_unspent_is_the_budget_less_the_spending_not_less_one_kind_of_it(service):
    assert asked_undone("松阳县2025年预算还剩多少没支出？") == ("支出", "预算")
    answer = service.ask("松阳县2025年预算还剩多少没支出？")
    assert first_figure(answer)[0] == 330, answer.answer  # 5200 − 4870, not 5200 − 3900 or − 970
    assert "−" in answer.answer


def test_those_of_a_row_short_of_a_standard_are_its_count_less_those_meeting_it(service):
    # `没达标的学校有几所`: a count asked, not a verdict; the whole is the column counting the same things (学校数)
    answer = service.ask("槐岭区初中作业时长没达标的有几所")
    assert first_figure(answer)[0] == 3, answer.answer  # 15 − 12
    assert "−" in answer.answer


def test_a_rate_per_head_is_never_added_to_a_total(service):
    answer = service.ask("桦岭县这批专项资金和榆川县心理健康经费加起来多少？")
    assert answer.abstained, answer.answer
    assert "无法相加" in answer.answer
    assert not any(f.value in (8000030, 830) for f in answer.figures), answer.figures


def test_what_was_done_in_a_year_is_not_the_plans_aim_for_it(service):
    answer = service.ask("栎川县职教中心2025年秋季招了多少人")
    assert first_figure(answer)[0] == 780, answer.answer  # 820 − 40 of the summary, not the plan's 900
    assert "900" not in answer.answer.split("。")[0]


def test_a_mean_shows_no_zeros_the_division_did_not_make():
    mean = ratio(Operand.literal("1710人"), Operand.literal("36个"))
    assert "= 47.5 " in mean.formula and "47.50" not in mean.formula
    assert "= 47.49 " in ratio(Operand.literal("1709.64人"), Operand.literal("36个")).formula
