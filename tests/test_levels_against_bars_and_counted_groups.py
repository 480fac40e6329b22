"""Levels judged against bars, and the figure that belongs to the thing asked, on documents written here (real
ingest, Service.ask): a per-student amount by its indicator's name (a table row's `生均公用经费（元）`) or written
around its 每生 is judged per student, never refused as a total; a rate's level, never a gap in points, is judged
against a rate's bar; a school's row against the floor its report sets for the school's stage; staff against the
count a ratio rule requires of the base count stated apart; this year's planned ratio, not last year's actual; a
count of groups listed together is no count of one of them; a count stated by a verb after the noun's clause is
the noun's."""

import pytest

from figures.compute import Operand, required_by_ratio
from server.service import Service
from tests.written import service_over

TABLE_ROW = """屏南县特殊教育提升计划（2025—2027年）
屏南县教育局
2025年3月
一、主要指标
| 指标 | 2024年（实绩） | 2026年计划 |
| --- | --- | --- |
| 特教学校生均公用经费（元） | 5600 | 6200 |
| 送教上门学生（人） | 42 | 50 |
二、保障措施
县财政逐年提高特教学校经费保障水平。
"""

WRITTEN_AROUND = """周宁县教育局2025年部门决算说明
周宁县教育局
2026年2月
一、支出情况
全县中小学公用经费支出3200万元。县特殊教育学校有学生150人，全年按每生7200元核拨公用经费。
"""

GAP_AND_LEVEL = """寿宁县学前教育普及普惠自评报告
寿宁县人民政府教育督导室
2025年6月
一、主要问题
一是城区公办学位不足，城关镇公办率比全县平均水平低11.6个百分点；二是部分幼儿园保教人员流动较大。
二、基本情况
全县幼儿园52所，按在园幼儿计算，全县公办率为58.2%，普惠率为88.4%。
"""

STAGE_FLOOR = """柘荣县中小学图书配备情况报告
柘荣县教育局
2025年5月
一、配备概况
| 学校 | 在校生（人） | 藏书（万册） | 生均图书（册） |
| --- | --- | --- | --- |
| 城南初级中学 | 1000 | 2.2 | 22 |
| 东源小学 | 800 | 2.0 | 25 |
二、比较分析
对照市定底线（小学生均20册、初中生均30册），东源小学达标，城南初级中学尚有差距。
"""

RATIO_RULE = """古田县教育局关于住校生管理工作的答复
古田县教育局
2025年7月
一、基本情况
全县寄宿制学校现有住校生4200人，现有宿管员25名。
二、下一步打算
按每150名住校生至少配备1名宿管员的标准配齐宿管员，所需经费由县财政保障。
"""

PLAN_YEAR = """霞浦县2026年教师交流轮岗工作方案
霞浦县教育局
2026年4月1日
一、工作目标
2026年全县纳入交流范围的教师共1500人。
2025年全县实际交流教师150人，交流比例为8.8%。
二、交流计划
| 范围 | 符合交流条件教师（人） | 计划交流（人） | 交流比例（%） |
| --- | --- | --- | --- |
| 全县 | 1500 | 168 | 11.2 |
"""

LISTED = """福安市开展校园消防安全检查
福安市教育局
2025年9月
市教育局联合市消防救援大队组成4个检查组，对全市88所中小学、幼儿园开展了消防安全检查，发现隐患31处。
"""

VERB_AFTER = """福鼎市中小学心理健康教育工作报告
福鼎市教育局
2025年10月
一、存在问题
一是心理辅导室建设不均衡；二是心理健康教师紧缺，全市仅配备5名；三是家校协同不够。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "levels-bars", {
        "pingnan-special-2025": TABLE_ROW, "zhouning-accounts-2025": WRITTEN_AROUND,
        "shouning-preschool-2025": GAP_AND_LEVEL, "zherong-library-2025": STAGE_FLOOR,
        "gutian-boarding-2025": RATIO_RULE, "xiapu-rotation-2026": PLAN_YEAR, "fuan-safety-2025": LISTED,
        "fuding-mental-2025": VERB_AFTER})


@pytest.mark.parametrize("question, verdict, figure", [
    ("屏南县特教学校生均公用经费2024年达标了吗", "未达标", "5600"),  # a table row named 生均: per student
    ("周宁县特教学校生均公用经费符合国家标准吗", "符合", "7200"),  # 每生 written around the amount
])
def test_a_per_student_amount_is_judged_per_student(service, question, verdict, figure):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(verdict), answer.answer
    assert figure in answer.answer and "总额" not in answer.answer, answer.answer


def test_a_rate_is_judged_on_its_level_not_on_a_gap(service):
    answer = service.ask("寿宁县公办率达没达到国家要求")
    assert answer.answer.startswith("达标"), answer.answer
    assert "58.2%" in answer.answer and "11.6" not in answer.answer, answer.answer


@pytest.mark.parametrize("question, verdict, bar", [
    ("城南初级中学生均图书达到市里的底线了吗", "未达到", "30册"),
    ("东源小学生均图书达到底线了吗", "达到", "20册"),
])
def test_a_school_is_judged_against_its_stage_floor(service, question, verdict, bar):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(verdict), answer.answer
    assert bar in answer.answer, answer.answer


def test_staff_is_judged_against_the_count_a_ratio_rule_requires(service):
    answer = service.ask("古田县宿管员配够了吗")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标"), answer.answer
    assert "28名" in answer.answer and "25名" in answer.answer, answer.answer
    assert "150名 ≥" not in answer.answer, answer.answer  # the rule's base is no level reached


def test_the_required_count_is_rounded_up():
    base = Operand(label="学生", value=4300, unit="人")
    need = Operand(label="每200名学生应有", value=1, unit="人", unit_as_written="名")
    required = required_by_ratio(base, 200, need)
    assert required.value == 22 and "向上取整为22" in required.formula, required.formula


def test_this_years_plan_not_last_years_actual(service):
    answer = service.ask("霞浦县今年交流比例达到国家10%的要求没有")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("达标"), answer.answer
    assert "11.2%" in answer.answer and "8.8%" not in answer.answer, answer.answer


def test_a_count_of_groups_listed_together_answers_none_of_them(service):
    answer = service.ask("福安市检查的学校里幼儿园有几所")
    assert answer.abstained, answer.answer
    assert "中小学、幼儿园" in answer.answer, answer.answer


def test_a_count_stated_by_a_verb_after_the_nouns_clause(service):
    answer = service.ask("福鼎市心理健康教师有几个")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("5名"), answer.answer
