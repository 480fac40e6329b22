"""A plan listing each year's targets in a paragraph of its own opened by the year (`2027年：…；…`, `到2028年，…；…`),
split into sentences at `；`: a year asked (or changed by a follow-up) is answered from that year's paragraph, never
from another year's equally worded sentence nor computed from the baseline year's counts. And bars a question sets
itself: a ceiling (`不超过`, `不高于`) judged as one, and one bar per school stage, each stage's stated figure judged
against its own bar. Documents written here (real ingest, real model, Service.ask)."""
import pytest

from server.intent import classify, intents_of
from server.query import plain
from server.service import Service
from tests.written import service_over

PLAN = """岚舟市中小学教师队伍建设三年行动方案（2026—2028年）
岚舟市教育局 2026年2月
一、现状
截至2025年底，全市专任教师5120名，其中硕士学历教师256名，占5.0%；市级骨干教师820名。
二、年度目标
2026年：招聘新教师180名；专任教师中硕士学历教师占比达到6%，市级骨干教师占比达到17%；新建名师工作室12个。
2027年：招聘新教师170名；硕士学历教师占比达到7.5%，骨干教师占比达到19%；新建名师工作室10个。
2028年：招聘新教师150名；硕士学历教师占比达到9%，骨干教师占比达到21%；名师工作室总数达到40个。
"""
PRESCHOOL = """荻湾县学前教育普及普惠提升计划
荻湾县人民政府 2025年12月
一、发展基础
2025年，全县学前三年毛入园率91.4%，普惠性幼儿园覆盖率86.2%。
二、分步目标
到2026年，新增公办学位900个；全县学前三年毛入园率达到93%，普惠性幼儿园覆盖率达到88%。
到2027年，新增公办学位700个；学前三年毛入园率达到95%，普惠性幼儿园覆盖率达到90%。
"""
BULLETIN = """蓼岑县2025年教育事业发展统计公报
蓼岑县教育局 2026年3月
一、义务教育
全县共有小学36所，初中14所。全县小学平均班额39.5人，初中平均班额47.3人，无56人以上大班额。
"""
REVIEW = """柘岭区义务教育办学条件自查报告
柘岭区教育局 2025年11月
经自查，全区办学条件持续改善。小学平均班额40.2人；初中平均班额44.8人；小学生均校舍面积7.1平方米。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "year-paragraphs",
                        {"lanzhou-teachers-plan": PLAN, "diwan-preschool-plan": PRESCHOOL,
                         "liaocen-bulletin-2025": BULLETIN, "zheling-review-2025": REVIEW})


@pytest.mark.parametrize(("question", "value"), [
    ("岚舟市2028年硕士学历教师占比目标是多少？", "9%"),
    ("岚舟市2027年骨干教师占比要达到多少？", "19%"),
    ("荻湾县到2027年学前三年毛入园率要达到多少？", "95%"),
    ("荻湾县2026年普惠性幼儿园覆盖率目标是多少？", "88%"),
])
def test_a_year_asked_is_answered_from_its_own_paragraph(service, question, value):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert plain(answer.answer).startswith(value), answer.answer


def test_a_target_year_is_not_computed_from_the_baseline_counts(service):
    # the baseline paragraph states both counts (256 of 5120), but it is dated 2025: the 2028 target is stated
    answer = service.ask("岚舟市2028年专任教师中硕士学历教师占比目标是多少？")
    assert plain(answer.answer).startswith("9%"), answer.answer
    assert "÷" not in answer.answer


def test_a_follow_up_changing_only_the_year_keeps_the_indicator(service):
    history = [{"role": "user", "content": "岚舟市2026年专任教师中硕士学历教师占比目标是多少？"},
               {"role": "assistant", "content": "岚舟市2026年专任教师中硕士学历教师占比目标为6%。"}]
    answer = service.ask("那2028年呢？", history)
    assert plain(answer.answer).startswith("9%"), answer.answer


@pytest.mark.parametrize(("question", "bound", "bar"), [
    ("小学平均班额达到不超过45人的标准吗", "<=", "45人"),
    ("班额不高于50人吗，是否达标", "<=", "50人"),
    ("毛入园率是否达到90%", ">=", "90%"),
    ("辍学率是否低于1%", "<", "1%"),
])
def test_a_bar_the_question_sets_keeps_its_direction(question, bound, bar):
    asked = classify(question, intents_of(question))
    assert (asked.threshold, asked.bound) == (bar, bound)


def test_a_ceiling_bar_passes_a_value_under_it(service):
    answer = service.ask("蓼岑县小学平均班额达到不超过42人的标准吗？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("达标"), answer.answer
    assert "39.5" in answer.answer


def test_each_stage_is_judged_against_the_bar_the_question_sets_for_it(service):
    answer = service.ask("按小学班额不超过42人、初中不超过45人的标准，蓼岑县平均班额达标吗？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("未达标"), answer.answer
    assert "39.5人 ≤ 42人" in answer.answer and "47.3人 > 45人" in answer.answer


def test_stage_bars_over_a_report_stating_each_stage_in_its_own_sentence(service):
    answer = service.ask("柘岭区平均班额达标吗？标准是小学班额不高于42人、初中班额不高于45人。")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("达标"), answer.answer
    assert "40.2人 ≤ 42人" in answer.answer and "44.8人 ≤ 45人" in answer.answer


SPEECH = """溆川县县长在2026年全县教育工作会议上的讲话
2026年2月
去年全县教育支出四亿二千万元。全县教师的平均工资不低于本地公务员的平均工资，乡村教师补助按时发放。
今年要继续加强师德师风建设，组织全县教师参加暑期集中培训。
"""
NOTICE = """鹭汀市关于加强中小学教师待遇保障的通知
鹭汀市教育局 2026年3月
各区县要确保教师工资待遇不低于当地公务员平均工资收入，落实乡村教师生活补助。
"""
TRAINING = """漳岙县教师发展中心2026年工作要点
漳岙县教师发展中心 2026年1月
组织全县教师参加信息技术应用能力提升培训，全年培训教师2400人次。公务员考录工作另行安排。
"""


@pytest.fixture(scope="module")
def mentions(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "pay-mentions",
                        {"xuchuan-speech-2026": SPEECH, "luting-pay-notice": NOTICE, "zhangao-training": TRAINING})


def test_a_compound_written_with_a_qualifier_between_its_words_is_a_mention(mentions):
    # `教师的平均工资…公务员` says 教师工资 beside 公务员; a document naming 教师 and 公务员 in other clauses does not
    answer = mentions.ask("哪些文件提到教师工资不低于公务员？")
    assert answer.answer.startswith("共2份文件"), answer.answer
    assert "溆川县" in answer.answer and "鹭汀市" in answer.answer and "漳岙县" not in answer.answer
