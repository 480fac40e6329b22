"""Table cells answered in the unit their table gives them, and rows named as questions name them, on documents
written here (real ingest, Service.ask): a count column noted with a counter the number reader leaves bare
(`（起）`) is shown in it; bare columns whose sum over a count column is the row's stated rate count that column's
things (人), alone or summed; a score column's bare figure is 分 when 多少分 is asked beside a worded column; a row
named whole with its column counted by 几个 is that cell, not a prose sentence sharing the column's words; two
grades said together (五六年级) name the row of that span when a list states its stage once; a stage said with
学段 (初中学段) is that stage's row; a bound written after a cell's number (`77.5以下` under `目标（%）`) takes the
header's unit before it."""

import pytest

from server.service import Service
from tests.written import service_over

SAFETY = """璟川区2025年校园安全隐患排查情况通报
璟川区教育局
2025年12月20日
一、总体情况
全区各级各类学校开展了秋季校园安全隐患排查。
二、分学段排查情况
| 学段 | 学校数（所） | 排查教室（间） | 发现隐患（起） | 已整改（起） | 整改率 |
|---|---|---|---|---|---|
| 小学 | 41 | 980 | 18 | 17 | 94.4% |
| 初中 | 19 | 520 | 26 | 22 | 84.6% |
| 普通高中 | 6 | 210 | 7 | 7 | 100% |
"""

PLACEMENT = """琨岭县2025年残疾儿童少年入学安置情况报告
琨岭县教育局
2026年1月15日
一、基本情况
全县适龄残疾儿童少年均已建档，安置工作由县特殊教育资源中心统筹。
二、分类安置情况
| 残疾类别 | 适龄人数 | 随班就读 | 特教学校就读 | 送教上门 | 安置率 |
|---|---|---|---|---|---|
| 视力残疾 | 30 | 20 | 6 | 3 | 96.7% |
| 听力残疾 | 44 | 25 | 16 | 2 | 97.7% |
| 肢体残疾 | 90 | 70 | 5 | 13 | 97.8% |
| 合计 | 164 | 115 | 27 | 18 | 97.6% |
"""

TITLES = """珞溪县2025年中小学教师职称评审情况
珞溪县教育局
2025年12月10日
一、评审情况
　　评审结束后，部分学校岗位已满，评审通过的教师暂时未能聘任，目前待聘人员共二十三人。
　　各级别申报和通过情况如下：

　　级别　　　　申报人数　　评审通过　　通过率
　　正高级　　　　　９　　　　　３　　　３３．３％
　　高级　　　　　１２０　　　　７８　　　６５．０％
　　一级　　　　　１５０　　　１２０　　　８０．０％
"""

FOOTBALL = """瑄塘县2025年校园足球特色学校评估结果
瑄塘县教育局
2025年11月30日
一、评估结果
| 学校 | 足球课（节/周） | 校内联赛（场） | 注册球员（人） | 评估得分 | 等次 |
|---|---|---|---|---|---|
| 东关小学 | 1 | 64 | 120 | 91.0 | 优秀 |
| 北渠初级中学 | 0.5 | 22 | 70 | 74.5 | 合格 |
| 南池小学 | 1 | 45 | 98 | 84.0 | 良好 |
"""

HOMEWORK = """玹湾县2025年作业管理专项督查情况
玹湾县教育局
2025年12月5日
一、督查基本情况
| 学段 | 抽查班级 | 达标班级 | 达标率 |
|---|---|---|---|
| 小学三至四年级 | 40 | 38 | 95.0% |
| 小学五至六年级 | 50 | 43 | 86.0% |
| 初中 | 60 | 48 | 80.0% |
二、下一步工作
各校要落实作业公示制度。
"""

SIGHT = """珩山区2026年学生视力健康工作方案
珩山区教育局
2026年3月2日
一、现状分析
2025年秋季全区开展视力筛查，共筛查30000人，总体近视率为45.0%。
各学段筛查结果如下表：
| 学段 | 受检学生数 | 检出近视数 | 近视率（%） | 2026年目标（%） |
|---|---|---|---|---|
| 小学 | 16000 | 5600 | 35.0 | 34.0以下 |
| 初中 | 9000 | 6030 | 67.0 | 66.0以下 |
| 高中 | 5000 | 3900 | 78.0 | 77.5以下 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-cells", {
        "jingchuan-safety-2025": SAFETY, "kunling-placement-2025": PLACEMENT, "luoxi-titles-2025": TITLES,
        "xuantang-football-2025": FOOTBALL, "xuanwan-homework-2025": HOMEWORK, "hengshan-sight-2026": SIGHT})


def test_a_count_noted_with_a_bare_counter_is_shown_in_it(service):
    answer = service.ask("璟川区小学、初中、普通高中各发现多少起隐患")
    assert not answer.abstained, answer.answer
    assert all(f in answer.answer for f in ("18起", "26起", "7起")), answer.answer


def test_parts_whose_share_the_row_states_count_the_wholes_people(service):
    answer = service.ask("琨岭县肢体残疾的孩子送教上门多少人")
    assert not answer.abstained, answer.answer
    assert "13人" in answer.answer, answer.answer
    assert (13, "人") in {(f.value, f.unit) for f in answer.figures}, answer.figures


def test_a_sum_of_such_parts_is_in_people_though_asked_with_ge(service):
    answer = service.ask("琨岭县送教上门的残疾孩子一共几个")
    assert not answer.abstained, answer.answer
    assert "18 人" in answer.answer or "18人" in answer.answer, answer.answer
    assert "个" not in answer.answer.split("。")[0], answer.answer


def test_a_rows_named_column_counted_by_ge_is_its_cell_not_a_prose_count(service):
    answer = service.ask("珞溪县正高级评审通过了几个")
    assert not answer.abstained, answer.answer
    assert "二十三" not in answer.answer, answer.answer
    assert (3, "人") in {(f.value, f.unit) for f in answer.figures}, (answer.answer, answer.figures)


def test_a_score_asked_beside_a_worded_column_is_in_points(service):
    answer = service.ask("北渠初级中学足球评估多少分，什么等次")
    assert not answer.abstained, answer.answer
    assert "74.5分" in answer.answer and "合格" in answer.answer, answer.answer


def test_two_grades_said_together_name_the_span_row_of_a_list(service):
    answer = service.ask("玹湾县小学三四年级、五六年级、初中作业达标率各多少")
    assert not answer.abstained, answer.answer
    assert all(f in answer.answer for f in ("95.0%", "86.0%", "80.0%")), answer.answer


def test_a_stage_said_with_its_xueduan_is_that_stages_row(service):
    answer = service.ask("珩山区初中学段检出近视多少人？")
    assert not answer.abstained, answer.answer
    assert "6030人" in answer.answer and 6030 in {f.value for f in answer.figures}, answer.answer


def test_a_bounded_cell_under_a_percent_note_is_a_share(service):
    answer = service.ask("珩山区高中今年近视率目标")
    assert not answer.abstained, answer.answer
    assert "77.5%以下" in answer.answer, answer.answer
    assert (77.5, "%") in {(f.value, f.unit) for f in answer.figures}, answer.figures
