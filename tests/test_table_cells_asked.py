"""Table cells asked one at a time, on tables written here (a Markdown enrolment plan, a plain-text support
standard, a statistics bulletin, a project progress table): a worded cell quoted as written, never an empty
value; the one column of several a question names (一般困难, not 困难 inside it); a column not named by the
words that name the row (学校 of 职高学校); a table's unit from the sentence leading into it; a change column
of signed cells (+52) ranked; the row a ranking finds named by every cell naming it."""
from __future__ import annotations

import pytest

from figures.numbers import parse_number
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.namedcell import named_row
from server.service import Service
from tests.tablequestions import ask, labels
from tests.written import service_over


def _pipe(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in [rows[0], ["---"] * len(rows[0]), *rows[1:]])


ENROLMENT = ("# 枫渡市第二职业中学2026年招生计划\n\n## 一、分专业计划\n\n" + _pipe([
    ["专业", "计划数（人）", "学制", "学费（元/生/年）"],
    ["数控技术应用", "120", "3年", "免学费"],
    ["会计事务", "90", "3年", "免学费"],
    ["幼儿保育（五年一贯制）", "60", "5年", "前三年免，后两年5200"],
    ["合计", "270", "—", "—"]]) + "\n\n## 二、报名办法\n\n考生持准考证到学校招生办报名，报名截止日期为7月10日。\n")

STANDARD = ("桐溪县学生资助标准\n第一条　资助对象为在校的家庭经济困难学生。\n"
            "第二条　各档次资助标准如下表（单位：元/人/年）。\n" + _pipe([
                ["学段", "特别困难", "困难", "一般困难"],
                ["学前教育", "1400", "900", "500"],
                ["初中", "1600", "1100", "700"],
                ["普通高中", "2800", "1900", "950"]]) + "\n第三条　资助资金按学期发放。\n")

BULLETIN = ("柘原县2025年教育事业统计公报\n一、基本情况\n全县各级各类学校在校生稳步增长。\n" + _pipe([
    ["学校类别", "学校数（所）", "在校生（人）", "专任教师（人）", "在校生比上年增减（人）"],
    ["幼儿园", "44", "7310", "530", "-208"],
    ["小学", "29", "18420", "1105", "+164"],
    ["初中", "11", "9630", "812", "+275"],
    ["职业高中", "3", "2740", "198", "+52"]]) + "\n")

PROGRESS = ("檀山县2026年校舍建设项目进度通报\n一、总体进度\n全县校舍建设项目总体进展顺利。\n"
            "表1 项目进度（金额单位：万元）\n" + _pipe([
                ["序号", "项目", "学校", "总投资", "已完成投资", "完工率"],
                ["1", "风雨操场建设", "檀山县第一中学", "1800", "1260", "70.0%"],
                ["2", "学生食堂改造", "柏岭镇中心小学", "640", "576", "90.0%"],
                ["3", "教师周转宿舍建设", "石门乡小学", "760", "228", "30.0%"]]) + "\n")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "cellsasked", {
        "fengdu-enrolment.md": ENROLMENT.encode("utf-8"), "tongxi-standard": STANDARD,
        "zheyuan-bulletin": BULLETIN, "tanshan-progress": PROGRESS})


def test_a_worded_cell_is_quoted_as_written(service: Service) -> None:
    response = service.ask("枫渡二职中幼儿保育专业学费怎么收？")
    assert not response.abstained and response.answer.startswith("前三年免"), response.answer
    assert "5200" in response.answer and "80" not in response.answer.split("。")[0], response.answer
    # the bare number of the cell is a figure in the unit its column's header gives
    assert any(f.value == 5200 and f.unit == "元/生/年" for f in response.figures), response.figures


def test_the_one_column_named_of_several(service: Service) -> None:
    response = service.ask("桐溪县初中一般困难的学生一年补助多少？")
    assert response.answer.startswith("700元/人/年"), response.answer
    assert "1100（" not in response.answer and "1100元/人/年（" not in response.answer, response.answer


def test_a_tables_unit_from_the_sentence_leading_into_it() -> None:
    text = STANDARD
    table = find_tables("t", text, parse_sections(text, []))[0]
    assert {c.unit for r in table.rows for c in r.cells[1:]} == {"元/人/年"}
    plain = text.replace("（单位：元/人/年）", "")  # no unit stated: none given
    assert {c.unit for r in find_tables("t", plain, parse_sections(plain, []))[0].rows for c in r.cells[1:]} == {""}


def test_the_words_naming_the_row_name_no_column(service: Service) -> None:
    response = service.ask("柘原县职业高中学校有多少专任教师")
    assert not response.abstained and response.answer.startswith("198人"), response.answer


def test_a_change_column_of_signed_cells_ranks_the_rows() -> None:
    assert parse_number("+52").value == 52 and parse_number("＋52").value == 52
    assert parse_number("+") is None and parse_number("3+2") is None
    table = find_tables("t", BULLETIN, parse_sections(BULLETIN, []))[0]
    assert labels(ask(table, "哪类学校在校生比上年增加最多"))[0] == "初中"
    assert labels(ask(table, "哪类学校在校生比上年减少最多"))[0] == "幼儿园"


def test_the_row_ranked_is_named_by_its_naming_cells(service: Service) -> None:
    response = service.ask("檀山县进度表里哪个项目完工率最低？")
    head = response.answer.split("。")[0]
    assert head.startswith("教师周转宿舍建设") and "石门乡小学" in head, response.answer
    assert "228" not in head, response.answer  # a figure of another column is no name


def test_a_date_cell_takes_no_table_wide_unit() -> None:
    text = PROGRESS.replace("| 完工率 |", "| 计划竣工 |").replace("70.0%", "2027年4月") \
        .replace("90.0%", "2026年12月底").replace("30.0%", "2027年9月")
    table = find_tables("t", text, parse_sections(text, []))[0]
    units = {c.column: c.unit for r in table.rows for c in r.cells}
    assert units["总投资"] == "万元" and units["计划竣工"] == "", units


def test_a_row_asked_by_its_naming_cell(service: Service) -> None:
    response = service.ask("檀山县石门乡小学那个项目已完成投资多少？")
    assert response.answer.startswith("228万元"), response.answer
    table = find_tables("t", PROGRESS, parse_sections(PROGRESS, []))[0]
    row = named_row(table, "柏岭镇中心小学的项目总投资多少")
    assert row is not None and row.cells[1].text == "学生食堂改造"
    assert named_row(table, "檀山县的项目总投资多少") is None
