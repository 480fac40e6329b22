"""Table cells answered in the unit of what they count, and the column asked, on documents written here (real
ingest, Service.ask): a bare count column that is part of another column's count (优秀 | 合格 beside 参评人数,
校内 | 跨校 beside 竞聘人数) is stated in that count's unit; a score column in 分; a count of the rows that did
not pass read from the failing column, not the count that applied; a column of averages asked of the whole
answered by the total row's own average, not refused as a sum the rows do not make; a count written in a
compound counter (批次) kept as written; a row's average score judged against the grade's bar its document sets
(`得分80分以上为合格`) when asked whether it reached that grade's line, not averaged with the grade's column; the row
whose rate the table leaves to compute (已完工 ÷ 计划数) ranked first among the rows."""

import pytest

from server.service import Service
from tests.written import service_over

APPRAISAL = """岷江县教育局关于2025年度文明校园评估结果的通报
岷江县教育局
2026年2月10日
一、评估基本情况
评估满分100分，得分80分以上为合格，90分以上评为优秀。分类结果如下：
| 类别 | 申报数（所） | 优秀 | 合格 | 不合格 | 平均得分 |
| --- | --- | --- | --- | --- | --- |
| 城区学校 | 20 | 6 | 12 | 2 | 90.5 |
| 农村学校 | 30 | 3 | 22 | 5 | 84.2 |
| 民办学校 | 10 | 1 | 6 | 3 | 79.6 |
| 合计 | 60 | 10 | 40 | 10 | 85.5 |
二、下一步工作
各校要对照评估细则查找不足，持续改进。
"""

POSTS = """澄溪县2025年教师岗位竞聘工作总结
澄溪县教育局
2026年1月15日
一、基本情况
全县公办中小学全面推行教师岗位竞聘。各学段竞聘情况如下：
学段　　　竞聘人数　　　校内上岗　　　跨校竞聘　　　组织调剂
小学　　　900　　　850　　　40　　　10
初中　　　600　　　560　　　28　　　12
合计　　　1500　　　1410　　　68　　　22
二、下一步打算
进一步完善岗位竞聘办法。
"""

MILK = """沔阳县学生饮用奶质量监管工作情况
沔阳县市场监管局 沔阳县教育局
2026年1月20日
一、抽检情况
2025年全县抽检学生饮用奶98批次，抽检合格率100%。
二、工作要求
各供奶企业要严格落实质量安全主体责任。
"""


PROGRESS = """汶溪县2026年校园设施建设进度通报
汶溪县教育局
2026年7月1日
一、建设进度
各类项目建设进度见下表。
| 项目类别 | 计划数 | 已完工 | 投资（万元） |
| --- | --- | --- | --- |
| 运动场 | 10 | 6 | 500 |
| 食堂 | 8 | 7 | 400 |
| 宿舍 | 12 | 9 | 900 |
| 合计 | 30 | 22 | 1800 |
二、下一步工作
未完工项目须于9月1日前全部完工。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-cells-unit", {
        "minjiang-campus-appraisal-2026": APPRAISAL, "chengxi-posts-2026": POSTS, "mianyang-milk-2026": MILK,
        "wenxi-facilities-2026": PROGRESS})


def test_a_part_of_a_count_of_people_is_stated_in_people(service):
    answer = service.ask("澄溪县初中组织调剂了多少人")
    assert not answer.abstained, answer.answer
    assert "12人" in answer.answer, answer.answer
    assert answer.figures[0].value == 12 and answer.figures[0].unit == "人", answer.figures


def test_the_rows_that_did_not_pass_are_read_from_the_failing_column(service):
    answer = service.ask("岷江县民办学校有几所没通过文明校园评估")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("3所"), answer.answer


def test_a_ranking_by_a_score_column_states_points(service):
    answer = service.ask("岷江县文明校园评估哪一类平均得分最高")
    assert not answer.abstained, answer.answer
    assert "城区学校" in answer.answer and "90.5分" in answer.answer, answer.answer


def test_the_whole_average_is_the_total_rows_own(service):
    answer = service.ask("岷江县文明校园评估全县平均得分是多少")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("85.5分"), answer.answer


def test_a_count_in_a_compound_counter_is_kept_as_written(service):
    answer = service.ask("沔阳县2025年抽检了多少批次学生饮用奶")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("98批次"), answer.answer


def test_a_rows_average_score_is_judged_against_the_grades_bar(service):
    answer = service.ask("岷江县民办学校平均得分达到文明校园合格线没有")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达到") and "79.6分" in answer.answer and "80分" in answer.answer, answer.answer
    passed = service.ask("岷江县城区学校平均得分达到合格线没有")
    assert passed.answer.startswith("达到") and "90.5分" in passed.answer, passed.answer


def test_rows_are_ranked_by_a_rate_their_table_leaves_to_compute(service):
    answer = service.ask("汶溪县哪类项目完工率最高")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("食堂") and "87.5%" in answer.answer, answer.answer
    lowest = service.ask("汶溪县哪类项目完工率最低")
    assert lowest.answer.startswith("运动场") and "60%" in lowest.answer, lowest.answer
