"""The frame a question sets around what it asks, held against the figure before it is stated: a base
period asked (上年同期) is not answered by the present figure compared with it; a whole (全县一共) not by
a sample table's rows summed; a count or an area not by a coefficient's cell; a kind of area asked (农村)
not by a row of all areas; a change between two years not by one year's level; a gap to a bar not by the
bar; two places compared not by one place's change over time; a ranking not by one row. Documents
written here (invented places, prose and table shapes), real ingest, Service.ask."""
from __future__ import annotations

import pytest

from server.answer.askedframe import asked_base
from server.answer.draft import Claim, Draft
from server.answer.verify import LevelNotChange, mismatch
from server.answer.whether import ranking_unsaid
from server.query import analyse
from server.regions import RegionCatalog
from server.retrieve import Hit
from server.schemas import Citation
from server.service import Service
from tests.written import service_over

# a term's circular in prose: this term's figures, each compared with the same period a year before
CIRCULAR = """槿坞县2026年春季学期午休托管工作通报
槿坞县教育局
2026年4月8日
一、总体情况
午休托管覆盖学生41200名，参与率为88.2%，较去年同期上升2.1个百分点。
二、安全检查
开学以来对各校宿舍开展联合检查，共排查隐患41处，较上年同期减少9处。
三、职业教育
受生源变化影响，县职教中心中职在校生从3100人降到2870人。
"""

# a district's quarterly inspection table: the base period in a column of its own
INSPECTION = """苓渚区2026年一季度学校食品安全抽检情况
苓渚区市场监管局 苓渚区教育局
2026年4月2日
表1 学校食品抽检情况
| 项目 | 本期 | 上年同期 |
| 抽检批次 | 120 | 96 |
| 不合格批次 | 3 | 5 |
全区有中职学校2所，中职在校生3900人。
"""

# a self-evaluation: the whole county in prose; a sample of schools, a coefficient table, yearly rows
SELF_EVALUATION = """楝川县义务教育优质均衡县创建自评报告
楝川县教育督导委员会办公室
2025年11月20日
一、基本情况
义务教育阶段学生总数21560人（小学14230人，初中7330人）。
二、资源配置
表2 校际差异系数
| 指标 | 小学 | 初中 |
| 生均教学及辅助用房面积 | 0.412 | 0.365 |
| 每百名学生拥有县级以上骨干教师数 | 0.388 | 0.301 |
表3 抽查学校办学条件
| 学校 | 在校生(人) | 生均教学及辅助用房面积(平方米) |
| 楝川县桐溪小学 | 1320 | 7.6 |
| 楝川县梓岭小学 | 860 | 8.9 |
| 楝川县第三中学 | 1750 | 11.2 |
三、特殊教育
表4 随班就读学生情况
| 年份 | 随班就读学生(人) |
| 2022年 | 318 |
| 2023年 | 341 |
| 2024年 | 375 |
四、教师交流
2025年中小学音体美专职教师配备率为82.5%。
"""

# a director's speech: this year's bar, set apart from the figure reached
SPEECH = """楝川县2026年教育大会局长讲话
县教育局局长
2026年2月26日
今年要加快补齐短板，音体美专职教师配备率不低于87%。
"""

