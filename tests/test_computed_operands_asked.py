"""Computed figures from the operation and the operands the question asks, on documents written here (real ingest,
Service.ask): a fall over a span of years read from a table's year rows is the first year's cell less the last's,
never their sum; pupils per class of an enrolment plan from the sentence counting the intake and its classes, or
from its table's total row of intake and teaching classes; what is still to build counted in the noun asked, never
a money table's remainder; 人均 of a programme table counting only 人次, and per 人次 where the noun names the
heads' column too; a difference of staff in the counter the document counts them by; a sum of two things one
place's documents state apart; a comparison of two places where one's figure is a table cell of a year row written
with its own 万元."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

ORDERING = """嵋溪县教育局关于规范2026年秋季教辅征订的通知
嵋溪县教育局
2026年4月
一、近年征订情况
近年全县教辅材料品种逐年压减。
| 年度 | 征订学生数（人） | 教辅材料品种（种） | 投诉（件） |
| --- | --- | --- | --- |
| 2022年 | 21000 | 52 | 7 |
| 2023年 | 20800 | 44 | 4 |
| 2024年 | 20500 | 37 | 3 |
| 2025年（计划） | 20300 | 31 | 0 |
二、工作要求
各校须严格执行一科一辅。
"""

ENROLMENT = """嵩坪县2026年中等职业学校招生方案
嵩坪县教育局
2026年5月
一、招生计划
2026年全县中等职业学校计划招生1200人，开设专业5个、教学班30个。
二、招生办法
实行网上报名、统一录取。
"""

PROGRESS = """嵩坪县2026年上半年教育信息化建设进展通报
嵩坪县教育局
2026年7月
一、总体进展
本年度共安排教育信息化项目3个，计划总投资1500万元。
录播教室计划建设90间，已建成54间，主要分布在县城学校。
| 项目 | 计划投资（万元） | 已完成（万元） | 完成率（%） |
| --- | --- | --- | --- |
| 录播教室建设 | 600 | 420 | 70.0 |
| 校园网络升级 | 500 | 300 | 60.0 |
| 数字资源平台 | 400 | 100 | 25.0 |
| 合计 | 1500 | 820 | 54.7 |
"""

TRAINING = """嵩坪县2026年教师培训计划
嵩坪县教育局
2026年2月
一、培训项目
| 培训项目 | 培训对象 | 人数（人次） | 经费（万元） |
| --- | --- | --- | --- |
| 新教师岗前培训 | 新入职教师 | 60 | 12 |
| 学科带头人研修 | 县级学科带头人 | 150 | 30 |
| 合计 | — | 210 | 42 |
二、经费保障
县财政今年列支教师培训经费42万元，资金单独核算。
"""

AID = """峦阳市学生资助工作总结
峦阳市教育局
2026年1月
一、分学段资助情况
| 学段 | 资助人次 | 资助金额（万元） |
| --- | --- | --- |
| 义务教育 | 12000 | 600 |
| 普通高中 | 5000 | 900 |
| 合计 | 17000 | 1500 |
"""

COUNSELLING = """峦阳市中小学心理健康工作方案
峦阳市教育局
2026年3月
一、主要指标
| 年度 | 专职心理教师（名） | 心理辅导室（间） | 专项资金 |
| --- | --- | --- | --- |
| 2025年 | 30 | 25 | 90万元 |
| 2026年（计划） | 37 | 31 | 120万元 |
二、保障措施
市财政设立心理健康教育专项经费，逐年增加投入。
"""

INTAKE_TABLE = """岷坪县2026年中等职业学校招生计划
岷坪县教育局
2026年5月
一、分专业招生计划
| 专业 | 招生计划（人） | 教学班（个） | 学制 |
| --- | --- | --- | --- |
| 数控技术应用 | 270 | 6 | 三年 |
| 幼儿保育 | 180 | 4 | 三年 |
| 合计 | 450 | 10 | — |
"""

REPAIR = """嵋溪县2026年校舍维修资金分配方案
嵋溪县教育局
2026年3月
一、资金来源
本次下达校舍维修资金共计800万元。资金来源为上级补助500万元、县级配套300万元，重点用于屋面防水和消防设施更新。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "operands-asked", {
        "meixi-ordering-2026": ORDERING, "songping-enrolment-2026": ENROLMENT, "songping-progress-2026": PROGRESS,
        "songping-training-2026": TRAINING, "luanyang-aid-2025": AID, "luanyang-counselling-2026": COUNSELLING,
        "meixi-repair-2026": REPAIR, "minping-intake-2026": INTAKE_TABLE})


def test_a_fall_over_a_span_of_year_rows_is_the_first_year_less_the_last_not_their_sum(service):
    answer = service.ask("嵋溪县教辅品种从2022年到2025年一共压减多少种")
    assert first_figure(answer) == (21.0, "种"), answer.answer
    assert "83" not in answer.answer, answer.answer


def test_pupils_per_class_of_an_enrolment_plan_is_the_intake_over_its_classes(service):
    answer = service.ask("嵩坪县中职平均每个教学班多少人")
    assert first_figure(answer)[0] == 40.0, answer.answer


def test_pupils_per_teaching_class_of_an_intake_table_is_its_total_rows_intake_over_its_classes(service):
    answer = service.ask("岷坪县中职平均每个教学班多少人")
    assert first_figure(answer)[0] == 45.0, answer.answer


def test_what_is_left_to_build_is_counted_in_the_noun_asked_not_a_money_rows_rest(service):
    answer = service.ask("嵩坪县录播教室还差多少间没建成")
    assert first_figure(answer) == (36.0, "间"), answer.answer
    assert "180" not in answer.answer, answer.answer


def test_per_head_of_a_table_counting_only_visits_is_per_visit(service):
    answer = service.ask("嵩坪县学科带头人研修培训人均经费多少")
    assert not answer.abstained, answer.answer
    assert "2000" in answer.answer, answer.answer


def test_per_visit_where_the_noun_also_names_the_visits_column_divides_the_money(service):
    answer = service.ask("峦阳市普通高中每人次平均资助多少元")
    assert not answer.abstained, answer.answer
    assert "1800" in answer.answer, answer.answer


def test_a_difference_of_staff_is_said_in_the_documents_counter(service):
    answer = service.ask("峦阳市2026年比2025年多配几名专职心理教师")
    assert first_figure(answer)[0] == 7.0, answer.answer
    assert "7 名" in answer.answer or "7名" in answer.answer, answer.answer


def test_a_sum_of_two_things_one_places_documents_state_apart(service):
    answer = service.ask("嵩坪县信息化总投资和教师培训经费加起来多少")
    assert not answer.abstained, answer.answer
    assert "1542" in answer.answer, answer.answer


def test_a_comparison_of_two_places_reads_a_year_rows_cell_written_with_its_own_scale(service):
    answer = service.ask("峦阳市2026年心理健康专项资金和嵋溪县县级配套的维修资金比哪个多")
    assert not answer.abstained, answer.answer
    assert "120" in answer.answer and "300" in answer.answer and "180" in answer.answer, answer.answer
