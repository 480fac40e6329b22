"""On documents written here: a table cell read by its header's unit note (节/周, 辆) or by a header that is
its unit (学时), several columns asked of the whole (总数) from the total row, a ranking column named right
before 最多 beside another column's word, a year's amount in its own clause over the floor set for every
year, a stage's ratio in a sentence naming the stage before it (asked directly and as a follow-up), a list
of stages whose last (普通高中) opens the noun they share, and a
count asked by a counted noun (教学班) answered by its count beside the list's other items, never by a share.
Real ingest, real model."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

PLAN_ID = "qingyang-eyesight-plan-2025"
PLAN = """# 青阳县学生视力健康行动方案（2025—2027年）

## 一、工作目标

到2027年，全县学生总体近视率逐年下降，初中生体育课时逐步增加。分年度目标如下：

| 年份 | 总体近视率 | 初中近视率 | 初中体育课时（节/周） | 每天户外活动（小时） |
| --- | --- | --- | --- | --- |
| 2025年 | 50.2% | 68.4% | 3 | 1.4 |
| 2026年 | 49.5% | 67.6% | 4 | 1.6 |
| 2027年 | 48.9% | 66.9% | 4 | 1.8 |

## 二、保障措施

县财政每年安排视力防控专项资金不少于600万元，2026年安排720万元，主要用于教室照明改造。
"""

TRAINING_ID = "baisha-teacher-training-plan-2026"
TRAINING = """# 白沙市2026年教师培训项目计划

## 一、培训项目安排

| 项目名称 | 培训对象 | 人数 | 学时 | 经费（万元） |
| --- | --- | --- | --- | --- |
| 骨干教师研修 | 市级骨干教师 | 120 | 72 | 26.4 |
| 心理健康教育培训 | 专兼职心理教师 | 90 | 36 | 9.8 |

全年培训经费由市财政统筹安排。
"""

CANTEEN_ID = "lutang-canteen-inspection-2026"
CANTEEN = """# 芦塘县教育局关于学校食堂安全检查情况的通报

## 一、检查情况

本次检查覆盖全县四个乡镇。各乡镇情况如下：

| 乡镇 | 送餐车辆（辆） | 就餐学生数（人） | 检查问题数（个） |
| --- | --- | --- | --- |
| 东湖镇 | 9 | 2100 | 2 |
| 西岭乡 | 5 | 860 | 7 |
| 南坪镇 | 6 | 1320 | 3 |
| 北川乡 | 3 | 410 | 0 |
| 合计 | 23 | 4690 | 12 |

## 二、整改要求

各学校须在11月底前完成整改。
"""

BULLETIN_ID = "hexi2-education-bulletin-2026"
BULLETIN = """禾溪县2026年教育事业统计公报
禾溪县教育局
2026年11月20日
一、义务教育
小学二十所。小学招生2610人，在校生15320人，比上年减少410人。小学专任教师960人，生师比16.0:1。
初中九所。初中招生2480人，在校生7460人，比上年增加120人。初中专任教师690人，生师比10.8:1。
二、高中阶段教育
普通高中三所，招生1210人，在校生3580人，专任教师260人。
"""

SCHOOL_ID = "shuiyuan-school-supervision-2026"
SCHOOL = """水源县人民政府教育督导室关于县实验中学办学水平督导评估的反馈意见
水源县人民政府教育督导室
2026年10月20日
一、基本情况
学校现有教学班28个，在校学生1350人，教职工118人。
二、存在问题
一是实验教学开出率偏低。物理、化学分组实验开出率仅为百分之七十二。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "tablecells", {
        f"{PLAN_ID}.md": PLAN.encode(), f"{TRAINING_ID}.md": TRAINING.encode(),
        f"{CANTEEN_ID}.md": CANTEEN.encode(), BULLETIN_ID: BULLETIN, SCHOOL_ID: SCHOOL})


def test_a_cell_is_read_by_the_counter_its_header_note_gives(service):
    response = service.ask("青阳县2026年初中每周体育课要上几节")
    assert not response.abstained and response.answer.startswith("4节"), response.answer


def test_a_header_that_is_a_unit_shows_the_figure_with_it(service):
    response = service.ask("白沙市骨干教师研修培训人数、学时、经费")
    assert not response.abstained and "72学时" in response.answer, response.answer


def test_the_column_named_right_before_the_superlative_ranks_the_rows(service):
    response = service.ask("芦塘县哪个乡镇送餐车辆检查问题最多？")
    assert not response.abstained and response.answer.startswith("西岭乡"), response.answer


def test_several_columns_asked_of_the_whole_are_the_total_rows_cells_with_their_header_units(service):
    response = service.ask("芦塘县送餐车辆、就餐学生和检查问题总数")
    said = response.answer.split("依据")[0]
    assert not response.abstained and all(f in said for f in ("23辆", "4690人", "12个")), response.answer


def test_the_year_asked_picks_its_own_clause_not_the_yearly_floor(service):
    response = service.ask("青阳县2026年视力防控专项资金安排了多少？")
    assert not response.abstained and response.answer.startswith("720万元"), response.answer


@pytest.mark.parametrize("question, history", [
    ("禾溪县初中生师比是多少？", []),
    ("初中呢", [{"role": "user", "content": "禾溪县小学生师比是多少？"},
              {"role": "assistant", "content": "禾溪县小学生师比16.0:1。"}]),
])
def test_a_ratio_is_of_the_stage_its_sentence_names(service, question, history):
    response = service.ask(question, history=history)
    assert not response.abstained and response.answer.startswith("10.8:1"), response.answer


def test_a_stage_opening_the_last_item_of_a_list_is_its_own_and_the_noun_after_it_is_every_items(service):
    response = service.ask("禾溪县小学、初中、普通高中在校生分别多少？")
    said = response.answer.split("依据")[0]
    assert all(f in said for f in ("15320人", "7460人", "3580人")), response.answer


def test_a_counted_noun_is_answered_by_its_count_beside_the_other_items_never_by_a_share(service):
    response = service.ask("水源县实验中学教学班、学生、教职工各多少？")
    said = response.answer.split("依据")[0]
    assert "28个" in said and "1350人" in said and "118人" in said and "72" not in said, response.answer
