"""A count of a kind singled out (`多少优秀学员`) asked of one group a table lists by its members only, in documents
written here (real ingest, Service.ask): the table's cell counts the whole kind, so the group's count of those
singled out is not found; the document's total of them, and the group's members, are still answered —
server/answer/askedcounter.py."""
import pytest

from server.service import Service
from tests.written import service_over

SUMMARY = """岚溪县科技营活动总结（2026）
科技营分两批举办，每批五天。
表1 科技营各批学员（单位：人）
| 批次 | 学员 | 辅导员 |
| --- | --- | --- |
| 第一批 | 120 | 9 |
| 第二批 | 140 | 11 |
| 合计 | 260 | 20 |
结营时共评出优秀学员32名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "kind-singled-out", {"lanxi-science-camp-2026": SUMMARY})


def test_a_groups_count_of_those_singled_out_is_not_found(service: Service) -> None:
    answer = service.ask("岚溪县科技营第一批评出了多少名优秀学员")
    assert answer.abstained, answer.answer
    assert "120" not in answer.answer.split("最接近")[0], answer.answer


def test_the_total_singled_out_and_the_groups_members_are_answered(service: Service) -> None:
    total = service.ask("岚溪县科技营一共评出多少名优秀学员")
    assert not total.abstained and "32" in total.answer, total.answer
    members = service.ask("岚溪县科技营第一批有多少学员")
    assert not members.abstained and "120" in members.answer, members.answer


RELAY = """榴川县中小学接力赛通知（2026）
表1 各组参赛情况
| 组别 | 参赛队（支） | 队员（人） |
| --- | --- | --- |
| 小学组 | 14 | 112 |
| 初中组 | 11 | 88 |
| 合计 | 25 | 200 |
"""


def test_a_counter_before_the_noun_singles_nothing_out(tmp_path_factory: pytest.TempPathFactory) -> None:
    relay = service_over(tmp_path_factory, "counter-before-noun", {"liuchuan-relay-2026": RELAY})
    answer = relay.ask("榴川县初中组派了几支参赛队")
    assert not answer.abstained and "11" in answer.answer, answer.answer


GRANTS = """柘川县2031年度学生营养补助资金分配公示
经学校申报、县教育局审核，现将各校分配结果公示如下：
| 学校 | 人数 | 标准（元/生/年） | 金额（元） |
| --- | --- | --- | --- |
| 梅岭小学 | 120 | 800 | 96000 |
| 石门小学 | 80 | 800 | 64000 |
公示期为5个工作日。
"""


def test_an_amount_asked_by_its_funds_name_is_the_amount_column(tmp_path_factory: pytest.TempPathFactory) -> None:
    grants = service_over(tmp_path_factory, "fund-amounts", {"zhechuan-nutrition-grants-2031": GRANTS})
    answer = grants.ask("梅岭小学拿到多少补助金额？")
    assert not answer.abstained and "96000" in answer.answer, answer.answer
