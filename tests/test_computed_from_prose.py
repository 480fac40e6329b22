"""Figures a document leaves to compute from what its prose and tables state, and judgements on them: a bar per
unit judged on a total over the units, a per-unit allotment never judged against another group's bar, a total of
what each unit gets, a row's people per unit against a ceiling, a rate of those staying on, a count asked by its
role noun, a share asked whole first, a year's money per head per day, this year over last from a table's year
columns, the groups of a table's total row added, an age against a notice's ceiling in years, and a rate read under
the name a plan writes it. Places, documents and wording invented here; a real Service."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, service_over

SUMMARY = """榆泽市社区教育年度回顾
一、存在问题
依照市里规定，乡镇成人学校每年举办讲座应不少于八十场，去年本市九所乡镇成人学校共举办讲座六百三十场。
"""

EXAMS = """栎川县教育局关于春季期中测试的安排
一、测试于4月下旬进行。
二、每间考室不得超过25人，每间考室配备巡考教师1名。
三、各年级考室安排如下：

| 年级 | 参测人数 | 考室（间） |
| --- | --- | --- |
| 四年级 | 1500 | 60 |
| 五年级 | 1560 | 60 |
| 合计 | 3060 | 120 |
"""

TRAINING = """苎溪县乡村教师定向培养实施进展
近四年本县定向培养乡村教师150名，其中已履约期满80名、留任68名。下一步争取期满留任率不低于85%。
"""

CONTEST = """枳阳市中小学生书法比赛方案
一、比赛分硬笔、软笔两类，各校选送作品不超过10件。
二、评审工作
市教育局聘请5名书法专家评委，按作品质量评定等次。
三、发展目标
年底前全市书法兴趣小组参与率达到40%；各校至少组建2个书法兴趣小组。
"""

SELECTION = """楝川区骨干教师认定结果公示
本次认定共受理申报材料210份，经资格复核，审核通过的150人参加现场答辩。经区教育局党组审定，确定拟认定骨干教师48人。
"""

MILK = """槐岭县学生饮用奶项目总结
一、项目概况
去年本县有46所学校实施饮用奶项目，惠及学生一万三千五百人。每名学生每日补助3元，一年按180天发放，所需经费由县级财政安排。
二、后续安排
继续扩大饮用奶项目覆盖面。
"""

MILK_NO_DAYS = """檀溪县学生饮用奶项目总结
一、项目概况
去年本县惠及学生八千人，每名学生每日补助4元，所需经费由县级财政安排。
"""

ENROLMENT = """柘阳市关于2026年高中学业水平考试报考的通知
一、报考在4月上旬进行。
报考人数一览表（人）

| 类别 | 2025年人数 | 2026年预估人数 |
| --- | --- | --- |
| 在校生 | 24600 | 26100 |
| 社会考生 | 400 | 300 |
| 合计 | 25000 | 26400 |
"""

FESTIVAL = """蔺桥区中小学生科技节活动方案
三、竞赛项目
竞赛设机器人、航模、编程三类项目，计划评选获奖作品数见下表。

| 项目 | 甲组（件） | 乙组（件） | 评审日期 |
| --- | --- | --- | --- |
| 机器人 | 10 | 6 | 5月8日 |
| 航模 | 8 | 5 | 5月9日 |
| 编程 | 12 | 9 | 5月10日 |
| 合计 | 30 | 20 | — |
"""

HIRING = """杞山县招聘幼儿园教师公告
二、应聘资格
（一）年龄在28周岁以下，具有博士学位者可放宽到32周岁。
（二）学历为大专或以上，专业为学前教育。
"""

PRESCHOOL = """郗阳县学前教育年度报告
截至去年末，全县普惠性学前教育覆盖率达到88.0%，在园幼儿5400人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "computed-prose", {
        "yuze-summary": SUMMARY, "lichuan-exams": EXAMS, "zhuxi-training": TRAINING, "zhiyang-contest": CONTEST,
        "lianchuan-selection": SELECTION, "huailing-milk": MILK, "tanxi-milk": MILK_NO_DAYS,
        "zheyang-enrolment": ENROLMENT, "linqiao-festival": FESTIVAL, "qishan-hiring": HIRING,
        "xiyang-preschool": PRESCHOOL})


