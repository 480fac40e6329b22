"""Everyday words for money spent or handed out and for age, over documents written here (real ingest, real
model, Service.ask): 能花/可以花 is a budget (预算), 发了 is 发放, 困难学生 are the pupils 资助 aids, 岁数/年纪 is an
age, which documents state in 周岁 (男满57周岁); and a total asked (发了多少补助资金) is the total the sentence
states, never the rate per person and month beside it — nor the other way round."""
import pytest

from figures.numbers import find_quantities
from ingest.normalize import normalize
from server.answer.evidence import has_term
from server.query import plain
from server.service import Service
from tests.written import service_over

BUDGET = """青禾县教育体育局2025年部门预算公开说明
青禾县教育体育局 2025年2月20日
一、部门基本情况
纳入本部门预算编制范围的单位共18个，其中小学11所、初级中学5所。
二、收支预算总体情况
2025年部门收入预算合计31250.60万元，比上年增加1120.30万元，其中一般公共预算拨款28760.20万元。
三、一般公共预算支出情况
2025年一般公共预算拨款支出28760.20万元，其中基本支出22410.50万元，主要用于人员工资和日常运转；项目支出6349.70万元。
"""
ROTATION = """青禾县中小学教师县管校聘改革答问
青禾县教育局 2025年6月3日
问：哪些教师可以不参加竞聘？
答：覆盖全县公办中小学在编在岗教师，男满57周岁、女满52周岁的教师，本人可申请不参加竞聘，直接聘用在原学校。
问：竞聘多长时间进行一次？
答：每3年组织一次，聘期3年。
"""
ENROLMENT = """青禾县2025年义务教育学校招生入学工作方案
青禾县教育局 2025年5月8日
一、招生对象
凡年满六周岁的适龄儿童，由父母或其他法定监护人送其入小学接受义务教育。
二、报名时间
报名时间为2025年7月1日至7月10日。
"""
SUBSIDY = """青禾县多措并举稳定乡村教师队伍
青禾县融媒体中心 2025年11月5日
县里按照学校偏远程度将乡村学校分为三类，乡村教师生活补助每人每月400元至1000元，今年全县共发放补助资金612万元，全部由县级财政保障。
在学生资助方面，今年全县累计资助学生4800人次，发放资助资金735万元。
"""
SUMMARY = """青禾县教育局2025年工作总结
青禾县教育局 2025年12月20日
一、主要成效
全年全县教育支出5.12亿元，比上年增长3.1%。
全年累计资助学生0.9万人次，发放资助资金1260万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "everyday-money-age",
                        {"qinghe-budget-2025": BUDGET, "qinghe-rotation-2025": ROTATION,
                         "qinghe-enrolment-2025": ENROLMENT, "qinghe-subsidy-2025": SUBSIDY})


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "everyday-money-summary", {"qinghe-summary-2025": SUMMARY})


@pytest.mark.parametrize("everyday, official", [
    ("今年一共能花多少钱", "预算"),
    ("局里今年可以花多少钱", "预算"),
    ("给乡村教师发了多少补助", "发放"),
    ("多大岁数可以不参加竞聘", "年龄"),
    ("孩子多大年纪可以上学", "年龄"),
    ("一年给困难学生发了多少钱", "资助学生"),
])
def test_everyday_words_become_the_documents_words(everyday, official):
    assert official in plain(normalize(everyday))


@pytest.mark.parametrize("text, value", [
    ("男满55周岁、女满50周岁的教师", 55.0), ("凡年满六周岁的适龄儿童", 6.0), ("年龄在35周岁以下", 35.0)])
def test_an_age_in_full_years_is_an_age_not_a_number_of_weeks(text, value):
    found = find_quantities(text)[0]
    assert (found.value, found.unit) == (value, "岁")
    assert find_quantities("近三周完成整改")[0].unit == "周"  # a number of weeks stays one


def test_an_age_asked_is_carried_by_a_passage_stating_full_years():
    assert has_term("年龄", "男满57周岁的教师") and has_term("年龄", "3岁以下婴幼儿")
    assert not has_term("年龄", "每3年组织一次")


@pytest.mark.parametrize("question, stated", [
    ("青禾县老师多大岁数可以不参加竞聘？", "57周岁"),
    ("青禾县教师到了多大年纪能申请不参加竞聘", "57周岁"),
    ("青禾县孩子多大岁数上小学？", "六周岁"),
])
def test_an_age_asked_in_everyday_words_is_answered_by_the_age_stated(service, question, stated):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert stated in answer.answer, answer.answer
    assert "3年" not in answer.answer.split("。")[0], answer.answer  # the term of office is no age


@pytest.mark.parametrize("question, value", [
    ("青禾县今年给乡村教师发了多少补助资金？", 612.0),
    ("青禾县今年乡村教师生活补助一共发了多少资金", 612.0),
    ("青禾县今年给困难学生发了多少钱", 735.0),
    ("青禾县一年给困难学生发了多少资助资金？", 735.0),
])
def test_the_money_handed_out_is_the_total_not_the_rate_per_person(service, question, value):
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert (answer.figures[0].value, answer.figures[0].unit) == (value, "万元"), answer.answer


def test_a_rate_per_person_and_month_asked_is_never_answered_by_the_total(service):
    answer = service.ask("青禾县乡村教师生活补助每人每月多少钱？")
    assert "612" not in answer.answer, answer.answer
    assert answer.abstained or "400" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["青禾县教育体育局今年一共能花多少钱", "青禾县教育体育局2025年可以花多少钱？"])
def test_what_a_body_can_spend_is_its_budget_never_one_item_of_it(service, question):
    answer = service.ask(question)
    # the budget's total, or an honest abstention: never the project or the basic outlay alone
    assert answer.abstained or "31250.60" in answer.answer, answer.answer
    assert "6349.70万元" not in answer.answer.split("。")[0] and "22410.50万元" not in answer.answer.split("。")[0]


@pytest.mark.parametrize("question", ["青禾县今年教育一共花了多少钱", "青禾县2025年教育上一共花了多少钱？"])
def test_a_total_of_another_item_never_outranks_the_sentence_writing_the_word_asked(summary, question):
    # 教育 is in the summary's title, so every sentence of it carries the word; the 累计 of the aid sentence is
    # a total too, but of aid, and the sentence writing 教育支出 answers
    answer = summary.ask(question)
    assert not answer.abstained, answer.answer
    assert (answer.figures[0].value, answer.figures[0].unit) == (5.12, "亿元"), answer.answer
