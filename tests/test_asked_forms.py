"""What a question asks by its form, answered from documents written here (real ingest, Service.ask): people asked by
their role with 个 (几个评委) counted in 名 wherever a sentence states it, also asked with a sum word (一共) —
server/lexicon/role_nouns.tsv, text.counts_noun, intent.one_role_count; a level asked by the verb reaching it
(X增加到多少) from the sentence setting it by that verb, not the present level stated nearer — stating.aim_stating; a
count asked by its total (总数) quoted with its Chinese numerals in digits — quoteonly.asks_count; a bound asked by
its side (多少分以上, 最少几个学时) in Traditional script, the rule's figure before 的 — text.bound_asked; what a
thing is to reach (要达到什么) with every goal its target sentence sets — lookup.asks_goals; a day of the week asked
(星期几) as a time, from the sentence naming it — intent.ASKS_WEEKDAY, stating.weekday_stating; a day asked of one
stage of an event set item by item, from the item that stage leads, not a later stage's naming it —
stating.item_dated."""
import pytest

from server.query import analyse
from server.regions import RegionCatalog
from server.service import Service
from tests.written import service_over

CONTEST = """榆岚区教育局关于举办中小学生书法大赛的通知
一、评审安排
评委由9名省内知名书家组成，每件作品由评委独立打分，取平均分。
二、辅导力量
目前全区承担书法大赛辅导的专任教师只有31名，师资明显不足。
三、发展目标
到2031年，全区承担书法辅导的专任教师增加到60名，每所小学至少有一名书法教师。
四、参赛情况
全区报名参赛的学生共二千三百四十人，作品按年级分组评审。
书法大赛各组别参赛人数如下：
| 组别 | 参赛选手（人） | 指导教师（人） |
| --- | --- | --- |
| 小学组 | 1500 | 60 |
| 初中组 | 840 | 35 |
| 合计 | 2340 | 95 |
五、赛程
（一）初赛。各校自行组织，11月30日前上报入围名单。
（二）区级决赛。12月20日上午在区文化馆举行，现场书写限时九十分钟。
（三）优秀作品展。2032年1月5日起在区图书馆展出，从决赛作品中选出六十件参展。
六、条件建设
到2031年底，全区中小学书法教室全部达到配置标准，每校至少配备1名专职书法教师。
"""

RULES = """松崖縣中學生演講比賽評分細則
一、評分
每位選手的得分取五名評委打分的平均值，平均85分以上的選手才能獲得金獎。
二、培訓
各校須對指導教師進行不少於8學時的集中培訓，培訓由縣教研室組織。
"""

SCHEDULE = """榆岚区教育局关于本学期区级教研例会安排的通知
各中小学：
一、时间安排
每次例会都放在周二上午，由承办学校准备场地和课例。本学期第3周到第15周共安排6次区级教研例会。
二、要求
各校教研组长须全程参加。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asked-forms",
                        {"yulan-calligraphy-contest-2027": CONTEST, "songya-speech-rules-2027": RULES,
                         "yulan-research-meetings-2027": SCHEDULE})


def test_people_asked_by_role_with_ge_are_counted_in_ming(service: Service) -> None:
    answer = service.ask("榆岚区书法大赛邀请几个评委")
    assert not answer.abstained and "9名" in answer.answer, answer.answer


def test_a_role_count_asked_with_a_sum_word_is_still_the_roles_count(service: Service) -> None:
    # (a sum word before one role, `一共…几个评委`, adds nothing up: not the pupils' total of the same document)
    answer = service.ask("榆岚区书法大赛总共请来几个评委")
    assert not answer.abstained and "9名" in answer.answer and "2340" not in answer.answer, answer.answer


def test_candidates_asked_with_ge_are_people_even_after_a_sum_word() -> None:
    # (候选人 is a role: `多少个人候选人` counts individual candidates, whom documents count in 名, never a 个 count)
    assert analyse("某区今年一共推荐了多少个人候选人", RegionCatalog({})).units[0] == "人"
    assert analyse("某区推荐了几个候选人", RegionCatalog({})).units[0] == "人"


def test_a_level_asked_by_its_verb_is_the_target_not_the_present(service: Service) -> None:
    answer = service.ask("榆岚区书法大赛辅导的专任教师计划增加到多少")
    assert not answer.abstained and "60名" in answer.answer and "31名" not in answer.answer, answer.answer


def test_a_target_asked_what_to_reach_quotes_every_goal_of_its_sentence(service: Service) -> None:
    answer = service.ask("榆岚区书法教室到2031年底应当达到什么")
    assert not answer.abstained and "配置标准" in answer.answer and "专职书法教师" in answer.answer, answer.answer


def test_a_total_in_chinese_numerals_is_given_in_digits(service: Service) -> None:
    answer = service.ask("榆岚区报名参赛的学生总数")
    assert not answer.abstained and "2340人" in answer.answer, answer.answer


def test_a_floor_asked_in_traditional_script_is_the_rules_bound(service: Service) -> None:
    answer = service.ask("松崖縣選手拿金獎得多少分以上")
    assert not answer.abstained and "85分" in answer.answer, answer.answer
    hours = service.ask("松崖縣指導教師最少要培訓幾個學時")
    assert not hours.abstained and ("8學時" in hours.answer or "8学时" in hours.answer), hours.answer


def test_a_day_of_the_week_asked_is_the_sentence_naming_it_not_a_count(service: Service) -> None:
    answer = service.ask("榆岚区区级教研例会一般在星期几")
    assert not answer.abstained and "周二" in answer.answer and not answer.answer.startswith("6次"), answer.answer


def test_a_day_asked_of_a_stage_is_the_day_of_the_item_it_leads(service: Service) -> None:
    answer = service.ask("榆岚区书法大赛决赛定在哪一天，在哪个场馆")
    assert not answer.abstained and "12月20日" in answer.answer and "区文化馆" in answer.answer, answer.answer
