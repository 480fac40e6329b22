"""Which rows and columns of a table a question asks, on tables written here: a statistic column
(差异系数) beside amounts whose unit the row's label names, an indicator whose name opens with a
superlative (最大班额) that is not a ranking, a category value the question names only in part
(学前教育 for the office 学前教育科), two-character row labels listed together (小学、初中、普通高中),
rows ranked by the gap between two of their columns, and — through a real Service — the rows of one
county in a city's project table, two places each asked its own thing before `哪个高`, and
`哪些文件提到了X` listing only the documents whose passage names X's most specific word beside another
of its words (either side of an unquoted `A或B` or `A（B）` being enough), and a gap between places
not computed between one place's target and another's value achieved."""
from __future__ import annotations

import pytest

from figures.tablequery import run
from ingest.models import Table
from ingest.normalize import normalize
from ingest.structure import parse_sections
from ingest.tables import find_tables
from server.answer.crossdoc import place_asks
from server.answer.tables import parse, without_named_superlatives
from server.query import Query
from tests.written import service_over

# a county self-evaluation: indicators grouped by stage, each label stating its unit, a 差异系数 column
SELF_EVALUATION = """某县义务教育优质均衡发展自评报告
一、资源配置
全县小学平均班额36.1人、最大班额44人，初中最大班额49人。
表1 资源配置指标情况
| 学段 | 指标 | 国家标准 | 县域平均值 | 差异系数 |
| --- | --- | --- | --- | --- |
| 小学 | 每百名学生拥有高于规定学历教师数（人） | ≥4.2 | 6.10 | 0.21 |
| 小学 | 生均教学及辅助用房面积（平方米） | ≥4.5 | 5.20 | 0.44 |
| 小学 | 生均教学仪器设备值（元） | ≥2000 | 3100 | 0.30 |
| 初中 | 每百名学生拥有高于规定学历教师数（人） | ≥5.3 | 7.40 | 0.52 |
| 初中 | 生均教学及辅助用房面积（平方米） | ≥5.8 | 6.60 | 0.25 |
二、下一步工作
继续改善办学条件。
"""

# a district work plan's appendix: tasks with the office leading each (offices repeat down the column)
WORK_PLAN = """某区2025年教育工作要点
一、学前教育
学前三年毛入园率保持在97%以上。
附件
| 序号 | 重点任务 | 牵头科室 | 完成时限 |
| --- | --- | --- | --- |
| 1 | 新建幼儿园2所 | 学前教育科 | 2025年8月 |
| 2 | 公开招聘教师300名 | 人事科 | 2025年8月 |
| 3 | 教师交流轮岗改革 | 人事科 | 2025年9月 |
"""

# a district teacher plan: stages with their posts and staff
STAFFING = """某区教师队伍建设实施意见
一、现状
全区各学段教职工情况如下。
| 学段 | 在校生数（人） | 核定编制（名） | 实有教职工（名） |
| --- | --- | --- | --- |
| 小学 | 40200 | 2300 | 2210 |
| 初中 | 20100 | 1500 | 1480 |
| 普通高中 | 9000 | 800 | 750 |
二、措施
优化编制配置。
"""


def _table(text: str, doc_id: str = "doc") -> Table:
    return find_tables(doc_id, text, parse_sections(text))[0]


def _ask(table: Table, text: str, q: str):
    query = parse(table, without_named_superlatives(normalize(q, drop_space=True), [text]))
    return query, (run(table, query) if query else None)


def test_a_statistic_column_is_ranked_without_the_unit_its_rows_labels_name():
    table = _table(SELF_EVALUATION)
    query, result = _ask(table, SELF_EVALUATION, "小学各项资源配置指标里，哪一项的差异系数最高？")
    assert query is not None and query.aggregate == "max"
    assert result is not None and result.computation is not None and result.computation.value == 0.44
    assert "生均教学及辅助用房面积" in result.cells[0].label


def test_amounts_of_rows_in_different_units_are_still_not_ranked_together():
    from figures.tablequery import UnlikeUnits

    table = _table(SELF_EVALUATION)
    query = parse(table, normalize("小学哪项指标的县域平均值最高？", drop_space=True))
    assert query is not None
    with pytest.raises(UnlikeUnits):
        run(table, query)


def test_a_superlative_opening_an_indicator_the_document_names_is_not_a_ranking():
    table = _table(SELF_EVALUATION)
    query, _ = _ask(table, SELF_EVALUATION, "小学和初中的最大班额有没有超过国家规定？")
    assert query is None
    # without the document writing it so, `最大` still ranks
    assert "最大" in without_named_superlatives("哪个项目占地面积最大?", [SELF_EVALUATION])


