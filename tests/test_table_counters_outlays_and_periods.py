"""Table figures shown with their counter, computed across a row's columns, ranked by money and read by period, on
documents written here (real ingest, Service.ask): a column noted in a plant counter (`（棵）`) shows its cells in
it; a count column of 少先队 units (`中队数`) in 个; a row counting people (`在校学生`, `专任教师`) or one change of
学籍 (`休学`) in 人, also the change between two of its year columns; one column's share of a status table over its
合计 column when the whole asked is what the table counts; an outlay of an account table's row (`一共花出去`) as its
expense columns added, never its income; a ranking asked by a verb of spending over the one money column; how often
in one season as that season's row's frequency cell; a follow-up's 前一年 as the year before the previous one's; a
rate of a row's two bare count columns (及格人数 ÷ 参考人数); a bar written as the figure's own bound (应不低于90%)
never answering a share asked, while a year's plan written as a bounded figure (`不少于N名`) still answers the
year asked."""

import pytest

from server.service import Service
from tests.written import service_over

GARDEN = """琭原区2026年校园绿地管护方案
琭原区教育局
2026年3月4日
一、现有绿地
各校绿地情况如下表。
表1　各校绿地与苗木
| 学校 | 草坪面积（平方米） | 乔木（棵） | 花灌木（株） |
|---|---|---|---|
| 琭原区育英小学 | 2100 | 75 | 430 |
| 琭原区第四中学 | 3600 | 132 | 915 |
二、分季管护
表2　各季管护安排
| 季节 | 管护内容 | 频次 |
|---|---|---|
| 春季（3—5月） | 松土、追肥 | 每月3次 |
| 秋季（9—11月） | 清理枯枝 | 每周2次 |
"""

TEAMS = """瑸南县2025年少先队组织统计
瑸南县少工委
2026年1月6日
一、组织情况
表1　少先队组织
| 学校类别 | 大队数 | 中队数 | 队员（人） |
|---|---|---|---|
| 县直小学 | 7 | 143 | 6230 |
| 乡镇小学 | 11 | 95 | 3810 |
| 合计 | 18 | 238 | 10040 |
"""

REPORT = """瑢川县2025年教育事业统计快报
瑢川县教育局
2026年1月10日
一、基本数据
| 项目 | 2024年 | 2025年 |
|---|---|---|
| 在校学生 | 2210 | 2305 |
| 专任教师 | 171 | 180 |
二、主要工作
全县推进课堂教学改革。
"""

STATUS = """瑧山县2026年春季学期学生学籍变动统计
瑧山县教育局
2026年6月2日
一、异动统计
| 类型 | 小学 | 初中 | 合计 |
|---|---|---|---|
| 转入 | 140 | 60 | 200 |
| 转出 | 90 | 50 | 140 |
| 休学 | 13 | 7 | 20 |
| 合计 | 243 | 117 | 360 |
二、工作要求
学籍变动须当月在系统中办理，及时率须在95%以上。
"""

MEALS = """玚浦县2026年春季学期食堂收支公示
玚浦县教育局
2026年7月1日
一、收支明细
表1　各校食堂收支（金额单位：万元）
| 学校 | 就餐学生（人） | 伙食费收入 | 主副食采购 | 水电燃料 | 结余 |
|---|---|---|---|---|---|
| 玚浦县城东小学 | 900 | 40.50 | 35.20 | 3.10 | 2.20 |
| 玚浦县第二中学 | 1300 | 58.50 | 51.40 | 4.90 | 2.20 |
二、资助项目使用情况
| 支出项目 | 数量 | 金额（万元） |
|---|---|---|
| 寄宿生伙食补助 | 320 | 19.2 |
| 添置餐桌餐椅 | 150 | 6.0 |
| 更新厨房设备 | 12 | 27.5 |
"""

EXAM = """璁阳区2026年八年级物理抽测情况
璁阳区教研室
2026年6月30日
一、各校成绩
| 学校 | 参考人数 | 及格人数 | 优秀人数 |
|---|---|---|---|
| 璁阳区第七中学 | 400 | 330 | 96 |
| 璁阳区枫林中学 | 250 | 180 | 41 |
二、要求
各校物理及格率应不低于90%。
"""

