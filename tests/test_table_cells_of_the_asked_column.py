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
LABS = """澜汀县学校实验器材配备核查通报
澜汀县教育局
2026年4月
一、核查情况
按省定配备标准，小学生均器材值不低于1500元；初中不低于2000元。各学段核查情况如下：
| 学段 | 学生数（名） | 校数（所） | 器材投入（万元） | 生均器材值（元） | 配齐学校（所） |
| --- | --- | --- | --- | --- | --- |
| 小学 | 9000 | 20 | 1404 | 1560 | 17 |
| 初中 | 5000 | 8 | 1150 | 2300 | 6 |
| 合计 | 14000 | 28 | 2554 | 1824 | 23 |
二、下一步
未配齐学校于年内补齐。
"""

# a district's honours list: a quota, the people honoured, a 其中 part and an award per person
HONOURS = """箬溪区少先队辅导员评优结果公告
箬溪区教育局
2026年9月
一、评优情况
| 类别 | 推荐名额 | 获评人数 | 其中农村学校 | 每人奖金（元/人） |
| --- | --- | --- | --- | --- |
| 优秀辅导员 | 12 | 11 | 5 | 1500 |
| 辅导员能手 | 8 | 8 | 3 | 1000 |
| 合计 | 20 | 19 | 8 | — |
二、其他
奖金按人发放。
"""

# a county's kindergarten places by year: kinds of kindergarten beside the total
PLACES = """栖桐县入园儿童变化情况
栖桐县教育局
2026年2月
一、近三年入园儿童
| 年份 | 入园儿童总数（名） | 公办园儿童（名） | 民办园儿童（名） |
| --- | --- | --- | --- |
| 2022年 | 5000 | 2000 | 3000 |
| 2023年 | 4800 | 2400 | 2400 |
| 2024年 | 4500 | 2700 | 1800 |
"""

# a county's drills by year, counted in 场次
DRILLS = """苇塘县学校应急演练年度统计
苇塘县教育局
2026年1月
一、历年数据
| 年份 | 演练场次 | 观摩人次（人次） |
| --- | --- | --- |
| 2022年 | 120 | 30000 |
| 2023年 | 150 | 32000 |
| 2024年 | 171 | 35000 |
"""

# a county's water use by stage: the fall's size stated per row beside both years' amounts
WATER = """荻浦县学校节水情况通报
荻浦县教育局
2026年3月
一、用水变化
各学段两年用水量（万吨）及降幅如下：
| 学段 | 2023年用水量 | 2024年用水量 | 用水降幅（%） |
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
    # (`小学生均…`: 学生 of 学生数 straddles 小学 and 生均; the cell, not the standard the prose sets)
    answer = service.ask("澜汀县小学生均器材值多少元")
    assert first_figure(answer) == (1560, "元"), answer.answer


def test_of_two_columns_named_the_one_in_the_unit_asked(service):
    # (器材投入 in 万元 is named too; 校数（所） shares the unit asked but is not named)
    answer = service.ask("澜汀县初中器材配齐学校有几所")
    assert first_figure(answer) == (6, "所"), answer.answer


def test_a_rows_whole_is_its_amount_per_person_times_its_people(service):
    answer = service.ask("箬溪区优秀辅导员奖金总共得多少钱")
    assert first_figure(answer) == (16500, "元"), answer.answer  # 1500元/人 × 11人, not the quota's 12
    assert inputs_cited(service, answer, "ruoxi-honours-2026")


def test_a_kinds_share_of_a_year_row_is_over_the_column_totalling_it(service):
    answer = service.ask("栖桐县2023年公办园儿童占比多少")
    assert first_figure(answer) == (50, "%"), answer.answer  # 2400 ÷ 4800


def test_a_year_rows_difference_of_events_asked_in_chang(service):
    answer = service.ask("苇塘县演练2024年比2022年多几场")
    assert first_figure(answer)[0] == 51, answer.answer


def test_a_ranking_by_a_fall_reads_the_stated_fall_size(service):
    answer = service.ask("荻浦县哪一学段用水降得最多")
    assert not answer.abstained, answer.answer
    lead = answer.answer.split("依据")[0]
    # (the stated 降幅 is read, its largest first, said as a fall: not 小学's larger amount, 100 − 92)
    assert "初中" in lead and "10" in lead and "增" not in lead, answer.answer


def test_a_ranking_by_a_fall_size_picks_the_largest_not_the_smallest(service):
    answer = service.ask("荻浦县哪个学段的用水降幅最大")
    assert "初中" in answer.answer.split("依据")[0], answer.answer
