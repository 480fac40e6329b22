"""Figures a table row or a plan's sentence leaves to compute, on documents written here: those of a row's count
who did not do a thing (whole − done, the area's total row when no row is named), how many more it takes to reach a
rate the question sets (whole × rate − done), an item's share of its table's 合计 and its amount per person (in 元),
the count a coverage rate measures (count × 覆盖率), the rest of a plan's whole beside the part it names
(`X以外的部分`), and how many more it takes to reach the rate a document sets as its target; a rate already
reached, a whole naming another item and a column counting things, not people, give no such figure."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a district's summer day-care by school, with its total row
CARE = """某区教育局关于2026年暑期托管服务情况的通报
区教育局
2026年9月
一、托管情况
各校学生参加暑期托管情况如下。

| 学校 | 学生数 | 参加人数 | 参加率 |
| --- | --- | --- | --- |
| 某区第一小学 | 1500 | 1200 | 80.0% |
| 某区第三中学 | 900 | 540 | 60.0% |
| 全区 | 2400 | 1740 | 72.5% |
"""
CARE_ID = "district-summer-care-2026"

# a county's training projects with their people and funds, closed by a 合计 row
TRAINING = """某县2026年乡村教师培训项目计划
县教育局
2026年2月
一、项目安排

| 序号 | 项目 | 人数 | 经费（万元） |
| --- | --- | --- | --- |
| 1 | 乡村教师跟岗研修 | 200 | 30.0 |
| 2 | 乡村校长领航培训 | 50 | 20.0 |
| 合计 | 合计 | 250 | 50.0 |
"""
TRAINING_ID = "county-rural-training-2026"

# a county's kindergartens by town: counts of kindergartens beside the children enrolled and a coverage rate
PRESCHOOL = """某县学前教育发展情况报告
县教育局
2026年10月
一、基本情况

| 乡镇 | 幼儿园数 | 在园幼儿 | 公办覆盖率 |
| --- | --- | --- | --- |
| 某甲镇 | 8 | 1200 | 55.0% |
| 某乙乡 | 5 | 600 | 70.0% |
"""
PRESCHOOL_ID = "county-preschool-2026"

# a plan titled on its subject, its funding split in one sentence
PLAN = """某市校园安全防控体系建设三年行动计划
市教育局
2026年1月
一、资金保障
三年计划投入2400万元，其中市财政承担1500万元；其余由区县配套解决。
"""
PLAN_ID = "city-campus-safety-plan-2026"

# a notice stating a rate with the counts it is made of, and apart the level it is to reach
CANTEENS = """某县教育局关于推进学校食堂改造的通知
县教育局
2026年5月
一、工作现状
全县现有中小学食堂80个，其中已完成改造的60个，改造率为75.0%。到2027年底，食堂改造率达到95%以上。
"""
CANTEENS_ID = "county-canteen-notice-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rowrests", {f"{CARE_ID}.md": CARE.encode(),
                                                       f"{TRAINING_ID}.md": TRAINING.encode(),
                                                       f"{PRESCHOOL_ID}.md": PRESCHOOL.encode(),
                                                       f"{PLAN_ID}.md": PLAN.encode(),
                                                       f"{CANTEENS_ID}.md": CANTEENS.encode()})


def test_those_who_did_not_are_the_total_rows_whole_less_those_who_did(service):
    r = service.ask("某区没参加暑期托管的学生有多少人？")
    assert first_figure(r) == (660.0, "人"), r.answer  # 2400 − 1740 of the 全区 row
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["1740", "2400"]
    assert inputs_cited(service, r, CARE_ID)


def test_those_who_did_not_of_the_school_named(service):
    r = service.ask("某区第三中学没参加暑期托管的学生有多少人？")
    assert first_figure(r) == (360.0, "人"), r.answer  # 900 − 540


def test_how_many_more_to_reach_a_rate_is_whole_times_rate_less_done(service):
    r = service.ask("某区第三中学参加率要达到75%，还差多少人？")
    assert first_figure(r) == (135.0, "人"), r.answer  # 900 × 75% = 675; 675 − 540
    assert "900人 × 75%" in r.figures[0].formula, r.figures[0].formula


def test_a_rate_already_reached_gives_no_shortfall(service):
    r = service.ask("某区第一小学参加率要达到70%，还差多少人？")  # 80.0% already
    assert not any("−" in (f.formula or "") for f in r.figures), r.answer


def test_an_items_share_of_the_tables_total(service):
    r = service.ask("某县乡村校长领航培训项目经费占全县培训经费的比例是多少？")
    value, unit = first_figure(r)
    assert (round(value, 1), unit) == (40.0, "%"), r.answer  # 20.0 ÷ 50.0
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["20.0", "50.0"]
    assert inputs_cited(service, r, TRAINING_ID)


def test_no_share_of_the_total_when_the_whole_is_another_item(service):
    r = service.ask("某县乡村校长领航培训项目经费占乡村教师跟岗研修经费的比例是多少？")
    assert not any("50.0" in (f.formula or "") for f in r.figures), r.answer


def test_an_items_amount_per_person_in_yuan(service):
    r = service.ask("某县乡村教师跟岗研修人均经费多少元？")
    assert first_figure(r) == (1500.0, "元/人"), r.answer  # 30.0万元 ÷ 200人
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["200", "30.0"]


def test_the_count_a_coverage_rate_measures(service):
    r = service.ask("某甲镇在公办幼儿园上学的孩子有多少人？")
    assert first_figure(r) == (660.0, "人"), r.answer  # 1200 在园幼儿 × 55.0%, never the 8 kindergartens
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["1200", "55.0%"]


def test_the_rest_of_a_plans_whole_beside_the_part_named(service):
    r = service.ask("某市校园安全三年投入中市财政以外的部分有多少？")
    assert first_figure(r) == (900.0, "万元"), r.answer  # 2400 − 1500; 校园安全 is the plan's title's subject
    assert inputs_cited(service, r, PLAN_ID)


def test_how_many_more_to_reach_the_documents_target_rate(service):
    r = service.ask("某县要完成食堂改造率目标，还需改造多少个食堂？")
    assert first_figure(r) == (16.0, "个"), r.answer  # 80 × 95% = 76; 76 − 60, the pair 75.0% is the quotient of
    assert sorted(i["source"]["text"] for i in r.figures[0].inputs) == ["60个", "80个", "95%以上"]
    assert inputs_cited(service, r, CANTEENS_ID)
