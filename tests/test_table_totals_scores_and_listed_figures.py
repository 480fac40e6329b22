"""Tables and several figures asked at once: an average per one thing over every row read from the table's own
total row (cited) rather than every row summed, a score table's bare cell shown in 分, a cap a rule allows
(最多能认定多少) never answered by a table's largest cell, a terse list of figures naming a ratio (生师比) or
a count of events (场次) asked item by item, 今年 of a table by year as its document's year's row (a plan's),
a 其中 count of the very thing asked (the whole before it counts another noun) and a total stated of the
things the sentence before named (这些学校共有…), and a level asked (省级) that a rule's opening condition states
for two levels sharing one 级 (参加省、市级培训的，…). Documents written here, real ingest, Service.ask."""

import pytest

from server.answer.qualifiers import level_conflict
from server.intent import asks
from server.service import Service
from tests.written import service_over

SMALL_SCHOOLS = """柘湾县乡村小规模学校提升方案
一、学校现状
全县各乡镇小规模学校情况如下：
| 乡镇 | 小规模学校（所） | 学生数（人） | 计划投入（万元） |
| --- | --- | --- | --- |
| 青枫镇 | 4 | 260 | 200 |
| 石溪乡 | 2 | 140 | 90 |
| 梅岭镇 | 6 | 480 | 310 |
| 合计 | 12 | 880 | 600 |
二、主要措施
改善办学条件，配齐音体美教师。
"""

APPRAISAL = """槿川县中小学书香校园评比结果通报
一、评比结果
复评设阅读环境（40分）、阅读活动（60分）两项，满分100分。
| 排名 | 学校 | 阅读环境 | 阅读活动 | 总分 |
| --- | --- | --- | --- | --- |
| 1 | 槿川县实验小学 | 36.5 | 52.0 | 88.5 |
| 2 | 苇塘镇中学 | 33.0 | 49.5 | 82.5 |
| 3 | 柿坪乡小学 | 30.5 | 44.0 | 74.5 |
"""

CREDITS = """桤阳县教师培训学分管理办法
第一章 学分要求
第三条 教师每学年应取得不少于60学分。
第二章 近年情况
近年全县教师学分达标情况如下：
| 年度 | 参训教师（人） | 学分达标人数 | 达标率（%） |
| --- | --- | --- | --- |
| 2024年 | 3000 | 2760 | 92.0 |
| 2025年 | 3100 | 2945 | 95.0 |
第三章 学分认定
第八条 教师外出参加省、市级培训的，凭结业证书按实际学时认定学分，每次最多能认定30学分。
"""


RURAL = """槐塘县乡村学校提升方案
一、现状
截至2026年初，我县有乡村小规模学校12所，在校生800人。
这些学校共有专任教师96名，音体美教师配齐率为70%。
二、措施
每年定向招聘乡村教师20名，优先安排到乡村学校。
"""

LANGUAGE = """柚川县语言文字工作自评报告
一、基本情况
全县共有各级各类学校58所，其中语言文字规范化示范校19所。
全年开展推普周和经典诵读活动共120场。
二、目标
到2027年示范校占比达到40%以上。
"""


ENROLMENT = """栗阳县2026年义务教育招生问答
问一：近几年招多少学生？
答：近三年招生情况如下：
| 年份 | 小学一年级招生计划（人） | 初中一年级招生计划（人） |
| --- | --- | --- |
| 2024年 | 3100 | 2900 |
| 2025年 | 3200 | 2950 |
| 2026年（计划） | 3350 | 3000 |
问二：班额怎么控制？
答：小学一年级和初中一年级起始年级班额分别控制在45人和50人以内。
栗阳县教育局
2026年5月10日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "totals-scores-listed", {
        "zhewan-small-schools-2026": SMALL_SCHOOLS, "jinchuan-reading-2026": APPRAISAL,
        "qiyang-credits-2026": CREDITS, "huaitang-rural-2026": RURAL, "youchuan-language-2025": LANGUAGE,
        "liyang-enrolment-2026": ENROLMENT})


def test_an_average_per_school_over_every_row_is_read_from_the_total_row(service: Service) -> None:
    answer = service.ask("柘湾县小规模学校平均每所多少学生")
    assert not answer.abstained, answer.answer
    assert "880" in answer.answer and "12" in answer.answer, answer.answer
    assert round(answer.figures[0].value, 2) == round(880 / 12, 2), answer.figures
    assert "260 +" not in answer.answer, answer.answer  # not every row summed and written out
    assert [c.text.lstrip("| ").split()[0].strip("|") for c in answer.citations] == ["合计"], \
        [c.text for c in answer.citations]


def test_a_score_tables_bare_cell_is_shown_in_points(service: Service) -> None:
    answer = service.ask("苇塘镇中学阅读活动得了几分")
    assert answer.answer.startswith("49.5分"), answer.answer
    assert answer.figures[0].unit == "分", answer.figures


def test_a_cap_a_rule_allows_is_not_a_tables_largest_cell(service: Service) -> None:
    answer = service.ask("桤阳县教师参加培训每次最多能认定多少学分")
    head = answer.answer.split("依据")[0]
    assert "2945" not in head and "3100" not in head, answer.answer
    assert "30" in head, answer.answer


def test_a_terse_list_naming_a_ratio_and_a_count_of_events_is_asked_item_by_item() -> None:
    assert asks("甲市普高在校生、生师比和大班额班级数") == ["甲市普高在校生多少", "生师比多少", "大班额班级数多少"]
    assert asks("乙县学校数、示范校数和读书活动场次") == ["乙县学校数多少", "示范校数多少", "读书活动场次多少"]
    assert asks("丙县学生比去年多多少") == ["丙县学生比去年多多少"]  # a comparison stays one ask


def test_a_terse_list_is_answered_item_by_item(service: Service) -> None:
    answer = service.ask("柚川县学校数、示范校数和推普活动场次")
    head = answer.answer.split("依据")[0]
    for figure in ("58所", "120场"):
        assert figure in head, answer.answer
    assert "40%" not in head, answer.answer  # a share is no count of schools
    # a 其中 part named under a qualifier the question does not write is no answer for the kind asked: said
    # missing, as a part of any breakdown is (the whole before it counting another noun changes nothing)
    assert "19所" not in head and "文件中未找到" in head, answer.answer


def test_a_total_of_the_things_the_sentence_before_named(service: Service) -> None:
    answer = service.ask("槐塘县小规模学校一共多少专任教师")
    assert answer.answer.startswith("96名"), answer.answer
    assert any("这些学校共有专任教师96名" in c.text for c in answer.citations), answer.answer


def test_this_years_row_of_a_table_by_year_is_the_documents_years(service: Service) -> None:
    answer = service.ask("栗阳县今年小学一年级计划招多少人")
    assert answer.answer.startswith("3350人"), answer.answer  # the 2026年（计划） row, not the 班额 cap


def test_levels_sharing_one_ji_each_stated() -> None:
    assert level_conflict("甲县参加省级培训认定多少学分", ["甲县"], "外出参加省、市级培训的，按学时认定", "") == ""
    assert level_conflict("甲县参加省级培训认定多少学分", ["甲县"], "参加市级培训的，按学时认定", "")


def test_a_rules_opening_condition_states_the_level_asked(service: Service) -> None:
    answer = service.ask("桤阳县老师参加省级培训最多能认定多少学分")
    assert not answer.abstained, answer.answer
    assert "30" in answer.answer.split("依据")[0], answer.answer
