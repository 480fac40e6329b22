"""Tables read with the units a line of units by kind sets (`金额单位：万元　面积单位：平方米`) and the unit a
two-row header keeps in its upper part (`收费（元/生·学期） 初中`); a cell asked by the lower part of a spanning
header; a sum a question qualifies by a word no header has (`完成投资` of a column 投资) left to the prose that
states it; several measures of several things asked at once (`A和B的X、Y各是多少`), each a count the prose
states by its bare name (`招生3615人` for 招生数) while a table beside it gives other counts. Documents,
places and figures invented here: a text report with `|` rows, a Markdown notice, an HTML notice."""
from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.structure import parse_sections
from ingest.tables import _unit_pairs, find_tables, unit_of
from server.answer.evidence import has_term
from server.intent import asks
from server.query import key_terms
from server.service import Service
from tests.written import service_over

PROJECTS = """岚溪县2025年学校建设项目进展情况
一、项目安排
5个项目计划总投资2000万元。项目明细如下：
金额单位：万元　面积单位：平方米
| 序号 | 项目名称 | 建设内容 | 投资 | 面积 | 状态 |
| --- | --- | --- | --- | --- | --- |
| 1 | 岚溪县第一小学 | 综合楼建设 | 800 | 3000 | 已完工 |
| 2 | 岚溪县东关中学 | 宿舍楼建设 | 600 | 2500 | 在建 |
| 3 | 岚溪县南坪小学 | 运动场改造 | 300 | 6000 | 已完工 |
| 4 | 岚溪县北岭幼儿园 | 园舍改造 | 200 | 900 | 未开工 |
| 5 | 岚溪县西河小学 | 食堂改造 | 100 | 400 | 在建 |
二、进展
截至2025年底，累计完成投资1320万元，占计划总投资的66%。
"""

FUNDS = """# 雁塘县2025年教育资金使用情况

## 一、资金安排

各类资金明细如下：

经费单位：万元　人数单位：人

| 类别 | 资金 | 受益人数 |
| --- | --- | --- |
| 营养改善 | 320 | 6400 |
| 学生资助 | 180 | 1500 |
| 校舍维修 | 250 | 0 |

## 二、到位情况

截至年底，已到位资金610万元，其余资金次年拨付。
"""

FEES = """<html><head><title>关于栖梧区2026年秋季学期课后服务收费的通知</title></head><body>
<h1>关于栖梧区2026年秋季学期课后服务收费的通知</h1>
<h3>一、收费标准</h3>
<p>课后服务按学期收费，标准如下：</p>
<table border="1">
<tr><th rowspan="2">服务内容</th><th colspan="2">收费（元/生·学期）</th></tr>
<tr><th>小学</th><th>初中</th></tr>
<tr><td>看护服务</td><td>480</td><td>560</td></tr>
<tr><td>兴趣拓展</td><td>300</td><td>360</td></tr>
</table>
<h3>二、其他</h3>
<p>家庭经济困难学生免收服务费。</p>
</body></html>
"""

STATISTICS = """榆泽县2025年教育事业统计公报
一、各级各类学校
全县各级各类学校基本情况见下表。
| 学段 | 学校数（所） | 在校生数（人） | 专任教师数（人） |
| --- | --- | --- | --- |
| 小学 | 41 | 23600 | 1450 |
| 初中 | 17 | 11200 | 930 |
二、招生和毕业
小学招生3870人，毕业生3710人；初中招生3650人，毕业生3480人。
"""


def _table(doc: str):
    text = clean(doc)
    (table,) = find_tables("doc", text, parse_sections(text))
    return table


def _unit(table, column: str) -> str:
    return next(c.unit for c in table.rows[0].cells if c.column == column)


def test_a_line_of_units_by_kind_gives_each_column_its_kind_s_unit():
    table = _table(PROJECTS)
    assert (_unit(table, "面积"), _unit(table, "投资")) == ("平方米", "万元")
    assert _unit(table, "序号") == ""


def test_units_by_kind_named_by_the_headers_themselves():
    text = FUNDS.replace("# ", "").replace("#", "")
    table = _table(text)
    # 人数 names 受益人数; 经费 names no header, so its unit goes to the one value column left
    assert (_unit(table, "受益人数"), _unit(table, "资金")) == ("人", "万元")


