"""Tables whose own columns and rows already say what a question asks: a column headed by the gap asked
(缺口) ranks the rows, never a gap computed between two other columns; a row named by a bare year under a
学年 header is named as that 学年; a sum over every year checks each column against the table's 合计 row,
and a column holding the same stock each year is stated once, not added up; a header that is a unit (学时)
or counts people (人数) gives its cells their unit; an amount asked of a noun (投入) reads the row that
names it; a 合计 cell the prose restates takes the sentence's unit; a terse list of counts asks each.
Documents written here."""
import pytest

from ingest.tables import row_label
from server.answer.draft import CitationBook
from server.answer.lookup import table_answer
from server.retrieve import Hit
from server.service import Service
from tests.written import service_over

FORECAST = """云岫县2027—2031年普通高中学位供需测算报告
云岫县教育局 2027年5月
一、基本情况
全县普通高中共6所，高中现有学位9800个，寄宿现有床位4200张。
二、测算结果
按现有规模不扩建测算，各学年需求、现有数和缺口见下表（单位：个）。
学年 | 高中学位需求 | 高中现有学位 | 高中缺口 | 寄宿床位需求 | 寄宿现有床位 | 寄宿缺口
2027 | 10150 | 9800 | 350 | 4300 | 4200 | 100
2028 | 10600 | 9800 | 800 | 4450 | 4200 | 250
2029 | 10900 | 9800 | 1100 | 4500 | 4200 | 300
2030 | 10500 | 9800 | 700 | 4620 | 4200 | 420
2031 | 10250 | 9800 | 450 | 4710 | 4200 | 510
合计 | 52400 | 49000 | 3400 | 22580 | 21000 | 1580
三、应对措施
新建云岫县第四高级中学，2029年秋季投用。
"""

TRAINING = """岚桥区2027年中小学教师培训计划
岚桥区教育局 2027年2月
一、培训项目安排
序号 | 项目 | 对象 | 人数 | 学时 | 经费（万元）
1 | 心理健康教育专题研修 | 专兼职心理教师 | 86 | 48 | 12.9
2 | 实验教学能力提升 | 理科教师 | 210 | 32 | 16.8
3 | 新教师岗前培训 | 2027年新入职教师 | 64 | 96 | 19.2
二、经费保障
培训经费列入区教育局年度预算。
"""

SECURITY = """岚溪县校园安防提升三年行动方案（2027—2029年）
岚溪县教育局 2027年3月
一、现状
全县中小学校园安防示范校现有3所，一键报警装置覆盖率为70%。
二、目标任务
分年度目标如下：
指标 | 2026年底 | 2027年 | 2028年 | 2029年
校园安防示范校（所） | 3 | 8 | 14 | 20
一键报警覆盖率（%） | 70 | 85 | 95 | 100
年度投入（万元） | — | 1260 | 1580 | 940
三、保障措施
县财政统筹安排资金，专款专用。
"""

VILLAGES = """屏川县义务教育基本情况通报
屏川县教育局 2027年4月
一、基本情况
截至2027年3月，全县共有义务教育学校17所，其中九年一贯制学校5所、完全小学9所、初级中学3所，在读学生6215人，专任教师498人。各镇情况见下表。
镇 | 学校数 | 在读学生 | 专任教师
东坪镇 | 7 | 2890 | 221
西坪镇 | 6 | 2065 | 170
南坪镇 | 4 | 1260 | 107
合计 | 17 | 6215 | 498
主要指标如下：
指标 | 2026年 | 2027年
义务教育巩固率 | 98.1% | 98.6%
2027年，全县义务教育巩固率98.6%。
二、下一步工作
推进镇中心学校标准化建设。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "stated-columns", {
        "yunxiu-high-school-places-2027": FORECAST, "lanqiao-teacher-training-2027": TRAINING,
        "lanxi-campus-security-plan-2027": SECURITY, "pingchuan-compulsory-bulletin-2027": VILLAGES})


def test_a_column_stating_the_gap_asked_ranks_the_rows(service):
    r = service.ask("云岫县高中学位缺口最大是哪一学年")
    assert not r.abstained and r.answer.startswith("2029学年"), r.answer
    assert "1100" in r.answer and "−" not in r.answer.split("。")[0], r.answer


def test_sums_over_the_years_agree_with_the_total_row_and_a_stock_is_not_added_up(service):
    r = service.ask("云岫县五个学年高中缺口、寄宿缺口合计各多少，高中现有学位各多少")
    assert not r.abstained, r.answer
    values = {f.value for f in r.figures}
    assert {3400, 1580, 9800} <= values and 49000 not in values, r.answer
    assert "与表中“合计”行（3400个）一致" in r.answer, r.answer
    assert any(c.text.startswith("合计") for c in r.citations), r.answer


def test_a_header_that_is_a_unit_gives_the_cell_its_unit(service):
    r = service.ask("岚桥区实验教学能力提升培训多少学时")
    assert not r.abstained and r.answer.startswith("32学时"), r.answer
    assert (r.figures[0].value, r.figures[0].unit) == (32, "学时")


def test_a_header_counting_people_gives_the_cell_people(service):
    r = service.ask("岚桥区心理健康教育专题研修培训多少人")
    assert not r.abstained and r.answer.startswith("86人"), r.answer


def test_an_amount_asked_of_a_noun_reads_the_row_naming_it(service):
    r = service.ask("岚溪县校园安防2028年投入多少")
    assert not r.abstained and r.answer.startswith("1580万元"), r.answer
    assert "—" not in r.answer.split("。")[0], r.answer


def test_a_total_cell_the_prose_restates_takes_its_unit(service):
    # the 合计 row as the evidence (as retrieval may rank it first): the sentence stating its cell is the source
    doc_id = "pingchuan-compulsory-bulletin-2027"
    table = service.index.documents[doc_id].tables[0]
    total = next(r for r in table.rows if row_label(table, r) == "合计")
    chunk = next(c for c in service.composer.reader.chunks_of[doc_id] if c.row_index == total.index)
    query = service.analyse("屏川县现在在读学生多少人")
    draft = table_answer(service.composer.reader, query, Hit(-1, chunk, 0.0), table, total,
                         CitationBook(service.index.documents))
    assert draft.answer.startswith("6215人") and "“合计”一行同" in draft.answer, draft.answer
    assert (draft.figures[0].value, draft.figures[0].unit) == (6215, "人")
    assert "在读学生6215人" in draft.citations[0].text, draft.answer


def test_a_cell_writing_its_own_unit_is_not_given_the_sentences_again(service):
    r = service.ask("屏川县2027年义务教育巩固率是多少")
    assert not r.abstained and r.answer.startswith("98.6%"), r.answer
    assert "%%" not in r.answer, r.answer


def test_a_terse_list_of_counts_asks_each(service):
    r = service.ask("屏川县义务教育学校数、在读学生、专任教师")
    assert not r.abstained, r.answer
    assert {17, 6215, 498} <= {f.value for f in r.figures}, r.answer
