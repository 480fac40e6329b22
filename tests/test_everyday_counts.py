"""Everyday wordings of the counts and rates county documents state in their own terms
(server/lexicon/plain_words.tsv, synonyms.tsv), over documents written here (real ingest, real model,
Service.ask), each asked in wordings of its own: a class's most pupils is its 班额 (不超过), one lesson is
a 课时, pupils newly taken in are 招生, a screening's 查出来/特别留意 is its 筛查出/重点关注, reporting up
is 上报, and a score given (打了多少分) is a 得分; a length of time asked (多长时间内) is answered by a
duration and a day asked (哪一天) by the sentence stating a day, not by a date or a ratio beside them."""
import pytest

from ingest.normalize import normalize
from server.answer.evidence import has_term
from server.intent import wanted_units
from server.query import plain
from server.service import Service
from tests.written import service_over

ENROLMENT = """青禾县2025年义务教育招生工作方案
青禾县教育局 2025年5月20日
一、招生规模
2025年全县计划招收小学一年级新生6420人、七年级新生7180人。城区公办学校小学起始年级班额不超过40人，初中起始年级班额不超过48人。
二、报名材料
适龄儿童的户口簿和出生医学证明。
"""
AFTER_SCHOOL = """青禾县义务教育学校课后服务实施方案
青禾县教育局 2025年8月12日
一、收费标准
城区学校收费标准为小学每生每学期260元、初中每生每学期320元。
二、教师补贴
课后服务收费收入主要用于参与课后服务教师补助。教师参与课后服务按每课时35元的标准给予补贴，每人每月补贴一般不超过700元。
"""
BULLETIN = """青禾县2025年教育事业统计公报
青禾县教育局 2025年11月3日
一、学前教育
全县共有幼儿园142所，比上年减少4所。全年幼儿园招生9630人，在园幼儿28710人，专任教师2140人。
二、心理健康
2025年春季学期全县对初中以上学生开展心理健康测评，共测评学生21600人，筛查出需重点关注的学生684人，均已建立心理档案。
"""
SAFETY = """青禾县教育局关于开展2025年春季学期校园安全隐患排查的通知
青禾县教育局 2025年2月24日
一、排查范围
全县中小学校、幼儿园共118所。
二、工作要求
各校须于3月15日前将自查报告报送县教育局；发现重大隐患的，须在12小时内书面上报。
三、日常要求
落实体育锻炼要求，确保学生每天校内体育活动时间不少于1小时。
"""
BUDGET = """青禾县教育局2025年部门预算公开说明
青禾县教育局 2025年2月10日
一、收支预算总体情况
2025年部门支出预算36,500.00万元，其中基本支出24,120.50万元，占66.08%，主要用于人员工资福利和日常公用经费；项目支出12,379.50万元，占33.92%，主要用于学生资助和校舍维修改造。
"""
RECRUITMENT = """青禾县2025年公开招聘中小学教师公告
青禾县教育局 2025年3月1日
一、报名
报名时间为2025年3月18日至3月22日，应聘人员登录县人事考试网进行网上报名。
二、考试
（一）笔试。笔试定于2025年4月19日举行，内容为教育综合知识和学科专业知识。岗位报名人数与招聘人数之比原则上不低于3:1。
（二）面试。面试采取试讲方式，总成绩按笔试成绩40%、面试成绩60%合成。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "everyday-counts",
                        {"qinghe-enrolment-2025": ENROLMENT, "qinghe-after-school-2025": AFTER_SCHOOL,
                         "qinghe-bulletin-2025": BULLETIN, "qinghe-safety-2025": SAFETY,
                         "qinghe-recruitment-2025": RECRUITMENT, "qinghe-budget-2025": BUDGET})


@pytest.mark.parametrize("everyday, official", [
    ("城里一年级一个班最多能装多少小孩", "城区一年级班额不超过多少孩子"),
    ("这间教室能装多少学生", "这间教室容纳多少学生"),
    ("老师上课后服务一节课给多少钱", "教师参与课后服务每课时给多少元"),
    ("幼儿园今年新进来多少小朋友", "幼儿园今年招生多少小朋友"),
    ("查出来多少学生要特别关注", "查出多少学生要重点关注"),
    ("发现问题要多久报上去", "发现问题要多久上报"),
    ("绩效自评打了多少分", "绩效自评得分多少"),
])
def test_everyday_wordings_become_the_documents_terms(everyday, official):
    assert plain(normalize(everyday)) == official


def test_found_by_a_screening_is_what_the_documents_write_found():
    assert has_term("查出", "共发现问题96个") and has_term("查出", "筛查出需重点关注的学生684人")
    assert not has_term("查出", "共测评学生21600人")


@pytest.mark.parametrize("question, figure, other", [
    ("青禾城里一年级一个班最多能装多少小孩？", "40人", "48"),
    ("青禾城里小学一个班最多能坐多少学生", "40人", "48"),
    ("青禾县城里初中一个班最多多少人？", "48人", "40人"),
])
def test_the_most_a_class_holds_is_its_class_size_bound(service, question, figure, other):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert figure in answer.answer and other not in answer.answer.split("依据")[0], answer.answer


@pytest.mark.parametrize("question", [
    "青禾老师上课后服务一节课给多少钱？",
    "青禾县课后服务老师每节课补贴多少钱",
    "青禾教师参与课后服务一堂课能拿多少钱？",
])
def test_one_lesson_is_a_class_hour(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("35元"), answer.answer


@pytest.mark.parametrize("question", ["青禾老师上课后服务一个月最多补多少钱", "青禾县课后服务教师每月补贴最多多少元"])
def test_a_rate_by_the_month_is_not_the_rate_by_the_lesson(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert "700元" in answer.answer.split("依据")[0] and "35元" not in answer.answer.split("依据")[0], answer.answer


@pytest.mark.parametrize("question", [
    "青禾今年幼儿园新进来多少小朋友？",
    "青禾县幼儿园今年新来了多少孩子",
])
def test_children_newly_come_are_those_enrolled(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("9630人"), answer.answer


@pytest.mark.parametrize("question", [
    "青禾查出来有多少学生心理上需要特别留意？",
    "青禾县心理测评查出来要特别关注的学生有多少",
])
def test_pupils_singled_out_by_a_screening(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("684人") and "21600" not in answer.answer.split("依据")[0], answer.answer


@pytest.mark.parametrize("question", [
    "青禾学校要是发现大的安全问题，多长时间内必须报上去？",
    "青禾县学校发现重大隐患要在多久之内上报",
    "青禾县学校查出重大隐患几个小时内要报上去",
])
def test_a_length_of_time_asked_is_answered_by_a_duration_not_a_date(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("12小时") and "3月15日" not in answer.answer, answer.answer


def test_a_time_set_for_all_pupils_answers_for_a_stage(service):
    # a requirement of time for every pupil holds for 中小学生: it is no whole's count refused for a stage
    answer = service.ask("青禾县要求中小学生每天在学校锻炼多长时间？")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("1小时") or answer.answer.startswith("不少于1小时"), answer.answer


def test_a_date_asked_is_still_answered_by_the_deadline(service):
    answer = service.ask("青禾县学校自查报告要在什么时候之前交上去？")
    assert not answer.abstained, answer.answer
    assert "3月15日" in answer.answer and "12小时" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "青禾县教育局今年的预算里，用来发工资和维持日常运转的钱有多少？",
    "青禾县教育局2025年预算中工资和日常开支的钱是多少",
])
def test_money_for_wages_and_running_is_the_basic_expenditure(service, question):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("24,120.50万元") or answer.answer.startswith("24120.5万元"), answer.answer


@pytest.mark.parametrize("question, day, other", [
    ("青禾县这次招聘老师的笔试安排在哪一天？", "4月19日", "3:1"),
    ("青禾县教师招聘笔试哪天考", "4月19日", "3:1"),
    ("青禾县招聘教师网上报名是哪几天", "3月18日", "4月19日"),
])
def test_a_day_asked_is_answered_by_the_sentence_stating_one(service, question, day, other):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert day in answer.answer and other not in answer.answer, answer.answer


def test_a_length_of_time_asks_for_hours_or_days_not_a_counter():
    assert "小时" in wanted_units("发现重大隐患多长时间内上报") and "天" in wanted_units("多久之内办结")
    assert "个" not in wanted_units("几个小时内上报") and wanted_units("新建几个幼儿园") == ("个",)
    assert "天" not in wanted_units("网上报名是哪几天")  # which days: dates, not a length of time
