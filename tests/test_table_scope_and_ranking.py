"""A table published without a caption under a `附表` line, which a sentence elsewhere points to with what all
its rows are (`城区幼儿园…见附表`): a question's word naming that scope (城区 of `城区公办幼儿园里…`) does not
also choose rows by a cell that happens to hold it, when with the question's other filters it would leave none;
and a ranking that names two columns (`计划招生班级数`: 计划班级数 and 计划招生人数) ranks by the one whose
counted word it holds (班级数), the other shown beside it."""
from __future__ import annotations

from pathlib import Path

import pytest

from figures.tablequery import TableQueryError, key
from ingest.load import load_file
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.tables import lead_in, parse
from server.answer.tablescope import introduction, run_in_scope

PAGE = """<html><body><h1>某县教育局关于2026年秋季幼儿园招生工作的通知</h1>
<h2>一、招生范围</h2>
<p>公办幼儿园按服务片区招生，民办幼儿园面向全县招生。{scope}</p>
<h2>二、报名方式</h2>
<p>家长通过县教育局微信公众号报名，逾期不再受理。</p>
<h2>三、其他事项</h2>
<p>招生咨询时间为工作日上午。</p>
<p>附表</p>
<table>
<tr><th>幼儿园</th><th>类型</th><th>服务片区</th><th>计划班级数</th><th>计划招生人数</th></tr>
<tr><td>县第一幼儿园</td><td>公办</td><td>东湖街道全域</td><td>6</td><td>180</td></tr>
<tr><td>县第二幼儿园</td><td>公办</td><td>西山街道、南门社区</td><td>9</td><td>270</td></tr>
<tr><td>县第三幼儿园</td><td>公办</td><td>北关社区</td><td>5</td><td>150</td></tr>
<tr><td>启明双语幼儿园</td><td>民办</td><td>城区（不划片）</td><td>10</td><td>300</td></tr>
</table>
</body></html>"""
SCOPED = "城区幼儿园服务片区和招生计划见附表。"
UNSCOPED = "各幼儿园招生计划另行公布。"


def _read(tmp_path: Path, scope: str):
    (tmp_path / "n.html").write_text(PAGE.format(scope=scope), encoding="utf-8")
    text = load_file(tmp_path / "n.html").text
    (table,) = find_tables("doc", text, parse_sections(text))
    return table, text


def test_a_word_of_the_tables_scope_does_not_choose_rows(tmp_path: Path):
    table, text = _read(tmp_path, SCOPED)
    assert "城区幼儿园服务片区和招生计划见附表" in introduction(table, lead_in(table, text), text)
    query = parse(table, normalize("城区公办幼儿园里，哪所计划招生班级数最多？", drop_space=True))
    assert query is not None and query.aggregate == "max"
    assert query.measure == ["计划班级数"] and query.shown == ["计划招生人数"]
    result = run_in_scope(table, query, lead_in(table, text), text)
    assert key(result.cells[0].label) == "县第二幼儿园" and result.computation is not None
    assert result.computation.value == 9


def test_a_word_no_introduction_gives_all_rows_still_chooses_them(tmp_path: Path):
    table, text = _read(tmp_path, UNSCOPED)
    query = parse(table, normalize("城区公办幼儿园里，哪所计划招生班级数最多？", drop_space=True))
    assert query is not None
    with pytest.raises(TableQueryError):  # 城区 and 公办 together: no row; no guess among the 公办 ones
        run_in_scope(table, query, lead_in(table, text), text)
