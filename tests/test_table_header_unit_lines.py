"""A table set one cell per line whose header's units stand on lines of their own under its names (a PDF's
two header rows read line by line: `在校学生` … then `（人）` …, one unit per value column, none for the label
column): the units join their columns, so the rows line up under a header as wide as they are; without it no
width fitted and the table was left as prose. Documents written here."""
from __future__ import annotations

import pytest

from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.service import Service
from tests.written import service_over

TEXT = """青岚县春季劳动实践周活动安排
一、任务分配
各学段任务见表1。
表1　各学段劳动实践任务
学段
参加学生
实践基地
指导教师
（人）
（个）
（人）
小学
8400
12
310
初中
4100
9
175
合计
12500
21
485
说明：各校须如实填报。
二、工作要求
各校要按时完成。
"""


def test_unit_lines_under_the_header_join_their_columns() -> None:
    tables = find_tables("qinglan", TEXT, parse_sections(TEXT))
    assert len(tables) == 1
    table = tables[0]
    assert table.columns == ["学段", "参加学生（人）", "实践基地（个）", "指导教师（人）"]
    middle = table.rows[1]
    assert [c.text for c in middle.cells] == ["初中", "4100", "9", "175"]
    teachers = middle.cell("指导教师（人）")
    assert teachers is not None and teachers.unit == "人"
    for row in table.rows:
        for cell in row.cells:
            assert TEXT[cell.start:cell.end] == cell.text


def test_no_unit_run_leaves_the_header_as_its_names() -> None:
    plain = TEXT.replace("（人）\n（个）\n（人）\n", "")
    table = find_tables("qinglan", plain, parse_sections(plain))[0]
    assert table.columns == ["学段", "参加学生", "实践基地", "指导教师"]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "header-unit-lines", {"qinglan-notice": TEXT})


def test_a_stage_row_of_such_a_table_answers(service: Service) -> None:
    response = service.ask("青岚县初中有多少名指导教师？")
    assert not response.abstained, response.answer
    assert 175 in {f.value for f in response.figures}, response.answer


SPLIT = """溪口县2026届初三年级质量检测情况通报
一、检测结果
表2　初三年级两次检测对比
学校类别
班级
参考人数
平均分
优秀率（%）
（个）
（人）
本次
上次
本次
上次
城区学校
42
1890
512.4
498.0
31.5
28.2
乡镇学校
36
1512
471.6
466.3
18.7
17.9
合计
78
3402
—
—
—
—
二、下一步
各校要查找差距。
"""


def test_a_second_header_row_splits_the_last_names_into_sub_columns() -> None:
    table = find_tables("xikou", SPLIT, parse_sections(SPLIT))[0]
    assert table.columns == ["学校类别", "班级（个）", "参考人数（人）", "平均分 本次", "平均分 上次",
                             "优秀率（%） 本次", "优秀率（%） 上次"]
    assert [c.text for c in table.rows[1].cells] == ["乡镇学校", "36", "1512", "471.6", "466.3", "18.7", "17.9"]
    assert [r.cells[0].text for r in table.rows] == ["城区学校", "乡镇学校", "合计"]
    rate = table.rows[0].cell("优秀率（%） 上次")
    assert rate is not None and rate.unit == "%"
