"""Targets of the right horizon and measures with all their content, on a work report written here:
a plan period's target is read under the heading that names the period (not from the year's goal
statement that mentions the period in passing); a run-in heading that leads its paragraph is quoted
with every measure of the paragraph, short ones included, and not with the next paragraph's; and
it answers before a numbered section whose heading shares only some of the question's words.
Real ingest, real model, real Chroma, Service.ask."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

REPORT = """2026年辽宁省政府工作报告
2026年1月20日在辽宁省第十四届人民代表大会第五次会议上
一、2025年工作回顾
过去一年，全省地区生产总值增长5.0%，城镇新增就业48.2万人。
二、“十五五”时期主要目标任务
“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。
——坚持创新驱动发展。全社会研发经费投入年均增长8%以上，数字经济核心产业增加值占比达到12%。
——坚持以人民为中心。推进基本公共服务均等化，城镇新增就业240万人以上，劳动年龄人口平均受教育年限提高到11.6年。
三、2026年重点工作
今年经济社会发展主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右，城镇新增就业45万人以上，单位地区生产总值能耗降低目标与国家“十五五”考核目标统筹衔接。
（一）更大力度保障和改善民生。
完善多层次社会保障体系。稳妥实施渐进式延迟法定退休年龄改革。继续提高城乡居民基础养老金，扩大工伤保险覆盖面。健全职业伤害保障制度。鼓励支持灵活就业人员参加职工保险。加强低保对象服务保障。
提高人民健康水平。推进紧密型县域医共体建设，新建社区医院20家。
打造更高水平的健康辽宁。推进区域医疗中心建设，推广“一次挂号管三天”门诊服务。加强慢性病综合防控。
四、2026年民生实事
七、提升基层医疗健康服务高水平供给。
为重点人群提供连续健康管理服务，培养农村订单定向免费医学生1000人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "horizons", {"liaoning-report-2026": REPORT})


def test_a_plan_period_target_comes_from_the_section_headed_by_that_period(service):
    r = service.ask("辽宁“十五五”时期城镇新增就业目标是多少？")
    assert first_figure(r) == (240, "万人"), r.answer
    assert "45万人" not in r.answer


def test_the_year_target_still_comes_from_the_year_goal_statement(service):
    r = service.ask("辽宁2026年城镇新增就业目标是多少？")
    assert first_figure(r) == (45, "万人"), r.answer


def test_a_run_in_heading_leading_its_paragraph_is_quoted_with_all_its_measures(service):
    r = service.ask("辽宁2026年如何完善多层次社会保障体系？")
    assert not r.abstained
    # the short measures inside the paragraph are measures of the same item, not the next heading
    assert "健全职业伤害保障制度" in r.answer and "灵活就业人员" in r.answer
    assert "县域医共体" not in r.answer  # the next paragraph is another item


def test_a_run_in_heading_naming_the_topic_beats_a_section_sharing_some_of_its_words(service):
    r = service.ask("辽宁2026年打造更高水平的健康辽宁有哪些举措？")
    assert not r.abstained
    assert "一次挂号管三天" in r.answer and "慢性病综合防控" in r.answer
    assert "订单定向" not in r.answer


def test_a_year_the_targets_do_not_cover_is_not_answered_with_the_year_statement(service):
    # the 2026 goal statement names the plan period in passing; its 失业率 is no target for 2030
    r = service.ask("辽宁2030年城镇调查失业率目标是多少？")
    assert r.abstained, r.answer
    # … while the period's own section answers for the year it ends in
    assert first_figure(service.ask("辽宁2030年城镇新增就业目标是多少？")) == (240, "万人")
