"""Figures computed from stated ones, on documents written here: a difference of two rows' bare counts in the unit
their column names (`及格人数` → 人); a plain-text table set with runs of full-width spaces whose long row label runs
into its first value, read apart, and what a year's target leaves to do (target of the year asked − done); an
amount per unit of what a row measures (`每吨多少万元`: 金额 ÷ 数量, in the scale asked); the rows of one kind a word
column names, summed, as a share of the 合计 row; a row's share of the 合计 row asked as the area's (`占全县…`); a
saving's share of the cost at the price it is stated against (saved ÷ (paid + saved)); and a ratio asked of two
places' stages, named once after the last (`A高中和B中职的生师比`), each place's own. Real ingest, Service.ask."""
from __future__ import annotations

import pytest

from ingest.models import DocMeta, Document
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a fitness report: one row per kind of school, counts with no unit note
FITNESS = """某市2025年学生体质健康监测报告
某市教育局
2026年1月15日
一、监测结果

| 学校类别 | 监测人数 | 及格人数 | 及格率（%） |
| --- | --- | --- | --- |
| 城区学校 | 12000 | 10200 | 85.0 |
| 乡村学校 | 9000 | 7290 | 81.0 |
"""

# a plain-text plan: its yearly tasks set in columns with full-width spaces, one label as long as its column
TASKS = """某县校外教育工作方案
某县教育局
2026年3月1日
一、年度任务
　　工作项目　　　　　　2025年完成　　2026年目标　　2027年目标
　　青少年宫（个）　　　12　　　　　　14　　　　　　16
　　心理辅导室（间）48　　　　　　55　　　　　　60
　　志愿服务（场）　　　300　　　　　350　　　　　400
"""

# a procurement notice: the totals in prose (paid, and how much less than the reference price), a row per item
PROCUREMENT = """某区中小学课桌椅集中采购情况通报
某区教育局
2026年6月30日
一、总体情况
全区本年度集中采购课桌椅，采购金额800.0万元，比同期市场指导价少支出50.0万元。各品目情况如下。

| 品目 | 数量（套） | 采购金额（万元） | 节约资金（万元） |
| --- | --- | --- | --- |
| 单人课桌椅 | 4000 | 480.0 | 30.0 |
| 双人课桌椅 | 1600 | 320.0 | 20.0 |
| 合计 | 5600 | 800.0 | 50.0 |
"""

# a recruitment notice: one row per post, its stage in a word column, closed by a 合计 row
POSTS = """某市2026年幼儿园和小学教师招聘公告
某市教育局
2026年4月2日
一、招聘岗位

| 岗位代码 | 学段 | 学科 | 招聘人数 |
| --- | --- | --- | --- |
| A01 | 幼儿园 | 学前教育 | 9 |
| A02 | 小学 | 美术 | 5 |
| A03 | 小学 | 音乐 | 7 |
| A04 | 初中 | 化学 | 4 |
| 合计 | — | — | 25 |
"""

# a county's schools with a 合计 row, the county's own documents of two places stating each stage's ratio
SCHOOLS = """某甲县普通高中发展规划
某甲县教育局
2026年5月8日
一、基本情况
全县普通高中在校生6000人，专任教师480人，生师比约为12.5:1。各校情况如下：

| 学校 | 在校生（人） | 教学班（个） |
| --- | --- | --- |
| 县第一中学 | 2400 | 48 |
| 县第二中学 | 3600 | 70 |
| 合计 | 6000 | 118 |
"""

VOCATIONAL = """某乙县中等职业教育质量报告
某乙县教育局
2026年2月1日
一、基本情况
全县中职在校生3400人，专任教师200人，生师比约为17.0:1。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "computed-over-rows", {
        "city-fitness-2025": FITNESS, "county-tasks-2026": TASKS, "district-procurement-2026": PROCUREMENT,
        "city-posts-2026": POSTS, "jia-county-schools-2026": SCHOOLS, "yi-county-vocational-2025": VOCATIONAL})


def test_gap_of_two_rows_bare_counts_in_the_unit_their_column_names(service: Service) -> None:
    answer = service.ask("某市城区学校及格人数比乡村学校多多少")
    assert first_figure(answer) == (2910, "人"), answer.answer  # 10200 − 7290
    assert "2910 人" in answer.answer, answer.answer


def test_a_row_label_run_into_its_first_value_is_read_apart() -> None:
    sections = parse_sections(TASKS)
    table = find_tables("t", TASKS, sections)[0]
    labels = [row.cells[0].text for row in table.rows]
    assert labels == ["青少年宫（个）", "心理辅导室（间）", "志愿服务（场）"], labels
    assert [c.text for c in table.rows[1].cells[1:]] == ["48", "55", "60"]
    assert Document("t", TASKS, DocMeta(), sections=sections, tables=[table]).tables[0].rows[1].cell("2025年完成")


def test_what_a_years_target_leaves_to_do_from_the_glued_row(service: Service) -> None:
    answer = service.ask("某县心理辅导室到2027年还要再建几个")
    assert first_figure(answer)[0] == 12, answer.answer  # 60 − 48, the 2027 target, not 2026's
    assert "60" in answer.answer and "48" in answer.answer, answer.answer


def test_amount_per_unit_of_a_row_in_the_scale_asked(service: Service) -> None:
    answer = service.ask("某区单人课桌椅平均每套采购价多少万元？")
    assert first_figure(answer) == (0.12, "万元/套"), answer.answer  # 480.0 ÷ 4000
    assert "480" in answer.answer and "4000" in answer.answer, answer.answer


def test_rows_of_one_kind_summed_as_a_share_of_the_total_row(service: Service) -> None:
    answer = service.ask("某市招聘的小学岗位占总招聘人数多少")
    assert first_figure(answer) == (48.0, "%"), answer.answer  # (5 + 7) ÷ 25
    assert "5 + 7 = 12" in answer.answer, answer.answer
    assert inputs_cited(service, answer, "city-posts-2026")


def test_a_rows_share_of_the_areas_total_row(service: Service) -> None:
    answer = service.ask("某甲县县第一中学在校生占全县高中的比例是多少？")
    assert first_figure(answer) == (40.0, "%"), answer.answer  # 2400 ÷ 6000
    other = service.ask("某甲县县第一中学在校生占全省高中的比例是多少？")
    assert not other.figures or first_figure(other)[0] != 40.0, other.answer  # the province is no county's total


def test_a_savings_share_of_the_cost_at_the_reference_price(service: Service) -> None:
    answer = service.ask("某区集中采购节约的钱占按市场指导价算的总额百分之几")
    assert first_figure(answer)[0] == pytest.approx(5.88, abs=0.01), answer.answer  # 50 ÷ (800 + 50)
    assert "850" in answer.answer, answer.answer
    assert inputs_cited(service, answer, "district-procurement-2026")


def test_a_ratio_named_once_after_two_places_stages_is_each_places(service: Service) -> None:
    answer = service.ask("某甲县高中和某乙县中职的生师比哪个高？")
    assert "12.5:1" in answer.answer and "17.0:1" in answer.answer, answer.answer
