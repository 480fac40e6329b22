"""Compliance verdicts, targets and times taken, on documents written here (real ingest, Service.ask): a pass/fail a
report states in its own words (均未超出上限, 未达到…的要求) answered 达到 / 未达到 with its sentence; a completion
asked judged by the completion rate reported, against the rate the document requires or else 100%, never the
requirement against itself; a notice's closing requirements whose heading is missing listed item by item, without
its contact note and dated signature; a target asked by its year answered by the sentence setting it by that year, not a
project's figure dated in it; how long something took answered by the time taken, not the limit it broke; a rate
asked how it stands is a figure, not measures; a document listed as mentioning a topic quoted by a sentence of its
body, not by its title line."""
import pytest

from server.answer.statedverdict import bar_owner, stated_verdict
from server.intent import intents_of
from server.service import Service
from tests.written import service_over

INSPECTION = """桐湾区教育局关于2025年秋季学期作业和课后服务检查情况的通报
一、检查情况
各校午休时长均达到区定标准。
按照区定标准，课后服务收费不超过每生每学期300元，各校收费均未超出上限。
各校书面作业平均完成时间约50分钟，未超过一小时的要求。
鹭桥小学图书室仅配备管理员1名，未达到2名以上的要求。
二、问题整改
鹭桥小学操场围栏破损，检查后第40天才完成维修，超出规定的30天整改期限。
"""

TRAINING = """枫林县2026年中小学教师培训计划
为落实教师每五年累计培训不少于72学时的要求，制定本计划。
2021至2025年周期教师72学时培训完成率为97.2%，仍有部分教师学时不足。
"""

REQUIRED = """松岗县2025年校长任职资格培训工作总结
按省里要求，校长任职资格培训完成率达到95%以上。
2025年全县校长任职资格培训完成率为97.0%。
"""

CIRCULAR = """渚湾区教育局关于全区学校饮用水卫生专项检查情况的通报
各学校：
9月1日至20日，区教育局组织开展饮用水卫生专项检查，覆盖全区学校52所。
全区发现问题31个，已整改27个。
（一）各校须在11月30日前完成剩余问题整改。
（二）各校每季度清洗储水设施一次，结果报区教育局备案。
（三）年底前组织管理人员培训，培训率达到100%。
联系人：韩知秋，电话：0771-5512345。
渚湾区教育局
印发日期：2025年10月8日
"""

PLACES = """柏川县义务教育学位建设规划
一、建设项目
2030年9月建成柏川县第五小学，规划30个班，新增学位1350个。
二、规划目标
到2030年，累计增加学位不少于3600个，大班额全部消除。
"""

