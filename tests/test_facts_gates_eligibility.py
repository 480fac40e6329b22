"""Fact lookups, the year gate and eligibility judgements, on documents written here (invented places, checked
absent from ingest/gazetteer; real ingest, real model, Service.ask):
- a sentence naming no year speaks for its report's year though its passage names another year in passing,
  and a stating sentence of the year asked goes before a plan target the year gate would refuse; `X占比` is
  stated as X's count then `占N%`;
- a phone number with the answering office between its label and the number is quoted;
- a when-question is answered by the sentence stating a date of the thing asked, a building `投入使用` is no
  money, `要干几年` asks a term in years;
- an age condition asked of a birth date: the bound that applies (a degree at or above the group's, else the
  general one), 符合/不符合 or 能/不能 with the dates compared, a month straddling the bound not judged;
- how a case the question describes by what was done was dealt with: its table row's outcome cell;
- a list of requirements asked is the section headed as requirements (`有关要求`), item by item;
- an everyday character before a real short name (`往城区调`) is no unknown place."""

import pytest

from server.answer.birthbound import in_group
from server.regions import _common_head
from server.service import Service
from tests.written import service_over

REPORT = """霁川县教育局关于2025年度课后服务工作情况的报告
县人民政府：
　　现将2025年度有关情况报告如下：
　　一、主要成效
　　全县中小学参加课后服务的学生有18420人，参与面96.2%，2024年这一比例为91.5%。县财政按每生每年180元的标准安排课后服务专项经费331.56万元。
　　二、有关要求
　　1. 各学校要在2026年3月底前公布本校课后服务课程清单。
　　2. 课后服务收费的学校要向家长公示收费项目和标准。
　　3. 县教育局每学期组织一次课后服务满意度测评。
霁川县教育局
2026年1月15日
"""
PLAN = """茗沱县学前教育发展规划（2024—2028年）
茗沱县教育局 2024年5月
一、发展基础
截至2023年底，全县共有幼儿园41所，在园幼儿6120人，其中公办园在园幼儿3550人，占58.0%。
二、发展目标
到2028年，公办园在园幼儿占比达到65%以上，普惠性幼儿园覆盖率保持在92%以上。
三、重点项目
新建茗沱县城东幼儿园，规模12个班，2026年秋季投入使用。
"""
NOTICE = """椋梧县2026年公开招聘幼儿园教师公告
椋梧县教育局 2026年2月10日
一、报考条件
（一）遵守宪法和法律，热爱学前教育事业。
（二）年龄在30周岁以下（1995年2月10日以后出生）；具有博士研究生学历的，年龄可放宽至40周岁（1985年2月10日以后出生）。
二、报名与考试
1.报名。采取现场报名方式，报名日期为2026年3月2日至3月6日。每人限报一个岗位。
2.资格审查。报名人数与岗位数之比不低于2:1，达不到比例的核减岗位。
3.笔试。笔试定于2026年3月22日举行。
三、服务要求
新聘教师在农村幼儿园最低服务期为3年，服务期内不得调往城区幼儿园。
四、咨询
报名咨询电话：县教育局人事科 6618203。
"""
CIRCULAR = """# 泠崖县教育局关于2025年秋季学期专项督查问题处理情况的通报

2025年秋季学期，县教育局对全县中小学开展收费和食堂管理专项督查。

## 一、处理情况

| 序号 | 学校 | 查实问题 | 处理结果 |
|---|---|---|---|
| 1 | 泠崖县苔渠小学 | 向学生家长违规收取校服以外的辅导书费用 | 责令全额清退，对校长诫勉谈话 |
| 2 | 泠崖县松冈初级中学 | 食堂从无资质商户采购肉类 | 约谈分管副校长，责令限期整改 |

泠崖县教育局
2025年12月5日
""".encode()
DOCS = {"jichuan-afterschool-report-2025": REPORT, "mingtuo-preschool-plan-2024": PLAN,
        "qiwu-recruitment-2026": NOTICE, "lengya-inspection-2025.md": CIRCULAR}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "facts-gates", DOCS)


def test_an_undated_sentence_speaks_for_its_reports_year(service: Service) -> None:
    answer = service.ask("霁川县2025年课后服务专项经费安排了多少？").answer
    assert "331.56万元" in answer and "未找到" not in answer


def test_a_stating_sentence_of_the_year_asked_before_a_target(service: Service) -> None:
    answer = service.ask("茗沱县2023年底公办园在园幼儿占比是多少？").answer
    assert answer.startswith("58.0%"), answer


def test_another_year_is_still_refused(service: Service) -> None:
    response = service.ask("茗沱县2021年公办园在园幼儿占比是多少？")
    assert response.abstained and "58.0%" not in response.answer.split("以下段落")[0]


def test_a_phone_number_with_its_office_between(service: Service) -> None:
    assert "6618203" in service.ask("椋梧县幼儿园教师招聘的咨询电话是多少？").answer


@pytest.mark.parametrize("question,said", [("椋梧县招聘幼儿园教师的报名日期是什么时候？", "3月2日"),
                                           ("茗沱县城东幼儿园什么时候投入使用", "2026年秋季")])
def test_a_when_question_quotes_the_dated_sentence(service: Service, question: str, said: str) -> None:
    answer = service.ask(question).answer
    assert said in answer and "万元" not in answer, answer


@pytest.mark.parametrize("question,verdict,shown", [
    ("一名博士研究生、1987年8月出生，符合椋梧县幼儿园教师招聘的年龄条件吗？", "符合", "1985年2月10日"),
    ("一位本科毕业、1993年6月出生的人能报椋梧县这次幼儿园教师招聘吗？", "不能", "1995年2月10日"),
    ("1996年4月出生的硕士研究生能报椋梧县的幼儿园教师招聘吗？", "能", "1995年2月10日"),
    ("1995年2月出生的专科生，符合椋梧县招聘的年龄条件吗", "无法判断", "1995年2月10日")])
def test_a_birth_date_against_the_bound_that_applies(service: Service, question: str, verdict: str,
                                                     shown: str) -> None:
    answer = service.ask(question).answer
    assert answer.removeprefix("按年龄条件，").startswith(verdict) and shown in answer, answer


@pytest.mark.parametrize("question,group,within", [
    ("一名硕士研究生", "具有硕士研究生及以上学历", True), ("一名博士", "硕士研究生及以上学历", True),
    ("一名本科生", "硕士研究生及以上学历", False), ("一名博士研究生", "具有硕士研究生学历", False),
    ("一名退役士兵", "退役士兵", True), ("一名应届毕业生", "退役士兵", False)])
def test_the_group_a_looser_bound_is_for(question: str, group: str, within: bool) -> None:
    assert in_group(question, group) is within


def test_a_term_in_years_asked_in_everyday_words(service: Service) -> None:
    answer = service.ask("在椋梧县考进农村幼儿园的老师，最少要干几年才能往城里调？").answer
    assert answer.startswith("3年"), answer


def test_an_everyday_character_before_a_short_name_is_no_place() -> None:
    assert _common_head("往城区") and not _common_head("澹湾区") and not _common_head("漱石县")


def test_requirements_asked_are_the_requirements_section(service: Service) -> None:
    answer = service.ask("霁川县的报告对学校提了什么具体要求？").answer
    assert "有关要求" in answer and "课程清单" in answer and "满意度测评" in answer, answer


def test_the_outcome_of_the_case_described(service: Service) -> None:
    answer = service.ask("泠崖县那所乱收辅导书钱的小学最后受到了什么处理？").answer
    assert answer.startswith("泠崖县苔渠小学：责令全额清退"), answer
