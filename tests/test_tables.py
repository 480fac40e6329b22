"""Tables of the real corpus rebuilt as rows of cells, every cell an exact span of the text."""
import logging

import pytest

from ingest.structure import parse_sections
from ingest.tables import find_tables, row_label, row_text, unit_of
from tests.test_structure import FORMS, corpus_text

BANAN = "banan-education-plan-2021.txt"
RONGCHANG = "rongchang-self-evaluation.txt"


def tables_of(name: str, form: str):
    text = corpus_text(name, form)
    return text, find_tables(name.removesuffix(".txt"), text, parse_sections(text))


def by_label(table, label: str, group: str = ""):
    return next(r for r in table.rows if row_label(table, r).endswith(label) and (not group or r.group == group))


@pytest.mark.parametrize("form", FORMS)
def test_every_cell_is_an_exact_span(form):
    for name in (BANAN, RONGCHANG):
        text, tables = tables_of(name, form)
        for table in tables:
            assert table.start <= table.rows[0].start and table.rows[-1].end <= table.end
            for row in table.rows:
                assert table.start <= row.start < row.end <= table.end
                for cell in row.cells:
                    assert text[cell.start:cell.end] == cell.text, (table.table_id, row.index, cell.column)


@pytest.mark.parametrize("form", FORMS)
def test_banan_has_its_three_tables_in_order(form):
    text, tables = tables_of(BANAN, form)
    assert [t.table_id for t in tables] == [f"banan-education-plan-2021#t{n}" for n in (1, 2, 3)]
    assert [len(t.rows) for t in tables] == [10, 11, 20]
    assert tables[0].caption == "1:重慶市巴南區教育事業“十三五”時期主要指標表"
    assert text[tables[0].start:].startswith(tables[0].caption)
    assert tables[0].columns == ["分類", "指標", "2016", "2020", "“十三五”變化情況"]
    assert tables[1].columns == ["分類", "指標", "2020", "2025", "屬性"]
    assert tables[2].columns == ["序號", "項目名稱(暫定名)", "項目所在位置", "重點項目(年份)",
                                 "占地面積(平方米)", "建筑面積(平方米)"]
    assert tables[1].section == "二、總體要求 > (三)主要目標 > 1.“十四五”時期主要目標"


@pytest.mark.parametrize("form", FORMS)
def test_banan_table2_every_indicator_with_2020_2025_and_attribute(form):
    _, tables = tables_of(BANAN, form)
    table = tables[1]
    expected = [  # group, label, 2020, 2025, 屬性, unit
        ("學前教育", "在園幼兒數(萬人)", "3.63", "4.85", "預期性", "萬人"),
        ("學前教育", "學前教育毛入園率(%", "100", "100", "預期性", "%"),
        ("學前教育", "公辦幼兒園在園幼兒占比(%", "54.79", ">55", "預期性", "%"),
        ("義務教育", "在校學生數(萬人)", "9.07", "11.00", "預期性", "萬人"),
        ("義務教育", "其中:普通小學", "6.27", "7.20", "預期性", "萬人"),
        ("義務教育", "普通初中", "2.80", "3.80", "預期性", "萬人"),
        ("義務教育", "九年義務教育鞏固率(%", "99.5", ">99.5", "約束性", "%"),
        ("高中階段教育", "在校學生數(萬人)", "4.41", "5.28", "預期性", "萬人"),
        ("高中階段教育", "其中:普通高中", "1.27", "1.78", "預期性", "萬人"),
        ("高中階段教育", "中等職業教育", "3.14", "3.50", "預期性", "萬人"),
        ("高中階段教育", "高中階段教育毛入學率(%", "95.81", ">98.5", "預期性", "%"),
    ]
    got = [(r.group, r.cell("指標").text, r.cell("2020").text, r.cell("2025").text, r.cell("屬性").text,
            r.cell("2025").unit) for r in table.rows]
    assert got == expected
    assert table.units["公辦幼兒園在園幼兒占比(%"] == "%"
    assert table.rows[0].cell("屬性").unit == ""


