"""Three kinds of table question, each on tables of several layouts written here: rows chosen by whether
their status says they are done (`哪些还没完工` lists the rows whose 进度 is not a done word — 主体完工 and 在建
are not done — and a table without a status column chooses no rows); a row ranked by an ordinal
(`第二多`, `第三大`, never counting a 合计 row), also in an OCR table whose corner header is glued to the
next (`类别在校生（人）`); and indicator rows ranked by the one column stating how far apart the schools are
(`学校之间差距最大` ↔ 差异系数)."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from figures.tablequery import TableQueryError
from ingest.load import load_file
from ingest.models import Table
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import parse
from tests.tablequestions import ask, labels
from tests.written import docx_table


def _tables(text: str) -> list[Table]:
    return find_tables("doc", text, parse_sections(text))


PROJECTS = [("序号", "项目名称", "所在乡镇", "总投资（万元）", "完成投资（万元）", "进度"),
            ("1", "东湖小学新建工程", "东湖镇", "5200", "2600", "已完工"),
            ("2", "西岭中学宿舍楼", "西岭镇", "1300", "900", "主体完工"),
            ("3", "南坪幼儿园改扩建", "南坪乡", "800", "800", "已完工"),
            ("4", "全县校园安防提升", "全县", "640", "300", "在建"),
            ("5", "北山小学运动场", "北山镇", "260", "0", "未开工")]

PIPE_PROJECTS = "某县2025年教育工作总结\n二、重点项目\n" + "\n".join(" | ".join(r) for r in PROJECTS) \
    + "\n合计 |  |  | 8200 | 4600 | \n\n三、下一步\n加快建设。\n"


def _docx_projects(tmp_path: Path, rows: list[tuple[str, ...]]) -> str:
    document = docx.Document()
    document.add_heading("一、重点项目建设", 1)
    document.add_paragraph("全年实施教育重点项目5个，完成情况见下表。")
    docx_table(document, rows)
    document.add_heading("二、下一步工作", 1)
    document.add_paragraph("加快项目建设进度。")
    document.save(str(tmp_path / "p.docx"))
    return load_file(tmp_path / "p.docx").text


NOT_DONE = ["西岭中学宿舍楼", "全县校园安防提升", "北山小学运动场"]


@pytest.mark.parametrize("question", ["重点项目里哪些没有完工", "哪些项目尚未竣工？", "还没有完成的项目有哪些"])
def test_rows_not_yet_done_are_those_whose_status_is_another(tmp_path: Path, question: str):
    for text in (PIPE_PROJECTS, _docx_projects(tmp_path, PROJECTS)):
        (table,) = _tables(text)
        result = ask(table, question)
        assert result.query.aggregate == "list"
        assert labels(result) == NOT_DONE  # 主体完工 is not done; the 合计 row is no project


def test_rows_done_and_a_count_of_those_not_done(tmp_path: Path):
    (table,) = _tables(_docx_projects(tmp_path, PROJECTS))
    assert labels(ask(table, "哪些项目已经完工了？")) == ["东湖小学新建工程", "南坪幼儿园改扩建"]
    counted = ask(table, "未完工的项目有几个")
    assert counted.query.aggregate == "count" and counted.computation is not None
    assert counted.computation.value == 3


def test_a_column_named_with_the_done_word_is_no_status(tmp_path: Path):
    (table,) = _tables(_docx_projects(tmp_path, PROJECTS))
    result = ask(table, "哪个项目完成投资最多")
    assert result.query.one_of == {} and labels(result)[0] == "东湖小学新建工程"


def test_a_table_without_a_status_column_chooses_no_rows_by_it():
    text = ("某县项目表\n项目名称 | 总投资（万元） | 完成投资（万元）\n东湖小学新建工程 | 5200 | 2600\n"
            "西岭中学宿舍楼 | 1300 | 900\n南坪幼儿园改扩建 | 800 | 800\n\n其他。\n")
    (table,) = _tables(text)
    assert parse(table, normalize("哪些项目还没完工", drop_space=True)) is None


def test_a_web_table_of_tasks_with_a_completion_column(tmp_path: Path):
    html = ("<html><body><h2>三、重点任务推进情况</h2><table>"
            "<tr><th>任务</th><th>责任单位</th><th>完成情况</th></tr>"
            "<tr><td>校舍安全排查</td><td>计财股</td><td>已完成</td></tr>"
            "<tr><td>教师培训计划</td><td>人事股</td><td>推进中</td></tr>"
            "<tr><td>课后服务全覆盖</td><td>基教股</td><td>已完成</td></tr>"
            "<tr><td>营养餐提标</td><td>安全股</td><td>未启动</td></tr>"
            "</table><h2>四、其他</h2><p>无。</p></body></html>")
    (tmp_path / "t.html").write_text(html, encoding="utf-8")
    (table,) = _tables(load_file(tmp_path / "t.html").text)
    assert labels(ask(table, "哪些任务还没完成")) == ["教师培训计划", "营养餐提标"]


# an OCR'd statistics bulletin: cells apart by spaces, the corner header glued to the next one
OCR = """某县2024年教育统计简报
一、总体情况
分类数据列于下表。
类别在校生（人） 学校（所） 新生（人） 专任教师（人）
幼儿园 5800 38 1850 395
小学 14600 33 2400 940
初中 7100 10 2250 545
普通高中 3250 3 1080 255
合计 30750 84 7580 2135
二、主要指标
九年义务教育巩固率96.8%。
"""


def test_a_glued_corner_header_of_an_ocr_table_is_split():
    (table,) = _tables(OCR)
    assert table.columns == ["类别", "在校生（人）", "学校（所）", "新生（人）", "专任教师（人）"]
    assert [r.cells[0].text for r in table.rows][:2] == ["幼儿园", "小学"]


@pytest.mark.parametrize("question, row, value", [
    ("哪一类的在校生第二多", "初中", 7100),
    ("专任教师第三多的是哪一类", "幼儿园", 395),
    ("新生人数第二少的类别是哪个", "幼儿园", 1850),
])
def test_an_ordinal_ranks_rows_never_the_total(question: str, row: str, value: float):
    (table,) = _tables(OCR)
    result = ask(table, question)
    assert result.computation is not None and result.computation.value == value
    assert labels(result)[0] == row and "合计" not in labels(result)


def test_an_ordinal_on_a_pipe_table_and_a_tie():
    text = ("各校学位情况如下。\n学校 | 新增学位（个） | 班数\n一小 | 540 | 12\n二小 | 900 | 20\n三小 | 540 | 12\n"
            "四小 | 360 | 8\n五小 | 720 | 16\n\n其他。\n")
    (table,) = _tables(text)
    # the row ranked second, then the one before it
    assert labels(ask(table, "新增学位第二多的是哪所学校"))[:2] == ["五小", "二小"]
    with pytest.raises(TableQueryError):  # 一小 and 三小 share second place from the bottom: no one row is
        ask(table, "哪所学校新增学位第二少")


INDICATORS = """某县义务教育优质均衡发展自评报告
（一）资源配置
指标 | 标准值 | 一中 | 二中 | 三中 | 差异系数
在校生数（人） | — | 1500 | 900 | 400 | —
生均教学及辅助用房面积（平方米） | 5.8 | 6.1 | 7.3 | 9.0 | 0.185
生均体育运动场馆面积（平方米） | 10.2 | 10.9 | 14.5 | 19.8 | 0.262
生均教学仪器设备值（元） | 2500 | 2700 | 3100 | 3300 | 0.094

