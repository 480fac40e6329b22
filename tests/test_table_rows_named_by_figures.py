"""A plain-text table whose rows are events named by their distance or time (`50米跑`, `4分钟耐力跑`) under a
label column headed 项目: each such name is a row's label, not a value, so the table is read; a cell of its
报名人数 column is given in 人; and the column's total, which the prose states with its noun after the figure
(`共有90名选手上榜，其中金牌…`), is answered by that sentence — the whole, never its first listed part.
Documents written here, real ingest."""
from __future__ import annotations

import pytest

from ingest.structure import parse_sections
from ingest.tables import find_tables, row_label
from server.answer.whosefigure import whose
from server.service import Service
from tests.written import service_over

MEET = """枞溪市第三届中学生田径运动会成绩通报
枞溪市教育局
2026年10月20日
本届运动会40所学校600名选手报名。
经评定，共有90名选手上榜，其中金牌15名、银牌30名、铜牌45名。
分项目情况如下。
项目 报名人数 上榜人数
50米跑 250 40
立定跳远 200 30
4分钟耐力跑 150 20
合计 600 90
请各校及时领取证书。
"""


def test_events_named_by_a_figure_are_row_labels() -> None:
    (table,) = find_tables("doc", MEET, parse_sections(MEET))
    assert [row_label(table, r) for r in table.rows] == ["50米跑", "立定跳远", "4分钟耐力跑", "合计"]


def test_a_whole_named_after_its_figure_is_that_noun() -> None:
    sentence = "经评定，共有90名选手上榜，其中金牌15名、银牌30名、铜牌45名。"
    who = whose(sentence, sentence.index("90"))
    assert who.role == "whole" and who.name == "选手上榜" and who.parts[0] == "金牌"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "events-by-figures", {"congxi-meet": MEET})


def test_an_events_entrants_cell_in_its_columns_people(service: Service) -> None:
    r = service.ask("枞溪市50米跑报名的有多少人")
    assert not r.abstained and r.answer.startswith("250人"), r.answer


def test_the_total_of_winners_is_the_sentence_stating_it_not_its_first_part(service: Service) -> None:
    r = service.ask("枞溪市田径运动会上榜的一共多少人")
    assert not r.abstained and r.answer.startswith("90名"), r.answer
    assert not any(f.value == 15 for f in r.figures), r.answer
    text = service.index.documents["congxi-meet"].text
    assert any("共有90名选手上榜" in text[c.start:c.end] for c in r.citations), r.answer



TIDY = """枞溪市2031年校园环境整治工作小结
枞溪市教育局
今年全市四十所学校参与环境整治行动，师生一起动手。
各学段数据见下。
学段 学校（所） 清理角落（处） 新增垃圾箱（个）
小学 25 120 60
初中 10 50 30
高中 5 20 10
合计 40 190 100
"""


@pytest.fixture(scope="module")
def tidy_service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "totals-listed", {"congxi-tidy": TIDY})


def test_several_totals_listed_are_the_tables_not_one_sentences(tidy_service: Service) -> None:
    # a sentence stating one column's total with its noun after the figure cannot stand for a list of totals
    r = tidy_service.ask("枞溪市合计学校数、清理角落和新增垃圾箱")
    assert not r.abstained and "40" in r.answer, r.answer