# a recruitment notice: posts by stage and subject, no kind of area named
RECRUITMENT = """蘅湾区2026年中小学教师招聘简章
蘅湾区教育局
2026年3月1日
一、招聘岗位
| 学段 | 学科 | 人数 | 学历要求 |
| 小学 | 语文 | 12 | 本科及以上 |
| 初中 | 数学 | 7 | 本科及以上 |
二、报名时间
2026年3月10日至3月16日。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-frame", {
        "jinwu-circular-2026": CIRCULAR, "lingzhu-inspection-2026": INSPECTION,
        "lianchuan-self-evaluation-2025": SELF_EVALUATION, "lianchuan-speech-2026": SPEECH,
        "hengwan-recruitment-2026": RECRUITMENT})


def values(response) -> set[float]:
    return {round(f.value, 3) for f in response.figures}


# --- a base period asked ------------------------------------------------------------------------

@pytest.mark.parametrize("question, base", [
    ("上年同期收到了几件来信？", "上年同期"),
    ("去年同期的参与率是多少", "去年同期"),
    ("上学期有多少人参加", ""),  # a term dated by the document, not a comparison's base
    ("较上年同期少了几件？", ""),  # a change against the base, not the base
    ("与去年同期相比增加了多少", ""),
    ("今年一季度抽检了多少批次？", ""),
])
def test_the_base_period_a_question_asks(question, base):
    assert asked_base(question) == base


@pytest.mark.parametrize("question, present", [
    ("槿坞县去年同期午休托管参与率是多少？", 88.2),  # a sentence: the present rate, compared with the base
    ("槿坞县上年同期宿舍检查排查隐患多少处？", 41),
    ("苓渚区上年同期学校食品不合格批次有几批？", 3),  # a table: the present column's cell
])
def test_the_present_figure_does_not_answer_for_the_base_period(service, question, present):
    r = service.ask(question)
    assert present not in values(r), r.answer


def test_a_figure_dated_by_the_base_period_answers_it(service):
    r = service.ask("苓渚区上年同期学校食品抽检了多少批次？")
    assert not r.abstained and 96 in values(r), r.answer
    r = service.ask("槿坞县本学期午休托管参与率是多少？")
    assert not r.abstained and 88.2 in values(r), r.answer


# --- a whole asked, a sample's rows summed ------------------------------------------------------

def test_a_sample_table_summed_is_not_the_whole(service):
    r = service.ask("楝川县义务教育阶段总共多少名学生？")
    assert 3930 not in values(r), r.answer  # 1320 + 860 + 1750: the schools inspected, not the county
    assert r.abstained or 21560 in values(r), r.answer


def test_the_sample_asked_by_its_name_is_summed(service):
    r = service.ask("楝川县抽查学校的在校生合起来共有多少人？")
    assert not r.abstained and 3930 in values(r), r.answer


def test_a_ranking_over_the_sample_table_is_no_whole(service):
    r = service.ask("楝川县表3中哪一所学校的在校生人数最多？")
    assert not r.abstained and "第三中学" in r.answer, r.answer


# --- a coefficient for a count or an area -------------------------------------------------------

@pytest.mark.parametrize("question, coefficient", [
    ("楝川县小学一共有几名县级以上骨干教师？", 0.388),
    ("楝川县小学的生均教学及辅助用房面积是否超过5.2平方米？", 0.412),
])
def test_a_coefficient_cell_is_no_count_nor_area(service, question, coefficient):
    r = service.ask(question)
    assert coefficient not in values(r), r.answer


def test_the_coefficient_asked_as_one_answers(service):
    r = service.ask("楝川县小学生均教学及辅助用房面积的校际差异系数为多少？")
    assert not r.abstained and 0.412 in values(r), r.answer


# --- people, areas, changes and gaps ------------------------------------------------------------

def test_a_row_of_all_areas_does_not_answer_for_a_kind_of_area(service):
    r = service.ask("蘅湾区小学语文招聘计划中面向乡镇学校的岗位数是多少？")
    assert 12 not in values(r), r.answer
    r = service.ask("蘅湾区小学语文岗位招聘几个人？")
    assert not r.abstained and 12 in values(r), r.answer


def test_one_year_s_level_is_not_the_change_between_two_years(service):
    r = service.ask("楝川县随班就读学生人数2024年较2022年多了多少？")
    assert 375 not in values(r) and 318 not in values(r), r.answer
    assert r.abstained or 57 in values(r), r.answer


def test_a_bar_is_not_the_gap_to_it(service):
    quote = "音体美专职教师配备率不低于87%"
    chunk = next(c for c in service.index.chunks if quote in c.text)
    start = service.index.documents[chunk.doc_id].text.index(quote)
    claim = Claim("%", quote, Hit(0, chunk, 1.0), (start, start + len(quote)))
    gap = service.analyse("楝川县音体美专职教师配备率距今年要求尚差多少？")
    assert isinstance(mismatch(service.composer.reader, gap, claim), LevelNotChange)
    r = service.ask("楝川县音体美专职教师配备率距今年要求尚差多少？")
    assert 87 not in values(r) or 4.5 in values(r), r.answer


def test_one_place_s_change_over_time_does_not_compare_two_places(service):
    r = service.ask("槿坞县、苓渚区中职在校生谁更多？多几人？")
    assert -230 not in values(r) and 230 not in values(r), r.answer


# --- a ranking answered by one row ----------------------------------------------------------------

def test_one_row_s_cells_rank_nothing(service):
    chunk = next(c for c in service.index.chunks if c.row_index is not None and "梓岭小学" in c.text)
    hit = Hit(0, chunk, 1.0)
    claim = Claim("人", "表3 抽查学校办学条件 楝川县梓岭小学 在校生(人)", hit, (chunk.start, chunk.end))
    cited = Citation(id=1, doc_id=chunk.doc_id, title="", section=chunk.section, text=chunk.text,
                     start=chunk.start, end=chunk.end, score=1.0)
    draft = Draft("860人。", False, [cited], [], [claim])
    asked = analyse("楝川县抽查的学校里哪所在校生最多？", RegionCatalog({}))
    assert ranking_unsaid(asked, draft)
    ranked = Draft("楝川县第三中学的学生人数居首。", False, [cited], [],
                   [Claim("人", "楝川县第三中学的学生人数居首", hit, (chunk.start, chunk.end))])
    assert not ranking_unsaid(asked, ranked)
    assert not ranking_unsaid(analyse("楝川县梓岭小学在校学生是多少人？", RegionCatalog({})), draft)
