"""The column a question asks of a table row, on documents written here (real ingest, Service.ask): a count
column's noun written across a stage and a per-pupil column (`初中生均X`) names the per-pupil column, not the
count; of two columns named, the one in the unit asked though another column the question does not name shares
that unit; a row's amount per person × its one count of people when the whole is asked; a kind's share of a
year row with no whole named, over the column totalling its head noun; a year rows' difference of events
counted in 场次 asked in 场; a ranking by a fall of a table stating the fall's size (下降率), its largest the row
that fell most."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

# a county's laboratory equipment check: stage rows, a count of pupils beside figures per pupil
LABS = """澜汀县中小学实验仪器配备核查通报
澜汀县教育局
2026年4月
一、核查情况
按省定配备标准，初中生均仪器设备值不低于2000元，小学不低于1500元。各学段核查情况如下：
| 学段 | 学校（所） | 学生数（人） | 仪器总值（万元） | 生均仪器设备值（元） | 配齐学校（所） |
| --- | --- | --- | --- | --- | --- |
| 小学 | 20 | 9000 | 1404 | 1560 | 17 |
| 初中 | 8 | 5000 | 1150 | 2300 | 6 |
| 合计 | 28 | 14000 | 2554 | 1824 | 23 |
二、下一步
未配齐学校于年内补齐。
"""

# a district's honours list: a quota, the people honoured, a 其中 part and an award per person
HONOURS = """箬溪区2026年优秀少先队辅导员评选结果公告
箬溪区教育局
2026年9月
一、评选情况
| 类别 | 推荐名额 | 拟表彰人数 | 其中农村学校 | 奖金标准（元/人） |
| --- | --- | --- | --- | --- |
| 优秀辅导员 | 12 | 11 | 5 | 1500 |
| 辅导员能手 | 8 | 8 | 3 | 1000 |
| 合计 | 20 | 19 | 8 | — |
二、其他
奖金由区财政统筹列支。
"""

# a county's kindergarten places by year: kinds of kindergarten beside the total
PLACES = """栖桐县学前教育资源变化情况
栖桐县教育局
2026年2月
一、近三年在园幼儿
| 年份 | 在园幼儿总数（人） | 公办园幼儿（人） | 民办园幼儿（人） |
| --- | --- | --- | --- |
| 2023年 | 5000 | 2000 | 3000 |
| 2024年 | 4800 | 2400 | 2400 |
| 2025年 | 4500 | 2700 | 1800 |
"""

# a county's safety statistics by year, events counted in 场次
DRILLS = """苇塘县校园安全工作年度统计
苇塘县教育局
2026年1月
一、主要数据
| 年份 | 应急演练（场次） | 参训人数（人次） |
| --- | --- | --- |
| 2023年 | 120 | 30000 |
| 2024年 | 150 | 32000 |
| 2025年 | 171 | 35000 |
"""

# a county's water use by stage: the fall's size stated per row beside both years' amounts
WATER = """荻浦县学校节水工作情况通报
荻浦县教育局
2026年3月
一、总体情况
各学段用水情况如下表（单位：万吨）。
| 学段 | 2024年用水 | 2025年用水 | 下降率（%） |
| --- | --- | --- | --- |
| 初中 | 50 | 45 | 10.0 |
| 小学 | 100 | 92 | 8.0 |
| 幼儿园 | 20 | 19 | 5.0 |
二、下一步
继续推广节水器具。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-column", {
        "lanting-labs-2026": LABS, "ruoxi-honours-2026": HONOURS, "qitong-places-2026": PLACES,
        "weitang-drills-2026": DRILLS, "dipu-water-2026": WATER})


def test_a_count_noun_across_a_stage_and_a_per_pupil_column_is_not_asked(service):
    # (`初中生均…`: 学生 of 学生数 straddles 初中 and 生均; the cell, not the standard the prose sets)
    answer = service.ask("澜汀县初中生均仪器设备值多少元")
    assert first_figure(answer) == (2300, "元"), answer.answer


def test_of_two_columns_named_the_one_in_the_unit_asked(service):
    # (仪器总值 in 万元 is named too; 学校（所） shares the unit asked but is not named)
    answer = service.ask("澜汀县小学仪器配齐的学校有几所")
    assert first_figure(answer) == (17, "所"), answer.answer


def test_a_rows_whole_is_its_amount_per_person_times_its_people(service):
    answer = service.ask("箬溪区优秀辅导员这一项奖金合计多少钱")
    assert first_figure(answer) == (16500, "元"), answer.answer  # 1500元/人 × 11人, not the quota's 12
    assert inputs_cited(service, answer, "ruoxi-honours-2026")


def test_a_kinds_share_of_a_year_row_is_over_the_column_totalling_it(service):
    answer = service.ask("栖桐县2024年公办园在园幼儿占比多少")
    assert first_figure(answer) == (50, "%"), answer.answer  # 2400 ÷ 4800


def test_a_year_rows_difference_of_events_asked_in_chang(service):
    answer = service.ask("苇塘县2025年应急演练比2023年多了多少场")
    assert first_figure(answer)[0] == 51, answer.answer


def test_a_ranking_by_a_fall_reads_the_stated_fall_size(service):
    answer = service.ask("荻浦县哪个学段用水降得最多")
    assert not answer.abstained, answer.answer
    lead = answer.answer.split("依据")[0]
    # (the stated 下降率 is read, its largest first, said as a fall: not 小学's larger amount, 100 − 92)
    assert "初中" in lead and "10" in lead and "增" not in lead, answer.answer


def test_a_ranking_by_a_fall_size_picks_the_largest_not_the_smallest(service):
    answer = service.ask("荻浦县哪个学段用水下降率最高")
    assert "初中" in answer.answer.split("依据")[0], answer.answer