REVIEW = """璆水县2026年研学实践基地评估情况
璆水县教育局
2026年9月1日
一、评估情况
（一）乡村基地参评偏少
全县乡村基地参评的只是少数，一些乡镇没有基地参评。
县里规定，基地评估通过率（通过的基地占参评基地的比例）要求不低于90%。
（二）自评较为认真
各基地均完成了自评。
"""


HIRING = """琮溪县2026年教师补充工作安排
琮溪县教育局
2026年2月10日
今年全县计划公开招聘教师120名，其中农村学校不少于70名，优先补充紧缺学科。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-counters", {
        "luyuan-garden-2026": GARDEN, "binnan-teams-2025": TEAMS, "rongchuan-report-2025": REPORT,
        "zhenshan-status-2026": STATUS, "changpu-meals-2026": MEALS,
        "xunyang-exam-2026": EXAM, "qiushui-review-2026": REVIEW,
        "congxi-hiring-2026": HIRING})


def test_a_column_noted_in_a_plant_counter_shows_its_cell_in_it(service):
    answer = service.ask("琭原区第四中学花灌木共几株")
    assert not answer.abstained, answer.answer
    assert "915株" in answer.answer, answer.answer


def test_count_columns_of_pioneer_units_are_in_ge(service):
    answer = service.ask("瑸南县乡镇小学大队、中队、队员各多少")
    assert not answer.abstained, answer.answer
    assert all(f in answer.answer for f in ("11个", "95个", "3810人")), answer.answer


def test_a_row_counting_people_shows_its_bare_cell_in_ren(service):
    answer = service.ask("瑢川县2024年在校学生是多少")
    assert not answer.abstained, answer.answer
    assert "2210人" in answer.answer, answer.answer


def test_the_change_of_a_people_row_between_its_years_is_in_ren(service):
    answer = service.ask("瑢川县的专任教师增加了几个")
    assert not answer.abstained, answer.answer
    assert "9 人" in answer.answer or "9人" in answer.answer, answer.answer


def test_a_row_of_one_change_of_xueji_counts_people(service):
    answer = service.ask("瑧山县初中休学学生多少人")
    assert not answer.abstained, answer.answer
    assert "7人" in answer.answer, answer.answer


def test_a_columns_share_over_the_total_column_of_what_the_table_counts(service):
    answer = service.ask("瑧山县学籍变动中小学所占比例是多少")
    assert not answer.abstained, answer.answer
    assert "67.5" in answer.answer and "95%" not in answer.answer, answer.answer


def test_an_outlay_of_an_account_row_adds_its_expense_columns(service):
    answer = service.ask("玚浦县第二中学这学期伙食费总共花掉多少")
    assert not answer.abstained, answer.answer
    assert "56.30" in answer.answer and not answer.answer.startswith("58.50"), answer.answer


def test_a_ranking_asked_by_spending_ranks_the_money_column(service):
    answer = service.ask("玚浦县资助经费用在哪个项目上花得最多")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("更新厨房设备") and "27.5万元" in answer.answer, answer.answer


def test_how_often_in_a_season_is_its_rows_frequency_cell(service):
    answer = service.ask("琭原区秋季绿地管护多久一次")
    assert not answer.abstained, answer.answer
    assert "每周2次" in answer.answer and "每月3次" not in answer.answer, answer.answer


def test_a_followups_year_before_is_counted_from_the_previous_year(service):
    history = [{"role": "user", "content": "瑢川县2025年在校学生是多少"},
               {"role": "assistant", "content": "2305人。"}]
    answer = service.ask("那前一年呢", history=history)
    assert not answer.abstained, answer.answer
    assert "2210人" in answer.answer, answer.answer


def test_a_rate_of_a_rows_bare_count_columns_is_part_over_whole(service):
    answer = service.ask("璁阳区枫林中学物理的及格率为多少")
    assert not answer.abstained, answer.answer
    assert "72.0" in answer.answer and "90%" not in answer.answer.split("。")[0], answer.answer


def test_a_bar_written_as_the_figures_own_bound_never_answers_a_share(service):
    answer = service.ask("璆水县乡村基地占全部参评基地的百分之几")
    assert not any(f.value == 90 for f in answer.figures), answer.answer
    assert not answer.answer.startswith("不低于"), answer.answer


def test_a_years_plan_written_as_a_bounded_figure_answers_the_year_asked(service):
    answer = service.ask("琮溪县今年农村学校能进几个新老师")
    assert not answer.abstained, answer.answer
    assert any(f.value == 70 for f in answer.figures), answer.answer
