"""Table questions answered from the table, on documents written here: a ranking over a rate column whose
header notes no unit (its cells say `%`), not the prose's requirement on that rate; a row named by a
comparison its label holds (`班额超过45人的班级（个）`) in the column of the year asked, not a count of rows
filtered by that comparison; a cell holding one value per part its header names (`31/42` under
`区级值（小学/初中）`), each value given with its part; a row of words the question names by its school, each
worded cell quoted; the rows whose deadline cell is the day the question names."""
from __future__ import annotations

import pytest

from ingest.models import Cell, Table
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.lookup import _row_asked, _slash_parts
from server.answer.namedcell import _of_year_asked
from server.answer.tables import _column_units, _labelled_by
from server.service import Service
from tests.written import service_over


def _pipes(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in [rows[0], ["---"] * len(rows[0]), *rows[1:]])


ACCOUNTS = ("榆岗区教育局2025年度部门决算说明\n一、总体情况\n全年决算数9120.00万元，总体执行率96.2%。\n"
            "二、项目执行情况\n按照项目支出执行率不低于85%的要求，各项目执行如下：\n"
            + _pipes([["项目", "预算数（万元）", "决算数（万元）", "执行率"],
                      ["学前教育保教费补助", "1200.00", "1164.00", "97.0%"],
                      ["中小学校舍维修", "2400.00", "1872.00", "78.0%"],
                      ["教研经费", "300.00", "276.00", "92.0%"],
                      ["合计", "3900.00", "3312.00", "84.9%"]])
            + "\n三、说明\n中小学校舍维修项目因工期顺延，资金结转下年。\n")
PLAN = ("柘湾市普通高中发展三年计划（2026—2028年）\n一、现状\n全市普通高中5所，各校规模如下：\n"
        + _pipes([["学校", "在校生（人）", "班额（人）"],
                  ["柘湾一中", "2600", "52"], ["柘湾二中", "2100", "44"], ["柘湾实验学校", "1500", "47"]])
        + "\n二、年度目标\n分年度目标如下：\n"
        + _pipes([["指标名称", "2026年底", "2027年底", "2028年底"],
                  ["市级特色高中（所）", "1", "2", "3"],
                  ["班额超过45人的班级（个）", "30", "12", "0"]])
        + "\n三、措施\n新招班级班额不超过45人，柘湾一中每年减少招生3个班。\n")
FEEDBACK = ("桐岙区义务教育优质均衡督导反馈意见\n一、总体评价\n桐岙区资源配置指标大部分达到国家标准。\n"
            "二、资源配置情况\n" + _pipes([["指标", "国家标准（小学/初中）", "区级值（小学/初中）", "是否达标"],
                                         ["生均图书（册）", "25/35", "31/42", "是"],
                                         ["生均运动场地（平方米）", "7.5/10.2", "6.8/9.1", "否"]])
            + "\n三、整改要求\n扩建运动场地，2027年底前达到国家标准。\n四、专项检查发现的问题\n"
            + _pipes([["序号", "学校", "检查事项", "发现问题", "整改时限"],
                      ["1", "柳塘小学", "校车管理", "2辆校车年检逾期3个月", "立即整改"],
                      ["2", "蕙园中学", "实验室安全", "危化品台账缺失", "2027年1月20日前"],
                      ["3", "槐溪小学", "消防安全", "灭火器过期未更换", "2027年1月20日前"],
                      ["4", "榴坪中学", "食堂管理", "留样记录不全", "2027年1月25日前"]])
            + "\n各校须按时整改到位。\n")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "cellsbykind",
                        {"yugang-accounts": ACCOUNTS, "zhewan-plan": PLAN, "tongao-feedback": FEEDBACK})


def _table(text: str, index: int = 0) -> Table:
    return find_tables("t", text, parse_sections(text, []))[index]


def test_the_lowest_rate_is_a_row_of_the_table_not_the_required_rate(service: Service) -> None:
    response = service.ask("榆岗区决算表里执行率最低的是哪个项目？")
    assert not response.abstained and response.answer.startswith("中小学校舍维修"), response.answer
    assert "78.0%" in response.answer and "85%" not in response.answer.split("。")[0], response.answer
    text = service.index.documents["yugang-accounts"].text
    assert any("78.0%" in text[c.start:c.end] for c in response.citations), response.citations


