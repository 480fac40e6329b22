"""A web page's footer set out as a grid (主办：… | …ICP备… | 网站地图) is no table; a table of text cells
without footer words stays one."""
from __future__ import annotations

from pathlib import Path

from ingest.load import load_file
from ingest.structure import parse_sections
from ingest.tables import find_tables

ROWS = """| 序号 | 单位 | 正高级 | 副高级 | 合计 |
| --- | --- | --- | --- | --- |
| 1 | 第一中学 | 1 | 6 | 7 |
| 2 | 第二中学 | 0 | 5 | 5 |
| 3 | 实验小学 | 1 | 4 | 5 |
"""


FOOTER = """
| 主办：某县人民政府办公室 | 琼ICP备05001234号 | 琼公网安备46010002000111号 | 网站标识码4601000001 |
| --- | --- | --- | --- |
| 版权所有某县人民政府 | 联系我们 | 网站地图 | 技术支持：某公司 |
"""


def test_a_page_footer_set_as_a_grid_is_no_table():
    text = f"某县提案答复\n一、现状\n{ROWS}\n{FOOTER}"
    tables = find_tables("d", text, parse_sections(text))
    assert [t.columns[1] for t in tables] == ["单位"]


def test_a_web_page_footer_table_is_no_table(tmp_path: Path):
    html = ("<html><body><h2>一、基本情况</h2><table><tr><th>学段</th><th>专职</th><th>兼职</th></tr>"
            "<tr><td>小学</td><td>6</td><td>80</td></tr><tr><td>初中</td><td>7</td><td>30</td></tr></table>"
            "<table><tr><td>主办：某县人民政府办公室</td><td>某ICP备00012345号</td></tr>"
            "<tr><td>版权所有某县人民政府</td><td>网站地图</td></tr></table></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    text = load_file(tmp_path / "p.html").text
    tables = find_tables("d", text, parse_sections(text))
    assert [t.columns[0] for t in tables] == ["学段"]


def test_a_text_table_without_numbers_and_without_footer_words_stays():
    text = ("某县招生通知\n一、学区划分\n| 学区 | 学校 | 服务范围 |\n| --- | --- | --- |\n"
            "| 第一学区 | 东城小学 | 东城街道 |\n| 第二学区 | 西城小学 | 西城街道 |\n")
    (table,) = find_tables("d", text, parse_sections(text))
    assert table.columns == ["学区", "学校", "服务范围"]