def test_a_kind_no_header_names_is_given_to_no_column_when_several_are_left():
    table = _table(PROJECTS.replace("　面积单位：平方米", "　人数单位：人"))
    assert (_unit(table, "投资"), _unit(table, "面积")) == ("", "")


def test_unit_pairs_read_only_a_line_made_of_them():
    assert _unit_pairs("金额单位：万元面积单位：平方米") == [("金额", "万元"), ("面积", "平方米")]
    assert _unit_pairs("经费单位：亿元　人数单位：万人") == [("经费", "亿元"), ("人数", "万人")]
    assert _unit_pairs("单位：万元") == []
    assert _unit_pairs("注：金额单位为万元") == []


def test_a_two_row_header_keeps_the_upper_row_s_unit():
    assert unit_of("收费（元/生·学期） 初中") == "元/生·学期"
    assert unit_of("经费（万元） 省级") == "万元"


def test_several_measures_of_several_things_are_asked_each():
    assert asks("甲乡和乙镇的学校数、教师数各是多少") == [
        "甲乡的学校数是多少", "甲乡的教师数是多少", "乙镇的学校数是多少", "乙镇的教师数是多少"]
    assert asks("城区和农村的招生数、毕业生数分别是多少") == [
        "城区的招生数是多少", "城区的毕业生数是多少", "农村的招生数是多少", "农村的毕业生数是多少"]
    assert asks("学校的数量和面积各是多少") == ["学校的数量是多少", "学校的面积是多少"]


def test_asks_counted_in_buildings_or_vehicles_are_asks():
    assert asks("危房有多少栋？拆除了几栋？") == ["危房有多少栋", "拆除了几栋"]
    assert asks("校车有几辆，覆盖几个乡镇") == ["校车有几辆", "覆盖几个乡镇"]


def test_a_grade_named_by_a_letter_is_one_term():
    assert "B级" in key_terms("B级校舍有多少栋")
    assert "A类" in key_terms("评为A类的学校有几所")


def test_a_count_asked_by_its_name_is_stated_by_the_bare_noun_and_a_number():
    assert has_term("招生数", "初中招生3650人")
    assert has_term("毕业生数", "小学毕业生3710人")
    assert not has_term("招生数", "做好招生工作")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "kinds-crossed", {
        "lanxi-projects": PROJECTS, "yantang-funds.md": FUNDS.encode(), "qiwu-fees.html": FEES.encode(),
        "yuze-statistics": STATISTICS})


def test_a_cell_under_a_spanning_header_asked_by_its_lower_part(service: Service):
    answer = service.ask("栖梧区初中看护服务一学期收费多少？")
    assert not answer.abstained, answer.answer
    assert "560元" in answer.answer and "480" not in answer.answer.split("。")[0]
    other = service.ask("栖梧区小学兴趣拓展收费标准是多少？")
    assert "300元" in other.answer and "360" not in other.answer.split("。")[0]


def test_a_sum_qualified_by_a_word_no_header_has_is_the_prose_s(service: Service):
    done = service.ask("岚溪县学校建设项目累计完成投资多少？")
    assert "1320万元" in done.answer and "2000" not in done.answer.split("。")[0]
    whole = service.ask("岚溪县5个项目投资加起来一共多少？")
    assert "2000" in whole.answer.split("。")[0]
    arrived = service.ask("雁塘县已到位资金一共多少？")
    assert "610万元" in arrived.answer and "750" not in arrived.answer


def test_a_cell_of_a_row_named_takes_the_unit_of_its_kind(service: Service):
    answer = service.ask("岚溪县东关中学的项目投资多少？")
    assert "600万元" in answer.answer


def test_several_counts_of_two_stages_each_from_the_prose(service: Service):
    answer = service.ask("榆泽县小学和初中的招生数、毕业生数各是多少？")
    head = answer.answer.split("。")[0]
    for figure in ("3870人", "3710人", "3650人", "3480人"):
        assert figure in head, answer.answer
    assert "41所" not in head and "23600" not in head