def test_a_category_value_named_without_its_head_does_not_choose_rows():
    table = _table(WORK_PLAN)
    assert _ask(table, WORK_PLAN, "某区2025年学前教育要达到哪些指标？")[0] is None
    query, result = _ask(table, WORK_PLAN, "人事科牵头的任务有哪些？")
    assert query is not None and result is not None and len(result.rows) == 2


def test_two_character_row_labels_listed_together_choose_their_rows():
    table = _table(STAFFING)
    query, result = _ask(table, STAFFING, "小学、初中、普通高中三个学段的核定编制合计多少名？实有教职工合计多少？")
    assert query is not None and query.aggregate == "sum" and set(query.labels) == {"小学", "初中", "普通高中"}
    assert result is not None and result.computation is not None
    assert [result.computation.value, *(c.value for c in result.others)] == [4600, 4440]
    # a two-character label alone is not read as a row's name (it is as often a word of another noun)
    alone = parse(table, normalize("小学在校生数和核定编制合计多少", drop_space=True))
    assert alone is None or alone.labels == []


def test_rows_ranked_by_the_gap_between_two_columns_whichever_is_larger():
    table = _table(STAFFING)
    query, result = _ask(table, STAFFING, "哪个学段实有教职工和核定编制差得最多？差多少？")
    assert query is not None and query.gap and query.aggregate == "max"
    assert result is not None and result.computation is not None
    assert result.computation.value == 90 and result.cells[0].label == "小学"  # 2300 − 2210; 初中 20, 高中 50


def test_each_place_asks_its_own_words_before_a_ranking_clause():
    q = "会昌县实际的教师交流轮岗比例，和宁乡市2025年定的交流轮岗比例目标比"
    asks = place_asks(Query(q, normalize(q), regions=["会昌县", "宁乡市"]))
    assert asks == {"会昌县": "实际的教师交流轮岗比例是多少", "宁乡市": "2025年定的交流轮岗比例目标是多少"}


# a city's preschool plan whose project table names each project by its county first
CITY_PLAN = """赣州市学前教育普及普惠行动计划（2023—2025年）
一、重点任务
全市新建、改扩建公办幼儿园4所，总投资6100万元。项目安排如下。
| 序号 | 项目 | 新增学位（个） | 投资（万元） | 完成年份 |
| --- | --- | --- | --- | --- |
| 1 | 章贡区水东幼儿园新建项目 | 360 | 2100 | 2023 |
| 2 | 南康区唐江镇中心幼儿园改扩建项目 | 180 | 900 | 2024 |
| 3 | 章贡区沙石幼儿园改扩建项目 | 90 | 500 | 2024 |
| 4 | 赣县区梅林幼儿园新建项目 | 450 | 2600 | 2025 |
"""

# two places' documents: one states what was achieved, the other a target
ACHIEVED = """会昌县义务教育优质均衡发展自评报告
一、教师交流
2023—2024学年，全县符合交流轮岗条件的教师1000人，实际交流轮岗115人，交流轮岗比例为11.5%。
二、学生发展
全县推行中小学春秋假，组织学生走出校园参与实践。
"""
TARGET = """宁乡市2025年教育工作要点
一、教师队伍
2025年，交流轮岗教师占符合条件教师的比例不低于10%。
二、学生发展
保障中小学生每天综合体育活动时间不少于2小时。
"""


