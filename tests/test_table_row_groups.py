"""Questions over tables of several layouts, on documents written here: rows grouped by a label shared down
a rowspan column (学段 over 学科) summed as their group, rows whose column is 0 or left empty (`一个也不招`),
two rows a clause names before an ask spread over them (`…点名的A和B，资金各分到多少`), each answered, and a
row judged against a condition the prose sets on rows like it (`优良率低于42%的学校，须…`)."""
from __future__ import annotations

import pytest

from server.intent import ask_lists
from server.service import Service
from tests.written import service_over

HIRING = """<html><head><title>青杉县2027年公开招聘中小学教师公告</title></head><body>
<h1>青杉县2027年公开招聘中小学教师公告</h1><h2>一、招聘计划</h2><p>本次共招聘教师58名，具体岗位见下表。</p>
<table><caption>青杉县2027年教师招聘岗位表</caption>
<thead><tr><th rowspan="2">学段</th><th rowspan="2">岗位</th><th colspan="3">计划人数（人）</th>
<th rowspan="2">学历要求</th></tr>
<tr><th>县直学校</th><th>农村学校</th><th>合计</th></tr></thead><tbody>
<tr><td rowspan="3">高中</td><td>化学</td><td>2</td><td>1</td><td>3</td><td>本科</td></tr>
<tr><td>生物</td><td>1</td><td>2</td><td>3</td><td>本科</td></tr>
<tr><td>历史</td><td>2</td><td>2</td><td>4</td><td>本科</td></tr>
<tr><td rowspan="4">初中</td><td>地理</td><td>3</td><td>6</td><td>9</td><td>本科</td></tr>
<tr><td>信息技术</td><td>—</td><td>5</td><td>5</td><td>本科</td></tr>
<tr><td>道德与法治</td><td>2</td><td>7</td><td>9</td><td>本科</td></tr>
<tr><td>心理健康</td><td>1</td><td>3</td><td>4</td><td>本科</td></tr>
<tr><td rowspan="2">特殊教育</td><td>特教</td><td>4</td><td>0</td><td>4</td><td>专科</td></tr>
<tr><td>康复</td><td>2</td><td>15</td><td>17</td><td>专科</td></tr>
<tr><td colspan="2">总计</td><td>17</td><td>41</td><td>58</td><td>—</td></tr>
</tbody></table><h2>二、报名</h2><p>报名时间为2027年5月6日至5月9日。</p></body></html>
"""
FUNDS = """岚溪县2027年校舍维修资金分配方案
一、分配原则
按照学校规模和校舍状况分配资金，向农村学校倾斜。
二、资金分配
表1 岚溪县2027年校舍维修资金分配表
学校 | 屋面维修（万元） | 门窗更换（万元） | 操场改造（万元） | 合计（万元）
--- | --- | --- | --- | ---
北坪镇中心小学 | 60 | 25 | 18 | 103
白鹭乡初级中学 | 42 | 30 | 20 | 92
云台镇第二小学 | 35 | 12 | 0 | 47
合计 | 137 | 67 | 38 | 242
三、体质监测
表2 岚溪县2026年学生体质健康监测结果
学校 | 测试人数 | 优良率（%） | 不及格率（%）
--- | --- | --- | ---
北坪镇中心小学 | 860 | 51.2 | 4.1
白鹭乡初级中学 | 640 | 39.6 | 9.8
云台镇第二小学 | 410 | 47.0 | 6.3
优良率低于42%的学校，须于2027年4月30日前制定专项改进计划，报县教育局备案。
"""


