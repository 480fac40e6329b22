"""Figures asked of prose in other words than the document's, answered from documents written here (real ingest,
Service.ask): a share of a group stated as two counts in one clause (`N名X中有M人进入…`) asked `有百分之多少进…`
(operation.SHARE_BY_ACT, intent share_nouns, frameshare's verb complement); a change on the year before stated
`由上年的A增加到B` asked `比上年多了几个` (operation._ON_LAST_YEAR: a change, not two things compared); several counts
asked of one list, each from the clause naming its item, never a count of another noun in a sentence that names the
item only in passing (several._labelled_elsewhere), a count below ten shown in digits too; a target rate asked in
speech's order, verb + object + 的比例, of a rate named object + verb + 率 (verify._rate_of_act); a cap per unit asked
(每个学校最高能花多少) answered by the sentence setting it per unit (每校…不超过N元), not by a table of units
(unitcap.UnitCap, verify's given terms: unitcap.unit_written, verify._title_event_shortened)."""
import pytest

from server.answer.verify import _rate_of_act
from server.intent import classify, intents_of
from server.service import Service
from tests.written import service_over

CONTEST = """棠泽县2031年青少年科创竞赛工作总结
一、赛事概况
本届竞赛于5月在县科技馆举行，初赛共有全县十五所学校参加。
复试于6月3日进行，150名学员中有45人进入终评，终评由5名专家现场打分。
二、培训情况
集训前举办两期讲座，请历届金牌选手和辅导员介绍经验，听讲学生一百六十人。
三、获奖情况
经专家评审，评出金牌选手六名、银牌选手十五名，另有十名辅导教师被评为优秀辅导员。
四、社团建设
各校将科创列为社团必修项目，全县科创兴趣小组由上年的六个增加到十一个。
"""


SPORTS = """棠泽县2031年中小学新生入队仪式工作方案
一、参加范围
全县小学12所、初中6所，共18所学校参加。
表1 各学段入队仪式参加情况
| 学段 | 学校（所） | 运动员（人） |
| 小学 | 12 | 960 |
| 初中 | 6 | 540 |
| 合计 | 18 | 1500 |
二、工作目标
到2032年，力争全县冰场安全巡查覆盖率保持100%，学生滑冰护具穿戴率达到90%以上。
三、工作要求
一是场地由各校自查，器材逐件登记；二是勤俭办会，不准外请演出团体，每校仪式开支不超过5000元，费用在本校办公经费里安排。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "prose-shares-changes-items",
                        {"tangze-contest": CONTEST, "tangze-sports": SPORTS})


def _asked(question: str) -> tuple[str, str, str]:
    asked = classify(question, intents_of(question))
    return asked.operation, asked.part, asked.whole


def test_a_share_asked_by_the_act_of_a_group_is_a_share_not_a_growth() -> None:
    operation, part, whole = _asked("复试学员有百分之多少进了终评")
    assert operation == "share" and not whole and "终评" in part, (operation, part, whole)
    assert _asked("科创社团数有百分之几的增长")[0] == "growth"


def test_a_share_stated_as_two_counts_of_one_group_is_computed(service: Service) -> None:
    answer = service.ask("棠泽县复试学员有百分之多少进了终评")
    assert not answer.abstained and "45 ÷ 150" in answer.answer and "30" in answer.answer, answer.answer


def test_a_change_on_last_year_asked_in_speech_is_the_stated_change(service: Service) -> None:
    assert _asked("科创兴趣小组比上年多了几个")[0] == "change"
    answer = service.ask("棠泽县科创兴趣小组比上年多了几个")
    assert not answer.abstained and "11 − 6 = 5" in answer.answer, answer.answer


def test_each_item_of_a_list_is_the_count_of_the_clause_naming_it(service: Service) -> None:
    answer = service.ask("棠泽县科创竞赛金牌选手、银牌选手、优秀辅导员各多少")
    assert not answer.abstained, answer.answer
    assert "6名" in answer.answer and "15名" in answer.answer and "10名" in answer.answer, answer.answer
    assert "160" not in answer.answer and "一百六十" not in answer.answer, answer.answer


def test_a_rate_asked_in_speechs_order_is_the_rate_named_by_its_object_and_verb(service: Service) -> None:
    assert _rate_of_act("学生滑冰护具穿戴率", "学生溜冰穿护具的比例")
    assert not _rate_of_act("学生滑冰护具配发率", "学生溜冰穿护具的比例")
    answer = service.ask("棠泽县到2032年学生溜冰穿护具的比例计划达到多少")
    assert not answer.abstained and "90%" in answer.answer, answer.answer


def test_a_cap_per_unit_is_the_sentence_setting_it_not_the_tables_count(service: Service) -> None:
    answer = service.ask("棠泽县入队仪式每个学校最高能花多少钱")
    assert not answer.abstained and "5000元" in answer.answer, answer.answer
