"""A table of several numeric columns of different kinds read in the column the question's asked noun or
counter names (`多少个班` → the 班数 column, `几所` → schools, `多少名` → people, `多少万元` → money), never in a
column of another kind; two columns of each row compared when the question counts them in 人数
(`哪些片区的退休人数多于新进人数`); a table's unit stated by a note under it (`注：…单位为万元`, `单位：人`).
Tables are written here in the layouts the loader meets: Markdown `|` rows, a web page's <table>, a Word
table, one cell per line under a caption."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

import docx
import pytest

from figures.tablequery import run
from ingest.clean import clean
from ingest.load import load_file
from ingest.models import Table
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.askedcolumn import column_kinds, fits, headed_by
from server.answer.tables import parse
from tests.written import docx_table

# an enrolment plan of a county's town schools: classes, pupils per class, pupils, and money per school
PLAN_ROWS = [
    ["学校", "学段", "拟招班级数", "每班人数", "拟招学生数", "改造经费（万元）"],
    ["枫溪县青石镇小学", "小学", "4", "40", "160", "85"],
    ["枫溪县白沙镇小学", "小学", "3", "40", "120", "60"],
    ["枫溪县云台中学", "初中", "6", "48", "288", "150"],
    ["枫溪县白沙中学", "初中", "5", "46", "230", "120"],
]
LEAD = "枫溪县秋季学期招生安排\n一、招生计划。各校计划如下。\n"
TAIL = "二、工作要求。各校按计划招生。\n"


def _pipe(rows: list[list[str]], note: str = "") -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    return LEAD + "\n" + "\n".join([lines[0], "| " + " | ".join("---" for _ in rows[0]) + " |", *lines[1:]]) \
        + "\n\n" + (note + "\n" if note else "") + TAIL


def _cells(rows: list[list[str]], note: str = "") -> str:
    return LEAD + "表1 秋季学期招生计划一览表\n" + "\n".join(c for r in rows for c in r) + "\n" \
        + (note + "\n" if note else "") + TAIL


def _html(rows: list[list[str]], tmp_path: Path, note: str = "") -> str:
    body = "".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in r)
                   + "</tr>" for i, r in enumerate(rows))
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body><h1>枫溪县秋季学期招生安排</h1><h2>一、招生计划</h2><p>各校计划如下。</p>"
                    f"<table>{body}</table>{f'<p>{note}</p>' if note else ''}<h2>二、工作要求</h2>"
                    "<p>各校按计划招生。</p></body></html>", encoding="utf-8")
    return load_file(path).text


def _docx(rows: list[list[str]], tmp_path: Path, note: str = "") -> str:
    document = docx.Document()
    document.add_paragraph("枫溪县秋季学期招生安排")
    document.add_paragraph("一、招生计划。各校计划如下。")
    docx_table(document, rows)
    if note:
        document.add_paragraph(note)
    document.add_paragraph("二、工作要求。各校按计划招生。")
    buffer = BytesIO()
    document.save(buffer)
    path = tmp_path / "plan.docx"
    path.write_bytes(buffer.getvalue())
    return load_file(path).text


LAYOUTS = ["pipe", "cells", "html", "docx"]


def _table(layout: str, tmp_path: Path, rows: list[list[str]] = PLAN_ROWS, note: str = "") -> Table:
    raw = {"pipe": lambda: _pipe(rows, note), "cells": lambda: _cells(rows, note),
           "html": lambda: _html(rows, tmp_path, note), "docx": lambda: _docx(rows, tmp_path, note)}[layout]()
    text = clean(raw)
    tables = find_tables("plan", text, parse_sections(text, []))
    assert len(tables) == 1, layout
    return tables[0]


def _summed(table: Table, question: str, units: tuple[str, ...] = ()) -> tuple[str, float]:
    query = parse(table, normalize(question, drop_space=True), units)
    assert query is not None, question
    result = run(table, query)
    assert result.computation is not None, question
    return result.cells[0].column, result.computation.value


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("question,units,column,value", [
    ("枫溪县两所镇小学秋季一共拟招多少个班？", ("个",), "拟招班级数", 7),
    ("枫溪县的初中一共拟招几个班", ("个",), "拟招班级数", 11),
    ("枫溪县初中拟招学生一共多少名？", ("人",), "拟招学生数", 518),
    ("枫溪县小学改造一共要花多少万元？", ("元",), "改造经费（万元）", 145),
])
def test_the_asked_noun_picks_the_column(layout: str, tmp_path: Path, question: str, units: tuple[str, ...],
                                         column: str, value: float) -> None:
    assert _summed(_table(layout, tmp_path), question, units) == (column, value)


@pytest.mark.parametrize("layout", ["pipe", "html"])
def test_no_column_of_the_kind_asked_no_answer_from_another(layout: str, tmp_path: Path) -> None:
    # the schools' classes asked where the table counts only pupils and money: not the pupils' column
    rows = [[r[0], r[1], r[4], r[5]] for r in PLAN_ROWS]
    table = _table(layout, tmp_path, rows)
    assert parse(table, normalize("枫溪县初中拟招学生一共多少个班", drop_space=True), ("个",)) is None


def test_the_kinds_a_header_or_unit_says() -> None:
    assert column_kinds("学校数（所）", "所") == {"所"}
    assert "people" in column_kinds("专任教师", "")
    assert "money" in column_kinds("改造经费", "")
    assert column_kinds("拟招班级数", "") == {"个"}  # classes are counted in 个 (counters.tsv), never people
    assert headed_by("拟招班数", "班") and not headed_by("每班人数", "班") and not headed_by("每班人数", "人")
    assert fits("在校生（人）", "人", "一共有多少名学生", ("人",)) is True
    assert fits("学校数（所）", "所", "一共有多少名学生", ("人",)) is False
    assert fits("备注", "", "一共有多少名学生", ("人",)) is None


# a district's teacher flows by area: two people-count columns of each row compared
FLOW_ROWS = [
    ["片区", "在编教师（人）", "新进教师（人）", "退休教师（人）"],
    ["东片区", "820", "36", "41"],
    ["西片区", "640", "28", "19"],
    ["南片区", "510", "15", "22"],
    ["北片区", "390", "20", "12"],
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("question,rows", [
    ("哪些片区的退休教师人数多于新进教师人数？", ["东片区", "南片区"]),
    ("哪些片区新进教师的人数超过退休教师人数", ["西片区", "北片区"]),
    ("哪些片区的在编教师人数超过600", ["东片区", "西片区"]),
])
def test_rows_where_one_people_column_exceeds_another_or_a_value(layout: str, tmp_path: Path, question: str,
                                                                  rows: list[str]) -> None:
    table = _table(layout, tmp_path, FLOW_ROWS)
    query = parse(table, normalize(question, drop_space=True))
    assert query is not None and query.aggregate == "list", question
    assert [c.label for c in run(table, query).cells] == rows


FUND_ROWS = [["学校名称", "公用经费", "维修经费"], ["枫溪县青石镇小学", "42", "18"], ["枫溪县云台中学", "65", "30"],
             ["枫溪县白沙中学", "50", "20"]]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("note,unit", [
    ("注：表中金额单位为万元，数据截至9月1日。", "万元"),
    ("单位：万元", "万元"),
    ("说明：计量单位：元", "元"),
])
def test_a_unit_note_under_the_table_applies_to_its_cells(layout: str, tmp_path: Path, note: str,
                                                           unit: str) -> None:
    table = _table(layout, tmp_path, FUND_ROWS, note)
    assert [c.unit for r in table.rows for c in r.cells if c.text[0].isdigit()] == [unit] * 6


def test_a_note_under_a_table_stating_no_unit_gives_none(tmp_path: Path) -> None:
    table = _table("pipe", tmp_path, FUND_ROWS, "注：单位为各校自报，未经审核。")
    assert all(not c.unit for r in table.rows for c in r.cells)


def test_the_last_asking_word_says_what_is_asked(tmp_path: Path) -> None:
    # the schools counted first only choose rows: the money asked last picks the column
    question = "枫溪县几所初中的改造经费一共多少万元"
    assert _summed(_table("pipe", tmp_path), question, ("元",)) == ("改造经费（万元）", 270)


# new school sites of a county: areas in 平方米 and a count of places in 个
SITES_ROWS = [["项目", "开工年份", "新增学位（个）", "占地面积（平方米）"],
              ["芷汀县城西小学", "2024", "1350", "21000"],
              ["芷汀县城北幼儿园", "2024", "360", "6000"],
              ["芷汀县滨江中学", "2025", "1800", "36000"]]


@pytest.mark.parametrize("question,units,column,value", [
    # a count of rows asked first (几所) and the unit asked last: the area column, not none
    ("芷汀县2024年开工的几所学校，占地一共多少平方米？", ("所",), "占地面积（平方米）", 27000),
    ("芷汀县2024年开工的项目一共新增多少个学位", ("个",), "新增学位（个）", 1710),  # 个 of the column naming 学位
])
def test_the_unit_asked_last_or_the_thing_a_column_names(tmp_path: Path, question: str, units: tuple[str, ...],
                                                         column: str, value: float) -> None:
    assert _summed(_table("pipe", tmp_path, SITES_ROWS), question, units) == (column, value)