@pytest.mark.parametrize("form", FORMS)
def test_banan_table1_groups_split_over_lines_are_carried_down(form):
    text, tables = tables_of(BANAN, form)
    table = tables[0]
    assert [r.group for r in table.rows] == ["學前教育"] * 2 + ["義務教育"] * 4 + ["高中階段教育"] * 4
    first_high = table.rows[6]
    assert first_high.cell("分類").text == "高中\n\n階段\n\n教育"  # as published, one cell
    assert table.rows[7].cell("分類") is None  # published only on the group's first row
    junior = by_label(table, "普通初中")
    assert junior.cell("2016").text == "2.08" and junior.cell("2016").unit == "萬人"
    assert row_label(table, junior) == "在校學生數(萬人) 普通初中"
    assert by_label(table, "學前三年毛入園率(%").cell("“十三五”變化情況").text == "3.8"
    assert by_label(table, "其中:普通高中教育").cell("“十三五”變化情況").text == "-0.05"


@pytest.mark.parametrize("form", FORMS)
def test_banan_table3_twenty_projects(form):
    _, tables = tables_of(BANAN, form)
    table = tables[2]
    assert [r.cell("序號").text for r in table.rows] == [f"{n:02d}" for n in range(1, 21)]
    row = by_label(table, "龍洲灣高級中學")
    assert row.cell("建筑面積(平方米)").text == "60000" and row.cell("建筑面積(平方米)").unit == "平方米"
    assert row.cell("重點項目(年份)").text == "2024" and row.cell("重點項目(年份)").unit == ""
    assert sum(int(r.cell("建筑面積(平方米)").text) for r in table.rows) == 532200
    assert table.units == {"占地面積(平方米)": "平方米", "建筑面積(平方米)": "平方米"}


@pytest.mark.parametrize("form", FORMS)
def test_rongchang_pipe_table(form):
    text, tables = tables_of(RONGCHANG, form)
    assert len(tables) == 1
    table = tables[0]
    assert table.columns[:2] == ["学段", "类别"] and table.columns[-1] == "综合评价"
    assert len(table.columns) == 10  # 7 indicators + 综合评价 under the numbering row 1…8
    assert [(r.group, row_label(table, r)) for r in table.rows] == [
        ("小学", "达标学校总数(所)"), ("小学", "达标学校比例(%)"),
        ("中学", "达标学校总数(所)"), ("中学", "达标学校比例(%)")]
    primary_rate = table.rows[1]
    sixth = primary_rate.cells[6]  # cells[0] is 类别, then the columns numbered 1…8
    assert sixth.column == "生均教学仪器设备值" and sixth.text == "94.55" and sixth.unit == "%"
    first = table.rows[0].cell("生均教学仪器设备值")
    assert first is not None and first.text == "52" and first.unit == "所"
    assert table.section == "二、主要指标完成情况 > (一)资源配置7项指标自评情况"
    assert not text[table.end:].lstrip().startswith("|")  # the table's last `|` is inside it


def test_row_text_repeats_the_header():
    text, tables = tables_of(BANAN, "raw")
    row = by_label(tables[1], "公辦幼兒園在園幼兒占比(%")
    readable = row_text(tables[1], row)
    assert "學前教育" in readable and "2020: 54.79%" in readable and "2025: >55%" in readable
    assert "屬性: 預期性" in readable and tables[1].caption in readable


def test_units_from_headers():
    assert unit_of("在園幼兒數(萬人)") == "萬人"
    assert unit_of("學前三年毛入園率(%") == "%"
    assert unit_of("占地面積(平方米)") == "平方米"
    assert unit_of("項目名稱(暫定名)") == "" and unit_of("重點項目(年份)") == ""


def test_malformed_table_is_left_as_prose_with_a_warning_naming_it(caplog):
    text = ("一、概况\n\n1:某区主要指标表\n\n序號\n\n名稱\n\n面積(平方米)\n\n"
            "01\n\n甲校\n\n100\n\n02\n\n乙校\n")  # row 02 lost its last cell
    with caplog.at_level(logging.WARNING, logger="ingest.tables"):
        assert find_tables("bad-doc", text, parse_sections(text)) == []
    assert "bad-doc" in caplog.text and "1:某区主要指标表" in caplog.text and "row 2" in caplog.text