def test_a_bar_per_unit_is_judged_on_the_total_over_the_units(service: Service) -> None:
    answer = service.ask("榆泽市乡镇成人学校讲座场次达到市定要求了吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标"), answer.answer
    assert "70场" in answer.answer and "630" in answer.answer, answer.answer


def test_an_allotment_to_other_people_is_never_judged_against_the_bar(service: Service) -> None:
    answer = service.ask("栎川县考室人数超过规定了吗")
    assert answer.abstained or "1名" not in answer.answer.split("依据")[0], answer.answer


def test_a_rows_people_per_unit_is_judged_against_the_ceiling(service: Service) -> None:
    over = service.ask("栎川县五年级考室人数超过规定了吗")
    assert not over.abstained, over.answer
    assert over.answer.startswith("未达标") and "26" in over.answer, over.answer
    within = service.ask("栎川县四年级考室人数是否超过了规定")
    assert within.answer.startswith("达标") and "没有超过" in within.answer, within.answer


def test_a_total_of_what_each_unit_gets_over_the_units_counted(service: Service) -> None:
    answer = service.ask("栎川县期中测试一共需要多少名巡考教师")
    assert first_figure(answer)[0] == 120, answer.answer


def test_a_rate_of_those_staying_on_is_computed_from_the_counts(service: Service) -> None:
    answer = service.ask("苎溪县定向培养教师的留任率是多少")
    assert first_figure(answer) == (85.0, "%"), answer.answer
    assert "68" in answer.answer and "80" in answer.answer, answer.answer


def test_a_count_asked_by_its_role_noun(service: Service) -> None:
    answer = service.ask("枳阳市书法比赛聘了几名评委")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("5名"), answer.answer


def test_a_share_asked_whole_first(service: Service) -> None:
    answer = service.ask("参加现场答辩的人中最终有多大比例拟认定")
    assert first_figure(answer) == (32.0, "%"), answer.answer


def test_a_years_money_per_head_per_day(service: Service) -> None:
    answer = service.ask("槐岭县饮用奶补助一年总共要花多少钱")
    assert not answer.abstained, answer.answer
    assert "729万元" in answer.answer, answer.answer


def test_a_years_money_is_not_computed_without_the_days(service: Service) -> None:
    answer = service.ask("檀溪县饮用奶补助一年总共要花多少钱")
    assert answer.abstained or "32000" not in answer.answer and "万元" not in answer.answer, answer.answer


def test_this_year_over_last_from_a_tables_year_columns(service: Service) -> None:
    answer = service.ask("柘阳市今年学业水平考试预计报考人数比去年增加多少人")
    assert first_figure(answer)[0] == 1400, answer.answer


def test_the_groups_of_a_total_row_added(service: Service) -> None:
    answer = service.ask("蔺桥区科技节一共计划评选多少件获奖作品")
    assert first_figure(answer)[0] == 50, answer.answer


def test_an_age_against_the_notices_ceiling_in_years(service: Service) -> None:
    too_old = service.ask("29岁大专毕业能报杞山县幼儿园教师吗")
    assert not too_old.abstained and "不能" in too_old.answer and "28周岁" in too_old.answer, too_old.answer
    relaxed = service.ask("30岁博士毕业能报杞山县幼儿园教师吗")
    assert not relaxed.abstained and "不能" not in relaxed.answer and "32周岁" in relaxed.answer, relaxed.answer


def test_a_rate_read_under_the_name_a_plan_writes(service: Service) -> None:
    answer = service.ask("郗阳县普惠覆盖率符合国家标准吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("符合") and "88" in answer.answer and "80%" in answer.answer, answer.answer
