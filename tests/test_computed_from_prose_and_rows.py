"""Figures a report leaves to compute from its prose and its table rows: what is not yet done across the scope a
notice covers (the whole stated in another sentence), a total of N things × the amount set for each, a kind's share
of a whole one sentence splits by kind (and the share short of a kind), 100% − a stated pass rate, a table row's
share of its total row (the column named exactly, both rows cited as one span) and its amount per pupil, a rate's
gap to a goal set by a deadline (the rate's group named in short), and a ranking of two places' sums of money.
Documents invented here."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import first_figure, inputs_cited, service_over

NOTICE = """栎川县教育局关于春季开学校园安全检查情况的通报
栎川县教育局
各中小学：
3月上旬，县教育局组成4个检查组，对全县42所中小学开展了春季开学安全检查。
此次共发现隐患60处，已整改51处。
目前全县已有38所学校的急救箱信息接入120急救平台，校医配备45名。
栎川县教育局
2026年3月20日
"""

PLAN = """栎川县2026年至2028年学校心理健康工作方案
栎川县教育局
一、建设任务
三年新建心理辅导室9间，每间心理辅导室补助设备资金5万元。
二、保障措施
县财政将所需资金纳入年度预算。
"""

BOARDING = """栎川县2025年公办初中办学情况报告
栎川县教育局
一、基本情况
全县公办初中共30所，在校生12600人。
按寄宿情况分，18所学校实行全寄宿，8所学校实行半寄宿，4所学校为走读。
二、午餐补助
| 乡镇 | 学校数（所） | 在校生（人） | 寄宿在校生（人） | 午餐补助（万元） |
| --- | --- | --- | --- | --- |
| 栎东镇 | 12 | 5400 | 3600 | 270 |
| 栎西镇 | 10 | 4200 | 2500 | 210 |
| 栎南乡 | 8 | 3000 | 1900 | 150 |
| 合计 | 30 | 12600 | 8000 | 630 |
"""

ASSESSMENT = """栎川县托育机构年度评估结果公告
栎川县卫生健康局
根据年度评估安排，县卫生健康局对全县28所托育机构进行了评估。
评估结论为20所优秀，5所良好，3所不达标。
"""

CANTEEN = """栎川县学校食堂验收情况通报
栎川县教育局
本年度全县学校食堂验收合格率为92.5%。
到2027年底全县学校食堂验收合格率达到100%。
"""

SCIENCE = """栎川县中小学科学教育实施方案
栎川县教育局
一、总体目标
全县中小学科学教育课程开课率在2027年底前达到100%。
二、基本情况
全县现有中小学45所。2025年全县科学教育课程开课率为88.5%，仍有部分学校挤占科学课时。
"""

REPAIR = """桦坪市2025年教室课桌椅更新情况报告
桦坪市教育局
2025年，全市继续改善中小学办学条件。
一是更新教室课桌椅。市财政投入二百四十万元，完成六百间教室的课桌椅更新，更新后课桌椅高度全部符合标准。
二是加强校园绿化。各校新增绿地面积1.2万平方米。
"""

TRIPS = """槐岭县2026年中小学研学实践工作方案
槐岭县教育局
研学费用按每生每天100元的标准测算，全年预算96.5万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "computed-prose-rows",
                        {"lichuan-safety-notice": NOTICE, "lichuan-mental-health-plan": PLAN,
                         "lichuan-junior-report": BOARDING, "lichuan-nursery-assessment": ASSESSMENT,
                         "lichuan-canteen-notice": CANTEEN, "lichuan-science-plan": SCIENCE,
                         "huaping-desk-report": REPAIR, "huailing-study-trips": TRIPS})


def test_not_yet_done_is_the_scope_count_less_the_done_count(service: Service) -> None:
    response = service.ask("栎川县还有几所学校急救箱没接入120平台")
    assert first_figure(response) == (4.0, "所"), response.answer
    assert "42 − 38" in response.answer, response.answer
    assert inputs_cited(service, response, "lichuan-safety-notice")


def test_a_count_times_the_amount_for_each_is_the_total(service: Service) -> None:
    response = service.ask("栎川县三年新建心理辅导室的补助资金一共多少")
    assert first_figure(response) == (45.0, "万元"), response.answer
    assert inputs_cited(service, response, "lichuan-mental-health-plan")


def test_the_amount_for_each_asked_is_not_multiplied(service: Service) -> None:
    response = service.ask("栎川县每间心理辅导室补助多少资金")
    assert "45" not in response.answer, response.answer


def test_a_kinds_share_of_the_whole_its_sentence_splits(service: Service) -> None:
    response = service.ask("栎川县实行全寄宿的公办初中学校占比多少")
    assert first_figure(response) == (60.0, "%"), response.answer
    assert "18 ÷ 30" in response.answer, response.answer


def test_the_share_short_of_a_kind_is_the_whole_less_that_kind(service: Service) -> None:
    response = service.ask("栎川县没拿到优秀的托育机构占比多少")
    assert first_figure(response) == (28.57, "%"), response.answer
    assert "28 − 20" in response.answer, response.answer


def test_the_share_short_of_a_pass_rate_is_its_complement(service: Service) -> None:
    response = service.ask("栎川县验收不合格的学校食堂占比多少")
    assert first_figure(response) == (7.5, "%"), response.answer
    assert "100%" not in response.citations[0].text, response.citations[0].text  # the rate reported, not the goal


def test_a_rows_share_of_the_total_row_by_the_column_named_exactly(service: Service) -> None:
    response = service.ask("栎东镇在校生占全县的百分之几")
    assert first_figure(response) == (42.86, "%"), response.answer
    # the item's row and the total row are one passage of the table, cited once
    assert len(response.citations) == 1, response.citations
    assert "栎东镇" in response.citations[0].text and "合计" in response.citations[0].text


def test_a_rows_money_per_pupil_asked_as_each_qualified_pupil(service: Service) -> None:
    response = service.ask("栎西镇每个寄宿学生一年午餐补助多少钱")
    assert first_figure(response)[0] in (840.0, 0.08), response.answer
    assert "2500" in response.answer, response.answer


def test_a_rates_gap_to_a_goal_set_by_a_deadline(service: Service) -> None:
    response = service.ask("栎川县科学课开课率离2027年的目标还差几个百分点")
    assert first_figure(response) == (11.5, "百分点"), response.answer


def test_two_places_sums_of_money_ranked_not_their_counts(service: Service) -> None:
    response = service.ask("桦坪市教室课桌椅更新的钱和槐岭县研学全年预算比哪个多")
    assert not response.abstained, response.answer
    assert "240" in response.answer and "96.5" in response.answer, response.answer
    assert "六百间（" not in response.answer, response.answer
