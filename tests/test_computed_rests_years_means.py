"""Figures computed from prose and rows, on documents written here: the rest of a whole asked with 几 (`还有几所…没
接入`, stated apart from the whole; `还剩几处没整改`, of a table row in Traditional script) in the counter asked; last
year's value from this year's and its change on 去年 in a speech whose sentence names no year; a budget's figure of
the year before, the question naming the budget its title names; a column's mean in the counter asked, without zeros
the division did not make, checked against the table's total row; and a sum of rows the question lists with their
shared head said once (`小学和初中教育`); the part named by a quality whose complement is counted (`合格的` of
`不合格学校…问题40个`: whole − it); a rate's change in points between two years of a table's rows labelled
by year. Real ingest, Service.ask."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# an inspection notice: the schools checked, then (sentences later) those linked to a platform
CANTEEN = """某市教育局关于学校食堂专项检查结果的通报
市教育局
2026年11月5日
一、总体情况
本次共检查学校食堂40所，其中合格34所、不合格6所，合格率85.0%。共发现问题120个，其中留样不规范30个。\
全市已有30所学校食堂接入“阳光厨房”监管平台，覆盖率75.0%。
二、部分学校检查结果
6所不合格学校共发现问题40个，得分最低的学校存放过期食材。
"""

# a hazard report in Traditional script, one row per kind of hazard
HAZARDS = """某縣校園安全隱患排查整治情況報告
縣教育局
2026年10月20日
一、排查情況
各類隱患排查整改情況如下。

| 隱患類別 | 排查數 | 已整改 | 整改率 |
| --- | --- | --- | --- |
| 消防設施 | 30 | 27 | 90.0% |
| 食品衛生 | 25 | 25 | 100.0% |
"""

# a director's speech late in its year: the review's sentences name no year, their changes are on 去年
SPEECH = """在全县教育工作会议上的讲话
某县教育局局长
（2026年11月27日）
一、一年来的主要成绩
今年以来，全县教育系统攻坚克难。一是规模总体平稳。全县各级各类学校九十所，在校学生四万八千人，比去年减少九百人；\
教职工三千二百人。
"""

# a department's budget explanation: its table by year first, the 三公 spending in a note after it
BUDGET = """某区教育局2026年部门预算说明
某区教育局
2026年2月10日
一、支出预算总体情况
2026年区教育局支出预算30000.0万元，比2025年预算增加1000.0万元。按功能分类科目列示如下（单位：万元）：

| 科目 | 2025年预算数 | 2026年预算数 | 增减额 |
| --- | --- | --- | --- |
| 学前教育 | 4000.0 | 4400.0 | 400.0 |
| 小学教育 | 12000.0 | 12500.0 | 500.0 |
| 初中教育 | 9000.0 | 9100.0 | 100.0 |
| 合计 | 25000.0 | 26000.0 | 1000.0 |

二、其他说明
2026年“三公”经费共安排12.5万元，比上年减少1.5万元，其中公务用车运行维护费10.0万元、公务接待费2.5万元。
"""

# a bulletin of supervision zones, closed by a 合计 row
ZONES = """某区教育督导室关于责任区督导工作情况的通报
区教育督导室
2026年12月2日
一、总体情况
本学期4名责任督学共开展督导171次。各责任区情况如下：

| 责任区 | 联系学校数 | 督导次数 |
| --- | --- | --- |
| 第一责任区 | 9 | 40 |
| 第二责任区 | 8 | 45 |
| 第三责任区 | 10 | 38 |
| 第四责任区 | 7 | 48 |
| 合计 | 34 | 171 |
"""


# a plan in Traditional script: its aim in prose, each year's rate in a table row labelled by the year
PLAN = """桐溪市教育局關於做好課後服務的實施方案
桐溪市教育局
2026年8月20日
三、發展目標
力爭到2027年，學生參與率達到94%。分年度目標如下：

