"""Wording over documents written here (real ingest, real model, Service.ask): a bar written with 得 (`不得低于`),
read whole as the bound, is a requirement, never a value reached, so a compliance asked of it is refused; a count
asked in 处 (places) is answered by no figure in another counter (所), and by a figure in 处 whose own noun is one
处 counts alike with the noun asked (风险点 for 隐患: server/lexicon/counted_alike.tsv); a noun asked before its
asking word with no counter (`X有多少`) turns no lookup to another sentence naming X by a figure (it may count other X
than the question's words qualify)."""
import pytest

from figures.numbers import find_quantities
from server.answer.countedalike import counted_alike_noun
from server.answer.lookup import _focus_unsaid
from server.calc import states_rule
from server.query import analyse
from server.service import Service
from tests.written import service_over

FUNDS = """柏溪县2025年度学生午餐补贴资金使用情况公示
柏溪县教育局 2026年2月3日
一、资金来源
全县午餐补贴资金由县财政统筹安排。
二、管理要求
县里明确，午餐补贴资金用于购买食材的比例不得低于百分之七十，不得挪作他用。
"""
CHECKS = """柏溪县教育局关于校园周边安全排查情况的通报
柏溪县教育局 2026年3月9日
一、总体情况
此次排查覆盖全县各中小学、幼儿园八十六所，累计出动检查人员九百四十人次，检查学校周边经营场所二百一十家。共排查各类问题150处，已整改131处，取缔无证摊点十四个。
此次排查中，城区学校周边问题较多，乡村学校周边问题较少。
二、主要做法
一是每月召开一次联席会议，问题清单逐条交办。二是组建家长护学队伍六十支。
"""

# the noun asked written nowhere (隐患), and written only in a clause counting nothing (安全隐患大排查)
FLOOD = """梧川县教育局关于汛期校舍安全排查情况的通报
梧川县教育局 2026年7月2日
一、排查情况
6月中旬，县教育局组织对全县42所中小学校舍开展汛期安全排查，巡检组逐校登记风险点63处，其中屋面渗漏21处、排水不畅17处。截至6月底，已整改完成48处。
二、下一步工作
对尚未整改的风险点实行挂牌督办，每周报送整改进展。
"""
SPRING = """荻港县2026年春季学校安全检查情况
荻港县教育局 2026年4月10日
一、检查情况
全县组织开展校园安全隐患大排查，共发现风险点37处，已整改30处，其余7处限期整改。
二、工作要求
各校要建立隐患台账，做到整改到位。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "rules-with-de-places", {
        "boxi-lunch-funds-2025": FUNDS, "boxi-campus-checks-2026": CHECKS,
        "wuchuan-flood-checks-2026": FLOOD, "digang-spring-checks-2026": SPRING})


def test_a_bar_written_with_de_is_a_rule():
    assert states_rule("购买食材的比例不得低于百分之七十", 70, "%")
    assert states_rule("每班人数不得超过45人", 45, "人")


def test_a_compliance_asked_of_a_bar_with_de_is_refused(service):
    response = service.ask("柏溪县午餐补贴用来买食材的比例合规吗？")
    assert response.abstained and "要求" in response.answer


def test_a_count_asked_in_places_is_answered_in_places_only(service):
    for question in ("柏溪县150处问题里幼儿园周边的有多少处", "柏溪县150处隐患里幼儿园周边的有多少处"):
        response = service.ask(question)
        assert response.abstained and not response.answer.startswith("八十六所")


def test_a_noun_asked_with_no_counter_turns_no_lookup(service):
    text = "开展心理健康教育教师培训超1800人次，建成心理辅导室三十间。"
    figure = find_quantities(text)[0]
    asked = analyse("从外省过来在柏溪县念书的学生有多少？", service.catalog)
    assert not _focus_unsaid(asked, text, (0, len(text)), figure)
    counted = "柏溪县老年学校开设班级三十个。"
    asked = analyse("柏溪县老年学校开了几个专业", service.catalog)
    assert _focus_unsaid(asked, counted, (0, len(counted)), find_quantities(counted)[0])


@pytest.mark.parametrize("question, start", [
    ("梧川县汛期排查发现了多少处隐患？", "63处"),
    ("梧川县汛期检查登记了多少处问题", "63处"),
    ("荻港县春季安全检查发现了多少处隐患？", "37处"),
])
def test_places_counted_by_a_noun_counted_alike(service, question, start):
    response = service.ask(question)
    assert not response.abstained, response.answer
    assert response.answer.startswith(start), response.answer


def test_only_a_counter_counting_nouns_alike_reads_them_so():
    text = "全县开展安全巡检，登记风险点63处，检查学校42所"
    assert counted_alike_noun("处", "隐患", text)
    assert not counted_alike_noun("所", "隐患", text)  # 所 counts schools, never a 隐患
    assert not counted_alike_noun("处", "隐患", "共检查学校63处")  # the figure's own noun is no 隐患 of any kind