STATISTICS = """榆岭区2026年教育事业统计快报
初中：学校28所，在校生比上年增加530人，平均班额44.2人。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "verdicts-said",
                        {"tongwan-inspection-2025": INSPECTION, "fenglin-training-2026": TRAINING,
                         "songgang-principals-2025": REQUIRED, "baichuan-places-plan": PLACES,
                         "zhuwan-water-circular-2025": CIRCULAR, "yuling-statistics-2026": STATISTICS})


@pytest.mark.parametrize(("sentence", "met"), [
    ("各校收费均未超出上限。", True),
    ("用时约50分钟，没有超过一小时的要求。", True),
    ("全部达到国家规定标准。", True),
    ("仅配备1名，未达到2名以上的要求。", False),
    ("合格率为61%，低于65%的要求。", False),
    ("第40天才完成，超出规定的30天整改期限。", False),
    ("收费不超过每生每学期300元。", None),  # a rule, not a verdict
    ("各校须达到省定标准。", None),  # a requirement, not a verdict
    ("甲校未超出上限，乙校超出上限。", None),  # both ways: settles nothing
])
def test_a_verdict_stated_in_a_sentence(sentence: str, met: bool | None) -> None:
    assert stated_verdict(sentence) is met


@pytest.mark.parametrize(("text", "owner"), [
    ("全部达到国家规定标准", "国家"), ("未超出自治区规定的上限", "自治区"), ("均达到区定标准", "区"),
    ("按省里要求", "省"), ("各校均未超出上限", ""),
])
def test_the_owner_of_a_bar(text: str, owner: str) -> None:
    assert bar_owner(text) == owner


def test_a_verdict_against_another_levels_bar_is_no_verdict_asked(service: Service) -> None:
    asked_own = service.ask("桐湾区各校午休时长达到区定标准了吗")
    assert asked_own.answer.startswith("达到"), asked_own.answer
    other = service.ask("桐湾区各校午休时长达到国家标准了吗")  # the district's bar judged, not the nation's
    assert not other.answer.startswith("达到"), other.answer


def test_a_negated_excess_is_the_bar_met(service: Service) -> None:
    r = service.ask("桐湾区各校课后服务收费有没有超标")
    assert r.answer.startswith("达到"), r.answer
    assert "均未超出上限" in r.answer


def test_a_verdict_said_in_the_questions_word(service: Service) -> None:
    r = service.ask("桐湾区书面作业完成时间符合要求没有")
    assert r.answer.startswith("符合（达到要求）"), r.answer
    r = service.ask("鹭桥小学图书室管理员配备符合要求吗")
    assert r.answer.startswith("不符合（未达到要求）"), r.answer


@pytest.mark.parametrize(("bar", "verdict"), [("50", "符合（达到要求）"), ("40", "不符合（未达到要求）")])
def test_a_value_judged_against_the_questions_bar_says_reached_beside_its_word(service: Service, bar: str,
                                                                                verdict: str) -> None:
    # 符合…的要求吗 is asked of reaching the bar: the verdict says 达到 / 未达到 beside the question's word
    r = service.ask(f"榆岭区初中平均班额符合不超过{bar}人的要求吗？")
    assert r.answer.startswith(verdict), r.answer
    assert "44.2" in r.answer


def test_a_content_asked_beside_a_bar_is_no_verdict(service: Service) -> None:
    r = service.ask("桐湾区书面作业完成时间要达到什么要求？")
    assert not r.answer.startswith(("达到", "符合", "未达到")), r.answer


def test_a_completion_is_judged_by_its_rate_against_all_done(service: Service) -> None:
    r = service.ask("枫林县上个周期教师72学时培训完成情况达标吗？")
    assert r.answer.startswith("未达标"), r.answer
    assert "97.2%" in r.answer and "100%" in r.answer, r.answer
    assert "72学时 ≥ 72学时" not in r.answer


def test_a_completion_rate_the_document_requires_is_the_bar(service: Service) -> None:
    r = service.ask("松岗县2025年校长任职资格培训完成情况达标吗？")
    assert r.answer.startswith("达标"), r.answer
    assert "97.0%" in r.answer and "95%" in r.answer, r.answer


def test_a_target_by_its_year_is_the_sentence_setting_it(service: Service) -> None:
    r = service.ask("柏川县到2030年要新增多少学位？")
    head = r.answer.split("依据")[0]
    assert "3600个" in head and "1350" not in head, r.answer


def test_the_time_taken_not_the_limit_broken(service: Service) -> None:
    r = service.ask("鹭桥小学操场围栏坏了，拖了多久才修好")
    assert r.answer.startswith("40天"), r.answer
    assert r.figures and r.figures[0].value == 40


def test_requirements_whose_heading_is_missing_are_the_notices_closing_items(service: Service) -> None:
    r = service.ask("渚湾区饮用水检查完对学校提了什么要求？")
    for item in ("（一）各校须在11月30日前", "（二）各校每季度清洗", "（三）年底前组织管理人员培训"):
        assert item in r.answer, r.answer
    assert "联系人" not in r.answer and "印发日期" not in r.answer, r.answer


@pytest.mark.parametrize(("question", "measure"), [("秋山职校毕业生就业的比例怎么样", False),
                                                   ("这几所学校的合格率如何？", False),
                                                   ("怎样提高毕业生就业率", True)])
def test_a_rate_asked_how_it_stands_asks_its_value(question: str, measure: bool) -> None:
    assert ("measure" in intents_of(question)) is measure


def test_a_document_mentioning_a_topic_is_quoted_by_its_body_not_its_title(service: Service) -> None:
    r = service.ask("哪几份文件讲到了课后服务")
    line = next(x for x in r.answer.splitlines() if x.startswith("桐湾区"))
    said = line.split("》：", 1)[-1]  # what it says, after the document's title naming it
    assert "检查情况的通报" not in said and "课后服务收费" in said, r.answer
