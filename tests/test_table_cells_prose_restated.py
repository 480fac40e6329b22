"""Table cells answered right and cited where the prose says them, on documents written here: a cell's counter
from a header that names it (`受助人次` → 人次) or closes a note naming the scope first (`毛入园率（学前三年，%）`);
a compound label in a list of asks (`中央和省级、县级`) is one item; figures the prose states and a table repeats
are cited by that sentence, as it writes them (`60%` of a cell's `60.0`) — a year's rates asked together, a
year's bulletin that names no year in its text, a count of schools the prose says by their kinds, a column
counting a noun (`学校数（所）`) the prose says as the noun and its count; a follow-up
naming a town after a question on the whole (`那A镇分到多少？` after `…一共多少`) is answered by the town's row.
Real ingest, real model."""
from __future__ import annotations

import pytest

from ingest.tables import unit_of
from server.answer.askedcolumn import header_unit
from server.followup import resolve_followup
from server.intent import asks
from server.regions import RegionCatalog
from server.service import Service
from tests.written import service_over

AID = """柘岚县教育局关于2025年学生资助工作的总结
柘岚县教育局 2025年12月10日
全年共资助学生9120人次，发放资助资金968.5万元。资金构成为：中央和省级702.3万元，县级241.0万元，社会捐助25.2万元。
一、资助落实情况
各项目受助人次和资金见下表。
资助项目 | 受助人次 | 金额（万元）
学前保教费减免 | 1630 | 146.7
寄宿生生活补助 | 5210 | 333.4
中职免学费 | 2280 | 488.4
二、下一步工作
完善认定办法。
"""

FITNESS = """榆溪县2026—2028年学生体质健康促进方案
一、现状
2025年全县中小学生31800人，参加体质测试31200人。
全县学生达标率90.4%，优良率45.2%，近视率55.1%。
二、目标
到2028年，全县学生体质健康达标率达到94%以上，优良率达到58%以上，近视率比2025年下降2个百分点。
分年度目标如下表：
年度 | 达标率（%） | 优良率（%） | 近视率（%）
2025年（基数） | 90.4 | 45.2 | 55.1
2026年 | 91.6 | 49.0 | 54.4
2027年 | 92.8 | 53.5 | 53.8
2028年 | 94.0 | 58.0 | 53.1
三、保障措施
加强体育教师配备。
"""

BULLETIN = """榕川县2025年度教育事业统计公报
榕川县教育局
2026年3月5日
一、学前教育
全县共有幼儿园41所。学前三年毛入园率92.8%。
二、义务教育
小学在校生18200人，初中在校生9350人。
三、主要指标
指标 | 2023年末 | 2024年末 | 2025年末
小学在校生（人） | 18950 | 18610 | 18200
初中在校生（人） | 9010 | 9180 | 9350
毛入园率（学前三年，%） | 90.6 | 91.7 | 92.8
"""

POINTS = """槿阳市2026年教育工作要点
槿阳市教育局 2026年2月20日
一、主要指标
指标 | 2025年完成 | 2026年目标
开工建设学校（所） | 6 | 9
新增学位（个） | 5200 | 6300
二、重点任务
1．扩大学位供给。全年开工建设和扩建中小学、幼儿园9所，新增学位6300个。
2．加强教师队伍建设。全年招聘新教师210名。
"""

FUND = """关于分配2026年柘岚县薄弱环节改善补助资金的通知
柘岚县教育局 2026年9月1日
现将2026年薄弱环节改善补助资金900万元分配到各乡镇（见下表），请抓紧实施。
一、资金来源
本批资金中，中央资金540万元，省级资金216万元，县级配套资金144万元。
二、分配结果
乡镇 | 学校（所） | 学生数（人） | 分配资金（万元） | 主要用途
枫林镇 | 5 | 3980 | 312 | 厕所改造
竹坞乡 | 3 | 1620 | 178 | 食堂改造
石桥镇 | 6 | 4710 | 410 | 运动场改造
合计 | 14 | 10310 | 900 | —
"""


