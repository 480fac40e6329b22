"""Findings, objections and grade bars asked in everyday words, answered from documents written here (real ingest,
Service.ask): where a work was not done well (没做好, 做得不好 → 存在问题 in server/lexicon/plain_words.tsv) as the
items of the section listing the problems found (sections._PROBLEMS_ASKED reads 哪些地方存在问题; intent._WHERE
leaves that 地方 no place); a result thought wrong (不对) asked whom to turn to, answered by the notice's objection
sentence with its office and number (contacts.Objection); how many points count as good (分算好的 → 分评为优秀 in
plain_words.tsv) by the sentence setting the grade bar, not a table's rate of excellent ones; whether a few may be
picked (挑几个 → 挑选) by the rule on who takes part, not a count; whether one loss ends it (输一场 → 单场淘汰) by the
format sentence."""
import pytest

from server.intent import intents_of
from server.query import plain
from server.service import Service
from tests.written import service_over

HOMEWORK = """棠泽县2031年中小学作业设计评比情况通报
一、评比情况
本次评比共收到作业设计方案640份，评分满分100分，得分90分以上的为优秀，75分至89分为良好。
表1 各学段作业设计评比结果
| 学段 | 方案数 | 获优方案数 | 获优占比 |
| 小学 | 400 | 120 | 30.0% |
| 初中 | 240 | 48 | 20.0% |
二、发现的问题
（一）一些方案的题目直接摘自练习册，没有按学情改编。
（二）分层设计停留在纸面，课堂上没有真正分层布置。
三、下一步工作
各校要把作业设计纳入教研组活动，每学期至少开展两次专题研讨。
"""

CHORUS = """棠泽县2031年中小学合唱节活动方案
一、参加办法
合唱节以年级为单位报名，每个年级整体登台，严禁挑选学生组队，评委从音准、节奏和台风三个方面打分。
二、赛制
复赛按单场淘汰制进行，胜者进入在县文化馆举行的展演。
"""

SCREENING = """棠泽县2031年学生视力筛查结果公告
全县共筛查中小学生18000人，筛查出视力不良学生8100人。
筛查结果已反馈各校并告知家长。
公告期为12月1日至12月7日。
家长对筛查结论存有异议，公示期间可致电县教育局体卫科6612345。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "colloquial-findings-bars",
                        {"tangze-homework": HOMEWORK, "tangze-screening": SCREENING, "tangze-chorus": CHORUS})


def test_where_it_was_not_done_well_asks_problems_not_places() -> None:
    norm = plain("棠泽县作业设计有哪些地方没做好")
    assert "存在问题" in norm and not intents_of(norm) & {"compare", "which"}, (norm, intents_of(norm))


def test_where_it_was_not_done_well_is_answered_by_the_problems_found(service: Service) -> None:
    answer = service.ask("棠泽县作业设计有哪些地方没做好")
    assert not answer.abstained and "摘自练习册" in answer.answer and "停留在纸面" in answer.answer, answer.answer


def test_a_result_thought_wrong_is_answered_by_the_objection_sentence(service: Service) -> None:
    answer = service.ask("棠泽县视力筛查我觉得测得不对，该找哪个部门")
    assert not answer.abstained and "体卫科" in answer.answer and "6612345" in answer.answer, answer.answer


def test_how_many_points_count_as_good_is_the_grade_bar(service: Service) -> None:
    answer = service.ask("棠泽县作业设计评比考到多少分算好的")
    assert not answer.abstained and "90分" in answer.answer and "%" not in answer.answer.split("依据")[0], \
        answer.answer


def test_whether_a_few_may_be_picked_is_the_rule_on_who_takes_part(service: Service) -> None:
    answer = service.ask("棠泽县合唱节可不可以挑几个唱得好的去")
    assert not answer.abstained and "严禁挑选" in answer.answer and answer.answer.startswith("据"), answer.answer


def test_whether_one_loss_ends_it_is_the_format_sentence(service: Service) -> None:
    answer = service.ask("棠泽县合唱节输一场就没了吗")
    assert not answer.abstained and "单场淘汰制" in answer.answer, answer.answer
