"""A table cell shown with the counter its document counts it in, never one borrowed from the question or another
row: a 单位 column's one-character counter (顶, 场) is its row's (a follow-up about that row after a question in 册
keeps 顶), and a bare prize column (二等奖) is in the counter the prose writes after that prize's name and a figure
(`二等奖9名`), not the 个 a question says. Documents written here, real ingest."""
from __future__ import annotations

import pytest

from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.service import Service
from tests.written import service_over

SUPPLIES = """榴川区秋季消防演练用品采购清单
榴川区教育局
2026年9月5日
一、经费安排
所需资金从区教育局公用经费列支，明细如下。

| 项目 | 单位 | 数量 | 单价（元） | 金额（元） |
| --- | --- | --- | --- | --- |
| 消防知识手册 | 册 | 3000 | 5 | 15000 |
| 逃生演练 | 场 | 18 | 800 | 14400 |
| 防烟面罩 | 顶 | 600 | 30 | 18000 |
| 合计 | — | — | — | 47400 |

二、其他
各校要按时上报演练记录。
"""

CONTEST = """榴川区少儿书法展评情况通报
榴川区教育局
2026年11月2日
展评中，一等奖5名、二等奖9名、三等奖14名。

| 学校 | 报名人数 | 一等奖 | 二等奖 | 三等奖 |
| --- | --- | --- | --- | --- |
| 榴川区启明小学 | 20 | 2 | 4 | 6 |
| 区第二中学 | 16 | 3 | 5 | 8 |
"""

# a distribution table counting scarves in 件 beside badges, as supply tables do (server/lexicon/spoken_counters.tsv)
KITS = """榴川区2026年秋季新队员物资分配方案
榴川区教育局
2026年9月1日
一、物资分配
各校到区少工委领取，数量如下。

表1：新队员物资分配（单位：件）

| 学校 | 红领巾 | 队徽 | 合计 |
| --- | --- | --- | --- |
| 榴川区东坡小学 | 140 | 140 | 280 |
| 榴川区西岭小学 | 85 | 85 | 170 |
"""


def test_a_unit_columns_one_character_is_its_rows_counter() -> None:
    (table,) = find_tables("doc", SUPPLIES, parse_sections(SUPPLIES))
    units = {r.cells[0].text: r.cells[2].unit for r in table.rows}
    assert units["防烟面罩"] == "顶" and units["逃生演练"] == "场" and units["消防知识手册"] == "册"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "cell-counters", {"liuchuan-supplies": SUPPLIES,
                                                             "liuchuan-contest": CONTEST, "liuchuan-kits": KITS})


def test_a_follow_up_row_keeps_its_own_counter(service: Service) -> None:
    history = [{"role": "user", "content": "榴川区消防知识手册买了多少册"},
               {"role": "assistant", "content": "消防知识手册3000册。"}]
    r = service.ask("那防烟面罩呢", history)
    assert not r.abstained and "600顶" in r.answer and "600册" not in r.answer, r.answer


def test_a_prize_cell_in_the_counter_the_prose_writes(service: Service) -> None:
    r = service.ask("榴川区第二中学二等奖有几个")
    assert not r.abstained and r.answer.startswith("5名"), r.answer


def test_scarves_asked_by_the_spoken_counter_of_a_table_in_pieces(service: Service) -> None:
    r = service.ask("榴川区西岭小学领到几条红领巾")
    assert not r.abstained and r.answer.startswith("85件"), r.answer
