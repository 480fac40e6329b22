"""The quantity asked in plain words, shortages, named items, measures, table text cells and several asks, on
documents written here (real ingest, real model, Service.ask): everyday phrasings of the documents' terms
(server/lexicon/plain_words.tsv: 没回去上学 → 尚未返校, 留校托管 → 课后服务, 自己掏 → 配套, 评先评优 → 考核优秀比例);
a shortage (`仍缺额12人`) never the stock asked (`有多少…教师`) and the stock never the shortage asked (`还差几个`);
an item's figure under a frame naming what the items count (`新增学位中，甲校600个`); a how-question answered by the
section of measures its verb heads (`怎么推进` → `推进措施`); requirements of a fund's use by the 工作要求 section; a
table's worded cell asked as a condition of the row the question names, not of a row that mentions it; and a
stage's rate written with 的 (`高中阶段的毛入学率`) answering its ask of several."""
import pytest

from server.answer.shortage import asks_shortage, shortage_only
from server.intent import classify
from server.service import Service
from tests.written import service_over

DROPOUT = """枫岭县2025—2026学年控辍保学工作报告
一、基本情况
全县义务教育在校生三万二千人。本学年排查疑似辍学学生五十六人，已劝返复学四十九人。
尚未返校的七人中，三人因病实行送教上门，四人由乡镇继续劝返。
二、课后服务
全县参加课后服务的学生18400人，每天服务时长不少于2小时。
"""

ARTS = """枫岭县2025年学校美育工作报告
一、基本情况
全县共有中小学校五十二所，艺术专任教师三百一十人。全年投入美育专项经费一百二十万元。
二、存在问题
艺术专任教师仍缺额十二人，主要集中在乡村小学；
三、2026年目标
到2027年，补齐艺术专任教师缺额，每名学生掌握一至两项艺术技能。
"""

FUND = """枫岭县教育局关于下达2026年度校舍改善补助资金的通知
一、资金来源
本批资金共900万元，其中中央补助500万元、省级补助250万元、县级配套150万元。
二、分配情况
按项目分配到各学校。
三、工作要求
1．严格专款专用。本批资金只能用于所列项目，严禁挪作他用。
2．规范项目管理。单项金额30万元以上的工程须履行招投标程序。
3．加快执行进度。各学校于2026年6月1日前报送实施计划。
4．强化绩效评价。年底开展绩效评价，结果与下年度分配挂钩。
"""

BUILDING = """枫岭县2026年学校建设项目进展情况
2026年，县教育局统筹推进3个学校建设项目，全部建成后可新增学位1500个。
一、项目进展
新增学位中，县第三小学600个，县实验中学450个，城东幼儿园450个。
二、存在问题
一是城东幼儿园项目开工推迟一个月。二是部分项目雨季停工较多。
三、推进措施
1．实行周调度制度。每周召集施工单位碰头，逐项核对进度。
2．压实施工单位责任。滞后项目增加作业班组。
3．严把工程质量关。主要材料按批次送检。
"""

RANKS = """枫岭县中小学教师职级评定办法
一、职级设置
| 职级 | 核定职数（名） | 津贴（元/月） | 任职基本条件 |
| 一级教师 | 20 | 800 | 二级教师任职满4年 |
| 二级教师 | 35 | 500 | 从事教学工作满3年 |
| 合计 | 55 | — | — |
二、考核
教师年度考核优秀比例不超过15%。
"""

BULLETIN = """枫岭县2025年教育事业统计公报
一、基本概况
学前教育三年毛入园率为91.5%，义务教育九年巩固率97.1%，高中阶段的毛入学率为94.2%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "plain-asks-shortages",
                        {"fengling-dropout-report-2026": DROPOUT, "fengling-arts-report-2025": ARTS,
                         "fengling-building-fund-2026": FUND, "fengling-building-progress-2026": BUILDING,
                         "fengling-teacher-ranks-2026": RANKS, "fengling-statistics-bulletin-2025": BULLETIN})


def test_pupils_not_back_at_school_in_everyday_words(service: Service) -> None:
    response = service.ask("枫岭县还有多少娃没回去上学")
    assert not response.abstained, response.answer
    assert response.answer.startswith("七人"), response.answer


def test_after_school_minding_is_after_school_service(service: Service) -> None:
    response = service.ask("枫岭县放学后留校托管的孩子一共多少个")
    assert not response.abstained, response.answer
    assert response.answer.startswith("18400人"), response.answer


def test_the_countys_own_pocket_is_its_matching_money(service: Service) -> None:
    response = service.ask("枫岭县这笔补助资金里县里自己掏了多少")
    assert not response.abstained, response.answer
    assert response.answer.startswith("150万元"), response.answer


def test_a_cap_on_excellent_ratings_asked_in_everyday_words(service: Service) -> None:
    assert classify("教师评先评优最多几成", set()).operation == ""  # the 比 of 比例 compares nothing
    response = service.ask("枫岭县老师一年评先评优最多几成")
    assert not response.abstained, response.answer
    assert "15%" in response.answer.split("。")[0], response.answer


def test_a_shortage_is_not_the_stock_asked(service: Service) -> None:
    response = service.ask("枫岭县有多少艺术专任教师？")
    stated = response.answer.split("。")[0]
    assert "十二人" not in stated and "12人" not in stated, response.answer


def test_the_shortage_asked_in_everyday_words(service: Service) -> None:
    response = service.ask("枫岭县教音乐美术的老师还差几个")
    assert not response.abstained, response.answer
    assert "十二人" in response.answer.split("。")[0], response.answer


def test_shortage_words() -> None:
    assert shortage_only("艺术专任教师仍缺额十二人，主要集中在乡村小学；")
    assert not shortage_only("艺术专任教师三百一十人。")
    assert asks_shortage("艺术教师缺额几个") and not asks_shortage("有多少艺术专任教师")


def test_an_item_under_a_frame_naming_what_is_counted(service: Service) -> None:
    response = service.ask("枫岭县第三小学建成后新增多少学位")
    assert not response.abstained, response.answer
    assert response.answer.startswith("600个"), response.answer


def test_how_a_thing_is_pushed_on_is_its_measures_section(service: Service) -> None:
    response = service.ask("枫岭县准备怎么推进学校建设项目")
    assert not response.abstained, response.answer
    assert "周调度" in response.answer and "作业班组" in response.answer and "送检" in response.answer


def test_requirements_on_a_funds_use_are_its_requirements_section(service: Service) -> None:
    response = service.ask("枫岭县对补助资金使用提了哪些要求")
    assert not response.abstained, response.answer
    assert "专款专用" in response.answer and "招投标" in response.answer and "绩效评价" in response.answer


def test_a_condition_cell_of_the_row_named(service: Service) -> None:
    response = service.ask("枫岭县评二级教师要满足什么条件")
    assert not response.abstained, response.answer
    assert "从事教学工作满3年" in response.answer and "任职满4年" not in response.answer, response.answer


def test_a_stage_rate_written_with_de_answers_its_ask(service: Service) -> None:
    response = service.ask("枫岭县学前三年毛入园率、九年巩固率、高中阶段毛入学率分别多少")
    assert not response.abstained, response.answer
    assert "91.5%" in response.answer and "97.1%" in response.answer and "94.2%" in response.answer


def test_schools_closing_an_ask_are_counted_in_suo() -> None:
    assert classify("专项检查排查学校是多少", set()).units == ("所",)
    assert classify("还有多少孩子尚未返校", set()).units != ("所",)
