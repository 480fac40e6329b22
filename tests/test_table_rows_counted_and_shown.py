"""Questions over a table's rows and columns, on documents written here (a hazard survey in Traditional script, a
canteen inspection, a supervision zone bulletin, a plan's indicator table with 属性, a self-evaluation table, a
budget table with its change column and the prose explaining each change): rows of a list closed by its count and
class noun (`三类隐患`) asked each, their count in the counter asked when the cells write none (处); a Traditional
row asked for one place of two; a ranking shown in the counter of what its column counts (所, 次), by the column
counting times when asked how often (`跑得最少`); a worded target with its 属性; rows failing a check with their own
values; a change asked in speech (`多拨了多少`) computed and the prose stating it cited too."""
from __future__ import annotations

import pytest

from server.answer.askedcolumn import count_unit
from server.intent import asks, wanted_units
from server.operation import operation_of
from server.service import Service
from tests.written import service_over

SURVEY = """黎川縣2025年校園安全隱患排查情況報告

一、排查情況

本次排查覆蓋全縣中小學、幼兒園86所，排查各類隱患190處。

| 隱患類別 | 排查數 | 已整改 | 整改率 |
| --- | --- | --- | --- |
| 消防設施 | 64 | 60 | 93.8% |
| 周邊環境 | 27 | 21 | 77.8% |
| 飲水衛生 | 33 | 33 | 100.0% |
| 用電安全 | 66 | 58 | 87.9% |
| 合計 | 190 | 172 | 90.5% |

二、下一步工作

對尚未整改的18處隱患逐一明確責任人，年底前整改率達到100%。
"""

CANTEEN = """资溪县学校食堂检查情况通报

一、总体情况

本次共检查学校食堂40所，其中合格34所，合格率85.0%。
"""

ZONES = """# 宜黄县2025年秋季学期责任督学挂牌督导通报

## 一、督导情况

各片区情况如下：

| 片区 | 责任督学 | 联系学校数 | 督导次数 | 发现问题 |
| --- | --- | --- | --- | --- |
| 东片区 | 程远舟 | 12 | 61 | 9 |
| 西片区 | 何晚晴 | 6 | 44 | 12 |
| 南片区 | 陆清禾 | 9 | 35 | 6 |
| 北片区 | 沈砚秋 | 10 | 50 | 8 |

## 二、工作要求

各片区督学每月到联系学校督导不少于1次。
"""

PLAN = """# 南丰县中小学教师队伍建设规划（2026—2028年）

## 一、发展目标

| 指标 | 2025年现状 | 2028年目标 | 属性 |
| --- | --- | --- | --- |
| 专任教师总数（人） | 5120 | 5300 | 预期性 |
| 专职心理健康教师 | 部分学校未配 | 每校不少于1名 | 约束性 |

## 二、主要措施

按年度补充教师。
"""

SELF_CHECK = """# 广昌县学前教育普及普惠自评报告

## 一、主要指标自评

| 指标 | 国家标准 | 本县数值 | 是否达标 |
| --- | --- | --- | --- |
| 学前三年毛入园率 | 不低于90% | 94.1% | 达标 |
| 公办园在园幼儿占比 | 不低于50% | 43.8% | 未达标 |
| 普惠性幼儿园覆盖率 | 不低于85% | 81.6% | 未达标 |
| 专任教师持证率 | 不低于90% | 96.0% | 达标 |

## 二、存在问题

公办学位仍然不足。
"""

