"""差异系数 from school-level data: the worked examples, the 6-of-7/85% rule and bad CSVs."""
import csv
from pathlib import Path

import pytest

from figures.cv import CsvError, coefficient, compliance_report, read_schools, report_csv, unweighted_cv, weighted_stats

FIXTURES = Path(__file__).resolve().parent.parent / "figures" / "fixtures"
HEADER = ("name,stage,students,teachers_qualified,teachers_backbone,teachers_arts_pe,building_area,"
          "sports_area,equipment_value,multimedia_rooms")


def test_worked_example_777doc_weighted_not_unweighted():
    """m.777doc.com/doc-2019910.html: 5 小学, 在校生 45/37/89/76/55, 图书 279/137/935/160/402 (raw data
    recovered from the page's table); the page gives X̄ 6.33, S 3.26, CV 0.52 (0.515 unrounded)."""
    rows = list(csv.DictReader((FIXTURES / "library_books_777doc.csv").open(encoding="utf-8")))
    students = [int(r["students"]) for r in rows]
    per_student = [int(r["books"]) / int(r["students"]) for r in rows]
    assert sum(students) == 302
    mean, sd, cv = weighted_stats(per_student, students)
    assert (round(mean, 3), round(sd, 3), round(cv, 3)) == (6.334, 3.264, 0.515)
    assert round(unweighted_cv(per_student), 3) == 0.489  # why the weighting matters


def test_jiujiang_county_table_sd_over_mean():
    assert round(coefficient(1.643162, 5.515273), 6) == 0.297929


def test_hand_computed_two_school_example():
    # X = 2 (100 students) and 5 (200): X̄ = (200 + 1000)/300 = 4; S² = 1/3·4 + 2/3·1 = 2; CV = √2/4
    mean, sd, cv = weighted_stats([2, 5], [100, 200])
    assert (mean, sd ** 2, cv) == (pytest.approx(4), pytest.approx(2), pytest.approx(2 ** 0.5 / 4))


def test_fixture_report_per_stage_and_per_school():
    rep = compliance_report((FIXTURES / "schools_example.csv").read_bytes())
    primary = next(s for s in rep.stages if s.stage == "小学")
    assert (primary.schools, primary.students, primary.passed) == (4, 2000, True)
    qualified = next(i for i in primary.indicators if i.key == "teachers_qualified")
    # X̄ = (1200·5 + 400·4.5 + 100·4 + 300·3) / 2000 = 4.55
    assert qualified.mean == pytest.approx(4.55) and qualified.limit == 0.5
    assert primary.composite_cv == pytest.approx(sum(i.cv for i in primary.indicators) / 7)
    by_name = {c.name: c for c in rep.schools}
    assert by_name["山坪小学"].passed and by_name["山坪小学"].failing == ["teachers_qualified"]  # 4.0/4.2 = 95% ≥ 85%
    assert not by_name["石桥小学"].passed and by_name["石桥小学"].met == 3
    assert rep.failing_schools == ["石桥小学"]
    table = report_csv(rep)
    assert "石桥小学" in table and "未达标" in table


def test_high_spread_fails_the_stage_limit_and_85_percent_rule():
    text = "\n".join([HEADER,
                      "甲校,初中,500,6,1.2,1,6,11,9000,2.5",
                      "乙校,初中,500,6,1.2,1,6,11,2200,2.5"])
    rep = compliance_report(text)
    junior = rep.stages[0]
    equipment = next(i for i in junior.indicators if i.key == "equipment_value")
    assert equipment.cv == pytest.approx(3400 / 5600) and not junior.passed
    assert junior.failing_indicators == ["equipment_value"]
    assert by_reason(rep, "乙校") == "6项达标，生均教学仪器设备值达到标准的88%（≥85%）"  # 2200/2500
    below = compliance_report(text.replace("2200", "2000"))  # 2000/2500 = 80% < 85%
    assert below.failing_schools == ["乙校"] and by_reason(below, "乙校").endswith("仅为标准的80%（<85%）")


def by_reason(rep, name):
    return next(c.reason for c in rep.schools if c.name == name)


def test_chinese_headers_and_raw_totals():
    text = ("学校,学段,学生数,每百名学生拥有高于规定学历教师数,每百名学生拥有县级以上骨干教师数,"
            "每百名学生拥有艺体专任教师数,"
            "生均教学及辅助用房面积,生均体育运动场馆面积,生均教学仪器设备值,multimedia_rooms_total\n"
            "一小,小学,400,5,1,1,5,8,2100,10\n")
    school = read_schools(text.encode("gb18030"))[0]
    assert school.values["multimedia_rooms"] == pytest.approx(2.5)  # 10 rooms per 400 students ×100


@pytest.mark.parametrize("body,row,column,message", [
    ("name,stage,students\n甲,小学,10", 1, "teachers_qualified", "missing indicator"),
    (HEADER + ",extra\n", 1, "extra", "unknown column"),
    (HEADER + "\n甲,小学,abc,1,1,1,1,1,1,1", 2, "students", "not a number"),
    (HEADER + "\n甲,小学,0,1,1,1,1,1,1,1", 2, "students", "positive"),
    (HEADER + "\n甲,小学,-5,1,1,1,1,1,1,1", 2, "students", "positive"),
    (HEADER + "\n甲,小学,10,1,1,1,1,1,1,1\n乙,高中,10,1,1,1,1,1,1,1", 3, "stage", "unknown stage"),
    (HEADER + "\n甲,小学,10,1,1,x,1,1,1,1", 2, "teachers_arts_pe", "not a number"),
    (HEADER + "\n甲,小学,10,1,1,,1,1,1,1", 2, "teachers_arts_pe", "empty"),
    (HEADER + "\n甲,小学,10,1,1,1,1,1,1,-1", 2, "multimedia_rooms", "negative"),
    ("", None, None, "empty"),
])
def test_bad_csv_names_row_and_column(body, row, column, message):
    with pytest.raises(CsvError, match=message) as err:
        compliance_report(body.encode("utf-8"))
    assert (err.value.row, err.value.column) == (row, column)
    if row:
        assert f"row {row}" in str(err.value)


def test_compliance_command(tmp_path, capsys):
    import argparse

    from figures.commands import add_commands

    parser = argparse.ArgumentParser()
    add_commands(parser.add_subparsers())
    out = tmp_path / "report.csv"
    args = parser.parse_args(["compliance", str(FIXTURES / "schools_example.csv"), "--csv", str(out)])
    assert args.func(args) == 1  # one school fails
    assert "石桥小学" in out.read_text(encoding="utf-8-sig")
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "\n甲,小学,0,1,1,1,1,1,1,1\n", encoding="utf-8")
    args = parser.parse_args(["compliance", str(bad), "--json"])
    assert args.func(args) == 2
    assert "row 2, column 'students'" in capsys.readouterr().err
