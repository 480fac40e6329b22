"""Tables read as their headers write them, on tables written here: a column whose name another column holds
(`试室数` inside `备用试室`) asked as an item of a list of its own (`试室、考生、备用试室`) is summed beside it; a
spaced (OCR) table's total row naming itself across the word columns after its label, left empty, is read, its
numbers the last columns'; a quotient per one of an amount in a unit symbol (㎡, read m2) is printed in that
symbol, one in a unit word as before."""
from __future__ import annotations

from figures.compute import Operand, ratio
from figures.tablequery import run
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import parse, without_named_superlatives
from tests.shared_documents import award

SITES = """某区中考试点安排
一、试点设置
| 试点 | 试室数（间） | 考生数（人） | 备用试室（间） |
| --- | --- | --- | --- |
| 某区东岸中学 | 20 | 590 | 1 |
| 某区西坡中学 | 30 | 880 | 2 |
| 合计 | 50 | 1470 | 3 |
"""

AWARD = award("某县桌椅采购成交公告\n")


def _measure(text: str, q: str) -> list[str]:
    table = find_tables("d", text, parse_sections(text))[0]
    query = parse(table, without_named_superlatives(normalize(q, drop_space=True), [text]))
    assert query is not None
    return query.measure


def test_a_column_listed_apart_is_summed_beside_the_longer_one_holding_its_name():
    assert _measure(SITES, "某区试室、考生、备用试室合计各多少？") == ["试室数", "考生数", "备用试室"]
    # written only inside the longer name, it is not asked
    assert _measure(SITES, "某区备用试室和考生合计多少？") == ["备用试室", "考生数"]


def test_a_spaced_tables_total_row_spanning_its_word_columns_is_read():
    table = find_tables("d", AWARD, parse_sections(AWARD))[0]
    total = table.rows[-1]
    assert [c.column for c in total.cells] == ["标段", "数量（套）", "成交金额（万元）"]
    assert [c.text for c in total.cells] == ["合计", "1020", "90.5"]
    query = parse(table, normalize("成交金额合计多少", drop_space=True))
    assert query is not None and run(table, query).computation.value == 90.5


def test_a_quotient_per_one_is_printed_in_the_unit_symbol_its_amount_is_written_in():
    per = ratio(Operand.literal("6300m2", label="面积"), Operand.literal("700人", label="学生"))
    assert per.formula.endswith("= 9 m2/人") and per.unit == "平方米/人"
    worded = ratio(Operand.literal("6300平方米", label="面积"), Operand.literal("700人", label="学生"))
    assert worded.formula.endswith("= 9 平方米/人")


SLASHED = """某镇值日检查情况
项目 / 次数 / 扣分
早读 / 12 / 3
午休 / 10 / 2
"""


def test_a_line_whose_cells_repeat_a_separator_is_no_spaced_header_and_the_document_still_reads():
    # the `/` between the words repeats, so no column could be named by it; before, the repeat collapsed the
    # columns' names and the row check raised, failing the whole document's ingest
    tables = find_tables("d", SLASHED, parse_sections(SLASHED))
    assert all(table.layout != "spaced" for table in tables)