BUDGET = """金溪县教育局2026年部门预算说明

一、支出预算情况

| 科目 | 2025年预算数（万元） | 2026年预算数（万元） | 增减额（万元） |
| --- | --- | --- | --- |
| 学前教育 | 3200.0 | 3480.0 | 280.0 |
| 小学教育 | 9100.0 | 9655.0 | 555.0 |
| 初中教育 | 6400.0 | 6310.0 | -90.0 |

二、主要增减变化说明

与上年相比，学前教育增加280.0万元，主要是新建幼儿园秋季开园；小学教育增加555.0万元，增长6.1%，主要是教师绩效工资调整；
初中教育减少90.0万元，主要是一次性设备购置支出减少。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-rows-counted", {
        "lichuan-hazard-survey.md": SURVEY.encode(), "zixi-canteen-report": CANTEEN,
        "yihuang-zones.md": ZONES.encode(), "nanfeng-teacher-plan.md": PLAN.encode(),
        "guangchang-self-check.md": SELF_CHECK.encode(), "jinxi-budget": BUDGET})


def test_a_list_closed_by_its_count_and_class_noun_is_asked_item_by_item() -> None:
    assert asks("消防设施、周边环境、饮水卫生三类隐患各排查出多少处") == [
        "消防设施隐患排查出多少处", "周边环境隐患排查出多少处", "饮水卫生隐患排查出多少处"]
    # a count that is not the list's own is no class noun of it
    assert asks("消防设施、周边环境两类隐患和用电安全各排查出多少处")[0] != "消防设施隐患排查出多少处"
    assert wanted_units("排查出多少处") == ("处",)


def test_each_traditional_row_asked_in_the_counter_asked(service: Service) -> None:
    response = service.ask("黎川县消防设施、周边环境、饮水卫生三类隐患各排查出多少处？")
    assert not response.abstained, response.answer
    assert "文件中未找到" not in response.answer, response.answer
    for figure in ("64处", "27处", "33处"):
        assert figure in response.answer, response.answer
    assert len(response.citations) == 3


def test_a_traditional_row_asked_of_one_place_of_two(service: Service) -> None:
    response = service.ask("黎川县饮水卫生隐患整改率和资溪县食堂检查合格率分别是多少？")
    lines = {line.split("：", 1)[0]: line for line in response.answer.splitlines()}
    assert "100.0%" in lines.get("黎川县", ""), response.answer
    assert "85.0%" in lines.get("资溪县", ""), response.answer


def test_a_count_column_is_shown_in_the_counter_of_what_it_counts() -> None:
    assert count_unit("联系学校数") == "所"
    assert count_unit("督导次数") == "次"
    assert count_unit("招聘人数") == "人"
    assert count_unit("发现问题") == "" and count_unit("备注") == ""


def test_a_ranking_says_the_counter_of_its_column(service: Service) -> None:
    response = service.ask("宜黄县哪个片区联系的学校最少？")
    assert response.answer.startswith("西片区"), response.answer
    assert "6所" in response.answer, response.answer


@pytest.mark.parametrize(("question", "first", "figure"), [("宜黄县哪个片区的督学下学校跑得最少", "南片区", "35次"),
                                                          ("宜黄县哪个片区督学去学校去得最多", "东片区", "61次")])
def test_how_often_ranks_by_the_column_counting_times(service: Service, question: str, first: str,
                                                      figure: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert response.answer.startswith(first) and figure in response.answer, response.answer


def test_a_worded_target_is_given_with_its_attribute(service: Service) -> None:
    response = service.ask("南丰县专职心理健康教师2028年目标是什么")
    assert not response.abstained, response.answer
    assert "每校不少于1名" in response.answer and "约束性" in response.answer, response.answer


def test_rows_failing_a_check_are_given_with_their_own_values(service: Service) -> None:
    response = service.ask("广昌县自评表里哪几项指标没达标？")
    assert not response.abstained, response.answer
    assert "公办园在园幼儿占比" in response.answer and "普惠性幼儿园覆盖率" in response.answer
    assert "43.8%" in response.answer and "81.6%" in response.answer, response.answer
    assert "94.1%" not in response.answer  # a row that passed is not listed


def test_a_change_asked_in_speech_is_computed_and_the_prose_stating_it_cited() -> None:
    assert operation_of("今年给小学那块多拨了多少钱").name == "change"
    assert operation_of("最多拨多少钱").name != "change"


def test_the_prose_stating_a_rows_change_is_cited_beside_it(service: Service) -> None:
    response = service.ask("金溪县今年给小学那块多拨了多少钱")
    assert not response.abstained, response.answer
    assert "555.0" in response.answer, response.answer
    assert any("小学教育增加555.0万元" in c.text for c in response.citations), response.citations
    # a change no sentence states with the row's value cites the row alone
    response = service.ask("金溪县初中教育2026年比2025年减少了多少")
    assert not any("增加" in c.text for c in response.citations), response.citations