# a city's bulletin (figures invented) whose table has a row per county: a county asked is answered by its row
CITY = """岳阳市2031年教育事业发展统计简报
一、总体情况
全市各县市区教育事业发展情况见下表。
表1 各县市区中小学基本情况
县市区 | 学校数（所） | 在校生（人） | 专任教师（人）
--- | --- | --- | ---
平江县 | 181 | 93412 | 6105
临湘市 | 97 | 51230 | 3318
二、下一步工作
继续推进义务教育优质均衡发展。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "row-groups",
                        {"qingshan-hiring.html": HIRING.encode("utf-8"), "lanxi-funds": FUNDS, "yueyang-brief": CITY})


@pytest.mark.parametrize("question,total", [
    ("青杉县这次一共招多少名初中教师？", "27"),  # 9 + 5 + 9 + 4 of the 合计 sub-column
    ("青杉县一共招多少名特殊教育教师？", "21"),
])
def test_a_group_of_rows_summed_by_its_total_column(service: Service, question: str, total: str) -> None:
    response = service.ask(question)
    assert not response.abstained and f"= {total}" in response.answer, response.answer
    assert len(response.citations) == (4 if total == "27" else 2), response.citations


def test_no_group_total_of_a_thing_the_table_does_not_count(service: Service) -> None:
    response = service.ask("青杉县初中一共招多少名保安？")  # a table of teachers: its 合计 counts no 保安
    assert "27" not in response.answer, response.answer


@pytest.mark.parametrize("question,row,others", [
    ("青杉县招聘计划中哪个岗位县直学校一个也不招？", "信息技术", ["地理", "化学"]),  # its cell is `—`
    ("青杉县哪个岗位农村学校一个都不招？", "特教", ["康复", "地理"]),  # its cell is 0
])
def test_the_rows_given_none(service: Service, question: str, row: str, others: list[str]) -> None:
    response = service.ask(question)
    assert not response.abstained and response.answer.startswith(f"共1个：{row}"), response.answer
    assert not any(o in response.answer for o in others), response.answer


def test_a_school_named_second_is_no_ranking(service: Service) -> None:
    response = service.ask("岚溪县北坪镇中心小学和云台镇第二小学各分到多少维修资金？")
    assert "排在其前" not in response.answer and "103" in response.answer and "47" in response.answer, \
        response.answer


def test_two_rows_a_clause_names_before_the_ask(service: Service) -> None:
    response = service.ask("岚溪县2027年维修规划点名的北坪镇中心小学和白鹭乡初级中学，校舍维修资金各分到多少？")
    assert not response.abstained and "103万元" in response.answer and "92万元" in response.answer, response.answer
    assert len(response.citations) == 2


def test_the_asks_of_a_list_in_the_clause_before() -> None:
    assert [items for _, items in ask_lists("甲县的小学和初中，专任教师各有多少人？")] == \
        [["甲县的小学，专任教师有多少人", "甲县的初中，专任教师有多少人"]]
    # no 各/分别: one ask of the clause
    assert [items for _, items in ask_lists("甲县的小学和初中，专任教师一共多少人？")] == [["专任教师一共多少人"]]


@pytest.mark.parametrize("question,verdict,value", [
    ("岚溪县白鹭乡初级中学需要制定专项改进计划吗？", "需要", "39.6%"),
    ("岚溪县北坪镇中心小学要不要制定专项改进计划？", "不需要", "51.2%"),
])
def test_a_row_judged_against_the_condition_its_prose_sets(service: Service, question: str, verdict: str,
                                                          value: str) -> None:
    response = service.ask(question)
    assert response.answer.startswith(f"{verdict}：") and value in response.answer, response.answer
    text = service.index.documents["lanxi-funds"].text
    cited = [text[c.start:c.end] for c in response.citations]
    assert any("低于42%" in c for c in cited) and any(value.rstrip("%") in c for c in cited), cited


def test_a_case_of_the_questions_own_figure_is_no_rows(service: Service) -> None:
    response = service.ask("岚溪县一所学校优良率40.5%，需要制定专项改进计划吗？")
    assert "白鹭乡" not in response.answer and "北坪镇" not in response.answer, response.answer


def test_a_county_row_of_its_citys_table(service: Service) -> None:
    response = service.ask("平江县专任教师有多少人？")
    assert not response.abstained and response.answer.startswith("6105"), response.answer
