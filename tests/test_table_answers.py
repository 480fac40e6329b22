"""Answers over tables and across documents, on documents written here: a table answer cites exactly
the rows it used (the winning row of a max/min, the matching rows of a filter or count, every summed
row of a sum); a row holding a required value beside an achieved one (标准值 | 实际值, 年度目标 | 完成值)
answers with the kind asked; a count of a table's rows answers only a question about the table; a
comparison across places says which is higher from the places' own figures. The tables come in the
layouts the loader meets: a web page's <table>, Markdown rows, a Word table and one cell per line."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

import docx
import pytest

from figures.tablequery import TableQuery, of_asked_kind, run, value_kind
from ingest.load import load_file
from ingest.models import Table
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.crossdoc import _Lines, ranking, targets_beside_achieved, without_ranking
from server.answer.tables import parse
from server.query import analyse
from server.schemas import Figure
from server.service import Service
from tests.written import docx_table, service_over

# a self-evaluation report published as a web page: the national standard beside the county's value
EVALUATION = """<html><head><title>某县义务教育优质均衡发展自评报告</title></head><body>
<h1>某县义务教育优质均衡发展自评报告</h1>
<h2>一、资源配置指标达成情况</h2>
<p>全县小学资源配置各项指标的标准值与实际值见表1。</p>
<table>
<tr><th>指标</th><th>标准值</th><th>实际值</th><th>达标情况</th></tr>
<tr><td>生均教学及辅助用房面积（㎡）</td><td>4.5</td><td>5.2</td><td>达标</td></tr>
<tr><td>生均体育运动场馆面积（㎡）</td><td>7.5</td><td>6.9</td><td>未达标</td></tr>
<tr><td>生均教学仪器设备值（元）</td><td>2000</td><td>2650</td><td>达标</td></tr>
<tr><td>每百名学生拥有网络多媒体教室数（间）</td><td>2.3</td><td>2.1</td><td>未达标</td></tr>
</table>
<h2>二、下一步工作</h2>
<p>补齐体育运动场馆短板。</p>
</body></html>
"""

# a year-end summary in Markdown: each indicator's annual target beside what was done
SUMMARY = """# 某区教育局年度工作总结

## 一、年度目标完成情况

全区教育工作年度目标任务全面完成，各项指标的年度目标与完成情况如下表。

| 指标 | 年度目标 | 完成值 |
| --- | --- | --- |
| 新增公办学位（个） | 3000 | 3420 |
| 教师培训（人次） | 8000 | 9150 |
| 教育经费投入（亿元） | 12 | 12.8 |

## 二、下一步工作

继续扩大公办学位供给。
"""

# a county's schools, one cell per line under a 表N caption; the prose counts all its schools, the
# table lists some of them
SCHOOLS = """某县中小学基本情况通报
一、学校规模
全县共有义务教育学校12所，其中小学8所、初中4所。部分学校基本情况见表2。
表2 部分义务教育学校基本情况
学校名称
学段
在校生（人）
班级数（个）
城东小学
小学
2150
45
实验小学
小学
1860
40
城关中学
初中
1620
34
第二中学
初中
980
22
河口小学
小学
420
12
二、存在问题
部分学校专任教师结构性短缺。
"""


def _teachers_docx(place: str) -> bytes:
    """A Word report whose table gives each school stage's teachers."""
    document = docx.Document()
    document.add_heading(f"{place}教师队伍建设情况报告", 0)
    document.add_heading("一、教师队伍总体情况", 1)
    document.add_paragraph("全区各学段专任教师及学历结构见下表。")
    rows = [("学段", "专任教师（人）", "研究生学历（人）"), ("学前教育", "860", "12"), ("小学", "2340", "96"),
            ("初中", "1520", "88"), ("普通高中", "930", "154")]
    docx_table(document, rows)
    document.add_heading("二、下一步打算", 1)
    document.add_paragraph("持续提升教师学历层次。")
    out = BytesIO()
    document.save(out)
    return out.getvalue()


