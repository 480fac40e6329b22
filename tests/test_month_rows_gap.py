"""A difference of two months' rows (`11月份的X比10月多多少`): the side naming only a month is the other side's
thing in that month, so the table of one row per month answers it as its two rows' cells subtracted."""
from __future__ import annotations

import pytest

from server.answer.comparison import asked_sides
from server.query import key_terms
from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

BULLETIN = """棠溪县2026年中小学图书漂流活动情况通报
棠溪县教育局
2026年12月5日
一、活动概况
活动分10月、11月、12月三期进行，全县共有23所学校参加。
二、借阅情况
| 月份 | 借出图书（册） | 归还图书（册） | 参与学生（人） |
| --- | --- | --- | --- |
| 10月 | 3120 | 2980 | 1460 |
| 11月 | 3385 | 3190 | 1522 |
| 12月 | 3610 | 3400 | 1604 |
| 合计 | 10115 | 9570 | 4586 |
"""
BULLETIN_ID = "tangxi-book-drift-bulletin-2026"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "month-rows", {BULLETIN_ID: BULLETIN})


def test_a_side_naming_only_a_month_borrows_the_other_sides_thing():
    assert asked_sides("12月份借出图书比11月多多少") == ("12月份借出图书", "11月借出图书", False, False)


def test_a_month_written_with_fen_is_a_time_not_a_key_term():
    assert "月份" not in key_terms("12月份借出图书比11月多多少")
    assert "借出" in " ".join(key_terms("12月份借出图书比11月多多少"))


def test_two_month_rows_subtracted(service):
    r = service.ask("棠溪12月份的借出图书比11月多了多少册")
    assert first_figure(r) == (225.0, "册"), r.answer
    assert inputs_cited(service, r, BULLETIN_ID)