（二）政府保障
落实经费。
"""


@pytest.mark.parametrize("question, indicator, value", [
    ("各个指标里学校之间差距最大的是哪个", "生均体育运动场馆面积", 0.262),
    ("各校之间差异最小的是哪项指标", "生均教学仪器设备值", 0.094),
    ("校际差距最大的指标是哪个？", "生均体育运动场馆面积", 0.262),
])
def test_indicator_rows_ranked_by_their_spread_column(question: str, indicator: str, value: float):
    (table,) = _tables(INDICATORS)
    result = ask(table, question)
    assert result.query.measure == ["差异系数"]
    assert result.computation is not None and result.computation.value == pytest.approx(value)
    assert labels(result)[0].startswith(indicator)


def test_a_word_table_of_indicators_by_school(tmp_path: Path):
    document = docx.Document()
    document.add_heading("二、资源配置", 1)
    docx_table(document, [("指标", "甲校", "乙校", "变异系数"), ("生均图书（册）", "32", "41", "0.12"),
                          ("生师比", "13.2", "15.8", "0.09"), ("每百名学生拥有计算机（台）", "11", "19", "0.27")])
    document.add_heading("三、结论", 1)
    document.add_paragraph("基本均衡。")
    document.save(str(tmp_path / "i.docx"))
    (table,) = _tables(load_file(tmp_path / "i.docx").text)
    result = ask(table, "哪项指标两所学校之间差距最大")
    assert labels(result)[0].startswith("每百名学生拥有计算机")


def test_no_spread_column_no_ranking_by_gap():
    text = "各校情况。\n学校 | 在校生（人） | 班数\n一小 | 900 | 20\n二小 | 600 | 14\n\n其他。\n"
    (table,) = _tables(text)
    assert parse(table, normalize("学校之间差距最大的是哪个", drop_space=True)) is None
