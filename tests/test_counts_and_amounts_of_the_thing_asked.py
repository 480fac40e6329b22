"""Counts and amounts of the thing asked, on documents written here (real ingest, Service.ask): a count that only
takes a group in (`N名园长（含副园长）`) never answers for that group; a panel's size asked is its members'
count, never the count of those it judged; money shared out over people a qualifier sets apart (`每个应筛查学生`),
the fund named in the document's fuller words; a total's word alone after the clause naming the thing (`X，共N所`);
a total row's rest cited by the prose sentences
stating its inputs apart; the rest not done that a report states itself (`尚有N个项目未完成…`) quoted."""

import pytest

from server.service import Service
from tests.written import first_figure, service_over

REVIEW = """岱川县教育局关于公布第二批幼儿园园长职级评审结果的通报
岱川县教育局
2026年4月
一、评审基本情况
本批共有45名园长（含副园长）提出申报，经资格审核40人进入评审，最终评定职级36人。
各职级评审情况见下表。
| 职级 | 参评人数 | 评定人数 |
| --- | --- | --- |
| 一级园长 | 18 | 16 |
| 二级园长 | 22 | 20 |
| 合计 | 40 | 36 |
本批评审专家组由9名市外专家组成，采取查阅资料、现场观摩和座谈相结合的方式考察。
二、结果运用
职级津贴由县财政按月发放。
"""

SCREENING = """岷溪区2026年中小学生视力筛查工作方案
岷溪区教育局
2026年3月
一、筛查范围
筛查覆盖全区中小学校25所，应筛查学生24000人。
二、工作措施
（一）统一筛查标准。各校按统一流程开展筛查。
（二）落实经费保障。区财政安排视力筛查专项经费18万元，用于设备购置和人员培训。
"""

ASSESSMENT = """峤岭县教育局关于2026年乡镇寄宿制学校办学评估情况的通报
峤岭县教育局
2026年5月
一、评估基本情况
本次评估对象为全县乡镇寄宿制学校，共17所，在校学生5120人。评估结果：14所达标，3所基本达标。
表1 各片区乡镇寄宿制学校评估情况
| 片区 | 学校数（所） | 达标学校（所） |
| --- | --- | --- |
| 东片 | 9 | 8 |
| 西片 | 8 | 6 |
| 合计 | 17 | 14 |
二、下一步工作
力争2027年全县乡镇寄宿制学校评估达标率达到100%。
"""

AFTERCARE = """嵘阳县教育局2025年学校体育场馆开放工作总结
2025年，县教育局推动学校体育场馆向社会开放。现将有关情况总结如下。
一、总体情况
全县具备开放条件的学校30所，2025年实际向社会开放24所。
二、主要做法
（一）实行实名预约。群众通过小程序预约入场。
（二）给予运行补助。按入场人次每人次补助2元，2025年共发放补助27万元。
三、存在问题
部分学校场地设施损耗加快。
"""

FUNDS = """峦川县2025年度县级教育专项资金使用绩效评价报告
峦川县教育局
2026年3月
一、评价范围
评价范围为县级财政安排的4个教育专项，预算总额3000万元。
二、资金使用情况
4个专项实际支出2760万元，整体支出率92.0%。各项目情况见下表。
表 2025年度县级教育专项资金使用情况
| 项目 | 预算（万元） | 实际支出（万元） | 支出率（%） |
| --- | --- | --- | --- |
| 公用经费补助 | 1500 | 1470 | 98.0 |
| 校舍维修改造 | 800 | 680 | 85.0 |
| 教师培训专项 | 300 | 240 | 80.0 |
| 教育装备购置 | 400 | 370 | 92.5 |
| 合计 | 3000 | 2760 | 92.0 |
三、存在问题
（一）部分项目绩效目标以定性描述为主。
（二）维修改造项目结算滞后，尚有5个项目未完成竣工审计。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "counts-asked", {
        "daichuan-review-2026": REVIEW, "minxi-screening-2026": SCREENING, "qiaoling-assessment-2026": ASSESSMENT,
        "rongyang-venues-2025": AFTERCARE, "luanchuan-funds-2025": FUNDS})


def test_a_count_that_only_takes_a_group_in_never_answers_for_that_group(service):
    answer = service.ask("岱川县评定的36名园长里副园长有几个")
    assert answer.abstained, answer.answer
    assert "45" not in "".join(f"{f.value}" for f in answer.figures), answer.answer


def test_the_whole_that_takes_the_group_in_still_answers_for_itself(service):
    answer = service.ask("岱川县本批共有多少名园长提出申报")
    assert first_figure(answer)[0] == 45, answer.answer


def test_a_panels_size_is_its_members_count_not_those_it_judged(service):
    answer = service.ask("岱川县园长职级评审的专家组几个人")
    assert first_figure(answer)[0] == 9, answer.answer


def test_money_per_one_of_people_a_qualifier_sets_apart_from_a_fund_in_fuller_words(service):
    answer = service.ask("岷溪区筛查经费摊到每个应筛查学生是多少钱")
    assert first_figure(answer) == (7.5, "元/人"), answer.answer


def test_a_total_word_alone_after_the_clause_naming_the_thing_counts_it(service):
    answer = service.ask("峤岭县评估的乡镇寄宿制学校共有多少所？")
    assert first_figure(answer)[0] == 17, answer.answer


def test_a_total_rows_rest_is_cited_by_the_prose_sentences_stating_its_inputs(service):
    answer = service.ask("峦川县4个教育专项还有多少钱没支出")
    assert not answer.abstained, answer.answer
    assert "240" in answer.answer, answer.answer
    quoted = " ".join(c.text for c in answer.citations)
    assert "预算总额3000万元" in quoted and "实际支出2760万元" in quoted, quoted


def test_the_rest_not_done_a_report_states_itself_is_quoted(service):
    for question in ("峦川县维修改造项目还有几个没完成审计", "峦川县修房子的工程还有几个没审完账"):
        answer = service.ask(question)
        assert first_figure(answer)[0] == 5, answer.answer
