"""A rate or a share of two columns of a table's total row, on documents written here: a rate named by its part's
word whose part column is that word and a noun (达标实验室) over the column counting the noun itself (实验室数);
a share whose part the question names with the event its document's title names (辩论赛晋级名额) over a bare
whole column beside a part counted in 个; several cells of a row asked together, each in its counter (学校数 → 所,
a group counted in 个, the qualified noun's column in its count's counter)."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, service_over

# a city's check of school laboratories: the units checked beside those that passed, by stage
LABS = """某市2026年学校实验室达标检查通报
市教育局
2026年11月
一、检查情况
市里请专家逐校查看了实验室，分学段结果列表如下。

| 学段 | 学校数 | 实验室数 | 达标实验室 |
| --- | --- | --- | --- |
| 小学 | 40 | 160 | 144 |
| 初中 | 20 | 140 | 126 |
| 合计 | 60 | 300 | 270 |
"""
LABS_ID = "city-lab-inspection-bulletin-2026"

# a county's debate contest notice: teams by group, the places to the next round in 个, the teams bare
DEBATE = """某县2026年中学生辩论赛通知
县教育局
2026年9月
一、报名情况
各组报名数列表如下。

| 组别 | 参赛队 | 晋级名额（个） |
| --- | --- | --- |
| 初中组 | 24 | 6 |
| 高中组 | 16 | 4 |
| 合计 | 40 | 10 |
"""
DEBATE_ID = "county-debate-contest-notice-2026"


# a county's check of its teaching-research groups: the groups checked beside those that passed, by stage
GROUPS = """某县2026年教研组工作检查通报
县教研室
2026年12月
一、检查情况

| 学段 | 学校数 | 教研组数 | 优秀教研组 |
| --- | --- | --- | --- |
| 小学 | 30 | 150 | 45 |
| 初中 | 12 | 96 | 30 |
| 合计 | 42 | 246 | 75 |
"""
GROUPS_ID = "county-research-group-check-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rowshares", {LABS_ID: LABS, DEBATE_ID: DEBATE, GROUPS_ID: GROUPS})


def test_a_rate_of_a_part_headed_by_its_word_and_noun_over_the_nouns_count(service):
    r = service.ask("某市实验室达标率多少")
    assert first_figure(r) == (90.0, "%"), r.answer  # 270 ÷ 300, not ÷ the 60 schools


def test_a_share_whose_part_is_named_with_the_documents_event(service):
    r = service.ask("某县辩论赛晋级名额占参赛队的几成")
    assert first_figure(r) == (25.0, "%"), r.answer  # 10 ÷ 40


def test_several_cells_of_a_row_each_in_its_counter(service):
    r = service.ask("某县初中学校数、教研组数和优秀教研组数")
    assert "12所" in r.answer and "96个" in r.answer and "30个" in r.answer, r.answer
