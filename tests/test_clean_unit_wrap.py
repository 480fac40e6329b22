"""A PDF's line cut between a figure and its unit (`…合同金额3,816.20` / `万元，占…`) joined in cleaning, only
when the next line opens with a unit that begins no other word (`人民`, `个人`), and only in prose: a table's
one-cell-per-line value and unit lines, and `|` rows, stay as they are."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.load import load_file
from tests.pdfs import cjk_pdf


@pytest.mark.parametrize("raw,joined", [
    ("蓼川县全年政府采购支出总额4,905.10万元，其中面向小微企业采购3,816.20\n万元，占采购总额的77.8%。",
     "其中面向小微企业采购3,816.20万元，占"),
    ("全县学前三年毛入园率提高到91.6，比上年提高1.2个百分点；普惠率达到88.5\n%，较上年有所提高。",
     "普惠率达到88.5%，较上年"),
    ("芷汀县本年度新招聘教师中，具有硕士学位的共有126\n人，其余为本科学历。", "共有126人，其余"),
    ("芷汀县本年度新建和改扩建学校中，城区学校数量为12\n所。", "城区学校数量为12所。"),
])
def test_a_figure_cut_from_its_unit_is_joined(raw: str, joined: str) -> None:
    assert joined in clean(raw)


@pytest.mark.parametrize("raw", [
    "芷汀县本年度召开专题会议研究教育工作，共计3\n人民群众代表列席会议并发言。",  # 人民: no unit
    "芷汀县建立教师荣誉制度，表彰人数2025\n个人和集体获得表彰。",  # 个人: no unit
    "学校\n在校生\n城关小学\n1250\n人\n",  # a table's one-cell-per-line value and unit: no prose line
    "| 学校 | 在校生，人 |\n| 城关小学 | 1250\n人 |",  # a `|` row
])
def test_no_join_where_the_next_line_is_no_unit_or_the_line_is_no_prose(raw: str) -> None:
    assert clean(raw) == raw.strip("\n")


def test_a_pdf_line_wrapped_before_its_unit_reads_as_one_figure(tmp_path: Path) -> None:
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=11)
    for line in ["蓼川县教育局2025年度部门决算说明", "一、政府采购情况",
                 "2025年度政府采购支出总额4,905.10万元，其中面向小微企业采购3,816.20",
                 "万元，占政府采购支出总额的77.8%。"]:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "accounts.pdf"))
    assert "面向小微企业采购3,816.20万元，占" in clean(load_file(tmp_path / "accounts.pdf").text)
