"""Rows ranked as wholes and rows of a kind, on tables written here in the layouts the loader meets
(Markdown `|` rows, a PDF table's `|` rows with a blank label on its total row, a web page's <table>,
a Word table, one cell per line): a row ranked by the table's own total column when the question names
no column (哪家单位名额最多) or asks a total (总钱数最高), its total row never ranked; rows chosen by a
word several labels hold (各镇中心校), not by a place's name they all open with; rows given any of a
count listed (正高名额给了哪几家); a three-character header named by its first two characters (副高)."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

import docx
import pytest

from figures.tablequery import run
from ingest.load import load_file
from ingest.models import Table
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import parse
from tests.written import docx_table

QUOTA_ROWS = [
    ["序号", "单位", "正高级", "副高级", "中级", "初级", "合计"],
    ["1", "某市第一中学", "1", "6", "8", "2", "17"],
    ["2", "某市第二中学", "0", "5", "7", "2", "14"],
    ["3", "东岭镇中心校", "0", "3", "6", "4", "13"],
    ["4", "西河镇中心校", "1", "2", "5", "3", "11"],
    ["5", "南坪镇中心校", "0", "2", "4", "2", "8"],
    ["6", "某市实验小学", "0", "1", "2", "2", "5"],
    ["", "合计", "2", "19", "32", "15", "68"],
]
LEAD = ("某市关于下达职称评审推荐名额的通知\n一、名额分配。全市共分配名额68个，各单位名额见附表。\n"
        "附表：推荐名额分配表（单位：个）\n")


def _pipe() -> str:
    rows = ["| " + " | ".join(r) + " |" for r in QUOTA_ROWS]
    return LEAD + "\n" + "\n".join([rows[0], "| " + " | ".join("---" for _ in QUOTA_ROWS[0]) + " |", *rows[1:]]) \
        + "\n\n联系人：人事科。\n"


def _cells() -> str:  # one cell per line, without the serial column (its total row's cell is blank)
    lines = [c for r in QUOTA_ROWS for c in r[1:]]
    return "某市关于下达职称评审推荐名额的通知\n一、名额分配\n表1 推荐名额分配一览表\n" + "\n".join(lines) \
        + "\n二、有关要求\n不得跨单位调剂。\n"


def _html(tmp_path: Path) -> str:
    body = "".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in r)
                   + "</tr>" for i, r in enumerate(QUOTA_ROWS))
    path = tmp_path / "quota.html"
    path.write_text(f"<html><body><h1>某市推荐名额通知</h1><h2>一、名额分配</h2><p>各单位名额见下表。</p>"
                    f"<table>{body}</table><h2>二、有关要求</h2><p>不得跨单位调剂。</p></body></html>",
                    encoding="utf-8")
    return load_file(path).text


def _docx(tmp_path: Path) -> str:
    document = docx.Document()
    document.add_paragraph("某市推荐名额通知")
    document.add_paragraph("一、名额分配。各单位名额见下表。")
    docx_table(document, QUOTA_ROWS)
    document.add_paragraph("二、有关要求。不得跨单位调剂。")
    buffer = BytesIO()
    document.save(buffer)
    path = tmp_path / "quota.docx"
    path.write_bytes(buffer.getvalue())
    return load_file(path).text


LAYOUTS = ["pipe", "cells", "html", "docx"]


def _table(layout: str, tmp_path: Path) -> Table:
    text = {"pipe": _pipe, "cells": _cells}[layout]() if layout in ("pipe", "cells") \
        else (_html if layout == "html" else _docx)(tmp_path)
    return find_tables("t", text, parse_sections(text))[0]


def _answer(table: Table, question: str, places: tuple[str, ...] = ()) -> tuple[str, list[str], float | None]:
    query = parse(table, normalize(question, drop_space=True), places=places)
    assert query is not None, question
    result = run(table, query)
    value = result.computation.value if result.computation else None
    return query.aggregate, [normalize(c.label).rsplit(" ", 1)[-1] for c in result.cells], value


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("question", "aggregate", "first", "value"), [
    ("哪家单位分的职称名额最多", "max", "某市第一中学", 17),
    ("哪个单位的名额最少", "min", "某市实验小学", 5),
    ("名额总数最多的是哪个单位", "max", "某市第一中学", 17),
    ("哪个单位副高级最多", "max", "某市第一中学", 6),
])
def test_a_row_is_ranked_by_its_total_column_unless_a_column_is_named(layout: str, tmp_path: Path, question: str,
                                                                    aggregate: str, first: str, value: float) -> None:
    got, labels, computed = _answer(_table(layout, tmp_path), question)
    assert (got, labels[0], computed) == (aggregate, first, value)
    assert "合计" not in labels  # the total row is no unit


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("question", "value"), [
    ("那些镇中心校一共分了几个副高", 3 + 2 + 2),
    ("各中心校的中级名额合计多少", 6 + 5 + 4),
    ("中心校一共有多少个名额", 13 + 11 + 8),
])
def test_rows_of_a_kind_a_word_of_their_labels_names_are_summed(layout: str, tmp_path: Path, question: str,
                                                              value: float) -> None:
    aggregate, labels, computed = _answer(_table(layout, tmp_path), question)
    assert aggregate == "sum" and computed == value
    assert all("中心校" in x for x in labels)


def test_a_place_all_labels_open_with_is_no_kind_of_row(tmp_path: Path) -> None:
    aggregate, labels, computed = _answer(_table("pipe", tmp_path), "某市哪家单位名额最多", places=("某市",))
    assert (aggregate, labels[0], computed) == ("max", "某市第一中学", 17)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("question", ["正高名额给了哪几家", "哪些单位分到了正高级名额"])
def test_the_rows_given_any_of_a_count_are_listed(layout: str, tmp_path: Path, question: str) -> None:
    aggregate, labels, _ = _answer(_table(layout, tmp_path), question)
    assert aggregate == "list" and labels == ["某市第一中学", "西河镇中心校"]


FEES = """某县课后服务实施方案
三、收费标准
具体收费及财政补助标准见下表：