def test_the_row_a_comparison_names_in_the_year_asked(service: Service) -> None:
    response = service.ask("柘湾2027年班额超过45人的班级控制在多少个？")
    assert not response.abstained and response.answer.startswith("12个"), response.answer
    text = service.index.documents["zhewan-plan"].text
    assert any("班额超过45人的班级" in text[c.start:c.end] for c in response.citations), response.citations


def test_each_part_of_a_slash_cell_with_its_name(service: Service) -> None:
    response = service.ask("桐岙区生均图书区级值是多少？")
    assert not response.abstained and "小学31册" in response.answer and "初中42册" in response.answer, \
        response.answer
    assert {(f.value, f.unit) for f in response.figures} >= {(31.0, "册"), (42.0, "册")}, response.figures


def test_a_row_of_words_named_by_its_school(service: Service) -> None:
    response = service.ask("柳塘小学检查出什么问题？")
    assert not response.abstained, response.answer
    assert "2辆校车年检逾期3个月" in response.answer and "立即整改" in response.answer, response.answer
    assert "危化品" not in response.answer, response.answer
    text = service.index.documents["tongao-feedback"].text
    assert any("2辆校车年检逾期3个月" in text[c.start:c.end] for c in response.citations), response.citations
    # a thing the row never speaks of: not its cells
    assert "校车" not in service.ask("柳塘小学的校长是谁？").answer.split("。")[0]


def test_rows_by_the_day_of_their_deadline(service: Service) -> None:
    response = service.ask("桐岙区哪些学校要在1月20日前整改完？")
    first = response.answer.split("。")[0]
    assert "蕙园中学" in first and "槐溪小学" in first, response.answer
    assert "榴坪中学" not in first and "柳塘小学" not in first, response.answer


def test_a_row_of_words_is_asked_by_its_name_and_its_words() -> None:
    table = _table(FEEDBACK, 1)
    row = table.rows[0]
    worded = [c for c in row.cells if c.column in ("检查事项", "发现问题", "整改时限")]
    assert _row_asked(table, row, worded, "柳塘小学检查出什么问题")
    assert not _row_asked(table, row, worded, "柳塘小学校长是谁")  # nothing the row says
    assert not _row_asked(table, row, worded, "蕙园中学检查出什么问题")  # another row's school


def test_a_column_takes_the_one_unit_its_cells_are_written_in() -> None:
    table = _table(ACCOUNTS)
    units = _column_units(table)
    assert units["执行率"] == "%" and units["预算数（万元）"] == "万元"
    mixed = _table(_pipes([["学校", "备注"], ["甲校", "12%"], ["乙校", "8人"]]))
    assert "备注" not in _column_units(mixed)  # two units written: no one unit


def test_a_comparison_names_a_row_only_when_a_label_holds_it() -> None:
    tables = [_table(PLAN, 0), _table(PLAN, 1)]
    assert _labelled_by(tables, "超过45人")
    assert not _labelled_by(tables, "超过50人")
    assert not _labelled_by(tables[:1], "超过45人")  # the schools' table: 班额 is a column, no row names it


def test_a_year_column_named_by_its_year_alone() -> None:
    row = _table(PLAN, 1).rows[1]
    values = [c for c in row.cells if c.column != "指标名称"]
    assert [c.text for c in _of_year_asked(values, "2027年班额超过45人的班级多少个")] == ["12"]
    assert _of_year_asked(values, "班额超过45人的班级多少个") == []  # no year named
    assert _of_year_asked(values, "2026年到2028年减少多少") == []  # two years: not one cell


def test_slash_parts_need_as_many_values_as_parts() -> None:
    cell = Cell(column="区级值（小学/初中）", text="31/42", start=0, end=5, unit="册")
    assert _slash_parts(cell) == [("小学", "31"), ("初中", "42")]
    assert _slash_parts(Cell(column="区级值（小学/初中）", text="31", start=0, end=2, unit="册")) == []
    assert _slash_parts(Cell(column="区级值", text="31/42", start=0, end=5, unit="")) == []
    assert _slash_parts(Cell(column="区级值（小学/初中/高中）", text="31/42", start=0, end=5, unit="")) == []