# two work reports naming one policy each by only one of its two names (免费 / 免保教费)
FREE_ONLY = """醴陵市2025年政府工作报告
一、民生实事
婚育补贴、托育服务、学前教育免费等政策落地实施，惠及幼儿3200名。
二、城市建设
完成老旧小区改造12个。
"""
FEE_ONLY = """攸县2025年政府工作报告
一、社会事业
实施学前教育阶段免保教费政策，新建公办幼儿园2所。
二、产业发展
新增规模以上工业企业15家。
"""
# a report naming one of the words elsewhere (免费 of free bus rides), never the policy asked
ELSEWHERE = """渌口区2025年政府工作报告
一、民生实事
老年人、残疾人乘坐城市公交一律免费；学前教育普惠率达到90%。
二、社会保障
落实各项惠民政策，发放救助资金800万元。
"""
NEITHER = """茶陵县2025年教育工作要点
一、学前教育
推进学前教育普及普惠，学前教育毛入园率达到92%，学前教育专任教师全部持证上岗。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_over(tmp_path_factory, "table-rows-asked", {
        "ganzhou-preschool-plan-2023": CITY_PLAN, "huichang-self-evaluation-2024": ACHIEVED,
        "ningxiang-work-plan-2025": TARGET, "liling-work-report-2025": FREE_ONLY,
        "youxian-work-report-2025": FEE_ONLY, "chaling-work-plan-2025": NEITHER,
        "lukou-work-report-2025": ELSEWHERE})


def test_service_the_rows_of_one_county_in_a_city_project_table_are_summed(service):
    r = service.ask("赣州项目表里章贡区的幼儿园项目一共投资多少万元？")
    assert not r.abstained, r.answer
    assert (r.figures[0].value, r.figures[0].unit) == (2600, "万元"), r.answer
    assert "水东幼儿园" in r.answer and "沙石幼儿园" in r.answer and "梅林" not in r.answer


def test_service_two_places_each_asked_their_own_thing_then_ranked(service):
    r = service.ask("会昌县实际的教师交流轮岗比例，和宁乡市2025年定的交流轮岗比例目标比，哪个高？")
    assert not r.abstained, r.answer
    values = sorted(f.value for f in r.figures)
    assert 11.5 in values and 10 in values, r.answer
    assert "会昌县更高" in r.answer and "未找到" not in r.answer


def test_service_which_documents_mention_a_thing_lists_only_those_naming_it(service):
    r = service.ask("哪些文件提到了中小学春秋假？")
    assert not r.abstained, r.answer
    assert "会昌县" in r.answer and "春秋假" in r.answer
    assert "\n宁乡市" not in r.answer, r.answer  # it names 中小学 only, never the 春秋假


def test_service_which_documents_mention_one_of_two_names_lists_a_document_stating_either(service):
    # `A或B`: a document naming only one of the alternatives mentions it (reports naming one policy
    # by either of its names)
    r = service.ask("哪些文件提到了学前教育免费或免保教费政策？")
    assert not r.abstained, r.answer
    assert "\n醴陵市" in r.answer and "\n攸县" in r.answer, r.answer
    assert "\n宁乡市" not in r.answer and "\n茶陵县" not in r.answer, r.answer


def test_words_either_side_of_an_unquoted_or_or_a_bracket_are_one_alternative(service):
    # `X免费或免Y` and `X（Y）`: a passage stating either side holds the term (lists of policies named
    # two ways, an official name with its short form in brackets)
    assert "免费|保教费" in service.analyse("哪些文件提到了学前教育免费或免保教费政策？").terms
    assert "普通高中|县中" in service.analyse("哪些文件提到了振兴县域普通高中（县中振兴）？").terms
    assert not any("|" in t for t in service.analyse("或许到2025年学位有多少？").terms)


def test_service_a_name_of_common_words_is_mentioned_only_where_its_words_stand_together(service):
    # every word of the name is common (学前教育, 免费, 政策): one of them in another clause's business
    # is no mention (work reports listing many free services)
    r = service.ask("哪些文件提到了学前教育免费政策？")
    assert not r.abstained, r.answer
    assert "\n醴陵市" in r.answer, r.answer
    assert "\n渌口区" not in r.answer, r.answer


def test_service_a_gap_between_a_target_and_a_value_achieved_is_not_computed(service):
    # one place's plan states a floor (不低于), the other's report what was achieved: the gap of the two
    # compares unlike things (plans beside self-evaluation reports); the answer says which is a target
    r = service.ask("会昌县和宁乡市的交流轮岗比例相差多少？")
    assert not r.abstained, r.answer
    assert not any(f.formula for f in r.figures), r.answer
    assert "宁乡市只给出目标" in r.answer, r.answer


def test_a_pages_info_block_of_label_value_pairs_is_no_data_table():
    # government web pages open with 索引号/发布机构/文号/发布日期 pairs set as a table: fields, not data
    text = """| 索引号： | A00-2024-0007 | 发布机构： | 某县教育局 |
| --- | --- | --- | --- |
| 文号： | 某教发〔2024〕3号 | 发布日期： | 2024-03-01 |

某县2024年教育工作要点
| 学段 | 学校数（所） | 在校生（人） |
| --- | --- | --- |
| 小学 | 12 | 8000 |
| 初中 | 5 | 4100 |
"""
    tables = find_tables("page", text, parse_sections(text))
    assert [t.columns for t in tables] == [["学段", "学校数（所）", "在校生（人）"]]
