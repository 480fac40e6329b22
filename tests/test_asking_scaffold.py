"""Questions worded as people speak, over documents written here (real ingest, real model, Service.ask):
the words that ask (够不够, 没有, 一个, 后面两年, 最少, the standard held against) are no terms the passage must
carry; the counter asked is read from the unit or noun after it (几个小时 → 小时, 多少幼儿园 → 所); 占X多少
asks a share; a total of all stages never answers for one stage; a score is not an amount of money; a
year written in Chinese digits (二〇二六年) dates its passage, the base of a comparison (较2022年) dates no
figure; a fund the document's title names qualifies its figures; a shortfall stated is no aim."""
import pytest

from figures.years import chinese_years
from server.intent import classify, intents_of
from server.query import key_terms
from server.service import Service
from server.timespans import spans
from tests.written import service_over

REVIEW = """崇义县“十四五”教育发展规划中期评估报告
崇义县教育局 2024年6月10日
一、主要成绩
（一）学前教育持续发展。新建、改扩建公办幼儿园9所，新增公办学位2880个。
（二）义务教育均衡推进。2021年以来新建、改扩建中小学校12所，累计投入6.3亿元。
2023年全县教育经费总投入8.6亿元，较2022年增长3.1%。
全县共有学校40所，其中幼儿园18所、小学15所、初中5所、普通高中2所，在校学生9820名。
二、存在问题
初中生均教学仪器设备值为2260元，部分学校实验室配置不足。
三、下一步工作
（一）加快学位建设。2024—2025年新开工建设中小学校4所，新增学位3600个，确保完成规划目标。
（二）补齐办学条件短板。2025年前初中生均教学仪器设备值达到2800元。
（三）规范课后服务。课后服务每周5天，每天不少于2小时。
"""
NEWS = """崇义县教育事业发展综述
崇义县融媒体中心 2025年1月8日
二〇二四年全县教育经费总投入九亿八千万元，比上年增长百分之五点二，占全县一般公共预算支出的百分之二十一点三。
到二〇二六年，全县学前三年毛入园率稳定在百分之九十四以上。
"""
SELF_EVALUATION = """崇义县2024年度城乡义务教育补助经费绩效自评报告
一、资金投入
2024年下达城乡义务教育补助经费5200万元，全年实际支出5080万元。
二、自评结论
经综合评价，2024年度城乡义务教育补助经费绩效自评得分91.5分，等级为“优”。
三、存在的问题
预算执行前慢后快，上半年支出进度仅为38.5%。
四、改进措施
建立月度支出通报制度，确保上半年支出进度不低于50%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "asking-scaffold", {
        "chongyi-review-2024": REVIEW, "chongyi-news-2025": NEWS, "chongyi-self-evaluation-2024": SELF_EVALUATION})


def _units(question: str) -> tuple[str, ...]:
    return classify(question, intents_of(question)).units


def test_asking_words_are_no_key_terms():
    assert key_terms("初中仪器设备生均值够不够优质均衡标准") == ["仪器设备"]
    assert key_terms("小学生均公用经费达没达到省定标准") == ["生均公用经费", "小学"]
    assert key_terms("班额符不符合国家规定的要求") == ["班额"]
    assert "没有" not in key_terms("教师培训经费占比到国家要求没有")
    assert key_terms("小学一个老师带多少学生") == ["小学", "老师", "学生"]
    assert key_terms("后面两年还准备新增多少学位") == ["新增", "学位"]
    assert key_terms("课后服务每天最少搞几个小时") == ["课后服务", "小时"]
    # a standard named as the thing asked (not held against) stays a term
    assert "生均公用经费" in key_terms("到2025年生均公用经费提高到什么标准")


def test_the_rest_of_a_plan_said_in_everyday_words_is_a_span():
    assert spans("后面两年", 2024) == [(2024, 2025)] and spans("接下来三年", 2025) == [(2025, 2027)]
    assert chinese_years("到二〇二六年，全县") == {"2026"} and chinese_years("二零二五年底") == {"2025"}


def test_the_counter_asked_is_read_from_the_unit_or_the_noun():
    assert _units("课后服务每天最少搞几个小时") == ("小时",)
    assert _units("每年要培训几个学期") == ("学期",)
    assert _units("新建改扩建了多少幼儿园和中小学") == ("所",)
    assert _units("新增多少小学生") != ("所",)  # pupils, not schools
    assert _units("会宁教育经费占一般公共预算支出多少") == ("%", "百分点")
    assert _units("学校占地多少亩") != ("%", "百分点")
    # a share stated by its name (占比) is looked up, not computed from its whole
    assert classify("公办幼儿园在园幼儿占比是多少", set()).operation != "share"
    assert classify("教育经费占一般公共预算支出多少", set()).operation == "share"
    # the whole between 占 and 多少 may name its year in digits
    assert classify("培训经费占教育局2025年支出的多少", set()).operation == "share"
    assert _units("培训经费占教育局2025年支出的多少") == ("%", "百分点")
    assert _units("绩效自评打了多少分") == ("分",) and _units("每节课多少分钟") != ("分",)
    assert classify("小学一个老师带多少学生", set()).per == "生师比"
    assert _units("规划投资多少新建、改扩建中小学校") == ("元",)  # money that builds schools
    assert _units("上半年补助经费的支出进度达到多少") == ("%", "百分点")


def test_a_compliance_check_asked_as_said():
    assert classify("教师培训经费占比到国家要求没有", set()).compliance


def test_the_rest_of_the_plan_asked_in_everyday_words(service):
    for question in ("崇义县后面两年还准备新增多少学位？", "崇义县接下来两年打算新增几个学位？"):
        answer = service.ask(question)
        assert not answer.abstained and "3600" in answer.answer, (question, answer.answer)


def test_hours_asked_with_a_counter(service):
    for question in ("崇义县课后服务每天最少搞几个小时？", "崇义县课后服务每天至少几个小时？"):
        answer = service.ask(question)
        assert not answer.abstained and "2小时" in answer.answer, (question, answer.answer)


def test_schools_counted_in_suo_though_the_question_names_no_counter(service):
    answer = service.ask("崇义县新建改扩建了多少幼儿园和中小学？")
    assert not answer.abstained and "9所" in answer.answer and "12所" in answer.answer, answer.answer


def test_a_share_asked_with_its_whole_between(service):
    for question in ("崇义县教育经费占一般公共预算支出多少？", "崇义县教育經費佔一般公共預算支出多少"):
        answer = service.ask(question)
        assert not answer.abstained and "21.3%" in answer.answer, (question, answer.answer)
        assert not answer.answer.startswith("九亿"), answer.answer


def test_the_total_of_all_stages_is_no_stage_figure(service):
    for question in ("崇义县初中在校生有多少人？", "崇义县小学在校学生多少名？"):
        answer = service.ask(question)
        assert answer.abstained and "9820" not in answer.answer.split("最接近")[0], (question, answer.answer)
    answer = service.ask("崇义县在校学生一共有多少？")
    assert not answer.abstained and "9820" in answer.answer, answer.answer


def test_a_score_is_not_an_amount(service):
    answer = service.ask("崇义县城乡义务教育补助经费绩效自评打了多少分？")
    assert "5200" not in answer.answer.split("最接近")[0], answer.answer


def test_a_year_written_in_chinese_digits_dates_its_passage(service):
    answer = service.ask("崇义县到2026年学前三年毛入园率要达到多少？")
    assert not answer.abstained and "94" in answer.answer, answer.answer


def test_the_base_of_a_comparison_dates_no_figure(service):
    answer = service.ask("崇义县2022年教育经费总投入是多少？")
    assert not answer.answer.startswith("8.6亿元"), answer.answer
    answer = service.ask("崇义县2023年教育经费总投入是多少？")
    assert not answer.abstained and answer.answer.startswith("8.6亿元"), answer.answer


def test_a_fund_the_title_names_qualifies_its_figures_and_a_shortfall_is_no_aim(service):
    answer = service.ask("崇义县上半年补助经费的支出进度是多少？")
    assert not answer.abstained and "38.5%" in answer.answer, answer.answer
    answer = service.ask("崇义县要求上半年补助经费的支出进度达到多少？")
    assert not answer.answer.startswith("38.5%"), answer.answer