| 学校类别 | 收费标准（元/生/学期） | 财政补助（元/生/学期） | 合计（元/生/学期） |
| --- | --- | --- | --- |
| 城区小学 | 300 | 100 | 400 |
| 城区初中 | 360 | 100 | 460 |
| 农村小学 | 200 | 150 | 350 |
| 农村初中 | 240 | 150 | 390 |

四、财政补助
县财政按城区学校每生每学期100元补助。
"""


@pytest.mark.parametrize(("question", "first", "value"), [
    ("哪类学校课后服务每生每学期总钱数最高", "城区初中", 460),
    ("哪类学校的总额最低", "农村小学", 350),
    ("哪类学校收费标准最高", "城区初中", 360),  # a column named: that column, not the total
])
def test_a_fee_per_pupil_per_term_is_read_and_ranked(question: str, first: str, value: float) -> None:
    table = find_tables("t", FEES, parse_sections(FEES))[0]
    _, labels, computed = _answer(table, question)
    assert (labels[0], computed) == (first, value)


TARGET_ROWS = [
    ["指标类型", "指标", "目标值", "实际完成值", "完成情况"],
    ["数量指标", "免费教科书学生人数", "19800人", "19652人", "基本完成"],
    ["数量指标", "寄宿生生活补助人数", "4200人", "4315人", "超额完成"],
    ["数量指标", "营养改善计划受益学生人数", "15600人", "15488人", "基本完成"],
    ["质量指标", "小学生均公用经费补助标准", "720元/生/年", "720元/生/年", "完成"],
    ["效益指标", "义务教育巩固率", "≥97%", "97.8%", "完成"],
    ["满意度指标", "学生及家长满意度", "≥90%", "94.2%", "完成"],
]


def _targets(layout: str, tmp_path: Path) -> Table:
    if layout == "pipe":
        rows = ["| " + " | ".join(r) + " |" for r in TARGET_ROWS]
        text = "某县补助经费绩效自评报告\n三、绩效目标完成情况\n各指标完成情况如下：\n\n" + "\n".join(
            [rows[0], "| --- | --- | --- | --- | --- |", *rows[1:]]) + "\n\n四、自评结论\n得分93.5分。\n"
    else:
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in TARGET_ROWS)
        path = tmp_path / "targets.html"
        path.write_text(f"<html><body><h1>某县绩效自评报告</h1><h2>三、绩效目标完成情况</h2><table>{body}</table>"
                        f"<h2>四、自评结论</h2><p>得分93.5分。</p></body></html>", encoding="utf-8")
        text = load_file(path).text
    return find_tables("t", text, parse_sections(text))[0]


SHORT = ["免费教科书学生人数", "营养改善计划受益学生人数"]


@pytest.mark.parametrize("layout", ["pipe", "html"])
@pytest.mark.parametrize(("question", "aggregate", "rows"), [
    ("绩效指标里哪几项没有完全达到目标值", "list", SHORT),
    ("哪些指标的实际完成值低于目标值", "list", SHORT),
    ("有几项指标未达到目标", "count", SHORT),
    ("哪几项指标超额完成了目标", "list", ["寄宿生生活补助人数"]),
])
def test_rows_whose_achieved_value_falls_short_of_the_target_beside_it(layout: str, tmp_path: Path, question: str,
                                                                      aggregate: str, rows: list[str]) -> None:
    got, labels, _ = _answer(_targets(layout, tmp_path), question)
    assert (got, labels) == (aggregate, rows)  # each by its own name, not its group (数量指标)


PROJECTS = """白沙黎族自治县学校布局规划
四、规划新建、改扩建项目
| 项目名称 | 学段（性质） | 班数 | 新增学位 |
| --- | --- | --- | --- |
| 白沙县第二小学 | 小学（改扩建） | 12 | 720 |
| 白沙县民族中学 | 初中（改扩建） | 12 | 600 |
| 白沙中学初中部 | 初中（新建） | 36 | 1800 |
| 牙叉镇中心幼儿园 | 学前（新建） | 9 | 270 |
五、保障措施
加强组织领导。
"""


@pytest.mark.parametrize("question", ["白沙县规划的项目里哪个新增学位最多？", "白沙规划的项目里哪个新增学位最多"])
def test_a_place_some_labels_open_with_is_no_kind_of_row(question: str) -> None:
    table = find_tables("t", PROJECTS, parse_sections(PROJECTS))[0]
    _, labels, computed = _answer(table, question, places=("白沙黎族自治县",))
    assert (labels[0], computed) == ("白沙中学初中部", 1800)