| 年度 | 學生參與率 | 教師參與率 |
| --- | --- | --- |
| 2025年（實際） | 81.5% | 70% |
| 2026年 | 88% | 76% |
| 2027年 | 94% | 80% |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rests-years-means", {
        "city-canteen-2026": CANTEEN, "county-hazards-2026": HAZARDS, "county-speech-2026": SPEECH,
        "district-budget-2026": BUDGET, "district-zones-2026": ZONES, "city-after-school-2026": PLAN})


def test_rest_asked_with_ji_from_a_whole_stated_sentences_before(service: Service) -> None:
    answer = service.ask("某市还有几所学校食堂没接入阳光厨房监管平台")
    assert first_figure(answer) == (10, "所"), answer.answer  # 40 − 30, not the 30 linked
    assert "40" in answer.answer and "30" in answer.answer, answer.answer
    assert inputs_cited(service, answer, "city-canteen-2026")


def test_rest_of_a_traditional_row_in_the_counter_asked(service: Service) -> None:
    answer = service.ask("某县消防设施类隐患还剩几处没整改？")
    assert first_figure(answer)[0] == 3, answer.answer  # 30 − 27
    assert "3 处" in answer.answer or "3处" in answer.answer, answer.answer


def test_last_year_from_a_change_on_qunian_in_a_speech_naming_no_year(service: Service) -> None:
    answer = service.ask("某县去年在校学生有多少人？")
    assert first_figure(answer)[0] == 48900, answer.answer  # 48000 + 900, not this year's 48000
    assert "推算" in answer.answer, answer.answer
    assert first_figure(service.ask("某县今年在校学生有多少人？"))[0] == 48000


def test_budget_of_the_year_before_named_as_the_title_names_it(service: Service) -> None:
    answer = service.ask("某区教育局去年三公经费预算是多少")
    assert first_figure(answer)[0] == 14.0, answer.answer  # 12.5 + 1.5
    assert "12.5" in answer.answer and "1.5" in answer.answer, answer.answer


def test_mean_of_a_column_in_its_counter_checked_against_the_total_row(service: Service) -> None:
    answer = service.ask("某区平均每个责任区督导了多少次？")
    assert first_figure(answer)[0] == 42.75, answer.answer  # 171 ÷ 4
    assert "42.75 次" in answer.answer, answer.answer
    assert "合计" in answer.answer and "171" in answer.answer, answer.answer  # the total row agrees, cited
    zero = service.ask("某区平均每个责任区联系多少所学校？")
    assert first_figure(zero)[0] == 8.5, zero.answer  # 34 ÷ 4
    assert "8.50" not in zero.answer, zero.answer  # no zero the division did not make


def test_rows_listed_with_their_shared_head_said_once_are_summed(service: Service) -> None:
    answer = service.ask("某区2026年小学和初中教育预算合计多少？")
    assert first_figure(answer)[0] == 21600, answer.answer  # 12500 + 9100
    assert "12500" in answer.answer and "9100" in answer.answer, answer.answer


def test_rate_change_between_two_years_of_a_table_of_yearly_targets(service: Service) -> None:
    answer = service.ask("桐溪市学生参与率2027年比2025年要提高几个百分点")
    assert first_figure(answer) == (12.5, "百分点"), answer.answer  # 94 − 81.5, each from its year's row
    assert "81.5" in answer.answer and "94" in answer.answer, answer.answer


def test_part_named_by_a_quality_whose_complement_is_counted(service: Service) -> None:
    answer = service.ask("某市合格的34所学校食堂一共查出多少个问题？")
    assert first_figure(answer)[0] == 80, answer.answer  # 120 − 40, not the 不合格 schools' 40
    assert "合格学校的问题" in answer.answer, answer.answer
    assert inputs_cited(service, answer, "city-canteen-2026")
    assert first_figure(service.ask("某市不合格学校一共查出多少个问题？"))[0] == 40  # the complement itself: stated