# schools' standard and actual values under one indicator's header over two rows (a web table's colspan)
CONDITIONS = """<html><body><h1>某县学校办学条件情况</h1><h2>一、办学条件</h2><p>各校办学条件见下表。</p>
<table>
<tr><th rowspan="2">学校</th><th colspan="2">生均校舍面积（㎡）</th><th colspan="2">生均图书（册）</th></tr>
<tr><th>标准</th><th>实际</th><th>标准</th><th>实际</th></tr>
<tr><td>城东小学</td><td>6.0</td><td>7.2</td><td>25</td><td>31</td></tr>
<tr><td>河口小学</td><td>6.0</td><td>5.1</td><td>25</td><td>22</td></tr>
<tr><td>西关小学</td><td>6.0</td><td>6.4</td><td>25</td><td>27</td></tr>
</table><h2>二、下一步工作</h2><p>改善薄弱学校办学条件。</p></body></html>
"""


# two counties' reports stating the same indicator, each with its current value and a later target
NORTH = """甲县教育事业发展情况
一、学前教育
2022年，全县学前三年毛入园率达到91.5%，普惠性幼儿园覆盖率达到86%。
到2025年，全县学前三年毛入园率将达到95%。
二、教师队伍
全县专任教师3200人，其中县级以上骨干教师410人。
"""
SOUTH = """乙县教育工作报告
一、学前教育
2022年，全县学前三年毛入园率为89.3%，普惠性幼儿园覆盖率为82.4%。
二、教师队伍
全县专任教师2750人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "table-answers", {
        "pucheng-self-evaluation.html": EVALUATION.replace("某县", "浦城县").encode(),
        "hexi-summary.md": SUMMARY.replace("某区", "河西区").encode(),
        "langao-schools": SCHOOLS.replace("某县", "岚皋县"),
        "nanhu-teachers.docx": _teachers_docx("南湖区"),
        "lantian-conditions.html": CONDITIONS.replace("某县", "蓝田县").encode(),
        "linze-education": NORTH.replace("甲县", "临泽县"),
        "yongxiu-education": SOUTH.replace("乙县", "永修县"),
    })


def _table(text: str) -> Table:
    return find_tables("t", text, parse_sections(text))[0]


# --- the kind of value asked --------------------------------------------------------------------

def test_value_kind_reads_the_kind_a_header_or_question_names() -> None:
    assert value_kind("实际值") == value_kind("完成值") == value_kind("年度目标完成了多少") == "achieved"
    assert value_kind("标准值") == value_kind("年度目标") == value_kind("国家要求是多少") == "required"
    assert value_kind("2025年") is None


def test_of_asked_kind_keeps_the_columns_of_the_kind_asked() -> None:
    columns = ["标准值", "实际值"]
    assert of_asked_kind(columns, "生均体育运动场馆面积实际是多少") == ["实际值"]
    assert of_asked_kind(columns, "生均体育运动场馆面积的标准值是多少") == ["标准值"]
    assert of_asked_kind(columns, "生均体育运动场馆面积是多少") == ["实际值"]  # what is, not what is required
    assert of_asked_kind(columns, "生均体育运动场馆面积达标了吗") == columns  # a pass/fail weighs both
    assert of_asked_kind(["2020年", "2025年"], "2025年是多少") == ["2020年", "2025年"]  # not of two kinds


@pytest.mark.parametrize(("question", "value", "unit"), [
    ("浦城县生均体育运动场馆面积实际是多少？", 6.9, "m2"),
    ("浦城县生均教学仪器设备值的标准值是多少？", 2000, "元"),
    ("河西区新增公办学位实际完成了多少个？", 3420, "个"),
    ("河西区教育经费投入的年度目标是多少？", 12, "亿元"),
    ("河西区教师培训多少人次？", 9150, "人次"),  # no kind named: what was done
])
def test_a_row_of_required_and_achieved_values_answers_the_kind_asked(service: Service, question: str,
                                                                     value: float, unit: str) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert [(f.value, f.unit) for f in response.figures] == [(value, unit)], response.answer
    assert len(response.citations) == 1


def test_a_header_over_standard_and_actual_measures_the_kind_asked(tmp_path: Path) -> None:
    path = tmp_path / "conditions.html"
    path.write_text(CONDITIONS, encoding="utf-8")
    text = load_file(path).text
    table = find_tables("t", text, parse_sections(text))[0]
    for question, column, school in [("生均校舍面积最大的是哪所学校", "实际", "城东小学"),
                                     ("生均图书实际最少的学校是哪所", "实际", "河口小学"),
                                     ("生均图书的标准最高的是哪所学校", "标准", "城东小学")]:
        query = parse(table, question)
        assert query is not None and len(query.measure) == 1 and query.measure[0].endswith(column), question
        assert run(table, query).cells[0].own_label == school


def test_a_row_answers_the_kind_asked_under_a_two_row_header(service: Service) -> None:
    response = service.ask("蓝田县河口小学生均图书实际是多少？")
    assert [(f.value, f.unit) for f in response.figures] == [(22, "册")], response.answer


def test_rows_tied_at_the_top_are_all_named_and_cited(service: Service) -> None:
    response = service.ask("蓝田县表中生均校舍面积标准最高的是哪所学校？")
    assert not response.abstained, response.answer
    assert response.answer.startswith("城东小学、河口小学、西关小学并列"), response.answer
    assert len(response.citations) == 3


# --- a table answer cites the rows it used ------------------------------------------------------

def test_the_runner_up_follows_the_winner() -> None:
    table = _table(SCHOOLS)
    result = run(table, TableQuery("max", measure=["在校生"]))
    assert [c.own_label for c in result.cells[:2]] == ["城东小学", "实验小学"]
    result = run(table, TableQuery("min", measure=["班级数"]))
    assert [c.own_label for c in result.cells[:2]] == ["河口小学", "第二中学"]


@pytest.mark.parametrize(("question", "winner", "value"), [
    ("岚皋县表2中在校生最多的是哪所学校？有多少人？", "城东小学", 2150),
    ("岚皋县表2中班级数最少的是哪所学校？", "河口小学", 12),
    ("南湖区哪个学段的研究生学历教师最多？", "普通高中", 154),
])
def test_a_maximum_cites_its_winning_row_only(service: Service, question: str, winner: str, value: float) -> None:
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert response.answer.startswith(winner), response.answer
    assert len(response.citations) == 1 and winner in response.citations[0].text
    assert response.figures[0].value == value
    assert "其次为" in response.answer  # the runner-up named, for scale
    assert len(response.figures[0].inputs) > 1  # every cell ranked stays an input of the figure


def test_a_filtered_count_cites_the_matching_rows(service: Service) -> None:
    response = service.ask("岚皋县表2所列学校中初中有哪些？有几所？")
    assert not response.abstained, response.answer
    assert response.figures[0].value == 2
    assert sorted(c.text.split("\n")[0] for c in response.citations) == ["城关中学", "第二中学"]


def test_a_sum_cites_every_summed_row(service: Service) -> None:
    response = service.ask("南湖区各学段专任教师合计多少人？")
    assert not response.abstained, response.answer
    assert response.figures[0].value == 860 + 2340 + 1520 + 930
    assert len(response.citations) == 4


def test_a_count_of_rows_answers_only_a_question_about_the_table(service: Service) -> None:
    """The table lists some of the schools: `全县共有小学多少所` is not its 3 rows (the prose says 8)."""
    response = service.ask("岚皋县全县共有小学多少所？")
    assert "count(" not in response.answer and not any(f.value == 3 for f in response.figures), response.answer
    response = service.ask("岚皋县表2中小学有几所？")
    assert not response.abstained, response.answer
    assert response.figures[0].value == 3 and "count(" in response.answer
    assert len(response.citations) == 3


def test_the_parser_reads_more_wordings_of_a_table_question() -> None:
    schools, summary = _table(SCHOOLS), _table(SUMMARY)
    # a count column named by the thing it counts, averaged over the rows a value chooses
    query = parse(schools, "表2中的小学平均每所有多少个班级")
    assert query is not None and query.aggregate == "mean" and query.measure == ["班级数"]
    assert round(run(schools, query).computation.value, 2) == round((45 + 40 + 12) / 3, 2)
    # an average of a column it does not name is no count of rows
    assert parse(schools, "表2中的小学平均每所有多少个教室") is None
    # two columns compared with 了 between (`完成值超过了年度目标`)
    query = parse(summary, "有几项指标的完成值超过了年度目标")
    assert query is not None and query.aggregate == "count" and len(run(summary, query).cells) == 3


def test_the_ranking_across_places_is_read_in_any_word_order() -> None:
    def lines(*figures: tuple[str, float]) -> _Lines:
        placed = [(place, [Figure(label=place, value=v, unit="%", citation_ids=[i + 1])])
                  for i, (place, v) in enumerate(figures)]
        return _Lines([], [], [], set(), [], placed)

    two = lines(("甲县", 97.8), ("乙县", 98.6))
    assert ranking("甲县和乙县哪个县的九年义务教育巩固率更高", two)[0] == "乙县更高：98.6 − 97.8 = 0.8 个百分点"
    assert ranking("甲县和乙县的巩固率哪个低", two)[0] == "甲县更低：98.6 − 97.8 = 0.8 个百分点"
    assert ranking("甲县和乙县的巩固率分别是多少", two) is None
    three = lines(("甲县", 97.8), ("乙县", 98.6), ("丙县", 96.0))
    assert ranking("三县中哪个县最低", three)[0].startswith("丙县最低")


def test_a_floor_set_is_a_target_but_a_value_of_so_much_or_more_is_achieved() -> None:
    # 以上 bounds a value either way: a report's `保持在95%以上` is achieved; a plan's floor (不低于) is set
    def lines(*said: tuple[str, str]) -> _Lines:
        placed = [(place, [Figure(label=place, value=95, unit="%", citation_ids=[i + 1])])
                  for i, (place, _) in enumerate(said)]
        return _Lines([f"{place}：{text}" for place, text in said], [], [], set(), [], placed)

    achieved = lines(("甲县", "95%以上。依据甲县文件：“巩固率保持在95%以上”[1]"),
                     ("乙县", "96%。依据乙县文件：“巩固率96%”[2]"))
    assert targets_beside_achieved("甲县和乙县的巩固率哪个更高", achieved) == ""
    floor = lines(("甲县", "95%。依据甲县文件：“巩固率不低于95%”[1]"), ("乙县", "96%。依据乙县文件：“巩固率96%”[2]"))
    assert targets_beside_achieved("甲县和乙县的巩固率哪个更高", floor).startswith("注：甲县只给出目标")
    # a question of so much or more asks no target: the note still tells a floor from a value
    assert targets_beside_achieved("巩固率都在90%以上的甲县和乙县哪个更高", floor).startswith("注：甲县只给出目标")


# --- across documents ---------------------------------------------------------------------------

def test_which_is_higher_is_answered_from_each_places_figure(service: Service) -> None:
    response = service.ask("临泽县和永修县2022年学前三年毛入园率各是多少？哪个更高？")
    assert not response.abstained, response.answer
    assert {f.value for f in response.figures} >= {91.5, 89.3}
    assert "临泽县更高：91.5 − 89.3 = 2.2 个百分点" in response.answer
    response = service.ask("临泽县和永修县各有多少专任教师？哪个少？")
    assert response.answer.splitlines()[-1] == "永修县更少：3200 − 2750 = 450 人", response.answer


def test_a_ranking_clause_of_its_own_does_not_change_what_each_place_is_asked(service: Service) -> None:
    asked = analyse("临泽县和永修县的城乡居民收入比分别是多少？哪个最小？", service.catalog)
    each = without_ranking(asked)
    assert "最小" in asked.terms and "最小" not in each.terms and "哪个" not in each.norm + each.search_text
    assert each.regions == asked.regions and each.terms == [t for t in asked.terms if t != "最小"]
    whole = analyse("临泽县和永修县哪个县的普惠性幼儿园覆盖率最低？", service.catalog)
    assert without_ranking(whole) is whole  # the ranking is the whole question: nothing to take out
    ranked = service.ask("临泽县和永修县的普惠性幼儿园覆盖率分别是多少？哪个最低？")
    assert [f.value for f in ranked.figures][:2] == [86, 82.4]
    assert ranked.answer.splitlines()[-1] == "永修县更低：86.0 − 82.4 = 3.6 个百分点", ranked.answer


def test_no_ranking_when_a_place_lacks_the_figure(service: Service) -> None:
    response = service.ask("临泽县和永修县的县级以上骨干教师各有多少人？哪个更多？")
    assert not response.abstained, response.answer
    assert "410" in response.answer
    assert "永修县：文件中未找到" in response.answer
    assert "无法比较：永修县的文件中没有找到写明的所问之数" in response.answer, response.answer
    assert "更高" not in response.answer and "更多：" not in response.answer