CENSUS = """栎川县2025年教育事业统计公报
栎川县教育局 2026年3月2日
一、学校和学生
2025年底全县共有各级各类学校305所，比上年减少4所。
表1 2023—2025年全县学校和在校生情况
年份 | 学校数（所） | 在校生（人）
2023 | 313 | 80120
2024 | 309 | 79850
2025 | 305 | 79410
二、教师
专任教师6120人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "cells-prose", {
        "zhelan-aid-2025": AID, "yuxi-fitness-2026": FITNESS, "rongchuan-bulletin-2025": BULLETIN,
        "jinyang-points-2026": POINTS, "zhelan-fund-2026": FUND,
        "lichuan-census-2025": CENSUS})


@pytest.mark.parametrize(("header", "unit"), [("受助人次", "人次"), ("培训学时", "学时"), ("招生人数", "人"),
                                             ("学时", "学时"), ("负责人", ""), ("学校名称", ""),
                                             ("体育课时（节/周）", "")])
def test_a_header_naming_its_counter_gives_the_unit(header: str, unit: str) -> None:
    assert header_unit(header) == unit


@pytest.mark.parametrize(("header", "unit"), [("毛入园率（学前三年，%）", "%"), ("巩固率（九年，%）", "%"),
                                             ("在校生（万人）", "万人"), ("项目名称（暂定名）", "")])
def test_a_unit_closing_a_note_of_scope(header: str, unit: str) -> None:
    assert unit_of(header) == unit


def test_a_cell_is_shown_in_the_counter_its_header_names(service: Service) -> None:
    r = service.ask("柘岚县中职免学费受助多少人次")
    assert not r.abstained and "2280人次" in r.answer, r.answer
    assert r.figures[0].unit == "人次"


def test_a_rate_row_whose_note_names_its_scope_is_shown_with_its_percent(service: Service) -> None:
    r = service.ask("榕川县2023年末学前三年毛入园率")
    assert not r.abstained and "90.6%" in r.answer, r.answer


def test_a_compound_label_in_a_list_is_one_ask() -> None:
    found = asks("柘岚县资助资金中央和省级、县级、社会捐助各多少")
    assert len(found) == 3 and "中央和省级" in found[0], found
    assert len(asks("柘岚县小学、初中和高中各有多少所")) == 3


def test_several_figures_of_one_sentence_cite_it_once(service: Service) -> None:
    r = service.ask("柘岚县资助资金中央和省级、县级、社会捐助各多少")
    assert not r.abstained, r.answer
    assert all(v in r.answer for v in ("702.3万元", "241.0万元", "25.2万元")), r.answer
    assert len(r.citations) == 1 and "资金构成为" in r.citations[0].text, r.answer
    assert "未找到" not in r.answer


def test_a_years_rates_asked_together_cite_the_sentence_stating_them(service: Service) -> None:
    r = service.ask("榆溪县2025年达标率、优良率、近视率各是多少")
    assert not r.abstained, r.answer
    assert all(v in r.answer for v in ("90.4%", "45.2%", "55.1%")), r.answer
    assert len(r.citations) == 1 and "达标率90.4%" in r.citations[0].text, r.answer


def test_a_target_cell_is_given_as_the_sentence_writes_it(service: Service) -> None:
    r = service.ask("榆溪县到2028年体质健康优良率目标")
    assert not r.abstained and r.answer.startswith("58%"), r.answer
    assert len(r.citations) == 1 and "优良率达到58%以上" in r.citations[0].text, r.answer


def test_a_bulletin_sentence_naming_no_year_speaks_for_its_year(service: Service) -> None:
    r = service.ask("榕川县2025年末小学在校生多少人")
    assert not r.abstained and "18200" in r.answer, r.answer
    assert [c.text for c in r.citations] == ["小学在校生18200人，初中在校生9350人。"], r.answer


def test_a_count_of_schools_the_prose_says_by_their_kinds(service: Service) -> None:
    r = service.ask("槿阳市今年要盖几所学校")
    assert not r.abstained and "9所" in r.answer, r.answer
    assert len(r.citations) == 1 and "中小学、幼儿园9所" in r.citations[0].text, r.answer


def test_a_column_counting_a_noun_is_cited_where_the_prose_counts_it(service: Service) -> None:
    r = service.ask("栎川县2025年底一共有多少所学校？")
    assert not r.abstained and r.answer.startswith("305所"), r.answer
    assert "共有各级各类学校305所" in r.citations[0].text, r.answer


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}, {"role": "assistant", "content": "……"}]


def test_a_town_asked_after_the_whole_drops_the_whole_asked() -> None:
    resolved = resolve_followup("那枫林镇分到多少？", user("柘岚县这次补助资金一共多少？"), RegionCatalog({}))
    assert "枫林镇" in resolved and "一共" not in resolved


def test_a_town_asked_after_the_whole_is_answered_by_its_row(service: Service) -> None:
    r = service.ask("那石桥镇分到多少？", user("柘岚县这次薄弱环节补助资金一共多少？"))
    assert not r.abstained and "410万元" in r.answer, r.answer
